import {
  ASTVisitor,
  DocumentNode,
  getNullableType,
  GraphQLError,
  GraphQLInputType,
  GraphQLScalarType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNamedType,
  Kind,
  print,
  typeFromAST,
  ValidationRule,
  ValueNode,
  VariableDefinitionNode,
} from 'graphql';
import { parseDateTimeInput } from '../common/date-time-input';
import type { ErrorReason } from '../common/error-reasons';
import { loneSurrogateProblem } from '../common/text-input';

/**
 * Input values the schema's types let through but battrace refuses, each answered as
 * BAD_USER_INPUT naming the argument path (`input.productionStart`) and the reason, before any
 * resolver runs:
 *  - `DateTime`: an RFC 3339 date-time naming a calendar day within the accepted range
 *    (common/date-time-input.ts), in literals and in variables;
 *  - every string of the variables: no lone UTF-16 surrogate (common/text-input.ts). A literal
 *    with one never gets this far: the GraphQL lexer refuses it as a syntax error.
 * Other text rules (control characters, bidirectional controls in names) depend on the field and
 * are checked by the services with common/validate.ts.
 */

/** Thrown by an input scalar for a value it refuses; graphql-js keeps it as the original error. */
export class InputValueError extends Error {
  readonly extensions = { code: 'BAD_USER_INPUT' };
  constructor(
    readonly reason: string,
    /** The stable reason code answered in `extensions.reason`. */
    readonly reasonCode: ErrorReason,
  ) {
    super(reason);
    this.name = 'InputValueError';
  }
}

export const inputValueError = (
  path: string | undefined,
  reason: string,
  reasonCode: ErrorReason,
  nodes?: VariableDefinitionNode | ValueNode,
): GraphQLError =>
  new GraphQLError(path ? `${path}: ${reason}` : reason, {
    nodes,
    extensions: { code: 'BAD_USER_INPUT', ...(path ? { field: path } : {}), reason: reasonCode },
  });

/** Where each literal value of a validated document sits, e.g. `input.materials[0].material`. */
const literalPaths = new WeakMap<ValueNode, string>();

function recordPaths(value: ValueNode, path: string): void {
  literalPaths.set(value, path);
  if (value.kind === Kind.OBJECT) for (const f of value.fields) recordPaths(f.value, `${path}.${f.name.value}`);
  else if (value.kind === Kind.LIST) value.values.forEach((v, i) => recordPaths(v, `${path}[${i}]`));
}

/**
 * Records the path of every literal argument value (and variable default) so that a scalar
 * refusing one names it: graphql-js's ValuesOfCorrectTypeRule reports a GraphQLError thrown by
 * `parseLiteral` as it is, and an Argument is entered before the values inside it are checked.
 */
export const literalPathsRule: ValidationRule = () =>
  ({
    Argument(node) {
      recordPaths(node.value, node.name.value);
    },
    VariableDefinition(node) {
      if (node.defaultValue) recordPaths(node.defaultValue, node.variable.name.value);
    },
  }) as ASTVisitor;

/**
 * `DateTime` with strict input: the same name and output as Nest's GraphQLISODateTime (an ISO
 * 8601 string in UTC with milliseconds), so clients and schema.gql keep the type they know.
 */
export const StrictDateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description:
    'An RFC 3339 date-time with seconds and an offset, e.g. 2026-06-14T08:30:00Z, naming a calendar day between 1990-01-01 and 2100-12-31 (UTC); answered in UTC with milliseconds.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue(value) {
    const r = parseDateTimeInput(value);
    if (!r.ok) throw new InputValueError(r.reason, r.refusal);
    return r.date;
  },
  parseLiteral(ast) {
    const r =
      ast.kind === Kind.STRING
        ? parseDateTimeInput(ast.value)
        : {
            ok: false as const,
            reason: `must be an RFC 3339 date-time string such as 2026-06-14T08:30:00Z, got ${print(ast).slice(0, 40)}`,
            refusal: 'MALFORMED_DATE_TIME' as const,
          };
    if (r.ok) return r.date;
    throw inputValueError(literalPaths.get(ast), r.reason, r.refusal, ast);
  },
});

