import {
  ASTNode,
  ASTVisitor,
  BREAK,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';

/**
 * Limits on what one GraphQL document may ask for, checked while validating, so that a refused
 * document never reaches a resolver. Mercurius caches validation per document text, so a
 * repeated query pays for these rules once.
 *
 * Every rule walks an operation once and each fragment once, whatever the number of places it
 * is spread: a fragment's depth, cost and alias count are computed on its first spread and
 * reused (multiplied by the page sizes above it for the cost), with saturating arithmetic, and
 * the walk stops as soon as a limit is passed. A fragment spread twice in each of 60 nested
 * fragments is thus 60 small steps, not 2^60. Validation as a whole also has a time budget.
 */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Time one document's validation may take (all rules, graphql-js's own included). */
  validationBudgetMs: number;
}

/** Every count saturates here rather than growing without bound (2^53 - 1, still exact). */
const SATURATED = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number) => Math.min(SATURATED, a + b);
const mul = (a: number, b: number) => Math.min(SATURATED, a * b);
/** Fields walked between two looks at the clock. */
const CLOCK_EVERY = 64;

const limitError = (code: string, message: string, node?: OperationDefinitionNode) =>
  new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code } });

const overBudget = (budgetMs: number, node?: OperationDefinitionNode) =>
  limitError('QUERY_TOO_COSTLY', `query validation exceeded its time budget of ${budgetMs} ms`, node);

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  return map;
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;
const composite = (t: unknown): Composite | undefined => (isObjectType(t) || isInterfaceType(t) ? t : undefined);

/** Thrown inside a walk to stop it: a limit is passed (the value found so far) or the clock ran out. */
class Stop {
  constructor(
    readonly kind: 'limit' | 'budget',
    readonly atLeast = 0,
  ) {}
}

/**
 * The page size a list or connection field asks for, from its `first` (or `limit`) argument:
 * a literal is taken as written; a variable through `variable` (its value, or a bound on it).
 */
export type VariablePageSize = (name: string) => number;

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  schema: GraphQLSchema;
  deadline: number;
  steps: number;
}

function tick(w: Walk): void {
  if (++w.steps % CLOCK_EVERY === 0 && performance.now() > w.deadline) throw new Stop('budget');
}

/**
 * Depth of the deepest field below `set`, each fragment measured once. A fragment met again
 * while it is being measured (a cycle, which graphql-js's NoFragmentCyclesRule refuses anyway,
 * possibly after this rule ran) adds nothing, so the walk always ends.
 */
function depthOf(w: Walk, set: SelectionSetNode | undefined, max: number, memo: Map<string, number>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const sel of set.selections) {
    tick(w);
    let d = 0;
    if (sel.kind === Kind.FIELD) d = sel.selectionSet ? 1 + depthOf(w, sel.selectionSet, max, memo) : 1;
    else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(w, sel.selectionSet, max, memo);
    else {
      const name = sel.name.value;
      let known = memo.get(name);
      if (known === undefined) {
        memo.set(name, 0); // in progress: a cycle back here counts 0
        known = depthOf(w, w.fragments.get(name)?.selectionSet, max, memo);
        memo.set(name, known);
      }
      d = known;
    }
    if (d > deepest) deepest = d;
    // Depth below any selection set is at most the depth of the operation.
    if (deepest > max) throw new Stop('limit', deepest);
  }
  return deepest;
}

/** Aliased fields below `set`, a fragment counted once per spread (and measured once). */
function aliasesOf(w: Walk, set: SelectionSetNode | undefined, max: number, memo: Map<string, number>): number {
  if (!set) return 0;
  let count = 0;
  for (const sel of set.selections) {
    tick(w);
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) count = add(count, 1);
      count = add(count, aliasesOf(w, sel.selectionSet, max, memo));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) count = add(count, aliasesOf(w, sel.selectionSet, max, memo));
    else {
      const name = sel.name.value;
      let known = memo.get(name);
      if (known === undefined) {
        memo.set(name, 0);
        known = aliasesOf(w, w.fragments.get(name)?.selectionSet, max, memo);
        memo.set(name, known);
      }
      count = add(count, known);
    }
    if (count > max) throw new Stop('limit', count);
  }
  return count;
}

/** The literal or variable given as a field's page size, if any. */
function pageSizeArg(field: FieldNode): ValueNode | undefined {
  return field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit')?.value;
}

/**
 * How many items a list or connection field fans its children out to: its requested page size
 * (the default page size when absent); 1 for any other field.
 */
