import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PassportDocumentsController } from './passport-documents.controller';
import { PassportDocumentsService } from './passport-documents.service';

/** The stored bytes of passport documents (manuals, declarations, test reports), served per access group. */
@Module({
  imports: [AuditModule],
  controllers: [PassportDocumentsController],
  providers: [PassportDocumentsService],
})
export class PassportDocumentsModule {}
