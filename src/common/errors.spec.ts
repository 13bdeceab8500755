import { AppError, databaseError, uniqueViolation } from './errors';

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
        details: { reason: 'DUPLICATE', constraint: 'certification_requests_one_pending' },
      });
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
    expect(missing).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'MISSING_REFERENCE', constraint: 'units_batch_id_fkey' } });
    expect(missing?.message).toBe('units batch id points to a batches row that does not exist or is not yours');
    // The units reference check (a trigger) raises 23503 without a constraint.
    expect(databaseError(pg({ code: '23503' }))?.code).toBe('NOT_FOUND');
    const used = databaseError(pg({ code: '23503', constraint: 'x_fkey', detail: 'Key (id)=(1) is still referenced from table "units".' }));
    expect(used?.code).toBe('CONFLICT');
  });

  it.each(['22P02', '22003', '22007', '22008'])('%s (a value PostgreSQL cannot read) is BAD_USER_INPUT without SQL', (code) => {
    const e = databaseError(typeorm({ code }));
    expect(e?.code).toBe('BAD_USER_INPUT');
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
