import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { containerCheckDigit } from '../src/shipments/iso6346';
import { TransportEmissionsService } from '../src/shipments/transport-emissions.service';
import { BenchResult, note, result } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { ChildServer, healthReady, startServer } from './support/child-server';
import { apiEnv, BenchWorld, createWorld, gql, newAdminKey, registerBatch } from './support/world';

/**
 * createShipment over real HTTP against an API child process on its own database: a shipment of
 * 100 containers and 500 cargo lines (10 batches, one pack per line) in one mutation, beside the
 * same shipment at a tenth of the size (10 containers, 50 lines). Then the transport emission
 * computation and allocation is run in-process on a 500-line and a 50-line shipment with every
 * SQL statement counted: the count must not depend on the number of lines.
 * Issue 4 target: <= 500 ms for 100 containers / 500 lines.
 */
const RUNS = Number(process.env.BENCH_SHIPMENT_RUNS ?? 5);
const BATCHES = 10;
const BIG = { containers: 100, lines: 500 };
const SMALL = { containers: 10, lines: 50 };
const TARGET_MS = 500;
const PACKS_PER_BATCH = Math.ceil(((RUNS + 1) * (BIG.lines + SMALL.lines)) / BATCHES);

const CREATE = `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { id transportCo2eKg } }`;

let containerSerial = 0;
/** A fresh, valid ISO 6346 number (check digit computed by the domain function). */
function nextContainer(): string {
  const first = `BNCU${String(containerSerial++).padStart(6, '0')}`;
  return first + String(containerCheckDigit(first));
}

