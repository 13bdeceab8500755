import { buildSchema, getVariableValues, GraphQLError, Kind, OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { literalPathsRule, rewordedInputValueError, StrictDateTimeScalar, variableInputCheck } from './input-values';

const schema = buildSchema(`
  scalar DateTime
  input Line { name: String!, at: DateTime, tags: [String!] }
  input In { lines: [Line!]!, start: DateTime! }
  type Query { ok(input: In, at: DateTime, s: String): Boolean }
`);
Object.assign(schema.getType('DateTime')!, {
  parseValue: StrictDateTimeScalar.parseValue,
  parseLiteral: StrictDateTimeScalar.parseLiteral,
  serialize: StrictDateTimeScalar.serialize,
});

/** The error variableInputCheck throws (as Mercurius receives it), or null. */
function checked(query: string, variables: Record<string, unknown>): GraphQLError | null {
  try {
    variableInputCheck()(schema, parse(query), {}, variables);
    return null;
  } catch (e) {
    expect((e as { statusCode: number }).statusCode).toBe(400);
    return (e as { errors: GraphQLError[] }).errors[0];
  }
}

describe('StrictDateTimeScalar', () => {
  it('answers like Nest’s DateTime: an ISO string in UTC with milliseconds', () => {
    expect(StrictDateTimeScalar.name).toBe('DateTime');
    expect(StrictDateTimeScalar.serialize(new Date('2026-06-14T10:30:00+02:00'))).toBe('2026-06-14T08:30:00.000Z');
    expect(StrictDateTimeScalar.parseValue('2026-06-14T10:30:00+02:00')).toEqual(new Date('2026-06-14T08:30:00Z'));
  });

  it('a refused literal names its argument path (literalPathsRule runs with the specified rules)', () => {
    const doc = parse(
      `{ ok(input: { start: "2026-03-01T00:00:00Z", lines: [{ name: "a" }, { name: "b", at: "2026-02-30T00:00:00Z" }] }) }`,
    );
    const errors = validate(schema, doc, [...specifiedRules, literalPathsRule]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('input.lines[1].at: "2026-02-30T00:00:00Z" is not a calendar date');
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.lines[1].at', reason: 'NOT_A_CALENDAR_DATE' });
    const top = validate(schema, parse(`{ ok(at: 20260301) }`), [...specifiedRules, literalPathsRule]);
    expect(top[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'at', reason: 'MALFORMED_DATE_TIME' });
    expect(top[0].message).toMatch(/^at: must be an RFC 3339 date-time string .* got 20260301$/);
    const byDefault = validate(schema, parse(`query($d: DateTime = "1900-01-01T00:00:00Z") { ok(at: $d) }`), [
      ...specifiedRules,
      literalPathsRule,
    ]);
    expect(byDefault[0].extensions?.field).toBe('d');
  });
});

describe('variableInputCheck', () => {
  const Q = `query($input: In, $at: DateTime, $s: String) { ok(input: $input, at: $at, s: $s) }`;
  const good = { input: { start: '2026-03-01T00:00:00Z', lines: [{ name: 'a', tags: ['x'] }] }, at: '2026-03-01T00:00:00Z', s: 'ok 😀' };

  it('lets well-formed text and good dates through', () => {
    expect(checked(Q, good)).toBeNull();
    expect(checked(Q, {})).toBeNull();
  });

  it('names the path of the first lone surrogate in any string, typed or not', () => {
    const e = checked(Q, { ...good, input: { ...good.input, lines: [{ name: 'a' }, { name: 'b', tags: ['x', 'y\ud800'] }] } });
    expect(e?.message).toBe(
      'input.lines[1].tags[1]: must not contain a lone UTF-16 surrogate (U+D800 at position 1): it is not a Unicode character',
    );
    expect(e?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.lines[1].tags[1]', reason: 'MALFORMED_TEXT' });
    expect(checked(Q, { s: '\udc00' })?.extensions?.field).toBe('s');
    expect(checked(Q, { input: { start: '2026-03-01T00:00:00Z', lines: [], extra: { deep: ['\ud83d'] } } })?.extensions?.field).toBe(
      'input.extra.deep[0]',
    );
    expect(checked(Q, { input: { 'k\ud800': 1 } })?.message).toMatch(/^input: a field name must not contain a lone/);
  });

  it('walks DateTime values along the declared types, a single value for a list included', () => {
    expect(checked(Q, { ...good, at: '2026-02-29T00:00:00Z' })?.message).toBe('at: "2026-02-29T00:00:00Z" is not a calendar date');
    expect(checked(Q, { input: { start: '-000001-01-01', lines: [] } })?.extensions?.field).toBe('input.start');
    expect(checked(Q, { input: { start: '2026-03-01T00:00:00Z', lines: { name: 'a', at: 17 } } })?.extensions?.field).toBe(
      'input.lines.at',
    );
  });
});

describe('rewordedInputValueError', () => {
  const coerce = (variables: Record<string, unknown>) => {
    const op = parse(`query($input: In, $at: DateTime) { ok(input: $input, at: $at) }`).definitions[0] as OperationDefinitionNode;
    expect(op.kind).toBe(Kind.OPERATION_DEFINITION);
    const r = getVariableValues(schema, op.variableDefinitions ?? [], variables);
    return (r.errors ?? [])[0];
  };

  it('rewords graphql-js’s refusal of a variable as `path: reason`', () => {
    const e = coerce({ input: { start: '2026-03-01T00:00:00Z', lines: [{ name: 'a', at: '2026-02-30T00:00:00Z' }] } });
    expect(e.message).toMatch(/^Variable "\$input" got invalid value .* at "input\.lines\[0\]\.at"; /);
    const r = rewordedInputValueError(e);
    expect(r?.message).toBe('input.lines[0].at: "2026-02-30T00:00:00Z" is not a calendar date');
    expect(r?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.lines[0].at', reason: 'NOT_A_CALENDAR_DATE' });
    expect(rewordedInputValueError(coerce({ at: '2101-01-01T00:00:00Z' }))?.extensions?.field).toBe('at');
  });

  it('leaves other errors alone', () => {
    expect(rewordedInputValueError(coerce({ input: { start: '2026-03-01T00:00:00Z', lines: [{ name: 3 }] } }))).toBeNull();
    expect(rewordedInputValueError(new GraphQLError('x'))).toBeNull();
  });
});
