import type { UnitKind } from '../units/unit-kind';
import { badInput } from '../common/errors';
import { BOUNDS, QuantityBound } from '../common/physical-bounds';
import { optionalName, optionalText, requireId, requireName, requirePositive, requireQuantity, requireText } from '../common/validate';
import { dgClassProblem, DG_CLASS, LITHIUM_UN_NUMBERS, LithiumUnNumber, parseUnNumber } from './dangerous-goods';
import { CreateShipmentInput, ShipmentLegInput } from './dto/shipment.inputs';
import { DEFAULT_HS_CODE, parseHsCode, parseTariffCode } from './hs-code';
import { parseImoNumber } from './imo-number';
import { parsePurchaseOrderNumber } from './purchase-order';
import { Incoterm, parseIncoterm } from './incoterms';
import { containerNumberProblem, normalizeContainerNumber, SIZE_TYPE_CODE, teuOfSizeType } from './iso6346';
import { FactorUnit, kmOfNauticalMiles, SeaRouting, TransportMode } from './transport-emissions';
import { parseUnLocode } from './un-locode';

/**
 * Everything about a createShipment input that can be checked without the database, each
 * failure a BAD_USER_INPUT naming the field. What needs the database (parties, ports, factor
 * rows, batches and what is still unshipped, open containers) is checked by the service.
 */
export const MAX_CONTAINERS = 1000;

/** What a transport factor override may be, by its unit. */
const TRANSPORT_FACTOR_BOUNDS: Record<FactorUnit, QuantityBound> = {
  KG_CO2E_PER_TONNE_KM: BOUNDS.kgCo2ePerTonneKm,
  KG_CO2E_PER_TEU_KM: BOUNDS.kgCo2ePerTeuKm,
};
export const MAX_CARGO_LINES = 5000;
export const MAX_LEGS = 20;
export const MAX_FORWARDERS = 10;
const BILL_OF_LADING = /^[A-Z]{2}[A-Z0-9]{4,22}$/;

export interface NormalizedContainer {
  containerNumber: string;
  sealNumber: string;
  sizeType: string;
  teu: number | null;
  grossMassKg: number;
}

export interface NormalizedCargoLine {
  batchId: string;
  containerIndex: number;
  unitKind: UnitKind;
  count: number;
  grossMassKg: number;
}

export interface NormalizedLeg {
  mode: TransportMode;
  from: string;
  to: string;
  distanceKm: number;
  distanceSource: string;
  routing: SeaRouting | null;
  factorId: string | null;
  override: { value: number; unit: FactorUnit; source: string } | null;
}

export interface NormalizedShipment {
  reference: string;
  billOfLadingNumber: string;
  purchaseOrderNumber: string | null;
  incoterm: Incoterm;
  shipper: string | null;
  consigneeId: string;
  notifyParty: string | null;
  vesselName: string;
  vesselImo: string;
  voyageNumber: string;
  portOfLoading: string;
  portOfDischarge: string;
  hsCode: string;
  tariffCode: string | null;
  goodsDescription: string;
  unNumber: LithiumUnNumber;
  dgClass: string;
  un383TestSummary: string;
  containers: NormalizedContainer[];
  cargoLines: NormalizedCargoLine[];
  legs: NormalizedLeg[];
  forwarderIds: string[];
  cargoGrossMassKg: number;
  /** Sum of the containers' TEU, or null when a container has a length with no TEU count. */
  teu: number | null;
}

function locode(field: string, raw: string): string {
  const p = parseUnLocode(raw);
  if (!p.ok) throw badInput(field, p.message);
  return p.code;
}

function listSize(field: string, n: number, min: number, max: number): void {
  if (n < min || n > max) throw badInput(field, `must hold ${min} to ${max} entries, got ${n}`);
}

