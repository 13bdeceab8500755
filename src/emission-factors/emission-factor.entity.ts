import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FactorKind } from './factor-kinds';

/** One version of an emission factor. Rows never change (a database trigger refuses it): a correction is a new version. */
@Entity('emission_factors')
export class EmissionFactorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text' }) kind: FactorKind;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'double precision' }) value: number;
  @Column({ type: 'text' }) unit: string;
  @Column({ type: 'text', nullable: true }) region: string | null;
  @Column({ type: 'integer', nullable: true }) year: number | null;
  @Column({ type: 'text', nullable: true }) series: string | null;
  @Column({ type: 'text', nullable: true }) material: string | null;
  @Column({ type: 'text', nullable: true }) chemistry: string | null;
  @Column({ name: 'transport_mode', type: 'text', nullable: true }) transportMode: string | null;
  @Column({ type: 'text' }) source: string;
  @Column({ name: 'is_default', type: 'boolean' }) isDefault: boolean;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
