import { randomBytes } from 'node:crypto';
import { newBatch, World } from './factories';
import type { TestApp } from './test-app';

/**
 * Shipment helpers for e2e tests: batches with real packs, a valid createShipment input, the
 * seeded GLEC factor. Container and IMO numbers here are the valid examples of docs/methods/identifiers.md or
 * numbers built with their check digit.
 */
export const SHIPMENT_FIELDS = `id reference billOfLadingNumber status incoterm vesselName vesselImo voyageNumber portOfLoading portOfDischarge
  hsCode cargoGrossMassKg teu transportCo2eKg shippedOnBoardAt departedAt arrivedAt deliveredAt
  dangerousGoods { unNumber dgClass un383TestSummary }
  containers { containerNumber sealNumber sizeType teu grossMassKg releasedAt }
  cargoLines { lineNo batchId containerNumber unitKind packCount unitCount firstSerial lastSerial grossMassKg transportCo2eKg batch { batchNumber status } }
  legs { legNo mode from to distanceKm distanceSource routing factorId factorOverride { value unit source } tonnes tonneKm kgCo2ePerTonneKm co2eKg factor { code version value unit } }
  forwarders { id }`;

export const CREATE_SHIPMENT = `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { ${SHIPMENT_FIELDS} } }`;
export const RECORD_EVENT = `mutation($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { id status events { seq type occurredAt } } }`;

const uniq = () => randomBytes(4).toString('hex').toUpperCase();

/** A batch with `packs` packs (each with one module of one cell), registered through the real bulk endpoint. */
export async function newPackedBatch(t: TestApp, w: World, packs: number): Promise<{ id: string; batchNumber: string; prefix: string }> {
  const batch = await newBatch(t, w, { declaredPackCount: packs });
  const prefix = `S${uniq()}`;
  const lines: string[] = [];
  for (let p = 0; p < packs; p++) {
    lines.push(JSON.stringify({ serial: `${prefix}-P${p}`, kind: 'PACK' }));
    lines.push(JSON.stringify({ serial: `${prefix}-P${p}-M0`, kind: 'MODULE', parentSerial: `${prefix}-P${p}` }));
    lines.push(JSON.stringify({ serial: `${prefix}-P${p}-M0-C0`, kind: 'CELL', parentSerial: `${prefix}-P${p}-M0` }));
  }
  const res = await t.http(`/batches/${batch.id}/units`, {
    method: 'POST',
    key: w.manufacturer.key,
    headers: { 'content-type': 'application/x-ndjson' },
    body: lines.join('\n') + '\n',
  });
  if (res.status !== 200) throw new Error(`unit upload failed: ${res.status} ${await res.text()}`);
  return { ...batch, prefix };
}

/** The GLEC v3.1 row of docs/methods/transport.md, seeded in the emission factor library by the footprints migration. */
export const GLEC_CODE = 'GLEC-V3.1-SEA-CONTAINER-EUROPE-AFRICA-DRY';

export async function glecFactorId(t: TestApp): Promise<string> {
  const r = await t.gql<{ emissionFactors: { nodes: { id: string; code: string }[] } }>(
    `query($code: String) { emissionFactors(filter: { kind: TRANSPORT, code: $code }) { nodes { id code } } }`,
    { code: GLEC_CODE },
  );
  const row = r.data?.emissionFactors.nodes.find((f) => f.code === GLEC_CODE);
  if (!row) throw new Error(`the seeded ${GLEC_CODE} factor is missing: ${JSON.stringify(r.errors)}`);
  return row.id;
}

/** ISO 6346 check digit (test-side copy of the rule, docs/methods/identifiers.md), to build fresh valid container numbers. */
export function containerNumber(owner: string, serial: number): string {
  const values: Record<string, number> = {};
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').reduce((v, c) => {
    if (v % 11 === 0) v++;
    values[c] = v;
    return v + 1;
  }, 10);
  const first = `${owner}U${String(serial).padStart(6, '0')}`;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (/[0-9]/.test(first[i]) ? Number(first[i]) : values[first[i]]) * 2 ** i;
  return first + String((sum % 11) % 10);
}

export interface SailingOptions {
  consigneeId: string;
  glecFactorId: string;
  cargoLines: {
    batchId: string;
    containerNumber: string;
    packCount?: number;
    unitCount?: number;
    unitKind?: string;
    grossMassKg: number;
  }[];
  containers?: { containerNumber: string; sealNumber: string; sizeType: string; grossMassKg: number }[];
  forwarderIds?: string[];
  overrides?: Record<string, unknown>;
}

/**
 * Ordos to Tianjin Xingang by rail, then Xingang to Rotterdam by sea via Suez. The rail factor
 * and both distances are test inputs, not real-world figures; the sea leg uses the seeded GLEC
 * factor of docs/methods/transport.md.
 */
export function sailingInput(o: SailingOptions): Record<string, unknown> {
  const id = uniq();
  return {
    reference: `EXP-${id}`,
    billOfLadingNumber: `COSU${id}`,
    incoterm: 'FOB Tianjin Incoterms 2020',
    consigneeId: o.consigneeId,
    notifyParty: 'Rotterdam customs broker',
    vesselName: 'CSCL Venus',
    vesselImo: 'IMO 9319466',
    voyageNumber: '051W',
    portOfLoading: 'CNTXG',
    portOfDischarge: 'NLRTM',
    dangerousGoods: { unNumber: 'UN3480', un383TestSummary: 'UN38.3-TS-2026-0042' },
    containers: o.containers ?? [
      { containerNumber: 'CSQU3054383', sealNumber: 'SEAL-A1', sizeType: '45G1', grossMassKg: 5200 },
      { containerNumber: 'ZEPU0037255', sealNumber: 'SEAL-B2', sizeType: '22G1', grossMassKg: 3000 },
    ],
    cargoLines: o.cargoLines,
    legs: [
      {
        mode: 'RAIL',
        from: 'Ordos, Mengsu Economic Development Zone',
        to: 'CNTXG',
        distanceKm: 1000,
        distanceSource: 'test input',
        factorOverride: { value: 0.02, unit: 'KG_CO2E_PER_TONNE_KM', source: 'test input, not a published factor' },
      },
      {
        mode: 'SEA',
        from: 'CNTXG',
        to: 'NLRTM',
        distanceNauticalMiles: 10000,
        distanceSource: 'test input',
        routing: 'SUEZ',
        factorId: o.glecFactorId,
      },
    ],
    forwarderIds: o.forwarderIds ?? [],
    ...o.overrides,
  };
}

/** A small RFC 4180 reader (quoted cells, doubled quotes, CRLF rows) for checking CSV answers. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}
