import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { BatteryHealthService } from '../battery-health/battery-health.service';
import { BatteryOperationService } from '../battery-health/battery-operation.service';
import type { BatteryModelEntity } from '../battery-models/battery-model.entity';
import { originalPassportId } from '../passports/battery-passport';
import { UnitLifecycleService } from '../units/unit-lifecycle.service';
import { DemoPackHealth, DemoUsePhase, demoHealthReadings, ndjson, utcDay } from './demo-health';
import { demoModelPassportValues } from './demo-passport';

const DAY_MS = 86_400_000;

/** Days of readings before today; the packs went into service then (or 14 days after production, if later). */
export const DEMO_HEALTH_DAYS = 120;

/** What the demo prints for a person to try the fleet data. */
export interface DemoFleetLinks {
  /** A pack with health readings: its unit id, serial and original passport. */
  health: { unitId: string; serial: string; passportId: string };
  /** The pack repurposed into a stationary storage battery: its first and second passports. */
  repurposed: { unitId: string; serial: string; originalPassportId: string; secondLifePassportId: string };
  /** The packs the fleet operator operates, with their manufacturer. */
  operated: { serial: string; manufacturerId: string; unitId: string }[];
}

interface FleetPack {
  serial: string;
  manufacturer: Actor & { type: 'ORGANIZATION' };
  model: BatteryModelEntity;
  cyclesPerDay: number;
  calendarFade: number;
  cycleFade: number;
}

/**
 * The demo fleet (issue 14): the fleet operator runs seven packs of the demo batches that their
 * manufacturers still hold (the two car packs of OGC-2026-03-A that are not on the demo shipment,
 * the two bus packs, the three NMC packs); each manufacturer grants it their operation, and it
 * uploads a reading a day of each pack's health for the last DEMO_HEALTH_DAYS days through the real
 * NDJSON upload. Car pack OGC26A-P004 has an accident 40 days ago and leaves the fleet (its grant
 * revoked), and 30 days ago
 * its manufacturer repurposes it as a stationary storage battery at its plant: a second passport
 * of category STATIONARY, whose daily readings the manufacturer (its holder) uploads since.
 */
