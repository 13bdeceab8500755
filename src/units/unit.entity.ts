import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A cell, module or pack. `kind` is stored as 1 CELL, 2 MODULE, 3 PACK (see unit-kind.ts). */
@Entity('units')
export class UnitEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'BY DEFAULT' }) id: string;
  @Column({ name: 'manufacturer_id', type: 'uuid' }) manufacturerId: string;
  @Column({ name: 'batch_id', type: 'uuid' }) batchId: string;
  @Column({ type: 'smallint' }) kind: number;
  @Column({ type: 'text' }) serial: string;
  @Column({ name: 'parent_id', type: 'bigint', nullable: true }) parentId: string | null;
  /** Event time: when the unit was made (inside its batch's production window). */
  @Column({ name: 'produced_at', type: 'timestamptz' }) producedAt: Date;
  /** Record time: when battrace learned of it. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
