import { Controller, Get, Param } from '@nestjs/common';
import { Access } from '../access/access.decorator';
import { PassportsService } from './passports.service';

/**
 * GET /passports/:batchId/carbon-footprint: the carbon-footprint part of the batch's battery
 * passport (Battery Pass field names), from its newest declared footprint; its
 * carbonFootprintStudy links to GET /footprints/:id/study (footprints/footprint-study.controller.ts).
 */
@Controller()
export class PassportCarbonFootprintController {
  constructor(private readonly passports: PassportsService) {}

  @Get('passports/:batchId/carbon-footprint')
  @Access.public()
  carbonFootprint(@Param('batchId') batchId: string) {
    return this.passports.carbonFootprint(batchId);
  }
}
