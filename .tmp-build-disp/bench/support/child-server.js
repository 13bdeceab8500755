"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.healthReady = void 0;
exports.repoRoot = repoRoot;
exports.freePort = freePort;
exports.startServer = startServer;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_net_1 = require("node:net");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const bench_result_1 = require("./bench-result");
/** The repository root (where package.json lives), found from the compiled file's folder. */
function repoRoot() {
    let dir = __dirname;
    for (let i = 0; i < 8; i++) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'package.json')) && (0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'bench')))
            return dir;
        dir = (0, node_path_1.dirname)(dir);
    }
    throw new Error(`cannot find the repository root above ${__dirname}`);
}
async function freePort() {
    return new Promise((ok, fail) => {
        const srv = (0, node_net_1.createServer)();
        srv.once('error', fail);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => ok(port));
        });
    });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Every child started here, killed if the bench process exits without stopping them. */
const live = new Set();
process.on('exit', () => {
    for (const c of live)
        if (c.exitCode === null && c.signalCode === null)
            c.kill('SIGKILL');
});
function procStatus(pid, field) {
    try {
        const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec((0, node_fs_1.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) : null;
    }
    catch {
        return null;
    }
}
/** Starts `node <script>` as a child process on a free port and waits until it is ready. */
async function startServer(opts) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const nodeArgs = [];
    // BENCH_CPU_PROF=1 writes a .cpuprofile per child (when it stops) into BENCH_CPU_PROF_DIR.
    if (process.env.BENCH_CPU_PROF === '1') {
        const dir = process.env.BENCH_CPU_PROF_DIR ?? (0, node_path_1.join)((0, node_os_1.tmpdir)(), 'battrace-bench-profiles');
        nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${opts.name}.${Date.now()}.cpuprofile`);
        nodeArgs.push('--require', (0, node_path_1.join)(__dirname, 'exit-on-sigusr2.js'));
    }
    const child = (0, node_child_process_1.spawn)(process.execPath, [...nodeArgs, (0, node_path_1.resolve)(repoRoot(), opts.script)], {
        cwd: repoRoot(),
        env: { ...process.env, ...opts.env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    const tail = [];
    const keep = (chunk) => {
        tail.push(chunk.toString('utf8'));
        if (tail.length > 50)
            tail.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const exited = new Promise((r) => child.once('exit', () => r()));
    child.once('exit', () => live.delete(child));
    const server = {
        name: opts.name,
        pid: child.pid,
        url,
        rssKb: () => procStatus(child.pid, 'VmRSS'),
        peakRssKb: () => procStatus(child.pid, 'VmHWM'),
        resetPeakRss: () => {
            try {
                (0, node_fs_1.writeFileSync)(`/proc/${child.pid}/clear_refs`, '5');
                return true;
            }
            catch {
                return false;
            }
        },
        output: () => tail.join(''),
        async stop() {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            child.kill(process.env.BENCH_CPU_PROF === '1' ? 'SIGUSR2' : 'SIGTERM');
            const done = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
            if (!done) {
                (0, bench_result_1.note)(`${opts.name} did not stop within 15 s; killing it`);
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
        if (await opts.ready(url).catch(() => false))
            return server;
        if (Date.now() > deadline) {
            await server.stop();
            throw new Error(`${opts.name} was not ready within ${opts.readyTimeoutMs ?? 90_000} ms:\n${server.output()}`);
        }
        await sleep(200);
    }
}
/** Ready when GET /health answers 200 (PostgreSQL and Redis up). */
const healthReady = async (url) => (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).status === 200;
exports.healthReady = healthReady;
//# sourceMappingURL=child-server.js.map