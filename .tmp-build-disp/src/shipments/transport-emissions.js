"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIBRARY_UNITS = exports.kmOfNauticalMiles = exports.KM_PER_NAUTICAL_MILE = exports.PORT_REGIONS = exports.FACTOR_UNITS = exports.SEA_ROUTINGS = exports.TRANSPORT_MODES = void 0;
exports.factorUnitOfLibraryUnit = factorUnitOfLibraryUnit;
exports.factorPerTonneKm = factorPerTonneKm;
exports.legEmission = legEmission;
exports.allocateByMass = allocateByMass;
exports.routingProblem = routingProblem;
/**
 * Transport emissions of a shipment, GLEC Framework v3 / ISO 14083 well-to-wheel (DOMAIN.md §5):
 * per leg `kgCo2e = tonnes × km × factor (kg CO2e per tonne-km)`, summed over the legs, with the
 * actual gross mass and the distance the caller gives (with its source and, for Asia–Europe sea
 * legs, the routing). A container factor per TEU-km is converted with the actual tonnes per TEU.
 * The total is allocated to the cargo lines by gross mass.
 */
exports.TRANSPORT_MODES = ['ROAD', 'RAIL', 'SEA', 'INLAND_WATERWAY'];
exports.SEA_ROUTINGS = ['SUEZ', 'CAPE'];
exports.FACTOR_UNITS = ['KG_CO2E_PER_TONNE_KM', 'KG_CO2E_PER_TEU_KM'];
exports.PORT_REGIONS = ['ASIA', 'EUROPE', 'AFRICA', 'NORTH_AMERICA', 'SOUTH_AMERICA', 'OCEANIA'];
/** DOMAIN.md §5: 1 nautical mile = 1.852 km. */
exports.KM_PER_NAUTICAL_MILE = 1.852;
const kmOfNauticalMiles = (nauticalMiles) => nauticalMiles * exports.KM_PER_NAUTICAL_MILE;
exports.kmOfNauticalMiles = kmOfNauticalMiles;
/** How the emission factor library (emission-factors/factor-kinds.ts) writes these units on TRANSPORT rows. */
exports.LIBRARY_UNITS = { KG_CO2E_PER_TONNE_KM: 'kgCO2e/t-km', KG_CO2E_PER_TEU_KM: 'kgCO2e/TEU-km' };
function factorUnitOfLibraryUnit(unit) {
    return exports.FACTOR_UNITS.find((u) => exports.LIBRARY_UNITS[u] === unit) ?? null;
}
/** A factor per tonne-km; a per-TEU-km factor divided by the actual tonnes per TEU. */
function factorPerTonneKm(factor, load) {
    if (factor.unit === 'KG_CO2E_PER_TONNE_KM')
        return factor.value;
    if (load.teu === null || load.teu <= 0)
        throw new Error('a per-TEU-km factor needs the TEU of every container');
    const tonnesPerTeu = load.cargoMassKg / 1000 / load.teu;
    return factor.value / tonnesPerTeu;
}
function legEmission(load, distanceKm, factor) {
    const tonnes = load.cargoMassKg / 1000;
    const kgCo2ePerTonneKm = factorPerTonneKm(factor, load);
    const tonneKm = tonnes * distanceKm;
    return { tonnes, distanceKm, tonneKm, kgCo2ePerTonneKm, co2eKg: tonneKm * kgCo2ePerTonneKm };
}
/** Shares of `totalKg` in proportion to each mass (all masses > 0). */
function allocateByMass(totalKg, massesKg) {
    const sum = massesKg.reduce((a, m) => a + m, 0);
    if (!(sum > 0))
        throw new Error('allocation needs a positive total mass');
    return massesKg.map((m) => (totalKg * m) / sum);
}
/**
 * Whether a sea leg's routing is right: an Asia–Europe leg must say SUEZ or CAPE (the Cape adds
 * roughly 40–45% distance, DOMAIN.md §5, so the choice must be on record); other sea lanes and
 * other modes have no routing. Null when fine, else the reason.
 */
function routingProblem(mode, fromRegion, toRegion, routing) {
    const asiaEurope = mode === 'SEA' && ((fromRegion === 'ASIA' && toRegion === 'EUROPE') || (fromRegion === 'EUROPE' && toRegion === 'ASIA'));
    if (asiaEurope && routing === null)
        return 'an Asia–Europe sea leg must give its routing: SUEZ or CAPE';
    if (!asiaEurope && routing !== null)
        return `routing ${routing} applies only to Asia–Europe sea legs`;
    return null;
}
//# sourceMappingURL=transport-emissions.js.map