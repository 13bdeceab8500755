"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Preloaded into benchmark children when BENCH_CPU_PROF=1: SIGUSR2 ends the process through
 * process.exit, so that --cpu-prof writes its profile (a signal's default action would not).
 */
process.on('SIGUSR2', () => process.exit(0));
//# sourceMappingURL=exit-on-sigusr2.js.map