import fc from 'fast-check';
import { buildDigitalLink, digitalLinkPath, parseDigitalLink } from './digital-link';
import { Gs1IdentifierError } from './gs1-problem';
import { CSET82_CHARACTERS } from './gs1-serial';
import { gs1CheckDigit } from './gtin';

const BASE = 'https://battrace.example';
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const validGtin = fc
  .constantFrom(8, 12, 13, 14)
  .chain((n) => fc.array(digit, { minLength: n - 1, maxLength: n - 1 }))
  .map((d) => d.join('') + String(gs1CheckDigit(d.join(''))));
const cset82Value = fc.array(fc.constantFrom(...CSET82_CHARACTERS), { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));

const problemOf = (uri: string) => {
  const r = parseDigitalLink(uri);
  if (r.ok) throw new Error(`expected ${uri} to be refused`);
  return r.problem;
};

describe('GS1 Digital Link URIs (GS1 Digital Link URI Syntax 1.2; docs/identifiers.md)', () => {
  it('builds the canonical URI: GTIN-14, qualifiers 22, 10, 21 in order, symbols percent-encoded', () => {
    expect(buildDigitalLink(BASE, { gtin: '9506000134352', serial: 'CATL-2024.000_1' })).toBe(
      'https://battrace.example/01/09506000134352/21/CATL-2024.000_1',
    );
    expect(buildDigitalLink('https://battrace.example/id/', { gtin: '09506000134352', serial: 'A/B', lot: 'L1', cpv: 'v2' })).toBe(
      'https://battrace.example/id/01/09506000134352/22/v2/10/L1/21/A%2FB',
    );
    expect(digitalLinkPath({ gtin: '96385074', serial: `!"%&'()*+,:;<=>?` })).toBe(
      '/01/00000096385074/21/%21%22%25%26%27%28%29%2A%2B%2C%3A%3B%3C%3D%3E%3F',
    );
    expect(digitalLinkPath({ gtin: '09506000134352' })).toBe('/01/09506000134352');
  });

  it('refuses to build from an invalid key or base, saying what is wrong', () => {
    expect(() => digitalLinkPath({ gtin: '09506000134353', serial: 'A' })).toThrow(Gs1IdentifierError);
    expect(() => digitalLinkPath({ gtin: '09506000134352', serial: 'A B' })).toThrow('not in GS1 AI encodable character set 82');
    expect(() => buildDigitalLink('ftp://battrace.example', { gtin: '09506000134352' })).toThrow('must be an http(s) origin');
    expect(() => buildDigitalLink('battrace.example', { gtin: '09506000134352' })).toThrow('not an absolute URI');
    expect(() => buildDigitalLink('https://battrace.example/?x=1', { gtin: '09506000134352' })).toThrow('without query');
  });

  it('parses a URI or a bare path back into the key, with prefix, query and canonical path', () => {
    const r = parseDigitalLink('https://id.gs1.org/01/09506000134352/10/ABC%2F1/21/XYZ?linkType=gs1:pip#top');
    expect(r).toEqual({
      ok: true,
      link: {
        gtin: '09506000134352',
        lot: 'ABC/1',
        serial: 'XYZ',
        pathPrefix: '',
        query: 'linkType=gs1:pip',
        canonicalPath: '/01/09506000134352/10/ABC%2F1/21/XYZ',
        isCanonical: true,
      },
    });
    const p = parseDigitalLink('/products/eu/01/9506000134352/21/%41%42');
    expect(p.ok && p.link).toMatchObject({ gtin: '09506000134352', serial: 'AB', pathPrefix: 'products/eu', isCanonical: false });
    expect(p.ok && p.link.canonicalPath).toBe('/01/09506000134352/21/AB');
    // A symbol of set 82 that RFC 3986 allows raw in a path is read, but the canonical form encodes it.
    const q = parseDigitalLink('/01/09506000134352/21/A!B');
    expect(q.ok && q.link).toMatchObject({ serial: 'A!B', canonicalPath: '/01/09506000134352/21/A%21B', isCanonical: false });
  });

  it('a bad GTIN check digit: GTIN_CHECK_DIGIT, naming the digit it should be', () => {
    expect(problemOf('https://battrace.example/01/09506000134353/21/X')).toEqual({
      reason: 'GTIN_CHECK_DIGIT',
      message: 'GTIN 09506000134353 has check digit 3; by the GS1 mod-10 algorithm (GS1 General Specifications) it should be 2',
    });
    expect(problemOf('/01/0950600013435/21/X').reason).toBe('GTIN_CHECK_DIGIT');
    expect(problemOf('/01/095060001343/21/X').reason).toBe('GTIN_CHECK_DIGIT');
    expect(problemOf('/01/0950600013/21/X').reason).toBe('MALFORMED_GTIN');
    expect(problemOf('/01/ABC/21/X').reason).toBe('MALFORMED_GTIN');
  });

  it('an AI 21 serial with forbidden characters or over 20 characters: named, with its position or length', () => {
    expect(problemOf('/01/09506000134352/21/AB%20C')).toMatchObject({
      reason: 'GS1_FORBIDDEN_CHARACTER',
      message: expect.stringContaining('" " (U+0020) at position 3'),
    });
    expect(problemOf('/01/09506000134352/21/A~B').reason).toBe('GS1_FORBIDDEN_CHARACTER');
    expect(problemOf('/01/09506000134352/21/%C3%A9').message).toContain('"é" (U+00E9)');
    expect(problemOf(`/01/09506000134352/21/${'7'.repeat(21)}`)).toEqual({
      reason: 'GS1_VALUE_LENGTH',
      message: `AI 21 (serial number) "${'7'.repeat(21)}" has 21 characters; GS1 allows at most 20`,
    });
    expect(problemOf('/01/09506000134352/10/L%2/21/X')).toMatchObject({
      reason: 'MALFORMED_DIGITAL_LINK',
      message: expect.stringContaining('percent-encoding'),
    });
  });

  it('unknown AIs and wrong AI order: UNKNOWN_AI and AI_ORDER', () => {
    expect(problemOf('/01/09506000134352/21/X/10/L')).toEqual({
      reason: 'AI_ORDER',
      message: 'AI 10 comes after AI 21; key qualifiers of a GTIN go in the order 22, 10, 21',
    });
    expect(problemOf('/01/09506000134352/10/L/22/V').reason).toBe('AI_ORDER');
    expect(problemOf('/01/09506000134352/21/X/21/Y').message).toBe('AI 21 is given twice; each key qualifier may appear once');
    expect(problemOf('/01/09506000134352/17/261231')).toEqual({
      reason: 'UNKNOWN_AI',
      message: '"17" is not a key qualifier of a GTIN: after /01/<GTIN> only AI 22, 10 and 21 may follow, in that order',
    });
    expect(problemOf('/01/09506000134352/ser/X').message).toContain('uses the numeric AI, /21/<value>');
    expect(problemOf('/gtin/09506000134352/21/X').message).toContain('uses the numeric AI, /01/<GTIN>');
    expect(problemOf('/8004/95060001343521').message).toContain('AI 8004 is not a primary key battrace resolves');
  });

  it('structural faults: MALFORMED_DIGITAL_LINK, saying which part', () => {
    expect(problemOf('/01').message).toContain('AI 01 (GTIN) has no value');
    expect(problemOf('/01/09506000134352/21').message).toContain('AI 21 (serial number) has no value');
    expect(problemOf('/01/09506000134352/21/').message).toContain('empty segment');
    expect(problemOf('/01//09506000134352').message).toContain('empty segment');
    expect(problemOf('/').message).toContain('has no path');
    expect(problemOf('https://battrace.example?x').message).toContain('has no path');
    expect(problemOf('urn:epc:id:sgtin:9506000.013435.X').message).toContain('neither an http(s) URI nor a path');
    expect(problemOf('/batteries/x').message).toContain('no GTIN in the path');
  });

  it('property: build then parse gives back the key, for any valid GTIN and any set-82 qualifiers', () => {
    fc.assert(
      fc.property(
        validGtin,
        fc.option(cset82Value, { nil: undefined }),
        fc.option(cset82Value, { nil: undefined }),
        cset82Value,
        (gtin, cpv, lot, serial) => {
          const uri = buildDigitalLink(BASE, { gtin, cpv, lot, serial });
          const r = parseDigitalLink(uri);
          if (!r.ok) return false;
          return (
            r.link.gtin === gtin.padStart(14, '0') &&
            r.link.cpv === cpv &&
            r.link.lot === lot &&
            r.link.serial === serial &&
            r.link.isCanonical &&
            uri === BASE + r.link.canonicalPath
          );
        },
      ),
    );
  });

  it('property: a built URI uses only unreserved characters, "/", ":" of the scheme and "%XX" escapes', () => {
    fc.assert(
      fc.property(validGtin, cset82Value, (gtin, serial) => {
        const path = digitalLinkPath({ gtin, serial });
        return /^(?:\/[A-Za-z0-9._-]*(?:%[0-9A-F]{2}[A-Za-z0-9._-]*)*)+$/.test(path);
      }),
    );
  });

  it('property: any single-digit change of the GTIN in a Digital Link is refused for its check digit', () => {
    fc.assert(
      fc.property(validGtin, cset82Value, fc.nat(), digit, (gtin, serial, k, d) => {
        const g14 = gtin.padStart(14, '0');
        const i = k % 14;
        fc.pre(g14[i] !== d);
        const bad = g14.slice(0, i) + d + g14.slice(i + 1);
        return problemOf(`/01/${bad}/21/${encodeURIComponent(serial)}`).reason === 'GTIN_CHECK_DIGIT';
      }),
    );
  });
});
