import { PASSPORT_ATTRIBUTE_BY_KEY, PassportAttributeKey } from '../passports/passport-attributes';

/**
 * Passport documents (docs/passport-documents.md): what may be uploaded and which passport attributes
 * name a document. Pure.
 *
 * The allow-list holds only types a browser renders without running anything from our origin:
 * PDF, PNG and JPEG. HTML and SVG are left out (both can carry script), and so is plain text (a
 * browser may sniff it as HTML). Every document is served as an attachment with
 * `X-Content-Type-Options: nosniff` besides.
 */
export const PASSPORT_DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type PassportDocumentMediaType = (typeof PASSPORT_DOCUMENT_MEDIA_TYPES)[number];

/** The largest document accepted: 20 MiB, enforced while the body streams in. */
export const PASSPORT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** The first bytes each media type starts with (PDF 1.7 / ISO 32000 header, PNG signature, JPEG SOI marker). */
const SIGNATURES: Readonly<Record<PassportDocumentMediaType, Buffer>> = {
  'application/pdf': Buffer.from('%PDF-', 'latin1'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
};

/** The allow-listed media type a Content-Type header names (parameters and case ignored), or null. */
export function passportDocumentMediaType(contentType: string | undefined): PassportDocumentMediaType | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return (PASSPORT_DOCUMENT_MEDIA_TYPES as readonly string[]).includes(type) ? (type as PassportDocumentMediaType) : null;
}

/** Whether the document's first bytes are those of its declared media type. */
export function startsAsMediaType(head: Buffer, type: PassportDocumentMediaType): boolean {
  const signature = SIGNATURES[type];
  return head.length >= signature.length && head.subarray(0, signature.length).equals(signature);
}

const SHA256 = /^[0-9a-f]{64}$/;
export const isSha256 = (s: string): boolean => SHA256.test(s);

/**
 * The catalogue attributes of one recorded passport-data version whose value names the document
 * `sha256` (a document reference, or a list holding one). Keys that are no catalogue attribute are
 * ignored: nothing opens a document without an access group.
 */
export function attributesNamingDocument(values: Readonly<Record<string, unknown>>, sha256: string): PassportAttributeKey[] {
  const names = (v: unknown): boolean =>
    Array.isArray(v) ? v.some(names) : typeof v === 'object' && v !== null && (v as { sha256?: unknown }).sha256 === sha256;
  return Object.keys(values).filter((key): key is PassportAttributeKey => PASSPORT_ATTRIBUTE_BY_KEY.has(key) && names(values[key]));
}
