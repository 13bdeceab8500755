import { buildSchema, GraphQLError, Kind, OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';
import {
  aliasLimitRule,
  costLimitRule,
  depthLimitRule,
  operationCost,
  queryLimitRules,
  validationBudgetRule,
  variableCostCheck,
} from './graphql-protection';

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
    expect(errors[0].message).toBe('query depth of at least 4 exceeds the limit of 3');
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
    expect(errorsOf(depthLimitRule(3), viaFragments)[0].message).toBe('query depth of at least 4 exceeds the limit of 3');
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
    // The walk stops at the first level past the limit.
    expect(errors[0].message).toBe('query depth of at least 4 exceeds the limit of 3');
    expect(errors[0].nodes?.[0]).toMatchObject({ kind: Kind.OPERATION_DEFINITION, name: { value: 'Deep' } });
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
    expect(errors[0].message).toBe('at least 4 aliases exceed the limit of 3');
  });

  it('counts aliases at every level and inside fragments', () => {
    const doc = `fragment F on Plant { n1: name n2: name } { b: batch(id: "1") { p: plant { ...F } } }`;
    expect(errorsOf(aliasLimitRule(4), doc)).toEqual([]);
    expect(errorsOf(aliasLimitRule(3), doc)[0].message).toBe('at least 4 aliases exceed the limit of 3');
  });

  it("counts a fragment's aliases at each of its spreads", () => {
    const doc = `fragment F on Me { x: actorType } { me { ...F ...F ...F } }`;
    expect(errorsOf(aliasLimitRule(3), doc)).toEqual([]);
    expect(codes(errorsOf(aliasLimitRule(2), doc))).toEqual(['TOO_MANY_ALIASES']);
  });

  it('refuses any alias with a limit of 0, and a query without aliases passes', () => {
    expect(codes(errorsOf(aliasLimitRule(0), `{ x: me { actorType } }`))).toEqual(['TOO_MANY_ALIASES']);
    expect(errorsOf(aliasLimitRule(0), `{ me { actorType } }`)).toEqual([]);
  });
});

describe('costLimitRule', () => {
  /** The exact cost of a document's first operation (no limit), variable page sizes from `variables`. */
  function costOf(doc: string, variables: Record<string, number> = {}): number {
    const document = parse(doc);
    const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const r = operationCost(schema, document, op, Infinity, (name) => variables[name] ?? DEFAULT_PAGE_SIZE);
    expect(r.kind).toBe('ok');
    return r.cost;
  }

  it('refuses a query above the limit with QUERY_TOO_COSTLY and accepts it at the limit', () => {
    const doc = `{ batches(first: 2) { nodes { id } } }`; // batches 1, nodes 2, id 2
    expect(costOf(doc)).toBe(5);
    expect(errorsOf(costLimitRule(5), doc)).toEqual([]);
    const errors = errorsOf(costLimitRule(4), doc);
    expect(codes(errors)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].message).toBe('query cost of at least 5 exceeds the limit of 4');
  });

  it('multiplies nested connections by their page sizes', () => {
    // 1 + 2 (nodes) + 2 (units) + 2*3 (nodes) + 2*3 (serial)
    expect(costOf(`{ batches(first: 2) { nodes { units(first: 3) { nodes { serial } } } } }`)).toBe(1 + 2 + 2 + 6 + 6);
    // Conservative: everything under a connection counts once per page item, pageInfo included.
    expect(costOf(`{ batches(first: 7) { pageInfo { hasNextPage } } }`)).toBe(1 + 7 + 7);
  });

  it('uses the default page size without `first`, and the requested size when `first` is a variable', () => {
    expect(costOf(`{ batches { nodes { id } } }`)).toBe(1 + 2 * DEFAULT_PAGE_SIZE);
    expect(costOf(`query($n: Int) { batches(first: $n) { nodes { id } } }`, { n: 7 })).toBe(
      costOf(`{ batches(first: 7) { nodes { id } } }`),
    );
    expect(costOf(`query($n: Int) { batches(first: $n) { nodes { id } } }`, { n: MAX_PAGE_SIZE })).toBe(1 + 2 * MAX_PAGE_SIZE);
    // A plain list counts as a default page too.
    expect(costOf(`{ batch(id: "1") { plant { park { plants { name } } } } }`)).toBe(4 + DEFAULT_PAGE_SIZE);
  });

  it('refuses the classic abuse: 500 batches of 500 units', () => {
    const errors = errorsOf(costLimitRule(20000), `{ batches(first: 500) { nodes { units(first: 500) { nodes { serial } } } } }`);
    expect(codes(errors)).toEqual(['QUERY_TOO_COSTLY']);
    // Costs are summed from the leaves up: here the first sum over the limit is the whole query's.
    expect(errors[0].message).toBe(`query cost of at least ${1 + 500 + 500 + 250000 + 250000} exceeds the limit of 20000`);
    expect(costOf(`{ batches(first: 500) { nodes { units(first: 500) { nodes { serial } } } } }`)).toBe(1 + 500 + 500 + 250000 + 250000);
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
    const rules = queryLimitRules({ maxDepth: 2, maxCost: 10, maxAliases: 0, validationBudgetMs: 1000 });
    const errors = validate(schema, parse(`{ x: batches { nodes { plant { name } } } }`), rules);
    expect(codes(errors).sort()).toEqual(['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES']);
    expect(validate(schema, parse(`{ me { actorType } }`), rules)).toEqual([]);
  });
});

