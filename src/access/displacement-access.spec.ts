import { ADMIN, ANONYMOUS } from './actor';
import { assertCanReadDisplacementRun } from './displacement-access';
import { orgActor as org } from '../../test/support/actors';

describe('assertCanReadDisplacementRun', () => {
  it('lets the requester and the administrator read a run', () => {
    expect(() => assertCanReadDisplacementRun(org('me', 'BUYER'), 'me', 'id')).not.toThrow();
    expect(() => assertCanReadDisplacementRun(ADMIN, null, 'id')).not.toThrow();
  });

  it('refuses anyone else, and everyone but the administrator a run the administrator requested', () => {
    for (const [actor, requester] of [
      [org('other', 'MANUFACTURER'), 'me'],
      [ANONYMOUS, 'me'],
      [org('me', 'BUYER'), null],
    ] as const) {
      let e: unknown;
      try {
        assertCanReadDisplacementRun(actor, requester, 'id');
      } catch (err) {
        e = err;
      }
      expect(e).toMatchObject({ code: 'FORBIDDEN', field: 'id', message: 'a displacement run is read by whoever requested it' });
    }
  });
});
