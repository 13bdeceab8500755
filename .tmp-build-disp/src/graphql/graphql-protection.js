"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.depthLimitRule = depthLimitRule;
exports.aliasLimitRule = aliasLimitRule;
exports.costLimitRule = costLimitRule;
exports.queryLimitRules = queryLimitRules;
const graphql_1 = require("graphql");
const pagination_1 = require("../common/pagination");
const limitError = (code, message, node) => new graphql_1.GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code } });
function fragmentsOf(ctx) {
    const map = new Map();
    for (const def of ctx.getDocument().definitions)
        if (def.kind === graphql_1.Kind.FRAGMENT_DEFINITION)
            map.set(def.name.value, def);
    return map;
}
/** Depth of the deepest field, counting fragments where they are spread (introspection included). */
function depthLimitRule(maxDepth) {
    return (ctx) => {
        const fragments = fragmentsOf(ctx);
        const depth = (set, seen) => {
            if (!set)
                return 0;
            let max = 0;
            for (const sel of set.selections) {
                let d = 0;
                if (sel.kind === graphql_1.Kind.FIELD)
                    d = sel.selectionSet ? 1 + depth(sel.selectionSet, seen) : 1;
                else if (sel.kind === graphql_1.Kind.INLINE_FRAGMENT)
                    d = depth(sel.selectionSet, seen);
                else if (!seen.has(sel.name.value))
                    d = depth(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value]));
                max = Math.max(max, d);
            }
            return max;
        };
        return {
            OperationDefinition(op) {
                const d = depth(op.selectionSet, new Set());
                if (d > maxDepth)
                    ctx.reportError(limitError('QUERY_TOO_DEEP', `query depth ${d} exceeds the limit of ${maxDepth}`, op));
            },
        };
    };
}
function aliasLimitRule(maxAliases) {
    return (ctx) => {
        let count = 0;
        return {
            Field(node) {
                if (node.alias)
                    count++;
            },
            Document: {
                leave() {
                    if (count > maxAliases)
                        ctx.reportError(limitError('TOO_MANY_ALIASES', `${count} aliases exceed the limit of ${maxAliases}`));
                },
            },
        };
    };
}
/**
 * Estimated cost: every field costs 1 times the number of parents it is resolved for. A field
 * that returns a list or a connection multiplies its children by its `first` argument (the
 * default page size when absent, the maximum when given as a variable).
 */
function costLimitRule(maxCost) {
    return (ctx) => {
        const fragments = fragmentsOf(ctx);
        const schema = ctx.getSchema();
        const fanOut = (field, type, parent) => {
            // The `nodes` list of a connection is already counted by the connection's `first`.
            if (parent?.name.endsWith('Connection'))
                return 1;
            const named = (0, graphql_1.getNamedType)(type);
            const isConnection = (0, graphql_1.isObjectType)(named) && named.name.endsWith('Connection');
            if (!(0, graphql_1.isListType)((0, graphql_1.getNullableType)(type)) && !isConnection)
                return 1;
            const first = field.arguments?.find((a) => a.name.value === 'first');
            if (!first)
                return pagination_1.DEFAULT_PAGE_SIZE;
            if (first.value.kind === graphql_1.Kind.INT)
                return Math.max(1, Number(first.value.value));
            return pagination_1.MAX_PAGE_SIZE;
        };
        const cost = (set, parent, mult, seen) => {
            if (!set)
                return 0;
            let total = 0;
            for (const sel of set.selections) {
                if (sel.kind === graphql_1.Kind.FIELD) {
                    total += mult;
                    const def = parent?.getFields()[sel.name.value];
                    if (sel.selectionSet && def) {
                        const child = (0, graphql_1.getNamedType)(def.type);
                        const childMult = mult * fanOut(sel, def.type, parent);
                        total += cost(sel.selectionSet, (0, graphql_1.isObjectType)(child) ? child : undefined, childMult, seen);
                    }
                }
                else if (sel.kind === graphql_1.Kind.INLINE_FRAGMENT) {
                    const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
                    total += cost(sel.selectionSet, (0, graphql_1.isObjectType)(t) ? t : parent, mult, seen);
                }
                else if (!seen.has(sel.name.value)) {
                    const frag = fragments.get(sel.name.value);
                    const t = frag ? schema.getType(frag.typeCondition.name.value) : undefined;
                    total += cost(frag?.selectionSet, (0, graphql_1.isObjectType)(t) ? t : parent, mult, new Set([...seen, sel.name.value]));
                }
            }
            return total;
        };
        return {
            OperationDefinition(op) {
                const root = op.operation === 'mutation'
                    ? schema.getMutationType()
                    : op.operation === 'subscription'
                        ? schema.getSubscriptionType()
                        : schema.getQueryType();
                const c = cost(op.selectionSet, root ?? undefined, 1, new Set());
                if (c > maxCost)
                    ctx.reportError(limitError('QUERY_TOO_COSTLY', `query cost ${c} exceeds the limit of ${maxCost}`, op));
            },
        };
    };
}
function queryLimitRules(limits) {
    return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases), costLimitRule(limits.maxCost)];
}
//# sourceMappingURL=graphql-protection.js.map