import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { badInput } from './errors';

/**
 * Cursor pagination. A cursor is opaque to clients: base64url of a JSON array of the sort key of
 * the last row seen. A malformed cursor is BAD_USER_INPUT, never a server error.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function pageSize(field: string, first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput(field, `must be from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'OUT_OF_RANGE');
  return first;
}

export const encodeCursor = (key: (string | number)[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor(field: string, cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    /* fall through */
  }
  throw badInput(field, 'is not a cursor returned by this API', 'INVALID_CURSOR');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A cursor that names the last row seen by its id: the query compares the sort key of that row
 * in SQL (`(a, b, id) > (SELECT a, b, id … WHERE id = $n)`), at the database's full precision.
 */
export function decodeIdCursor(field: string, cursor: string | null | undefined): string | null {
  const key = decodeCursor(field, cursor, 1);
  if (key === null) return null;
  if (typeof key[0] !== 'string' || !UUID.test(key[0])) throw badInput(field, 'is not a cursor returned by this API');
  return key[0];
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionType {
    @Field(() => [node]) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { nullable: true, description: 'Total matching rows, when cheap to know' }) totalCount?: number;
  }
  return ConnectionType;
}

/** Builds a page from `limit + 1` fetched rows. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  return { nodes, pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(keyOf(nodes[nodes.length - 1])) : null } };
}
