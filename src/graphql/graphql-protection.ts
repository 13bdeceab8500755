import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLOutputType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';

/**
 * Limits on what one GraphQL document may ask for, checked while validating, so that a refused
 * document never reaches a resolver. Mercurius caches validation per document text, so a
 * repeated query pays for these rules once.
 */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

const limitError = (code: string, message: string, node?: OperationDefinitionNode) =>
  new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code } });

function fragmentsOf(ctx: ValidationContext): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const def of ctx.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  return map;
}

/** Depth of the deepest field, counting fragments where they are spread (introspection included). */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (ctx) => {
    const fragments = fragmentsOf(ctx);
    const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const sel of set.selections) {
        let d = 0;
        if (sel.kind === Kind.FIELD) d = sel.selectionSet ? 1 + depth(sel.selectionSet, seen) : 1;
        else if (sel.kind === Kind.INLINE_FRAGMENT) d = depth(sel.selectionSet, seen);
        else if (!seen.has(sel.name.value)) d = depth(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value]));
        max = Math.max(max, d);
      }
      return max;
    };
    return {
      OperationDefinition(op) {
        const d = depth(op.selectionSet, new Set());
        if (d > maxDepth) ctx.reportError(limitError('QUERY_TOO_DEEP', `query depth ${d} exceeds the limit of ${maxDepth}`, op));
      },
    } as ASTVisitor;
  };
}

export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (ctx) => {
    let count = 0;
    return {
      Field(node: FieldNode) {
        if (node.alias) count++;
      },
      Document: {
        leave() {
          if (count > maxAliases) ctx.reportError(limitError('TOO_MANY_ALIASES', `${count} aliases exceed the limit of ${maxAliases}`));
        },
      },
    } as ASTVisitor;
  };
}

/**
 * Estimated cost: every field costs 1 times the number of parents it is resolved for. A field
 * that returns a list or a connection multiplies its children by its `first` argument (the
 * default page size when absent, the maximum when given as a variable).
 */
export function costLimitRule(maxCost: number): ValidationRule {
  return (ctx) => {
    const fragments = fragmentsOf(ctx);
    const schema = ctx.getSchema();
    const fanOut = (field: FieldNode, type: GraphQLOutputType, parent: GraphQLObjectType | undefined): number => {
      // The `nodes` list of a connection is already counted by the connection's `first`.
      if (parent?.name.endsWith('Connection')) return 1;
      const named = getNamedType(type);
      const isConnection = isObjectType(named) && named.name.endsWith('Connection');
      if (!isListType(getNullableType(type)) && !isConnection) return 1;
      const first = field.arguments?.find((a) => a.name.value === 'first');
      if (!first) return DEFAULT_PAGE_SIZE;
      if (first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
      return MAX_PAGE_SIZE;
    };
    const cost = (set: SelectionSetNode | undefined, parent: GraphQLObjectType | undefined, mult: number, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          total += mult;
          const def = parent?.getFields()[sel.name.value];
          if (sel.selectionSet && def) {
            const child = getNamedType(def.type);
            const childMult = mult * fanOut(sel, def.type, parent);
            total += cost(sel.selectionSet, isObjectType(child) ? child : undefined, childMult, seen);
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
          total += cost(sel.selectionSet, isObjectType(t) ? t : parent, mult, seen);
        } else if (!seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          const t = frag ? schema.getType(frag.typeCondition.name.value) : undefined;
          total += cost(frag?.selectionSet, isObjectType(t) ? t : parent, mult, new Set([...seen, sel.name.value]));
        }
      }
      return total;
    };
    return {
      OperationDefinition(op) {
        const root =
          op.operation === 'mutation'
            ? schema.getMutationType()
            : op.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType();
        const c = cost(op.selectionSet, root ?? undefined, 1, new Set());
        if (c > maxCost) ctx.reportError(limitError('QUERY_TOO_COSTLY', `query cost ${c} exceeds the limit of ${maxCost}`, op));
      },
    } as ASTVisitor;
  };
}

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases), costLimitRule(limits.maxCost)];
}
