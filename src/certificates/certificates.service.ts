import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requireCertifier, requireManufacturer } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { sha256Hex } from '../common/canonical-json';
import { badInput, conflict, forbidden, notFound, uniqueViolation } from '../common/errors';
import { decodeIdCursor, Page, pageSize, toPage } from '../common/pagination';
import { BOUNDS } from '../common/physical-bounds';
import { optionalName, optionalText, requireId, requireName, requireQuantity, requireText } from '../common/validate';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { STATUS_LIST_BYTES, STATUS_LIST_MIN_ENTRIES } from './bitstring-status-list';
import { CertificateCredential, CREDENTIAL_TYPE, footprintSha256, signCredential, StatusEntry, VC_CONTEXT } from './credential';
import { SigningKeysService } from './signing-keys.service';

export const ASSURANCE_LEVELS = ['LIMITED', 'REASONABLE'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];
export const OPINION_TYPES = ['UNMODIFIED', 'MODIFIED', 'ADVERSE'] as const;
export const CERTIFICATE_STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** DOMAIN.md §4: materiality is "usually 5%". */
export const DEFAULT_MATERIALITY_PERCENT = 5;
/** DOMAIN.md §4: validity is "typically one year". */
export const DEFAULT_VALIDITY_MONTHS = 12;
/** DOMAIN.md §4: the verification standard. */
export const VERIFICATION_STANDARD = 'ISO 14064-3:2019';

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

export interface StatusChange {
  certificate: CertificateRow;
  changed: boolean;
  message: string;
}

const REQ_COLS = `r.id, r.footprint_id AS "footprintId", r.batch_id AS "batchId", r.manufacturer_id AS "manufacturerId",
  r.certifier_id AS "certifierId", r.status, r.note, r.refusal_reasons AS "refusalReasons", r.requested_by AS "requestedBy",
  r.created_at AS "createdAt", r.decided_by AS "decidedBy", r.decided_at AS "decidedAt",
  (SELECT c.id FROM certificates c WHERE c.request_id = r.id) AS "certificateId",
  f.version AS "footprintVersion", f.status AS "footprintStatus", f.ruleset_id AS "rulesetId",
  f.kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime", f.inputs_sha256 AS "inputsSha256"`;

export const CERT_COLS = `c.id, c.number, c.request_id AS "requestId", c.footprint_id AS "footprintId", c.batch_id AS "batchId",
  c.manufacturer_id AS "manufacturerId", c.certifier_id AS "certifierId", c.key_id AS "keyId", c.status_index AS "statusIndex",
  c.status, c.status_reason AS "statusReason", c.status_changed_at AS "statusChangedAt", c.assurance,
  c.materiality_percent AS "materialityPercent", c.statement, c.footprint_sha256 AS "footprintSha256", c.issued_at AS "issuedAt",
  c.valid_from AS "validFrom", c.valid_until AS "validUntil", c.credential`;

export interface IssueCertificateArgs {
  requestId: string;
  assurance: string;
  materialityPercent?: number | null;
  opinion: string;
  opinionType?: string | null;
  leadVerifier: string;
  reviewer: string;
  validFrom?: Date | null;
  validUntil?: Date | null;
  systemBoundary?: string | null;
  accreditation?: string | null;
  notifiedBodyNumber?: string | null;
}

/** The footprint figures a certificate certifies (what the credential's footprint hash covers). */
export interface FootprintFigures {
  footprintId: string;
  batchId: string;
  version: number;
  rulesetId: string;
  rawMaterialKgCo2e: number;
  mainProductionKgCo2e: number;
  distributionKgCo2e: number;
  endOfLifeKgCo2e: number;
  kgCo2eAbsolute: number;
  kgCo2ePerKWhCapacity: number;
  kgCo2ePerKWhLifetime: number;
  lifetimeEnergyKWh: number;
  inputsSha256: string;
}

interface IssueContext extends FootprintFigures {
  footprintStatus: string;
  batchNumber: string;
  productionStart: Date;
  productionEnd: Date;
  registeredPackCount: number;
  functionalUnit: unknown;
  electricityBasis: unknown;
  modelId: string;
  modelName: string;
  chemistry: string;
  nominalEnergyKWh: number;
  plantId: string;
  plantName: string;
  plantAddress: string | null;
  parkCode: string;
  parkName: string;
  manufacturerId: string;
  manufacturerName: string;
  certifierName: string;
}