/** `{ ...L0 } fragment L0 on Query { ...L1 ...L1 } … fragment L<n-1> on Query { ...L<n> ...L<n> } fragment L<n> on Query { <leaf> }` */
function fanOutQuery(levels: number, leaf = '__typename'): string {
  const frags = Array.from({ length: levels }, (_, i) => `fragment L${i} on Query { ...L${i + 1} ...L${i + 1} }`);
  return `{ ...L0 } ${frags.join(' ')} fragment L${levels} on Query { ${leaf} }`;
}

/** graphql-js's own rules (NoFragmentCycles, OverlappingFieldsCanBeMerged, ...) and battrace's, as the server runs them. */
const serverRules = (limits: Partial<Parameters<typeof queryLimitRules>[0]> = {}) => [
  ...specifiedRules,
  ...queryLimitRules({ maxDepth: 10, maxCost: 20000, maxAliases: 20, validationBudgetMs: 10_000, ...limits }),
];

describe('fragments measured once (memoised)', () => {
  /** A generous sanity bound, not a target: unmemoised, 25 levels took minutes (bench/graphql-limits.bench.ts measures it). */
  const SANITY_MS = 5000;

  it.each([25, 60])('refuses the fan-out query at %i levels as too costly, with the cost it reached', (levels) => {
    const t0 = performance.now();
    const errors = validate(schema, parse(fanOutQuery(levels)), serverRules());
    expect(performance.now() - t0).toBeLessThan(SANITY_MS);
    expect(codes(errors)).toEqual(['QUERY_TOO_COSTLY']);
    const atLeast = Number(/^query cost of at least (\d+) exceeds the limit of 20000$/.exec(errors[0].message)![1]);
    // Stopped at the first level whose cost passed the limit: 2^15 = 32,768 __typename fields.
    expect(atLeast).toBe(2 ** 15);
  });

  it('computes the exact cost of 2^25 spreads, and saturates at 2^53 - 1 rather than overflowing', () => {
    const cost = (levels: number) => {
      const document = parse(fanOutQuery(levels));
      return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, Infinity, () => 1);
    };
    expect(cost(25)).toEqual({ kind: 'ok', cost: 2 ** 25 });
    expect(cost(60)).toEqual({ kind: 'ok', cost: Number.MAX_SAFE_INTEGER });
  });

  it('counts aliases and depth through 60 fan-out levels without expanding them', () => {
    const aliases = validate(schema, parse(fanOutQuery(60, 'x: __typename')), serverRules({ maxCost: Number.MAX_SAFE_INTEGER }));
    expect(codes(aliases)).toEqual(['TOO_MANY_ALIASES']);
    expect(aliases[0].message).toBe(`at least ${2 ** 5} aliases exceed the limit of 20`);
    const deep = validate(
      schema,
      parse(fanOutQuery(60, 'me { actorType }')),
      serverRules({ maxDepth: 1, maxCost: Number.MAX_SAFE_INTEGER }),
    );
    expect(codes(deep)).toEqual(['QUERY_TOO_DEEP']);
    expect(deep[0].message).toBe('query depth of at least 2 exceeds the limit of 1');
    // The same document within every limit but depth and cost: accepted, depth 2 found through all 60 levels.
    expect(validate(schema, parse(fanOutQuery(60, 'me { actorType }')), serverRules({ maxCost: Number.MAX_SAFE_INTEGER }))).toEqual([]);
  });

  it('still refuses fragment cycles (graphql-js NoFragmentCyclesRule) and never recurses for ever', () => {
    const cyclic = `{ ...A } fragment A on Query { me { actorType } ...B } fragment B on Query { ...A ...B }`;
    const errors = validate(schema, parse(cyclic), serverRules());
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /Cannot spread fragment "[AB]" within itself/.test(e.message))).toBe(true);
  });
});

