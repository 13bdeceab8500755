import { acceptPrefersJson, acceptWeight } from '../pages/content-negotiation';
import { LinkType, LinkTypeRequest } from './resolver-links';

/**
 * What the resolver answers (docs/resolver.md), from `?linkType=` and the Accept header. Pure.
 *
 * - `linkset`: `?linkType=linkset` (or `all`), or an Accept header naming
 *   `application/linkset+json` at least as high as `text/html`;
 * - `link`: `?linkType=<a type this battery has>`, a 307 to that link;
 * - `default`: `?linkType=` naming a type the battery does not have, or none battrace knows (a
 *   307 to the default link, the linkset named in the Link header, as GS1 resolvers do);
 * - `json`: no linkType and an Accept that prefers JSON (`application/json`, `application/ld+json`):
 *   the JSON passport itself, 200;
 * - `default` otherwise (a browser): a 307 to the passport page.
 */
export type ResolverAnswer = { kind: 'linkset' } | { kind: 'json' } | { kind: 'link'; type: LinkType } | { kind: 'default' };

export function prefersLinkset(accept: string | undefined): boolean {
  if (!accept || !/application\/linkset\+json/i.test(accept)) return false;
  const linksetQ = acceptWeight(accept, 'application/linkset+json');
  return linksetQ > 0 && linksetQ >= acceptWeight(accept, 'text/html');
}

export function resolverAnswer(linkType: LinkTypeRequest, accept: string | undefined, available: readonly LinkType[]): ResolverAnswer {
  switch (linkType.kind) {
    case 'linkset':
      return { kind: 'linkset' };
    case 'type':
      return available.includes(linkType.type) ? { kind: 'link', type: linkType.type } : { kind: 'default' };
    case 'unknown':
      return { kind: 'default' };
    case 'none':
      if (prefersLinkset(accept)) return { kind: 'linkset' };
      return acceptPrefersJson(accept) ? { kind: 'json' } : { kind: 'default' };
  }
}
