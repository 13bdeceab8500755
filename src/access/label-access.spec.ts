import { ADMIN, ANONYMOUS } from './actor';
import { assertCanPrintLabels } from './label-access';
import { caught, orgActor as org } from '../../test/support/actors';

describe('assertCanPrintLabels', () => {
  it('lets the manufacturer and the administrator print labels', () => {
    expect(() => assertCanPrintLabels(org('maker', 'MANUFACTURER'), 'maker', 'labels')).not.toThrow();
    expect(() => assertCanPrintLabels(ADMIN, 'maker', 'labels')).not.toThrow();
  });

  it('asks an anonymous caller for a key and refuses every other organization', () => {
    expect(caught(() => assertCanPrintLabels(ANONYMOUS, 'maker', 'labels'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const actor of [org('rival', 'MANUFACTURER'), org('buyer', 'BUYER'), org('certifier', 'CERTIFIER')]) {
      expect(caught(() => assertCanPrintLabels(actor, 'maker', 'labels'))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
    }
  });
});
