import { badInput } from '../common/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';
import { NODE_KINDS, NodeKind } from './provenance-kinds';

/**
 * Limits of the provenance walk (issue 6 §5), checked before any statement runs. These are
 * service limits chosen for battrace (not domain figures): a walk of at most MAX_DEPTH steps, a
 * page of at most MAX_PAGE_SIZE nodes, and an estimated cost of depth × page size × directions
 * of at most MAX_COST. The walk itself stops at NODE_BUDGET nodes (then `truncated`), and a
 * fan-out of more than FANOUT_INLINE nodes from one node comes back as a counted summary.
 */
export const MAX_DEPTH = 6;
export const DEFAULT_DEPTH = 2;
export const MAX_COST = 2000;
export const NODE_BUDGET = 2000;
export const FANOUT_INLINE = 100;

export interface WalkPlan {
  depth: number;
  first: number;
  kinds: ReadonlySet<NodeKind>;
  cost: number;
}

export function planWalk(
  depthIn: number | null | undefined,
  firstIn: number | null | undefined,
  kindsIn: string[] | null | undefined,
  both: boolean,
): WalkPlan {
  const depth = depthIn ?? DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw badInput('depth', `must be from 1 to ${MAX_DEPTH}, got ${depth}`);
  const first = firstIn ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput('first', `must be from 1 to ${MAX_PAGE_SIZE}, got ${first}`);
  const kinds = new Set<NodeKind>();
  (kindsIn ?? [...NODE_KINDS]).forEach((k, i) => {
    if (!(NODE_KINDS as readonly string[]).includes(k))
      throw badInput(`kinds[${i}]`, `unknown node kind "${String(k).slice(0, 40)}"; one of ${NODE_KINDS.join(', ')}`);
    kinds.add(k as NodeKind);
  });
  const cost = depth * first * (both ? 2 : 1);
  if (cost > MAX_COST) {
    throw badInput(
      'depth',
      `this walk would cost ${cost} (depth ${depth} × first ${first}${both ? ' × 2 directions' : ''}), over the limit of ${MAX_COST}: lower depth or first`,
      {
        cost,
        limit: MAX_COST,
      },
    );
  }
  return { depth, first, kinds, cost };
}
