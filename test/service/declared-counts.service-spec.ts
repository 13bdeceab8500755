import { Readable } from 'node:stream';
import { BatchesService } from '../../src/batches/batches.service';
import { UnitsService } from '../../src/units/units.service';
import {
  FOOTPRINT_MODULES,
  newBatchWithUnits,
  newDeclaredFootprint,
  newOrg,
  newServiceWorld,
  recordMarchEnergy,
  ServiceWorld,
  unitRows,
} from '../support/service-factories';
import { createServiceModule, refusal, ServiceModule } from '../support/service-module';

/** BatchesService and UnitsService on the real database: declared counts are caps on unit ingest. */
describe('declared counts and unit ingest (service tier)', () => {
  let m: ServiceModule;
  let w: ServiceWorld;
  let batches: BatchesService;
  let units: UnitsService;

  const registered = async (batchId: string) =>
    (await m.db.query('SELECT kind, count(*)::int AS n FROM units WHERE batch_id = $1 GROUP BY kind ORDER BY kind', [batchId])) as {
      kind: number;
      n: number;
    }[];
  const ndjson = (rows: ReturnType<typeof unitRows>) => Readable.from([rows.map((r) => JSON.stringify(r)).join('\n') + '\n']);

  beforeAll(async () => {
    m = await createServiceModule(FOOTPRINT_MODULES);
    batches = m.get(BatchesService);
    units = m.get(UnitsService);
    w = await newServiceWorld(m);
    await recordMarchEnergy(m, w);
  });
  afterAll(async () => {
    await m?.close();
  });

  it('refuses packs beyond the declared count, naming the kind, declared and registered; nothing is written', async () => {
    const b = await newBatchWithUnits(m, w, { declaredPackCount: 2, packs: 2 });
    const before = await m.snapshot();
    const err = await refusal(units.registerUnits(w.manufacturer.actor, { batchId: b.id, units: unitRows(`${b.prefix}X`, 1) }));
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'input.units', details: { kind: 'PACK', declared: 2, registered: 3 } });
    expect(await m.snapshot()).toEqual(before);
    expect(await registered(b.id)).toEqual([{ kind: 3, n: 2 }]);
  });

  it('the streaming upload counts units already registered by the other path, and an undeclared kind has no cap', async () => {
    // Packs declared (3), cells and modules not (0): 2 packs with 2 modules of 3 cells each pass.
    const b = await newBatchWithUnits(m, w, { declaredPackCount: 3, packs: 2, modulesPerPack: 2, cellsPerModule: 3 });
    expect(await registered(b.id)).toEqual([
      { kind: 1, n: 12 },
      { kind: 2, n: 4 },
      { kind: 3, n: 2 },
    ]);
    const before = await m.snapshot();
    const err = await refusal(units.uploadUnits(w.manufacturer.actor, b.id, ndjson(unitRows(`${b.prefix}Y`, 2)), 'ndjson'));
    expect(err).toMatchObject({ code: 'CONFLICT', details: { kind: 'PACK', declared: 3, registered: 4 } });
    expect(await m.snapshot()).toEqual(before);
    const ok = await units.uploadUnits(w.manufacturer.actor, b.id, ndjson(unitRows(`${b.prefix}Y`, 1)), 'ndjson');
    expect(ok).toMatchObject({ received: 1, inserted: 1, alreadyPresent: 0 });
  });

  it('the same units twice leave one copy; a serial registered again with other facts is a CONFLICT', async () => {
    const b = await newBatchWithUnits(m, w, { declaredPackCount: 5 });
    const rows = unitRows(b.prefix, 2, 1, 0);
    expect(await units.registerUnits(w.manufacturer.actor, { batchId: b.id, units: rows })).toMatchObject({
      received: 4,
      inserted: 4,
      alreadyPresent: 0,
    });
    expect(await units.registerUnits(w.manufacturer.actor, { batchId: b.id, units: rows })).toMatchObject({
      received: 4,
      inserted: 0,
      alreadyPresent: 4,
    });
    const before = await m.snapshot();
    // The module of pack 0 said to sit in pack 1.
    const moved = [{ serial: `${b.prefix}-P0-M0`, kind: 'MODULE' as const, parentSerial: `${b.prefix}-P1` }];
    expect((await refusal(units.registerUnits(w.manufacturer.actor, { batchId: b.id, units: moved }))).code).toBe('CONFLICT');
    expect(await m.snapshot()).toEqual(before);
  });

  it('a new batch whose units exceed its own declaration is not registered at all', async () => {
    const before = await m.snapshot();
    const err = await refusal(newBatchWithUnits(m, w, { declaredPackCount: 1, packs: 2 }));
    expect(err).toMatchObject({ code: 'CONFLICT', details: { kind: 'PACK', declared: 1, registered: 2 } });
    expect(await m.snapshot()).toEqual(before);
  });

  it('amends the counts (not below what is registered, never withdrawn); frozen once a footprint is declared', async () => {
    const b = await newBatchWithUnits(m, w, { declaredPackCount: 2, packs: 2 });
    const amend = (declaredPackCount: number, by = w.manufacturer.actor) =>
      batches.amendDeclaredCounts(by, { batchId: b.id, declaredPackCount, reason: 'count corrected by the plant' });
    const rival = await newOrg(m, 'MANUFACTURER');
    const before = await m.snapshot();
    expect(await refusal(amend(1))).toMatchObject({ code: 'CONFLICT', field: 'input.declaredPackCount' });
    expect(await refusal(amend(0))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.declaredPackCount' });
    expect((await refusal(amend(3, rival.actor))).code).toBe('FORBIDDEN');
    expect(await m.snapshot()).toEqual(before);

    expect((await amend(3)).declaredPackCount).toBe(3);
    await units.registerUnits(w.manufacturer.actor, { batchId: b.id, units: unitRows(`${b.prefix}Z`, 1) });

    const { footprintId } = await newDeclaredFootprint(m, w, { batchId: b.id });
    expect(footprintId).toBeTruthy();
    expect(await refusal(amend(4))).toMatchObject({ code: 'CONFLICT', field: 'input.batchId', details: { footprintVersion: 1 } });
  });
});
