import type { CheckResult } from './certificate-checks';
import type { VerificationResult } from './certificate-verification.service';
import type { CertificateModel, CertificateVerificationModel, SigningKeyModel, SigningKeyRotationModel } from './certificate.model';
import type { CertificateRow } from './certificate-rows';
import { keyIdUrl } from './did-web';
import type { SigningKeyRow } from './signing-keys.service';

export function toCertificateModel(c: CertificateRow, verifyUrl: string): CertificateModel {
  const s = c.statement as unknown as Record<string, unknown>;
  return {
    id: c.id,
    number: c.number,
    requestId: c.requestId,
    footprintId: c.footprintId,
    batchId: c.batchId,
    manufacturerId: c.manufacturerId,
    certifierId: c.certifierId,
    keyId: c.keyId,
    statusListIndex: c.statusIndex,
    status: c.status,
    statusReason: c.statusReason,
    assurance: c.assurance,
    materialityPercent: c.materialityPercent,
    verificationStandard: String(s.verificationStandard),
    opinionType: String(s.opinionType),
    opinion: String(s.opinion),
    leadVerifier: String(s.leadVerifier),
    reviewer: String(s.reviewer),
    systemBoundary: String(s.systemBoundary),
    criteria: (s.criteria as string[]) ?? [],
    footprintSha256: c.footprintSha256,
    issuedAt: c.issuedAt,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    credential: c.credential,
    verifyUrl,
  };
}

export function toSigningKeyModel(k: SigningKeyRow, did: string): SigningKeyModel {
  return {
    keyId: k.keyId,
    kid: keyIdUrl(did, k.keyId),
    status: k.status,
    activeFrom: k.activeFrom,
    retiredAt: k.retiredAt,
    publicJwk: JSON.stringify(k.publicJwk),
  };
}

export function toSigningKeyRotationModel(r: {
  did: string;
  current: SigningKeyRow;
  retired: SigningKeyRow | null;
}): SigningKeyRotationModel {
  return { current: toSigningKeyModel(r.current, r.did), retired: r.retired ? toSigningKeyModel(r.retired, r.did) : null };
}

export function toSigningKeyModels(r: { did: string; keys: SigningKeyRow[] }): SigningKeyModel[] {
  return r.keys.map((k) => toSigningKeyModel(k, r.did));
}

export function toVerificationModel(r: VerificationResult): CertificateVerificationModel {
  return {
    valid: r.valid,
    status: r.status,
    statusText: r.statusText,
    reasons: r.checks.filter((c: CheckResult) => !c.ok).map((c) => c.reason ?? 'INVALID'),
    checkedAt: r.checkedAt,
    kid: r.kid,
    certificateId: r.certificateId,
    checks: r.checks,
  };
}
