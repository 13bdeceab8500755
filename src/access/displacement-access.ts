import { forbidden } from '../common/errors';
import { canReadDisplacementRun } from './access-policy';
import { Actor } from './actor';

/** A displacement run and its result (canReadDisplacementRun): FORBIDDEN for anyone but the requester and the administrator. */
export function assertCanReadDisplacementRun(actor: Actor, requestedByOrganizationId: string | null, field: string): void {
  if (!canReadDisplacementRun(actor, requestedByOrganizationId))
    throw forbidden('a displacement run is read by whoever requested it', field);
}
