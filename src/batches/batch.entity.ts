import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BatchStatus } from './batch-status';

@Entity('batches')
export class BatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'manufacturer_id', type: 'uuid' }) manufacturerId: string;
  @Column({ name: 'batch_number', type: 'text' }) batchNumber: string;
  @Column({ name: 'model_id', type: 'uuid' }) modelId: string;
  @Column({ name: 'plant_id', type: 'uuid' }) plantId: string;
  @Column({ name: 'production_start', type: 'timestamptz' }) productionStart: Date;
  @Column({ name: 'production_end', type: 'timestamptz' }) productionEnd: Date;
  @Column({ name: 'declared_cell_count', type: 'integer' }) declaredCellCount: number;
  @Column({ name: 'declared_module_count', type: 'integer' }) declaredModuleCount: number;
  @Column({ name: 'declared_pack_count', type: 'integer' }) declaredPackCount: number;
  @Column({ type: 'text' }) status: BatchStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
