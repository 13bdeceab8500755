import { Controller, Get, Param } from '@nestjs/common';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { PassportsService } from './passports.service';

/** GET /passports/:batchId (and /batterypass): the battery passport of a batch, tiered by who asks (passports.service.ts). */
@Controller()
export class PassportController {
  constructor(private readonly passports: PassportsService) {}

  @Get('passports/:batchId')
  @Access.public()
  passport(@CurrentActor() actor: Actor, @Param('batchId') batchId: string) {
    return this.passports.passport(actor, batchId);
  }

  /** The same passport arranged into the Battery Pass data model 1.2 aspects, filtered for the caller alike. */
  @Get('passports/:batchId/batterypass')
  @Access.public()
  batteryPass(@CurrentActor() actor: Actor, @Param('batchId') batchId: string) {
    return this.passports.batteryPass(actor, batchId);
  }
}
