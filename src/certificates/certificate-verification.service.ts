import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWK } from 'jose';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { canonicalJson, sha256Hex } from '../common/canonical-json';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { sharedRows } from '../database/shared-rows';
import { GreenShares, greenSharesOf } from '../energy/green-share';
import { notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { CheckResult, evaluateCredential, statusInWords } from './certificate-checks';
import { certifiedFootprintOf } from './carbon-credential';
import { CERT_COLS, CertificateRow, FOOTPRINT_FIGURE_COLS } from './certificate-rows';
import { CertificatesService } from './certificates.service';
import { CertificateCredential, inspectCredentialJws, KnownKey, signCredential, VerifierCache } from './credential';
import { keyIdUrl } from './did-web';
import { DidDocument } from './did-document';
import { SigningKeysService } from './signing-keys.service';
import { buildStatusListCredential } from './status-list-credential';

export interface VerificationResult {
  valid: boolean;
  /** VALID, or the first failure's reason. */
  status: string;
  /** The status in words, for a buyer. */
  statusText: string;
  checkedAt: Date;
  kid: string | null;
  certificateId: string | null;
  checks: CheckResult[];
  credential: CertificateCredential | null;
}

export interface CertificateBundle {
  format: 'battrace-certificate-bundle/1';
  certificateId: string;
  credential: string;
  didDocument: DidDocument;
  statusLists: { purpose: 'revocation' | 'suspension'; url: string; snapshotAt: string; credential: string }[];
  createdAt: string;
}

interface StoredFacts {
  status: string;
  certifierId: string;
  footprint: Parameters<typeof certifiedFootprintOf>[0];
  superseded: boolean;
}

/** What verification reads from the database, when the caller has already read it. */
interface Prefetched {
  /** The key of this kid. */
  key?: KnownKey;
  /** The stored facts of this certificate id. */
  stored?: { certificateId: string; facts: StoredFacts };
}

const STORED_FACT_COLS = `c.status, c.certifier_id AS "certifierId", ${FOOTPRINT_FIGURE_COLS},
  EXISTS (SELECT 1 FROM footprints x WHERE x.batch_id = f.batch_id AND x.version > f.version AND x.declared_at IS NOT NULL) AS superseded`;

type StoredFactsRow = StoredFacts['footprint'] & { status: string; certifierId: string; superseded: boolean };

/** The certificate as GET /verify/:id shows it, beside the verification result. */
export type VerifiedCertificate = Pick<CertificateRow, 'id' | 'number' | 'credential'>;

/**
 * What the certificate page shows beside the credential, from battrace's records (not signed by
 * the certifier): the status as recorded with the certifier's reason and when it changed, the
 * batch (for the passport link), whether DISTRIBUTION holds an estimate, and the green shares of
 * the park's supply over the production period.
 */
export interface CertificatePageFacts {
  recordedStatus: CertificateRow['status'];
  statusReason: string | null;
  statusChangedAt: Date | null;
  batchId: string;
  distributionIsEstimate: boolean;
  greenShares: GreenShares | null;
}

type VerifyRow = VerifiedCertificate &
  StoredFactsRow & { keyId: string; keyJwk: JWK; keyActiveFrom: Date; keyRetiredAt: Date | null; certifierKind: string };

type PageRow = VerifyRow & {
  statusReason: string | null;
  statusChangedAt: Date | null;
  distributionIsEstimate: boolean;
  electricityLines: unknown;
};

/** GET /verify/:id's one statement; the HTML page adds PAGE_COLS (the JSON answer does not read the footprint's result). */
const verifySql = (extraCols: string) => `SELECT c.id, c.number, c.key_id AS "keyId", c.credential, ${STORED_FACT_COLS},
              k.public_jwk AS "keyJwk", k.active_from AS "keyActiveFrom", k.retired_at AS "keyRetiredAt", o.kind AS "certifierKind"${extraCols}
         FROM certificates c
         JOIN footprints f ON f.id = c.footprint_id
         JOIN certifier_signing_keys k ON k.id = c.key_id AND k.organization_id = c.certifier_id
         JOIN organizations o ON o.id = c.certifier_id
        WHERE c.id = ANY($1)`;
const PAGE_COLS = `,
              c.status_reason AS "statusReason", c.status_changed_at AS "statusChangedAt",
              f.distribution_is_estimate AS "distributionIsEstimate", f.result -> 'electricity' -> 'lines' AS "electricityLines"`;

const storedFactsOf = (r: StoredFactsRow): StoredFacts => ({
  status: r.status,
  certifierId: r.certifierId,
  superseded: r.superseded,
  footprint: r,
});

/**
 * Verification of certificate credentials (issue 5): the JWS against the key its kid names in
 * battrace's key table (current at issuance, issuer a certifier), then status from the
 * certificate row (which moves with the status list bits in one transaction), supersession
 * computed now from the footprints table (a newer declared version of the same batch exists;
 * computed at read time, so it needs no hook in the footprint path and cannot race), expiry
 * from validUntil, and the footprint hash recomputed from the stored footprint.
 */
@Injectable()
export class CertificateVerificationService {
  private readonly verifiers: VerifierCache;
  private readonly verifyRows: DataLoader<string, VerifyRow | null>;
  private readonly pageRows: DataLoader<string, PageRow | null>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: SigningKeysService,
    private readonly certificates: CertificatesService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.verifiers = new VerifierCache({ memoEntries: config.certVerifyMemoEntries });
    this.verifyRows = sharedRows<VerifyRow>(db, verifySql(''), 'id');
    this.pageRows = sharedRows<PageRow>(db, verifySql(PAGE_COLS), 'id');
  }

  async verify(jws: string, now: Date = new Date(), prefetched: Prefetched = {}): Promise<VerificationResult> {
    const inspected = await inspectCredentialJws(
      jws,
      (kid) => (prefetched.key?.kid === kid ? prefetched.key : this.keys.knownKey(kid)),
      this.verifiers,
    );
    const vc = inspected.credential;
    const certificateId = vc?.credentialSubject.certificate.id ?? null;
    const stored =
      vc && certificateId
        ? prefetched.stored?.certificateId === certificateId
          ? prefetched.stored.facts
          : await this.storedFacts(certificateId)
        : null;
    const f = stored?.footprint;
    const subjectFootprint = vc?.credentialSubject.footprint;
    // The issuer must also be the certifier that issued the stored certificate.
    const issuerMismatch = stored !== null && vc?.issuer?.id !== this.keys.did(stored.certifierId);
    const checks = evaluateCredential(
      issuerMismatch ? { ...inspected.facts, issuerIsCertifier: false } : inspected.facts,
      {
        revoked: stored ? stored.status === 'REVOKED' : null,
        suspended: stored ? stored.status === 'SUSPENDED' : null,
        superseded: stored ? stored.superseded : null,
        footprintHashMatches: !vc ? null : !!f && !!subjectFootprint && footprintMatches(subjectFootprint, f),
      },
      now,
    );
    const words = statusInWords(checks);
    return {
      valid: words.valid,
      status: words.status,
      statusText: words.words,
      checkedAt: now,
      kid: inspected.kid,
      certificateId,
      checks,
      credential: vc,
    };
  }

  private async storedFacts(certificateId: string): Promise<StoredFacts | null> {
    const rows: StoredFactsRow[] = await this.db.query(
      `SELECT ${STORED_FACT_COLS} FROM certificates c JOIN footprints f ON f.id = c.footprint_id WHERE c.id = $1`,
      [certificateId],
    );
    return rows.length ? storedFactsOf(rows[0]) : null;
  }

  /**
   * GET /verify/:id as JSON: the certificate, its stored facts and the key it was signed with in
   * one statement, shared by the requests that arrive in the same event-loop turn (sharedRows),
   * then the same checks as verify() (which still reads the key of any other kid).
   */
  async verifyById(idRaw: string, now: Date = new Date()): Promise<{ certificate: VerifiedCertificate; result: VerificationResult }> {
    const id = requireId('id', idRaw);
    const r = await this.verifyRows.load(id);
    if (!r) throw notFound('Certificate', id);
    return this.verifyRow(r, now);
  }

  /** GET /verify/:id as the page: the same, with what the page shows beside the credential, still one statement. */
  async verifyForPage(
    idRaw: string,
    now: Date = new Date(),
  ): Promise<{ certificate: VerifiedCertificate; result: VerificationResult; page: CertificatePageFacts }> {
    const id = requireId('id', idRaw);
    const r = await this.pageRows.load(id);
    if (!r) throw notFound('Certificate', id);
    return {
      ...(await this.verifyRow(r, now)),
      page: {
        recordedStatus: r.status as CertificateRow['status'],
        statusReason: r.statusReason,
        statusChangedAt: r.statusChangedAt,
        batchId: r.batchId,
        distributionIsEstimate: r.distributionIsEstimate,
        greenShares: greenSharesOf(r.electricityLines),
      },
    };
  }

  private async verifyRow(r: VerifyRow, now: Date): Promise<{ certificate: VerifiedCertificate; result: VerificationResult }> {
    const did = this.keys.did(r.certifierId);
    const key: KnownKey = {
      kid: keyIdUrl(did, r.keyId),
      did,
      organizationId: r.certifierId,
      publicJwk: r.keyJwk,
      activeFrom: r.keyActiveFrom,
      retiredAt: r.keyRetiredAt,
      issuerIsCertifier: r.certifierKind === 'CERTIFIER',
    };
    const result = await this.verify(r.credential, now, { key, stored: { certificateId: r.id, facts: storedFactsOf(r) } });
    return { certificate: { id: r.id, number: r.number, credential: r.credential }, result };
  }

  /**
   * The status list as a signed credential (compact JWS), a snapshot as of `snapshotAt`. The bits
   * and the certifier's current key are read in one statement, without locks (a public URL must
   * not queue behind issuance), and the snapshot is labelled with that statement's start time:
   * every status change committed before it is in the bits. The key is the one current when the
   * statement read it; one retired a moment later stays published, so the snapshot still verifies.
   */
  async statusListJws(listIdRaw: string): Promise<{ jws: string; purpose: 'revocation' | 'suspension'; snapshotAt: Date; url: string }> {
    const listId = requireId('id', listIdRaw);
    const rows: {
      certifierId: string;
      purpose: 'revocation' | 'suspension';
      bits: Buffer;
      at: Date;
      keyId: string | null;
      wrapped: string | null;
      activeFrom: Date | null;
    }[] = await this.db.query(
      `SELECT s.certifier_id AS "certifierId", s.purpose, s.bits, statement_timestamp() AS at,
              k.id AS "keyId", k.private_key_wrapped AS wrapped, k.active_from AS "activeFrom"
         FROM status_lists s
         LEFT JOIN certifier_signing_keys k ON k.organization_id = s.certifier_id AND k.status = 'CURRENT'
        WHERE s.id = $1`,
      [listId],
    );
    if (!rows.length) throw notFound('Status list', listId, 'id');
    const r = rows[0];
    // A list exists only once its certifier has issued, which made a key; a missing key is a bug.
    if (r.keyId === null || r.wrapped === null || r.activeFrom === null)
      throw new Error(`certifier ${r.certifierId} has no current signing key`);
    const key = this.keys.unwrapKey(r.certifierId, { keyId: r.keyId, wrapped: r.wrapped, activeFrom: r.activeFrom });
    const url = this.certificates.statusListUrl(listId);
    const vc = buildStatusListCredential(url, key.did, r.purpose, r.bits, r.at);
    return { jws: await signCredential(vc, key.privateKey, key.kid), purpose: r.purpose, snapshotAt: r.at, url };
  }

  /** Everything needed to verify without battrace: the credential, the DID document, signed status snapshots. */
  async bundle(idRaw: string): Promise<CertificateBundle> {
    const id = requireId('id', idRaw);
    const rows: CertificateRow[] = await this.db.query(`SELECT ${CERT_COLS} FROM certificates c WHERE c.id = $1`, [id]);
    if (!rows.length) throw notFound('Certificate', id, 'id');
    const c = rows[0];
    const lists: { id: string }[] = await this.db.query(`SELECT id FROM status_lists WHERE certifier_id = $1 ORDER BY purpose`, [
      c.certifierId,
    ]);
    const statusLists = [];
    for (const l of lists) {
      const s = await this.statusListJws(l.id);
      statusLists.push({ purpose: s.purpose, url: s.url, snapshotAt: s.snapshotAt.toISOString(), credential: s.jws });
    }
    return {
      format: 'battrace-certificate-bundle/1',
      certificateId: id,
      credential: c.credential,
      didDocument: await this.keys.didDocument(c.certifierId),
      statusLists,
      createdAt: new Date().toISOString(),
    };
  }
}

/**
 * The credential's footprint is the stored one: the same figures (canonical JSON, so key order
 * and spelling do not matter) and the SHA-256 it states is theirs (docs/methods/certificates.md: the certificate
 * names the footprint by its hash).
 */
function footprintMatches(subject: CertificateCredential['credentialSubject']['footprint'], stored: StoredFacts['footprint']): boolean {
  if (subject.id !== stored.footprintId) return false;
  const figures = canonicalJson(certifiedFootprintOf(stored));
  return canonicalJson(stripFootprint(subject)) === figures && sha256Hex(figures) === subject.sha256;
}

function stripFootprint(f: CertificateCredential['credentialSubject']['footprint']) {
  return {
    id: f.id,
    batchId: f.batchId,
    version: f.version,
    rulesetId: f.rulesetId,
    stagesKgCo2e: f.stagesKgCo2e,
    kgCo2eAbsolute: f.kgCo2eAbsolute,
    kgCo2ePerKWhCapacity: f.kgCo2ePerKWhCapacity,
    kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
    lifetimeEnergyKWh: f.lifetimeEnergyKWh,
    inputsSha256: f.inputsSha256,
  };
}
