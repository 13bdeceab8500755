"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUnitOfKind = exports.FACTOR_CODE = exports.FACTOR_SERIES = exports.UNITS_BY_KIND = exports.FACTOR_KINDS = void 0;
/**
 * Kinds of emission factor rows and the unit each kind is expressed in. A footprint multiplies a
 * factor only by a quantity in the matching unit, so a row of the wrong kind is refused where it
 * is used (a GRID row as a material factor, for instance).
 */
exports.FACTOR_KINDS = ['ELECTRICITY', 'MATERIAL', 'PROCESS_ENERGY', 'TRANSPORT', 'END_OF_LIFE', 'BATTERY'];
exports.UNITS_BY_KIND = {
    ELECTRICITY: ['kgCO2e/kWh'],
    MATERIAL: ['kgCO2e/kg'],
    PROCESS_ENERGY: ['kgCO2e/kWh'],
    TRANSPORT: ['kgCO2e/t-km', 'kgCO2e/TEU-km'],
    END_OF_LIFE: ['kgCO2e/kg'],
    BATTERY: ['kgCO2e/kWh-capacity'],
};
/** Series of a grid factor (DOMAIN.md §2): keep the series name with the value. */
exports.FACTOR_SERIES = ['AVERAGE', 'EXCLUDING_MARKET_NON_FOSSIL', 'FOSSIL_ONLY', 'CARBON_MARKET', 'RENEWABLE'];
exports.FACTOR_CODE = /^[A-Z0-9][A-Z0-9._-]{0,99}$/;
const isUnitOfKind = (kind, unit) => exports.UNITS_BY_KIND[kind].includes(unit);
exports.isUnitOfKind = isUnitOfKind;
//# sourceMappingURL=factor-kinds.js.map