import { resolverDescription } from './resolver-description';
import { LINK_TYPES } from './resolver-links';

describe('resolverDescription', () => {
  it('names its root, the GTIN as primary key, the GS1 vocabulary and every link type it serves', () => {
    const d = resolverDescription('https://battrace.example');
    expect(d.resolverRoot).toBe('https://battrace.example');
    expect(d.supportedPrimaryKeys).toEqual(['01']);
    expect(d.supportedLinkType).toEqual([{ namespace: 'https://gs1.org/voc/', prefix: 'gs1:' }]);
    expect(d.linkTypes).toEqual([...LINK_TYPES]);
    expect(d.linkTypeDefaultCanBeLinkset).toBe(false);
  });
});
