import { ADMIN, ANONYMOUS } from './actor';
import { assertCanExportBatchEvents, assertCanSeeBatchUnits } from './batch-access';
import { caught, orgActor as org } from '../../test/support/actors';

describe('assertCanSeeBatchUnits', () => {
  it('lets the manufacturer and the administrator read a batch’s units', () => {
    expect(() => assertCanSeeBatchUnits(org('maker', 'MANUFACTURER'), 'maker', 'units')).not.toThrow();
    expect(() => assertCanSeeBatchUnits(ADMIN, 'maker', 'units')).not.toThrow();
  });

  it('asks an anonymous caller for a key and refuses any other organization', () => {
    expect(caught(() => assertCanSeeBatchUnits(ANONYMOUS, 'maker', 'unit counts are private'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'unit counts are private: send its API key',
    });
    for (const actor of [org('rival', 'MANUFACTURER'), org('buyer', 'BUYER')]) {
      expect(caught(() => assertCanSeeBatchUnits(actor, 'maker', 'unit counts are private'))).toMatchObject({
        code: 'FORBIDDEN',
        message: 'unit counts are private',
      });
    }
  });
});

describe('assertCanExportBatchEvents', () => {
  it('exports a batch’s events for its manufacturer and the administrator only', () => {
    expect(() => assertCanExportBatchEvents(org('maker', 'MANUFACTURER'), 'maker', 'batch')).not.toThrow();
    expect(() => assertCanExportBatchEvents(ADMIN, 'maker', 'batch')).not.toThrow();
    for (const actor of [ANONYMOUS, org('buyer', 'BUYER'), org('rival', 'MANUFACTURER')]) {
      expect(caught(() => assertCanExportBatchEvents(actor, 'maker', 'batch'))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'batch',
        message: 'the EPCIS events of a batch are for its manufacturer (a buyer exports its shipments)',
      });
    }
  });
});
