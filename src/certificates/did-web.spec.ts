import { certifierDid, didWebHost, keyIdUrl, parseCertifierKid } from './did-web';

describe('did:web of certifiers', () => {
  const org = '0b0e5c1e-2f3a-4b5c-8d9e-0123456789ab';

  it('percent-encodes the port colon and keeps path segments', () => {
    expect(didWebHost('https://battrace.example')).toBe('battrace.example');
    expect(didWebHost('http://localhost:3000')).toBe('localhost%3A3000');
    expect(didWebHost('https://example.org/battrace')).toBe('example.org:battrace');
    expect(certifierDid('http://localhost:3000', org)).toBe(`did:web:localhost%3A3000:certifiers:${org}`);
  });

  it('parses only certifier kids', () => {
    const did = certifierDid('https://battrace.example', org);
    expect(parseCertifierKid(keyIdUrl(did, 'k-1'))).toEqual({ did, organizationId: org, keyId: 'k-1' });
    expect(parseCertifierKid(`${did}`)).toBeNull();
    expect(parseCertifierKid('did:web:evil.example#k-1')).toBeNull();
    expect(parseCertifierKid(`did:key:z6Mk:certifiers:${org}#k-1`)).toBeNull();
  });

  it('refuses a kid that names a path or a URL', () => {
    const did = certifierDid('https://battrace.example', org);
    for (const kid of [
      `${did}#../../etc/passwd`,
      `${did}#keys/1`,
      `${did}#..`,
      `${did}#k?x=1`,
      `did:web:battrace.example/../evil:certifiers:${org}#k-1`,
      `did:web:evil.example#x:certifiers:${org}#k-1`,
      `https://evil.example/certifiers/${org}#k-1`,
      `${did}#`,
    ]) {
      expect(parseCertifierKid(kid)).toBeNull();
    }
  });
});
