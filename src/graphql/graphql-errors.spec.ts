import { GraphQLError } from 'graphql';
import { conflict, notFound } from '../common/errors';
import { isErrorReason } from '../common/error-reasons';
import { formatGraphqlError, graphqlLayerReason } from './graphql-errors';

/** A resolver's error as graphql-js hands it to the formatter: wrapped, with its path. */
const thrown = (original: Error) => new GraphQLError(original.message, { path: ['m'], originalError: original });

describe('formatGraphqlError: reasons', () => {
  it('an AppError keeps its code, field, details and reason in extensions, and its message', () => {
    const [e] = formatGraphqlError(thrown(conflict('serial "S-1" is taken', 'input.units[0].serial', { serial: 'S-1' }, 'SERIAL_TAKEN')));
    expect(e.message).toBe('serial "S-1" is taken');
    expect(e.extensions).toEqual({ code: 'CONFLICT', field: 'input.units[0].serial', serial: 'S-1', reason: 'SERIAL_TAKEN' });
    const [n] = formatGraphqlError(thrown(notFound('Shipment', 's-1', 'input.shipmentId')));
    expect(n.extensions).toEqual({ code: 'NOT_FOUND', field: 'input.shipmentId', id: 's-1', reason: 'SHIPMENT_NOT_FOUND' });
  });

  it('a PostgreSQL error a service did not map gets the safety net’s reason', () => {
    const pg = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'gec_claims_pkey',
      detail: 'Key (serial)=(x) already exists.',
    });
    const [e] = formatGraphqlError(thrown(pg));
    expect(e.extensions).toEqual({ code: 'CONFLICT', constraint: 'gec_claims_pkey', reason: 'DUPLICATE' });
    const fk = Object.assign(new Error('fk'), { code: '23503', detail: 'Key (batch_id)=(x) is not present in table "batches".' });
    expect(formatGraphqlError(thrown(fk))[0].extensions?.reason).toBe('MISSING_REFERENCE');
  });

  it('errors of the GraphQL layer get a reason from their code', () => {
    const wrapped = Object.assign(new Error('Graphql validation error'), {
      statusCode: 400,
      errors: [
        new GraphQLError('Cannot query field "nope" on type "Query".'),
        new GraphQLError('too deep', { extensions: { code: 'QUERY_TOO_DEEP' } }),
        new GraphQLError('Variable "$input" got invalid value "lots" at "input.massKg"; Float cannot represent non numeric value: "lots"'),
      ],
    });
    const [validation, deep, variable] = formatGraphqlError(new GraphQLError('x', { originalError: wrapped }));
    expect(variable.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'WRONG_TYPE' });
    expect(validation.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'INVALID_DOCUMENT' });
    expect(deep.extensions).toEqual({ code: 'QUERY_TOO_DEEP', reason: 'OVER_LIMIT' });
    // graphql-js refusing a variable of the wrong type.
    const [coercion] = formatGraphqlError(
      new GraphQLError('Variable "$n" got invalid value "x"; Int cannot represent a non-integer value'),
    );
    expect(coercion.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'WRONG_TYPE' });
    // The HTTP layer refusing the body.
    const [tooLarge] = formatGraphqlError(
      new GraphQLError('x', { originalError: Object.assign(new Error('Request body is too large'), { statusCode: 413 }) }),
    );
    expect(tooLarge.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', reason: 'OVER_LIMIT' });
    for (const code of ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES', 'BAD_REQUEST', 'BAD_USER_INPUT', 'ANYTHING']) {
      expect(isErrorReason(graphqlLayerReason(code))).toBe(true);
    }
  });

  it('an unexpected error is INTERNAL_SERVER_ERROR without details and without a reason (it is not the caller’s to branch on)', () => {
    const [e] = formatGraphqlError(thrown(new TypeError('x is undefined')));
    expect(e).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(e.extensions).not.toHaveProperty('reason');
  });
});
