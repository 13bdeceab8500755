import { CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import { createHash, type KeyObject } from 'node:crypto';
import { filterPassport } from '../access/passport-access';
import type { BatteryCategory, Chemistry } from '../battery-models/battery-model.types';
import { MODEL_PASSPORT_FIELD_KEY } from '../battery-models/model-passport-data';
import { CHEMISTRY_CLEAR_NAME } from './battery-pass-attributes';
import { PASSPORT_ATTRIBUTE_BY_KEY, PassportAttributeKey, PassportBatteryCategory } from './passport-attributes';
import { passportCompleteness } from './passport-completeness';

/**
 * Published, signed versions of a battery model's passport (issue 14 items 4 and 7;
 * docs/passport-attributes.md "Published, signed passport versions"; Regulation (EU) 2023/1542
 * Art. 77(4) and Art. 78). A published version is a JSON document of the model's PUBLIC
 * model-level attributes, signed by battrace's platform key as a compact JWS (RFC 7515, EdDSA);
 * the document names the SHA-256 of the version before it, so the versions form a hash chain.
 */
export const PUBLICATION_TYP = 'passport-version+jwt';
export const PUBLICATION_TYPE = 'BattracePassportVersion';

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

export interface PublicationDocument {
  type: typeof PUBLICATION_TYPE;
  modelId: string;
  seq: number;
  /** The version of the model's recorded passport data it was built from (0: none recorded). */
  modelPassportDataVersion: number;
  publishedAt: string;
  previousSha256: string | null;
  /** The RFC 7638 thumbprint of the platform key that signs it. */
  platformKey: string;
  /** The catalogue's PUBLIC, model-level attributes with a value, keyed by catalogue key, in the catalogue's order. */
  attributes: Record<string, unknown>;
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
export function documentBytes(doc: PublicationDocument): { payload: string; sha256: string } {
  const payload = JSON.stringify(doc);
  return { payload, sha256: sha256Hex(payload) };
}

export function signPublication(payload: string, key: { thumbprint: string; privateKey: KeyObject }): Promise<string> {
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.thumbprint, typ: PUBLICATION_TYP })
    .sign(key.privateKey);
}

export interface PublishedVersion {
  seq: number;
  documentSha256: string;
  previousSha256: string | null;
  jws: string;
}

export type ChainVerdict = { valid: true; length: number } | { valid: false; index: number; reason: string };

/**
 * Checks a model's publications, oldest first, against the platform's public key: each JWS
 * verifies (EdDSA, typ passport-version+jwt), the SHA-256 of its payload is its documentSha256,
 * its previousSha256 (listed and inside the signed document) is the previous entry's
 * documentSha256 (null for the first), and seq counts 1, 2, 3…. Reports the first break.
 */
export async function verifyPassportChain(publications: readonly PublishedVersion[], platformPublicJwk: JWK): Promise<ChainVerdict> {
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK({ kty: platformPublicJwk.kty, crv: platformPublicJwk.crv, x: platformPublicJwk.x }, 'EdDSA');
  } catch {
    return { valid: false, index: 0, reason: 'not an Ed25519 public key' };
  }
  let previous: string | null = null;
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
    let doc: Partial<PublicationDocument>;
    try {
      doc = JSON.parse(new TextDecoder().decode(payload)) as Partial<PublicationDocument>;
    } catch {
      return fail('the signed payload is not JSON');
    }
    if (doc.type !== PUBLICATION_TYPE) return fail('signed, but not a battrace passport version');
    if (p.previousSha256 !== previous || doc.previousSha256 !== previous)
      return fail(`previousSha256 is not the previous version's documentSha256 (${previous ?? 'null'})`);
    if (p.seq !== index + 1 || doc.seq !== index + 1) return fail(`seq is not ${index + 1}`);
    previous = p.documentSha256;
  }
  return { valid: true, length: publications.length };
}
