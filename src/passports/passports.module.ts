import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { FootprintsModule } from '../footprints/footprints.module';
import { PassportGrantsModule } from '../passport-grants/passport-grants.module';
import { PassportCarbonFootprintController } from './passport-carbon-footprint.controller';
import { PassportController } from './passport.controller';
import { PassportsResolver } from './passports.resolver';
import { PassportsService } from './passports.service';

/**
 * The battery passport: GET /passports/:batchId (tiered by who asks) and its carbon-footprint
 * part GET /passports/:batchId/carbon-footprint in Battery Pass field names, and the GraphQL
 * passportCompleteness query for the manufacturer. It reads through
 * the certificates and footprints services; neither of those imports this module.
 */
@Module({
  imports: [CertificatesModule, FootprintsModule, PassportGrantsModule],
  controllers: [PassportController, PassportCarbonFootprintController],
  providers: [PassportsService, PassportsResolver],
})
export class PassportsModule {}