function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

/** The certified footprint figures from a footprint row. */
export function certifiedFootprintOf(f: FootprintFigures) {
  return {
    id: f.footprintId,
    batchId: f.batchId,
    version: f.version,
    rulesetId: f.rulesetId,
    stagesKgCo2e: {
      RAW_MATERIAL_ACQUISITION: f.rawMaterialKgCo2e,
      MAIN_PRODUCTION: f.mainProductionKgCo2e,
      DISTRIBUTION: f.distributionKgCo2e,
      END_OF_LIFE_RECYCLING: f.endOfLifeKgCo2e,
    },
    kgCo2eAbsolute: f.kgCo2eAbsolute,
    kgCo2ePerKWhCapacity: f.kgCo2ePerKWhCapacity,
    kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
    lifetimeEnergyKWh: f.lifetimeEnergyKWh,
    inputsSha256: f.inputsSha256,
  };
}

export const FOOTPRINT_FIGURE_COLS = `f.id AS "footprintId", f.batch_id AS "batchId", f.version, f.ruleset_id AS "rulesetId",
  f.raw_material_kg_co2e AS "rawMaterialKgCo2e", f.main_production_kg_co2e AS "mainProductionKgCo2e",
  f.distribution_kg_co2e AS "distributionKgCo2e", f.end_of_life_kg_co2e AS "endOfLifeKgCo2e",
  f.kg_co2e_absolute AS "kgCo2eAbsolute", f.kg_co2e_per_kwh_capacity AS "kgCo2ePerKWhCapacity",
  f.kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime", f.lifetime_energy_kwh AS "lifetimeEnergyKWh", f.inputs_sha256 AS "inputsSha256"`;

