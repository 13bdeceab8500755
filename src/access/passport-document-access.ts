import { forbidden } from '../common/errors';
import { passportTier } from '../passports/passport-tier';
import { canSeePrivate } from './access-policy';
import type { Actor } from './actor';
import { hasLegitimateInterest } from './legitimate-interest';
import { readableAccessGroups, readsAttribute } from './passport-access';
import type { PassportAttributeKey } from '../passports/passport-attributes';

/**
 * Who reads the bytes of a stored passport document (docs/passport-documents.md): a document is
 * opened to exactly the callers who read, in some battery model's passport, an attribute whose value
 * names it. For each model of the document's manufacturer whose latest recorded passport data names
 * the document, the caller's access groups for that model are computed as for the passport itself
 * (readableAccessGroups: tier, ownership, legitimate interest by kind or by a grant for the model,
 * one of its batches or one of its batteries, whose passports show the model's data); the document is readable when one of those groups reads one of the naming
 * attributes. The manufacturer that uploaded the document (and the administrator) always reads it.
 */
export interface PassportDocumentReference {
  /** The manufacturer of the model (the owner of its passport). */
  manufacturerId: string;
  /** The catalogue keys of the model's latest passport data whose value names the document. */
  attributeKeys: readonly PassportAttributeKey[];
  /** The caller's organization holds an active grant for the model, one of its batches or one of its batteries. */
  granted: boolean;
}

export function mayReadPassportDocument(
  actor: Actor,
  uploaderIds: readonly string[],
  references: readonly PassportDocumentReference[],
): boolean {
  if (uploaderIds.some((id) => canSeePrivate(actor, id))) return true;
  return references.some((r) => {
    const tier = passportTier(actor, { manufacturerId: r.manufacturerId, certifierIds: [] });
    const groups = readableAccessGroups(tier, canSeePrivate(actor, r.manufacturerId), hasLegitimateInterest(actor, r.granted));
    return r.attributeKeys.some((key) => readsAttribute(groups, key));
  });
}

/** FORBIDDEN (NOT_ALLOWED) unless mayReadPassportDocument. */
export function assertMayReadPassportDocument(
  actor: Actor,
  uploaderIds: readonly string[],
  references: readonly PassportDocumentReference[],
): void {
  if (!mayReadPassportDocument(actor, uploaderIds, references)) {
    throw forbidden('this document is opened only to callers who read a passport attribute that names it', 'sha256', 'NOT_ALLOWED');
  }
}
