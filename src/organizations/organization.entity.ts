import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationKind } from '../access/actor';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: OrganizationKind;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'char', length: 2, nullable: true }) country: string | null;
  @Column({ name: 'gs1_company_prefix', type: 'text', nullable: true }) gs1CompanyPrefix: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
