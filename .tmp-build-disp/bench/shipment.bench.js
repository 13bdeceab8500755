"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
const node_crypto_1 = require("node:crypto");
const typeorm_1 = require("typeorm");
const data_source_options_1 = require("../src/database/data-source-options");
const iso6346_1 = require("../src/shipments/iso6346");
const transport_emissions_service_1 = require("../src/shipments/transport-emissions.service");
const bench_result_1 = require("./support/bench-result");
const bench_db_1 = require("./support/bench-db");
const child_server_1 = require("./support/child-server");
const world_1 = require("./support/world");
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
function nextContainer() {
    const first = `BNCU${String(containerSerial++).padStart(6, '0')}`;
    return first + String((0, iso6346_1.containerCheckDigit)(first));
}
async function uploadPacks(url, world, batchId, prefix, packs) {
    const body = Array.from({ length: packs }, (_, p) => `{"serial":"${prefix}-P${String(p).padStart(5, '0')}","kind":"PACK"}`).join('\n') + '\n';
    const res = await fetch(`${url}/batches/${batchId}/units`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${world.manufacturerKey}` },
        body,
        signal: AbortSignal.timeout(60_000),
    });
    if (res.status !== 200)
        throw new Error(`unit upload answered ${res.status}: ${await res.text()}`);
}
function shipmentInput(size, batchIds, consigneeId, seaFactorId) {
    const tag = (0, node_crypto_1.randomBytes)(5).toString('hex').toUpperCase();
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
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timeCreates(url, key, size, make) {
    const ms = [];
    const ids = [];
    for (let r = 0; r <= RUNS; r++) {
        const input = make();
        const t0 = performance.now();
        const d = await (0, world_1.gql)(url, CREATE, { input }, key);
        const elapsed = performance.now() - t0;
        ids.push(d.createShipment.id);
        if (r > 0)
            ms.push(elapsed); // run 0 warms up
        (0, bench_result_1.note)(`shipment: ${size.containers} containers / ${size.lines} lines in ${elapsed.toFixed(0)} ms${r === 0 ? ' (warm-up)' : ''}`);
    }
    return { ms, ids };
}
/** Statements issued by the emission computation and allocation of one stored shipment. */
async function countStatements(ds, shipmentId) {
    const qr = ds.createQueryRunner();
    await qr.connect();
    let statements = 0;
    const original = qr.query.bind(qr);
    try {
        await qr.startTransaction();
        qr.query = ((...args) => {
            statements++;
            return original(...args);
        });
        const t0 = performance.now();
        await new transport_emissions_service_1.TransportEmissionsService().computeAndRecord(qr.manager, shipmentId);
        const ms = performance.now() - t0;
        qr.query = original;
        await qr.rollbackTransaction();
        return { statements, ms };
    }
    finally {
        qr.query = original;
        await qr.release();
    }
}
async function run() {
    const databaseUrl = (0, bench_db_1.freshDatabaseUrl)();
    const adminKey = (0, world_1.newAdminKey)();
    let api = null;
    let ds = null;
    try {
        (0, bench_result_1.note)(`shipment: starting the API on ${databaseUrl.replace(/.*\//, '')}`);
        api = await (0, child_server_1.startServer)({ name: 'api', script: 'dist/src/main.js', env: (0, world_1.apiEnv)(databaseUrl, adminKey), ready: child_server_1.healthReady });
        const world = await (0, world_1.createWorld)(api.url, adminKey);
        const buyer = await (0, world_1.gql)(api.url, `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`, { input: { kind: 'BUYER', name: `Bench Buyer ${(0, node_crypto_1.randomBytes)(3).toString('hex')}`, country: 'NL' } }, adminKey);
        const consigneeId = buyer.createOrganization.organization.id;
        const factors = await (0, world_1.gql)(api.url, `{ emissionFactors(filter: { kind: TRANSPORT, code: "GLEC-V3.1-SEA-CONTAINER-EUROPE-AFRICA-DRY" }) { id unit } }`, {}, null);
        const seaFactorId = factors.emissionFactors[0].id;
        (0, bench_result_1.note)(`shipment: ${BATCHES} batches of ${PACKS_PER_BATCH} packs`);
        const tag = (0, node_crypto_1.randomBytes)(3).toString('hex').toUpperCase();
        const batchIds = [];
        for (let b = 0; b < BATCHES; b++) {
            const id = await (0, world_1.registerBatch)(api.url, world, `BENCH-${tag}-${b}`, { cells: 0, modules: 0, packs: PACKS_PER_BATCH });
            await uploadPacks(api.url, world, id, `SH${tag}B${b}`, PACKS_PER_BATCH);
            batchIds.push(id);
        }
        const small = await timeCreates(api.url, world.manufacturerKey, SMALL, () => shipmentInput(SMALL, batchIds, consigneeId, seaFactorId));
        const big = await timeCreates(api.url, world.manufacturerKey, BIG, () => shipmentInput(BIG, batchIds, consigneeId, seaFactorId));
        ds = new typeorm_1.DataSource((0, data_source_options_1.buildDataSourceOptions)(databaseUrl, { poolSize: 2 }));
        await ds.initialize();
        const s50 = await countStatements(ds, small.ids[small.ids.length - 1]);
        const s500 = await countStatements(ds, big.ids[big.ids.length - 1]);
        (0, bench_result_1.note)(`shipment: emission computation ${s50.statements} statements for 50 lines, ${s500.statements} for 500 lines`);
        const bigMs = median(big.ms);
        const smallMs = median(small.ms);
        return [
            (0, bench_result_1.result)('shipment-create-100-containers-500-lines', bigMs, 'ms', { value: smallMs, unit: 'ms', what: `the same shipment with ${SMALL.containers} containers / ${SMALL.lines} lines, same run` }, {
                runs: big.ms,
                baselineRuns: small.ms,
                statistic: 'median over runs after one warm-up',
                target: `<= ${TARGET_MS} ms`,
                measuredOver: 'HTTP, client side',
            }),
            (0, bench_result_1.result)('shipment-emission-statements-500-lines', s500.statements, 'statements', { value: s50.statements, unit: 'statements', what: 'the same computation for a 50-line shipment' }, { ms500Lines: s500.ms, ms50Lines: s50.ms, target: 'independent of the number of cargo lines (ratio 1)' }),
        ];
    }
    finally {
        await ds?.destroy();
        await api?.stop();
        await (0, bench_db_1.dropDatabase)(databaseUrl).catch((err) => (0, bench_result_1.note)(`could not drop ${databaseUrl}: ${err.message}`));
    }
}
//# sourceMappingURL=shipment.bench.js.map