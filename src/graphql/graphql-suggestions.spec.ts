import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { withoutSuggestions } from './graphql-suggestions';

const schema = buildSchema(`
  enum Kind { CELL MODULE PACK }
  input UnitFilter { kind: Kind, serial: String }
  type Batch { id: ID! batchNumber: String }
  type Query { batch(id: ID!): Batch, batches(filter: UnitFilter, first: Int): [Batch!]!, batchCount: Int }
`);

function messages(query: string): string[] {
  return validate(schema, parse(query)).map((e: GraphQLError) => e.message);
}

describe('withoutSuggestions', () => {
  it('cuts graphql-js suggestions of one, two and many names from real validation errors', () => {
    const raw = [
      ...messages('{ batc(id: "1") { id } }'),
      ...messages('{ batche { id } }'),
      ...messages('{ batch(id: "1", idd: "1") { id } }'),
      ...messages('{ batches(filter: { kinds: CELL }) { id } }'),
      ...messages('{ batches(filter: { kind: CEL }) { id } }'),
      ...messages('query($f: UnitFiltr) { batches(filter: $f) { id } }'),
    ];
    expect(raw.filter((m) => m.includes('Did you mean')).length).toBeGreaterThanOrEqual(5);
    const cleaned = raw.map(withoutSuggestions);
    for (const m of cleaned) {
      expect(m).not.toMatch(/Did you mean/);
      expect(m).not.toMatch(/"batchCount"|"CELL"/);
    }
    expect(cleaned).toContain('Cannot query field "batche" on type "Query".');
    expect(cleaned).toContain('Unknown type "UnitFiltr".');
    expect(cleaned).toContain('Value "CEL" does not exist in "Kind" enum.');
    expect(cleaned).toContain('Cannot query field "batc" on type "Query".');
    expect(cleaned).toContain('Unknown argument "idd" on field "Query.batch".');
  });

  it('handles the fixed wordings (the enum value, an inline fragment) and three or more names', () => {
    expect(withoutSuggestions('Value "CEL" does not exist in "Kind" enum. Did you mean the enum value "CELL"?')).toBe(
      'Value "CEL" does not exist in "Kind" enum.',
    );
    expect(withoutSuggestions('Cannot query field "x" on type "U". Did you mean to use an inline fragment on "A" or "B"?')).toBe(
      'Cannot query field "x" on type "U".',
    );
    expect(withoutSuggestions('Unknown type "Bat". Did you mean "Batch", "Battery", "BatchFilter", or "Bath"?')).toBe(
      'Unknown type "Bat".',
    );
  });

  it('leaves other messages alone', () => {
    for (const m of [
      'Syntax Error: Unexpected Name "x".',
      'input.units[0].serial: must not be empty',
      'Variable "$id" of required type "ID!" was not provided.',
    ]) {
      expect(withoutSuggestions(m)).toBe(m);
    }
  });
});
