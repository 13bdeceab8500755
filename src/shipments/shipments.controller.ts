import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { Manifest, manifestCsv } from './shipment-manifest';
import { ShipmentManifestService } from './shipment-manifest.service';

/** Shipment documents over plain HTTP, for the parties of the shipment (same rules as GraphQL). */
@Controller('shipments')
export class ShipmentsController {
  constructor(private readonly manifests: ShipmentManifestService) {}

  @Get(':id/manifest.json')
  @Access.authenticated()
  manifestJson(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Manifest> {
    return this.manifests.manifest(actor, id);
  }

  @Get(':id/manifest.csv')
  @Access.authenticated()
  async manifestCsv(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const manifest = await this.manifests.manifest(actor, id);
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="manifest-${manifest.shipment.id}.csv"`);
    return manifestCsv(manifest);
  }
}
