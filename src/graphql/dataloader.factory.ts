import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { BatchEntity } from '../batches/batch.entity';
import { BatteryModelEntity } from '../battery-models/battery-model.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ParkEntity } from '../parks/park.entity';
import { PlantEntity } from '../parks/plant.entity';
import { createFootprintLoaders, FootprintLoaders } from '../footprints/footprint-loaders';
import { createShipmentLoaders, ShipmentLoaders } from '../shipments/shipment-loaders';
import { createProvenanceLoaders, ProvenanceLoaders } from '../provenance/provenance-loaders';
import { findByIds } from './find-by-ids';

/** Loaders built fresh for every request (never shared between callers, so never stale). */
export interface Loaders {
  organization: DataLoader<string, OrganizationEntity | null>;
  park: DataLoader<string, ParkEntity | null>;
  plant: DataLoader<string, PlantEntity | null>;
  batteryModel: DataLoader<string, BatteryModelEntity | null>;
  batch: DataLoader<string, BatchEntity | null>;
  shipments: ShipmentLoaders;
  footprints: FootprintLoaders;
  provenance: ProvenanceLoaders;
}

/** A singleton that builds the per-request loaders: one batched `id = ANY(...)` query per relation. */
@Injectable()
export class DataLoaderFactory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  create(): Loaders {
    return {
      organization: this.byId(OrganizationEntity),
      park: this.byId(ParkEntity),
      plant: this.byId(PlantEntity),
      batteryModel: this.byId(BatteryModelEntity),
      batch: this.byId(BatchEntity),
      shipments: createShipmentLoaders(this.db),
      footprints: createFootprintLoaders(this.db),
      provenance: createProvenanceLoaders(this.db),
    };
  }

  private byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>): DataLoader<string, T | null> {
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await findByIds(this.db, entity)(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
