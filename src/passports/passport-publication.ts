import { CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import { createHash, type KeyObject } from 'node:crypto';
import { filterPassport } from '../access/passport-access';
import type { BatteryCategory, Chemistry } from '../battery-models/battery-model.types';
import { MODEL_PASSPORT_FIELD_KEY } from '../battery-models/model-passport-data';
import { CHEMISTRY_CLEAR_NAME } from './battery-pass-attributes';
import { PASSPORT_ATTRIBUTE_BY_KEY, PassportAttributeKey, PassportBatteryCategory } from './passport-attributes';
import { passportCompleteness } from './passport-completeness';

/**
 * Published, signed versions of a passport (issue 14 items 4 and 7; docs/passport-attributes.md
 * "Published, signed passport versions"; Regulation (EU) 2023/1542 Art. 77(4) and Art. 78), of two
 * kinds sharing one code: a battery model's (its PUBLIC model-level attributes) and a batch's (its
 * PUBLIC per-batch attributes and the model version it builds on). A published version is a JSON
 * document signed by battrace's platform key as a compact JWS (RFC 7515, EdDSA); the document names
 * the SHA-256 of the version before it in its chain, so each model's and each batch's versions form
 * a hash chain (`chainLink`, `signVersion`, `verifyPassportChain`).
 */
export const PUBLICATION_TYP = 'passport-version+jwt';
/** The `type` of a model's published version. */
export const PUBLICATION_TYPE = 'BattracePassportVersion';
/** The `type` of a batch's published version. */
export const BATCH_PUBLICATION_TYPE = 'BattraceBatchPassportVersion';
export const PASSPORT_VERSION_TYPES = [PUBLICATION_TYPE, BATCH_PUBLICATION_TYPE] as const;
export type PassportVersionType = (typeof PASSPORT_VERSION_TYPES)[number];

/** What battrace derives from the battery model row itself (not from a batch or a footprint). */
export interface ModelFacts {
  manufacturer: { id: string; name: string; country: string | null };
  category: BatteryCategory;
  chemistry: Chemistry;
  massKg: number;
  capacityAh: number;
  usableEnergyKWh: number;
  nominalVoltageV: number;
  expectedCycleLife: number;
  warrantyYears: number;
  warrantyKm: number | null;
}

/** The model-level catalogue attributes battrace derives from the model row, in the shapes the batch passport serves them. */
export function modelDerivedAttributes(m: ModelFacts): Partial<Record<PassportAttributeKey, unknown>> {
  return {
    manufacturerInformation: {
      identifier: `urn:battrace:org:${m.manufacturer.id}`,
      contactName: m.manufacturer.name,
      ...(m.manufacturer.country ? { postalAddress: { addressCountry: m.manufacturer.country } } : {}),
    },
    warrentyPeriod: { warrantyYears: m.warrantyYears, ...(m.warrantyKm !== null ? { warrantyKm: m.warrantyKm } : {}) },
    batteryCategory: m.category.toLowerCase(),
    batteryMass: m.massKg,
    batteryChemistry: { shortName: m.chemistry, clearName: CHEMISTRY_CLEAR_NAME[m.chemistry] },
    ratedCapacity: m.capacityAh,
    ratedEnergy: m.usableEnergyKWh,
    nominalVoltage: m.nominalVoltageV,
    expectedNumberOfCycles: m.expectedCycleLife,
  };
}

/** Every key battrace can fill for a model: the typed recorded fields and the keys derived from the model row. */
const PUBLISHABLE_KEYS: ReadonlySet<string> = new Set<string>([
  ...Object.values(MODEL_PASSPORT_FIELD_KEY),
  ...Object.keys(
    modelDerivedAttributes({
      manufacturer: { id: '', name: '', country: null },
      category: 'EV',
      chemistry: 'LFP',
      massKg: 0,
      capacityAh: 0,
      usableEnergyKWh: 0,
      nominalVoltageV: 0,
      expectedCycleLife: 0,
      warrantyYears: 0,
      warrantyKm: null,
    }),
  ),
]);

/** Whether a model's published versions carry the attribute `key` (recorded or derived from the model row). */
export const publishedWithModel = (key: string): boolean => PUBLISHABLE_KEYS.has(key);

export interface PublicationGate {
  /** Mandatory public model-level attributes battrace can record or derive that have no value: publication waits for them. */
  blockers: PassportAttributeKey[];
  /** Mandatory public model-level attributes battrace holds per batch (place of manufacture, carbon footprint): they do not hold publication back. */
  notRecordable: PassportAttributeKey[];
}

/**
 * The publication gate: `publishableBlockers` (passport-completeness.ts) split into those the
 * manufacturer records or battrace derives from the model (blocking) and those battrace holds per batch.
 */
export function publicationGate(category: PassportBatteryCategory, values: Readonly<Record<string, unknown>>): PublicationGate {
  const { publishableBlockers } = passportCompleteness(category, values);
  return {
    blockers: publishableBlockers.filter((k) => PUBLISHABLE_KEYS.has(k)),
    notRecordable: publishableBlockers.filter((k) => !PUBLISHABLE_KEYS.has(k)),
  };
}

/** What every published version holds, whichever chain it belongs to: its place in the chain and who signs it. */
export interface ChainedDocument {
  type: PassportVersionType;
  seq: number;
  publishedAt: string;
  /** The previous version's documentSha256 in the same chain; null for the first. */
  previousSha256: string | null;
  /** The RFC 7638 thumbprint of the platform key that signs it. */
  platformKey: string;
  /** Catalogue keys to values: PUBLIC attributes only. */
  attributes: Record<string, unknown>;
}

export interface PublicationDocument extends ChainedDocument {
  type: typeof PUBLICATION_TYPE;
  modelId: string;
  /** The version of the model's recorded passport data it was built from (0: none recorded). */
  modelPassportDataVersion: number;
  /** The catalogue's PUBLIC, model-level attributes with a value, keyed by catalogue key, in the catalogue's order. */
  attributes: Record<string, unknown>;
}

/** A reference to one published version of a chain: its number and the SHA-256 of its document. */
export interface VersionRef {
  seq: number;
  sha256: string;
}

/** Keeps the PUBLIC model-level attributes only (filterPassport for the public group), in the catalogue's order. */
export function publicModelAttributes(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const pub = filterPassport(values, ['PUBLIC']);
  const out: Record<string, unknown> = {};
  for (const [key, attribute] of PASSPORT_ATTRIBUTE_BY_KEY) {
    if (attribute.granularity === 'MODEL' && key in pub && pub[key] !== null && pub[key] !== undefined) out[key] = pub[key];
  }
  return out;
}

export const sha256Hex = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The signed bytes (the JWS payload) and their SHA-256. */
export function documentBytes(doc: ChainedDocument): { payload: string; sha256: string } {
  const payload = JSON.stringify(doc);
  return { payload, sha256: sha256Hex(payload) };
}

export function signPublication(payload: string, key: { thumbprint: string; privateKey: KeyObject }): Promise<string> {
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.thumbprint, typ: PUBLICATION_TYP })
    .sign(key.privateKey);
}