export async function seedDemoFleet(
  app: INestApplicationContext,
  fleet: Actor & { type: 'ORGANIZATION' },
  packs: { lfp: Actor; nmc: Actor; lfpCar: BatteryModelEntity; bus: BatteryModelEntity; nmcCar: BatteryModelEntity },
): Promise<DemoFleetLinks> {
  const db = app.get<DataSource>(getDataSourceToken());
  const grants = app.get(BatteryOperationService);
  const health = app.get(BatteryHealthService);
  const lifecycle = app.get(UnitLifecycleService);
  const lfp = packs.lfp as Actor & { type: 'ORGANIZATION' };
  const nmc = packs.nmc as Actor & { type: 'ORGANIZATION' };

  const fleetPacks: FleetPack[] = [
    ...['OGC26A-P003', 'OGC26A-P004'].map((serial) => ({
      serial,
      manufacturer: lfp,
      model: packs.lfpCar,
      cyclesPerDay: 0.5,
      calendarFade: 0.12,
      cycleFade: 0.004,
    })),
    ...['OGC26B-P001', 'OGC26B-P002'].map((serial) => ({
      serial,
      manufacturer: lfp,
      model: packs.bus,
      cyclesPerDay: 0.85,
      calendarFade: 0.12,
      cycleFade: 0.0035,
    })),
    ...['MPS2603-P001', 'MPS2603-P002', 'MPS2603-P003'].map((serial) => ({
      serial,
      manufacturer: nmc,
      model: packs.nmcCar,
      cyclesPerDay: 0.45,
      calendarFade: 0.2,
      cycleFade: 0.01,
    })),
  ];
  const units: { id: string; serial: string; manufacturerId: string; producedAt: Date }[] = await db.query(
    `SELECT id::text, serial, manufacturer_id AS "manufacturerId", produced_at AS "producedAt"
       FROM units WHERE serial = ANY($1::text[]) AND kind = 3`,
    [fleetPacks.map((p) => p.serial)],
  );
  const unitOf = (serial: string) => {
    const u = units.find((x) => x.serial === serial);
    if (!u) throw new Error(`demo fleet: pack ${serial} is missing`);
    return u;
  };

  const grantIds = new Map<string, string>();
  for (const p of fleetPacks) {
    const g = await grants.grant(p.manufacturer, {
      operatorOrganizationId: fleet.organizationId,
      serial: p.serial,
      manufacturerId: p.manufacturer.organizationId,
      reason: 'demo world: pack in service in the fleet, its battery management system read by the operator',
    });
    grantIds.set(p.serial, g.id);
  }

  const now = new Date();
  const today = utcDay(now);
  const daysAgo = (n: number) => new Date(today.getTime() - n * DAY_MS);
  const accidentDay = daysAgo(40);
  const repurposeDay = daysAgo(30);
  const repurposedSerial = 'OGC26A-P004';

  const profile = (p: FleetPack): DemoPackHealth => {
    const u = unitOf(p.serial);
    const commissioned = new Date(Math.max(daysAgo(DEMO_HEALTH_DAYS).getTime(), utcDay(u.producedAt).getTime() + 14 * DAY_MS));
    const ev = (from: Date, cyclesPerDay: number): DemoUsePhase => ({
      from,
      category: 'EV',
      fullCyclesPerDay: cyclesPerDay,
      deepDischargePerDay: cyclesPerDay > 0 ? 0.01 : 0,
      stationary: false,
    });
    const phases =
      p.serial === repurposedSerial
        ? [
            ev(commissioned, p.cyclesPerDay),
            ev(new Date(accidentDay.getTime() + DAY_MS), 0),
            { from: repurposeDay, category: 'STATIONARY' as const, fullCyclesPerDay: 1, deepDischargePerDay: 0, stationary: true },
          ]
        : [ev(commissioned, p.cyclesPerDay)];
    return {
      serial: p.serial,
      manufacturerId: p.manufacturer.organizationId,
      usableEnergyKWh: p.model.usableEnergyKWh ?? p.model.nominalEnergyKWh,
      capacityAh: p.model.capacityAh!,
      originalPowerW: demoModelPassportValues(p.model).originalPowerCapabilityW!,
      calendarFadePerSqrtDay: p.calendarFade,
      cycleFadePerCycle: p.cycleFade,
      phases,
      accidentDays: p.serial === repurposedSerial ? [accidentDay] : [],
    };
  };

  // The vehicle life, uploaded by the fleet operator in one NDJSON upload (the repurposed pack's up to its accident).
  const evLines = fleetPacks.flatMap((p) => {
    const pr = profile(p);
    return demoHealthReadings(pr, pr.phases[0].from, p.serial === repurposedSerial ? accidentDay : today, now);
  });
  await health.upload(fleet, Readable.from([ndjson(evLines)]));

  // The pack leaves the fleet after its accident: the manufacturer that granted its operation revokes it.
  await grants.revoke(lfp, {
    grantId: grantIds.get(repurposedSerial)!,
    reason: 'demo world: vehicle written off after a collision; the pack left the fleet',
  });

  // The second life: repurposed by its holder, the manufacturer, which runs it at its plant and uploads its readings.
  const repurposedPack = fleetPacks.find((p) => p.serial === repurposedSerial)!;
  const change = await lifecycle.markRepurposed(lfp, {
    serial: repurposedSerial,
    status: 'REPURPOSED',
    passportCategory: 'STATIONARY',
    at: new Date(repurposeDay.getTime() + 10 * 3_600_000),
    reason:
      'demo world: vehicle written off after a collision; pack inspected and tested, repurposed as stationary storage at the Ordos LFP plant',
  });
  // The upload checks each reading against the current passport's category (STATIONARY): the
  // second life reports what a stationary battery has, throughput and temperature times included.
  const secondLife = demoHealthReadings(profile(repurposedPack), repurposeDay, today, now);
  await health.upload(lfp, Readable.from([ndjson(secondLife)]));

  const shown = unitOf('OGC26B-P001');
  const repurposed = unitOf(repurposedSerial);
  return {
    health: { unitId: shown.id, serial: shown.serial, passportId: originalPassportId(shown.id) },
    repurposed: {
      unitId: repurposed.id,
      serial: repurposedSerial,
      originalPassportId: originalPassportId(repurposed.id),
      secondLifePassportId: change.batteryPassportId!,
    },
    operated: fleetPacks.map((p) => ({ serial: p.serial, manufacturerId: p.manufacturer.organizationId, unitId: unitOf(p.serial).id })),
  };
}
