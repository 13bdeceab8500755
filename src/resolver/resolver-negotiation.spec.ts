import { LinkType } from './resolver-links';
import { prefersLinkset, resolverAnswer } from './resolver-negotiation';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const AVAILABLE: LinkType[] = ['gs1:defaultLink', 'gs1:pip', 'gs1:epcis'];

describe('resolverAnswer', () => {
  it('gives a browser (or no Accept) the default link, a JSON client the passport', () => {
    expect(resolverAnswer({ kind: 'none' }, BROWSER, AVAILABLE)).toEqual({ kind: 'default' });
    expect(resolverAnswer({ kind: 'none' }, undefined, AVAILABLE)).toEqual({ kind: 'default' });
    expect(resolverAnswer({ kind: 'none' }, '*/*', AVAILABLE)).toEqual({ kind: 'default' });
    expect(resolverAnswer({ kind: 'none' }, 'application/json', AVAILABLE)).toEqual({ kind: 'json' });
    expect(resolverAnswer({ kind: 'none' }, 'application/ld+json', AVAILABLE)).toEqual({ kind: 'json' });
  });

  it('gives the linkset when asked by linkType or by Accept', () => {
    expect(resolverAnswer({ kind: 'linkset' }, BROWSER, AVAILABLE)).toEqual({ kind: 'linkset' });
    expect(resolverAnswer({ kind: 'none' }, 'application/linkset+json', AVAILABLE)).toEqual({ kind: 'linkset' });
  });

  it('redirects to a link type the battery has, else to the default link', () => {
    expect(resolverAnswer({ kind: 'type', type: 'gs1:epcis' }, BROWSER, AVAILABLE)).toEqual({ kind: 'link', type: 'gs1:epcis' });
    expect(resolverAnswer({ kind: 'type', type: 'gs1:safetyInfo' }, BROWSER, AVAILABLE)).toEqual({ kind: 'default' });
    expect(resolverAnswer({ kind: 'unknown' }, 'application/json', AVAILABLE)).toEqual({ kind: 'default' });
  });
});

describe('prefersLinkset', () => {
  it.each([
    ['application/linkset+json', true],
    ['application/linkset+json, text/html', true],
    ['text/html, application/linkset+json;q=0.5', false],
    ['application/linkset+json;q=0', false],
    ['application/json', false],
    [undefined, false],
  ])('%p → %p', (accept, expected) => {
    expect(prefersLinkset(accept)).toBe(expected);
  });
});
