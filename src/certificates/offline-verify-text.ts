import type { CertificateCredential } from './credential';
import { duration, type OfflineVerification } from './offline-verify';

/**
 * The offline verification in words, for a person at a terminal (`npm run verify`): the
 * verdict, what the credential certifies, every check; and the durations the CLI reads.
 */

/** `7d`, `12h`, `30m`, `45s`, `500ms`: a positive duration in milliseconds, or null. */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,9})(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  return n > 0 ? n : null;
}

const num = (v: unknown, digits = 4): string => (typeof v === 'number' && Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : '?');
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');

const STAGE_NAMES: Record<string, string> = {
  RAW_MATERIAL_ACQUISITION: 'raw material acquisition',
  MAIN_PRODUCTION: 'main production',
  DISTRIBUTION: 'distribution',
  END_OF_LIFE_RECYCLING: 'end of life and recycling',
};

/** What the credential certifies, in lines (from its signed claims). */
export function describeClaims(vc: CertificateCredential): string[] {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const s = vc.credentialSubject as Record<string, any>;
  const cert = s.certificate ?? {};
  const party = s.responsibleParty ?? {};
  const product = s.product ?? {};
  const fp = s.footprint ?? {};
  /* eslint-enable @typescript-eslint/no-explicit-any */
  const lifetime = typeof fp.lifetimeEnergyKWh === 'number' && fp.lifetimeEnergyKWh > 0 ? fp.lifetimeEnergyKWh : null;
  const stages = Object.entries((fp.stagesKgCo2e ?? {}) as Record<string, unknown>);
  return [
    `certificate ${text(cert.number)} (id ${text(cert.id)}), issued ${text(cert.issuedAt)} by ${text(vc.issuer?.name)} (${text(vc.issuer?.id)})`,
    `  manufacturer: ${text(party.name)}`,
    `  plant: ${text(party.plant?.name)}${party.plant?.address ? `, ${text(party.plant.address)}` : ''}`,
    `  park: ${text(party.park?.name)} (${text(party.park?.code)})`,
    `  battery model: ${text(product.model?.name)} (${text(product.model?.chemistry)}, ${num(product.model?.nominalEnergyKWh)} kWh)`,
    `  batch: ${text(product.batchNumber)}, ${text(product.packCount)} packs`,
    `  footprint: ${num(fp.kgCo2ePerKWhLifetime)} kg CO2e per kWh delivered over the service life; ${num(fp.kgCo2ePerKWhCapacity)} kg CO2e per kWh of capacity; ${num(fp.kgCo2eAbsolute)} kg CO2e for the batch`,
    ...stages.map(
      ([k, v]) =>
        `    ${STAGE_NAMES[k] ?? k}: ${num(v)} kg CO2e${lifetime && typeof v === 'number' ? ` (${num(v / lifetime)} kg CO2e per kWh)` : ''}`,
    ),
    `  ruleset: ${text(fp.rulesetId)}, footprint version ${text(fp.version)}, footprint SHA-256 ${text(fp.sha256)}`,
    `  assurance: ${text(cert.assurance)}, materiality ${text(cert.materialityPercent)}%, ${text(cert.verificationStandard)}`,
    `  validity: from ${text(vc.validFrom)} until ${text(vc.validUntil)}`,
  ];
}

/** Human-readable lines for the CLI: the verdict first, then what is certified, then every check. */
export function describeOfflineVerification(r: OfflineVerification): string[] {
  const verdict = {
    VALID: 'VALID',
    INVALID: 'INVALID',
    UNANCHORED: 'NOT VERIFIED (no anchor vouches for the signing key)',
    STALE: 'VALID WHEN LAST KNOWN, STATUS TOO OLD (refresh the bundle)',
  }[r.outcome];
  const snapshot =
    r.statusSnapshotAt === null
      ? 'status snapshot: none accepted (revocation could not be checked)'
      : `status snapshot taken ${r.statusSnapshotAt} (${duration((r.statusSnapshotAgeSeconds ?? 0) * 1000)} ago; maximum age ${duration(r.maxStatusAgeSeconds * 1000)})`;
  const claims = !r.claims
    ? [`certificate: ${r.certificateId ?? 'unknown'}`]
    : r.outcome === 'UNANCHORED'
      ? ['UNVERIFIED claims (signed by a key no anchor vouches for):', ...describeClaims(r.claims)]
      : r.outcome === 'INVALID'
        ? ['claims of this INVALID credential (not certified, do not rely on them):', ...describeClaims(r.claims)]
        : describeClaims(r.claims);
  return [
    `${verdict}: ${r.statusText}`,
    ...claims,
    `anchor: ${r.anchor ?? 'none vouches for the signing key'}`,
    snapshot,
    ...r.statusListProblems.map((p) => `  status list problem: ${p}`),
    'checks:',
    ...r.checks.map((c) => `  [${c.ok ? 'ok' : 'FAIL'}] ${c.check}${c.reason ? ` (${c.reason})` : ''}: ${c.message}`),
    '  (not checked offline: supersession by a newer footprint and the stored footprint hash; verify online for those)',
  ];
}
