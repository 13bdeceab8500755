import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { note } from './bench-result';

/** The repository root (where package.json lives), found from the compiled file's folder. */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bench'))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`cannot find the repository root above ${__dirname}`);
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every child started here, killed if the bench process exits without stopping them. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

export interface ChildServer {
  name: string;
  pid: number;
  url: string;
  /** Resident memory of the child now, in kB (VmRSS), or null once it has exited. */
  rssKb(): number | null;
  /** Peak resident memory (VmHWM) since start or since the last resetPeakRss(), in kB. */
  peakRssKb(): number | null;
  /** Resets VmHWM through /proc/<pid>/clear_refs; false if the kernel refused. */
  resetPeakRss(): boolean;
  /** The last lines the child wrote (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

function procStatus(pid: number, field: string): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export interface StartOptions {
  name: string;
  /** Script path relative to the repository root, e.g. dist/src/main.js. */
  script: string;
  env: Record<string, string>;
  /** Resolves true once the server answers; polled every 200 ms. */
  ready: (url: string) => Promise<boolean>;
  readyTimeoutMs?: number;
}

/** Starts `node <script>` as a child process on a free port and waits until it is ready. */
export async function startServer(opts: StartOptions): Promise<ChildServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const nodeArgs: string[] = [];
  // BENCH_CPU_PROF=1 writes a .cpuprofile per child (when it stops) into BENCH_CPU_PROF_DIR.
  if (process.env.BENCH_CPU_PROF === '1') {
    const dir = process.env.BENCH_CPU_PROF_DIR ?? join(tmpdir(), 'battrace-bench-profiles');
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${opts.name}.${Date.now()}.cpuprofile`);
    nodeArgs.push('--require', join(__dirname, 'exit-on-sigusr2.js'));
  }
  const child = spawn(process.execPath, [...nodeArgs, resolve(repoRoot(), opts.script)], {
    cwd: repoRoot(),
    env: { ...process.env, ...opts.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(chunk.toString('utf8'));
    if (tail.length > 50) tail.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.once('exit', () => live.delete(child));

  const server: ChildServer = {
    name: opts.name,
    pid: child.pid!,
    url,
    rssKb: () => procStatus(child.pid!, 'VmRSS'),
    peakRssKb: () => procStatus(child.pid!, 'VmHWM'),
    resetPeakRss: () => {
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    output: () => tail.join(''),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(process.env.BENCH_CPU_PROF === '1' ? 'SIGUSR2' : 'SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
      if (!done) {
        note(`${opts.name} did not stop within 15 s; killing it`);
        child.kill('SIGKILL');
        await Promise.race([exited, sleep(5_000)]);
      }
    },
  };

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${opts.name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${server.output()}`);
    }
    if (await opts.ready(url).catch(() => false)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${opts.name} was not ready within ${opts.readyTimeoutMs ?? 90_000} ms:\n${server.output()}`);
    }
    await sleep(200);
  }
}

/** Ready when GET /health answers 200 (PostgreSQL and Redis up). */
export const healthReady = async (url: string): Promise<boolean> =>
  (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).status === 200;
