import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { UnitSegment } from './chunk-plan';
import type { DisplacementFigures } from './displacement-formula';
import type { RunParameters } from './run-parameters';

export const RUN_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const SCOPE_KINDS = ['BATCH', 'SHIPMENT', 'PARK_YEAR', 'ENERGY'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/**
 * The statuses and scope kinds by name, for code and for SQL. SQL takes them interpolated into
 * the statement text (`status = '${RUN_STATUS.RUNNING}'`): they are constants, never input.
 */
export const RUN_STATUS = { QUEUED: 'QUEUED', RUNNING: 'RUNNING', COMPLETED: 'COMPLETED', FAILED: 'FAILED' } as const satisfies {
  [S in RunStatus]: S;
};
export const SCOPE_KIND = { BATCH: 'BATCH', SHIPMENT: 'SHIPMENT', PARK_YEAR: 'PARK_YEAR', ENERGY: 'ENERGY' } as const satisfies {
  [K in ScopeKind]: K;
};

/**
 * Whose packs a run counts (src/access/access-policy.ts, displacementCoverage): every pack of the
 * scope (ALL), only the requesting manufacturer's, only what was consigned to the requesting
 * buyer, or none (a what-if over an energy total).
 */
export type RunCoverage = 'ALL' | 'MANUFACTURER' | 'CONSIGNEE' | 'WHAT_IF';

@Entity('displacement_runs')
export class DisplacementRunEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'requested_by_type', type: 'text' }) requestedByType: 'ADMIN' | 'ORGANIZATION';
  @Column({ name: 'requested_by_organization_id', type: 'uuid', nullable: true }) requestedByOrganizationId: string | null;
  @Column({ type: 'text' }) coverage: RunCoverage;
  @Column({ name: 'scope_kind', type: 'text' }) scopeKind: ScopeKind;
  @Column({ name: 'batch_id', type: 'uuid', nullable: true }) batchId: string | null;
  @Column({ name: 'shipment_id', type: 'uuid', nullable: true }) shipmentId: string | null;
  @Column({ name: 'park_id', type: 'uuid', nullable: true }) parkId: string | null;
  @Column({ type: 'integer', nullable: true }) year: number | null;
  @Column({ name: 'energy_kwh', type: 'double precision', nullable: true }) energyKWh: number | null;
  @Column({ name: 'vehicle_class', type: 'text' }) vehicleClass: string;
  @Column({ type: 'text' }) market: string;
  @Column({ name: 'defaults_version', type: 'text' }) defaultsVersion: string;
  @Column({ type: 'jsonb' }) parameters: RunParameters;
  @Column({ type: 'text' }) status: RunStatus;
  @Column({ type: 'text', nullable: true }) error: string | null;
  /** Packs in the scope (fractional for a what-if: energy / pack size), known once the run is planned. */
  @Column({ name: 'units_total', type: 'double precision', nullable: true }) unitsTotal: number | null;
  @Column({ name: 'units_done', type: 'double precision' }) unitsDone: number;
  @Column({ name: 'chunks_total', type: 'integer', nullable: true }) chunksTotal: number | null;
  @Column({ name: 'chunks_done', type: 'integer' }) chunksDone: number;
  @Column({ type: 'jsonb', nullable: true }) result: DisplacementFigures | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  /** Times the reconciler enqueued the plan job again (part of its job id). */
  @Column({ name: 'plan_generation', type: 'integer' }) planGeneration: number;
}

/** Packs of a run that share a pack size and an embodied factor. */
@Entity('displacement_run_groups')
export class DisplacementRunGroupEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' }) runId: string;
  @PrimaryColumn({ name: 'group_no', type: 'integer' }) groupNo: number;
  @Column({ name: 'batch_id', type: 'uuid', nullable: true }) batchId: string | null;
  @Column({ name: 'pack_kwh', type: 'double precision' }) packKWh: number;
  @Column({ name: 'pack_kwh_source', type: 'text' }) packKWhSource: string;
  @Column({ name: 'battery_kg_co2e_per_kwh', type: 'double precision' }) batteryKgCo2ePerKWhCapacity: number;
  @Column({ name: 'battery_factor_source', type: 'text' }) batteryFactorSource: string;
  /** Vehicles known at request time (shipment lines, what-ifs); null: counted from units by chunks. */
  @Column({ name: 'fixed_vehicles', type: 'double precision', nullable: true }) fixedVehicles: number | null;
  /** Vehicles counted for the group, set when the run is reduced. */
  @Column({ type: 'double precision', nullable: true }) vehicles: number | null;
}

/** One chunk of a run; `done_at` is set exactly once, with the counts, in one transaction. */
@Entity('displacement_chunks')
export class DisplacementChunkEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' }) runId: string;
  @PrimaryColumn({ name: 'chunk_no', type: 'integer' }) chunkNo: number;
  /** Batches and unit-id ranges whose packs the chunk counts; null: the vehicles known at request time. */
  @Column({ type: 'jsonb', nullable: true }) segments: UnitSegment[] | null;
  @Column({ type: 'double precision', nullable: true }) packs: number | null;
  /** Vehicles per group number counted by this chunk. */
  @Column({ name: 'group_vehicles', type: 'jsonb', nullable: true }) groupVehicles: Record<string, number> | null;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt: Date | null;
  /** Times the reconciler enqueued the chunk again (part of its job id). */
  @Column({ type: 'integer' }) generation: number;
  /** Times a worker took the chunk. */
  @Column({ type: 'integer' }) starts: number;
  /** Until when the worker that took the chunk last counts as running it. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true }) leaseUntil: Date | null;
}