function fanOut(field: FieldNode, type: GraphQLOutputType, parent: Composite | undefined, variable: VariablePageSize): number {
  // The `nodes` list of a connection is already counted by the connection's `first`.
  if (parent?.name.endsWith('Connection')) return 1;
  const named = getNamedType(type);
  const isConnection = isObjectType(named) && named.name.endsWith('Connection');
  if (!isListType(getNullableType(type)) && !isConnection) return 1;
  const size = pageSizeArg(field);
  if (!size) return DEFAULT_PAGE_SIZE;
  if (size.kind === Kind.INT) return Math.max(1, Number(size.value));
  if (size.kind === Kind.VARIABLE) return Math.max(1, variable(size.name.value));
  return DEFAULT_PAGE_SIZE; // null: the resolver's default
}

/**
 * Cost of `set` resolved once: every field costs 1 per parent it is resolved for, and a list or
 * connection multiplies its children by its page size. Linear in the number of parents, so a
 * fragment's cost is measured once per type it is spread on and multiplied at each spread.
 */
function costOf(
  w: Walk,
  set: SelectionSetNode | undefined,
  parent: Composite | undefined,
  max: number,
  variable: VariablePageSize,
  memo: Map<string, number>,
): number {
  if (!set) return 0;
  let total = 0;
  for (const sel of set.selections) {
    tick(w);
    if (sel.kind === Kind.FIELD) {
      total = add(total, 1);
      const def = parent?.getFields()[sel.name.value];
      if (sel.selectionSet && def) {
        const below = costOf(w, sel.selectionSet, composite(getNamedType(def.type)), max, variable, memo);
        total = add(total, mul(fanOut(sel, def.type, parent, variable), below));
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? composite(w.schema.getType(sel.typeCondition.name.value)) : parent;
      total = add(total, costOf(w, sel.selectionSet, t ?? parent, max, variable, memo));
    } else {
      const frag = w.fragments.get(sel.name.value);
      const t = (frag && composite(w.schema.getType(frag.typeCondition.name.value))) ?? parent;
      const key = `${sel.name.value}@${t?.name ?? ''}`;
      let known = memo.get(key);
      if (known === undefined) {
        memo.set(key, 0);
        known = costOf(w, frag?.selectionSet, t, max, variable, memo);
        memo.set(key, known);
      }
      total = add(total, known);
    }
    // Every multiplier is at least 1: a part over the limit puts the whole over it.
    if (total > max) throw new Stop('limit', total);
  }
  return total;
}

function rootOf(schema: GraphQLSchema, op: OperationDefinitionNode): GraphQLObjectType | undefined {
  const root =
    op.operation === 'mutation'
      ? schema.getMutationType()
      : op.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ?? undefined;
}

/**
 * The cost of one operation with the page sizes `variable` gives, or how it was stopped: `ok`
 * with the exact cost, `limit` with a lower bound over `maxCost`, or `budget`.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  op: OperationDefinitionNode,
  maxCost: number,
  variable: VariablePageSize,
  deadline = Infinity,
): { kind: 'ok' | 'limit' | 'budget'; cost: number } {
  const w: Walk = { fragments: fragmentsOf(document), schema, deadline, steps: 0 };
  try {
    return { kind: 'ok', cost: costOf(w, op.selectionSet, rootOf(schema, op), maxCost, variable, new Map()) };
  } catch (e) {
    if (e instanceof Stop) return { kind: e.kind, cost: e.atLeast };
    throw e;
  }
}

/** Runs `measure` on each operation; reports the first limit passed or the budget exhausted. */
function perOperation(
  ctx: ValidationContext,
  budgetMs: number,
  measure: (w: Walk, op: OperationDefinitionNode) => void,
  onLimit: (op: OperationDefinitionNode, atLeast: number) => void,
): ASTVisitor {
  const deadline = performance.now() + budgetMs;
  let fragments: Map<string, FragmentDefinitionNode> | undefined;
  return {
    OperationDefinition(op: OperationDefinitionNode) {
      fragments ??= fragmentsOf(ctx.getDocument());
      try {
        measure({ fragments, schema: ctx.getSchema(), deadline, steps: 0 }, op);
      } catch (e) {
        if (!(e instanceof Stop)) throw e;
        if (e.kind === 'budget') ctx.reportError(overBudget(budgetMs, op));
        else onLimit(op, e.atLeast);
      }
      return false; // the fields below were walked already
    },
  } as ASTVisitor;
}

/** Depth of the deepest field, counting fragments where they are spread (introspection included). */
export function depthLimitRule(maxDepth: number, budgetMs = Infinity): ValidationRule {
  return (ctx) =>
    perOperation(
      ctx,
      budgetMs,
      (w, op) => depthOf(w, op.selectionSet, maxDepth, new Map()),
      (op, d) => ctx.reportError(limitError('QUERY_TOO_DEEP', `query depth of at least ${d} exceeds the limit of ${maxDepth}`, op)),
    );
}

/** Aliased fields of an operation, a fragment's counted at each of its spreads. */
export function aliasLimitRule(maxAliases: number, budgetMs = Infinity): ValidationRule {
  return (ctx) =>
    perOperation(
      ctx,
      budgetMs,
      (w, op) => aliasesOf(w, op.selectionSet, maxAliases, new Map()),
      (op, n) => ctx.reportError(limitError('TOO_MANY_ALIASES', `at least ${n} aliases exceed the limit of ${maxAliases}`, op)),
    );
}

/**
 * Documents whose cost depends on the variables they are sent with: within the limit with every
 * variable page size at 1, over it with every one at the maximum. Each request of one is costed
 * again with its own variables by `variableCostCheck` (the validation result is cached per text).
 */
const costedPerRequest = new WeakSet<DocumentNode>();

const costlyMessage = (atLeast: number, maxCost: number) => `query cost of at least ${atLeast} exceeds the limit of ${maxCost}`;

/**
 * Estimated cost: every field costs 1 times the number of parents it is resolved for. A field
 * that returns a list or a connection multiplies its children by its requested page size
 * (`first` or `limit`; the default page size when absent), written inline or passed as a
 * variable. While validating, variables are not known: a document over the limit even with
 * every variable page size at 1 is refused; one that could pass is costed per request.
 */
export function costLimitRule(maxCost: number, budgetMs = Infinity): ValidationRule {
  return (ctx) =>
    perOperation(
      ctx,
      budgetMs,
      (w, op) => {
        const root = rootOf(w.schema, op);
        costOf(w, op.selectionSet, root, maxCost, () => 1, new Map());
        if (!op.variableDefinitions?.length) return;
        try {
          costOf(w, op.selectionSet, root, maxCost, () => MAX_PAGE_SIZE, new Map());
        } catch (e) {
          if (!(e instanceof Stop) || e.kind !== 'limit') throw e;
          costedPerRequest.add(ctx.getDocument());
        }
      },
      (op, c) => ctx.reportError(limitError('QUERY_TOO_COSTLY', costlyMessage(c, maxCost), op)),
    );
}

/**
 * Refuses validation that takes longer than `budgetMs`, checked between the nodes graphql-js
 * visits (the limit rules above also check it inside their walks).
 */
export function validationBudgetRule(budgetMs: number): ValidationRule {
  return (ctx) => {
    const deadline = performance.now() + budgetMs;
    let steps = 0;
    return {
      enter(_node: ASTNode) {
        if (++steps % CLOCK_EVERY !== 0 || performance.now() <= deadline) return undefined;
        ctx.reportError(overBudget(budgetMs));
        return BREAK;
      },
    } as ASTVisitor;
  };
}

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const budget = limits.validationBudgetMs;
  return [
    depthLimitRule(limits.maxDepth, budget),
    aliasLimitRule(limits.maxAliases, budget),
    costLimitRule(limits.maxCost, budget),
    validationBudgetRule(budget),
  ];
}

