import { DisplacementModule } from '../../src/displacement/displacement.module';
import { DisplacementService } from '../../src/displacement/displacement.service';
import type { RequestDisplacementInput } from '../../src/displacement/dto/request-displacement.input';
import { ShipmentsModule } from '../../src/shipments/shipments.module';
import { ADMIN } from '../../src/access/actor';
import {
  newBatchWithUnits,
  newOrg,
  newServiceWorld,
  newShipment,
  OrgActor,
  ServiceWorld,
  WORLD_MODULES,
} from '../support/service-factories';
import { createServiceModule, refusal, ServiceModule } from '../support/service-module';

/**
 * DisplacementService.request on the real database, through its public methods only: who may
 * run which scope, and what the scope counts. Runs stay QUEUED here (no worker): these tests are
 * about the request, not the computation.
 */
describe('DisplacementService scope rules (service tier)', () => {
  let m: ServiceModule;
  let w: ServiceWorld;
  let buyer: OrgActor;
  let displacement: DisplacementService;

  const request = (actor: OrgActor['actor'], input: Partial<RequestDisplacementInput>) =>
    displacement.request(actor, { vehicleClass: 'EU_CAR', ...input } as RequestDisplacementInput);

  beforeAll(async () => {
    m = await createServiceModule([...WORLD_MODULES, ShipmentsModule, DisplacementModule]);
    displacement = m.get(DisplacementService);
    w = await newServiceWorld(m);
    buyer = await newOrg(m, 'BUYER', 'DE');
  });
  afterAll(async () => {
    await m?.close();
  });

  it('takes exactly one scope; anything else is BAD_USER_INPUT on input.scope and writes nothing', async () => {
    const batch = await newBatchWithUnits(m, w, { packs: 1 });
    const before = await m.snapshot();
    for (const scope of [{}, { batchId: batch.id, energy: { energyKWh: 1000, chemistry: 'LFP' as const } }]) {
      expect(await refusal(request(w.manufacturer.actor, { scope }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scope' });
    }
    expect(await m.snapshot()).toEqual(before);
  });

  it('a batch is counted by its manufacturer only, over its batch alone; others are FORBIDDEN, unknown batches NOT_FOUND', async () => {
    const batch = await newBatchWithUnits(m, w, { packs: 2 });
    const run = await request(w.manufacturer.actor, { scope: { batchId: batch.id } });
    expect(run).toMatchObject({ status: 'QUEUED', coverage: 'ALL', scope: { kind: 'BATCH', batchId: batch.id } });
    expect((await displacement.packGroups(run.id)).map((g) => g.batchId)).toEqual([batch.id]);

    const rival = await newOrg(m, 'MANUFACTURER');
    const before = await m.snapshot();
    expect(await refusal(request(buyer.actor, { scope: { batchId: batch.id } }))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.scope.batchId',
    });
    expect((await refusal(request(rival.actor, { scope: { batchId: batch.id } }))).code).toBe('FORBIDDEN');
    expect((await refusal(request(w.manufacturer.actor, { scope: { batchId: '00000000-0000-4000-8000-000000000000' } }))).code).toBe(
      'NOT_FOUND',
    );
    expect(await m.snapshot()).toEqual(before);
  });

  it('a shipment is run by its parties, in the consignee’s market; a stranger buyer is FORBIDDEN', async () => {
    const batch = await newBatchWithUnits(m, w, { packs: 4 });
    const forwarder = await newOrg(m, 'FORWARDER');
    const s = await newShipment(m, w, { batchId: batch.id, packCount: 3, consigneeId: buyer.id, forwarderIds: [forwarder.id] });
    const run = await request(buyer.actor, { scope: { shipmentId: s.id }, vehicleClass: 'VAN' });
    expect(run).toMatchObject({ coverage: 'ALL', market: 'EU', scope: { kind: 'SHIPMENT', shipmentId: s.id } });
    expect((await request(forwarder.actor, { scope: { shipmentId: s.id } })).coverage).toBe('ALL');
    const stranger = await newOrg(m, 'BUYER', 'DE');
    expect(await refusal(request(stranger.actor, { scope: { shipmentId: s.id } }))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.scope.shipmentId',
    });
    // The consignee sees its shipment, not the whole batch.
    expect((await refusal(request(buyer.actor, { scope: { batchId: batch.id } }))).code).toBe('FORBIDDEN');
  });

  it('a park-year covers a manufacturer’s own batches ending that year, the administrator’s all of them; a buyer is FORBIDDEN', async () => {
    const park = await newServiceWorld(m);
    const rival = await newServiceWorld(m, { parkId: park.parkId });
    const ownThisYear = await newBatchWithUnits(m, park, { packs: 1 });
    await newBatchWithUnits(m, park, {
      packs: 1,
      productionStart: new Date('2025-06-01T00:00:00Z'),
      productionEnd: new Date('2025-06-30T00:00:00Z'),
    });
    const rivalThisYear = await newBatchWithUnits(m, rival, { packs: 1 });
    const parkYear = { parkId: park.parkId, year: 2026 };

    const own = await request(park.manufacturer.actor, { scope: { parkYear } });
    expect(own.coverage).toBe('MANUFACTURER');
    expect((await displacement.packGroups(own.id)).map((g) => g.batchId)).toEqual([ownThisYear.id]);
    const all = await request(ADMIN, { scope: { parkYear } });
    expect(all.coverage).toBe('ALL');
    expect((await displacement.packGroups(all.id)).map((g) => g.batchId).sort()).toEqual([ownThisYear.id, rivalThisYear.id].sort());

    const before = await m.snapshot();
    expect(await refusal(request(buyer.actor, { scope: { parkYear } }))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.scope.parkYear',
    });
    expect(await refusal(request(park.manufacturer.actor, { scope: { parkYear: { ...parkYear, year: 2024 } } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.scope.parkYear.year',
    });
    expect(await m.snapshot()).toEqual(before);
  });

  it('an energy what-if is open to any caller with a key; a run is read by its requester (and the administrator) only', async () => {
    const run = await request(buyer.actor, { scope: { energy: { energyKWh: 3.2e6, chemistry: 'LFP' } } });
    expect(run.coverage).toBe('WHAT_IF');
    expect((await displacement.run(buyer.actor, run.id)).id).toBe(run.id);
    expect((await displacement.run(ADMIN, run.id)).id).toBe(run.id);
    expect((await refusal(displacement.run(w.manufacturer.actor, run.id))).code).toBe('FORBIDDEN');
    expect((await refusal(request({ type: 'ANONYMOUS' }, { scope: { energy: { energyKWh: 1e3, chemistry: 'LFP' } } }))).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
