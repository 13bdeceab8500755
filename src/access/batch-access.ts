import { forbidden, unauthenticated } from '../common/errors';
import { canSeePrivate } from './access-policy';
import { Actor } from './actor';

/**
 * A batch's units and their counts are private data of its manufacturer (canSeePrivate): the
 * administrator and the manufacturer read them; no key is UNAUTHENTICATED, anyone else FORBIDDEN.
 * `why` names what was asked for.
 */
export function assertCanSeeBatchUnits(actor: Actor, manufacturerId: string, why: string): void {
  if (canSeePrivate(actor, manufacturerId)) return;
  if (actor.type === 'ANONYMOUS') throw unauthenticated(`${why}: send its API key`);
  throw forbidden(why);
}

/** The EPCIS events of a whole batch: its manufacturer and the administrator (a buyer exports the shipments consigned to it). */
export function assertCanExportBatchEvents(actor: Actor, manufacturerId: string, field: string): void {
  if (!canSeePrivate(actor, manufacturerId)) {
    throw forbidden('the EPCIS events of a batch are for its manufacturer (a buyer exports its shipments)', field);
  }
}
