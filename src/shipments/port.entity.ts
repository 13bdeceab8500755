import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PortRegion } from './transport-emissions';

/** A seaport by its UN/LOCODE (seeded from docs/methods/identifiers.md; an administrator adds more). */
@Entity('ports')
export class PortEntity {
  @PrimaryColumn({ type: 'text' }) locode: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'char', length: 2 }) country: string;
  @Column({ type: 'text' }) region: PortRegion;
  @Column({ type: 'double precision' }) latitude: number;
  @Column({ type: 'double precision' }) longitude: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
