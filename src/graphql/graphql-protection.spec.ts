import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';
import { aliasLimitRule, costLimitRule, depthLimitRule, queryLimitRules } from './graphql-protection';

/** A small schema of the same shape as battrace's: connections with `first`, a plain list, nesting. */
const schema = buildSchema(`
  type Query {
    batches(first: Int): BatchConnection!
    batch(id: ID!): Batch
    me: Me!
  }
  type Mutation { createPark(name: String!): Park! }
  type Me { actorType: String! }
  type BatchConnection { nodes: [Batch!]! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! }
  type Batch { id: ID! plant: Plant! units(first: Int): UnitConnection! }
  type UnitConnection { nodes: [Unit!]! }
  type Unit { serial: String! parent: Unit }
  type Plant { name: String! park: Park! }
  type Park { name: String! plants: [Plant!]! }
`);

const errorsOf = (rule: ReturnType<typeof depthLimitRule>, doc: string, variables?: never): readonly GraphQLError[] =>
  validate(schema, parse(doc), [rule], variables);
const codes = (errors: readonly GraphQLError[]) => errors.map((e) => e.extensions.code);

describe('depthLimitRule', () => {
  const doc = `{ batch(id: "1") { plant { park { name } } } }`; // batch, plant, park, name: 4

  it('accepts a query at the limit and refuses one deeper, naming both', () => {
    expect(errorsOf(depthLimitRule(4), doc)).toEqual([]);
    const errors = errorsOf(depthLimitRule(3), doc);
    expect(codes(errors)).toEqual(['QUERY_TOO_DEEP']);
    expect(errors[0].message).toBe('query depth 4 exceeds the limit of 3');
  });

  it('counts a leaf at the root as depth 1', () => {
    expect(errorsOf(depthLimitRule(1), `{ __typename }`)).toEqual([]);
    expect(codes(errorsOf(depthLimitRule(1), `{ me { actorType } }`))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts fragments where they are spread, and inline fragments add no level', () => {
    const viaFragments = `
      fragment ParkName on Park { name }
      fragment PlantPark on Plant { park { ...ParkName } }
      { batch(id: "1") { plant { ...PlantPark } } }`;
    expect(errorsOf(depthLimitRule(4), viaFragments)).toEqual([]);
    expect(errorsOf(depthLimitRule(3), viaFragments)[0].message).toBe('query depth 4 exceeds the limit of 3');
    const inline = `{ batch(id: "1") { ... on Batch { plant { ... on Plant { park { name } } } } } }`;
    expect(errorsOf(depthLimitRule(4), inline)).toEqual([]);
    expect(codes(errorsOf(depthLimitRule(3), inline))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('takes the deepest branch, and checks each operation on its own', () => {
    const doc2 = `
      query Shallow { me { actorType } }
      query Deep { batch(id: "1") { id plant { name park { plants { name } } } } }`;
    const errors = errorsOf(depthLimitRule(3), doc2);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('query depth 5 exceeds the limit of 3');
  });

  it('terminates on a fragment that spreads itself', () => {
    const cyclic = `fragment U on Unit { parent { ...U } } { batch(id: "1") { units { nodes { ...U } } } }`;
    expect(codes(errorsOf(depthLimitRule(3), cyclic))).toEqual(['QUERY_TOO_DEEP']);
    expect(errorsOf(depthLimitRule(100), cyclic)).toEqual([]);
  });
});

describe('aliasLimitRule', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { actorType }`).join(' ')} }`;

  it('accepts as many aliases as the limit and refuses one more', () => {
    expect(errorsOf(aliasLimitRule(3), aliased(3))).toEqual([]);
    const errors = errorsOf(aliasLimitRule(3), aliased(4));
    expect(codes(errors)).toEqual(['TOO_MANY_ALIASES']);
    expect(errors[0].message).toBe('4 aliases exceed the limit of 3');
  });

  it('counts aliases at every level and inside fragments', () => {
    const doc = `fragment F on Plant { n1: name n2: name } { b: batch(id: "1") { p: plant { ...F } } }`;
    expect(errorsOf(aliasLimitRule(4), doc)).toEqual([]);
    expect(errorsOf(aliasLimitRule(3), doc)[0].message).toBe('4 aliases exceed the limit of 3');
  });

  it('refuses any alias with a limit of 0, and a query without aliases passes', () => {
    expect(codes(errorsOf(aliasLimitRule(0), `{ x: me { actorType } }`))).toEqual(['TOO_MANY_ALIASES']);
    expect(errorsOf(aliasLimitRule(0), `{ me { actorType } }`)).toEqual([]);
  });
});

describe('costLimitRule', () => {
  /** The cost the rule computes: the smallest limit it accepts. */
  function costOf(doc: string): number {
    const m = errorsOf(costLimitRule(1), doc)
      .map((e) => /^query cost (\d+) exceeds/.exec(e.message))
      .find(Boolean);
    return m ? Number(m[1]) : 1;
  }

  it('refuses a query above the limit with QUERY_TOO_COSTLY and accepts it at the limit', () => {
    const doc = `{ batches(first: 2) { nodes { id } } }`; // batches 1, nodes 2, id 2
    expect(costOf(doc)).toBe(5);
    expect(errorsOf(costLimitRule(5), doc)).toEqual([]);
    const errors = errorsOf(costLimitRule(4), doc);
    expect(codes(errors)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].message).toBe('query cost 5 exceeds the limit of 4');
  });

  it('multiplies nested connections by their page sizes', () => {
    // 1 + 2 (nodes) + 2 (units) + 2*3 (nodes) + 2*3 (serial)
    expect(costOf(`{ batches(first: 2) { nodes { units(first: 3) { nodes { serial } } } } }`)).toBe(1 + 2 + 2 + 6 + 6);
    // Conservative: everything under a connection counts once per page item, pageInfo included.
    expect(costOf(`{ batches(first: 7) { pageInfo { hasNextPage } } }`)).toBe(1 + 7 + 7);
  });

  it('uses the default page size without `first`, and the maximum when `first` is a variable', () => {
    expect(costOf(`{ batches { nodes { id } } }`)).toBe(1 + 2 * DEFAULT_PAGE_SIZE);
    expect(costOf(`query($n: Int) { batches(first: $n) { nodes { id } } }`)).toBe(1 + 2 * MAX_PAGE_SIZE);
    // A plain list counts as a default page too.
    expect(costOf(`{ batch(id: "1") { plant { park { plants { name } } } } }`)).toBe(4 + DEFAULT_PAGE_SIZE);
  });

  it('refuses the classic abuse: 500 batches of 500 units', () => {
    const errors = errorsOf(costLimitRule(20000), `{ batches(first: 500) { nodes { units(first: 500) { nodes { serial } } } } }`);
    expect(codes(errors)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].message).toBe(`query cost ${1 + 500 + 500 + 250000 + 250000} exceeds the limit of 20000`);
  });

  it('counts fragments and inline fragments like the fields they stand for', () => {
    const plain = `{ batches(first: 4) { nodes { id plant { name } } } }`;
    const withFragment = `fragment B on Batch { id plant { name } } { batches(first: 4) { nodes { ...B } } }`;
    const withInline = `{ batches(first: 4) { nodes { ... on Batch { id plant { name } } } } }`;
    expect(costOf(withFragment)).toBe(costOf(plain));
    expect(costOf(withInline)).toBe(costOf(plain));
    expect(costOf(plain)).toBe(1 + 4 + 4 + 4 + 4);
  });

  it('costs mutations from the mutation root', () => {
    expect(costOf(`mutation { createPark(name: "x") { plants { name } } }`)).toBe(1 + 1 + DEFAULT_PAGE_SIZE);
  });
});

describe('queryLimitRules', () => {
  it('applies all three limits and reports each broken one', () => {
    const rules = queryLimitRules({ maxDepth: 2, maxCost: 10, maxAliases: 0 });
    const errors = validate(schema, parse(`{ x: batches { nodes { plant { name } } } }`), rules);
    expect(codes(errors).sort()).toEqual(['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES']);
    expect(validate(schema, parse(`{ me { actorType } }`), rules)).toEqual([]);
  });
});