export function normalizeShipmentInput(input: CreateShipmentInput): NormalizedShipment {
  const reference = requireName('input.reference', input.reference, 64);
  const billOfLadingNumber = requireText('input.billOfLadingNumber', input.billOfLadingNumber, 30).toUpperCase();
  if (!BILL_OF_LADING.test(billOfLadingNumber)) {
    throw badInput(
      'input.billOfLadingNumber',
      `"${billOfLadingNumber}" is not a bill of lading number (SCAC prefix and 4 to 22 letters or digits)`,
    );
  }
  const inc = parseIncoterm(requireText('input.incoterm', input.incoterm, 120));
  if (!inc.ok) throw badInput('input.incoterm', inc.message);
  const imo = parseImoNumber(requireText('input.vesselImo', input.vesselImo, 20));
  if (!imo.ok)
    throw badInput('input.vesselImo', imo.message, imo.expected === undefined ? undefined : { expectedCheckDigit: imo.expected });
  const portOfLoading = locode('input.portOfLoading', input.portOfLoading);
  const portOfDischarge = locode('input.portOfDischarge', input.portOfDischarge);
  if (portOfLoading === portOfDischarge) throw badInput('input.portOfDischarge', `must differ from the port of loading (${portOfLoading})`);
  const hs = parseHsCode(input.hsCode ?? DEFAULT_HS_CODE);
  if (!hs.ok) throw badInput('input.hsCode', hs.message);
  let tariffCode: string | null = null;
  if (input.tariffCode) {
    const t = parseTariffCode(input.tariffCode);
    if (!t.ok) throw badInput('input.tariffCode', t.message);
    if (!t.code.startsWith(hs.code.replace('.', ''))) throw badInput('input.tariffCode', `${t.code} does not extend HS code ${hs.code}`);
    tariffCode = t.code;
  }
  const un = parseUnNumber(input.dangerousGoods.unNumber);
  if (!un.ok) throw badInput('input.dangerousGoods.unNumber', un.message);
  const classProblem = dgClassProblem(input.dangerousGoods.dgClass);
  if (classProblem) throw badInput('input.dangerousGoods.dgClass', classProblem);
  const un383TestSummary = requireText('input.dangerousGoods.un383TestSummary', input.dangerousGoods.un383TestSummary, 300);

  listSize('input.containers', input.containers.length, 1, MAX_CONTAINERS);
  const containerIndex = new Map<string, number>();
  const containers = input.containers.map((c, i): NormalizedContainer => {
    const path = `input.containers[${i}]`;
    const containerNumber = normalizeContainerNumber(c.containerNumber);
    const problem = containerNumberProblem(containerNumber);
    if (problem) {
      throw badInput(
        `${path}.containerNumber`,
        problem.message,
        problem.kind === 'CHECK_DIGIT' ? { expectedCheckDigit: problem.expected } : undefined,
      );
    }
    if (containerIndex.has(containerNumber)) {
      throw badInput(
        `${path}.containerNumber`,
        `${containerNumber} is listed twice (also at input.containers[${containerIndex.get(containerNumber)}])`,
      );
    }
    containerIndex.set(containerNumber, i);
    const sizeType = requireText(`${path}.sizeType`, c.sizeType, 4).toUpperCase();
    if (!SIZE_TYPE_CODE.test(sizeType))
      throw badInput(`${path}.sizeType`, `"${sizeType}" is not an ISO 6346 size-type code such as 22G1 or 45G1`);
    requireQuantity(`${path}.grossMassKg`, c.grossMassKg, BOUNDS.containerGrossMassKg);
    return {
      containerNumber,
      sealNumber: requireName(`${path}.sealNumber`, c.sealNumber, 40),
      sizeType,
      teu: teuOfSizeType(sizeType),
      grossMassKg: c.grossMassKg,
    };
  });

  listSize('input.cargoLines', input.cargoLines.length, 1, MAX_CARGO_LINES);
  const cargoKgPerContainer = new Array<number>(containers.length).fill(0);
  const cargoLines = input.cargoLines.map((l, i): NormalizedCargoLine => {
    const path = `input.cargoLines[${i}]`;
    const batchId = requireId(`${path}.batchId`, l.batchId);
    const number = normalizeContainerNumber(l.containerNumber);
    const index = containerIndex.get(number);
    if (index === undefined) throw badInput(`${path}.containerNumber`, `${number.slice(0, 20)} is not one of this shipment's containers`);
    const packs = l.packCount ?? null;
    const units = l.unitCount ?? null;
    let unitKind: UnitKind;
    let count: number;
    if (packs !== null && units === null) {
      if (l.unitKind && l.unitKind !== 'PACK') throw badInput(`${path}.unitKind`, 'a packCount line carries packs; leave unitKind out');
      unitKind = 'PACK';
      count = packs;
    } else if (units !== null && packs === null) {
      if (l.unitKind !== 'CELL' && l.unitKind !== 'MODULE')
        throw badInput(`${path}.unitKind`, 'a unitCount line needs unitKind CELL or MODULE');
      unitKind = l.unitKind;
      count = units;
    } else {
      throw badInput(path, 'give either packCount, or unitCount with unitKind (loose cells or modules)');
    }
    requireQuantity(`${path}.${unitKind === 'PACK' ? 'packCount' : 'unitCount'}`, count, BOUNDS.shipmentUnitCount);
    requireQuantity(`${path}.grossMassKg`, l.grossMassKg, BOUNDS.cargoLineGrossMassKg);
    cargoKgPerContainer[index] += l.grossMassKg;
    return { batchId, containerIndex: index, unitKind, count, grossMassKg: l.grossMassKg };
  });
  cargoKgPerContainer.forEach((kg, i) => {
    if (kg > containers[i].grossMassKg) {
      throw badInput(
        `input.containers[${i}].grossMassKg`,
        `the cargo lines in ${containers[i].containerNumber} weigh ${kg} kg, more than the container's gross mass of ${containers[i].grossMassKg} kg`,
      );
    }
  });

  requireQuantity(
    'input.cargoLines',
    cargoKgPerContainer.reduce((a, kg) => a + kg, 0),
    BOUNDS.shipmentGrossMassKg,
  );

  listSize('input.legs', input.legs.length, 1, MAX_LEGS);
  const legs = input.legs.map((l, i) => normalizeLeg(l, i));
  const sea = legs.map((l, i) => ({ l, i })).filter(({ l }) => l.mode === 'SEA');
  if (sea.length === 0) throw badInput('input.legs', 'needs at least one SEA leg (from the port of loading to the port of discharge)');
  if (sea[0].l.from !== portOfLoading) {
    throw badInput(
      `input.legs[${sea[0].i}].from`,
      `the first sea leg must start at the port of loading ${portOfLoading}, not ${sea[0].l.from}`,
    );
  }
  const lastSea = sea[sea.length - 1];
  if (lastSea.l.to !== portOfDischarge) {
    throw badInput(
      `input.legs[${lastSea.i}].to`,
      `the last sea leg must end at the port of discharge ${portOfDischarge}, not ${lastSea.l.to}`,
    );
  }
  for (let k = 1; k < sea.length; k++) {
    if (sea[k].l.from !== sea[k - 1].l.to) {
      throw badInput(
        `input.legs[${sea[k].i}].from`,
        `sea legs must connect: this one starts at ${sea[k].l.from}, the one before ends at ${sea[k - 1].l.to}`,
      );
    }
  }

  const forwarderIds = [...new Set((input.forwarderIds ?? []).map((id, i) => requireId(`input.forwarderIds[${i}]`, id)))];
  if (forwarderIds.length > MAX_FORWARDERS) throw badInput('input.forwarderIds', `at most ${MAX_FORWARDERS} forwarders`);

  const teus = containers.map((c) => c.teu);
  return {
    reference,
    billOfLadingNumber,
    purchaseOrderNumber: parsePurchaseOrderNumber('input.purchaseOrderNumber', input.purchaseOrderNumber),
    incoterm: inc.value,
    shipper: optionalName('input.shipper', input.shipper, 300),
    consigneeId: requireId('input.consigneeId', input.consigneeId),
    notifyParty: optionalName('input.notifyParty', input.notifyParty, 300),
    vesselName: requireName('input.vesselName', input.vesselName, 100),
    vesselImo: imo.digits,
    voyageNumber: requireName('input.voyageNumber', input.voyageNumber, 40),
    portOfLoading,
    portOfDischarge,
    hsCode: hs.code,
    tariffCode,
    goodsDescription:
      optionalText('input.goodsDescription', input.goodsDescription, 500) ?? `${LITHIUM_UN_NUMBERS[un.unNumber]} (HS ${hs.code})`,
    unNumber: un.unNumber,
    dgClass: DG_CLASS,
    un383TestSummary,
    containers,
    cargoLines,
    legs,
    forwarderIds,
    cargoGrossMassKg: cargoLines.reduce((a, l) => a + l.grossMassKg, 0),
    teu: teus.every((t) => t !== null) ? teus.reduce((a: number, t) => a + t!, 0) : null,
  };
}

