import type { ErrorReason } from './error-reasons';

/**
 * Domain errors. Services throw these; one formatter (common/graphql-errors.ts) turns them into
 * typed GraphQL errors and one Fastify error handler into HTTP answers. Nothing else maps errors.
 * Each carries a transport code and a stable reason (src/common/error-reasons.ts) that clients
 * branch on; a throw site that names no reason gets its code's generic one (DEFAULT_REASON).
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'RATE_LIMITED';

type Details = Record<string, unknown>;

/** The reason of an error whose throw site names none. */
export const DEFAULT_REASON: Readonly<Record<ErrorCode, ErrorReason>> = {
  BAD_USER_INPUT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'NOT_ALLOWED',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'API_KEY_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Where in the input the problem is, e.g. `input.units[3].serial`. */
    readonly field?: string,
    readonly details?: Details,
    /** The stable reason a client branches on (`extensions.reason`). */
    readonly reason: ErrorReason = DEFAULT_REASON[code],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  /** `extensions` of the GraphQL error, and the HTTP answer's `error` beside code and message. */
  get extensions(): Details {
    return { code: this.code, ...(this.field ? { field: this.field } : {}), ...(this.details ?? {}), reason: this.reason };
  }
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * What each `notFound` names, and its reason: a new kind of thing looked up needs its row here
 * (and in error-reasons.ts and docs/error-reasons.md), so every NOT_FOUND says what was missing.
 */
export const NOT_FOUND_REASON = {
  Batch: 'BATCH_NOT_FOUND',
  Unit: 'UNIT_NOT_FOUND',
  'Unit with serial': 'UNIT_NOT_FOUND',
  Park: 'PARK_NOT_FOUND',
  Plant: 'PLANT_NOT_FOUND',
  Organization: 'ORGANIZATION_NOT_FOUND',
  Certifier: 'CERTIFIER_NOT_FOUND',
  'API key': 'API_KEY_NOT_FOUND',
  Shipment: 'SHIPMENT_NOT_FOUND',
  Port: 'PORT_NOT_FOUND',
  Footprint: 'FOOTPRINT_NOT_FOUND',
  'Declared carbon footprint of batch': 'DECLARED_FOOTPRINT_NOT_FOUND',
  'Emission factor': 'EMISSION_FACTOR_NOT_FOUND',
  'Battery model': 'BATTERY_MODEL_NOT_FOUND',
  Certificate: 'CERTIFICATE_NOT_FOUND',
  'Certification request': 'CERTIFICATION_REQUEST_NOT_FOUND',
  'Status list': 'STATUS_LIST_NOT_FOUND',
  'Park energy period': 'ENERGY_PERIOD_NOT_FOUND',
  'Displacement run': 'DISPLACEMENT_RUN_NOT_FOUND',
  'audit checkpoint': 'AUDIT_CHECKPOINT_NOT_FOUND',
  Node: 'NODE_NOT_FOUND',
  'Passport access grant': 'PASSPORT_ACCESS_GRANT_NOT_FOUND',
  'Battery operation grant': 'OPERATION_GRANT_NOT_FOUND',
  'Battery passport': 'BATTERY_PASSPORT_NOT_FOUND',
} as const satisfies Record<string, ErrorReason>;

export type NotFoundSubject = keyof typeof NOT_FOUND_REASON;

/**
 * The helpers take an optional reason last; `badInput` and `conflict` also take it in place of
 * the details (`conflict(message, field, 'SERIAL_TAKEN')`).
 */
export function badInput(field: string, message: string, reason?: ErrorReason): AppError;
export function badInput(field: string, message: string, details?: Details, reason?: ErrorReason): AppError;
export function badInput(field: string, message: string, details?: Details | ErrorReason, reason?: ErrorReason): AppError {
  const [d, r] = typeof details === 'string' ? [undefined, details] : [details, reason];
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, field, d, r);
}
export const notFound = (what: NotFoundSubject, id: string, field?: string): AppError =>
  new AppError('NOT_FOUND', `${what} ${id} was not found`, field, { id }, NOT_FOUND_REASON[what]);
export const forbidden = (message: string, field?: string, reason?: ErrorReason): AppError =>
  new AppError('FORBIDDEN', message, field, undefined, reason);
export function conflict(message: string, field: string | undefined, reason: ErrorReason): AppError;
export function conflict(message: string, field?: string, details?: Details, reason?: ErrorReason): AppError;
export function conflict(message: string, field?: string, details?: Details | ErrorReason, reason?: ErrorReason): AppError {
  const [d, r] = typeof details === 'string' ? [undefined, details] : [details, reason];
  return new AppError('CONFLICT', message, field, d, r);
}
export const unauthenticated = (
  message = 'an API key is required: send Authorization: Bearer <key>',
  reason: ErrorReason = 'API_KEY_REQUIRED',
): AppError => new AppError('UNAUTHENTICATED', message, undefined, undefined, reason);

/** The error PostgreSQL raises for a unique violation, with the constraint it names. */
export function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const d = e.driverError ?? e;
  return d.code === '23505' ? (d.constraint ?? 'unique') : null;
}

/** PostgreSQL's fields on a failed query (node-postgres), directly or under TypeORM's `driverError`. */
interface PgErrorFields {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

function pgFields(err: unknown): PgErrorFields | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as PgErrorFields & { driverError?: PgErrorFields };
  const d = e.driverError ?? e;
  return typeof d.code === 'string' && /^[0-9A-Z]{5}$/.test(d.code) ? d : null;
}

