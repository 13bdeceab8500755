import { AppError } from '../common/errors';
import { ADMIN, ANONYMOUS, Actor, OrganizationKind } from './actor';
import { assertMayReadPassportDocument, mayReadPassportDocument, PassportDocumentReference } from './passport-document-access';

const MAKER = '00000000-0000-4000-8000-000000000001';
const org = (kind: OrganizationKind, id = '00000000-0000-4000-8000-0000000000ff'): Actor => ({
  type: 'ORGANIZATION',
  organizationId: id,
  organizationKind: kind,
  apiKeyId: 'k',
});
const ref = (attributeKeys: PassportDocumentReference['attributeKeys'], granted = false): PassportDocumentReference => ({
  manufacturerId: MAKER,
  attributeKeys,
  granted,
});

describe('mayReadPassportDocument', () => {
  const dismantling = [ref(['dismantlingAndRemovalInformation'])];
  const testReport = [ref(['resultOfTestReport'])];
  const conformity = [ref(['declarationOfConformity'])];

  it('opens a legitimate-interest-and-Commission document to legitimate interest, authorities and the owner only', () => {
    expect(mayReadPassportDocument(ANONYMOUS, [MAKER], dismantling)).toBe(false);
    expect(mayReadPassportDocument(org('BUYER'), [MAKER], dismantling)).toBe(false);
    expect(mayReadPassportDocument(org('MANUFACTURER'), [MAKER], dismantling)).toBe(false);
    expect(mayReadPassportDocument(org('CERTIFIER'), [MAKER], dismantling)).toBe(false);
    expect(mayReadPassportDocument(org('RECYCLER'), [MAKER], dismantling)).toBe(true);
    expect(mayReadPassportDocument(org('AUTHORITY'), [MAKER], dismantling)).toBe(true);
    expect(mayReadPassportDocument(org('MANUFACTURER', MAKER), [MAKER], dismantling)).toBe(true);
    expect(mayReadPassportDocument(ADMIN, [MAKER], dismantling)).toBe(true);
  });

  it('opens it to an organization granted access to the model (or a batch of it)', () => {
    expect(mayReadPassportDocument(org('BUYER'), [MAKER], [ref(['dismantlingAndRemovalInformation'], true)])).toBe(true);
  });

  it('keeps test reports to authorities and the owner, not to persons with a legitimate interest', () => {
    expect(mayReadPassportDocument(org('RECYCLER'), [MAKER], testReport)).toBe(false);
    expect(mayReadPassportDocument(org('BUYER'), [MAKER], [ref(['resultOfTestReport'], true)])).toBe(false);
    expect(mayReadPassportDocument(org('AUTHORITY'), [MAKER], testReport)).toBe(true);
  });

  it('opens a public document to anyone', () => {
    expect(mayReadPassportDocument(ANONYMOUS, [MAKER], conformity)).toBe(true);
  });

  it('opens a document to the widest attribute naming it', () => {
    expect(mayReadPassportDocument(ANONYMOUS, [MAKER], [ref(['resultOfTestReport']), ref(['declarationOfConformity'])])).toBe(true);
    expect(mayReadPassportDocument(ANONYMOUS, [MAKER], [ref(['resultOfTestReport', 'declarationOfConformity'])])).toBe(true);
  });

  it('opens a document named by no passport to its uploader and the administrator only', () => {
    expect(mayReadPassportDocument(org('MANUFACTURER', MAKER), [MAKER], [])).toBe(true);
    expect(mayReadPassportDocument(ADMIN, [MAKER], [])).toBe(true);
    expect(mayReadPassportDocument(org('AUTHORITY'), [MAKER], [])).toBe(false);
    expect(mayReadPassportDocument(ANONYMOUS, [MAKER], [])).toBe(false);
  });

  it('refuses with FORBIDDEN / NOT_ALLOWED', () => {
    let err: unknown;
    try {
      assertMayReadPassportDocument(ANONYMOUS, [MAKER], dismantling);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
  });
});
