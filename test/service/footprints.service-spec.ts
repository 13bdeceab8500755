import { FootprintsService } from '../../src/footprints/footprints.service';
import {
  FOOTPRINT_MODULES,
  newBatchWithUnits,
  newCalculatedFootprint,
  newDeclaredFootprint,
  newOrg,
  newServiceWorld,
  recordMarchEnergy,
  ServiceWorld,
} from '../support/service-factories';
import { createServiceModule, refusal, ServiceModule } from '../support/service-module';

/** FootprintsService on the real database, called directly: calculation and declaration rules. */
describe('FootprintsService (service tier)', () => {
  let m: ServiceModule;
  let w: ServiceWorld;
  let footprints: FootprintsService;

  beforeAll(async () => {
    m = await createServiceModule(FOOTPRINT_MODULES);
    footprints = m.get(FootprintsService);
    w = await newServiceWorld(m);
    await recordMarchEnergy(m, w);
  });
  afterAll(async () => {
    await m?.close();
  });

  it('computes the stages from the recorded inputs, and the absolute figure is their sum', async () => {
    const { footprintId } = await newCalculatedFootprint(m, w);
    const f = await footprints.footprint(w.manufacturer.actor, footprintId);
    expect(f).toMatchObject({ version: 1, status: 'CALCULATED', rulesetId: 'EU_CFB_DRAFT_2024', distributionIsEstimate: true });
    // Fixture inputs: 120 kg of cathode material at 12.5 kg CO2e/kg, 30 kg estimated distribution, 40 kg end of life.
    expect(f.rawMaterialKgCo2e).toBeCloseTo(1_500, 6);
    expect(f.distributionKgCo2e).toBeCloseTo(30, 6);
    expect(f.endOfLifeKgCo2e).toBeCloseTo(40, 6);
    expect(f.mainProductionKgCo2e).toBeGreaterThan(0);
    expect(f.kgCo2eAbsolute).toBeCloseTo(f.rawMaterialKgCo2e + f.mainProductionKgCo2e + f.distributionKgCo2e + f.endOfLifeKgCo2e, 6);
    expect(f.inputsSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a batch without inputs, listing what is missing, and writes nothing', async () => {
    const batch = await newBatchWithUnits(m, w, { packs: 1 });
    const before = await m.snapshot();
    const err = await refusal(footprints.calculateFootprint(w.manufacturer.actor, { batchId: batch.id, rulesetId: 'EU_CFB_DRAFT_2024' }));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.field).toBe('input.batchId');
    expect((err.details?.missing as unknown[]).length).toBeGreaterThan(0);
    expect(await m.snapshot()).toEqual(before);
  });

  it('a new calculation supersedes the earlier version, which can then no longer be declared', async () => {
    const first = await newCalculatedFootprint(m, w);
    const second = await footprints.calculateFootprint(w.manufacturer.actor, { batchId: first.batchId, rulesetId: 'EU_CFB_DRAFT_2024' });
    expect(second.version).toBe(2);
    expect((await footprints.footprint(w.manufacturer.actor, first.footprintId)).status).toBe('SUPERSEDED');
    const err = await refusal(footprints.declareFootprint(w.manufacturer.actor, { footprintId: first.footprintId }));
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'input.footprintId', details: { latestVersion: 2 } });
    const declared = await footprints.declareFootprint(w.manufacturer.actor, { footprintId: second.id });
    expect(declared.status).toBe('DECLARED');
    expect((await footprints.latestDeclared(first.batchId))?.id).toBe(second.id);
  });

  it('declares once: a second declaration is a CONFLICT and changes nothing', async () => {
    const { footprintId } = await newDeclaredFootprint(m, w);
    const before = await m.snapshot();
    const err = await refusal(footprints.declareFootprint(w.manufacturer.actor, { footprintId }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('already declared');
    expect(await m.snapshot()).toEqual(before);
  });

  it('another manufacturer may neither calculate nor declare the batch’s footprint, nor read it before declaration', async () => {
    const { batchId, footprintId } = await newCalculatedFootprint(m, w);
    const rival = await newOrg(m, 'MANUFACTURER');
    const before = await m.snapshot();
    const calc = await refusal(footprints.calculateFootprint(rival.actor, { batchId, rulesetId: 'EU_CFB_DRAFT_2024' }));
    const declare = await refusal(footprints.declareFootprint(rival.actor, { footprintId }));
    expect([calc.code, declare.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await m.snapshot()).toEqual(before);
    expect((await refusal(footprints.footprint(rival.actor, footprintId))).code).toBe('FORBIDDEN');
    await footprints.declareFootprint(w.manufacturer.actor, { footprintId });
    expect((await footprints.footprint(rival.actor, footprintId)).status).toBe('DECLARED');
  });
});
