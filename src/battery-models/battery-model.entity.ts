import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BatteryCategory, Chemistry, VehicleCategory } from './battery-model.types';

@Entity('battery_models')
export class BatteryModelEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'manufacturer_id', type: 'uuid' }) manufacturerId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) category: BatteryCategory;
  @Column({ name: 'vehicle_category', type: 'text', nullable: true }) vehicleCategory: VehicleCategory | null;
  @Column({ type: 'text' }) chemistry: Chemistry;
  @Column({ name: 'nominal_energy_kwh', type: 'double precision' }) nominalEnergyKWh: number;
  @Column({ name: 'usable_energy_kwh', type: 'double precision' }) usableEnergyKWh: number;
  @Column({ name: 'capacity_ah', type: 'double precision' }) capacityAh: number;
  @Column({ name: 'nominal_voltage_v', type: 'double precision' }) nominalVoltageV: number;
  @Column({ name: 'mass_kg', type: 'double precision' }) massKg: number;
  @Column({ name: 'expected_cycle_life', type: 'integer' }) expectedCycleLife: number;
  @Column({ name: 'warranty_years', type: 'double precision' }) warrantyYears: number;
  @Column({ name: 'warranty_km', type: 'integer', nullable: true }) warrantyKm: number | null;
  /** GTIN-14 of the pack, NULL until recorded (docs/identifiers.md). */
  @Column({ type: 'text', nullable: true }) gtin: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
