import { ADMIN, ANONYMOUS } from './actor';
import { assertCanRevokeApiKey } from './organization-access';
import { orgActor as org } from '../../test/support/actors';

describe('assertCanRevokeApiKey', () => {
  it('lets the administrator and the key’s own organization revoke it, whatever its kind', () => {
    expect(() => assertCanRevokeApiKey(ADMIN, 'acme', 'input.keyId')).not.toThrow();
    for (const kind of ['MANUFACTURER', 'BUYER', 'CERTIFIER', 'FORWARDER', 'AUTHORITY'] as const) {
      expect(() => assertCanRevokeApiKey(org('acme', kind), 'acme', 'input.keyId')).not.toThrow();
    }
  });

  it('refuses another organization and an anonymous caller', () => {
    for (const actor of [ANONYMOUS, org('other', 'MANUFACTURER')]) {
      let e: unknown;
      try {
        assertCanRevokeApiKey(actor, 'acme', 'input.keyId');
      } catch (err) {
        e = err;
      }
      expect(e).toMatchObject({
        code: 'FORBIDDEN',
        field: 'input.keyId',
        message: "only the administrator or the key's own organization may revoke it",
      });
    }
  });
});
