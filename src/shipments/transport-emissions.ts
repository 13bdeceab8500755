/**
 * Transport emissions of a shipment, GLEC Framework v3 / ISO 14083 well-to-wheel (docs/methods/transport.md):
 * per leg `kgCo2e = tonnes × km × factor (kg CO2e per tonne-km)`, summed over the legs, with the
 * actual gross mass and the distance the caller gives (with its source and, for Asia–Europe sea
 * legs, the routing). A container factor per TEU-km is converted with the actual tonnes per TEU.
 * The total is allocated to the cargo lines by gross mass.
 */
export const TRANSPORT_MODES = ['ROAD', 'RAIL', 'SEA', 'INLAND_WATERWAY'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export const SEA_ROUTINGS = ['SUEZ', 'CAPE'] as const;
export type SeaRouting = (typeof SEA_ROUTINGS)[number];
export const FACTOR_UNITS = ['KG_CO2E_PER_TONNE_KM', 'KG_CO2E_PER_TEU_KM'] as const;
export type FactorUnit = (typeof FACTOR_UNITS)[number];
export const PORT_REGIONS = ['ASIA', 'EUROPE', 'AFRICA', 'NORTH_AMERICA', 'SOUTH_AMERICA', 'OCEANIA'] as const;
export type PortRegion = (typeof PORT_REGIONS)[number];

/** docs/methods/transport.md: 1 nautical mile = 1.852 km. */
export const KM_PER_NAUTICAL_MILE = 1.852;
export const kmOfNauticalMiles = (nauticalMiles: number): number => nauticalMiles * KM_PER_NAUTICAL_MILE;

/** How the emission factor library (emission-factors/factor-kinds.ts) writes these units on TRANSPORT rows. */
export const LIBRARY_UNITS: Record<FactorUnit, string> = { KG_CO2E_PER_TONNE_KM: 'kgCO2e/t-km', KG_CO2E_PER_TEU_KM: 'kgCO2e/TEU-km' };

export function factorUnitOfLibraryUnit(unit: string): FactorUnit | null {
  return FACTOR_UNITS.find((u) => LIBRARY_UNITS[u] === unit) ?? null;
}

export interface TransportFactor {
  value: number;
  unit: FactorUnit;
}

/** What a leg carries: the shipment's cargo gross mass, and its TEU (null when not all containers have one). */
export interface ShipmentLoad {
  cargoMassKg: number;
  teu: number | null;
}

export interface LegEmission {
  tonnes: number;
  distanceKm: number;
  tonneKm: number;
  /** The factor applied, per tonne-km (a TEU-km factor converted with the actual tonnes per TEU). */
  kgCo2ePerTonneKm: number;
  co2eKg: number;
}

/** A factor per tonne-km; a per-TEU-km factor divided by the actual tonnes per TEU. */
export function factorPerTonneKm(factor: TransportFactor, load: ShipmentLoad): number {
  if (factor.unit === 'KG_CO2E_PER_TONNE_KM') return factor.value;
  if (load.teu === null || load.teu <= 0) throw new Error('a per-TEU-km factor needs the TEU of every container');
  const tonnesPerTeu = load.cargoMassKg / 1000 / load.teu;
  return factor.value / tonnesPerTeu;
}

export function legEmission(load: ShipmentLoad, distanceKm: number, factor: TransportFactor): LegEmission {
  const tonnes = load.cargoMassKg / 1000;
  const kgCo2ePerTonneKm = factorPerTonneKm(factor, load);
  const tonneKm = tonnes * distanceKm;
  return { tonnes, distanceKm, tonneKm, kgCo2ePerTonneKm, co2eKg: tonneKm * kgCo2ePerTonneKm };
}

/** Shares of `totalKg` in proportion to each mass (all masses > 0). */
export function allocateByMass(totalKg: number, massesKg: readonly number[]): number[] {
  const sum = massesKg.reduce((a, m) => a + m, 0);
  if (!(sum > 0)) throw new Error('allocation needs a positive total mass');
  return massesKg.map((m) => (totalKg * m) / sum);
}

/**
 * Whether a sea leg's routing is right: an Asia–Europe leg must say SUEZ or CAPE (the Cape adds
 * roughly 40–45% distance, docs/methods/transport.md, so the choice must be on record); other sea lanes and
 * other modes have no routing. Null when fine, else the reason.
 */
export function routingProblem(
  mode: TransportMode,
  fromRegion: PortRegion | null,
  toRegion: PortRegion | null,
  routing: SeaRouting | null,
): string | null {
  const asiaEurope =
    mode === 'SEA' && ((fromRegion === 'ASIA' && toRegion === 'EUROPE') || (fromRegion === 'EUROPE' && toRegion === 'ASIA'));
  if (asiaEurope && routing === null) return 'an Asia–Europe sea leg must give its routing: SUEZ or CAPE';
  if (!asiaEurope && routing !== null) return `routing ${routing} applies only to Asia–Europe sea legs`;
  return null;
}
