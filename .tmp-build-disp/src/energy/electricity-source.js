"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KWH_PER_GEC = exports.GREEN_SOURCES = exports.DIRECT_GREEN_SOURCES = exports.ELECTRICITY_SOURCES = void 0;
/**
 * Where a park's electricity comes from (DOMAIN.md §2): a direct physical line from wind and solar
 * farms, on-site generation, green power bought through grid trading (backed by Green Electricity
 * Certificates, 1 GEC = 1 MWh), and the grid.
 */
exports.ELECTRICITY_SOURCES = ['DIRECT_LINE', 'ONSITE', 'GREEN_TRADE', 'GRID'];
/** Supplies that count as directly supplied green electricity for the national zero-carbon park test. */
exports.DIRECT_GREEN_SOURCES = ['DIRECT_LINE', 'ONSITE'];
/** Supplies that count as green at all (direct, on-site, or GEC-backed trading). */
exports.GREEN_SOURCES = ['DIRECT_LINE', 'ONSITE', 'GREEN_TRADE'];
/** 1 Green Electricity Certificate = 1 MWh of renewable generation (DOMAIN.md §2). */
exports.KWH_PER_GEC = 1000;
//# sourceMappingURL=electricity-source.js.map