import type { Actor } from '../access/actor';

/**
 * Which tier of a batch's battery passport the caller reads (docs/methods/access.md, EU 2023/1542 Annex
 * XIII): everyone reads the public tier; a certifier asked to certify this batch also reads its
 * verification evidence; an authority (and the manufacturer itself, and the administrator) reads
 * the authority tier.
 */
export type PassportTier = 'PUBLIC' | 'CERTIFIER' | 'AUTHORITY';

export function passportTier(actor: Actor, batch: { manufacturerId: string; certifierIds: readonly string[] }): PassportTier {
  if (actor.type === 'ADMIN') return 'AUTHORITY';
  if (actor.type !== 'ORGANIZATION') return 'PUBLIC';
  if (actor.organizationKind === 'AUTHORITY' || actor.organizationId === batch.manufacturerId) return 'AUTHORITY';
  if (actor.organizationKind === 'CERTIFIER' && batch.certifierIds.includes(actor.organizationId)) return 'CERTIFIER';
  return 'PUBLIC';
}
