import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BatchesModule } from '../batches/batches.module';
import { FootprintsModule } from '../footprints/footprints.module';
import { PortsResolver } from './ports.resolver';
import { PortsService } from './ports.service';
import { ShipmentEventsService } from './shipment-events.service';
import { ShipmentManifestService } from './shipment-manifest.service';
import { ShipmentsController } from './shipments.controller';
import { ShipmentCargoLinesResolver, ShipmentEventsResolver, ShipmentLegsResolver, ShipmentsResolver } from './shipments.resolver';
import { ShipmentsService } from './shipments.service';
import { TransportEmissionsService } from './transport-emissions.service';

/** Sea-freight export: shipments, containers, ports, events, transport emissions, manifests. */
@Module({
  imports: [AuditModule, BatchesModule, FootprintsModule],
  controllers: [ShipmentsController],
  providers: [
    ShipmentsService,
    ShipmentEventsService,
    ShipmentManifestService,
    TransportEmissionsService,
    PortsService,
    ShipmentsResolver,
    ShipmentCargoLinesResolver,
    ShipmentLegsResolver,
    ShipmentEventsResolver,
    PortsResolver,
  ],
  exports: [ShipmentsService, ShipmentEventsService, TransportEmissionsService, PortsService],
})
export class ShipmentsModule {}
