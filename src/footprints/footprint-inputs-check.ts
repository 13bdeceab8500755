import { badInput } from '../common/errors';
import { BOUNDS, QuantityBound } from '../common/physical-bounds';
import {
  optionalName,
  optionalQuantity,
  optionalText,
  requireCountry,
  requireId,
  requireName,
  requirePositive,
  requireQuantity,
  requireText,
} from '../common/validate';
import type { FactorKind } from '../emission-factors/factor-kinds';
import { invalidDqrCriterion } from './data-quality';
import type { BatchInputs } from './footprint-document';
import type { RecordFootprintInputsInput } from './dto/record-footprint-inputs.input';

/**
 * Validates recorded footprint inputs before anything is written (BAD_USER_INPUT naming the
 * field). Parts may be missing (the calculation lists what is still needed); parts that are given
 * must be whole. Factor and supplier ids are returned for the service to check in one query.
 */
export const MAX_MATERIAL_LINES = 2000;
export const MAX_PROCESS_LINES = 200;

export interface FactorRef {
  id: string;
  path: string;
  kind: FactorKind;
}

export interface CheckedInputs {
  data: BatchInputs;
  factorRefs: FactorRef[];
  supplierRefs: { id: string; path: string }[];
}

/** Electricity that must be above zero (a metered or process energy line), within the site bound. */
const requirePositiveQuantity = (field: string, v: number, b: QuantityBound) => {
  requirePositive(field, v);
  requireQuantity(field, v, b);
};
const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

