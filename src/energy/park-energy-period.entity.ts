import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A park's electricity over one period (at most a calendar month); its supplies and GEC claims are
 * rows of their own. A correction supersedes a version with a new row (only current rows may not overlap).
 */
@Entity('park_energy_periods')
export class ParkEnergyPeriodEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'park_id', type: 'uuid' }) parkId: string;
  /** YYYY-MM-DD, inclusive */
  @Column({ name: 'period_start', type: 'date' }) periodStart: string;
  /** YYYY-MM-DD, inclusive */
  @Column({ name: 'period_end', type: 'date' }) periodEnd: string;
  @Column({ name: 'total_kwh', type: 'double precision' }) totalKWh: number;
  @Column({ name: 'recorded_by_organization_id', type: 'uuid', nullable: true }) recordedByOrganizationId: string | null;
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** 1 for the first record; each correction is a new row with the next version. */
  @Column({ type: 'integer' }) version: number;
  /** The version this one corrects (null for version 1). */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true }) supersedesId: string | null;
  @Column({ name: 'superseded_by', type: 'uuid', nullable: true }) supersededBy: string | null;
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true }) supersededAt: Date | null;
  @Column({ name: 'correction_reason', type: 'text', nullable: true }) correctionReason: string | null;
}
