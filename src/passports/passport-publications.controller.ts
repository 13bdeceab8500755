import { Controller, Get, Param } from '@nestjs/common';
import { Access } from '../access/access.decorator';
import { BatchPassportPublicationsService } from './batch-passport-publications.service';
import { PassportPublicationsService } from './passport-publications.service';

/**
 * The signed version chains of passports, public: a model's (GET /passports/models/:modelId/versions)
 * and a batch's (GET /passports/batches/:batchId/versions).
 */
@Controller()
export class PassportPublicationsController {
  constructor(
    private readonly publications: PassportPublicationsService,
    private readonly batchPublications: BatchPassportPublicationsService,
  ) {}

  @Get('passports/models/:modelId/versions')
  @Access.public()
  versions(@Param('modelId') modelId: string) {
    return this.publications.versions(modelId);
  }

  @Get('passports/batches/:batchId/versions')
  @Access.public()
  batchVersions(@Param('batchId') batchId: string) {
    return this.batchPublications.versions(batchId);
  }
}
