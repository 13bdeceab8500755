import { Column, CreateDateColumn, Entity, getMetadataArgsStorage, PrimaryGeneratedColumn } from 'typeorm';
import type { FootprintResult } from './footprint-calculation';
import type { FootprintDocument } from './footprint-document';

export const FOOTPRINT_STATUSES = ['CALCULATED', 'DECLARED', 'SUPERSEDED'] as const;
export type FootprintStatus = (typeof FOOTPRINT_STATUSES)[number];

/**
 * One immutable footprint version of a batch (table `footprints`; a trigger lets only the status
 * move: CALCULATED -> DECLARED -> SUPERSEDED). Other features read it by these column names.
 */
@Entity('footprints')
export class FootprintEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'batch_id', type: 'uuid' }) batchId: string;
  @Column({ name: 'manufacturer_id', type: 'uuid' }) manufacturerId: string;
  @Column({ name: 'model_id', type: 'uuid' }) modelId: string;
  @Column({ name: 'plant_id', type: 'uuid' }) plantId: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'ruleset_id', type: 'text' }) rulesetId: string;
  @Column({ type: 'text' }) status: FootprintStatus;
  @Column({ name: 'raw_material_kg_co2e', type: 'double precision' }) rawMaterialKgCo2e: number;
  @Column({ name: 'main_production_kg_co2e', type: 'double precision' }) mainProductionKgCo2e: number;
  @Column({ name: 'distribution_kg_co2e', type: 'double precision' }) distributionKgCo2e: number;
  @Column({ name: 'end_of_life_kg_co2e', type: 'double precision' }) endOfLifeKgCo2e: number;
  @Column({ name: 'kg_co2e_absolute', type: 'double precision' }) kgCo2eAbsolute: number;
  @Column({ name: 'kg_co2e_per_kwh_capacity', type: 'double precision' }) kgCo2ePerKWhCapacity: number;
  @Column({ name: 'kg_co2e_per_kwh_lifetime', type: 'double precision' }) kgCo2ePerKWhLifetime: number;
  @Column({ name: 'output_energy_kwh', type: 'double precision' }) outputEnergyKWh: number;
  @Column({ name: 'lifetime_energy_kwh', type: 'double precision' }) lifetimeEnergyKWh: number;
  @Column({ name: 'distribution_is_estimate', type: 'boolean' }) distributionIsEstimate: boolean;
  @Column({ name: 'inputs_id', type: 'uuid' }) inputsId: string;
  @Column({ type: 'jsonb' }) inputs: FootprintDocument;
  @Column({ type: 'jsonb' }) result: FootprintResult;
  @Column({ name: 'inputs_sha256', type: 'text' }) inputsSha256: string;
  @Column({ name: 'created_by', type: 'text' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'declared_at', type: 'timestamptz', nullable: true }) declaredAt: Date | null;
  @Column({ name: 'declared_by', type: 'text', nullable: true }) declaredBy: string | null;
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true }) supersededAt: Date | null;
  @Column({ name: 'superseded_by', type: 'uuid', nullable: true }) supersededBy: string | null;
}

/** A footprint as the features read it: every column but the inputs document (read on its own). */
export type FootprintRow = Omit<FootprintEntity, 'inputs'>;

/**
 * The select list of a FootprintRow (`batch_id AS "batchId", …`) for raw SQL, read from the
 * entity's column mapping above, so that the mapping is written once.
 */
export const FOOTPRINT_ROW_COLUMNS: string = getMetadataArgsStorage()
  .columns.filter((c) => c.target === FootprintEntity && c.propertyName !== 'inputs')
  .map((c) => {
    const column = c.options.name ?? c.propertyName;
    return column === c.propertyName ? column : `${column} AS "${c.propertyName}"`;
  })
  .join(', ');
