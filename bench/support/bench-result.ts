/**
 * What every benchmark returns: one measured value beside the baseline it is compared with.
 * run-all.ts prints each as `name: value unit (baseline: value unit, ratio: x)`.
 */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: { value: number; unit: string; what: string };
  /** value / baseline.value */
  ratio: number;
  /** Anything else worth keeping in latest.json (sizes, error counts, settings). */
  details?: Record<string, unknown>;
}

export interface Bench {
  run(): Promise<BenchResult[]>;
}

export function result(
  name: string,
  value: number,
  unit: string,
  baseline: BenchResult['baseline'],
  details?: Record<string, unknown>,
): BenchResult {
  return { name, value, unit, baseline, ratio: baseline.value === 0 ? Number.NaN : value / baseline.value, details };
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) || Math.abs(n) >= 100) return String(Math.round(n));
  return String(Number(n.toPrecision(3)));
}

export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return String(r);
  return Math.abs(r) >= 10 ? r.toFixed(1) : r.toFixed(2);
}

export function formatLine(r: BenchResult): string {
  return `${r.name}: ${formatNumber(r.value)} ${r.unit} (baseline: ${formatNumber(r.baseline.value)} ${r.baseline.unit}, ratio: ${formatRatio(r.ratio)})`;
}

/** Progress notes go to stderr so that stdout holds only the result lines. */
export function note(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
