import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Access, CurrentActor } from '../../access/access.decorator';
import { Actor } from '../../access/actor';
import { EpcisDocument } from './epcis-document';
import { EpcisService } from './epcis.service';

/** GS1 EPCIS 2.0 export: `GET /epcis/events?batch=<id>` or `?shipment=<id>`, optionally `&since=<ISO date-time>`. */
@Controller('epcis')
export class EpcisController {
  constructor(private readonly epcis: EpcisService) {}

  @Get('events')
  @Access.authenticated()
  async events(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('batch') batch?: string,
    @Query('shipment') shipment?: string,
    @Query('since') since?: string,
  ): Promise<EpcisDocument> {
    const doc = await this.epcis.events(actor, { batch, shipment, since });
    void reply.header('content-type', 'application/ld+json; charset=utf-8');
    return doc;
  }
}
