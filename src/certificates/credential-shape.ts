import { isUuid } from '../common/validate';
import { CREDENTIAL_TYPE, VC_CONTEXT } from './credential';

/**
 * The shape of a certificate credential, checked after its signature holds and before anything
 * reads it: a credential signed by a real certifier key can still carry `issuer: null`, a
 * certificate id that is not a UUID or a number where a list belongs. Such a credential is not
 * readable, so every verifier (GraphQL, the /verify page, the offline CLI) answers it as invalid
 * with reason MALFORMED, never by crashing on it. Fields battrace writes must have the type it
 * writes; fields it does not know are allowed (W3C VC 2.0 §4: credentials may carry more).
 * Returns the first problem, naming the field, or null when the shape is right.
 */
export function credentialShapeProblem(payload: unknown): string | null {
  if (!isObject(payload)) return 'the payload is not a JSON object';
  const ctx = payload['@context'];
  if (!Array.isArray(ctx) || ctx[0] !== VC_CONTEXT || !ctx.every(isString)) return `@context must be a list starting with ${VC_CONTEXT}`;
  if (!isString(payload.id)) return 'id must be a string';
  if (!Array.isArray(payload.type) || !payload.type.every(isString) || !payload.type.includes(CREDENTIAL_TYPE))
    return `type must be a list of strings naming ${CREDENTIAL_TYPE}`;
  const issuer = payload.issuer;
  if (!isObject(issuer) || !isString(issuer.id)) return 'issuer must be an object with a string id';
  return first(
    optional(issuer, 'issuer', 'name', isString, 'a string'),
    dateText(payload, '', 'validFrom'),
    dateText(payload, '', 'validUntil'),
    subjectProblem(payload.credentialSubject),
    statusProblem(payload.credentialStatus),
  );
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInteger = (v: unknown): v is number => Number.isInteger(v);
const isDateText = (v: unknown): boolean => isString(v) && !Number.isNaN(new Date(v).getTime());

function required(o: Obj, at: string, key: string, ok: (v: unknown) => boolean, what: string): string | null {
  return ok(o[key]) ? null : `${at}${key} must be ${what}`;
}
/** Absent (or null) is fine; present must have the type. */
function optional(o: Obj, at: string, key: string, ok: (v: unknown) => boolean, what: string): string | null {
  const v = o[key];
  return v === undefined || v === null || ok(v) ? null : `${at ? `${at}.` : ''}${key} must be ${what}`;
}
const dateText = (o: Obj, at: string, key: string): string | null => required(o, at, key, isDateText, 'a date and time');

function first(...problems: (string | null)[]): string | null {
  return problems.find((p) => p !== null) ?? null;
}

function subjectProblem(subject: unknown): string | null {
  if (!isObject(subject)) return 'credentialSubject must be an object';
  const cert = subject.certificate;
  if (!isObject(cert)) return 'credentialSubject.certificate must be an object';
  const fp = subject.footprint;
  if (!isObject(fp)) return 'credentialSubject.footprint must be an object';
  const c = 'credentialSubject.certificate.';
  const f = 'credentialSubject.footprint.';
  const stages = fp.stagesKgCo2e;
  return first(
    required(subject, 'credentialSubject.', 'id', isString, 'a string'),
    required(cert, c, 'id', (v) => isString(v) && isUuid(v), 'a UUID'),
    required(cert, c, 'number', isString, 'a string'),
    dateText(cert, c, 'issuedAt'),
    ...['url', 'verificationStandard', 'assurance', 'opinionType', 'opinion', 'leadVerifier', 'reviewer', 'systemBoundary'].map((k) =>
      optional(cert, 'credentialSubject.certificate', k, isString, 'a string'),
    ),
    optional(cert, 'credentialSubject.certificate', 'materialityPercent', isNumber, 'a number'),
    optional(cert, 'credentialSubject.certificate', 'criteria', (v) => Array.isArray(v) && v.every(isString), 'a list of strings'),
    optional(cert, 'credentialSubject.certificate', 'issuingBody', isObject, 'an object'),
    ...['id', 'batchId', 'rulesetId', 'inputsSha256', 'sha256'].map((k) => required(fp, f, k, isString, 'a string')),
    required(fp, f, 'version', isInteger, 'a whole number'),
    ...['kgCo2eAbsolute', 'kgCo2ePerKWhCapacity', 'kgCo2ePerKWhLifetime', 'lifetimeEnergyKWh'].map((k) =>
      required(fp, f, k, isNumber, 'a number'),
    ),
    isObject(stages) && Object.values(stages).every(isNumber) ? null : `${f}stagesKgCo2e must be an object of numbers`,
    partyProblem(subject.responsibleParty),
    productProblem(subject.product),
  );
}

function partyProblem(party: unknown): string | null {
  if (party === undefined || party === null) return null;
  const at = 'credentialSubject.responsibleParty';
  if (!isObject(party)) return `${at} must be an object`;
  const plant = party.plant;
  const park = party.park;
  return first(
    optional(party, at, 'name', isString, 'a string'),
    optional(party, at, 'plant', isObject, 'an object'),
    optional(party, at, 'park', isObject, 'an object'),
    ...(isObject(plant) ? ['name', 'address'].map((k) => optional(plant, `${at}.plant`, k, isString, 'a string')) : []),
    ...(isObject(park) ? ['name', 'code'].map((k) => optional(park, `${at}.park`, k, isString, 'a string')) : []),
  );
}

function productProblem(product: unknown): string | null {
  if (product === undefined || product === null) return null;
  const at = 'credentialSubject.product';
  if (!isObject(product)) return `${at} must be an object`;
  const model = product.model;
  return first(
    optional(product, at, 'batchNumber', isString, 'a string'),
    optional(product, at, 'packCount', isInteger, 'a whole number'),
    optional(product, at, 'model', isObject, 'an object'),
    ...(isObject(model)
      ? [
          optional(model, `${at}.model`, 'name', isString, 'a string'),
          optional(model, `${at}.model`, 'chemistry', isString, 'a string'),
          optional(model, `${at}.model`, 'nominalEnergyKWh', isNumber, 'a number'),
        ]
      : []),
  );
}

function statusProblem(status: unknown): string | null {
  if (!Array.isArray(status)) return 'credentialStatus must be a list';
  for (const [i, e] of status.entries()) {
    const at = `credentialStatus[${i}].`;
    if (!isObject(e)) return `credentialStatus[${i}] must be an object`;
    const p = first(
      ...['id', 'type', 'statusPurpose', 'statusListIndex', 'statusListCredential'].map((k) => required(e, at, k, isString, 'a string')),
    );
    if (p) return p;
  }
  return null;
}
