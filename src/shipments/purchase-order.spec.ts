import { AppError } from '../common/errors';
import { parsePurchaseOrderNumber } from './purchase-order';

describe('purchase order numbers', () => {
  it('accepts 1 to 64 printable characters, trimmed, and absence', () => {
    expect(parsePurchaseOrderNumber('po', null)).toBeNull();
    expect(parsePurchaseOrderNumber('po', undefined)).toBeNull();
    expect(parsePurchaseOrderNumber('po', ' PO-2026/0042 ')).toBe('PO-2026/0042');
    expect(parsePurchaseOrderNumber('po', 'X')).toBe('X');
    expect(parsePurchaseOrderNumber('po', 'Ä'.repeat(64))).toBe('Ä'.repeat(64));
    expect(parsePurchaseOrderNumber('po', 'Bestellung Nr. 7 (Müller & Söhne) #12')).toBe('Bestellung Nr. 7 (Müller & Söhne) #12');
  });

  it.each(['', '   ', 'A'.repeat(65), 'PO\n1', 'PO\t1', 'PO\u200b1', 'PO\u20281'])('refuses %p as BAD_USER_INPUT', (v) => {
    let err: unknown;
    try {
      parsePurchaseOrderNumber('input.purchaseOrderNumber', v);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_USER_INPUT');
    expect((err as AppError).field).toBe('input.purchaseOrderNumber');
  });
});