export function checkFootprintInputs(input: Omit<RecordFootprintInputsInput, 'batchId'>): CheckedInputs {
  const factorRefs: FactorRef[] = [];
  const supplierRefs: { id: string; path: string }[] = [];

  optionalQuantity('input.outputEnergyKWh', input.outputEnergyKWh, BOUNDS.outputEnergyKWh);

  const materialsIn = input.materials ?? [];
  if (materialsIn.length > MAX_MATERIAL_LINES)
    throw badInput('input.materials', `at most ${MAX_MATERIAL_LINES} lines, got ${materialsIn.length}`);
  const materials = materialsIn.map((m, i) => {
    const at = `input.materials[${i}]`;
    const material = requireName(`${at}.material`, m.material, 200);
    requireQuantity(`${at}.massKg`, m.massKg, BOUNDS.materialMassKg);
    const recycledShare = m.recycledShare ?? 0;
    requireQuantity(`${at}.recycledShare`, recycledShare, BOUNDS.share);
    const factorId = given(m.factorId) ? requireId(`${at}.factorId`, m.factorId) : null;
    const declared = given(m.declaredKgCo2ePerKg) ? m.declaredKgCo2ePerKg : null;
    if ((factorId === null) === (declared === null)) {
      throw badInput(at, 'give either factorId (a MATERIAL factor row) or declaredKgCo2ePerKg with its evidence, not both or neither');
    }
    let evidence = optionalText(`${at}.evidence`, m.evidence, 2000);
    if (declared !== null) {
      requireQuantity(`${at}.declaredKgCo2ePerKg`, declared, BOUNDS.kgCo2ePerKg);
      if (!evidence) throw badInput(`${at}.evidence`, 'a declared kg CO2e per kg needs its evidence (EPD, supplier PCF, ...)');
    } else {
      factorRefs.push({ id: factorId!, path: `${at}.factorId`, kind: 'MATERIAL' });
      evidence = evidence ?? null;
    }
    const supplierOrganizationId = given(m.supplierOrganizationId)
      ? requireId(`${at}.supplierOrganizationId`, m.supplierOrganizationId)
      : null;
    if (supplierOrganizationId) supplierRefs.push({ id: supplierOrganizationId, path: `${at}.supplierOrganizationId` });
    return {
      material,
      supplierName: optionalName(`${at}.supplierName`, m.supplierName, 200),
      supplierOrganizationId,
      originCountry: requireCountry(`${at}.originCountry`, m.originCountry),
      massKg: m.massKg,
      factorId,
      declaredKgCo2ePerKg: declared,
      evidence,
      recycledShare,
    };
  });

  let electricity: BatchInputs['electricity'] = null;
  if (given(input.electricity)) {
    const e = input.electricity;
    const metered = given(e.meteredKWh);
    const allocated = given(e.plantMeteredKWh) || given(e.plantOutputEnergyKWh);
    if (metered === allocated) {
      throw badInput(
        'input.electricity',
        'give either meteredKWh, or plantMeteredKWh with plantOutputEnergyKWh to allocate by output energy',
      );
    }
    if (metered) requirePositiveQuantity('input.electricity.meteredKWh', e.meteredKWh!, BOUNDS.siteElectricityKWh);
    else {
      if (!given(e.plantMeteredKWh)) throw badInput('input.electricity.plantMeteredKWh', 'is needed to allocate the plant electricity');
      if (!given(e.plantOutputEnergyKWh))
        throw badInput('input.electricity.plantOutputEnergyKWh', 'is needed to allocate the plant electricity');
      requirePositiveQuantity('input.electricity.plantMeteredKWh', e.plantMeteredKWh, BOUNDS.siteElectricityKWh);
      requireQuantity('input.electricity.plantOutputEnergyKWh', e.plantOutputEnergyKWh, BOUNDS.outputEnergyKWh);
    }
    const meterIds = (e.meterIds ?? []).map((id, j) => requireName(`input.electricity.meterIds[${j}]`, id, 64));
    electricity = {
      meteredKWh: metered ? e.meteredKWh! : null,
      plantMeteredKWh: metered ? null : e.plantMeteredKWh!,
      plantOutputEnergyKWh: metered ? null : e.plantOutputEnergyKWh!,
      meterIds,
    };
  }

  const processIn = input.processEnergy ?? [];
  if (processIn.length > MAX_PROCESS_LINES) throw badInput('input.processEnergy', `at most ${MAX_PROCESS_LINES} lines`);
  const processEnergy = processIn.map((p, i) => {
    const at = `input.processEnergy[${i}]`;
    requirePositiveQuantity(`${at}.energyKWh`, p.energyKWh, BOUNDS.siteElectricityKWh);
    const factorId = given(p.factorId) ? requireId(`${at}.factorId`, p.factorId) : null;
    const declared = given(p.declaredKgCo2ePerKWh) ? p.declaredKgCo2ePerKWh : null;
    if ((factorId === null) === (declared === null))
      throw badInput(at, 'give either factorId (a PROCESS_ENERGY factor row) or declaredKgCo2ePerKWh');
    const evidence = optionalText(`${at}.evidence`, p.evidence, 2000);
    if (declared !== null) {
      requireQuantity(`${at}.declaredKgCo2ePerKWh`, declared, BOUNDS.kgCo2ePerKWh);
      if (!evidence) throw badInput(`${at}.evidence`, 'a declared factor needs its evidence');
    } else factorRefs.push({ id: factorId!, path: `${at}.factorId`, kind: 'PROCESS_ENERGY' });
    return { name: requireName(`${at}.name`, p.name, 200), energyKWh: p.energyKWh, factorId, declaredKgCo2ePerKWh: declared, evidence };
  });

  let endOfLife: BatchInputs['endOfLife'] = null;
  if (given(input.endOfLife)) {
    const e = input.endOfLife;
    const factorId = given(e.factorId) ? requireId('input.endOfLife.factorId', e.factorId) : null;
    const declared = given(e.declaredKgCo2e) ? e.declaredKgCo2e : null;
    if ((factorId === null) === (declared === null))
      throw badInput('input.endOfLife', 'give either factorId (an END_OF_LIFE factor row) or declaredKgCo2e');
    const evidence = optionalText('input.endOfLife.evidence', e.evidence, 2000);
    if (declared !== null) {
      requireQuantity('input.endOfLife.declaredKgCo2e', declared, BOUNDS.kgCo2eTotal);
      if (!evidence) throw badInput('input.endOfLife.evidence', 'a declared end-of-life value needs its evidence');
    } else factorRefs.push({ id: factorId!, path: 'input.endOfLife.factorId', kind: 'END_OF_LIFE' });
    endOfLife = { factorId, declaredKgCo2e: declared, evidence };
  }

  let distributionEstimate: BatchInputs['distributionEstimate'] = null;
  if (given(input.distributionEstimate)) {
    requireQuantity('input.distributionEstimate.kgCo2e', input.distributionEstimate.kgCo2e, BOUNDS.kgCo2eTotal);
    distributionEstimate = {
      kgCo2e: input.distributionEstimate.kgCo2e,
      basis: requireText('input.distributionEstimate.basis', input.distributionEstimate.basis, 2000),
    };
  }

  let declaredFullEquivalentCycles: BatchInputs['declaredFullEquivalentCycles'] = null;
  if (given(input.declaredFullEquivalentCycles)) {
    requireQuantity(
      'input.declaredFullEquivalentCycles.cyclesPerYear',
      input.declaredFullEquivalentCycles.cyclesPerYear,
      BOUNDS.fullEquivalentCyclesPerYear,
    );
    declaredFullEquivalentCycles = {
      cyclesPerYear: input.declaredFullEquivalentCycles.cyclesPerYear,
      justification: requireText(
        'input.declaredFullEquivalentCycles.justification',
        input.declaredFullEquivalentCycles.justification,
        2000,
      ),
    };
  }

  let dataQuality: BatchInputs['dataQuality'] = null;
  if (given(input.dataQuality)) {
    const d = { teR: input.dataQuality.teR, geR: input.dataQuality.geR, tiR: input.dataQuality.tiR, p: input.dataQuality.p };
    const bad = invalidDqrCriterion(d);
    if (bad) throw badInput(`input.dataQuality.${bad}`, `must be from 1 (best) to 5, got ${d[bad]}`);
    dataQuality = d;
  }

  let offsets: BatchInputs['offsets'] = null;
  if (given(input.offsets)) {
    requireQuantity('input.offsets.kgCo2e', input.offsets.kgCo2e, BOUNDS.kgCo2eTotal);
    offsets = { kgCo2e: input.offsets.kgCo2e, scheme: requireText('input.offsets.scheme', input.offsets.scheme, 200) };
  }

  return {
    data: {
      outputEnergyKWh: given(input.outputEnergyKWh) ? input.outputEnergyKWh : null,
      materials,
      electricity,
      processEnergy,
      endOfLife,
      distributionEstimate,
      declaredFullEquivalentCycles,
      dataQuality,
      offsets,
    },
    factorRefs,
    supplierRefs,
  };
}
