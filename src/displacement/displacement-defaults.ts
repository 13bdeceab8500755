/**
 * The default parameters of the lifecycle displacement model, as versioned data with their
 * sources. Every figure here is documented in docs/methods/displacement.md (sources: IPCC
 * 2006 vol. 2; EN 228 / EN 590; US EPA; EIA; EEA; MEE; IVL 2019; ICCT) or docs/methods/electricity.md (Chinese grid
 * factors). A run stores `DISPLACEMENT_DEFAULTS.version` with its parameter set, so a result can
 * always be traced to the table it used. Changing a figure means a new version string.
 */

export const FUEL_TYPES = ['GASOLINE', 'DIESEL'] as const;
export type FuelType = (typeof FUEL_TYPES)[number];

export const VEHICLE_CLASSES = [
  'EU_CAR',
  'US_CAR',
  'CHINA_CAR',
  'SE_ASIA_CAR',
  'VAN',
  'CITY_BUS',
  'LONG_HAUL_TRUCK',
  'MINING_TRUCK',
] as const;
export type VehicleClass = (typeof VEHICLE_CLASSES)[number];

/** Destination markets: each one names the grid an EV charges from. */
export const MARKETS = ['EU', 'US', 'SE_ASIA', 'CHINA', 'INNER_MONGOLIA'] as const;
export type Market = (typeof MARKETS)[number];

/** Battery chemistries the defaults give an embodied factor for (docs/methods/displacement.md: "NMC 75, LFP 60"). */
export type BatteryFactorFamily = 'NMC' | 'LFP';

export interface Sourced<T> {
  value: T;
  source: string;
}

export interface FuelDefaults {
  densityKgPerL: Sourced<number>;
  tailpipeKgCo2PerKgFuel: Sourced<number>;
}

export interface VehicleClassDefaults {
  label: string;
  lifetimeKm: number;
  fuelType: FuelType;
  fuelLitresPer100Km: number;
  evKWhPer100Km: number;
  typicalPackKWh: number;
  /** Buses and trucks charge at 0.92, cars and vans at 0.90 (docs/methods/displacement.md). */
  heavy: boolean;
  /** The market a car class is named after; null for classes sold everywhere. */
  market: Market | null;
  source: string;
}

export interface DisplacementDefaults {
  version: string;
  fuels: Record<FuelType, FuelDefaults>;
  upstreamUplift: Sourced<number>;
  chargingEfficiency: { light: Sourced<number>; heavy: Sourced<number> };
  averageStateOfHealth: Sourced<number>;
  electricShare: Sourced<number>;
  vehicleClasses: Record<VehicleClass, VehicleClassDefaults>;
  gridKgCo2ePerKWh: Record<Market, Sourced<number>>;
  batteryKgCo2ePerKWhCapacity: Record<BatteryFactorFamily, Sourced<number>>;
}

const S6 = 'docs/methods/displacement.md defaults';
const CLASS_SOURCE = `${S6}, vehicle classes (ICCT, EEA, EIA)`;

