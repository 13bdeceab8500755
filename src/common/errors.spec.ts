import { isErrorReason } from './error-reasons';
import {
  AppError,
  badInput,
  conflict,
  databaseError,
  DEFAULT_REASON,
  forbidden,
  notFound,
  unauthenticated,
  uniqueViolation,
} from './errors';

/** PostgreSQL errors as node-postgres gives them, and as TypeORM wraps them (driverError). */
const pg = (fields: Record<string, string>) => Object.assign(new Error('raw SQL message: INSERT INTO secret_table …'), fields);
const typeorm = (fields: Record<string, string>) =>
  Object.assign(new Error('QueryFailedError: INSERT …'), { query: 'INSERT INTO x', driverError: pg(fields) });

describe('databaseError', () => {
  it('a unique violation is CONFLICT naming the duplicate in words, directly or wrapped by TypeORM', () => {
    for (const wrap of [pg, typeorm]) {
      const e = databaseError(
        wrap({
          code: '23505',
          constraint: 'certification_requests_one_pending',
          detail: 'Key (footprint_id, certifier_id)=(a, b) already exists.',
        }),
      );
      expect(e).toBeInstanceOf(AppError);
      expect(e).toMatchObject({
        code: 'CONFLICT',
        message: 'a certification request for this footprint is already pending with this certifier',
        reason: 'DUPLICATE',
        details: { constraint: 'certification_requests_one_pending' },
      });
      expect(e?.extensions).toEqual({ code: 'CONFLICT', constraint: 'certification_requests_one_pending', reason: 'DUPLICATE' });
    }
  });

  it('an unknown unique constraint is read out from its name and its columns, never its values', () => {
    const e = databaseError(
      pg({ code: '23505', constraint: 'widgets_owner_id_label_key', detail: 'Key (owner_id, label)=(o1, secret) already exists.' }),
    );
    expect(e?.code).toBe('CONFLICT');
    expect(e?.message).toBe('duplicate widgets owner id label (same owner id, label)');
    expect(e?.message).not.toContain('secret');
  });

  it('a foreign key violation is NOT_FOUND naming the reference; a row still referenced is CONFLICT', () => {
    const missing = databaseError(
      pg({ code: '23503', constraint: 'units_batch_id_fkey', detail: 'Key (batch_id)=(x) is not present in table "batches".' }),
    );
    expect(missing).toMatchObject({ code: 'NOT_FOUND', reason: 'MISSING_REFERENCE', details: { constraint: 'units_batch_id_fkey' } });
    expect(missing?.message).toBe('units batch id points to a batches row that does not exist or is not yours');
    // The units reference check (a trigger) raises 23503 without a constraint.
    expect(databaseError(pg({ code: '23503' }))?.code).toBe('NOT_FOUND');
    const used = databaseError(pg({ code: '23503', constraint: 'x_fkey', detail: 'Key (id)=(1) is still referenced from table "units".' }));
    expect(used?.code).toBe('CONFLICT');
    expect(used?.reason).toBe('REFERENCED');
  });

  it.each([
    ['22P02', 'MALFORMED_VALUE'],
    ['22003', 'OUT_OF_RANGE'],
    ['22007', 'MALFORMED_DATE_TIME'],
    ['22008', 'MALFORMED_DATE_TIME'],
    ['22001', 'TEXT_TOO_LONG'],
    ['22021', 'MALFORMED_TEXT'],
    ['22023', 'INVALID_INPUT'],
    ['54000', 'OUT_OF_RANGE'],
  ])('%s (a value PostgreSQL cannot read or store) is BAD_USER_INPUT %s, without SQL', (code, reason) => {
    const e = databaseError(typeorm({ code }));
    expect(e?.code).toBe('BAD_USER_INPUT');
    expect(e?.reason).toBe(reason);
    expect(e?.message).not.toMatch(/SQL|INSERT|secret/);
  });

  it('anything else is not the caller’s mistake: null', () => {
    expect(databaseError(pg({ code: '40001' }))).toBeNull();
    expect(databaseError(pg({ code: '57014' }))).toBeNull();
    expect(databaseError(new TypeError('x is undefined'))).toBeNull();
    expect(databaseError(null)).toBeNull();
    expect(databaseError(Object.assign(new Error('node'), { code: 'ECONNREFUSED' }))).toBeNull();
  });

  it('uniqueViolation names the constraint of a 23505 only', () => {
    expect(uniqueViolation(typeorm({ code: '23505', constraint: 'c' }))).toBe('c');
    expect(uniqueViolation(pg({ code: '23503', constraint: 'c' }))).toBeNull();
  });
});

describe('reasons on the helpers', () => {
  it('each helper answers its code with a generic reason when the throw site names none', () => {
    const cases: [AppError, string, string][] = [
      [badInput('input.name', 'must not be empty'), 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [forbidden('not yours'), 'FORBIDDEN', 'NOT_ALLOWED'],
      [conflict('clash', 'input.code'), 'CONFLICT', 'CONFLICT'],
      [unauthenticated(), 'UNAUTHENTICATED', 'API_KEY_REQUIRED'],
      [new AppError('RATE_LIMITED', 'slow down'), 'RATE_LIMITED', 'RATE_LIMITED'],
    ];
    for (const [e, code, reason] of cases) expect([e.code, e.reason]).toEqual([code, reason]);
    for (const reason of Object.values(DEFAULT_REASON)) expect(isErrorReason(reason)).toBe(true);
  });

  it('a reason given in place of the details, or after them, is kept; the details stay apart', () => {
    const short = conflict('serial taken', 'input.units[2].serial', 'SERIAL_TAKEN');
    expect(short).toMatchObject({ code: 'CONFLICT', reason: 'SERIAL_TAKEN', field: 'input.units[2].serial', details: undefined });
    const long = conflict('serial taken', 'input.units[2].serial', { serial: 'S-1' }, 'SERIAL_TAKEN');
    expect(long.extensions).toEqual({ code: 'CONFLICT', field: 'input.units[2].serial', serial: 'S-1', reason: 'SERIAL_TAKEN' });
    const bad = badInput('input.massKg', 'must be between 0 and 1', { min: 0, max: 1 }, 'OUT_OF_RANGE');
    expect(bad.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.massKg', min: 0, max: 1, reason: 'OUT_OF_RANGE' });
    expect(bad.message).toBe('input.massKg: must be between 0 and 1');
    expect(badInput('input.id', 'is not a valid id', 'INVALID_ID').details).toBeUndefined();
    expect(forbidden('not yours', 'input.batchId', 'OTHER_MANUFACTURER').extensions).toEqual({
      code: 'FORBIDDEN',
      field: 'input.batchId',
      reason: 'OTHER_MANUFACTURER',
    });
  });

  it('a detail named reason cannot hide the error’s own reason', () => {
    expect(conflict('x', undefined, { reason: 'SOMETHING_ELSE' }, 'REQUEST_PENDING').extensions.reason).toBe('REQUEST_PENDING');
  });

  it('notFound says what was not found in its reason, and keeps its message and id', () => {
    const e = notFound('Batch', 'b-1', 'input.batchId');
    expect(e).toMatchObject({ code: 'NOT_FOUND', reason: 'BATCH_NOT_FOUND', message: 'Batch b-1 was not found', details: { id: 'b-1' } });
    expect(notFound('Unit with serial', '"S-9"').reason).toBe('UNIT_NOT_FOUND');
  });
});
