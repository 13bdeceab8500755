"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isRulesetId = exports.RULESETS = exports.FACTOR_ROLES = exports.RULESET_IDS = void 0;
exports.electricityFactorRole = electricityFactorRole;
exports.rolesUsed = rolesUsed;
exports.performanceClassOf = performanceClassOf;
/**
 * Footprint rulesets as data (DOMAIN.md §2 and §3). A ruleset fixes how each electricity supply is
 * counted, which factor rows stand for "green", "national average" and "residual mix" per country,
 * the full equivalent cycles per year of the functional unit, and the performance classes. Adding
 * a ruleset is adding an entry here; `electricityFactorRole` is the only logic.
 */
exports.RULESET_IDS = ['EU_CFB_DRAFT_2024', 'ISO14067_MARKET_BASED', 'JRC_CFB_EV_2023'];
exports.FACTOR_ROLES = ['GREEN', 'NATIONAL_AVERAGE', 'RESIDUAL_MIX'];
/** Full equivalent cycles per year of the draft delegated act (DOMAIN.md §3): M1, N1 60; L 20; M2, M3, N2, N3 250. */
const DRAFT_ACT_FEC = { M1: 60, N1: 60, L: 20, M2: 250, M3: 250, N2: 250, N3: 250 };
/** *default*, DOMAIN.md §6 (EU market): car 17, van 25, city bus 110, long-haul truck 120 kWh/100 km. */
const EU_EV_CONSUMPTION_KWH_PER_100KM = {
    M1: 17,
    N1: 25,
    M2: 110,
    M3: 110,
    N2: 120,
    N3: 120,
};
/**
 * Factor codes per country, seeded by migrations/1763900000000-Footprints.ts from DOMAIN.md §2.
 * China: the 2022 series, because 2022 is the latest year for which DOMAIN.md gives both the
 * national average (0.5366) and the residual mix "excluding market-traded non-fossil" (0.5856), so
 * the rulesets compare like with like. Green = wind and solar, combustion CO2 0.
 */
const FACTOR_CODES = {
    CN: {
        GREEN: 'ELEC-WIND-SOLAR-DIRECT',
        NATIONAL_AVERAGE: 'CN-GRID-2022-AVERAGE',
        RESIDUAL_MIX: 'CN-GRID-2022-EXCL-MARKET-NONFOSSIL',
    },
};
const MARKET_BASED = {
    DIRECT_LINE: 'GREEN',
    ONSITE: 'GREEN',
    // GEC serials meet the quality criteria (unique, cancelled, same market and period): DOMAIN.md §2.
    GREEN_TRADE: 'GREEN',
    GRID: 'RESIDUAL_MIX',
};
exports.RULESETS = {
    EU_CFB_DRAFT_2024: {
        id: 'EU_CFB_DRAFT_2024',
        title: 'EU battery carbon footprint, draft delegated act (April 2024)',
        status: 'DRAFT',
        source: 'DOMAIN.md §2: only electricity over a direct physical line (or on-site) may use its own factor; everything else, including green trading and certificates, takes the national average consumption mix',
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
        source: 'DOMAIN.md §2: direct line first, then contractual instruments meeting the quality criteria (GEC serials qualify), then the residual mix ("excluding market-traded non-fossil" factor)',
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
        source: 'DOMAIN.md §2: JRC_CFB_EV_2023 counts electricity like ISO14067_MARKET_BASED',
        electricity: MARKET_BASED,
        factorCodes: FACTOR_CODES,
        fullEquivalentCyclesPerYear: DRAFT_ACT_FEC,
        evConsumptionKWhPer100Km: EU_EV_CONSUMPTION_KWH_PER_100KM,
        performanceClasses: [],
    },
};
const isRulesetId = (v) => exports.RULESET_IDS.includes(v);
exports.isRulesetId = isRulesetId;
/** The factor role a supply takes under a ruleset. */
function electricityFactorRole(ruleset, source) {
    return ruleset.electricity[source];
}
/** The roles a ruleset actually uses (their factor rows go into the footprint). */
function rolesUsed(ruleset) {
    return exports.FACTOR_ROLES.filter((r) => Object.values(ruleset.electricity).includes(r));
}
/** The performance class of a value, or null while the ruleset has no published boundaries. */
function performanceClassOf(ruleset, kgCo2ePerKWhLifetime) {
    for (const b of ruleset.performanceClasses)
        if (kgCo2ePerKWhLifetime <= b.maxKgCo2ePerKWhLifetime)
            return b.performanceClass;
    return null;
}
//# sourceMappingURL=rulesets.js.map