export const DISPLACEMENT_DEFAULTS: DisplacementDefaults = {
  version: 'battrace-displacement-defaults-v1',
  fuels: {
    GASOLINE: {
      densityKgPerL: { value: 0.745, source: `${S6}: gasoline density 0.745 kg/L (EN 228)` },
      tailpipeKgCo2PerKgFuel: { value: 3.07, source: `${S6}: gasoline 3.070 kg CO2/kg (IPCC 2006 vol. 2, range 2.990–3.234)` },
    },
    DIESEL: {
      densityKgPerL: { value: 0.832, source: `${S6}: diesel density 0.832 kg/L (EN 590)` },
      tailpipeKgCo2PerKgFuel: { value: 3.186, source: `${S6}: diesel 3.186 kg CO2/kg (IPCC 2006 vol. 2)` },
    },
  },
  upstreamUplift: { value: 0.2, source: `${S6}: well-to-tank uplift u_wtt 0.20 (range 0.15–0.30)` },
  chargingEfficiency: {
    light: { value: 0.9, source: `${S6}: charging efficiency 0.90` },
    heavy: { value: 0.92, source: `${S6}: charging efficiency 0.92 for buses and trucks` },
  },
  averageStateOfHealth: { value: 0.9, source: `${S6}: SOH_avg = (1 + SOH_end)/2 = 0.9 for an 80% end of life` },
  electricShare: { value: 1, source: `${S6}: electric share UF = 1 for a BEV` },
  vehicleClasses: {
    EU_CAR: {
      label: 'EU car',
      lifetimeKm: 200_000,
      fuelType: 'GASOLINE',
      fuelLitresPer100Km: 7.0,
      evKWhPer100Km: 17,
      typicalPackKWh: 60,
      heavy: false,
      market: 'EU',
      source: CLASS_SOURCE,
    },
    US_CAR: {
      label: 'US car',
      lifetimeKm: 240_000,
      fuelType: 'GASOLINE',
      fuelLitresPer100Km: 8.4,
      evKWhPer100Km: 19,
      typicalPackKWh: 75,
      heavy: false,
      market: 'US',
      source: CLASS_SOURCE,
    },
    CHINA_CAR: {
      label: 'China car',
      lifetimeKm: 150_000,
      fuelType: 'GASOLINE',
      fuelLitresPer100Km: 7.0,
      evKWhPer100Km: 15,
      typicalPackKWh: 50,
      heavy: false,
      market: 'CHINA',
      source: CLASS_SOURCE,
    },
    SE_ASIA_CAR: {
      label: 'SE Asia car',
      lifetimeKm: 180_000,
      fuelType: 'GASOLINE',
      fuelLitresPer100Km: 7.5,
      evKWhPer100Km: 16,
      typicalPackKWh: 50,
      heavy: false,
      market: 'SE_ASIA',
      source: CLASS_SOURCE,
    },
    VAN: {
      label: 'van',
      lifetimeKm: 200_000,
      fuelType: 'DIESEL',
      fuelLitresPer100Km: 8.5,
      evKWhPer100Km: 25,
      typicalPackKWh: 75,
      heavy: false,
      market: null,
      source: CLASS_SOURCE,
    },
    CITY_BUS: {
      label: 'city bus',
      lifetimeKm: 720_000,
      fuelType: 'DIESEL',
      fuelLitresPer100Km: 35,
      evKWhPer100Km: 110,
      typicalPackKWh: 350,
      heavy: true,
      market: null,
      source: CLASS_SOURCE,
    },
    LONG_HAUL_TRUCK: {
      label: 'long-haul truck',
      lifetimeKm: 900_000,
      fuelType: 'DIESEL',
      fuelLitresPer100Km: 32.6,
      evKWhPer100Km: 120,
      typicalPackKWh: 500,
      heavy: true,
      market: null,
      source: CLASS_SOURCE,
    },
    MINING_TRUCK: {
      label: 'mining / coal-haul truck',
      lifetimeKm: 500_000,
      fuelType: 'DIESEL',
      fuelLitresPer100Km: 45,
      evKWhPer100Km: 180,
      typicalPackKWh: 350,
      heavy: true,
      market: null,
      source: CLASS_SOURCE,
    },
  },
  gridKgCo2ePerKWh: {
    EU: { value: 0.21, source: `${S6}: EU grid 0.210 kg CO2e/kWh (EEA)` },
    US: { value: 0.366, source: `${S6}: US grid 0.366 kg CO2e/kWh (EIA / US EPA)` },
    SE_ASIA: { value: 0.55, source: `${S6}: SE Asia grid 0.550 kg CO2e/kWh` },
    CHINA: { value: 0.5366, source: `${S6} and docs/methods/electricity.md: China national grid 2022 0.5366 kg CO2/kWh (MEE/NBS)` },
    INNER_MONGOLIA: {
      value: 0.6849,
      source: `${S6} and docs/methods/electricity.md: Inner Mongolia grid 2022 0.6849 kg CO2/kWh (MEE/NBS)`,
    },
  },
  batteryKgCo2ePerKWhCapacity: {
    NMC: { value: 75, source: `${S6}: battery NMC 75 kg CO2e/kWh capacity on grid power (IVL 2019)` },
    LFP: { value: 60, source: `${S6}: battery LFP 60 kg CO2e/kWh capacity on grid power (IVL 2019)` },
  },
};

/**
 * The family whose default embodied factor applies to a battery-model chemistry, or null when
 * the defaults give no figure for it (LMFP, NCA, LMO, sodium-ion): such runs need an override.
 */
export function batteryFactorFamily(chemistry: string): BatteryFactorFamily | null {
  if (chemistry === 'LFP') return 'LFP';
  if (chemistry === 'NMC811' || chemistry === 'NMC622' || chemistry === 'NMC532') return 'NMC';
  return null;
}

export function chargingEfficiencyFor(defaults: DisplacementDefaults, vehicleClass: VehicleClass): Sourced<number> {
  return defaults.vehicleClasses[vehicleClass].heavy ? defaults.chargingEfficiency.heavy : defaults.chargingEfficiency.light;
}
