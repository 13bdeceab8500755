/**
 * What every benchmark returns. A bench file `bench/<name>.bench.ts` exports
 * `run(): Promise<BenchResult[]>`; bench/run-all.ts runs each in turn, prints one line per result
 * as `name: value unit (baseline: value unit, ratio: x)` and writes bench/results/latest.json.
 */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  baselineUnit?: string;
  /** value / baseline, or baseline / value for lower-is-better results: say which in `note`. */
  ratio: number;
  note?: string;
}

export function formatResult(r: BenchResult): string {
  const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));
  return `${r.name}: ${fmt(r.value)} ${r.unit} (baseline: ${fmt(r.baseline)} ${r.baselineUnit ?? r.unit}, ratio: ${r.ratio.toFixed(2)})`;
}
