import { humanReadableIdentifier, unitIdentifier } from './unit-identifier';

const base = 'https://battrace.example';
const manufacturerId = '0b6c2d9e-3f4a-4b5c-8d6e-7f8091a2b3c4';

describe('unitIdentifier', () => {
  it('names a pack of a model with a GTIN by its GS1 Digital Link', () => {
    const id = unitIdentifier(base, { manufacturerId, gs1CompanyPrefix: '9506000', modelGtin: '09506000134352', kind: 3, serial: 'P-1' });
    expect(id.uri).toBe('https://battrace.example/01/09506000134352/21/P-1');
    expect(humanReadableIdentifier(id)).toBe('(01) 09506000134352 (21) P-1');
  });

  it('keeps the battrace form for cells and modules, and for packs of a model without a GTIN', () => {
    for (const kind of [1, 2]) {
      const id = unitIdentifier(base, { manufacturerId, gs1CompanyPrefix: '9506000', modelGtin: '09506000134352', kind, serial: 'C 1' });
      expect(id).toMatchObject({ scheme: 'battrace', cause: 'NO_GTIN', uri: `${base}/batteries/${manufacturerId}/21/C%201` });
    }
    const pack = unitIdentifier(base, { manufacturerId, gs1CompanyPrefix: null, modelGtin: null, kind: 3, serial: 'P-1' });
    expect(pack.uri).toBe(`${base}/batteries/${manufacturerId}/21/P-1`);
    expect(humanReadableIdentifier(pack)).toBe(pack.uri);
  });
});
