/**
 * What is wrong with a GS1 identifier or a Digital Link URI (docs/identifiers.md). The pure
 * functions of this folder return a problem instead of throwing, so that a caller chooses the
 * transport: a 400 on the resolver's HTTP routes, BAD_USER_INPUT on GraphQL.
 *
 * `reason` is a suggested stable reason code, one per kind of mistake, for a client to branch on;
 * `message` is written for a person and names the offending value and the rule it breaks.
 */
export const GS1_PROBLEM_REASONS = [
  /** A GTIN that is not 8, 12, 13 or 14 digits. */
  'MALFORMED_GTIN',
  /** A GTIN whose last digit is not the GS1 mod-10 check digit of the others. */
  'GTIN_CHECK_DIGIT',
  /** A GTIN that does not start with the GS1 company prefix it should carry. */
  'GTIN_PREFIX_MISMATCH',
  /** An AI 21 / 10 / 22 value that is empty or longer than its AI allows (20 characters). */
  'GS1_VALUE_LENGTH',
  /** An AI 21 / 10 / 22 value with a character outside GS1 AI encodable character set 82. */
  'GS1_FORBIDDEN_CHARACTER',
  /** A path segment where an application identifier is expected that is not one battrace knows. */
  'UNKNOWN_AI',
  /** Key qualifiers not in the order 22, 10, 21, or one given twice. */
  'AI_ORDER',
  /** Any other structural fault of a Digital Link URI or a battrace battery URI. */
  'MALFORMED_DIGITAL_LINK',
] as const;

export type Gs1ProblemReason = (typeof GS1_PROBLEM_REASONS)[number];

export interface Gs1Problem {
  reason: Gs1ProblemReason;
  message: string;
}

export const gs1Problem = (reason: Gs1ProblemReason, message: string): Gs1Problem => ({ reason, message });

/** Thrown by the builders, which are given stored data that should already be valid. */
export class Gs1IdentifierError extends Error {
  constructor(readonly problem: Gs1Problem) {
    super(problem.message);
    this.name = 'Gs1IdentifierError';
  }
}

/** A value shown inside a message: quoted, control characters escaped, cut to 40 characters. */
export function quoted(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(shown);
}
