"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHEMISTRIES = exports.VEHICLE_CATEGORIES = exports.BATTERY_CATEGORIES = void 0;
/** Battery categories of EU 2023/1542 Art. 2 and the vehicle categories that set the functional unit (DOMAIN.md §3). */
exports.BATTERY_CATEGORIES = ['EV', 'LMT', 'INDUSTRIAL', 'STATIONARY', 'SLI', 'PORTABLE'];
exports.VEHICLE_CATEGORIES = ['M1', 'N1', 'L', 'M2', 'M3', 'N2', 'N3'];
exports.CHEMISTRIES = ['LFP', 'LMFP', 'NMC811', 'NMC622', 'NMC532', 'NCA', 'LMO', 'SODIUM_ION'];
//# sourceMappingURL=battery-model.types.js.map