/**
 * Parts shown so that they add up to the total shown (docs/pages.md): every part and the total
 * are rounded to the same number of decimals, and the parts by the largest remainder method
 * (Hamilton): each part is first rounded down, then the units still missing from the rounded
 * total go, one each, to the parts that lost the most. Each shown part is then within one unit of
 * the last decimal of its true value, and the column adds up exactly. Pure.
 */
export interface RoundedParts {
  /** The parts, rounded (in the order given). */
  parts: number[];
  /** The total, rounded. */
  total: number;
  decimals: number;
  /** true when the shown parts add up to the shown total (false only when the parts' true sum is not the total). */
  addsUp: boolean;
}

export function roundParts(values: readonly number[], total: number, decimals: number): RoundedParts {
  const scale = 10 ** decimals;
  const totalUnits = Math.round(total * scale);
  const scaled = values.map((v) => v * scale);
  const floors = scaled.map((v) => Math.floor(v));
  const missing = totalUnits - floors.reduce((a, b) => a + b, 0);
  const plain = (): RoundedParts => ({
    parts: scaled.map((v) => Math.round(v) / scale),
    total: totalUnits / scale,
    decimals,
    addsUp: scaled.reduce((a, v) => a + Math.round(v), 0) === totalUnits,
  });
  // Only when the true parts add up to the total (within float error) can their rounding add up to it.
  const sum = values.reduce((a, b) => a + b, 0);
  const exact = Math.abs(sum - total) <= 1e-9 * Math.max(1, Math.abs(total));
  if (!values.every(Number.isFinite) || !Number.isFinite(total) || !exact || missing < 0 || missing > values.length) return plain();
  const order = scaled
    .map((v, i) => ({ i, remainder: v - floors[i] }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i)
    .slice(0, missing)
    .map((x) => x.i);
  const units = floors.map((f, i) => (order.includes(i) ? f + 1 : f));
  return { parts: units.map((u) => u / scale), total: totalUnits / scale, decimals, addsUp: true };
}
