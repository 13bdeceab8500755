import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
  batchWithInputs,
  data,
  footprintInputsInput,
  newCalculatedFootprint,
  newDeclaredFootprint,
  recordMarchEnergy,
} from '../support/footprints';
import { ISSUE_FIELDS, newCertifier, REQUEST, requestAndIssue } from './certificates.fixtures';
import { LFP_CAR_PACK, newBatch, newModel, newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { containerNumber, CREATE_SHIPMENT, glecFactorId, newPackedBatch, sailingInput } from '../support/shipments';
import { startTestApp, TestApp } from '../support/test-app';
import { isErrorReason } from '../../src/common/error-reasons';
import { demoModelPassportValues } from '../../src/demo/demo-passport';

/**
 * Mutation fuzzing (issue #12 item 6: no internal error reachable by a caller). The mutations and
 * the type of every input field come from the schema, read by introspection over HTTP. For each
 * mutation a valid input is built in one world (administrator, manufacturer, certifier,
 * forwarder, buyer); then each fuzz shape replaces one field at a time: an empty, malformed or
 * unknown id, null for a required field, a value of the wrong type, an unknown extra field,
 * 1e308, 5e-324, -1, a lone surrogate, a control character, 30 February. Every case must be
 * answered by a typed error (never INTERNAL_SERVER_ERROR), change nothing in the database (row
 * count and checksum of every table), and leave /health answering. After its cases, the valid
 * input itself is sent once and must succeed: the cases were refused for their fuzzed field,
 * not for a broken base input. Every error of a case also carries a stable reason of
 * src/common/error-reasons.ts in `extensions.reason` (docs/error-reasons.md).
 *
 * What "unchanged" leaves out: api_keys.last_used_at (written when a key authenticates, on every
 * request, rejected or not). The audit log is compared: a rejected mutation must not append to it.
 */
const TYPED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED']);
/** Columns written by reading, not by mutations (see above). */
const VOLATILE_COLUMNS: Record<string, string[]> = { api_keys: ['last_used_at'] };
/** Field names whose negative values are meaningful, so -1 is a valid value there. */
const NEGATIVE_ALLOWED = new Set([
  'latitude',
  'longitude',
  'temperatureRangeIdleStateLowerBoundaryC',
  'temperatureRangeIdleStateUpperBoundaryC',
]);
const LONE_SURROGATE = '__FUZZ_LONE_SURROGATE__';

const uniq = () => randomBytes(4).toString('hex').toUpperCase();
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputField {
  name: string;
  type: TypeRef;
}
interface IntrospectedType {
  kind: string;
  name: string;
  fields: { name: string; args: InputField[] }[] | null;
  inputFields: InputField[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { mutationType { name } types { kind name
  fields { name args { name type { ${TYPE_REF} } } }
  inputFields { name type { ${TYPE_REF} } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const typeText = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeText(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeText(t.ofType!)}]` : t.name!;

type Path = (string | number)[];
interface Shape {
  name: string;
  /** The value sent in place of the field; `undefined` never happens (deletion is not a shape). */
  value: unknown;
}
interface FuzzCase {
  name: string;
  mutation: string;
  /** Builds the fuzzed arguments from a fresh valid base. */
  args: () => Record<string, unknown>;
  /** Text of the GraphQL document (an unknown argument changes it). */
  document: string;
}

/** The shapes for one leaf field of this named type; `required` adds null. */
function shapesFor(type: TypeRef, fieldName: string, required: boolean, enumValues: boolean): Shape[] {
  const out: Shape[] = [];
  if (required) out.push({ name: 'null', value: null });
  const t = named(type);
  if (enumValues) {
    out.push({ name: 'unknown enum value', value: 'NOT_A_MEMBER' }, { name: 'wrong type (number)', value: 3 });
    return out;
  }
  switch (t.name) {
    case 'ID':
      out.push(
        { name: 'empty id', value: '' },
        { name: 'non-UUID id', value: 'not-a-uuid' },
        { name: 'unknown UUID', value: randomUUID() },
        { name: 'wrong type (object)', value: { id: 1 } },
      );
      break;
    case 'String':
      out.push(
        { name: 'wrong type (object)', value: { text: 'x' } },
        { name: 'wrong type (number)', value: 12 },
        { name: 'lone surrogate', value: LONE_SURROGATE },
        { name: 'control character', value: 'fuzz\u0001text' },
      );
      break;
    case 'Float':
    case 'Int':
      out.push({ name: 'wrong type (string)', value: '12' }, { name: '1e308', value: 1e308 }, { name: '5e-324', value: 5e-324 });
      if (!NEGATIVE_ALLOWED.has(fieldName)) out.push({ name: '-1', value: -1 });
      break;
    case 'Boolean':
      out.push({ name: 'wrong type (string)', value: 'yes' });
      break;
    case 'DateTime':
      out.push(
        { name: '30 February', value: '2026-02-30T00:00:00Z' },
        { name: 'not a date', value: 'yesterday' },
        { name: 'wrong type (object)', value: { at: 1 } },
      );
      break;
    default:
      out.push({ name: 'wrong type (object)', value: { x: 1 } });
  }
  return out;
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let o = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]] = value;
}
function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o === null || o === undefined ? undefined : (o as Record<string | number, unknown>)[k]), root);
}

interface MutationSpec {
  /** The API key that may run it (null: the administrator). */
  key: () => string;
  /** A fresh valid argument object (fresh names and codes on every call). */
  args: () => Record<string, unknown>;
}

describe('mutation fuzz: every mutation answers typed errors and changes nothing', () => {
  let t: TestApp;
  let types: Map<string, IntrospectedType>;
  let mutations: IntrospectedType['fields'];
  const specs = new Map<string, MutationSpec>();
  let snapshotSql: string;

  /**
   * One statement: row count and MD5 of every table's rows (as JSON, without the volatile columns).
   * The hash is over the sorted rows, so a row that changed anywhere changes it.
   */
  const snapshot = async (): Promise<Record<string, string>> => {
    const rows: { t: string; n: number; h: string }[] = await t.db.query(snapshotSql);
    return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
  };

  const send = async (document: string, variables: Record<string, unknown>, key: string) => {
    // JSON.stringify would escape a lone surrogate anyway; it is written into the body text here,
    // as the escape a client sends, so that the server's JSON parser makes it.
    const body = JSON.stringify({ query: document, variables }).split(`"${LONE_SURROGATE}"`).join('"\\ud800"');
    const res = await t.http('/graphql', { method: 'POST', key, headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    let json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string; reason?: unknown } }[] } =
      {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      /* an answer that is not JSON is reported below */
    }
    return { status: res.status, json, text };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const intro = await t.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECTION }),
    });
    const schema = ((await intro.json()) as { data: { __schema: { mutationType: { name: string }; types: IntrospectedType[] } } }).data
      .__schema;
    types = new Map(schema.types.map((x) => [x.name, x]));
    mutations = types.get(schema.mutationType.name)!.fields!;

    const tables: { relname: string }[] = await t.db.query(
      `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname`,
    );
    snapshotSql = tables
      .map(({ relname }) => {
        const drop = (VOLATILE_COLUMNS[relname] ?? []).map((c) => ` - '${c}'`).join('');
        return `SELECT '${relname}' AS t, count(*)::int AS n, md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS h
                  FROM (SELECT (to_jsonb(x)${drop})::text AS r FROM "${relname}" x) y`;
      })
      .join('\nUNION ALL\n');

    // The world every valid input refers to.
    const w: World = await newWorld(t);
    await recordMarchEnergy(t, w);
    const [marchPeriod]: { id: string }[] = await t.db.query(`SELECT id FROM park_energy_periods WHERE park_id = $1`, [w.park.id]);
    const certifier = await newCertifier(t);
    const certifier2 = await newCertifier(t);
    const forwarder = await newOrganization(t, 'FORWARDER');
    const forwarder2 = await newOrganization(t, 'FORWARDER');
    const buyer: OrgHandle = await newOrganization(t, 'BUYER');
    const M = () => w.manufacturer.key;
    const A = () => t.adminKey;
    const C = () => certifier.key;

    const fpToRequest = await newDeclaredFootprint(t, w);
    const fpPending = await newDeclaredFootprint(t, w);
    const toIssue = data(
      await t.gql<{ requestCertification: { id: string } }>(
        REQUEST,
        { input: { footprintId: fpPending.footprintId, certifierId: certifier.id } },
        M(),
      ),
    ).requestCertification.id;
    const toRefuse = data(
      await t.gql<{ requestCertification: { id: string } }>(
        REQUEST,
        { input: { footprintId: fpPending.footprintId, certifierId: certifier2.id } },
        M(),
      ),
    ).requestCertification.id;
    const certToSuspend = await requestAndIssue(t, w, certifier, (await newDeclaredFootprint(t, w)).footprintId);
    const certToRevoke = await requestAndIssue(t, w, certifier, (await newDeclaredFootprint(t, w)).footprintId);

    const toCalculate = await batchWithInputs(t, w);
    const calculated = (await newCalculatedFootprint(t, w)).footprintId;
    const withoutInputs = await newBatch(t, w, { declaredPackCount: 2 });
    const toAmend = await newBatch(t, w, { declaredPackCount: 2 });
    const forUnits = await newBatch(t, w, { declaredPackCount: 100 });
    // A model whose public mandatory model data is recorded: publishModelPassport's gate passes.
    const toPublish = await newModel(t, w.manufacturer);
    data(
      await t.gql(
        `mutation($input: RecordModelPassportDataInput!) { recordModelPassportData(input: $input) { version } }`,
        {
          input: {
            modelId: toPublish.id,
            // Every model-level attribute battrace records: the gate asks for all the public mandatory ones.
            values: demoModelPassportValues({ name: 'Fuzz Car Pack', ...LFP_CAR_PACK }),
          },
        },
        M(),
      ),
    );
    // publishBatchPassport's gate: a batch of that model with a declared footprint, the model's version 1 published.
    const toPublishBatch = (
      await newDeclaredFootprint(t, w, {
        batchId: (await newBatch(t, w, { modelId: toPublish.id, declaredPackCount: 2, declaredModuleCount: 8, declaredCellCount: 96 })).id,
      })
    ).batchId;
    data(
      await t.gql(
        `mutation($input: PublishModelPassportInput!) { publishModelPassport(input: $input) { seq } }`,
        { input: { modelId: toPublish.id } },
        M(),
      ),
    );

    // setBatteryModelGtin needs a manufacturer with a GS1 company prefix and a model of its own.
    const gs1Maker = data(
      await t.gql<{ createOrganization: { organization: { id: string }; apiKey: string } }>(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } apiKey } }`,
        { input: { kind: 'MANUFACTURER', name: `fuzz gs1 maker ${uniq()}`, country: 'CN', gs1CompanyPrefix: '9506000' } },
        A(),
      ),
    ).createOrganization;
    const G = () => gs1Maker.apiKey;
    const toGtin = await newModel(t, { id: gs1Maker.organization.id, name: 'fuzz gs1 maker', kind: 'MANUFACTURER', key: gs1Maker.apiKey });

    const units = await newPackedBatch(t, w, 5);
    const [repackTarget]: { id: string }[] = await t.db.query(`SELECT id FROM units WHERE serial = $1`, [`${units.prefix}-P4-M0`]);

    const glec = await glecFactorId(t);
    let containerSerial = 1;
    const freshContainer = () => containerNumber('FZU', containerSerial++);
    const shipped = await newPackedBatch(t, w, 2);
    const c0 = freshContainer();
    const shipment = data(
      await t.gql<{ createShipment: { id: string } }>(
        CREATE_SHIPMENT,
        {
          input: sailingInput({
            consigneeId: buyer.id,
            glecFactorId: glec,
            forwarderIds: [forwarder.id],
            containers: [{ containerNumber: c0, sealNumber: 'SEAL-F0', sizeType: '45G1', grossMassKg: 2000 }],
            cargoLines: [{ batchId: shipped.id, containerNumber: c0, packCount: 2, grossMassKg: 1200 }],
          }),
        },
        M(),
      ),
    ).createShipment;
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const booked = data(
      await t.gql<{ recordShipmentEvent: { events: { id: string; type: string }[] } }>(
        `mutation($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { events { id type } } }`,
        { input: { shipmentId: shipment.id, type: 'BOOKED', occurredAt: hoursAgo(3), place: 'Ordos booking office' } },
        M(),
      ),
    ).recordShipmentEvent.events[0];
    const toShip = await newPackedBatch(t, w, 50);

    const extraKey = data(
      await t.gql<{ createApiKey: { key: { id: string } } }>(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key { id } } }`,
        { input: { organizationId: buyer.id, name: 'to revoke' } },
        A(),
      ),
    ).createApiKey.key.id;

    const grantToRevoke = data(
      await t.gql<{ grantPassportAccess: { id: string } }>(
        `mutation($input: GrantPassportAccessInput!) { grantPassportAccess(input: $input) { id } }`,
        { input: { granteeOrganizationId: buyer.id, modelId: w.model.id, reason: 'repair partner' } },
        M(),
      ),
    ).grantPassportAccess.id;

    const fleet = await newOrganization(t, 'FLEET_OPERATOR');
    const operationToRevoke = data(
      await t.gql<{ grantBatteryOperation: { id: string } }>(
        `mutation($input: GrantBatteryOperationInput!) { grantBatteryOperation(input: $input) { id } }`,
        { input: { operatorOrganizationId: fleet.id, serial: `${units.prefix}-P3`, reason: 'fleet contract' } },
        M(),
      ),
    ).grantBatteryOperation.id;

    const input = (v: Record<string, unknown>) => ({ input: v });
    const put = (name: string, key: () => string, args: () => Record<string, unknown>) => specs.set(name, { key, args });

    put('addEmissionFactor', A, () =>
      input({
        code: `FUZZ-RAIL-${uniq()}`,
        kind: 'TRANSPORT',
        name: 'fuzz rail factor',
        value: 0.03,
        unit: 'kgCO2e/t-km',
        transportMode: 'RAIL',
        source: 'test input, not a published factor',
      }),
    );
    put('addPort', A, () =>
      input({
        locode: `DE${uniq()
          .replace(/[^A-Z]/g, 'Q')
          .slice(0, 3)}`,
        name: 'Fuzz port',
        region: 'EUROPE',
        latitude: 53.5,
        longitude: 8.5,
      }),
    );
    put('amendDeclaredCounts', M, () => input({ batchId: toAmend.id, declaredPackCount: 3, reason: 'recount at the plant' }));
    put('assignForwarder', M, () => input({ shipmentId: shipment.id, forwarderId: forwarder2.id }));
    // Declared before calculateFootprint's valid run makes a newer version.
    put('declareFootprint', M, () => input({ footprintId: calculated }));
    put('calculateFootprint', M, () => input({ batchId: toCalculate.batchId, rulesetId: 'EU_CFB_DRAFT_2024' }));
    put('correctParkEnergy', M, () =>
      input({
        periodId: marchPeriod.id,
        reason: 'meter reading corrected',
        totalKWh: 100_000,
        supplies: [
          { source: 'DIRECT_LINE', kWh: 70_000, meterIds: ['WIND-LINE-1'] },
          { source: 'GRID', kWh: 30_000 },
        ],
      }),
    );
    put('correctShipmentEvent', M, () =>
      input({
        shipmentId: shipment.id,
        eventId: booked.id,
        reason: 'booked an hour earlier',
        replacement: { type: 'BOOKED', occurredAt: hoursAgo(4), place: 'Ordos booking office' },
      }),
    );
    put('createApiKey', A, () => input({ organizationId: buyer.id, name: `fuzz ${uniq()}` }));
    put('createOrganization', A, () => input({ kind: 'BUYER', name: `fuzz buyer ${uniq()}`, country: 'DE' }));
    put('grantPassportAccess', M, () => input({ granteeOrganizationId: buyer.id, batchId: shipped.id, reason: 'recycling partner' }));
    put('revokePassportAccess', M, () => input({ grantId: grantToRevoke, reason: 'contract ended' }));
    put('grantBatteryOperation', M, () =>
      input({ operatorOrganizationId: fleet.id, serial: `${units.prefix}-P4`, reason: 'fleet contract' }),
    );
    put('revokeBatteryOperation', M, () => input({ grantId: operationToRevoke, reason: 'contract ended' }));
    put('createPark', A, () =>
      input({ code: `CN-FUZZ-${uniq()}`, name: `Fuzz park ${uniq()}`, country: 'CN', province: 'Inner Mongolia', gridRegion: 'CN-NM' }),
    );
    put('createShipment', M, () => {
      const c = freshContainer();
      return input(
        sailingInput({
          consigneeId: buyer.id,
          glecFactorId: glec,
          forwarderIds: [forwarder.id],
          containers: [{ containerNumber: c, sealNumber: 'SEAL-F1', sizeType: '45G1', grossMassKg: 2000 }],
          cargoLines: [{ batchId: toShip.id, containerNumber: c, packCount: 1, grossMassKg: 600 }],
        }),
      );
    });
    put('disassemble', M, () => input({ serial: `${units.prefix}-P0`, reason: 'pack opened for repair' }));
    put('issueCertificate', C, () => input({ requestId: toIssue, ...ISSUE_FIELDS }));
    put('markRecycled', M, () => input({ serial: `${units.prefix}-P1`, reason: 'handed to the recycler' }));
    put('markRepurposed', M, () => input({ serial: `${units.prefix}-P2`, status: 'REUSED', reason: 'stationary storage' }));
    put('recordFootprintInputs', M, () => input(footprintInputsInput(withoutInputs.id)));
    put('recordModelPassportData', M, () =>
      input({
        modelId: w.model.id,
        values: {
          renewableContentShare: 0.3,
          declarationOfConformity: {
            title: 'EU declaration of conformity',
            mediaType: 'application/pdf',
            sha256: 'ab'.repeat(32),
            sizeBytes: 1000,
          },
          // One of each nested input, so that their fields are fuzzed too.
          batteryMaterials: [{ name: 'Graphite', component: 'ANODE', massKg: 62, casNumber: '7782-42-5', criticalRawMaterial: true }],
          hazardousSubstanceImpacts: [
            {
              substanceName: 'Ethylene carbonate',
              casNumber: '96-49-1',
              hazardClass: 'EYE_DAMAGE_OR_IRRITATION',
              concentrationPercent: 3,
              component: 'ELECTROLYTE',
              impacts: ['Causes serious eye irritation'],
            },
          ],
          partNumbers: [{ partName: 'Battery module', partNumber: 'MOD-01' }],
          sparePartSources: [
            {
              supplierName: 'Parts GmbH',
              streetAddress: 'Industriestraße 12',
              postalCode: '38440',
              countryCode: 'DE',
              emailAddress: 'parts@parts.example.com',
              webAddress: 'https://parts.example.com/',
              partNumbers: ['MOD-01'],
            },
          ],
          initialInternalResistances: [
            { batteryComponent: 'PACK', resistanceOhm: 0.08 },
            { batteryComponent: 'CELL', resistanceOhm: 0.0005 },
          ],
          minimumVoltageV: 303,
          maximumVoltageV: 442,
        },
      }),
    );
    put('publishModelPassport', M, () => input({ modelId: toPublish.id, note: 'first placing on the market' }));
    put('publishBatchPassport', M, () => input({ batchId: toPublishBatch, note: 'placed on the market' }));
    put('recordParkEnergy', M, () =>
      input({
        parkId: w.park.id,
        periodStart: '2026-05-01',
        periodEnd: '2026-05-31',
        totalKWh: 50_000,
        supplies: [{ source: 'GRID', kWh: 50_000 }],
      }),
    );
    put('recordShipmentEvent', M, () =>
      input({ shipmentId: shipment.id, type: 'GATE_IN', occurredAt: hoursAgo(2), place: 'Tianjin Xingang gate', locode: 'CNTXG' }),
    );
    put(
      'refuseCertification',
      () => certifier2.key,
      () => input({ requestId: toRefuse, reasons: ['meter evidence missing'] }),
    );
    put('registerBatch', M, () =>
      input({
        batchNumber: `B-FUZZ-${uniq()}`,
        modelId: w.model.id,
        plantId: w.plant.id,
        productionStart: '2026-03-01T00:00:00Z',
        productionEnd: '2026-03-15T00:00:00Z',
        declaredPackCount: 1,
      }),
    );
    put('registerBatteryModel', M, () => input({ name: `Fuzz model ${uniq()}`, ...LFP_CAR_PACK }));
    put('setBatteryModelGtin', G, () => input({ modelId: toGtin.id, gtin: '9506000134352' }));
    put('registerPlant', M, () =>
      input({
        parkId: w.park.id,
        name: `Fuzz plant ${uniq()}`,
        address: 'Mengsu Economic Development Zone',
        latitude: 39.49,
        longitude: 109.97,
      }),
    );
    put('registerUnits', M, () =>
      input({ batchId: forUnits.id, units: [{ serial: `FZ-${uniq()}`, kind: 'PACK', producedAt: '2026-03-10T00:00:00Z' }] }),
    );
    put('repackUnits', M, () => input({ serials: [`${units.prefix}-P3-M0-C0`], parentId: `Unit:${repackTarget.id}`, reason: 'cell swap' }));
    put('requestCertification', M, () => input({ footprintId: fpToRequest.footprintId, certifierId: certifier.id, note: 'please verify' }));
    put('suspendCertificate', C, () => input({ certificateId: certToSuspend.id, reason: 'meter evidence under review' }));
    // After suspendCertificate's valid run: the certificate is suspended.
    put('reinstateCertificate', C, () => input({ certificateId: certToSuspend.id, reason: 'evidence checked' }));
    put('revokeCertificate', C, () => input({ certificateId: certToRevoke.id, reason: 'footprint found wrong' }));
    put('revokeApiKey', A, () => input({ keyId: extraKey }));
    put('rotateSigningKey', C, () => ({}));
    put('signAuditCheckpoint', A, () => ({}));
    // Last: its valid run queues background work.
    put('requestDisplacement', M, () => input({ scope: { batchId: fpToRequest.batchId }, vehicleClass: 'EU_CAR' }));
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** The document calling this mutation with its arguments as variables (and `extra` arguments written in). */
  function documentOf(mutation: string, extra?: string): string {
    const field = mutations!.find((f) => f.name === mutation)!;
    const decl = field.args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
    const call = [...field.args.map((a) => `${a.name}: $${a.name}`), ...(extra ? [extra] : [])].join(', ');
    return `mutation${decl ? `(${decl})` : ''} { ${mutation}${call ? `(${call})` : ''} { __typename } }`;
  }

  /** The fuzz cases of one mutation, from its introspected arguments and its valid base. */
  function casesOf(mutation: string): FuzzCase[] {
    const field = mutations!.find((f) => f.name === mutation)!;
    const spec = specs.get(mutation)!;
    const base = spec.args();
    const document = documentOf(mutation);
    const out: FuzzCase[] = [];
    const add = (where: string, shape: string, edit: (args: Record<string, unknown>) => void, doc = document) =>
      out.push({
        name: `${mutation} ${where} ${shape}`,
        mutation,
        document: doc,
        args: () => {
          const a = clone(spec.args());
          edit(a);
          return a;
        },
      });
    add('(arguments)', 'unknown extra argument', () => undefined, documentOf(mutation, 'fuzzExtra: 1'));

    const walk = (type: TypeRef, path: Path, fieldName: string) => {
      const required = type.kind === 'NON_NULL';
      const inner = required ? type.ofType! : type;
      const where = path
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
        .join('')
        .slice(1);
      const value = getAt(base, path);
      if (required) add(where, 'null', (a) => setAt(a, path, null));
      if (inner.kind === 'LIST') {
        if (Array.isArray(value) && value.length) walk(inner.ofType!, [...path, 0], fieldName);
        // Not a string: GraphQL coerces a single value into a list of one (spec §3.11).
        add(where, 'wrong type (boolean for a list)', (a) => setAt(a, path, true));
        return;
      }
      const t2 = types.get(named(inner).name!)!;
      if (t2.kind === 'INPUT_OBJECT') {
        if (value === undefined || value === null) return;
        add(where, 'unknown extra field', (a) => setAt(a, [...path, 'fuzzExtra'], 1));
        add(where, 'wrong type (string for an object)', (a) => setAt(a, path, 'x'));
        for (const f of t2.inputFields!) walk(f.type, [...path, f.name], f.name);
        return;
      }
      for (const s of shapesFor(inner, fieldName, false, t2.kind === 'ENUM')) add(where, s.name, (a) => setAt(a, path, s.value));
    };
    for (const a of field.args) walk(a.type, [a.name], a.name);
    return out;
  }

  it('every mutation of the schema has a valid input here', () => {
    expect(mutations!.map((m) => m.name).sort()).toEqual([...specs.keys()].sort());
  });

  /** Every case's outcome, by name: what the report and the failure message list. */
  const outcomes: { name: string; ok: boolean; outcome: string }[] = [];

  // One test per mutation (in the order above); each runs all its cases and names every failure.
  const ORDER = [
    'addEmissionFactor',
    'addPort',
    'amendDeclaredCounts',
    'assignForwarder',
    'declareFootprint',
    'calculateFootprint',
    'correctParkEnergy',
    'correctShipmentEvent',
    'createApiKey',
    'createOrganization',
    'createPark',
    'createShipment',
    'disassemble',
    'grantPassportAccess',
    'revokePassportAccess',
    'grantBatteryOperation',
    'revokeBatteryOperation',
    'issueCertificate',
    'markRecycled',
    'markRepurposed',
    'recordFootprintInputs',
    'recordModelPassportData',
    'publishModelPassport',
    'publishBatchPassport',
    'recordParkEnergy',
    'recordShipmentEvent',
    'refuseCertification',
    'registerBatch',
    'registerBatteryModel',
    'setBatteryModelGtin',
    'registerPlant',
    'registerUnits',
    'repackUnits',
    'requestCertification',
    'suspendCertificate',
    'reinstateCertificate',
    'revokeCertificate',
    'revokeApiKey',
    'rotateSigningKey',
    'signAuditCheckpoint',
    'requestDisplacement',
  ];
  it.each(ORDER)('%s: every fuzz case is a typed error and changes nothing; the valid input then succeeds', async (mutation) => {
    const spec = specs.get(mutation)!;
    const failures: string[] = [];
    let before = await snapshot();
    for (const c of casesOf(mutation)) {
      const r = await send(c.document, c.args(), spec.key());
      const codes = (r.json.errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
      const unreasoned = (r.json.errors ?? []).filter((e) => !isErrorReason(e.extensions?.reason));
      const after = await snapshot();
      const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
      let outcome: string;
      if (r.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) outcome = `internal error (${r.status}): ${r.text.slice(0, 200)}`;
      else if (!codes.length) outcome = `accepted${changed.length ? `, changed ${changed.join(', ')}` : ', nothing changed'}`;
      else if (!codes.every((x) => TYPED.has(x))) outcome = `untyped error ${codes.join(', ')}`;
      else if (changed.length) outcome = `${codes.join(', ')} but changed ${changed.join(', ')}`;
      else if (unreasoned.length) outcome = `${codes.join(', ')} without a known reason: ${JSON.stringify(unreasoned[0]).slice(0, 200)}`;
      else outcome = (r.json.errors ?? []).map((e) => `${e.extensions?.code} ${String(e.extensions?.reason)}`).join(', ');
      const ok = codes.length > 0 && codes.every((x) => TYPED.has(x)) && changed.length === 0 && unreasoned.length === 0 && r.status < 500;
      outcomes.push({ name: c.name, ok, outcome });
      if (!ok) failures.push(`${c.name}: ${outcome}`);
      if (changed.length) before = after;
    }
    const health = await t.http('/health');
    expect(health.status).toBe(200);
    // The control: the valid input itself, sent once. It always runs (later mutations rely on what
    // it makes, e.g. a suspended certificate to reinstate); it is judged only when no fuzz case was
    // accepted, since an accepted case may already have done what it does.
    const control = await send(documentOf(mutation), spec.args(), spec.key());
    expect(failures).toEqual([]);
    expect({ mutation, errors: control.json.errors }).toEqual({ mutation, errors: undefined });
  });

  afterAll(() => {
    if (process.env.FUZZ_REPORT) {
      writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(outcomes, null, 1));
    }
  });
});
