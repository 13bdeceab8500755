import { DIRECT_GREEN_SOURCES, ElectricitySource, GREEN_SOURCES } from './electricity-source';

/** The green shares of a supply split: all green (direct, on-site, GEC-backed trading) and direct green alone. */
export interface GreenShares {
  green: number;
  directGreen: number;
}

/**
 * The green-electricity shares of a park's supply from a footprint's electricity lines (each
 * line: a source and its share of the park's supply over the production period,
 * footprint-calculation.ts). Null when no lines are recorded or a share is not a number. Pure.
 */
export function greenSharesOf(lines: unknown): GreenShares | null {
  if (!Array.isArray(lines) || lines.length === 0) return null;
  let green = 0;
  let directGreen = 0;
  for (const l of lines as { source?: unknown; share?: unknown }[]) {
    if (typeof l?.share !== 'number' || !Number.isFinite(l.share) || typeof l.source !== 'string') return null;
    const source = l.source as ElectricitySource;
    if (GREEN_SOURCES.includes(source)) green += l.share;
    if (DIRECT_GREEN_SOURCES.includes(source)) directGreen += l.share;
  }
  return { green, directGreen };
}
