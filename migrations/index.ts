import { Foundation1763859600000 } from './1763859600000-Foundation';
import { Footprints1763900000000 } from './1763900000000-Footprints';
import { Shipments1763900100000 } from './1763900100000-Shipments';
import { Displacement1763900200000 } from './1763900200000-Displacement';
import { Provenance1763900300000 } from './1763900300000-Provenance';
import { Certificates1763900400000 } from './1763900400000-Certificates';
import { ShipmentPurchaseOrder1763900500000 } from './1763900500000-ShipmentPurchaseOrder';
import { MembershipChangesOnly1763900600000 } from './1763900600000-MembershipChangesOnly';
import { PlatformTrust1763900700000 } from './1763900700000-PlatformTrust';
import { UnitEventTime1763900800000 } from './1763900800000-UnitEventTime';
import { ShipmentEventCorrections1763900900000 } from './1763900900000-ShipmentEventCorrections';
import { DeclaredCountsEnergyVersions1763901000000 } from './1763901000000-DeclaredCountsEnergyVersions';
import { ReferentialIntegrity1763901100000 } from './1763901100000-ReferentialIntegrity';
import { JobReconciliation1763901200000 } from './1763901200000-JobReconciliation';
import { AuditCheckpoints1763901300000 } from './1763901300000-AuditCheckpoints';
import { NonFiniteResults1763901400000 } from './1763901400000-NonFiniteResults';
import { DropDeadColumns1763901800000 } from './1763901800000-DropDeadColumns';
import { ModelPassportVersions1763902000000 } from './1763902000000-ModelPassportVersions';
import { PassportAccessGrants1763902100000 } from './1763902100000-PassportAccessGrants';
import { ModelPassportPublications1763902200000 } from './1763902200000-ModelPassportPublications';
import { BatteryHealth1763902300000 } from './1763902300000-BatteryHealth';
import { BatteryPassports1763902400000 } from './1763902400000-BatteryPassports';
import { BatteryModelGtin1763902600000 } from './1763902600000-BatteryModelGtin';
import { BatchPassportPublications1763902900000 } from './1763902900000-BatchPassportPublications';
import { PassportGrantsPerBattery1763903000000 } from './1763903000000-PassportGrantsPerBattery';
import { PassportDocuments1763903100000 } from './1763903100000-PassportDocuments';

/** Every migration, in order. New migrations are appended here (read by the app, tests and CLI). */
export const MIGRATIONS = [
  Foundation1763859600000,
  Footprints1763900000000,
  Shipments1763900100000,
  Displacement1763900200000,
  Provenance1763900300000,
  Certificates1763900400000,
  ShipmentPurchaseOrder1763900500000,
  MembershipChangesOnly1763900600000,
  PlatformTrust1763900700000,
  UnitEventTime1763900800000,
  ShipmentEventCorrections1763900900000,
  DeclaredCountsEnergyVersions1763901000000,
  ReferentialIntegrity1763901100000,
  JobReconciliation1763901200000,
  AuditCheckpoints1763901300000,
  NonFiniteResults1763901400000,
  DropDeadColumns1763901800000,
  ModelPassportVersions1763902000000,
  PassportAccessGrants1763902100000,
  ModelPassportPublications1763902200000,
  BatteryHealth1763902300000,
  BatteryPassports1763902400000,
  BatteryModelGtin1763902600000,
  BatchPassportPublications1763902900000,
  PassportGrantsPerBattery1763903000000,
  PassportDocuments1763903100000,
];
