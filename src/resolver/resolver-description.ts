import { GS1_VOC, LINK_TYPES } from './resolver-links';

/**
 * GET /.well-known/gs1resolver: the resolver description file GS1-Conformant Resolver Standard
 * 1.x asks a resolver to publish, written from our reading of it (docs/resolver.md): who runs it,
 * its root, the primary keys it resolves, the link type vocabularies it uses and which link types
 * it serves, and that the default link is never the linkset. Pure.
 */
export function resolverDescription(publicBaseUrl: string) {
  return {
    name: 'battrace battery passport resolver',
    resolverRoot: publicBaseUrl,
    supportedPrimaryKeys: ['01'],
    supportedKeyQualifiers: { '01': ['22', '10', '21'] },
    requiredKeyQualifiers: { '01': ['21'] },
    supportedLinkType: [{ namespace: GS1_VOC, prefix: 'gs1:' }],
    linkTypes: [...LINK_TYPES],
    linkTypeDefaultCanBeLinkset: false,
    supportedLanguages: ['en', 'de', 'zh'],
    battraceForm: `${publicBaseUrl}/batteries/{manufacturerId}/21/{serial}`,
  };
}
