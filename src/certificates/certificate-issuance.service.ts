import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requireCertifier } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { sha256Hex } from '../common/canonical-json';
import { badInput, conflict, notFound } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { optionalName, optionalText, requireId, requireName, requireQuantity, requireText } from '../common/validate';
import { UNIT_KIND_CODE } from '../units/unit-kind';
import { STATUS_LIST_BYTES, STATUS_LIST_MIN_ENTRIES } from './bitstring-status-list';
import {
  ASSURANCE_LEVELS,
  AssuranceLevel,
  buildCarbonCredential,
  CertifiedFacts,
  DEFAULT_MATERIALITY_PERCENT,
  DEFAULT_VALIDITY_MONTHS,
  IssueTerms,
  OPINION_TYPES,
  OpinionType,
} from './carbon-credential';
import { CertificateRow, FOOTPRINT_FIGURE_COLS } from './certificate-rows';
import { CertificatesService } from './certificates.service';
import { CertificationRequestsService } from './certification-requests.service';
import { signCredential } from './credential';
import { SigningKeysService } from './signing-keys.service';

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

function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

/** The certifier's statement from its input, or BAD_USER_INPUT naming the first wrong field. */
function issueTermsOf(input: IssueCertificateArgs): IssueTerms {
  if (!(ASSURANCE_LEVELS as readonly string[]).includes(input.assurance))
    throw badInput('input.assurance', 'expected LIMITED or REASONABLE');
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
  return {
    assurance: input.assurance as AssuranceLevel,
    materialityPercent,
    opinionType: opinionType as OpinionType,
    opinion,
    leadVerifier,
    reviewer,
    systemBoundary,
    accreditation,
    notifiedBodyNumber,
  };
}

/** The validity period: from now (or as given) for a year (or until as given), at most five years. */
function validityOf(input: IssueCertificateArgs, now: Date): { validFrom: Date; validUntil: Date } {
  const validFrom = input.validFrom ?? now;
  const validUntil = input.validUntil ?? addMonths(validFrom, DEFAULT_VALIDITY_MONTHS);
  if (validUntil.getTime() <= validFrom.getTime()) throw badInput('input.validUntil', 'must be after validFrom');
  if (validUntil.getTime() > addMonths(validFrom, 60).getTime()) throw badInput('input.validUntil', 'at most five years after validFrom');
  return { validFrom, validUntil };
}

/**
 * Issuance (issue 5): the addressed certifier issues a certificate for a pending request, in one
 * transaction: load what is certified, allocate the number and the status list index, build the
 * credential (carbon-credential.ts), sign it with the certifier's current key, store it, close
 * the request and append the audit entry.
 */
@Injectable()
export class CertificateIssuanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly keys: SigningKeysService,
    private readonly requests: CertificationRequestsService,
    private readonly certificates: CertificatesService,
  ) {}

  async issueCertificate(actor: Actor, input: IssueCertificateArgs): Promise<CertificateRow> {
    requireCertifier(actor, 'issueCertificate');
    requireId('input.requestId', input.requestId);
    const terms = issueTermsOf(input);

    return this.db.transaction(async (em) => {
      const { certifierId, requestId, footprintId } = await this.requests.lockPendingRequest(
        em,
        actor,
        input.requestId,
        'issueCertificate',
      );
      const facts = await this.certifiedFacts(em, footprintId, certifierId);
      if (facts.footprintStatus !== 'DECLARED') {
        throw conflict(
          `footprint ${footprintId} is ${facts.footprintStatus}: only the batch's current declared footprint can be certified`,
          'input.requestId',
          'FOOTPRINT_NOT_CURRENT',
        );
      }
      const key = await this.keys.lockCurrentKey(em, certifierId, actor);
      const [{ now }]: { now: Date }[] = await em.query(`SELECT clock_timestamp() AS now`);
      const { validFrom, validUntil } = validityOf(input, now);

      const lists = await this.lockStatusLists(em, certifierId);
      const [{ next }]: { next: number }[] = await em.query(
        `SELECT coalesce(max(status_index) + 1, 0)::int AS next FROM certificates WHERE certifier_id = $1`,
        [certifierId],
      );
      if (next >= STATUS_LIST_MIN_ENTRIES)
        throw conflict(`certifier ${certifierId} has used every entry of its status lists`, undefined, 'STATUS_LIST_FULL');
      const [{ id, seq }]: { id: string; seq: string }[] = await em.query(
        `SELECT gen_random_uuid() AS id, nextval('certificate_number_seq') AS seq`,
      );
      const number = `BTC-${now.getUTCFullYear()}-${String(seq).padStart(6, '0')}`;

      const vc = buildCarbonCredential(facts, {
        id,
        number,
        url: this.certificates.certificateUrl(id),
        issuedAt: now,
        validFrom,
        validUntil,
        issuer: { did: key.did, certifierId },
        terms,
        status: {
          index: next,
          revocationListUrl: this.certificates.statusListUrl(lists.revocation),
          suspensionListUrl: this.certificates.statusListUrl(lists.suspension),
        },
      });
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
          facts.batchId,
          facts.manufacturerId,
          certifierId,
          key.keyId,
          next,
          terms.assurance,
          terms.materialityPercent,
          JSON.stringify(vc.credentialSubject.certificate),
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
          assurance: terms.assurance,
          materialityPercent: terms.materialityPercent,
          validFrom,
          validUntil,
          credentialSha256: sha256Hex(jws),
        },
      });
      return this.certificates.certificateIn(em, id);
    });
  }

  /** What the certificate certifies, with the footprint row share-locked so that it cannot be superseded meanwhile. */
  private async certifiedFacts(
    em: EntityManager,
    footprintId: string,
    certifierId: string,
  ): Promise<CertifiedFacts & { footprintStatus: string }> {
    const rows: (CertifiedFacts & { footprintStatus: string })[] = await em.query(
      `SELECT ${FOOTPRINT_FIGURE_COLS}, f.status AS "footprintStatus",
              f.result -> 'functionalUnit' AS "functionalUnit", f.result -> 'electricity' -> 'basis' AS "electricityBasis",
              b.batch_number AS "batchNumber", b.production_start AS "productionStart", b.production_end AS "productionEnd",
              (SELECT count(*)::int FROM units u WHERE u.batch_id = b.id AND u.kind = ${UNIT_KIND_CODE.PACK}) AS "registeredPackCount",
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
}
