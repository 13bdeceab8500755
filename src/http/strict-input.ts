import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { badInput } from '../common/errors';
import { unknownNameProblem } from '../common/near-miss';
import { loneSurrogateProblem } from '../common/text-input';

/**
 * Strict input on plain HTTP routes: a query parameter or JSON body field the route does not
 * read is refused (BAD_USER_INPUT naming it, with the near miss), never silently ignored. What a
 * route reads is what its handler declares with `@Query('name')` / `@Body('name')`; a handler
 * taking the whole object (`@Query()`, `@Body()`) checks its own fields.
 */
export interface AcceptedFields {
  /** null: the handler reads the whole object */
  query: string[] | null;
  body: string[] | null;
}

type RouteArgs = Record<string, { index: number; data?: unknown }>;

/**
 * The fields a handler reads, from Nest's route-argument metadata (`__routeArguments__`). A
 * handler that takes the raw request (`@Req()`) reads its body itself (the unit upload streams
 * NDJSON or CSV and answers a wrong content type in its own words).
 */
export function acceptedFields(routeArgs: RouteArgs | undefined): AcceptedFields {
  const out: AcceptedFields = { query: [], body: [] };
  for (const [key, arg] of Object.entries(routeArgs ?? {})) {
    const type = Number(key.split(':')[0]);
    if (type === RouteParamtypes.REQUEST) out.body = null;
    const slot = type === RouteParamtypes.QUERY ? 'query' : type === RouteParamtypes.BODY ? 'body' : null;
    if (!slot) continue;
    if (typeof arg.data !== 'string') out[slot] = null;
    else if (out[slot]) out[slot].push(arg.data);
  }
  return out;
}

/** A parsed JSON object or query string (Fastify's has a prototype-less prototype); not an array, buffer or stream. */
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v) && typeof (v as { pipe?: unknown }).pipe !== 'function';

/** Throws BAD_USER_INPUT for the first field of `value` that is not in `known` (in input order). */
export function refuseUnknownFields(where: 'query' | 'body', value: unknown, known: readonly string[] | null): void {
  if (known === null || !isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      throw badInput(`${where}.${key}`, unknownNameProblem('field', key, known), { location: where }, 'UNKNOWN_FIELD');
  }
}

/**
 * Throws BAD_USER_INPUT naming the first string of a query string or JSON body (a value or a
 * field name, at any depth) that holds a lone UTF-16 surrogate (common/text-input.ts): JSON can
 * carry one as `\ud800`, and it is no Unicode character.
 */
export function refuseMalformedText(where: 'query' | 'body', value: unknown, path: string = where): void {
  if (typeof value === 'string') {
    const problem = loneSurrogateProblem(value);
    if (problem) throw badInput(path, problem, { location: where }, 'MALFORMED_TEXT');
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => refuseMalformedText(where, v, `${path}[${i}]`));
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const problem = loneSurrogateProblem(key);
    if (problem) throw badInput(path, `a field name ${problem}`, { location: where }, 'MALFORMED_TEXT');
    refuseMalformedText(where, v, `${path}.${key}`);
  }
}
