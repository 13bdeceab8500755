import { ErrorReason, isErrorReason } from '../common/error-reasons';
import { gs1Problem, Gs1Problem } from '../identifiers/gs1-problem';
import { gtinCompanyPrefixProblem } from '../identifiers/gtin';

/**
 * Whether `gtin` may be recorded as the GTIN of a model of a manufacturer whose GS1 company prefix
 * is `companyPrefix` (docs/identifiers.md "Recording a model's GTIN"): a GTIN-8, -12, -13 or -14
 * with the right check digit, allocated under that prefix. Answers its GTIN-14 form, which is what
 * is stored and what the GS1 Digital Link carries.
 */
export function checkModelGtin(gtin: string, companyPrefix: string | null): { gtin14: string } | { problem: Gs1Problem } {
  if (companyPrefix === null) {
    return {
      problem: gs1Problem(
        'GTIN_PREFIX_MISMATCH',
        `GTIN ${gtin} cannot be checked against the manufacturer's GS1 company prefix: none is recorded for this manufacturer`,
      ),
    };
  }
  const problem = gtinCompanyPrefixProblem(gtin, companyPrefix);
  return problem ? { problem } : { gtin14: gtin.padStart(14, '0') };
}

/** The reason a GS1 problem is answered with (the GTIN and AI 21 reasons are error reasons). */
export const gs1ErrorReason = (problem: Gs1Problem): ErrorReason => (isErrorReason(problem.reason) ? problem.reason : 'INVALID_INPUT');