describe('cost of a page size given as a variable', () => {
  const doc = parse(`query($n: Int) { batches(first: $n) { nodes { units(first: $n) { nodes { serial } } } } }`);
  const check = variableCostCheck(20000, 10_000);
  const refusal = (variables: Record<string, unknown>): GraphQLError[] | undefined => {
    try {
      check(schema, doc, {}, variables);
      return undefined;
    } catch (e) {
      expect((e as { statusCode: number }).statusCode).toBe(400);
      return (e as { errors: GraphQLError[] }).errors;
    }
  };

  it('passes validation (it could be cheap), then is refused per request when the variable asks too much', () => {
    expect(validate(schema, doc, serverRules())).toEqual([]);
    expect(refusal({ n: 2 })).toBeUndefined();
    const errors = refusal({ n: 500 })!;
    expect(codes(errors)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].message).toMatch(/^query cost of at least \d+ exceeds the limit of 20000$/);
    // 1 + n + n + n^2 + n^2 <= 20000 up to n = 99.
    expect(refusal({ n: 99 })).toBeUndefined();
    expect(codes(refusal({ n: 100 })!)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('costs an absent variable as the resolvers read it: its default, else the default page size', () => {
    expect(refusal({})).toBeUndefined(); // 1 + 50 + 50 + 2500 + 2500
    const withDefault = parse(`query($n: Int = 120) { batches(first: $n) { nodes { units(first: $n) { nodes { serial } } } } }`);
    expect(validate(schema, withDefault, serverRules())).toEqual([]);
    expect(() => check(schema, withDefault, {}, {})).toThrow();
    expect(() => check(schema, withDefault, {}, { n: 10 })).not.toThrow();
  });

  it('refuses at validation a document over the limit whatever its variables', () => {
    const always = parse(
      `query($n: Int) { batches(first: 500) { nodes { units(first: 500) { nodes { serial } } } } a: batches(first: $n) { nodes { id } } }`,
    );
    expect(codes(validate(schema, always, serverRules()))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('leaves a document that is cheap at any page size to validation alone', () => {
    const cheap = parse(`query($n: Int) { batches(first: $n) { nodes { id } } }`);
    expect(validate(schema, cheap, serverRules())).toEqual([]);
    expect(() => check(schema, cheap, {}, { n: 1_000_000 })).not.toThrow();
  });
});

describe('validation time budget', () => {
  const many = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: me { actorType }`).join(' ')} }`;

  it('refuses with QUERY_TOO_COSTLY once the budget is spent (a budget already over)', () => {
    const errors = validate(schema, parse(many), [validationBudgetRule(-1)]);
    expect(codes(errors)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].message).toBe('query validation exceeded its time budget of -1 ms');
    expect(codes(validate(schema, parse(many), [costLimitRule(1e9, -1)]))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('does not refuse within the budget', () => {
    expect(validate(schema, parse(many), [validationBudgetRule(10_000), costLimitRule(1e9, 10_000)])).toEqual([]);
  });
});
