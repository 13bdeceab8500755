import { forbidden } from '../common/errors';
import { canSeeFootprint, canSeeFootprintInputs, FOOTPRINT_INPUT_READERS } from './access-policy';
import { Actor } from './actor';

/** One footprint row (canSeeFootprint): FORBIDDEN for anyone but its owner and the administrator until it is declared. */
export function assertCanSeeFootprint(actor: Actor, manufacturerId: string, everDeclared: boolean): void {
  if (!canSeeFootprint(actor, manufacturerId, everDeclared)) {
    throw forbidden('an undeclared footprint is visible to its owner and the administrator');
  }
}

/** Why a caller reads a batch's footprint inputs: the inputs themselves, or a ruleset comparison computed from them. */
export type FootprintInputsUse = 'INPUTS' | 'RULESET_COMPARISON';

/**
 * A batch's footprint inputs (canSeeFootprintInputs): FORBIDDEN for anyone but
 * FOOTPRINT_INPUT_READERS. `askedCertifier` comes from isAskedCertifier (footprint-input-access.ts).
 */
export function assertCanSeeFootprintInputs(actor: Actor, manufacturerId: string, askedCertifier: boolean, use: FootprintInputsUse): void {
  if (canSeeFootprintInputs(actor, manufacturerId, askedCertifier)) return;
  throw forbidden(
    use === 'INPUTS'
      ? `footprint inputs are visible to ${FOOTPRINT_INPUT_READERS}`
      : `comparing rulesets reads the batch inputs: ${FOOTPRINT_INPUT_READERS}`,
  );
}
