import type { PassportAttributeKey } from './passport-attributes';

/**
 * A battery passport's attributes arranged as the Battery Pass data model 1.2 arranges them
 * (Battery Pass consortium, CC-BY-4.0; DIN DKE SPEC 99100): seven aspects, each with the field
 * names and nesting of its JSON schema. The input is the catalogue-keyed record battrace serves
 * (passport-attributes.ts), already filtered for the caller (filterPassport), so an attribute the
 * caller may not read is absent from its aspect, and an aspect with nothing readable is absent.
 * Pure: docs/battery-pass-data-model.md says which attribute goes where and what still diverges.
 */
export const BATTERY_PASS_ASPECTS = [
  'GeneralProductInformation',
  'CarbonFootprintForBatteries',
  'SupplyChainDueDiligence',
  'MaterialComposition',
  'Circularity',
  'PerformanceAndDurability',
  'Labeling',
] as const;
export type BatteryPassAspect = (typeof BATTERY_PASS_ASPECTS)[number];

export type BatteryPassDataModel = Partial<Record<BatteryPassAspect, Record<string, unknown>>>;

type Values = Readonly<Partial<Record<PassportAttributeKey, unknown>>>;
type Obj = Record<string, unknown>;

interface DocumentReference {
  sha256: string;
  mediaType: string;
  url?: string;
}

/** The data model's component names (`componentName`) for battrace's material components. */
const COMPONENT_NAME: Record<string, string> = {
  CATHODE: 'Cathode',
  ANODE: 'Anode',
  ELECTROLYTE: 'Electrolyte',
  SEPARATOR: 'Separator',
  CURRENT_COLLECTOR: 'Current collector',
  CASING: 'Casing',
  OTHER: 'Other',
};

/** The data model's hazard class names. */
const HAZARD_CLASS: Record<string, string> = {
  ACUTE_TOXICITY: 'AcuteToxicity',
  SKIN_CORROSION_OR_IRRITATION: 'SkinCorrosionOrIrritation',
  EYE_DAMAGE_OR_IRRITATION: 'EyeDamageOrIrritation',
};

/** Recycled content per material: the catalogue's eight shares as the data model's list. */
const RECYCLED_MATERIALS = [
  ['Cobalt', 'preConsumerRecycledCobaltShare', 'postConsumerRecycledCobaltShare'],
  ['Nickel', 'preConsumerRecycledNickelShare', 'postConsumerRecycledNickelShare'],
  ['Lithium', 'preConsumerRecycledLithiumShare', 'postConsumerRecycledLithiumShare'],
  ['Lead', 'preConsumerRecycledLeadShare', 'postConsumerRecycledLeadShare'],
] as const;

/** The four lifecycle stages (attributes 20 to 23), in the data model's order. */
const STAGES = [
  'carbonFootprintRawMaterialExtraction',
  'carbonFootprintMainProduction',
  'carbonFootprintDistribution',
  'carbonFootprintRecycling',
] as const;

/** The labels of the Labeling aspect and the catalogue attribute that holds each symbol. */
const LABELS = [
  ['SeparateCollection', 'separateCollectionSymbol'],
  ['HazardousMaterial', 'cadmiumAndLeadSymbols'],
  ['CarbonFootPrint', 'carbonFootprintLabel'],
] as const;

/**
 * The state of charge battrace's original power capability is given at (the input field says so):
 * the data model lists power capabilities per state of charge.
 */
export const ORIGINAL_POWER_CAPABILITY_AT_SOC_PERCENT = 80;

/**
 * A document as the URI the data model asks for: its `url` where the manufacturer gave one, else
 * its SHA-256 as a named-information URI (RFC 6920, `ni:///sha-256;<base64url>`), which names
 * the exact bytes without saying where they are.
 */
export function documentUri(d: DocumentReference): string {
  return d.url ?? `ni:///sha-256;${Buffer.from(d.sha256, 'hex').toString('base64url')}`;
}

