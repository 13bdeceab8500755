import { LFP_CAR_PACK, newBatch, newWorld, World } from '../support/factories';
import { expectError, GqlResult, startTestApp, TestApp } from '../support/test-app';

/**
 * Text and dates that make sense (docs/text-and-dates.md): a lone surrogate in any string, a
 * control character in single-line text, a bidirectional override in a name, and a DateTime off
 * the calendar or out of range are each refused with BAD_USER_INPUT naming the field, nothing
 * is written and the server keeps answering.
 */
const LONE = '\\ud800'; // the six characters of a JSON escape: what an attacker's raw body holds
const MARK = '@@LONE@@';

const RECORD_INPUTS = `mutation($input: RecordFootprintInputsInput!) { recordFootprintInputs(input: $input) { id version } }`;
const REGISTER_BATCH = `mutation($input: RegisterBatchInput!) { registerBatch(input: $input) { id productionStart productionEnd } }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
const CREATE_PARK = `mutation($input: CreateParkInput!) { createPark(input: $input) { id } }`;
const REGISTER_PLANT = `mutation($input: RegisterPlantInput!) { registerPlant(input: $input) { id } }`;
const REGISTER_MODEL = `mutation($input: RegisterBatteryModelInput!) { registerBatteryModel(input: $input) { id } }`;
const ADD_PORT = `mutation($input: AddPortInput!) { addPort(input: $input) { locode } }`;
const UNIT_AT = `query($s: String!, $at: DateTime!) { unitAt(serial: $s, at: $at) { unit { serial } } }`;

/** The eight-plus strings of recordFootprintInputs, by path below `input`. */
const FOOTPRINT_STRINGS = [
  'materials[0].material',
  'materials[0].supplierName',
  'materials[0].originCountry',
  'materials[0].evidence',
  'electricity.meterIds[0]',
  'processEnergy[0].name',
  'processEnergy[0].evidence',
  'endOfLife.evidence',
  'distributionEstimate.basis',
  'declaredFullEquivalentCycles.justification',
  'offsets.scheme',
];

function footprintInput(batchId: string): Record<string, unknown> {
  return {
    batchId,
    materials: [
      { material: 'LFP cathode', supplierName: 'Supplier A', originCountry: 'CN', massKg: 100, declaredKgCo2ePerKg: 10, evidence: 'EPD 1' },
    ],
    electricity: { meteredKWh: 1000, meterIds: ['M-1'] },
    processEnergy: [{ name: 'Process heat', energyKWh: 100, declaredKgCo2ePerKWh: 0.2, evidence: 'Gas meter' }],
    endOfLife: { declaredKgCo2e: 5, evidence: 'Recycler statement' },
    distributionEstimate: { kgCo2e: 1, basis: 'Truck 200 km' },
    declaredFullEquivalentCycles: { cyclesPerYear: 100, justification: 'Stationary use' },
    offsets: { kgCo2e: 1, scheme: 'None' },
  };
}

/** Sets the string at `path` (e.g. `materials[0].evidence`) of `obj` to `value`. */
function setAt(obj: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let o = obj as Record<string, unknown> | unknown[];
  for (const k of keys.slice(0, -1)) o = (o as Record<string, unknown>)[k] as Record<string, unknown>;
  (o as Record<string, unknown>)[keys[keys.length - 1]] = value;
}

describe('text and dates that make sense', () => {
  let t: TestApp;
  let w: World;
  let batchId: string;

  /** POSTs a GraphQL request whose body is written by hand, with `MARK` turned into `\ud800`. */
  async function raw(query: string, variables: Record<string, unknown>, key: string | null): Promise<GqlResult & { body: string }> {
    const body = JSON.stringify({ query, variables }).split(MARK).join(LONE);
    const res = await t.http('/graphql', { method: 'POST', key, headers: { 'content-type': 'application/json' }, body });
    const answer = (await res.json()) as { data?: unknown; errors?: GqlResult['errors'] };
    return { status: res.status, data: (answer.data ?? null) as never, errors: answer.errors, body };
  }

  /** Expects BAD_USER_INPUT naming `field`, and no table changed. */
  async function refused(field: string, call: () => Promise<GqlResult>): Promise<string> {
    const before = await t.snapshot();
    const r = await call();
    const err = expectError(r, 'BAD_USER_INPUT');
    expect(r.data === null || Object.values(r.data).every((v) => v === null)).toBe(true);
    expect(err.extensions?.field).toBe(field);
    expect(err.message.startsWith(`${field}: `)).toBe(true);
    expect(await t.snapshot()).toEqual(before);
    return err.message;
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    batchId = (await newBatch(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('the valid footprint input is recorded (so each refusal below is the one changed string)', async () => {
    const r = await raw(RECORD_INPUTS, { input: footprintInput(batchId) }, w.manufacturer.key);
    expect(r.errors).toBeUndefined();
  });

  it.each(FOOTPRINT_STRINGS)('recordFootprintInputs: a lone surrogate in input.%s is refused, naming it', async (path) => {
    const input = footprintInput(batchId);
    setAt(input, path, `A${MARK}`);
    let sent = '';
    const message = await refused(`input.${path}`, async () => {
      const r = await raw(RECORD_INPUTS, { input }, w.manufacturer.key);
      sent = r.body;
      return r;
    });
    expect(sent).toContain('"A\\ud800"');
    expect(message).toContain('lone UTF-16 surrogate (U+D800 at position 1)');
  });

  it("other mutations' strings: a lone surrogate anywhere is refused, naming the field", async () => {
    await refused('input.name', () => raw(CREATE_ORG, { input: { kind: 'BUYER', name: `Buyer ${MARK}` } }, t.adminKey));
    await refused('input.keyName', () => raw(CREATE_ORG, { input: { kind: 'BUYER', name: 'Buyer', keyName: MARK } }, t.adminKey));
    await refused('input.province', () =>
      raw(CREATE_PARK, { input: { code: 'CN-LONE', name: 'P', country: 'CN', province: MARK, gridRegion: 'CN-NM' } }, t.adminKey),
    );
    await refused('input.batchNumber', () =>
      raw(
        REGISTER_BATCH,
        {
          input: {
            batchNumber: `B-${MARK}`,
            modelId: w.model.id,
            plantId: w.plant.id,
            productionStart: '2026-03-01T00:00:00Z',
            productionEnd: '2026-03-15T00:00:00Z',
          },
        },
        w.manufacturer.key,
      ),
    );
    // A string of a query's arguments, top level.
    await refused('s', () => raw(UNIT_AT, { s: `C-${MARK}`, at: '2026-03-10T00:00:00Z' }, w.manufacturer.key));
  });

  it('a lone surrogate written into a literal never parses: refused before anything runs', async () => {
    const before = await t.snapshot();
    const query = `mutation { createOrganization(input: { kind: BUYER, name: "Buyer ${LONE}" }) { organization { id } } }`;
    const res = await t.http('/graphql', {
      method: 'POST',
      key: t.adminKey,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { data: unknown; errors: { message: string }[] };
    expect(body.data).toBeNull();
    expect(body.errors[0].message).toMatch(/Invalid Unicode escape sequence/);
    expect(await t.snapshot()).toEqual(before);
  });

  it('control characters are refused in single-line text, NUL included', async () => {
    await refused('input.name', () =>
      t.gql(CREATE_PARK, { input: { code: 'CN-NUL', name: 'Park\u0000X', country: 'CN', province: 'P', gridRegion: 'CN-NM' } }, t.adminKey),
    );
    const input = footprintInput(batchId);
    setAt(input, 'offsets.scheme', 'Gold\u0007Standard');
    expect(await refused('input.offsets.scheme', () => t.gql(RECORD_INPUTS, { input }, w.manufacturer.key))).toContain('U+0007');
    setAt(input, 'offsets.scheme', 'Gold Standard');
    setAt(input, 'materials[0].supplierName', 'Supplier\u0085A');
    await refused('input.materials[0].supplierName', () => t.gql(RECORD_INPUTS, { input }, w.manufacturer.key));
  });

  it('bidirectional override and isolate characters are refused in names', async () => {
    const rlo = await refused('input.name', () => t.gql(CREATE_ORG, { input: { kind: 'BUYER', name: 'ACME\u202eslleC' } }, t.adminKey));
    expect(rlo).toContain('bidirectional override or isolate characters (U+202E at position 4)');
    await refused('input.name', () =>
      t.gql(
        REGISTER_PLANT,
        { input: { parkId: w.park.id, name: 'Plant \u2066A\u2069', address: 'Ordos', latitude: 39.49, longitude: 109.97 } },
        w.manufacturer.key,
      ),
    );
    await refused('input.name', () => t.gql(REGISTER_MODEL, { input: { ...LFP_CAR_PACK, name: 'Model\u202a' } }, w.manufacturer.key));
    await refused('input.name', () =>
      t.gql(
        ADD_PORT,
        { input: { locode: 'NLXXX', name: 'Rotter\u202edam', region: 'EUROPE', latitude: 51.9, longitude: 4.4 } },
        t.adminKey,
      ),
    );
    const input = footprintInput(batchId);
    setAt(input, 'materials[0].supplierName', 'Supplier \u2067B\u2069');
    await refused('input.materials[0].supplierName', () => t.gql(RECORD_INPUTS, { input }, w.manufacturer.key));
    // Free text may hold them (a note in a right-to-left language): the evidence is not a name.
    setAt(input, 'materials[0].supplierName', 'Supplier B');
    setAt(input, 'materials[0].evidence', 'EPD \u2067عربي\u2069');
    expect((await t.gql(RECORD_INPUTS, { input }, w.manufacturer.key)).errors).toBeUndefined();
  });

  const batchInput = (dates: Record<string, unknown>) => ({
    input: {
      batchNumber: `B-DATES-${Math.random().toString(36).slice(2, 8)}`,
      modelId: w.model.id,
      plantId: w.plant.id,
      productionStart: '2026-03-01T00:00:00Z',
      productionEnd: '2026-03-15T00:00:00Z',
      ...dates,
    },
  });

  it.each([
    ['2026-02-30', /"2026-02-30" is not a calendar date/],
    ['2026-02-29T00:00:00Z', /is not a calendar date/],
    ['-000001-01-01', /is outside the accepted range 1990-01-01T00:00:00Z to 2100-12-31T23:59:59.999Z/],
    ['+275760-09-13T00:00:00Z', /is outside the accepted range/],
    ['1989-12-31T23:59:59Z', /is outside the accepted range/],
    ['2026-03-01', /is not an RFC 3339 date-time with seconds and an offset/],
  ])('a DateTime variable %s is refused naming input.productionStart, on every request of the document', async (value, reason) => {
    // The same document three times: graphql-js coerces the variables on the first and third,
    // graphql-jit compiles the document on the second.
    for (let i = 0; i < 3; i++) {
      const message = await refused('input.productionStart', () =>
        t.gql(REGISTER_BATCH, batchInput({ productionStart: value }), w.manufacturer.key),
      );
      expect(message).toMatch(reason);
    }
  });

  it('a DateTime literal is refused naming its path too', async () => {
    const doc = (start: string) =>
      `mutation { registerBatch(input: { batchNumber: "B-LIT-${start.length}", modelId: "${w.model.id}", plantId: "${w.plant.id}",
        productionStart: "${start}", productionEnd: "2026-03-15T00:00:00Z" }) { id } }`;
    expect(await refused('input.productionStart', () => t.gql(doc('2026-02-30'), {}, w.manufacturer.key))).toBe(
      'input.productionStart: "2026-02-30" is not a calendar date',
    );
    await refused('input.productionStart', () => t.gql(doc('+275760-09-13T00:00:00Z'), {}, w.manufacturer.key));
    await refused('at', () => t.gql(`{ unitAt(serial: "C-1", at: "2026-02-29T00:00:00Z") { unit { serial } } }`, {}, w.manufacturer.key));
    await refused('at', () => t.gql(UNIT_AT, { s: 'C-1', at: '-000001-01-01' }, w.manufacturer.key));
    await refused('at', () => t.gql(UNIT_AT, { s: 'C-1', at: 1781425800000 }, w.manufacturer.key));
  });

  it('valid dates are taken and answered exactly as before (UTC, milliseconds)', async () => {
    const r = await t.gql<{ registerBatch: { productionStart: string; productionEnd: string } }>(
      REGISTER_BATCH,
      batchInput({ productionStart: '2026-03-01T08:00:00+08:00', productionEnd: '2026-03-15T00:00:00.5Z' }),
      w.manufacturer.key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.registerBatch).toMatchObject({ productionStart: '2026-03-01T00:00:00.000Z', productionEnd: '2026-03-15T00:00:00.500Z' });
  });

  it('the bulk unit upload refuses a lone surrogate or a bidi override in a serial, naming the line', async () => {
    const before = await t.snapshot();
    const ndjson = `{"serial":"P-1","kind":"PACK"}\n{"serial":"C-${LONE}","kind":"CELL","parentSerial":"P-1"}\n`;
    const res = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'application/x-ndjson' },
      body: ndjson,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'line 2: serial' });
    expect(body.error.message).toContain('lone UTF-16 surrogate');
    const csv = await t.http(`/batches/${batchId}/units`, {
      method: 'POST',
      key: w.manufacturer.key,
      headers: { 'content-type': 'text/csv' },
      body: 'serial,kind\nP-1,PACK\nP-\u202e2,PACK\n',
    });
    expect(csv.status).toBe(400);
    expect(((await csv.json()) as { error: { field: string } }).error.field).toBe('line 3: serial');
    expect(await t.snapshot()).toEqual(before);
  });

  it('after all of it the server still answers', async () => {
    const health = await t.http('/health');
    expect(health.status).toBe(200);
    const r = await t.gql<{ registerBatch: { id: string } }>(REGISTER_BATCH, batchInput({}), w.manufacturer.key);
    expect(r.errors).toBeUndefined();
  });
});