/** The page size a variable asks for at run time, as the resolvers read it (src/common/pagination.ts). */
function requestedPageSize(variables: Record<string, unknown> | undefined, op: OperationDefinitionNode): VariablePageSize {
  return (name) => {
    const given = variables?.[name];
    if (typeof given === 'number' && Number.isFinite(given)) return Math.min(SATURATED, Math.max(1, Math.floor(given)));
    if (given === undefined) {
      const def = op.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
      if (def?.kind === Kind.INT) return Math.max(1, Number(def.value));
    }
    return DEFAULT_PAGE_SIZE;
  };
}

/**
 * The per-request half of the cost limit (a Mercurius preExecution hook): a document whose cost
 * depends on its variables is costed with the variables it came with. Every other document
 * passes through at the price of one WeakSet lookup.
 */
export function variableCostCheck(maxCost: number, budgetMs: number) {
  return (schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables?: Record<string, unknown>) => {
    if (!costedPerRequest.has(document)) return;
    const deadline = performance.now() + budgetMs;
    for (const def of document.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      const r = operationCost(schema, document, def, maxCost, requestedPageSize(variables, def), deadline);
      if (r.kind === 'ok') continue;
      const error = r.kind === 'budget' ? overBudget(budgetMs, def) : limitError('QUERY_TOO_COSTLY', costlyMessage(r.cost, maxCost), def);
      throw Object.assign(new Error('Graphql validation error'), { statusCode: 400, errors: [error] });
    }
  };
}
