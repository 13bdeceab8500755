import { badInput } from '../common/errors';

/**
 * A shipment's purchase order number (the buyer's order the goods ship under; issue 6 §4 puts it
 * beside the bill of lading in the EPCIS TransactionEvent). Free text issued by the buyer, so only
 * its length and character set are checked.
 */
/** Letters, marks, digits, punctuation, symbols and spaces: no control, format or line-separator characters. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u;
export const PURCHASE_ORDER_MAX_CHARS = 64;

/** Absent is null; given, 1 to 64 printable characters (trimmed); BAD_USER_INPUT naming `field` otherwise. */
export function parsePurchaseOrderNumber(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  const n = [...v].length;
  if (n < 1 || n > PURCHASE_ORDER_MAX_CHARS) throw badInput(field, `must be 1 to ${PURCHASE_ORDER_MAX_CHARS} characters, got ${n}`);
  if (!PRINTABLE.test(v)) throw badInput(field, 'must hold printable characters only');
  return v;
}
