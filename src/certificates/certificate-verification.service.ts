import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { CheckResult, evaluateCredential, statusInWords } from './certificate-checks';
import { CERT_COLS, CertificateRow, certifiedFootprintOf, CertificatesService, FOOTPRINT_FIGURE_COLS } from './certificates.service';
import { CertificateCredential, footprintSha256, inspectCredentialJws, PublicKeyCache, signCredential } from './credential';
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
  private readonly keyCache = new PublicKeyCache();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: SigningKeysService,
    private readonly certificates: CertificatesService,
  ) {}

  async verify(jws: string, now: Date = new Date()): Promise<VerificationResult> {
    const inspected = await inspectCredentialJws(jws, (kid) => this.keys.knownKey(kid), this.keyCache);
    const vc = inspected.credential;
    const certificateId = vc?.credentialSubject.certificate.id ?? null;
    const stored = vc && certificateId ? await this.storedFacts(certificateId) : null;
    const f = stored?.footprint;
    const subjectFootprint = vc?.credentialSubject.footprint;
    const checks = evaluateCredential(
      {
        ...inspected.facts,
        issuerIsCertifier: inspected.facts.issuerIsCertifier && (stored === null || vc?.issuer.id === this.keys.did(stored.certifierId)),
        revoked: stored ? stored.status === 'REVOKED' : null,
        suspended: stored ? stored.status === 'SUSPENDED' : null,
        superseded: stored ? stored.superseded : null,
        footprintHashMatches: !vc
          ? null
          : !!f &&
            !!subjectFootprint &&
            subjectFootprint.id === f.footprintId &&
            subjectFootprint.sha256 === footprintSha256(certifiedFootprintOf(f)) &&
            footprintSha256(stripFootprint(subjectFootprint)) === subjectFootprint.sha256,
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
    const rows: (StoredFacts['footprint'] & { status: string; certifierId: string; superseded: boolean })[] = await this.db.query(
      `SELECT c.status, c.certifier_id AS "certifierId", ${FOOTPRINT_FIGURE_COLS},
              EXISTS (SELECT 1 FROM footprints x WHERE x.batch_id = f.batch_id AND x.version > f.version AND x.declared_at IS NOT NULL) AS superseded
         FROM certificates c JOIN footprints f ON f.id = c.footprint_id WHERE c.id = $1`,
      [certificateId],
    );
    if (!rows.length) return null;
    const r = rows[0];
    return { status: r.status, certifierId: r.certifierId, superseded: r.superseded, footprint: r };
  }

  async verifyById(idRaw: string, now: Date = new Date()): Promise<{ certificate: CertificateRow; result: VerificationResult }> {
    const certificate = await this.certificates.certificate(idRaw);
    return { certificate, result: await this.verify(certificate.credential, now) };
  }

  /** The status list as a signed credential (compact JWS), a snapshot as of now. */
  async statusListJws(listIdRaw: string): Promise<{ jws: string; purpose: 'revocation' | 'suspension'; snapshotAt: Date; url: string }> {
    const listId = requireId('id', listIdRaw);
    return this.db.transaction(async (em) => {
      const rows: { certifierId: string; purpose: 'revocation' | 'suspension'; bits: Buffer }[] = await em.query(
        `SELECT certifier_id AS "certifierId", purpose, bits FROM status_lists WHERE id = $1`,
        [listId],
      );
      if (!rows.length) throw notFound('Status list', listId, 'id');
      const r = rows[0];
      const key = await this.keys.lockCurrentKey(em, r.certifierId, { type: 'ADMIN' } satisfies Actor);
      const [{ now }]: { now: Date }[] = await em.query(`SELECT clock_timestamp() AS now`);
      const url = this.certificates.statusListUrl(listId);
      const vc = buildStatusListCredential(url, key.did, r.purpose, r.bits, now);
      return { jws: await signCredential(vc, key.privateKey, key.kid), purpose: r.purpose, snapshotAt: now, url };
    });
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
