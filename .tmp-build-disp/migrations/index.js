"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATIONS = void 0;
const _1763859600000_Foundation_1 = require("./1763859600000-Foundation");
const _1763900000000_Footprints_1 = require("./1763900000000-Footprints");
const _1763900100000_Shipments_1 = require("./1763900100000-Shipments");
const _1763900200000_Displacement_1 = require("./1763900200000-Displacement");
const _1763900300000_Provenance_1 = require("./1763900300000-Provenance");
const _1763900400000_Certificates_1 = require("./1763900400000-Certificates");
/** Every migration, in order. New migrations are appended here (read by the app, tests and CLI). */
exports.MIGRATIONS = [
    _1763859600000_Foundation_1.Foundation1763859600000,
    _1763900000000_Footprints_1.Footprints1763900000000,
    _1763900100000_Shipments_1.Shipments1763900100000,
    _1763900200000_Displacement_1.Displacement1763900200000,
    _1763900300000_Provenance_1.Provenance1763900300000,
    _1763900400000_Certificates_1.Certificates1763900400000,
];
//# sourceMappingURL=index.js.map