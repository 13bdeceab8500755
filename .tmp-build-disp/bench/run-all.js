"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_url_1 = require("node:url");
const bench_result_1 = require("./support/bench-result");
const child_server_1 = require("./support/child-server");
/**
 * Runs every compiled `*.bench.js` beside this file, one after the other, prints each result as
 * `name: value unit (baseline: value unit, ratio: x)` and writes bench/results/latest.json.
 * Arguments filter the benches by name: `node dist/bench/run-all.js graphql` runs only
 * graphql-throughput.bench.js.
 */
const BENCH_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 10 * 60_000);
async function main() {
    const filters = process.argv.slice(2);
    const files = (0, node_fs_1.readdirSync)(__dirname)
        .filter((f) => f.endsWith('.bench.js'))
        .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
        .sort();
    if (files.length === 0)
        throw new Error(`no *.bench.js in ${__dirname} matching ${filters.join(', ') || '*'}`);
    const started = new Date();
    const results = [];
    const failures = [];
    for (const file of files) {
        const bench = (0, node_path_1.basename)(file, '.bench.js');
        (0, bench_result_1.note)(`${bench}: running`);
        const t0 = performance.now();
        try {
            const mod = (await import((0, node_url_1.pathToFileURL)((0, node_path_1.join)(__dirname, file)).href));
            const run = mod.run ?? mod.default?.run;
            if (typeof run !== 'function')
                throw new Error(`${file} exports no run()`);
            let timer;
            const timeout = new Promise((_, fail) => {
                timer = setTimeout(() => fail(new Error(`${bench} did not finish within ${BENCH_TIMEOUT_MS} ms`)), BENCH_TIMEOUT_MS);
            });
            const out = await Promise.race([run(), timeout]).finally(() => clearTimeout(timer));
            for (const r of out) {
                const line = (0, bench_result_1.formatLine)(r);
                console.log(line);
                results.push({ bench, ...r, line });
            }
            (0, bench_result_1.note)(`${bench}: done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
        }
        catch (err) {
            const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
            console.error(`${bench}: FAILED\n${error}`);
            failures.push({ bench, error });
        }
    }
    const dir = (0, node_path_1.join)((0, child_server_1.repoRoot)(), 'bench', 'results');
    (0, node_fs_1.mkdirSync)(dir, { recursive: true });
    const file = (0, node_path_1.join)(dir, 'latest.json');
    const cpu = (0, node_os_1.cpus)();
    const report = {
        date: started.toISOString(),
        durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
        machine: {
            cpus: cpu.length,
            cpuModel: cpu[0]?.model ?? null,
            memoryMb: Math.round((0, node_os_1.totalmem)() / 2 ** 20),
            os: `${process.platform} ${(0, node_os_1.release)()}`,
        },
        node: process.version,
        filters,
        results,
        failures,
    };
    (0, node_fs_1.writeFileSync)(file, JSON.stringify(report, null, 2) + '\n');
    (0, bench_result_1.note)(`results written to ${file}`);
    if (failures.length)
        process.exitCode = 1;
}
main()
    .catch((err) => {
    console.error(err);
    process.exitCode = 1;
})
    .finally(() => {
    // Benches close what they open; this only guards against a stray handle keeping us alive.
    setTimeout(() => process.exit(), 2_000).unref();
});
//# sourceMappingURL=run-all.js.map