/** The next version's place in a chain whose newest version is `last` (none: the first). */
export function chainLink(last: { seq: number; documentSha256: string } | undefined): { seq: number; previousSha256: string | null } {
  return { seq: (last?.seq ?? 0) + 1, previousSha256: last?.documentSha256 ?? null };
}

/** A document signed: its payload, the payload's SHA-256 and the compact JWS over it. */
export async function signVersion(
  doc: ChainedDocument,
  key: { thumbprint: string; privateKey: KeyObject },
): Promise<{ payload: string; sha256: string; jws: string }> {
  const { payload, sha256 } = documentBytes(doc);
  return { payload, sha256, jws: await signPublication(payload, key) };
}

/** The document a compact JWS carries, decoded from its payload (not verified: verifyPassportChain does that). */
export function documentOfJws<T extends ChainedDocument = ChainedDocument>(jws: string): T {
  return JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8')) as T;
}

/** The served form of a chain's rows (GET …/versions): oldest first, each with its decoded document. */
export function servedVersions(rows: readonly (PublishedVersion & { publishedAt: Date })[]) {
  return rows.map((r) => ({
    seq: r.seq,
    publishedAt: r.publishedAt,
    documentSha256: r.documentSha256,
    previousSha256: r.previousSha256,
    jws: r.jws,
    document: documentOfJws(r.jws),
  }));
}

export interface PublishedVersion {
  seq: number;
  documentSha256: string;
  previousSha256: string | null;
  jws: string;
}

export type ChainVerdict = { valid: true; length: number } | { valid: false; index: number; reason: string };

/**
 * Checks one chain's publications (a model's or a batch's), oldest first, against the platform's
 * public key: each JWS verifies (EdDSA, typ passport-version+jwt), the SHA-256 of its payload is its
 * documentSha256, the signed document is a passport version (of `expectedType` when given, else of
 * the first version's type) about the same model or batch as the first, its previousSha256 (listed
 * and inside the signed document) is the previous entry's documentSha256 (null for the first), and
 * seq counts 1, 2, 3…. Reports the first break.
 */
export async function verifyPassportChain(
  publications: readonly PublishedVersion[],
  platformPublicJwk: JWK,
  expectedType?: PassportVersionType,
): Promise<ChainVerdict> {
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK({ kty: platformPublicJwk.kty, crv: platformPublicJwk.crv, x: platformPublicJwk.x }, 'EdDSA');
  } catch {
    return { valid: false, index: 0, reason: 'not an Ed25519 public key' };
  }
  let previous: string | null = null;
  let type: PassportVersionType | undefined = expectedType;
  let subject: unknown;
  for (const [index, p] of publications.entries()) {
    const fail = (reason: string): ChainVerdict => ({ valid: false, index, reason });
    let payload: Uint8Array;
    try {
      const verified = await compactVerify(p.jws, key, { algorithms: ['EdDSA'] });
      if (verified.protectedHeader.typ !== PUBLICATION_TYP) return fail(`typ is not ${PUBLICATION_TYP}`);
      payload = verified.payload;
    } catch {
      return fail('the signature does not verify with the platform key');
    }
    if (sha256Hex(payload) !== p.documentSha256) return fail('the signed document does not hash to documentSha256');
    let doc: Partial<ChainedDocument> & { modelId?: unknown; batchId?: unknown };
    try {
      doc = JSON.parse(new TextDecoder().decode(payload)) as typeof doc;
    } catch {
      return fail('the signed payload is not JSON');
    }
    if (!(PASSPORT_VERSION_TYPES as readonly unknown[]).includes(doc.type)) return fail('signed, but not a battrace passport version');
    type ??= doc.type;
    if (doc.type !== type) return fail(`a ${String(doc.type)} where the chain holds ${type}`);
    const about = doc.type === BATCH_PUBLICATION_TYPE ? doc.batchId : doc.modelId;
    if (index === 0) subject = about;
    else if (about !== subject) return fail('a version of another model or batch');
    if (p.previousSha256 !== previous || doc.previousSha256 !== previous)
      return fail(`previousSha256 is not the previous version's documentSha256 (${previous ?? 'null'})`);
    if (p.seq !== index + 1 || doc.seq !== index + 1) return fail(`seq is not ${index + 1}`);
    previous = p.documentSha256;
  }
  return { valid: true, length: publications.length };
}
