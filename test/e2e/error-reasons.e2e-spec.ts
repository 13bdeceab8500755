import { isErrorReason } from '../../src/common/error-reasons';
import { LFP_CAR_PACK, newBatch, newOrganization, newPark, newPlant, newWorld, OrgHandle, World } from '../support/factories';
import { CREATE_SHIPMENT, glecFactorId, newPackedBatch, RECORD_EVENT, sailingInput } from '../support/shipments';
import { GqlResult, startTestApp, TestApp } from '../support/test-app';

/**
 * The stable reason of typed errors (docs/error-reasons.md), over GraphQL and a plain HTTP
 * route, for representative refusals: each keeps its code and message and adds the reason.
 */
const REGISTER_UNITS = `mutation($input: RegisterUnitsInput!) { registerUnits(input: $input) { inserted } }`;
const REGISTER_BATCH = `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { id } }`;
const REGISTER_MODEL = `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id } }`;
const RECORD_ENERGY = `mutation($input: RecordParkEnergyInput!) { recordParkEnergy(input: $input) { id } }`;
const RECYCLE = `mutation($input: MarkRecycledInput!) { markRecycled(input: $input) { eventCount } }`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('error reasons', () => {
  let t: TestApp;
  let w: World;
  let buyer: OrgHandle;

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    buyer = await newOrganization(t, 'BUYER');
  });
  afterAll(async () => {
    await t.close();
  });

  /** The single error of a refused call, after checking that nothing was written. */
  async function refusal(call: () => Promise<GqlResult>): Promise<NonNullable<GqlResult['errors']>[number]> {
    const before = await t.snapshot();
    const r = await call();
    expect(r.data === null || Object.values(r.data).every((v) => v === null)).toBe(true);
    expect(r.errors).toHaveLength(1);
    expect(await t.snapshot()).toEqual(before);
    return r.errors![0];
  }

  it('a serial registered in another batch is CONFLICT SERIAL_TAKEN, over GraphQL and the bulk upload', async () => {
    const first = await newBatch(t, w);
    const second = await newBatch(t, w);
    const serial = `RS-${Date.now().toString(36)}`;
    const ok = await t.gql(REGISTER_UNITS, { input: { batchId: first.id, units: [{ serial, kind: 'CELL' }] } }, w.manufacturer.key);
    expect(ok.errors).toBeUndefined();

    const err = await refusal(() =>
      t.gql(REGISTER_UNITS, { input: { batchId: second.id, units: [{ serial, kind: 'CELL' }] } }, w.manufacturer.key),
    );
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SERIAL_TAKEN', serial });
    expect(err.message).toContain(`serial "${serial}" is`);

    const res = await t.http(`/batches/${second.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: JSON.stringify({ serial, kind: 'CELL' }) + '\n',
    });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ code: 'CONFLICT', reason: 'SERIAL_TAKEN', serial });
  });

  it('a green energy certificate claimed twice is CONFLICT GEC_ALREADY_CLAIMED', async () => {
    const gec = `GEC-R-${Date.now().toString(36)}`;
    const record = (parkId: string) =>
      t.gql(
        RECORD_ENERGY,
        {
          input: {
            parkId,
            periodStart: '2026-04-01',
            periodEnd: '2026-04-30',
            totalKWh: 1_000,
            supplies: [{ source: 'GREEN_TRADE', kWh: 1_000, gecSerials: [gec] }],
          },
        },
        w.manufacturer.key,
      );
    expect((await record(w.park.id)).errors).toBeUndefined();
    const otherPark = await newPark(t);
    await newPlant(t, w.manufacturer, otherPark.id);
    const err = await refusal(() => record(otherPark.id));
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GEC_ALREADY_CLAIMED', serial: gec });
  });

  it('a shipment event out of order is BAD_USER_INPUT EVENT_OUT_OF_ORDER; a unit on the shipment is CONFLICT SHIPMENT_IN_TRANSIT', async () => {
    const batch = await newPackedBatch(t, w, 2);
    const created = await t.gql<{ createShipment: { id: string } }>(
      CREATE_SHIPMENT,
      {
        input: sailingInput({
          consigneeId: buyer.id,
          glecFactorId: await glecFactorId(t),
          cargoLines: [{ batchId: batch.id, containerNumber: 'CSQU3054383', packCount: 1, grossMassKg: 400 }],
        }),
      },
      w.manufacturer.key,
    );
    expect(created.errors).toBeUndefined();
    const shipmentId = created.data!.createShipment.id;
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();

    const order = await refusal(() =>
      t.gql(
        RECORD_EVENT,
        { input: { shipmentId, type: 'DISCHARGED', occurredAt: hourAgo, place: 'Rotterdam', locode: 'NLRTM' } },
        w.manufacturer.key,
      ),
    );
    expect(order.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVENT_OUT_OF_ORDER' });

    const shipped = await refusal(() => t.gql(RECYCLE, { input: { serial: `${batch.prefix}-P0` } }, w.manufacturer.key));
    expect(shipped.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIPMENT_IN_TRANSIT', shipmentId });
    expect(shipped.message).toMatch(/nobody changes it until the shipment is delivered or returned/);
    // The pack that stayed home is recycled; recycling it again is a status that cannot change.
    expect((await t.gql(RECYCLE, { input: { serial: `${batch.prefix}-P1` } }, w.manufacturer.key)).errors).toBeUndefined();
    const again = await refusal(() => t.gql(RECYCLE, { input: { serial: `${batch.prefix}-P1` } }, w.manufacturer.key));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_RECYCLED' });
  });

  it('writes of other organizations are FORBIDDEN with why; an unknown batch is BATCH_NOT_FOUND; no key is UNAUTHENTICATED', async () => {
    const other = await newWorld(t);
    const theirs = await newBatch(t, other);
    const units = [{ serial: `RF-${Date.now().toString(36)}`, kind: 'CELL' }];

    const crossOrg = await refusal(() => t.gql(REGISTER_UNITS, { input: { batchId: theirs.id, units } }, w.manufacturer.key));
    expect(crossOrg.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.batchId', reason: 'OTHER_MANUFACTURER' });

    const wrongKind = await refusal(() =>
      t.gql(
        REGISTER_BATCH,
        {
          input: {
            batchNumber: 'B-X',
            modelId: w.model.id,
            plantId: w.plant.id,
            productionStart: '2026-03-01T00:00:00Z',
            productionEnd: '2026-03-02T00:00:00Z',
          },
        },
        buyer.key,
      ),
    );
    expect(wrongKind.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_ORGANIZATION_KIND' });

    const missing = await refusal(() => t.gql(REGISTER_UNITS, { input: { batchId: UNKNOWN_ID, units } }, w.manufacturer.key));
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.batchId', id: UNKNOWN_ID, reason: 'BATCH_NOT_FOUND' });
    expect(missing.message).toBe(`Batch ${UNKNOWN_ID} was not found`);

    const malformed = await refusal(() => t.gql(REGISTER_UNITS, { input: { batchId: 'not-a-uuid', units } }, w.manufacturer.key));
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.batchId', reason: 'INVALID_ID' });

    const anonymous = await refusal(() => t.gql(REGISTER_UNITS, { input: { batchId: theirs.id, units } }));
    expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REQUIRED' });
    // A key that is unknown is refused before GraphQL runs, by the HTTP layer, with the same reason field.
    const res = await t.http('/graphql', {
      method: 'POST',
      key: 'no-such-key',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REGISTER_UNITS, variables: { input: { batchId: theirs.id, units } } }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: Record<string, unknown> }).error).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'API_KEY_INVALID',
    });
  });

  it('input out of its bound, off the calendar, of the wrong type or outside the schema names why', async () => {
    const bound = await refusal(() =>
      t.gql(REGISTER_MODEL, { input: { name: 'Huge', ...LFP_CAR_PACK, nominalEnergyKWh: 1e308 } }, w.manufacturer.key),
    );
    expect(bound.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.nominalEnergyKWh',
      reason: 'OUT_OF_RANGE',
      unit: 'kWh',
    });

    const batchInput = {
      batchNumber: `B-${Date.now().toString(36)}`,
      modelId: w.model.id,
      plantId: w.plant.id,
      productionEnd: '2026-03-15T00:00:00Z',
    };
    const feb30 = await refusal(() =>
      t.gql(REGISTER_BATCH, { input: { ...batchInput, productionStart: '2026-02-30T00:00:00Z' } }, w.manufacturer.key),
    );
    expect(feb30.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.productionStart', reason: 'NOT_A_CALENDAR_DATE' });

    const wrongType = await refusal(() =>
      t.gql(REGISTER_MODEL, { input: { name: 'Typed', ...LFP_CAR_PACK, nominalEnergyKWh: 'lots' } }, w.manufacturer.key),
    );
    expect(wrongType.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'WRONG_TYPE' });

    const schema = await refusal(() => t.gql(`query { nope }`, {}, w.manufacturer.key));
    expect(schema.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'INVALID_DOCUMENT' });
  });

  it('a plain HTTP route answers the reason in its JSON body', async () => {
    const batch = await newBatch(t, w);
    const res = await t.http(`/batches/${batch.id}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_CONTENT_TYPE', field: 'content-type' });
    expect(isErrorReason(body.error.reason)).toBe(true);
  });
});