/** What each unique constraint means, for a CONFLICT answer; others are read out from their name. */
const UNIQUE_IN_WORDS: Record<string, string> = {
  organizations_name_key: 'an organization with this name already exists',
  api_keys_key_hash_key: 'this API key already exists',
  parks_code_key: 'a park with this code already exists',
  plants_manufacturer_id_name_key: 'this manufacturer already has a plant with this name',
  battery_models_manufacturer_id_name_key: 'this manufacturer already has a battery model with this name',
  batches_manufacturer_id_batch_number_key: 'this manufacturer already has a batch with this number',
  units_manufacturer_serial_key: 'this manufacturer already has a unit with this serial',
  emission_factors_code_version_key: 'this version of the emission factor already exists',
  footprints_batch_id_version_key: 'this footprint version of the batch was written at the same time by another request; retry',
  batch_footprint_inputs_batch_id_version_key:
    'this footprint inputs version of the batch was written at the same time by another request; retry',
  shipments_bill_of_lading_number_key: 'a shipment with this bill of lading number already exists',
  shipments_manufacturer_id_reference_key: 'this manufacturer already has a shipment with this reference',
  shipment_containers_open_key: 'this container is already on a shipment that is not delivered',
  shipment_containers_shipment_id_container_number_key: 'this container is listed twice on the shipment',
  unit_memberships_open_key: 'this unit is already inside another unit',
  certifier_signing_keys_one_current: 'another signing key was made current at the same time; retry',
  platform_signing_keys_one_current: 'another platform signing key was made current at the same time; retry',
  certification_requests_one_pending: 'a certification request for this footprint is already pending with this certifier',
  certificates_number_key: 'a certificate with this number already exists',
  certificates_request_id_key: 'a certificate was already issued for this request',
  certificates_certifier_id_status_index_key: 'another certificate took the same status list position at the same time; retry',
  park_energy_periods_supersedes_id_key: 'this energy period was already corrected',
  gec_claims_pkey: 'these energy attribute certificates are already claimed',
};

const words = (name: string): string => name.replace(/_(key|pkey|fkey)$/, '').replace(/_/g, ' ');

/** The columns PostgreSQL names in its detail ("Key (a, b)=(…)"), in words, without the values. */
function keyColumns(detail: string | undefined): string | null {
  const m = /^Key \(([^)]*)\)/.exec(detail ?? '');
  return m ? m[1].replace(/_/g, ' ') : null;
}

/**
 * The one mapping from PostgreSQL errors to typed errors, used by the GraphQL formatter and the
 * HTTP error filter as a safety net behind each service's own checks. Never carries SQL or values
 * the caller did not send: only the constraint or column named in words.
 * - 23505 unique violation: CONFLICT naming the duplicate.
 * - 23503 foreign key violation (and the units reference check): NOT_FOUND when the referenced
 *   row does not exist, CONFLICT when a row still referenced would change.
 * - 22P02, 22003, 22007, 22008, 22001, 22021, 22023, 22030, 22P05, 54000: BAD_USER_INPUT (a value PostgreSQL cannot read or store).
 * Anything else is not the caller's mistake: null, and the caller answers INTERNAL_SERVER_ERROR.
 */
export function databaseError(err: unknown): AppError | null {
  const d = pgFields(err);
  if (!d) return null;
  switch (d.code) {
    case '23505': {
      const constraint = d.constraint ?? 'unique';
      const cols = keyColumns(d.detail);
      const message = UNIQUE_IN_WORDS[constraint] ?? `duplicate ${words(constraint)}${cols ? ` (same ${cols})` : ''}`;
      return conflict(message, undefined, { constraint }, 'DUPLICATE');
    }
    case '23503': {
      const referenced = /is not present in table "([^"]+)"/.exec(d.detail ?? '');
      const stillUsed = /is still referenced from table "([^"]+)"/.exec(d.detail ?? '');
      const what = d.constraint ? words(d.constraint) : 'a reference';
      if (stillUsed) return conflict(`the row is still referenced by ${words(stillUsed[1])} (${what})`, undefined, 'REFERENCED');
      const table = referenced ? words(referenced[1]) : null;
      return new AppError(
        'NOT_FOUND',
        `${what} points to ${table ? `a ${table} row` : 'a row'} that does not exist or is not yours`,
        undefined,
        d.constraint ? { constraint: d.constraint } : undefined,
        'MISSING_REFERENCE',
      );
    }
    case '22P02':
      return new AppError(
        'BAD_USER_INPUT',
        'a value is not in the form expected (e.g. an id that is not a UUID)',
        undefined,
        undefined,
        'MALFORMED_VALUE',
      );
    case '22003':
      return new AppError('BAD_USER_INPUT', 'a number is out of the range that can be stored', undefined, undefined, 'OUT_OF_RANGE');
    case '22007':
    case '22008':
      return new AppError('BAD_USER_INPUT', 'a date or time is not valid or out of range', undefined, undefined, 'MALFORMED_DATE_TIME');
    case '22001':
      return new AppError('BAD_USER_INPUT', 'a text value is too long', undefined, undefined, 'TEXT_TOO_LONG');
    case '22021':
    case '22P05':
      return new AppError(
        'BAD_USER_INPUT',
        'a text value contains characters that cannot be stored',
        undefined,
        undefined,
        'MALFORMED_TEXT',
      );
    case '22023':
    case '22030':
    case '22032':
      return new AppError('BAD_USER_INPUT', 'a value is not valid');
    case '54000':
      return new AppError('BAD_USER_INPUT', 'a value is too large to store', undefined, undefined, 'OUT_OF_RANGE');
    default:
      return null;
  }
}
