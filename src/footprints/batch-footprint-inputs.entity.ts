import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BatchInputs } from './footprint-document';

/** One recorded version of a batch's footprint inputs (each recordFootprintInputs adds a version). */
@Entity('batch_footprint_inputs')
export class BatchFootprintInputsEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'batch_id', type: 'uuid' }) batchId: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'jsonb' }) document: BatchInputs;
  @Column({ name: 'document_sha256', type: 'text' }) documentSha256: string;
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
