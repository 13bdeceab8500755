import { epcisValidator, expectEpcisSchemaValid } from '../../../test/support/epcis-schema';
import { epcisDocument } from './epcis-document';
import { bolUri, orgUri, poUri } from './epcis-identifiers';
import { JourneyEventRow, shipmentEpcisEvents } from './epcis-shipment';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const parties = {
  epcs: ['urn:battrace:unit:0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b:P0'],
  billOfLading: bolUri('COSU6390012345'),
  purchaseOrder: poUri('PO 42'),
  portOfLoading: 'CNTXG',
  portOfDischarge: 'NLRTM',
  shipper: orgUri('0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b'),
  consignee: orgUri('1b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b'),
};
const row = (n: number, type: JourneyEventRow['type'], day: number, locode: string | null, fix?: { at: number; by: number | null }) => ({
  id: id(n),
  type,
  occurredAt: new Date(Date.UTC(2026, 3, day)),
  locode,
  correctedAt: fix ? new Date(Date.UTC(2026, 3, fix.at)) : null,
  correctiveEventId: fix?.by ? id(fix.by) : null,
});

describe('EPCIS events of a shipment journey', () => {
  const validate = epcisValidator();
  const valid = (events: ReturnType<typeof shipmentEpcisEvents>) =>
    expectEpcisSchemaValid(validate, epcisDocument(events, new Date('2026-06-01T00:00:00Z'), null));

  it('has no shipping event before the goods departed', () => {
    expect(shipmentEpcisEvents([row(1, 'BOOKED', 1, null), row(2, 'LOADED', 2, 'CNTXG')], parties)).toEqual([]);
  });

  it('ships at the first departure, departs again after a transshipment, arrives, is received, and may go back', () => {
    const events = shipmentEpcisEvents(
      [
        row(1, 'BOOKED', 1, null),
        row(2, 'DEPARTED', 2, 'CNTXG'),
        row(3, 'TRANSSHIPPED', 3, 'SGSIN'),
        row(4, 'DEPARTED', 4, 'SGSIN'),
        row(5, 'ARRIVED', 5, 'NLRTM'),
        row(6, 'DELIVERED', 6, null),
        row(7, 'RETURNED', 8, null),
      ],
      parties,
    );
    expect(events.map((e) => [e.type, e.bizStep, e.disposition, e.eventID])).toEqual([
      ['TransactionEvent', 'shipping', 'in_transit', `urn:uuid:${id(2)}`],
      ['ObjectEvent', 'departing', 'in_transit', `urn:uuid:${id(4)}`],
      ['ObjectEvent', 'arriving', 'in_transit', `urn:uuid:${id(5)}`],
      ['ObjectEvent', 'receiving', 'in_progress', `urn:uuid:${id(6)}`],
      ['ObjectEvent', 'receiving', 'returned', `urn:uuid:${id(7)}`],
    ]);
    expect(events[0]).toMatchObject({ readPoint: { id: 'urn:battrace:port:CNTXG' }, eventTime: '2026-04-02T00:00:00.000Z' });
    expect(events[2]).toMatchObject({ readPoint: { id: 'urn:battrace:port:NLRTM' } });
    expect(events[3]).toMatchObject({ destinationList: [{ type: 'owning_party', destination: parties.consignee }] });
    expect(events[4]).toMatchObject({ destinationList: [{ type: 'owning_party', destination: parties.shipper }] });
    valid(events);
  });

  it('keeps a corrected event with its error declaration, naming the corrective event that is also exported', () => {
    const events = shipmentEpcisEvents(
      [
        row(1, 'BOOKED', 1, null),
        row(5, 'DEPARTED', 2, 'CNTXG'),
        row(2, 'DEPARTED', 3, 'CNTXG', { at: 9, by: 5 }),
        row(3, 'ARRIVED', 7, 'NLRTM', { at: 10, by: null }),
      ],
      parties,
    );
    expect(events.map((e) => [e.bizStep, e.eventID])).toEqual([
      ['shipping', `urn:uuid:${id(5)}`],
      // The wrong departure was the shipping event: so it stays, declared wrong.
      ['shipping', `urn:uuid:${id(2)}`],
      ['arriving', `urn:uuid:${id(3)}`],
    ]);
    expect(events[0].errorDeclaration).toBeUndefined();
    expect(events[1].errorDeclaration).toEqual({
      declarationTime: '2026-04-09T00:00:00.000Z',
      reason: 'incorrect_data',
      correctiveEventIDs: [`urn:uuid:${id(5)}`],
    });
    expect(events[2].errorDeclaration).toEqual({ declarationTime: '2026-04-10T00:00:00.000Z', reason: 'did_not_occur' });
    valid(events);
  });
});
