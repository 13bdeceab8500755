"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cpuSnapshot = cpuSnapshot;
exports.cpuBetween = cpuBetween;
const node_fs_1 = require("node:fs");
/**
 * CPU time accounting from /proc, to tell where a benchmark's time goes: the server child, the
 * bench process itself (the load generator), PostgreSQL, and the whole machine.
 */
const TICKS_PER_SECOND = 100; // USER_HZ on Linux
function processCpuSeconds(pid) {
    try {
        const stat = (0, node_fs_1.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name, which is in parentheses and may hold spaces.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime
    }
    catch {
        return 0;
    }
}
/** CPU seconds of each PostgreSQL process now (backends come and go; compare pid by pid). */
function postgresCpuSeconds() {
    const out = new Map();
    for (const entry of (0, node_fs_1.readdirSync)('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            if ((0, node_fs_1.readFileSync)(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
                out.set(Number(entry), processCpuSeconds(Number(entry)));
        }
        catch {
            // the process ended while we looked
        }
    }
    return out;
}
function machineCpu() {
    const line = (0, node_fs_1.readFileSync)('/proc/stat', 'utf8').split('\n')[0];
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = v[3] + (v[4] ?? 0);
    const total = v.reduce((a, b) => a + b, 0);
    return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}
function cpuSnapshot(serverPid) {
    const u = process.cpuUsage();
    return {
        at: performance.now(),
        server: processCpuSeconds(serverPid),
        bench: (u.user + u.system) / 1e6,
        postgres: postgresCpuSeconds(),
        machine: machineCpu(),
    };
}
/**
 * Cores used on average between two snapshots (1.0 = one core fully busy). PostgreSQL counts every
 * postgres process alive at the end (other databases' backends included); one that ended in
 * between is left out.
 */
function cpuBetween(a, b) {
    const wall = (b.at - a.at) / 1000;
    const r = (x) => Math.round((x / wall) * 100) / 100;
    return {
        serverSeconds: b.server - a.server,
        server: r(b.server - a.server),
        bench: r(b.bench - a.bench),
        postgres: r([...b.postgres].reduce((sum, [pid, t]) => sum + t - (a.postgres.get(pid) ?? 0), 0)),
        machine: r(b.machine.busy - a.machine.busy),
    };
}
//# sourceMappingURL=cpu.js.map