"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
const node_crypto_1 = require("node:crypto");
const node_http_1 = require("node:http");
const node_stream_1 = require("node:stream");
const promises_1 = require("node:stream/promises");
const typeorm_1 = require("typeorm");
const unit_entity_1 = require("../src/batches/unit.entity");
const data_source_options_1 = require("../src/database/data-source-options");
const bench_result_1 = require("./support/bench-result");
const bench_db_1 = require("./support/bench-db");
const cpu_1 = require("./support/cpu");
const child_server_1 = require("./support/child-server");
const world_1 = require("./support/world");
/**
 * Bulk ingest over HTTP: 2,000 packs x 10 modules x 49 cells (1,002,000 units) streamed as NDJSON
 * to POST /batches/:id/units of a real API child process, against a TypeORM save()-per-unit loop
 * over a 10,020-unit sample on the same database in the same run. The child's resident memory is
 * sampled every 50 ms during the upload; the budget is 300 MB.
 */
const PACKS = Number(process.env.BENCH_INGEST_PACKS ?? 2000);
const MODULES_PER_PACK = 10;
const CELLS_PER_MODULE = 49;
const BASELINE_PACKS = Number(process.env.BENCH_BASELINE_PACKS ?? 20);
const RSS_BUDGET_MB = 300;
const UPLOAD_TIMEOUT_MS = 300_000;
const BASELINE_TIMEOUT_MS = 120_000;
const unitsIn = (packs) => packs * (1 + MODULES_PER_PACK * (1 + CELLS_PER_MODULE));
/** NDJSON generated pack by pack as the request asks for it: never more than one pack in memory. */
class UnitsNdjson extends node_stream_1.Readable {
    prefix;
    packs;
    bytes = 0;
    pack = 0;
    constructor(prefix, packs) {
        super({ highWaterMark: 1 << 16 });
        this.prefix = prefix;
        this.packs = packs;
    }
    _read() {
        while (this.pack < this.packs) {
            const chunk = Buffer.from(this.packLines(this.pack++), 'utf8');
            this.bytes += chunk.length;
            if (!this.push(chunk))
                return;
        }
        this.push(null);
    }
    packLines(p) {
        const pack = `${this.prefix}-P${p}`;
        let out = `{"serial":"${pack}","kind":"PACK"}\n`;
        for (let m = 0; m < MODULES_PER_PACK; m++) {
            const mod = `${pack}-M${m}`;
            out += `{"serial":"${mod}","kind":"MODULE","parentSerial":"${pack}"}\n`;
            for (let c = 0; c < CELLS_PER_MODULE; c++)
                out += `{"serial":"${mod}-C${c}","kind":"CELL","parentSerial":"${mod}"}\n`;
        }
        return out;
    }
}
/** POSTs the stream; `sentMs` is when the last byte was handed to the socket (the server then finishes the work). */
async function upload(url, batchId, key, body) {
    const start = performance.now();
    let sentMs = 0;
    return new Promise((ok, fail) => {
        const req = (0, node_http_1.request)(`${url}/batches/${batchId}/units`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` } }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c) => (text += c));
            res.on('end', () => ok({ status: res.statusCode ?? 0, text, sentMs }));
            res.on('error', fail);
        });
        const timer = setTimeout(() => req.destroy(new Error(`upload took longer than ${UPLOAD_TIMEOUT_MS} ms`)), UPLOAD_TIMEOUT_MS);
        req.on('close', () => clearTimeout(timer));
        req.on('error', fail);
        req.on('finish', () => (sentMs = performance.now() - start));
        (0, promises_1.pipeline)(body, req).catch(fail);
    });
}
/** The baseline: one TypeORM `repo.save(entity)` per unit, parents set by id. */
async function saveLoop(databaseUrl, manufacturerId, batchId, prefix) {
    const ds = new typeorm_1.DataSource((0, data_source_options_1.buildDataSourceOptions)(databaseUrl, { poolSize: 2 }));
    await ds.initialize();
    try {
        const repo = ds.getRepository(unit_entity_1.UnitEntity);
        const deadline = Date.now() + BASELINE_TIMEOUT_MS;
        const save = async (kind, serial, parentId) => {
            if (Date.now() > deadline)
                throw new Error(`the save() loop took longer than ${BASELINE_TIMEOUT_MS} ms`);
            return repo.save(repo.create({ manufacturerId, batchId, kind, serial, parentId }));
        };
        let units = 0;
        const start = performance.now();
        for (let p = 0; p < BASELINE_PACKS; p++) {
            const pack = await save(3, `${prefix}-P${p}`, null);
            units++;
            for (let m = 0; m < MODULES_PER_PACK; m++) {
                const mod = await save(2, `${pack.serial}-M${m}`, pack.id);
                units++;
                for (let c = 0; c < CELLS_PER_MODULE; c++) {
                    await save(1, `${mod.serial}-C${c}`, mod.id);
                    units++;
                }
            }
        }
        return { units, seconds: (performance.now() - start) / 1000 };
    }
    finally {
        await ds.destroy();
    }
}
function sampleRss(server, everyMs) {
    let peakKb = 0;
    let samples = 0;
    const take = () => {
        const kb = server.rssKb();
        if (kb !== null) {
            samples++;
            peakKb = Math.max(peakKb, kb);
        }
    };
    take();
    const timer = setInterval(take, everyMs);
    return {
        stop() {
            clearInterval(timer);
            take();
            return { peakKb, samples };
        },
    };
}
async function run() {
    const databaseUrl = (0, bench_db_1.freshDatabaseUrl)();
    const adminKey = (0, world_1.newAdminKey)();
    let api = null;
    try {
        (0, bench_result_1.note)(`unit-ingest: starting the API on ${databaseUrl.replace(/.*\//, '')}`);
        api = await (0, child_server_1.startServer)({ name: 'api', script: 'dist/src/main.js', env: (0, world_1.apiEnv)(databaseUrl, adminKey), ready: child_server_1.healthReady });
        const world = await (0, world_1.createWorld)(api.url, adminKey);
        const tag = (0, node_crypto_1.randomBytes)(3).toString('hex').toUpperCase();
        const expected = { packs: PACKS, modules: PACKS * MODULES_PER_PACK, cells: PACKS * MODULES_PER_PACK * CELLS_PER_MODULE };
        const batchId = await (0, world_1.registerBatch)(api.url, world, `BENCH-${tag}-BULK`, expected);
        const baselineBatchId = await (0, world_1.registerBatch)(api.url, world, `BENCH-${tag}-SAVE`);
        (0, bench_result_1.note)(`unit-ingest: baseline, TypeORM save() per unit for ${unitsIn(BASELINE_PACKS)} units`);
        const base = await saveLoop(databaseUrl, world.manufacturerId, baselineBatchId, `SAVE${tag}`);
        const baseRate = base.units / base.seconds;
        (0, bench_result_1.note)(`unit-ingest: baseline ${base.units} units in ${base.seconds.toFixed(1)} s`);
        const total = unitsIn(PACKS);
        (0, bench_result_1.note)(`unit-ingest: streaming ${total} units as NDJSON to POST /batches/:id/units`);
        const idleRssKb = api.rssKb() ?? 0;
        const hwmReset = api.resetPeakRss();
        const body = new UnitsNdjson(`BULK${tag}`, PACKS);
        const sampler = sampleRss(api, 50);
        const cpuBefore = (0, cpu_1.cpuSnapshot)(api.pid);
        const start = performance.now();
        const res = await upload(api.url, batchId, world.manufacturerKey, body);
        const seconds = (performance.now() - start) / 1000;
        const rss = sampler.stop();
        const cpu = (0, cpu_1.cpuBetween)(cpuBefore, (0, cpu_1.cpuSnapshot)(api.pid));
        const hwmKb = hwmReset ? api.peakRssKb() : null;
        if (res.status !== 200)
            throw new Error(`upload answered ${res.status}: ${res.text.slice(0, 500)}`);
        const answer = JSON.parse(res.text);
        if (answer.received !== total || answer.inserted !== total)
            throw new Error(`upload answered ${res.text}, expected ${total} units inserted`);
        const counts = await (0, world_1.gql)(api.url, `query($id: ID!) { batch(id: $id) { unitCounts { cells modules packs } } }`, { id: batchId }, world.manufacturerKey);
        const c = counts.batch.unitCounts;
        if (c.cells !== expected.cells || c.modules !== expected.modules || c.packs !== expected.packs) {
            throw new Error(`batch holds ${JSON.stringify(c)} after the upload, expected ${JSON.stringify(expected)}`);
        }
        const rate = total / seconds;
        (0, bench_result_1.note)(`unit-ingest: ${total} units (${(body.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s (body sent after ${(res.sentMs / 1000).toFixed(1)} s); peak RSS ${(rss.peakKb / 1024).toFixed(0)} MB; ` +
            `CPU cores: API ${cpu.server}, generator ${cpu.bench}, postgres ${cpu.postgres}, machine ${cpu.machine}`);
        const budget = { value: RSS_BUDGET_MB, unit: 'MB', what: 'the memory budget of the API process during the upload (issue 2 targets)' };
        const results = [
            (0, bench_result_1.result)('unit-ingest-http', rate, 'units/s', { value: baseRate, unit: 'units/s', what: `TypeORM repo.save() per unit, ${base.units} units, same database, same run` }, {
                units: total,
                bytes: body.bytes,
                seconds,
                bodySentSeconds: res.sentMs / 1000,
                cpuCores: cpu,
                baselineUnits: base.units,
                baselineSeconds: base.seconds,
                target: '>= 100000 units/s, ratio >= 50',
            }),
            (0, bench_result_1.result)('unit-ingest-peak-rss', rss.peakKb / 1024, 'MB', budget, {
                samples: rss.samples,
                sampleEveryMs: 50,
                idleRssMb: idleRssKb / 1024,
                target: '< 300 MB',
            }),
        ];
        if (hwmKb !== null) {
            results.push((0, bench_result_1.result)('unit-ingest-peak-rss-vmhwm', hwmKb / 1024, 'MB', budget, { source: 'VmHWM after clear_refs, kernel-tracked peak' }));
        }
        return results;
    }
    finally {
        await api?.stop();
        await (0, bench_db_1.dropDatabase)(databaseUrl).catch((err) => (0, bench_result_1.note)(`could not drop ${databaseUrl}: ${err.message}`));
    }
}
//# sourceMappingURL=unit-ingest.bench.js.map