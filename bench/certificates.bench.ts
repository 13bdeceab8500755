import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { BenchResult } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import type { InProcessVerifyResult } from './support/certificate-verify-in-process';
import { healthReady, startServer } from './support/child-server';
import { cpuBetween, cpuSnapshot } from './support/cpu';
import { apiEnv, newAdminKey } from './support/world';

export async function run(): Promise<BenchResult[]> {
  return [...inProcess(), ...(await httpVerify())];
}

/**
 * Certificate verification in-process (issue 5 target: ≥ 5,000 credentials/s on one core and
 * ≥ 0.7× the raw node:crypto Ed25519 verify rate measured in the same run), and offline bundle
 * verification against a trust list (issue 11 target: ≥ 5,000 credentials/s on one core): runs
 * support/certificate-verify-in-process.js as a child pinned to one core with taskset (so
 * nothing, not even a thread pool, runs beside it), which measures both rates in one process.
 */
function inProcess(): BenchResult[] {
  const script = join(__dirname, 'support', 'certificate-verify-in-process.js');
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const cpu = pinned ? lastCpu() : null;
  const out = pinned
    ? execFileSync('taskset', ['-c', String(cpu), process.execPath, script], { encoding: 'utf8', timeout: 300_000 })
    : execFileSync(process.execPath, [script], { encoding: 'utf8', timeout: 300_000 });
  const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as InProcessVerifyResult;
  const online = {
    name: 'certificate verification, in-process, one core (parse, key, EdDSA signature, checks)',
    value: r.perSec,
    unit: 'credentials/s',
    baseline: { value: r.rawPerSec, unit: 'verifies/s', what: 'raw node:crypto Ed25519 verify of the same signatures' },
    ratio: r.perSec / r.rawPerSec,
    details: {
      note: `targets: ≥ 5000 credentials/s and ratio ≥ 0.7; ${r.credentials} distinct credentials, median of ${r.rounds} interleaved rounds`,
      pinnedToCpu: cpu ?? 'not pinned: taskset missing',
      roundsPerSec: r.roundsPerSec,
      roundsRawPerSec: r.roundsRawPerSec,
      joseCompactVerifyPerSec: Math.round(r.josePerSec),
    },
  };
  const offline: BenchResult = {
    name: 'offline bundle verification with a trust list, in-process, one core (anchors, EdDSA, status lists, freshness)',
    value: r.offlinePerSec,
    unit: 'credentials/s',
    baseline: { value: r.rawPerSec, unit: 'verifies/s', what: 'raw node:crypto Ed25519 verify of the same signatures' },
    ratio: r.offlinePerSec / r.rawPerSec,
    details: {
      note: `target (issue 11): ≥ 5000 credentials/s; ${r.credentials} bundles sharing two status snapshots, one OfflineVerifier, median of ${r.rounds} interleaved rounds`,
      pinnedToCpu: cpu ?? 'not pinned: taskset missing',
      roundsPerSec: r.roundsOfflinePerSec,
    },
  };
  return [online, offline];
}

function lastCpu(): number {
  const list = execFileSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
  const cpus = (/:\s*(.+)$/.exec(list.trim())?.[1] ?? '0').split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    return b === undefined ? [a] : [b];
  });
  return Math.max(...cpus);
}

/**
 * GET /verify/:id as JSON (issue 5 target: ≥ 2,000 requests/s) against the built API (dist/) as a
 * child process with the demo world (which holds one certificate, the batch certificate every
 * pack's QR code leads to); baseline: GET /health on the same server in the same run. Twice: as
 * configured by default (CERT_VERIFY_MEMO_ENTRIES=1000, so the repeated credential skips its
 * Ed25519 check), and with the memo off (CERT_VERIFY_MEMO_ENTRIES=0: every request verifies the
 * signature). Either way every request reads the certificate, status, key and supersession.
 */
async function httpVerify(): Promise<BenchResult[]> {
  return [await httpVerifyOnce('1000'), await httpVerifyOnce('0')];
}

async function httpVerifyOnce(memoEntries: string): Promise<BenchResult> {
  const databaseUrl = freshDatabaseUrl();
  const server = await startServer({
    name: 'api',
    script: 'dist/src/main.js',
    env: apiEnv(databaseUrl, newAdminKey(), { SEED_DEMO: 'true', CERT_VERIFY_MEMO_ENTRIES: memoEntries }),
    ready: healthReady,
  });
  try {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const [row] = (await db.query<{ id: string }>('SELECT id FROM certificates ORDER BY issued_at LIMIT 1')).rows;
    await db.end();
    if (!row) throw new Error('the demo world has no certificate');
    const check = (await (await fetch(`${server.url}/verify/${row.id}`, { headers: { accept: 'application/json' } })).json()) as {
      valid: boolean;
    };
    if (!check.valid) throw new Error(`the demo certificate does not verify: ${JSON.stringify(check)}`);
    const load = (path: string, duration: number) =>
      autocannon({ url: `${server.url}${path}`, headers: { accept: 'application/json' }, connections: 16, duration, timeout: 10 });
    await load(`/verify/${row.id}`, 3);
    const before = cpuSnapshot(server.pid);
    const verify = await load(`/verify/${row.id}`, 10);
    const cpu = cpuBetween(before, cpuSnapshot(server.pid));
    const health = await load('/health', 10);
    if (verify.non2xx + verify.errors > 0) throw new Error(`/verify answered ${verify.non2xx} non-2xx and ${verify.errors} errors`);
    return {
      name: memoEntries === '0' ? 'GET /verify/:id (JSON), signature memo off' : 'GET /verify/:id (JSON)',
      value: verify.requests.average,
      unit: 'req/s',
      baseline: { value: health.requests.average, unit: 'req/s', what: 'GET /health on the same server' },
      ratio: verify.requests.average / health.requests.average,
      details: {
        note: `target ≥ 2000 req/s; p50 ${verify.latency.p50} ms, p99 ${verify.latency.p99} ms, 16 connections; CERT_VERIFY_MEMO_ENTRIES=${memoEntries}`,
        serverCpuMicrosecondsPerRequest: Math.round((cpu.serverSeconds * 1e6) / verify.requests.total),
        coresUsed: { server: cpu.server, loadGenerator: cpu.bench, postgres: cpu.postgres, machine: cpu.machine },
      },
    };
  } finally {
    await server.stop();
    await dropDatabase(databaseUrl).catch(() => undefined);
  }
}
