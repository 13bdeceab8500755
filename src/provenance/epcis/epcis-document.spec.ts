import { epcisValidator, expectEpcisSchemaValid } from '../../../test/support/epcis-schema';
import { epcisDocument, shipping } from './epcis-document';
import { bolUri, orgUri, poUri, portUri } from './epcis-identifiers';

describe('EPCIS shipping events', () => {
  const validate = epcisValidator();
  const event = (po: string | null) =>
    shipping(
      new Date('2026-03-20T08:00:00Z'),
      ['urn:battrace:unit:0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b:P0'],
      bolUri('COSU6390012345'),
      portUri('CNTXG'),
      orgUri('0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b'),
      orgUri('1b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b'),
      po === null ? null : poUri(po),
    );

  it('lists the bill of lading, and the purchase order when there is one, as CBV short-form types the schema accepts', () => {
    expect(event('PO 42').bizTransactionList).toEqual([
      { type: 'bol', bizTransaction: 'urn:battrace:bol:COSU6390012345' },
      { type: 'po', bizTransaction: 'urn:battrace:po:PO%2042' },
    ]);
    expect(event(null).bizTransactionList).toEqual([{ type: 'bol', bizTransaction: 'urn:battrace:bol:COSU6390012345' }]);
    for (const e of [event('PO 42'), event(null)])
      expectEpcisSchemaValid(validate, epcisDocument([e], new Date('2026-03-21T00:00:00Z'), null));
  });

  it('the schema refuses the full CBV URI as a type and an unknown short form', () => {
    const doc = (type: string) =>
      epcisDocument(
        [{ ...event(null), bizTransactionList: [{ type, bizTransaction: 'urn:battrace:po:X' }] }],
        new Date('2026-03-21T00:00:00Z'),
        null,
      );
    const schema = validate;
    expect(schema(doc('po'))).toBe(true);
    expect(schema(doc('purchase_order'))).toBe(false);
    // The CBV URI form is reserved by the schema's vocab-other-uri pattern: only the short form passes.
    expect(schema(doc('urn:epcglobal:cbv:btt:po'))).toBe(false);
    expect(schema(doc('https://ns.gs1.org/cbv/BTT-po'))).toBe(false);
  });
});
