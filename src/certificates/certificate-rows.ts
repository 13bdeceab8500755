import type { AssuranceLevel } from './carbon-credential';
import type { CertificateCredential } from './credential';

/**
 * The certification request and certificate rows as the services read them, with the SQL
 * column lists that read them (aliased to these field names).
 */

export const CERTIFICATE_STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface CertificationRequestRow {
  id: string;
  footprintId: string;
  batchId: string;
  manufacturerId: string;
  certifierId: string;
  status: 'PENDING' | 'ISSUED' | 'REFUSED';
  note: string | null;
  refusalReasons: string[] | null;
  requestedBy: string;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  certificateId: string | null;
  footprintVersion: number;
  footprintStatus: string;
  rulesetId: string;
  kgCo2ePerKWhLifetime: number;
  inputsSha256: string;
}

export interface CertificateRow {
  id: string;
  number: string;
  requestId: string;
  footprintId: string;
  batchId: string;
  manufacturerId: string;
  certifierId: string;
  keyId: string;
  statusIndex: number;
  status: CertificateStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  assurance: AssuranceLevel;
  materialityPercent: number;
  statement: CertificateCredential['credentialSubject']['certificate'];
  footprintSha256: string;
  issuedAt: Date;
  validFrom: Date;
  validUntil: Date;
  credential: string;
}

/** `certification_requests r JOIN footprints f` */
export const REQ_COLS = `r.id, r.footprint_id AS "footprintId", r.batch_id AS "batchId", r.manufacturer_id AS "manufacturerId",
  r.certifier_id AS "certifierId", r.status, r.note, r.refusal_reasons AS "refusalReasons", r.requested_by AS "requestedBy",
  r.created_at AS "createdAt", r.decided_by AS "decidedBy", r.decided_at AS "decidedAt",
  (SELECT c.id FROM certificates c WHERE c.request_id = r.id) AS "certificateId",
  f.version AS "footprintVersion", f.status AS "footprintStatus", f.ruleset_id AS "rulesetId",
  f.kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime", f.inputs_sha256 AS "inputsSha256"`;

/** `certificates c` */
export const CERT_COLS = `c.id, c.number, c.request_id AS "requestId", c.footprint_id AS "footprintId", c.batch_id AS "batchId",
  c.manufacturer_id AS "manufacturerId", c.certifier_id AS "certifierId", c.key_id AS "keyId", c.status_index AS "statusIndex",
  c.status, c.status_reason AS "statusReason", c.status_changed_at AS "statusChangedAt", c.assurance,
  c.materiality_percent AS "materialityPercent", c.statement, c.footprint_sha256 AS "footprintSha256", c.issued_at AS "issuedAt",
  c.valid_from AS "validFrom", c.valid_until AS "validUntil", c.credential`;

/** `footprints f`, as carbon-credential.ts's FootprintFigures */
export const FOOTPRINT_FIGURE_COLS = `f.id AS "footprintId", f.batch_id AS "batchId", f.version, f.ruleset_id AS "rulesetId",
  f.raw_material_kg_co2e AS "rawMaterialKgCo2e", f.main_production_kg_co2e AS "mainProductionKgCo2e",
  f.distribution_kg_co2e AS "distributionKgCo2e", f.end_of_life_kg_co2e AS "endOfLifeKgCo2e",
  f.kg_co2e_absolute AS "kgCo2eAbsolute", f.kg_co2e_per_kwh_capacity AS "kgCo2ePerKWhCapacity",
  f.kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime", f.lifetime_energy_kwh AS "lifetimeEnergyKWh", f.inputs_sha256 AS "inputsSha256"`;
