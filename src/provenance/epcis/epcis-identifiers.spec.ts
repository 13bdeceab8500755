import { bolUri, poUri, portUri, unitUri } from './epcis-identifiers';

const M = '0b6e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('EPCIS identifiers', () => {
  it('uses a GS1 Digital Link GIAI when the manufacturer has a company prefix', () => {
    expect(unitUri(M, '0614141', 'P-0001')).toBe('https://id.gs1.org/8004/0614141P-0001');
  });
  it('falls back to the battrace URN without a prefix, with an odd serial or when the GIAI is too long', () => {
    expect(unitUri(M, null, 'P-0001')).toBe(`urn:battrace:unit:${M}:P-0001`);
    expect(unitUri(M, '0614141', 'P 1/2')).toBe(`urn:battrace:unit:${M}:P%201%2F2`);
    expect(unitUri(M, '0614141', 'X'.repeat(24))).toBe(`urn:battrace:unit:${M}:${'X'.repeat(24)}`);
    expect(unitUri(M, '0614141', 'X'.repeat(23))).toBe(`https://id.gs1.org/8004/0614141${'X'.repeat(23)}`);
    expect(unitUri(M, 'ABC', 'P1')).toBe(`urn:battrace:unit:${M}:P1`);
  });
  it('names ports and bills of lading', () => {
    expect(portUri('NLRTM')).toBe('urn:battrace:port:NLRTM');
    expect(bolUri('COSU 123')).toBe('urn:battrace:bol:COSU%20123');
    expect(poUri('PO-7/2026 Ä')).toBe('urn:battrace:po:PO-7%2F2026%20%C3%84');
  });
});
