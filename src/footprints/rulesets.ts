import type { VehicleCategory } from '../battery-models/battery-model.types';
import { DISPLACEMENT_DEFAULTS, VehicleClass } from '../displacement/displacement-defaults';
import type { ElectricitySource } from '../energy/electricity-source';

/**
 * Footprint rulesets as data (docs/methods/electricity.md and docs/methods/footprint.md). A ruleset fixes how each electricity supply is
 * counted, which factor rows stand for "green", "national average" and "residual mix" per country,
 * the full equivalent cycles per year of the functional unit, and the performance classes. Adding
 * a ruleset is adding an entry here; `electricityFactorRole` is the only logic.
 */
export const RULESET_IDS = ['EU_CFB_DRAFT_2024', 'ISO14067_MARKET_BASED', 'JRC_CFB_EV_2023'] as const;
export type RulesetId = (typeof RULESET_IDS)[number];

/** Which factor an electricity supply is counted with. */
export type FactorRole = 'GREEN' | 'NATIONAL_AVERAGE' | 'RESIDUAL_MIX';
export const FACTOR_ROLES: readonly FactorRole[] = ['GREEN', 'NATIONAL_AVERAGE', 'RESIDUAL_MIX'];

export interface PerformanceClassBoundary {
  performanceClass: string;
  maxKgCo2ePerKWhLifetime: number;
}

export interface Ruleset {
  id: RulesetId;
  title: string;
  status: 'DRAFT' | 'GUIDANCE' | 'STANDARD';
  source: string;
  /** How each supply is counted. */
  electricity: Record<ElectricitySource, FactorRole>;
  /** The emission factor code (latest version is used) that plays each role, per ISO country code. */
  factorCodes: Record<string, Record<FactorRole, string>>;
  fullEquivalentCyclesPerYear: Record<VehicleCategory, number>;
  /**
   * *default*: EV consumption in kWh per 100 km, used only to convert a km warranty to years
   * (functional-unit.ts). docs/methods/displacement.md vehicle classes for the EU market (the market of the Art. 7
   * declaration): car 17 (M1), van 25 (N1), city bus 110 (M2, M3), long-haul truck 120 (N2, N3).
   * The displacement defaults give no figure for L-category vehicles: their km warranty is not converted.
   */
  evConsumptionKWhPer100Km: Partial<Record<VehicleCategory, number>>;
  /** Class boundaries, best first; empty until the delegated act publishes them (docs/methods/footprint.md). */
  performanceClasses: PerformanceClassBoundary[];
}

/** Full equivalent cycles per year of the draft delegated act (docs/methods/footprint.md): M1, N1 60; L 20; M2, M3, N2, N3 250. */
const DRAFT_ACT_FEC: Record<VehicleCategory, number> = { M1: 60, N1: 60, L: 20, M2: 250, M3: 250, N2: 250, N3: 250 };

/**
 * *default* (EU market), read from the one table of vehicle classes (displacement-defaults.ts):
 * car 17, van 25, city bus 110, long-haul truck 120 kWh/100 km, per vehicle category.
 */
const EU_CLASS_OF_CATEGORY: Partial<Record<VehicleCategory, VehicleClass>> = {
  M1: 'EU_CAR',
  N1: 'VAN',
  M2: 'CITY_BUS',
  M3: 'CITY_BUS',
  N2: 'LONG_HAUL_TRUCK',
  N3: 'LONG_HAUL_TRUCK',
};
const EU_EV_CONSUMPTION_KWH_PER_100KM: Partial<Record<VehicleCategory, number>> = Object.fromEntries(
  Object.entries(EU_CLASS_OF_CATEGORY).map(([category, cls]) => [category, DISPLACEMENT_DEFAULTS.vehicleClasses[cls].evKWhPer100Km]),
);

/**
 * Factor codes per country, seeded by migrations/1763900000000-Footprints.ts from docs/methods/electricity.md.
 * China: the 2022 series, because 2022 is the latest year for which MEE/NBS publish both the
 * national average (0.5366) and the residual mix "excluding market-traded non-fossil" (0.5856), so
 * the rulesets compare like with like. Green = wind and solar, combustion CO2 0.
 */
