import { filterPassport } from '../access/passport-access';
import type { ErrorReason } from '../common/error-reasons';
import type { BatteryPassAttributes } from './battery-pass-attributes';
import { PASSPORT_ATTRIBUTE_BY_KEY } from './passport-attributes';
import { BATCH_PUBLICATION_TYPE, ChainedDocument, publishedWithModel, VersionRef } from './passport-publication';

/**
 * Published, signed versions of a batch's passport (issue 14 item 7; docs/passport-attributes.md
 * "Published, signed passport versions"). A model's versions sign what all its batteries share; a
 * batch's versions sign what its batteries share beyond the model (the place and date of
 * manufacture, the carbon footprint of the batch's declared footprint, the batch's identifiers) and
 * name the model's version current when they were published. Both chains go through the same code
 * (passport-publication.ts: chainLink, signVersion, verifyPassportChain).
 */
export interface BatchPublicationDocument extends ChainedDocument {
  type: typeof BATCH_PUBLICATION_TYPE;
  batchId: string;
  batchNumber: string;
  manufacturerId: string;
  /** The model's newest published version when this one was published: the model-level attributes it builds on. */
  model: { modelId: string } & VersionRef;
  /** The declared footprint the carbon-footprint attributes are taken from. */
  footprint: { footprintId: string; version: number; inputsSha256: string };
  /** The catalogue's PUBLIC attributes battrace holds per batch, with a value, in the catalogue's order. */
  attributes: Record<string, unknown>;
}

/**
 * The PUBLIC attributes of a batch's passport that its model's versions do not carry: what
 * battrace derives from the batch (identifiers, place and date of manufacture, carbon footprint),
 * in the catalogue's order. Model-level attributes (recorded or derived from the model row) are
 * left to the model's chain, which the document names.
 */
export function publicBatchAttributes(derived: BatteryPassAttributes): Record<string, unknown> {
  const pub: Readonly<Record<string, unknown>> = filterPassport(derived, ['PUBLIC']);
  const out: Record<string, unknown> = {};
  for (const key of PASSPORT_ATTRIBUTE_BY_KEY.keys()) {
    const value = pub[key];
    if (!publishedWithModel(key) && value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

export interface BatchPublicationFacts {
  /** The batch's newest declared footprint, null when none is declared. */
  declaredFootprint: { footprintId: string; version: number; inputsSha256: string } | null;
  /** The model's newest published version, null before its first. */
  modelHead: VersionRef | null;
}

/**
 * Why a batch's passport cannot be published yet, in the order a manufacturer would fix them:
 * no declared carbon footprint (Art. 7 asks for it before the batteries are placed on the market),
 * no published model version to build on. Empty when it can be published.
 */
export function batchPublicationBlockers(f: BatchPublicationFacts): { reason: ErrorReason; message: string }[] {
  const out: { reason: ErrorReason; message: string }[] = [];
  if (!f.declaredFootprint) {
    out.push({ reason: 'NO_DECLARED_FOOTPRINT', message: 'the batch has no declared carbon footprint: declare one, then publish' });
  }
  if (!f.modelHead) {
    out.push({
      reason: 'MODEL_NOT_PUBLISHED',
      message: "the batch's model has no published passport version: publish the model's passport (publishModelPassport) first",
    });
  }
  return out;
}

/** One chain head as a battery passport names it: its number, its hash, and where the chain is read. */
export interface ChainHead {
  seq: number;
  sha256: string;
  url: string;
}

/**
 * `versions` of a battery passport: the heads of the two chains its attributes are signed in, the
 * model's and the batch's (each null before its first version), and where to read each one.
 */
export function passportVersionHeads(
  publicBaseUrl: string,
  ids: { modelId: string; batchId: string },
  heads: { model: VersionRef | null; batch: VersionRef | null },
): { model: ChainHead | null; batch: ChainHead | null } {
  const head = (ref: VersionRef | null, url: string): ChainHead | null => ref && { seq: ref.seq, sha256: ref.sha256, url };
  return {
    model: head(heads.model, `${publicBaseUrl}/passports/models/${ids.modelId}/versions`),
    batch: head(heads.batch, `${publicBaseUrl}/passports/batches/${ids.batchId}/versions`),
  };
}
