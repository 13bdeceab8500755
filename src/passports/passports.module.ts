import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BatteryHealthModule } from '../battery-health/battery-health.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { FootprintsModule } from '../footprints/footprints.module';
import { PassportGrantsModule } from '../passport-grants/passport-grants.module';
import { BatchPassportPublicationsResolver } from './batch-passport-publications.resolver';
import { BatchPassportPublicationsService } from './batch-passport-publications.service';
import { BatteryPassDataModelController } from './battery-pass-data-model.controller';
import { BatteryPassportsController } from './battery-passports.controller';
import { BatteryPassportsResolver } from './battery-passports.resolver';
import { BatteryPassportsService } from './battery-passports.service';
import { PassportPageService } from './passport-page.service';
import { PassportCarbonFootprintController } from './passport-carbon-footprint.controller';
import { PassportController } from './passport.controller';
import { PassportPublicationsController } from './passport-publications.controller';
import { PassportPublicationsResolver } from './passport-publications.resolver';
import { PassportPublicationsService } from './passport-publications.service';
import { PassportsResolver } from './passports.resolver';
import { PassportsService } from './passports.service';

/**
 * The battery passport: GET /passports/:batchId (tiered by who asks) and its carbon-footprint
 * part GET /passports/:batchId/carbon-footprint in Battery Pass field names, and the GraphQL
 * passportCompleteness query for the manufacturer; the signed, published versions of a model's
 * passport (publishModelPassport, GET /passports/models/:modelId/versions) and of a batch's
 * (publishBatchPassport, GET /passports/batches/:batchId/versions); each battery's passport
 * (GET /passports/batteries/:passportId, the NDJSON export of a batch, GraphQL batteryPassport and
 * batteryPassports; docs/battery-passports.md). It reads through
 * the certificates and footprints services; neither of those imports this module.
 */
@Module({
  imports: [AuditModule, BatteryHealthModule, CertificatesModule, FootprintsModule, PassportGrantsModule],
  controllers: [
    PassportController,
    PassportCarbonFootprintController,
    PassportPublicationsController,
    BatteryPassportsController,
    BatteryPassDataModelController,
  ],
  providers: [
    PassportsService,
    PassportsResolver,
    PassportPublicationsService,
    PassportPublicationsResolver,
    BatchPassportPublicationsService,
    BatchPassportPublicationsResolver,
    BatteryPassportsService,
    PassportPageService,
    BatteryPassportsResolver,
  ],
  exports: [BatteryPassportsService],
})
export class PassportsModule {}
