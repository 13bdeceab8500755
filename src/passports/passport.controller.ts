import { Controller, Get, Param } from '@nestjs/common';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { PassportsService } from './passports.service';

/**
 * GET /passports/:batchId: the battery passport of a batch (DOMAIN.md §1, EU 2023/1542 Annex
 * XIII), public tier for anyone, with its certificates and their live status; a certifier asked
 * to certify the batch adds its verification requests and footprint hashes, an authority (or the
 * owner) adds every footprint version and refused request. Data battrace does not hold yet
 * (hazardous substances, critical raw materials, recycled content, due diligence) is null.
 */
@Controller()
export class PassportController {
  constructor(private readonly passports: PassportsService) {}

  @Get('passports/:batchId')
  @Access.public()
  passport(@CurrentActor() actor: Actor, @Param('batchId') batchId: string) {
    return this.passports.passport(actor, batchId);
  }
}
