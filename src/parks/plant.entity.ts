import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('plants')
export class PlantEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'manufacturer_id', type: 'uuid' }) manufacturerId: string;
  @Column({ name: 'park_id', type: 'uuid' }) parkId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'double precision' }) latitude: number;
  @Column({ type: 'double precision' }) longitude: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