/**
 * The certification workflow (issue 5, DOMAIN.md §4): a manufacturer asks a certifier to verify
 * a DECLARED footprint; the certifier issues a signed certificate (a W3C VC 2.0, see
 * credential.ts) or refuses with reasons; afterwards it may revoke, suspend and reinstate it by
 * flipping its bits in its Bitstring Status Lists. Every change is one transaction ending with
 * its audit entry. A no-op status change (revoking a revoked certificate) writes nothing and says so.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly keys: SigningKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  statusListUrl(listId: string): string {
    return `${this.config.publicBaseUrl}/status-lists/${listId}`;
  }

  certificateUrl(id: string): string {
    return `${this.config.publicBaseUrl}/verify/${id}`;
  }

  async requestCertification(
    actor: Actor,
    input: { footprintId: string; certifierId: string; note?: string | null },
  ): Promise<CertificationRequestRow> {
    const manufacturerId = requireManufacturer(actor, 'requestCertification');
    const footprintId = requireId('input.footprintId', input.footprintId);
    const certifierId = requireId('input.certifierId', input.certifierId);
    const note = optionalText('input.note', input.note, 2000);
    try {
      return await this.insertRequest(actor, manufacturerId, footprintId, certifierId, note);
    } catch (err) {
      // Two requests at once both passed the pending check; the partial unique index let one in.
      if (uniqueViolation(err) !== 'certification_requests_one_pending') throw err;
      const pending: { id: string }[] = await this.db.query(
        `SELECT id FROM certification_requests WHERE footprint_id = $1 AND certifier_id = $2 AND status = 'PENDING'`,
        [footprintId, certifierId],
      );
      throw conflict(
        `a certification request${pending.length ? ` ${pending[0].id}` : ''} for this footprint is already pending with this certifier`,
        'input.footprintId',
        { reason: 'DUPLICATE', constraint: 'certification_requests_one_pending' },
      );
    }
  }

  private insertRequest(
    actor: Actor,
    manufacturerId: string,
    footprintId: string,
    certifierId: string,
    note: string | null,
  ): Promise<CertificationRequestRow> {
    return this.db.transaction(async (em) => {
      const fps: { manufacturerId: string; status: string; batchId: string; version: number }[] = await em.query(
        `SELECT manufacturer_id AS "manufacturerId", status, batch_id AS "batchId", version FROM footprints WHERE id = $1 FOR SHARE`,
        [footprintId],
      );
      if (!fps.length) throw notFound('Footprint', footprintId, 'input.footprintId');
      const f = fps[0];
      if (f.manufacturerId !== manufacturerId)
        throw forbidden(`footprint ${footprintId} belongs to another manufacturer`, 'input.footprintId');
      const orgs: { kind: string }[] = await em.query(`SELECT kind FROM organizations WHERE id = $1`, [certifierId]);
      if (!orgs.length) throw notFound('Organization', certifierId, 'input.certifierId');
      if (orgs[0].kind !== 'CERTIFIER')
        throw badInput('input.certifierId', `organization ${certifierId} is a ${orgs[0].kind}, not a certifier`);
      if (f.status !== 'DECLARED') {
        throw conflict(
          `footprint ${footprintId} (version ${f.version}) is ${f.status}: only a declared footprint can be certified`,
          'input.footprintId',
        );
      }
      const pending: { id: string }[] = await em.query(
        `SELECT id FROM certification_requests WHERE footprint_id = $1 AND certifier_id = $2 AND status = 'PENDING'`,
        [footprintId, certifierId],
      );
      if (pending.length)
        throw conflict(
          `a certification request ${pending[0].id} for this footprint is already pending with this certifier`,
          'input.footprintId',
        );
      const [{ id }]: { id: string }[] = await em.query(
        `INSERT INTO certification_requests (footprint_id, batch_id, manufacturer_id, certifier_id, note, requested_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [footprintId, f.batchId, manufacturerId, certifierId, note, actorId(actor)],
      );
      await this.audit.append(em, actor, {
        action: 'requestCertification',
        subjectType: 'CertificationRequest',
        subjectId: id,
        input: { footprintId, certifierId, note },
      });
      return this.request(em, id);
    });
  }

  private async request(em: EntityManager | DataSource, id: string): Promise<CertificationRequestRow> {
    const rows: CertificationRequestRow[] = await em.query(
      `SELECT ${REQ_COLS} FROM certification_requests r JOIN footprints f ON f.id = r.footprint_id WHERE r.id = $1`,
      [id],
    );
    if (!rows.length) throw notFound('Certification request', id);
    return rows[0];
  }

  /** The certifier's queue (its requests), or a manufacturer's own requests; the administrator sees all. */
  async certificationRequests(
    actor: Actor,
    status: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<CertificationRequestRow>> {
    if (status !== null && status !== undefined && !['PENDING', 'ISSUED', 'REFUSED'].includes(status))
      throw badInput('status', 'expected PENDING, ISSUED or REFUSED');
    const params: unknown[] = [status ?? null];
    let where = `($1::text IS NULL OR r.status = $1)`;
    if (actor.type === 'ORGANIZATION') {
      params.push(actor.organizationId);
      where += actor.organizationKind === 'CERTIFIER' ? ` AND r.certifier_id = $2` : ` AND r.manufacturer_id = $2`;
    } else if (actor.type !== 'ADMIN') throw forbidden('certificationRequests needs an API key');
    const limit = pageSize('first', first);
    const cursor = decodeIdCursor('after', after);
    if (cursor) {
      params.push(cursor);
      where += ` AND (r.created_at, r.id) > (SELECT x.created_at, x.id FROM certification_requests x WHERE x.id = $${params.length})`;
    }
    params.push(limit + 1);
    const rows: CertificationRequestRow[] = await this.db.query(
      `SELECT ${REQ_COLS} FROM certification_requests r JOIN footprints f ON f.id = r.footprint_id WHERE ${where} ORDER BY r.created_at, r.id LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, limit, (r) => [r.id]);
  }

  /** The footprint inputs document behind a request, for the certifier it is addressed to (and the manufacturer). */
  async requestInputs(actor: Actor, r: CertificationRequestRow): Promise<string | null> {
    const me = actor.type === 'ORGANIZATION' ? actor.organizationId : null;
    if (actor.type !== 'ADMIN' && me !== r.certifierId && me !== r.manufacturerId) return null;
    const rows: { inputs: unknown }[] = await this.db.query(`SELECT inputs FROM footprints WHERE id = $1`, [r.footprintId]);
    return rows.length ? JSON.stringify(rows[0].inputs) : null;
  }

  /** Locks a request addressed to this certifier and still pending. */
  private async pendingRequestFor(
    em: EntityManager,
    actor: Actor,
    requestIdRaw: string,
    operation: string,
  ): Promise<{ certifierId: string; requestId: string; footprintId: string }> {
    const certifierId = requireCertifier(actor, operation);
    const requestId = requireId('input.requestId', requestIdRaw);
    const rows: { certifierId: string; status: string; footprintId: string }[] = await em.query(
      `SELECT certifier_id AS "certifierId", status, footprint_id AS "footprintId" FROM certification_requests WHERE id = $1 FOR UPDATE`,
      [requestId],
    );
    if (!rows.length) throw notFound('Certification request', requestId, 'input.requestId');
    if (rows[0].certifierId !== certifierId)
      throw forbidden(`certification request ${requestId} is addressed to another certifier`, 'input.requestId');
    if (rows[0].status !== 'PENDING') throw conflict(`certification request ${requestId} is already ${rows[0].status}`, 'input.requestId');
    return { certifierId, requestId, footprintId: rows[0].footprintId };
  }

  async refuseCertification(actor: Actor, input: { requestId: string; reasons: string[] }): Promise<CertificationRequestRow> {
    requireCertifier(actor, 'refuseCertification');
    if (!Array.isArray(input.reasons) || input.reasons.length === 0) throw badInput('input.reasons', 'give at least one reason');
    if (input.reasons.length > 50) throw badInput('input.reasons', 'at most 50 reasons');
    const reasons = input.reasons.map((r, i) => requireText(`input.reasons[${i}]`, r, 2000));
    return this.db.transaction(async (em) => {
      const { requestId } = await this.pendingRequestFor(em, actor, input.requestId, 'refuseCertification');
      await em.query(
        `UPDATE certification_requests SET status = 'REFUSED', refusal_reasons = $2, decided_by = $3, decided_at = now() WHERE id = $1`,
        [requestId, reasons, actorId(actor)],
      );
      await this.audit.append(em, actor, {
        action: 'refuseCertification',
        subjectType: 'CertificationRequest',
        subjectId: requestId,
        input: { requestId, reasons },
      });
      return this.request(em, requestId);
    });
  }

  async issueCertificate(actor: Actor, input: IssueCertificateArgs): Promise<CertificateRow> {
    requireCertifier(actor, 'issueCertificate');
    requireId('input.requestId', input.requestId);
    if (!(ASSURANCE_LEVELS as readonly string[]).includes(input.assurance))
      throw badInput('input.assurance', 'expected LIMITED or REASONABLE');
    const assurance = input.assurance as AssuranceLevel;
    const materialityPercent = input.materialityPercent ?? DEFAULT_MATERIALITY_PERCENT;
    requireQuantity('input.materialityPercent', materialityPercent, BOUNDS.percent);
    const opinionType = input.opinionType ?? 'UNMODIFIED';
    if (!(OPINION_TYPES as readonly string[]).includes(opinionType))
      throw badInput('input.opinionType', 'expected UNMODIFIED, MODIFIED or ADVERSE');
    const opinion = requireText('input.opinion', input.opinion, 4000);
    const leadVerifier = requireName('input.leadVerifier', input.leadVerifier, 200);
    const reviewer = requireName('input.reviewer', input.reviewer, 200);
    if (leadVerifier.toLowerCase() === reviewer.toLowerCase())
      throw badInput('input.reviewer', 'the independent reviewer must not be the lead verifier');
    const systemBoundary = optionalText('input.systemBoundary', input.systemBoundary, 2000);
    const accreditation = optionalText('input.accreditation', input.accreditation, 500);
    const notifiedBodyNumber = optionalName('input.notifiedBodyNumber', input.notifiedBodyNumber, 50);
    for (const [field, d] of [
      ['input.validFrom', input.validFrom],
      ['input.validUntil', input.validUntil],
    ] as const) {
      if (d !== null && d !== undefined && (!(d instanceof Date) || Number.isNaN(d.getTime())))
        throw badInput(field, 'not a valid date-time');
    }

    return this.db.transaction(async (em) => {
      const { certifierId, requestId, footprintId } = await this.pendingRequestFor(em, actor, input.requestId, 'issueCertificate');
      const ctx = await this.issueContext(em, footprintId, certifierId);
      if (ctx.footprintStatus !== 'DECLARED') {
        throw conflict(
          `footprint ${footprintId} is ${ctx.footprintStatus}: only the batch's current declared footprint can be certified`,
          'input.requestId',
        );
      }
      const key = await this.keys.lockCurrentKey(em, certifierId, actor);
      const [{ now }]: { now: Date }[] = await em.query(`SELECT clock_timestamp() AS now`);
      const validFrom = input.validFrom ?? now;
      const validUntil = input.validUntil ?? addMonths(validFrom, DEFAULT_VALIDITY_MONTHS);
      if (validUntil.getTime() <= validFrom.getTime()) throw badInput('input.validUntil', 'must be after validFrom');
      if (validUntil.getTime() > addMonths(validFrom, 60).getTime())
        throw badInput('input.validUntil', 'at most five years after validFrom');

      const lists = await this.lockStatusLists(em, certifierId);
      const [{ next }]: { next: number }[] = await em.query(
        `SELECT coalesce(max(status_index) + 1, 0)::int AS next FROM certificates WHERE certifier_id = $1`,
        [certifierId],
      );
      if (next >= STATUS_LIST_MIN_ENTRIES) throw conflict(`certifier ${certifierId} has used every entry of its status lists`);
      const [{ id, seq }]: { id: string; seq: string }[] = await em.query(
        `SELECT gen_random_uuid() AS id, nextval('certificate_number_seq') AS seq`,
      );
      const number = `BTC-${now.getUTCFullYear()}-${String(seq).padStart(6, '0')}`;

      const figures = certifiedFootprintOf(ctx);
      const statement = {
        id,
        number,
        url: this.certificateUrl(id),
        issuedAt: now.toISOString(),
        issuingBody: { id: certifierId, name: ctx.certifierName, accreditation, notifiedBodyNumber },
        verificationStandard: VERIFICATION_STANDARD,
        criteria: ['ISO 14067:2018', 'EU 2023/1542 Annex II', `battrace ruleset ${ctx.rulesetId}`],
        assurance,
        materialityPercent,
        opinionType,
        opinion,
        leadVerifier,
        reviewer,
        systemBoundary:
          systemBoundary ??
          'cradle to grave excluding the use phase: raw material acquisition, main production, distribution, end of life (EU 2023/1542 Annex II)',
        dataPeriod: { from: new Date(ctx.productionStart).toISOString(), to: new Date(ctx.productionEnd).toISOString() },
        electricityApproach: { rulesetId: ctx.rulesetId, basis: ctx.electricityBasis },
      };
      const statusEntry = (purpose: 'revocation' | 'suspension'): StatusEntry => ({
        id: `${this.statusListUrl(lists[purpose])}#${next}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: purpose,
        statusListIndex: String(next),
        statusListCredential: this.statusListUrl(lists[purpose]),
      });
      const vc: CertificateCredential = {
        '@context': [VC_CONTEXT],
        id: `urn:uuid:${id}`,
        type: ['VerifiableCredential', CREDENTIAL_TYPE],
        issuer: { id: key.did, name: ctx.certifierName },
        validFrom: validFrom.toISOString(),
        validUntil: validUntil.toISOString(),
        credentialSubject: {
          id: `urn:uuid:${ctx.batchId}`,
          type: 'BatteryBatch',
          certificate: statement,
          responsibleParty: {
            id: ctx.manufacturerId,
            name: ctx.manufacturerName,
            plant: { id: ctx.plantId, name: ctx.plantName, address: ctx.plantAddress },
            park: { code: ctx.parkCode, name: ctx.parkName },
          },
          product: {
            batchId: ctx.batchId,
            batchNumber: ctx.batchNumber,
            packCount: ctx.registeredPackCount,
            model: { id: ctx.modelId, name: ctx.modelName, chemistry: ctx.chemistry, nominalEnergyKWh: ctx.nominalEnergyKWh },
          },
          footprint: { ...figures, sha256: footprintSha256(figures), functionalUnit: ctx.functionalUnit },
        },
        credentialStatus: [statusEntry('revocation'), statusEntry('suspension')],
      };
      const jws = await signCredential(vc, key.privateKey, key.kid);
      await em.query(
        `INSERT INTO certificates (id, number, request_id, footprint_id, batch_id, manufacturer_id, certifier_id, key_id, status_index,
           assurance, materiality_percent, statement, footprint_sha256, issued_at, valid_from, valid_until, credential, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [
          id,
          number,
          requestId,
          footprintId,
          ctx.batchId,
          ctx.manufacturerId,
          certifierId,
          key.keyId,
          next,
          assurance,
          materialityPercent,
          JSON.stringify(statement),
          vc.credentialSubject.footprint.sha256,
          now,
          validFrom,
          validUntil,
          jws,
          actorId(actor),
        ],
      );
      await em.query(`UPDATE certification_requests SET status = 'ISSUED', decided_by = $2, decided_at = now() WHERE id = $1`, [
        requestId,
        actorId(actor),
      ]);
      await this.audit.append(em, actor, {
        action: 'issueCertificate',
        subjectType: 'Certificate',
        subjectId: id,
        input: {
          requestId,
          footprintId,
          number,
          keyId: key.keyId,
          assurance,
          materialityPercent,
          validFrom,
          validUntil,
          credentialSha256: sha256Hex(jws),
        },
      });
      return this.certificateIn(em, id);
    });
  }

  private async issueContext(em: EntityManager, footprintId: string, certifierId: string): Promise<IssueContext> {
    const rows: IssueContext[] = await em.query(
      `SELECT ${FOOTPRINT_FIGURE_COLS}, f.status AS "footprintStatus",
              f.result -> 'functionalUnit' AS "functionalUnit", f.result -> 'electricity' -> 'basis' AS "electricityBasis",
              b.batch_number AS "batchNumber", b.production_start AS "productionStart", b.production_end AS "productionEnd",
              (SELECT count(*)::int FROM units u WHERE u.batch_id = b.id AND u.kind = 3) AS "registeredPackCount",
              m.id AS "modelId", m.name AS "modelName", m.chemistry, m.nominal_energy_kwh AS "nominalEnergyKWh",
              p.id AS "plantId", p.name AS "plantName", p.address AS "plantAddress", k.code AS "parkCode", k.name AS "parkName",
              mo.id AS "manufacturerId", mo.name AS "manufacturerName", co.name AS "certifierName"
         FROM footprints f
         JOIN batches b ON b.id = f.batch_id
         JOIN battery_models m ON m.id = f.model_id
         JOIN plants p ON p.id = f.plant_id
         JOIN parks k ON k.id = p.park_id
         JOIN organizations mo ON mo.id = f.manufacturer_id
         JOIN organizations co ON co.id = $2
        WHERE f.id = $1
        FOR SHARE OF f`,
      [footprintId, certifierId],
    );
    if (!rows.length) throw notFound('Footprint', footprintId);
    return rows[0];
  }

  /** The certifier's two status lists (made on first use), locked: issuance allocates indexes under this lock. */
  private async lockStatusLists(em: EntityManager, certifierId: string): Promise<Record<'revocation' | 'suspension', string>> {
    await em.query(
      `INSERT INTO status_lists (certifier_id, purpose, bits)
       SELECT $1, p, $2::bytea FROM unnest(ARRAY['revocation','suspension']) AS p
       ON CONFLICT (certifier_id, purpose) DO NOTHING`,
      [certifierId, Buffer.alloc(STATUS_LIST_BYTES)],
    );
    const rows: { id: string; purpose: 'revocation' | 'suspension' }[] = await em.query(
      `SELECT id, purpose FROM status_lists WHERE certifier_id = $1 ORDER BY purpose FOR UPDATE`,
      [certifierId],
    );
    return Object.fromEntries(rows.map((r) => [r.purpose, r.id])) as Record<'revocation' | 'suspension', string>;
  }

  private async certificateIn(em: EntityManager | DataSource, id: string): Promise<CertificateRow> {
    const rows: CertificateRow[] = await em.query(`SELECT ${CERT_COLS} FROM certificates c WHERE c.id = $1`, [id]);
    if (!rows.length) throw notFound('Certificate', id);
    return rows[0];
  }

  async certificate(idRaw: string): Promise<CertificateRow> {
    return this.certificateIn(this.db, requireId('id', idRaw));
  }

  async certificatesOfBatch(batchId: string): Promise<CertificateRow[]> {
    return this.db.query(`SELECT ${CERT_COLS} FROM certificates c WHERE c.batch_id = $1 ORDER BY c.issued_at DESC`, [batchId]);
  }

  revokeCertificate(actor: Actor, input: { certificateId: string; reason: string }): Promise<StatusChange> {
    return this.changeStatus(actor, input, 'revokeCertificate');
  }

  suspendCertificate(actor: Actor, input: { certificateId: string; reason: string }): Promise<StatusChange> {
    return this.changeStatus(actor, input, 'suspendCertificate');
  }

  reinstateCertificate(actor: Actor, input: { certificateId: string; reason: string }): Promise<StatusChange> {
    return this.changeStatus(actor, input, 'reinstateCertificate');
  }

  /**
   * Revocation is final; suspension is undone by reinstatement. The status bits (index 0 = the
   * left-most bit, i.e. PostgreSQL bit 8·⌊i/8⌋ + 7 − i mod 8) and the row change together.
   */
  private async changeStatus(
    actor: Actor,
    input: { certificateId: string; reason: string },
    action: 'revokeCertificate' | 'suspendCertificate' | 'reinstateCertificate',
  ): Promise<StatusChange> {
    const certifierId = requireCertifier(actor, action);
    const id = requireId('input.certificateId', input.certificateId);
    const reason = requireText('input.reason', input.reason, 2000);
    return this.db.transaction(async (em) => {
      const rows: { certifierId: string; status: CertificateStatus; statusIndex: number; number: string }[] = await em.query(
        `SELECT certifier_id AS "certifierId", status, status_index AS "statusIndex", number FROM certificates WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!rows.length) throw notFound('Certificate', id, 'input.certificateId');
      const c = rows[0];
      if (c.certifierId !== certifierId) throw forbidden(`certificate ${id} was issued by another certifier`, 'input.certificateId');
      const target: CertificateStatus =
        action === 'revokeCertificate' ? 'REVOKED' : action === 'suspendCertificate' ? 'SUSPENDED' : 'ACTIVE';
      if (c.status === target) {
        const words = { REVOKED: 'already revoked', SUSPENDED: 'already suspended', ACTIVE: 'already active (not suspended)' }[target];
        return {
          certificate: await this.certificateIn(em, id),
          changed: false,
          message: `certificate ${c.number} is ${words}: nothing changed`,
        };
      }
      if (c.status === 'REVOKED') throw conflict(`certificate ${c.number} is revoked: revocation is final`, 'input.certificateId');
      if (action === 'reinstateCertificate' && c.status !== 'SUSPENDED')
        throw conflict(`certificate ${c.number} is not suspended`, 'input.certificateId');
      const bit = `(${c.statusIndex} / 8) * 8 + 7 - ${c.statusIndex} % 8`;
      const setBit = async (purpose: string, value: 0 | 1) =>
        em.query(
          `UPDATE status_lists SET bits = set_bit(bits, ${bit}, ${value}), updated_at = now() WHERE certifier_id = $1 AND purpose = $2`,
          [certifierId, purpose],
        );
      if (target === 'REVOKED') {
        await setBit('revocation', 1);
        await setBit('suspension', 0);
      } else await setBit('suspension', target === 'SUSPENDED' ? 1 : 0);
      await em.query(`UPDATE certificates SET status = $2, status_reason = $3, status_changed_at = now() WHERE id = $1`, [
        id,
        target,
        reason,
      ]);
      await this.audit.append(em, actor, {
        action,
        subjectType: 'Certificate',
        subjectId: id,
        input: { certificateId: id, reason, from: c.status, to: target },
      });
      return {
        certificate: await this.certificateIn(em, id),
        changed: true,
        message: `certificate ${c.number} is now ${target.toLowerCase()}`,
      };
    });
  }
}
