import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { AuditModule } from './audit.module';
import { AuditCheckpointsController } from './audit-checkpoints.controller';
import { AuditCheckpointsResolver } from './audit-checkpoints.resolver';
import { AuditCheckpointsService } from './audit-checkpoints.service';

/**
 * Signed checkpoints of the audit chain: API processes only (they hold the platform key), apart
 * from AuditModule, which every feature imports to append and which the certificates import too.
 */
@Module({
  imports: [AuditModule, CertificatesModule],
  controllers: [AuditCheckpointsController],
  providers: [AuditCheckpointsService, AuditCheckpointsResolver],
})
export class AuditCheckpointsModule {}
