import { forbidden } from '../common/errors';
import { Actor } from './actor';

/** An API key is revoked by the administrator or by the organization it belongs to; FORBIDDEN for anyone else. */
export function assertCanRevokeApiKey(actor: Actor, keyOrganizationId: string, field: string): void {
  if (actor.type === 'ADMIN') return;
  if (actor.type === 'ORGANIZATION' && actor.organizationId === keyOrganizationId) return;
  throw forbidden("only the administrator or the key's own organization may revoke it", field);
}