async function uploadPacks(url: string, world: BenchWorld, batchId: string, prefix: string, packs: number): Promise<void> {
  const body =
    Array.from({ length: packs }, (_, p) => `{"serial":"${prefix}-P${String(p).padStart(5, '0')}","kind":"PACK"}`).join('\n') + '\n';
  const res = await fetch(`${url}/batches/${batchId}/units`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${world.manufacturerKey}` },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  if (res.status !== 200) throw new Error(`unit upload answered ${res.status}: ${await res.text()}`);
}

function shipmentInput(size: { containers: number; lines: number }, batchIds: string[], consigneeId: string, seaFactorId: string) {
  const tag = randomBytes(5).toString('hex').toUpperCase();
  const containers = Array.from({ length: size.containers }, (_, i) => ({
    containerNumber: nextContainer(),
    sealNumber: `SEAL-${tag}-${i}`,
    sizeType: '45G1',
    grossMassKg: 30_000,
  }));
  return {
    reference: `BENCH-${tag}`,
    billOfLadingNumber: `COSU${tag}`,
    incoterm: 'FOB Tianjin Incoterms 2020',
    consigneeId,
    vesselName: 'Bench Vessel',
    vesselImo: 'IMO 9319466',
    voyageNumber: '001W',
    portOfLoading: 'CNTXG',
    portOfDischarge: 'NLRTM',
    dangerousGoods: { unNumber: 'UN3480', un383TestSummary: 'bench' },
    containers,
    // Bench inputs, not real-world figures: 400 kg per line, distances and the rail factor made up.
    cargoLines: Array.from({ length: size.lines }, (_, i) => ({
      batchId: batchIds[i % batchIds.length],
      containerNumber: containers[i % containers.length].containerNumber,
      packCount: 1,
      grossMassKg: 400,
    })),
    legs: [
      {
        mode: 'RAIL',
        from: 'Ordos',
        to: 'CNTXG',
        distanceKm: 1000,
        distanceSource: 'bench input',
        factorOverride: { value: 0.02, unit: 'KG_CO2E_PER_TONNE_KM', source: 'bench input' },
      },
      {
        mode: 'SEA',
        from: 'CNTXG',
        to: 'NLRTM',
        distanceKm: 18_520,
        distanceSource: 'bench input',
        routing: 'SUEZ',
        factorId: seaFactorId,
      },
    ],
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeCreates(
  url: string,
  key: string,
  size: { containers: number; lines: number },
  make: () => ReturnType<typeof shipmentInput>,
): Promise<{ ms: number[]; ids: string[] }> {
  const ms: number[] = [];
  const ids: string[] = [];
  for (let r = 0; r <= RUNS; r++) {
    const input = make();
    const t0 = performance.now();
    const d = await gql<{ createShipment: { id: string } }>(url, CREATE, { input }, key);
    const elapsed = performance.now() - t0;
    ids.push(d.createShipment.id);
    if (r > 0) ms.push(elapsed); // run 0 warms up
    note(`shipment: ${size.containers} containers / ${size.lines} lines in ${elapsed.toFixed(0)} ms${r === 0 ? ' (warm-up)' : ''}`);
  }
  return { ms, ids };
}

/** Statements issued by the emission computation and allocation of one stored shipment. */
async function countStatements(ds: DataSource, shipmentId: string): Promise<{ statements: number; ms: number }> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  let statements = 0;
  const original = qr.query.bind(qr);
  try {
    await qr.startTransaction();
    qr.query = ((...args: Parameters<typeof original>) => {
      statements++;
      return original(...args);
    }) as typeof qr.query;
    const t0 = performance.now();
    await new TransportEmissionsService().computeAndRecord(qr.manager, shipmentId);
    const ms = performance.now() - t0;
    qr.query = original;
    await qr.rollbackTransaction();
    return { statements, ms };
  } finally {
    qr.query = original;
    await qr.release();
  }
}

export async function run(): Promise<BenchResult[]> {
  const databaseUrl = freshDatabaseUrl();
  const adminKey = newAdminKey();
  let api: ChildServer | null = null;
  let ds: DataSource | null = null;
  try {
    note(`shipment: starting the API on ${databaseUrl.replace(/.*\//, '')}`);
    api = await startServer({ name: 'api', script: 'dist/src/main.js', env: apiEnv(databaseUrl, adminKey), ready: healthReady });
    const world = await createWorld(api.url, adminKey);
    const buyer = await gql<{ createOrganization: { organization: { id: string } } }>(
      api.url,
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
      { input: { kind: 'BUYER', name: `Bench Buyer ${randomBytes(3).toString('hex')}`, country: 'NL' } },
      adminKey,
    );
    const consigneeId = buyer.createOrganization.organization.id;
    const factors = await gql<{ emissionFactors: { nodes: { id: string; unit: string }[] } }>(
      api.url,
      `{ emissionFactors(filter: { kind: TRANSPORT, code: "GLEC-V3.1-SEA-CONTAINER-EUROPE-AFRICA-DRY" }) { nodes { id unit } } }`,
      {},
      null,
    );
    const seaFactorId = factors.emissionFactors.nodes[0].id;

    note(`shipment: ${BATCHES} batches of ${PACKS_PER_BATCH} packs`);
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const batchIds: string[] = [];
    for (let b = 0; b < BATCHES; b++) {
      const id = await registerBatch(api.url, world, `BENCH-${tag}-${b}`, { cells: 0, modules: 0, packs: PACKS_PER_BATCH });
      await uploadPacks(api.url, world, id, `SH${tag}B${b}`, PACKS_PER_BATCH);
      batchIds.push(id);
    }

    const small = await timeCreates(api.url, world.manufacturerKey, SMALL, () => shipmentInput(SMALL, batchIds, consigneeId, seaFactorId));
    const big = await timeCreates(api.url, world.manufacturerKey, BIG, () => shipmentInput(BIG, batchIds, consigneeId, seaFactorId));

    ds = new DataSource(buildDataSourceOptions(databaseUrl, { poolSize: 2 }));
    await ds.initialize();
    const s50 = await countStatements(ds, small.ids[small.ids.length - 1]);
    const s500 = await countStatements(ds, big.ids[big.ids.length - 1]);
    note(`shipment: emission computation ${s50.statements} statements for 50 lines, ${s500.statements} for 500 lines`);

    const bigMs = median(big.ms);
    const smallMs = median(small.ms);
    return [
      result(
        'shipment-create-100-containers-500-lines',
        bigMs,
        'ms',
        { value: smallMs, unit: 'ms', what: `the same shipment with ${SMALL.containers} containers / ${SMALL.lines} lines, same run` },
        {
          runs: big.ms,
          baselineRuns: small.ms,
          statistic: 'median over runs after one warm-up',
          target: `<= ${TARGET_MS} ms`,
          measuredOver: 'HTTP, client side',
        },
      ),
      result(
        'shipment-emission-statements-500-lines',
        s500.statements,
        'statements',
        { value: s50.statements, unit: 'statements', what: 'the same computation for a 50-line shipment' },
        { ms500Lines: s500.ms, ms50Lines: s50.ms, target: 'independent of the number of cargo lines (ratio 1)' },
      ),
    ];
  } finally {
    await ds?.destroy();
    await api?.stop();
    await dropDatabase(databaseUrl).catch((err) => note(`could not drop ${databaseUrl}: ${(err as Error).message}`));
  }
}
