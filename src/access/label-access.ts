import { forbidden, unauthenticated } from '../common/errors';
import { canSeePrivate } from './access-policy';
import { Actor } from './actor';

/**
 * Who prints a manufacturer's battery labels (docs/labels.md): the manufacturer and the
 * administrator, as for the batch's units themselves (a label file lists every pack serial of a
 * batch, private data of its manufacturer). No key is UNAUTHENTICATED, anyone else FORBIDDEN.
 */
export function assertCanPrintLabels(actor: Actor, manufacturerId: string, what: string): void {
  if (canSeePrivate(actor, manufacturerId)) return;
  if (actor.type === 'ANONYMOUS') throw unauthenticated(`${what} are for the batteries' manufacturer: send its API key`);
  throw forbidden(`${what} are for the batteries' manufacturer and the platform administrator`);
}
