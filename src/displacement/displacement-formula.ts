/**
 * Lifecycle displacement: gasoline or diesel and CO2 displaced by traced battery packs, the method
 * of docs/methods/displacement.md, term by term. Pure functions, no I/O; units are in the names.
 *
 *   N          vehicles = packs (or delivered energy kWh / pack kWh; fractional, never rounded)
 *   D_batt     = FEC_life × packKWh × SOH_avg / (EC / 100)            (only when FEC_life is given)
 *   D_cred     = min(D_vehicle, D_batt) × UF
 *   VKM        = N × D_cred
 *   fuel_L     = VKM × FC / 100
 *   fuel_t     = fuel_L × density / 1000
 *   ttw_t      = fuel_t × EF_ttw
 *   wtw_t      = ttw_t × (1 + u_wtt)
 *   grid_kWh   = VKM × EC / 100 / eta_charge
 *   ev_t       = grid_kWh × EF_grid / 1000
 *   battery_t  = N × packKWh × EF_batt / 1000
 *   net_t      = wtw_t − ev_t − battery_t      (may be negative; ratios null when fuel_t = 0)
 */

/** The parameters shared by every pack of a run (docs/methods/displacement.md symbols in the comments). */
export interface DisplacementParameters {
  /** D_vehicle: lifetime km of the vehicle the pack powers. */
  vehicleLifetimeKm: number;
  /** FC: L/100 km of the displaced combustion vehicle. */
  fuelLitresPer100Km: number;
  fuelDensityKgPerL: number;
  /** EF_ttw: kg CO2 per kg of fuel burnt. */
  tailpipeKgCo2PerKgFuel: number;
  /** u_wtt: fuel production upstream, as a share of tailpipe CO2. */
  upstreamUplift: number;
  /** EC: kWh/100 km of the EV. */
  evKWhPer100Km: number;
  /** eta_charge: share of grid electricity that reaches the battery. */
  chargingEfficiency: number;
  /** EF_grid at the destination. */
  gridKgCo2ePerKWh: number;
  /** FEC_life: full equivalent cycles over the pack's life; null: the pack outlives the vehicle. */
  cycleLife: number | null;
  /** SOH_avg over the pack's life. */
  averageStateOfHealth: number;
  /** UF: share of the vehicle's km driven electrically (1 for a BEV). */
  electricShare: number;
}

/** Packs that share a size and an embodied factor (one batch, one shipment line, or a what-if). */
export interface PackGroup {
  /** N: packs, or delivered energy / pack size for a what-if (fractional). */
  vehicles: number;
  packKWh: number;
  /** EF_batt: kg CO2e per kWh of capacity. */
  batteryKgCo2ePerKWhCapacity: number;
}

export interface DisplacementFigures {
  vehicles: number;
  /** VKM / N; for N = 0, the plain mean of the groups' D_cred (0 without groups). */
  creditedKmPerPack: number;
  vehicleKm: number;
  fuelDisplacedLitres: number;
  fuelDisplacedTonnes: number;
  tailpipeCo2Tonnes: number;
  wellToWheelCo2eTonnes: number;
  evElectricityMWh: number;
  evUseCo2eTonnes: number;
  batteryEmbodiedCo2eTonnes: number;
  netCo2eTonnes: number;
  tailpipeCo2PerTonneFuel: number | null;
  netCo2ePerTonneFuel: number | null;
}

/** D_batt: km the pack can drive over its cycle life, or null when no cycle life is given. */
export function batteryLimitedKm(p: DisplacementParameters, packKWh: number): number | null {
  if (p.cycleLife === null) return null;
  return (p.cycleLife * packKWh * p.averageStateOfHealth) / (p.evKWhPer100Km / 100);
}

/** D_cred: km credited to one pack = min(D_vehicle, D_batt) × UF. */
export function creditedKm(p: DisplacementParameters, packKWh: number): number {
  const dBatt = batteryLimitedKm(p, packKWh);
  const km = dBatt === null ? p.vehicleLifetimeKm : Math.min(p.vehicleLifetimeKm, dBatt);
  return km * p.electricShare;
}

/**
 * The figures for a set of pack groups. Groups are summed in the order given, so the same groups
 * in the same order always give bit-identical figures (however the packs were counted).
 */
export function computeDisplacement(p: DisplacementParameters, groups: readonly PackGroup[]): DisplacementFigures {
  let vehicles = 0;
  let vehicleKm = 0;
  let batteryKg = 0;
  let creditedSum = 0;
  for (const g of groups) {
    const dCred = creditedKm(p, g.packKWh);
    vehicles += g.vehicles;
    vehicleKm += g.vehicles * dCred;
    batteryKg += g.vehicles * g.packKWh * g.batteryKgCo2ePerKWhCapacity;
    creditedSum += dCred;
  }
  const fuelL = (vehicleKm * p.fuelLitresPer100Km) / 100;
  const fuelT = (fuelL * p.fuelDensityKgPerL) / 1000;
  const ttwT = fuelT * p.tailpipeKgCo2PerKgFuel;
  const wtwT = ttwT * (1 + p.upstreamUplift);
  const gridKWh = (vehicleKm * p.evKWhPer100Km) / 100 / p.chargingEfficiency;
  const evT = (gridKWh * p.gridKgCo2ePerKWh) / 1000;
  const batteryT = batteryKg / 1000;
  const netT = wtwT - evT - batteryT;
  return {
    vehicles,
    creditedKmPerPack: vehicles > 0 ? vehicleKm / vehicles : groups.length > 0 ? creditedSum / groups.length : 0,
    vehicleKm,
    fuelDisplacedLitres: fuelL,
    fuelDisplacedTonnes: fuelT,
    tailpipeCo2Tonnes: ttwT,
    wellToWheelCo2eTonnes: wtwT,
    evElectricityMWh: gridKWh / 1000,
    evUseCo2eTonnes: evT,
    batteryEmbodiedCo2eTonnes: batteryT,
    netCo2eTonnes: netT,
    tailpipeCo2PerTonneFuel: fuelT === 0 ? null : ttwT / fuelT,
    netCo2ePerTonneFuel: fuelT === 0 ? null : netT / fuelT,
  };
}

/** N for a what-if: delivered energy over pack size, fractional, never rounded (docs/methods/displacement.md). */
export function vehiclesFromEnergy(energyKWh: number, packKWh: number): number {
  return energyKWh / packKWh;
}
