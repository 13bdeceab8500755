/**
 * The DISTRIBUTION stage of a batch while its packs ship in several consignments:
 *
 *   DISTRIBUTION = Σ recorded transport of the shipments so far
 *                + estimate × (packs not yet shipped / packs of the batch)
 *
 * The recorded part is the transport emissions allocated to the batch per shipment (GLEC
 * Framework v3 / ISO 14083, computed by the shipment feature); the estimate is the
 * manufacturer's declared DISTRIBUTION for the whole batch, counted pro rata for the packs that
 * have not shipped. Once every pack has shipped the estimate part is 0 and the stage is recorded
 * transport only. Each part is reported apart, labelled.
 */
export type DistributionPartKind = 'RECORDED_TRANSPORT' | 'ESTIMATE_UNSHIPPED';

export interface DistributionPart {
  part: DistributionPartKind;
  kgCo2e: number;
  /** packs the part covers */
  packs: number;
  basis: string;
}

export interface DistributionSplit {
  kgCo2e: number;
  /** true while an estimate is part of the figure */
  isEstimate: boolean;
  basis: string;
  packsTotal: number;
  packsShipped: number;
  parts: DistributionPart[];
}

export interface DistributionSplitInput {
  /** packs of the batch (registered, else declared); > 0 */
  packsTotal: number;
  transport: { co2eKg: number; packCount: number }[];
  estimate: { kgCo2e: number; basis: string } | null;
}

export class MissingEstimateError extends Error {}

export function splitDistribution(x: DistributionSplitInput): DistributionSplit {
  if (!(x.packsTotal > 0)) throw new RangeError('packsTotal must be greater than 0');
  let recordedKg = 0;
  let shippedRaw = 0;
  for (const t of x.transport) {
    recordedKg += t.co2eKg;
    shippedRaw += t.packCount;
  }
  const packsShipped = Math.min(shippedRaw, x.packsTotal);
  const unshipped = x.packsTotal - packsShipped;
  const parts: DistributionPart[] = [];
  if (x.transport.length > 0) {
    parts.push({
      part: 'RECORDED_TRANSPORT',
      kgCo2e: recordedKg,
      packs: packsShipped,
      basis: `transport emissions recorded for the batch (${x.transport.length} row(s), GLEC / ISO 14083): ${packsShipped} of ${x.packsTotal} packs shipped`,
    });
  }
  if (unshipped > 0) {
    if (!x.estimate) throw new MissingEstimateError(`${unshipped} of ${x.packsTotal} packs have not shipped and no estimate is declared`);
    parts.push({
      part: 'ESTIMATE_UNSHIPPED',
      kgCo2e: (x.estimate.kgCo2e * unshipped) / x.packsTotal,
      packs: unshipped,
      basis: `declared estimate ${x.estimate.kgCo2e} kg CO2e for ${x.packsTotal} packs, pro rata for the ${unshipped} not yet shipped (${x.estimate.basis})`,
    });
  }
  const kgCo2e = parts.reduce((a, p) => a + p.kgCo2e, 0);
  return {
    kgCo2e,
    isEstimate: unshipped > 0,
    basis: parts.map((p) => p.basis).join('; '),
    packsTotal: x.packsTotal,
    packsShipped,
    parts,
  };
}
