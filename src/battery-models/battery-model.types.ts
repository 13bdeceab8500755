/** Battery categories of EU 2023/1542 Art. 2 and the vehicle categories that set the functional unit (docs/methods/footprint.md). */
export const BATTERY_CATEGORIES = ['EV', 'LMT', 'INDUSTRIAL', 'STATIONARY', 'SLI', 'PORTABLE'] as const;
export type BatteryCategory = (typeof BATTERY_CATEGORIES)[number];
export const VEHICLE_CATEGORIES = ['M1', 'N1', 'L', 'M2', 'M3', 'N2', 'N3'] as const;
export type VehicleCategory = (typeof VEHICLE_CATEGORIES)[number];
export const CHEMISTRIES = ['LFP', 'LMFP', 'NMC811', 'NMC622', 'NMC532', 'NCA', 'LMO', 'SODIUM_ION'] as const;
export type Chemistry = (typeof CHEMISTRIES)[number];
