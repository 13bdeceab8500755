import { Controller, Get, Param } from '@nestjs/common';
import { Access } from '../access/access.decorator';
import { PassportPublicationsService } from './passport-publications.service';

/** GET /passports/models/:modelId/versions: the signed version chain of a model's passport, public. */
@Controller()
export class PassportPublicationsController {
  constructor(private readonly publications: PassportPublicationsService) {}

  @Get('passports/models/:modelId/versions')
  @Access.public()
  versions(@Param('modelId') modelId: string) {
    return this.publications.versions(modelId);
  }
}