const isDateTime = (t: GraphQLInputType | undefined) => !!t && isNamedType(t) && t.name === StrictDateTimeScalar.name;

/** Where a value sits, built as the walk goes down and written out only for a refused value. */
interface Path {
  up: Path | undefined;
  key: string | number;
}
const pathText = (p: Path): string =>
  p.up === undefined ? String(p.key) : typeof p.key === 'number' ? `${pathText(p.up)}[${p.key}]` : `${pathText(p.up)}.${p.key}`;

/** The first refused value in one variable's value, walked along its type (any string, typed or not). */
type Refused = { path: Path; reason: string; reasonCode: ErrorReason };

function refusedIn(value: unknown, type: GraphQLInputType | undefined, path: Path): Refused | null {
  if (value === null || value === undefined) return null;
  const t = type ? (getNullableType(type) as GraphQLInputType) : undefined;
  if (t && isListType(t)) {
    const item = t.ofType as GraphQLInputType;
    if (!Array.isArray(value)) return refusedIn(value, item, path); // a single value for a list
    for (let i = 0; i < value.length; i++) {
      const r = refusedIn(value[i], item, { up: path, key: i });
      if (r) return r;
    }
    return null;
  }
  if (isDateTime(t)) {
    const r = parseDateTimeInput(value);
    return r.ok ? null : { path, reason: r.reason, reasonCode: r.refusal };
  }
  if (typeof value === 'string') {
    const reason = loneSurrogateProblem(value);
    return reason ? { path, reason, reasonCode: 'MALFORMED_TEXT' } : null;
  }
  if (typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const r = refusedIn(value[i], undefined, { up: path, key: i });
      if (r) return r;
    }
    return null;
  }
  const fields = t && isInputObjectType(t) ? t.getFields() : undefined;
  for (const key in value) {
    const keyProblem = loneSurrogateProblem(key);
    if (keyProblem) return { path, reason: `a field name ${keyProblem}`, reasonCode: 'MALFORMED_TEXT' };
    const r = refusedIn((value as Record<string, unknown>)[key], fields?.[key]?.type, { up: path, key });
    if (r) return r;
  }
  return null;
}

/**
 * A Mercurius preExecution hook: each variable of the document walked once along its declared
 * type. graphql-js coerces the variables before this hook runs on most requests (its refusals
 * are worded the same way by graphql-errors.ts); on the request that compiles a document with
 * graphql-jit it does not, and this walk is then the one that refuses a bad DateTime.
 */
export function variableInputCheck() {
  return (schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables?: Record<string, unknown>) => {
    if (!variables) return;
    for (const def of document.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const v of def.variableDefinitions ?? []) {
        const name = v.variable.name.value;
        if (!(name in variables)) continue;
        const r = refusedIn(variables[name], typeFromAST(schema, v.type) as GraphQLInputType | undefined, { up: undefined, key: name });
        if (r) {
          const error = inputValueError(pathText(r.path), r.reason, r.reasonCode, v);
          throw Object.assign(new Error('Graphql validation error'), { statusCode: 400, errors: [error] });
        }
      }
    }
  };
}

/**
 * graphql-js's own refusal of a variable whose scalar threw an InputValueError, e.g. `Variable
 * "$input" got invalid value "2026-02-30" at "input.productionStart"; Expected type "DateTime".
 * …`, reworded as `input.productionStart: <reason>` with the path in `extensions.field`.
 */
const VARIABLE_ERROR =
  /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value [\s\S]*? at "([_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*|\[\d+\])*)"; /;
const TOP_VARIABLE = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value /;

export function rewordedInputValueError(error: GraphQLError): GraphQLError | null {
  // graphql-js wraps the scalar's error once or twice, depending on the path taken.
  let original: Error | undefined = error.originalError;
  while (original instanceof GraphQLError) original = original.originalError;
  if (!(original instanceof InputValueError)) return null;
  const m = VARIABLE_ERROR.exec(error.message) ?? TOP_VARIABLE.exec(error.message);
  const path = m ? (m[2] ?? m[1]) : undefined;
  return inputValueError(path, original.reason, original.reasonCode, error.nodes?.[0] as VariableDefinitionNode | undefined);
}
