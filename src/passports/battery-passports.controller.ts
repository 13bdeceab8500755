import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { BatteryPassportsService } from './battery-passports.service';

/**
 * Each battery's passport (docs/battery-passports.md), public and filtered per attribute by the
 * caller's access groups: by passport identifier, by manufacturer and serial (the current one), and
 * every pack of a batch as NDJSON.
 */
@Controller()
export class BatteryPassportsController {
  constructor(private readonly batteries: BatteryPassportsService) {}

  @Get('passports/batteries/:passportId')
  @Access.public()
  byId(@CurrentActor() actor: Actor, @Param('passportId') passportId: string) {
    return this.batteries.byPassportId(actor, passportId);
  }

  @Get('passports/batteries')
  @Access.public()
  byUnit(@CurrentActor() actor: Actor, @Query('manufacturerId') manufacturerId: unknown, @Query('serial') serial: unknown) {
    return this.batteries.byUnit(actor, manufacturerId, serial);
  }

  @Get('passports/batches/:batchId/batteries')
  @Access.public()
  async export(@CurrentActor() actor: Actor, @Param('batchId') batchId: string): Promise<StreamableFile> {
    return new StreamableFile(await this.batteries.exportBatch(actor, batchId), { type: 'application/x-ndjson; charset=utf-8' });
  }
}