const FACTOR_CODES: Record<string, Record<FactorRole, string>> = {
  CN: {
    GREEN: 'ELEC-WIND-SOLAR-DIRECT',
    NATIONAL_AVERAGE: 'CN-GRID-2022-AVERAGE',
    RESIDUAL_MIX: 'CN-GRID-2022-EXCL-MARKET-NONFOSSIL',
  },
};

const MARKET_BASED: Record<ElectricitySource, FactorRole> = {
  DIRECT_LINE: 'GREEN',
  ONSITE: 'GREEN',
  // GEC serials meet the quality criteria (unique, cancelled, same market and period): docs/methods/electricity.md.
  GREEN_TRADE: 'GREEN',
  GRID: 'RESIDUAL_MIX',
};

export const RULESETS: Record<RulesetId, Ruleset> = {
  EU_CFB_DRAFT_2024: {
    id: 'EU_CFB_DRAFT_2024',
    title: 'EU battery carbon footprint, draft delegated act (April 2024)',
    status: 'DRAFT',
    source:
      'Commission draft delegated act on the carbon footprint of EV batteries (April 2024), under Regulation (EU) 2023/1542 Art. 7 (docs/methods/electricity.md): only electricity over a direct physical line (or on-site) may use its own factor; everything else, including green trading and certificates, takes the national average consumption mix',
    electricity: { DIRECT_LINE: 'GREEN', ONSITE: 'GREEN', GREEN_TRADE: 'NATIONAL_AVERAGE', GRID: 'NATIONAL_AVERAGE' },
    factorCodes: FACTOR_CODES,
    fullEquivalentCyclesPerYear: DRAFT_ACT_FEC,
    evConsumptionKWhPer100Km: EU_EV_CONSUMPTION_KWH_PER_100KM,
    performanceClasses: [],
  },
  ISO14067_MARKET_BASED: {
    id: 'ISO14067_MARKET_BASED',
    title: 'ISO 14067 market-based electricity',
    status: 'STANDARD',
    source:
      'ISO 14067:2018 market-based approach (docs/methods/electricity.md): direct line first, then contractual instruments meeting the quality criteria (GEC serials qualify), then the residual mix ("excluding market-traded non-fossil" factor)',
    electricity: MARKET_BASED,
    factorCodes: FACTOR_CODES,
    fullEquivalentCyclesPerYear: DRAFT_ACT_FEC,
    evConsumptionKWhPer100Km: EU_EV_CONSUMPTION_KWH_PER_100KM,
    performanceClasses: [],
  },
  JRC_CFB_EV_2023: {
    id: 'JRC_CFB_EV_2023',
    title: 'JRC carbon footprint rules for EV batteries (2023), market-based electricity',
    status: 'GUIDANCE',
    source:
      'JRC carbon footprint rules for EV batteries, 2023 (docs/methods/electricity.md): JRC_CFB_EV_2023 counts electricity like ISO14067_MARKET_BASED',
    electricity: MARKET_BASED,
    factorCodes: FACTOR_CODES,
    fullEquivalentCyclesPerYear: DRAFT_ACT_FEC,
    evConsumptionKWhPer100Km: EU_EV_CONSUMPTION_KWH_PER_100KM,
    performanceClasses: [],
  },
};

export const isRulesetId = (v: string): v is RulesetId => (RULESET_IDS as readonly string[]).includes(v);

/** The factor role a supply takes under a ruleset. */
export function electricityFactorRole(ruleset: Pick<Ruleset, 'electricity'>, source: ElectricitySource): FactorRole {
  return ruleset.electricity[source];
}

/** The roles a ruleset actually uses (their factor rows go into the footprint). */
export function rolesUsed(ruleset: Pick<Ruleset, 'electricity'>): FactorRole[] {
  return FACTOR_ROLES.filter((r) => Object.values(ruleset.electricity).includes(r));
}

/** The performance class of a value, or null while the ruleset has no published boundaries. */
export function performanceClassOf(ruleset: Pick<Ruleset, 'performanceClasses'>, kgCo2ePerKWhLifetime: number): string | null {
  for (const b of ruleset.performanceClasses) if (kgCo2ePerKWhLifetime <= b.maxKgCo2ePerKWhLifetime) return b.performanceClass;
  return null;
}
