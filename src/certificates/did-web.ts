/**
 * did:web identifiers of certifiers served by battrace (W3C did:web method, docs/methods/certificates.md):
 * `did:web:<host>[%3A<port>]:certifiers:<orgId>` resolves to
 * `https://<host>[:<port>]/certifiers/<orgId>/did.json`. The port's colon is percent-encoded.
 */
export function didWebHost(publicBaseUrl: string): string {
  const u = new URL(publicBaseUrl);
  const pathSegments = u.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map(encodeURIComponent);
  return [u.port ? `${u.hostname}%3A${u.port}` : u.hostname, ...pathSegments].join(':');
}

export function certifierDid(publicBaseUrl: string, organizationId: string): string {
  return `did:web:${didWebHost(publicBaseUrl)}:certifiers:${organizationId}`;
}

export function keyIdUrl(did: string, keyId: string): string {
  return `${did}#${keyId}`;
}

/**
 * Splits a `kid` of the form `did:web:...:certifiers:<orgId>#<keyId>`; null when it is not one.
 * The did:web part is host and path segments of URL-safe characters, the key id is base64url
 * characters only (battrace's are RFC 7638 thumbprints): no slashes, `..`, query or URL, so a kid never
 * names a path.
 */
export function parseCertifierKid(kid: string): { did: string; organizationId: string; keyId: string } | null {
  const m = /^(did:web:[A-Za-z0-9.%_-]+(?::[A-Za-z0-9.%_-]+)*:certifiers:([0-9a-f-]{36}))#([A-Za-z0-9_-]{1,100})$/.exec(kid);
  return m ? { did: m[1], organizationId: m[2], keyId: m[3] } : null;
}
