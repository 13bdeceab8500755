import { randomBytes } from 'node:crypto';
import { EnergyCorrectionsService } from '../../src/energy/energy-corrections.service';
import { EnergyService } from '../../src/energy/energy.service';
import { FootprintsService } from '../../src/footprints/footprints.service';
import { FOOTPRINT_MODULES, newCalculatedFootprint, newOrg, newServiceWorld, ServiceWorld } from '../support/service-factories';
import { createServiceModule, refusal, ServiceModule } from '../support/service-module';

/** EnergyService and EnergyCorrectionsService on the real database: a GEC is claimed once, corrections version a period. */
describe('park energy records and corrections (service tier)', () => {
  let m: ServiceModule;
  let energy: EnergyService;
  let corrections: EnergyCorrectionsService;

  const gec = () => `GEC-${randomBytes(4).toString('hex').toUpperCase()}`;
  /** 100,000 kWh, of which 1 MWh per GEC serial bought as green trade (1 GEC = 1 MWh), the rest from the grid (test figures). */
  const supplies = (serials: string[]) => [
    ...(serials.length ? [{ source: 'GREEN_TRADE' as const, kWh: 1_000 * serials.length, gecSerials: serials }] : []),
    { source: 'GRID' as const, kWh: 100_000 - 1_000 * serials.length },
  ];
  /** March 2026 at the world's park. */
  const recordMarch = (w: ServiceWorld, serials: string[]) =>
    energy.recordParkEnergy(w.manufacturer.actor, {
      parkId: w.parkId,
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      totalKWh: 100_000,
      supplies: supplies(serials),
    });
  const correct = (w: ServiceWorld, periodId: string, serials: string[], by = w.manufacturer.actor) =>
    corrections.correctParkEnergy(by, {
      periodId,
      totalKWh: 100_000,
      supplies: supplies(serials),
      reason: 'meter reading corrected',
    });
  const claimsOf = async (periodId: string) =>
    ((await m.db.query('SELECT serial FROM gec_claims WHERE period_id = $1 ORDER BY serial', [periodId])) as { serial: string }[]).map(
      (c) => c.serial,
    );

  beforeAll(async () => {
    m = await createServiceModule(FOOTPRINT_MODULES);
    energy = m.get(EnergyService);
    corrections = m.get(EnergyCorrectionsService);
  });
  afterAll(async () => {
    await m?.close();
  });

  it('a GEC serial is claimed once on the platform: another park’s record naming it is a CONFLICT, writing nothing', async () => {
    const [a, b] = [await newServiceWorld(m), await newServiceWorld(m)];
    const serial = gec();
    await recordMarch(a, [serial]);
    const before = await m.snapshot();
    const err = await refusal(recordMarch(b, [gec(), serial]));
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'input.supplies[0].gecSerials[1]', details: { serial } });
    expect(err.message).toContain('a certificate is claimed once');
    expect(await m.snapshot()).toEqual(before);
  });

  it('a correction carries its own serials over, claims new ones, releases dropped ones; only the current version is corrected', async () => {
    const w = await newServiceWorld(m);
    const [kept, dropped, added] = [gec(), gec(), gec()];
    const v1 = await recordMarch(w, [kept, dropped]);
    const v2 = await correct(w, v1.id, [kept, added]);
    expect(v2).toMatchObject({ version: 2, supersedesId: v1.id, correctionReason: 'meter reading corrected' });
    expect(await claimsOf(v2.id)).toEqual([kept, added].sort());
    expect(await claimsOf(v1.id)).toEqual([]);

    const before = await m.snapshot();
    const err = await refusal(correct(w, v1.id, [kept]));
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'input.periodId', details: { supersededBy: v2.id } });
    expect(await m.snapshot()).toEqual(before);

    // The dropped serial is free again: another park may claim it; the kept one is not.
    const other = await newServiceWorld(m);
    expect((await refusal(recordMarch(other, [kept]))).details).toMatchObject({ serial: kept });
    expect(await claimsOf((await recordMarch(other, [dropped])).id)).toEqual([dropped]);
  });

  it('a correction may not claim a serial held by another park’s period', async () => {
    const [a, b] = [await newServiceWorld(m), await newServiceWorld(m)];
    const theirs = gec();
    await recordMarch(a, [theirs]);
    const mine = await recordMarch(b, [gec()]);
    const before = await m.snapshot();
    const err = await refusal(correct(b, mine.id, [theirs]));
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'input.supplies[0].gecSerials[0]', details: { serial: theirs } });
    expect(await m.snapshot()).toEqual(before);
  });

  it('only a manufacturer with a plant in the park (or the administrator) records or corrects its energy', async () => {
    const w = await newServiceWorld(m);
    const period = await recordMarch(w, []);
    const stranger = await newOrg(m, 'MANUFACTURER');
    const before = await m.snapshot();
    expect((await refusal(correct(w, period.id, [], stranger.actor))).code).toBe('FORBIDDEN');
    expect((await refusal(recordMarch({ ...w, manufacturer: stranger }, []))).code).toBe('FORBIDDEN');
    expect(await m.snapshot()).toEqual(before);
  });

  it('a footprint keeps the period version it used and sees that it was corrected', async () => {
    const w = await newServiceWorld(m);
    const v1 = await recordMarch(w, [gec()]);
    const { footprintId } = await newCalculatedFootprint(m, w);
    const v2 = await correct(w, v1.id, []);
    const used = await m.get(FootprintsService).energyPeriodsOf(footprintId);
    expect(used).toEqual([
      expect.objectContaining({ periodId: v1.id, version: 1, superseded: true, currentPeriodId: v2.id, currentVersion: 2 }),
    ]);
  });
});
