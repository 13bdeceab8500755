import { Controller, Get, Param } from '@nestjs/common';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { BatteryPassportsService } from './battery-passports.service';

/**
 * GET /passports/batteries/:passportId/batterypass: one battery's passport arranged into the Battery
 * Pass data model 1.2 aspects (docs/battery-pass-data-model.md), filtered for the caller exactly as
 * GET /passports/batteries/:passportId filters it.
 */
@Controller()
export class BatteryPassDataModelController {
  constructor(private readonly batteries: BatteryPassportsService) {}

  @Get('passports/batteries/:passportId/batterypass')
  @Access.public()
  batteryPass(@CurrentActor() actor: Actor, @Param('passportId') passportId: string) {
    return this.batteries.batteryPass(actor, passportId);
  }
}
