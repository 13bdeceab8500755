import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench, BenchResult, formatLine, note } from './support/bench-result';
import { repoRoot } from './support/child-server';

/**
 * Runs every compiled `*.bench.js` beside this file, one after the other, prints each result as
 * `name: value unit (baseline: value unit, ratio: x)` and writes bench/results/latest.json.
 * Arguments filter the benches by name: `node dist/bench/run-all.js graphql` runs only
 * graphql-throughput.bench.js.
 */
const BENCH_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 10 * 60_000);

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  if (files.length === 0) throw new Error(`no *.bench.js in ${__dirname} matching ${filters.join(', ') || '*'}`);

  const started = new Date();
  const results: (BenchResult & { bench: string; line: string })[] = [];
  const failures: { bench: string; error: string }[] = [];
  for (const file of files) {
    const bench = basename(file, '.bench.js');
    note(`${bench}: running`);
    const t0 = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(__dirname, file)).href)) as Partial<Bench> & { default?: Partial<Bench> };
      const run = mod.run ?? mod.default?.run;
      if (typeof run !== 'function') throw new Error(`${file} exports no run()`);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`${bench} did not finish within ${BENCH_TIMEOUT_MS} ms`)), BENCH_TIMEOUT_MS);
      });
      const out = await Promise.race([run(), timeout]).finally(() => clearTimeout(timer));
      for (const r of out) {
        const line = formatLine(r);
        console.log(line);
        results.push({ bench, ...r, line });
      }
      note(`${bench}: done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      console.error(`${bench}: FAILED\n${error}`);
      failures.push({ bench, error });
    }
  }

  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  const cpu = cpus();
  const report = {
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? null,
      memoryMb: Math.round(totalmem() / 2 ** 20),
      os: `${process.platform} ${release()}`,
    },
    node: process.version,
    filters,
    results,
    failures,
  };
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  note(`results written to ${file}`);
  if (failures.length) process.exitCode = 1;
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