function normalizeLeg(l: ShipmentLegInput, i: number): NormalizedLeg {
  const path = `input.legs[${i}]`;
  const from = l.mode === 'SEA' ? locode(`${path}.from`, l.from) : requireName(`${path}.from`, l.from, 200);
  const to = l.mode === 'SEA' ? locode(`${path}.to`, l.to) : requireName(`${path}.to`, l.to, 200);
  const km = l.distanceKm ?? null;
  const nm = l.distanceNauticalMiles ?? null;
  if ((km === null) === (nm === null)) throw badInput(`${path}.distanceKm`, 'give the distance either in km or in nautical miles');
  if (km !== null) requireQuantity(`${path}.distanceKm`, km, BOUNDS.legDistanceKm);
  if (nm !== null) requireQuantity(`${path}.distanceNauticalMiles`, nm, BOUNDS.legDistanceNauticalMiles);
  const factorId = l.factorId !== null && l.factorId !== undefined ? requireId(`${path}.factorId`, l.factorId) : null;
  let override: NormalizedLeg['override'] = null;
  if (l.factorOverride) {
    requirePositive(`${path}.factorOverride.value`, l.factorOverride.value);
    requireQuantity(`${path}.factorOverride.value`, l.factorOverride.value, TRANSPORT_FACTOR_BOUNDS[l.factorOverride.unit]);
    override = {
      value: l.factorOverride.value,
      unit: l.factorOverride.unit,
      source: requireText(`${path}.factorOverride.source`, l.factorOverride.source, 500),
    };
  }
  const label = `leg ${i + 1} (${l.mode} ${from} → ${to})`;
  if (factorId === null && override === null) {
    throw badInput(
      path,
      `${label} has no emission factor: give a factorId (a transport emission factor row) or a factorOverride with its source; no default is assumed`,
    );
  }
  if (factorId !== null && override !== null) throw badInput(path, `${label}: give a factorId or a factorOverride, not both`);
  return {
    mode: l.mode,
    from,
    to,
    distanceKm: km ?? kmOfNauticalMiles(nm!),
    distanceSource: requireText(`${path}.distanceSource`, l.distanceSource, 300),
    routing: l.routing ?? null,
    factorId,
    override,
  };
}
