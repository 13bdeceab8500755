import type { DayRange } from '../energy/period-coverage';
import type { BatchInputs } from './footprint-document';
import type { FactorRole } from './rulesets';

/**
 * What a footprint still needs before it can be calculated, every item at once (so that the
 * manufacturer fixes everything in one go). An empty list means the document is complete.
 */
export interface MissingItem {
  item: string;
  reason: string;
}

export interface CompletenessContext {
  batchNumber: string;
  inputs: BatchInputs | null;
  /** packs of the batch: registered, else declared */
  declaredPackCount: number;
  /** packs not yet on a shipment with recorded transport; null when the batch counts no packs */
  unshippedPacks?: number | null;
  model: { name: string; vehicleCategory: string | null };
  transportRowCount: number;
  parkCode: string;
  parkEnergyGaps: DayRange[];
  missingFactors: { role: FactorRole; code: string | null; country: string; rulesetId: string }[];
}

export function missingInputs(ctx: CompletenessContext): MissingItem[] {
  const out: MissingItem[] = [];
  const i = ctx.inputs;
  if (!i) out.push({ item: 'inputs', reason: `no footprint inputs are recorded for batch ${ctx.batchNumber} (recordFootprintInputs)` });
  if (!i?.materials.length) out.push({ item: 'inputs.materials', reason: 'at least one material line (mass and kg CO2e per kg)' });
  if (!i?.electricity) out.push({ item: 'inputs.electricity', reason: 'metered kWh for the batch, or the plant total to allocate' });
  if (!i?.endOfLife) out.push({ item: 'inputs.endOfLife', reason: 'an END_OF_LIFE factor row or a declared kg CO2e with its evidence' });
  if (ctx.transportRowCount === 0 && !i?.distributionEstimate) {
    out.push({ item: 'inputs.distributionEstimate', reason: 'no transport emissions are recorded for the batch yet: declare an estimate' });
  } else if ((ctx.unshippedPacks ?? 0) > 0 && !i?.distributionEstimate) {
    out.push({
      item: 'inputs.distributionEstimate',
      reason: `${ctx.unshippedPacks} of ${ctx.declaredPackCount} packs have not shipped yet: declare an estimate (counted pro rata for them)`,
    });
  }
  if (ctx.declaredPackCount <= 0 && (i?.outputEnergyKWh ?? null) === null) {
    out.push({ item: 'inputs.outputEnergyKWh', reason: `the batch declares and registers no packs: state its output energy in kWh` });
  }
  if (ctx.model.vehicleCategory === null && !i?.declaredFullEquivalentCycles) {
    out.push({
      item: 'inputs.declaredFullEquivalentCycles',
      reason: `model ${ctx.model.name} has no vehicle category: declare and justify its full equivalent cycles per year (docs/methods/footprint.md)`,
    });
  }
  for (const g of ctx.parkEnergyGaps) {
    out.push({
      item: 'parkEnergy',
      reason: `park ${ctx.parkCode} has no energy record for ${g.from === g.to ? g.from : `${g.from} .. ${g.to}`} (recordParkEnergy)`,
    });
  }
  for (const f of ctx.missingFactors) {
    out.push({
      item: 'emissionFactor',
      reason: f.code
        ? `no emission factor row ${f.code} (${f.role} electricity in ${f.country} under ${f.rulesetId})`
        : `ruleset ${f.rulesetId} names no ${f.role} electricity factor for country ${f.country}`,
    });
  }
  return out;
}
