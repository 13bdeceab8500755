import { ADMIN, ANONYMOUS } from './actor';
import { assertCanSeeShipment } from './shipment-access';
import { orgActor as org } from '../../test/support/actors';

const PARTIES = { manufacturerId: 'maker', consigneeId: 'buyer', forwarderIds: ['fwd'] };

describe('assertCanSeeShipment', () => {
  it('lets the administrator and every party see the shipment', () => {
    for (const actor of [ADMIN, org('maker', 'MANUFACTURER'), org('buyer', 'BUYER'), org('fwd', 'FORWARDER')]) {
      expect(() => assertCanSeeShipment(actor, PARTIES)).not.toThrow();
    }
  });

  it('refuses anyone else, FORBIDDEN on the given field', () => {
    for (const actor of [
      ANONYMOUS,
      org('rival', 'MANUFACTURER'),
      org('other', 'BUYER'),
      org('other-fwd', 'FORWARDER'),
      org('cert', 'CERTIFIER'),
    ]) {
      let e: unknown;
      try {
        assertCanSeeShipment(actor, PARTIES, 'shipmentId');
      } catch (err) {
        e = err;
      }
      expect(e).toMatchObject({
        code: 'FORBIDDEN',
        field: 'shipmentId',
        message: 'shipments are seen by their manufacturer, their consignee and the forwarders assigned to them',
      });
    }
  });
});