/**
 * The passport identifier in the data model's form (`urn:<letters and digits>:<letters and
 * digits>`, no hyphens): battrace's `urn:uuid:<batch id>` becomes `urn:uuid:<the 32 hexadecimal
 * digits of the batch id>`, the same identifier without its hyphens; any other value is kept.
 */
export function dataModelPassportIdentifier(id: string): string {
  const m = /^urn:uuid:([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i.exec(id);
  return m ? `urn:uuid:${m.slice(1).join('').toLowerCase()}` : id;
}

const present = (v: unknown): boolean => v !== null && v !== undefined;

/** Copies the present entries, in order; `undefined` and `null` values are left out. */
function fields(entries: [string, unknown][]): Obj {
  const out: Obj = {};
  for (const [k, v] of entries) if (present(v)) out[k] = v;
  return out;
}

const doc = (v: unknown): string | undefined => (present(v) ? documentUri(v as DocumentReference) : undefined);
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

function generalProductInformation(a: Values): Obj {
  return fields([
    [
      'batteryPassportIdentifier',
      present(a.batteryPassportIdentifier) ? dataModelPassportIdentifier(String(a.batteryPassportIdentifier)) : undefined,
    ],
    ['productIdentifier', a.productIdentifier],
    ['operatorInformation', a.operatorInformation],
    ['manufacturerInformation', a.manufacturerInformation],
    ['manufacturingPlace', a.manufacturingPlace],
    ['manufacturingDate', a.manufacturingDate],
    ['puttingIntoService', a.puttingIntoService],
    ['warrentyPeriod', a.warrentyPeriod],
    ['batteryCategory', a.batteryCategory],
    ['batteryMass', a.batteryMass],
    ['batteryStatus', a.batteryStatus],
  ]);
}

function carbonFootprint(a: Values): Obj {
  return fields([
    ['batteryCarbonFootprint', a.batteryCarbonFootprint],
    ['carbonFootprintPerLifecycleStage', nonEmpty(STAGES.filter((k) => present(a[k])).map((k) => a[k]))],
    ['carbonFootprintPerformanceClass', a.carbonFootprintPerformanceClass],
    ['carbonFootprintStudy', a.carbonFootprintStudy],
    ['absoluteCarbonFootprint', a.absoluteCarbonFootprint],
  ]);
}

function supplyChainDueDiligence(a: Values): Obj {
  return fields([
    ['supplyChainDueDiligenceReport', doc(a.supplyChainDueDiligenceReport)],
    ['thirdPartyAussurances', doc(a.thirdPartyAussurances)],
    ['supplyChainIndicies', a.supplyChainIndicies],
  ]);
}

function materialComposition(a: Values): Obj {
  const materials = a.batteryMaterials as
    { materialName: string; component: string; massKg?: number; casNumber?: string; criticalRawMaterial?: boolean }[] | undefined;
  const names = (a.hazardousSubstances as string[] | undefined) ?? [];
  const impacts =
    (a.hazardousSubstanceImpact as
      | {
          substanceName: string;
          casNumber: string;
          hazardClass: string;
          concentrationPercent: number;
          component: string;
          impacts: string[];
        }[]
      | undefined) ?? [];
  const impactOf = new Map(impacts.map((h) => [h.substanceName, h]));
  const substances = [...names, ...impacts.map((h) => h.substanceName).filter((n) => !names.includes(n))].map((name) => {
    const h = impactOf.get(name);
    return fields([
      ['hazardousSubstanceClass', h && HAZARD_CLASS[h.hazardClass]],
      ['hazardousSubstanceName', name],
      ['hazardousSubstanceConcentration', h?.concentrationPercent],
      ['hazardousSubstanceImpact', h?.impacts],
      ['hazardousSubstanceLocation', h && { componentName: COMPONENT_NAME[h.component] }],
      ['hazardousSubstanceIdentifier', h?.casNumber],
    ]);
  });
  return fields([
    ['batteryChemistry', a.batteryChemistry],
    [
      'batteryMaterials',
      materials?.map((m) =>
        fields([
          ['batteryMaterialLocation', { componentName: COMPONENT_NAME[m.component] }],
          ['batteryMaterialIdentifier', m.casNumber],
          ['batteryMaterialName', m.materialName],
          ['batteryMaterialMass', m.massKg],
          ['isCriticalRawMaterial', m.criticalRawMaterial],
        ]),
      ),
    ],
    ['hazardousSubstances', nonEmpty(substances)],
  ]);
}

function circularity(a: Values): Obj {
  const dismantling = a.dismantlingAndRemovalInformation as DocumentReference | undefined;
  const parts = new Map(
    ((a.partNumber as { partName: string; partNumber: string }[] | undefined) ?? []).map((p) => [p.partNumber, p.partName]),
  );
  const sources = a.sparePartSources as
    | {
        supplierName: string;
        streetAddress: string;
        postalCode: string;
        countryCode: string;
        emailAddress: string;
        webAddress: string;
        partNumbers: string[];
      }[]
    | undefined;
  const recycled = RECYCLED_MATERIALS.filter(([, pre, post]) => present(a[pre]) || present(a[post])).map(([material, pre, post]) =>
    fields([
      ['preConsumerShare', a[pre]],
      ['recycledMaterial', material],
      ['postConsumerShare', a[post]],
    ]),
  );
  const safety = fields([
    ['safetyInstructions', doc(a.safetyMeasures)],
    ['extinguishingAgent', present(a.extinguishingAgent) ? [a.extinguishingAgent] : undefined],
  ]);
  const endOfLife = fields([
    ['wastePrevention', doc(a.wastePrevention)],
    ['separateCollection', doc(a.separateCollection)],
    ['informationOnCollection', doc(a.informationOnCollection)],
  ]);
  return fields([
    [
      'dismantlingAndRemovalInformation',
      dismantling && [{ documentType: 'DismantlingManual', mimeType: dismantling.mediaType, documentURL: documentUri(dismantling) }],
    ],
    [
      'sparePartSources',
      sources?.map((s) => ({
        nameOfSupplier: s.supplierName,
        addressOfSupplier: { addressCountry: s.countryCode, postalCode: s.postalCode, streetAddress: s.streetAddress },
        emailAddressOfSupplier: s.emailAddress,
        supplierWebAddress: s.webAddress,
        // A part number the caller may not read (attribute 37) still names the part: both are in the same access group.
        components: s.partNumbers.map((n) => ({ partName: parts.get(n) ?? n, partNumber: n })),
      })),
    ],
    ['recycledContent', nonEmpty(recycled)],
    ['safetyMeasures', Object.keys(safety).length ? safety : undefined],
    ['endOfLifeInformation', Object.keys(endOfLife).length ? endOfLife : undefined],
    ['renewableContent', a.renewableContent],
  ]);
}

function performanceAndDurability(a: Values): Obj {
  const resistances = a.initialInternalResistance as { batteryComponent: string; resistanceOhm: number }[] | undefined;
  // Model-level figures in the battery-condition part carry the date the battery was made as their last update.
  const lastUpdate = a.manufacturingDate as string | undefined;
  const technical = fields([
    [
      'originalPowerCapability',
      present(a.originalPowerCapability)
        ? [{ atSoC: ORIGINAL_POWER_CAPABILITY_AT_SOC_PERCENT, powerCapabilityAt: a.originalPowerCapability }]
        : undefined,
    ],
    ['ratedMaximumPower', a.ratedMaximumPower],
    ['powerCapabilityRatio', a.powerCapabilityRatio],
    ['ratedEnergy', a.ratedEnergy],
    ['expectedNumberOfCycles', a.expectedNumberOfCycles],
    ['initialSelfDischarge', a.initialSelfDischarge],
    ['roundtripEfficiency', a.roundtripEfficiency],
    ['ratedCapacity', a.ratedCapacity],
    [
      'initialInternalResistance',
      resistances?.map((r) => ({ ohmicResistance: r.resistanceOhm, batteryComponent: r.batteryComponent.toLowerCase() })),
    ],
    ['expectedLifetime', a.expectedLifetime],
    ['nominalVoltage', a.nominalVoltage],
    ['minimumVoltage', a.minimumVoltage],
    ['maximumVoltage', a.maximumVoltage],
    ['capacityThresholdForExhaustion', a.capacityThresholdForExhaustion],
    ['lifetimeReferenceTest', doc(a.lifetimeReferenceTest)],
    ['cRateLifeCycleTest', a.cRateLifeCycleTest],
    // One number in the data model: the lower boundary (docs/battery-pass-data-model.md, divergences).
    ['temperatureRangeIdleState', a.temperatureRangeIdleStateLowerBoundary],
  ]);
  const condition = fields([
    ['capacityFade', present(a.capacityFade) && lastUpdate ? { capacityFadeValue: a.capacityFade, lastUpdate } : undefined],
    ['powerFade', a.powerFade],
    ['roundTripEfficiencyFade', a.roundTripEfficiencyFade],
    [
      'internalResistanceIncrease',
      present(a.internalResistanceIncrease) && lastUpdate
        ? [{ internalResistanceIncreaseValue: a.internalResistanceIncrease, batteryComponent: 'pack', lastUpdate }]
        : undefined,
    ],
    ['roundTripEfficiencyat50PerCentCycleLife', a.roundTripEfficiencyat50PerCentCycleLife],
    ...healthCondition(a),
  ]);
  return fields([
    ['batteryTechicalProperties', Object.keys(technical).length ? technical : undefined],
    ['batteryCondition', Object.keys(condition).length ? condition : undefined],
  ]);
}

/** A battery's latest health reading as its passport serves it (docs/battery-passports.md). */
interface Reading {
  value: number;
  measuredAt: string;
}

const reading = (v: unknown): Reading | undefined =>
  v !== null && typeof v === 'object' && typeof (v as Reading).value === 'number' && typeof (v as Reading).measuredAt === 'string'
    ? (v as Reading)
    : undefined;

/** A reading as the data model's `{ <name>: value, lastUpdate }`. */
const valued = (name: string, v: unknown): Obj | undefined => {
  const r = reading(v);
  return r && { [name]: r.value, lastUpdate: r.measuredAt };
};

const latestOf = (rs: Reading[]): string => rs.map((r) => r.measuredAt).sort()[rs.length - 1];

/** The negative events the data model lists as text, from the counts battrace reads (docs/battery-health.md). */
const NEGATIVE_EVENTS = [
  ['numberOfDeepDischargeEvents', 'deep discharge events'],
  ['numberOfOverchargeEvents', 'overcharge events'],
  ['informationOnAccidents', 'accidents'],
] as const;

const TEMPERATURE_TIMES = [
  'timeExtremeHighTemp',
  'timeExtremeLowTemp',
  'timeExtremeHighTempCharging',
  'timeExtremeLowTempCharging',
] as const;

/**
 * The battery's condition from its latest health readings (`{ value, measuredAt }` per catalogue key,
 * present only in a battery's current passport), in the data model's shapes: most as
 * `{ <name>Value, lastUpdate }` with the field names the schema spells (`remainingEnergyalue`,
 * `currentSelfDischargingRateEntity`); energy throughput a bare number; the three event counts as
 * `negativeEvents` texts; the four times at extreme temperatures together, or not at all (the schema
 * requires all four); the remaining power capability at the state of charge read at the same instant
 * (without one, `atSoC` is left out rather than guessed).
 */
function healthCondition(a: Values): [string, unknown][] {
  const power = reading(a.remainingPowerCapability);
  const soc = reading(a.stateOfCharge);
  const negative = NEGATIVE_EVENTS.flatMap(([key, what]) => {
    const r = reading(a[key]);
    return r ? [{ negativeEvent: `${r.value} ${what}`, lastUpdate: r.measuredAt }] : [];
  });
  const times = TEMPERATURE_TIMES.map((k) => reading(a[k]));
  const allTimes = times.every((r) => r !== undefined) ? (times as Reading[]) : null;
  const evolution = reading(a.evolutionOfSelfDischarge);
  return [
    ['energyThroughput', reading(a.energyThroughput)?.value],
    ['capacityThroughput', valued('capacityThroughputValue', a.capacityThroughput)],
    ['numberOfFullCycles', valued('numberOfFullCyclesValue', a.numberOfFullCycles)],
    ['stateOfCertifiedEnergy', valued('stateOfCertifiedEnergyValue', a.stateOfCertifiedEnergy)],
    ['remainingEnergy', valued('remainingEnergyalue', a.remainingEnergy)],
    ['remainingCapacity', valued('remainingCapacityValue', a.remainingCapacity)],
    ['negativeEvents', nonEmpty(negative)],
    [
      'temperatureInformation',
      allTimes && {
        timeExtremeHighTemp: allTimes[0].value,
        timeExtremeLowTemp: allTimes[1].value,
        timeExtremeHighTempCharging: allTimes[2].value,
        timeExtremeLowTempCharging: allTimes[3].value,
        lastUpdate: latestOf(allTimes),
      },
    ],
    [
      'remainingPowerCapability',
      power && [
        {
          remainingPowerCapabilityValue: fields([
            ['atSoC', soc && soc.measuredAt === power.measuredAt ? soc.value : undefined],
            ['powerCapabilityAt', power.value],
            ['rPCLastUpdated', power.measuredAt],
          ]),
          lastUpdate: power.measuredAt,
        },
      ],
    ],
    ['evolutionOfSelfDischarge', evolution && { evolutionOfSelfDischargeEntityValue: evolution.value }],
    ['currentSelfDischargingRate', valued('currentSelfDischargingRateEntity', a.currentSelfDischargingRate)],
    ['remainingRoundTripEnergyEfficiency', valued('remainingRoundTripEnergyEfficiencyValue', a.remainingRoundTripEnergyEfficiency)],
    ['stateOfCharge', valued('stateOfChargeValue', a.stateOfCharge)],
  ];
}

function labeling(a: Values): Obj {
  const meaning = present(a.labelingMeaning) ? { en: a.labelingMeaning } : undefined;
  const labels = LABELS.filter(([, key]) => present(a[key])).map(([subject, key]) =>
    fields([
      ['labelingSymbol', doc(a[key])],
      ['labelingMeaning', meaning],
      ['labelingSubject', subject],
    ]),
  );
  return fields([
    ['declarationOfConformity', doc(a.declarationOfConformity)],
    ['resultOfTestReport', doc(a.resultOfTestReport)],
    ['labels', nonEmpty(labels)],
  ]);
}

const BUILDERS: Record<BatteryPassAspect, (a: Values) => Obj> = {
  GeneralProductInformation: generalProductInformation,
  CarbonFootprintForBatteries: carbonFootprint,
  SupplyChainDueDiligence: supplyChainDueDiligence,
  MaterialComposition: materialComposition,
  Circularity: circularity,
  PerformanceAndDurability: performanceAndDurability,
  Labeling: labeling,
};

/** The catalogue-keyed attributes as the data model's aspects; aspects without a readable field are left out. */
export function batteryPassDataModel(attributes: Readonly<Record<string, unknown>>): BatteryPassDataModel {
  const out: BatteryPassDataModel = {};
  for (const aspect of BATTERY_PASS_ASPECTS) {
    const value = BUILDERS[aspect](attributes as Values);
    if (Object.keys(value).length) out[aspect] = value;
  }
  return out;
}
