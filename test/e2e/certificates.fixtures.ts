import { anchorsFromTrustList, TrustAnchors, TrustListDocument } from '../../src/certificates/trust-anchors';
import { newOrganization, OrgHandle, World } from '../support/factories';
import { data, newDeclaredFootprint } from '../support/footprints';
import { TestApp } from '../support/test-app';

/**
 * Certificates need a DECLARED footprint: the footprint factories (test/support/footprints.ts)
 * make one through the real GraphQL path; `declaredFootprint` is the name these tests use.
 */
export { batchWithInputs, calculateAndDeclare, data, recordMarchEnergy } from '../support/footprints';
export const declaredFootprint = (t: TestApp, w: World) => newDeclaredFootprint(t, w);

export const ISSUE = `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) {
  id number status credential keyId statusListIndex assurance materialityPercent verificationStandard validFrom validUntil footprintSha256 verifyUrl } }`;
export const REQUEST = `mutation($input: RequestCertificationInput!) { requestCertification(input: $input) { id status footprintId certifierId } }`;

export interface IssuedCertificate {
  id: string;
  number: string;
  status: string;
  credential: string;
  keyId: string;
  statusListIndex: number;
  assurance: string;
  materialityPercent: number;
  verificationStandard: string;
  validFrom: string;
  validUntil: string;
  footprintSha256: string;
  verifyUrl: string;
}

export const ISSUE_FIELDS = {
  assurance: 'LIMITED',
  opinion: 'Nothing has come to our attention that causes us to believe that the footprint is not fairly stated.',
  leadVerifier: 'A. Verifier',
  reviewer: 'B. Reviewer',
};

export async function requestAndIssue(
  t: TestApp,
  w: World,
  certifier: OrgHandle,
  footprintId: string,
  extra: Record<string, unknown> = {},
): Promise<IssuedCertificate> {
  const req = data(
    await t.gql<{ requestCertification: { id: string } }>(
      REQUEST,
      { input: { footprintId, certifierId: certifier.id } },
      w.manufacturer.key,
    ),
  );
  return data(
    await t.gql<{ issueCertificate: IssuedCertificate }>(
      ISSUE,
      { input: { requestId: req.requestCertification.id, ...ISSUE_FIELDS, ...extra } },
      certifier.key,
    ),
  ).issueCertificate;
}

export const newCertifier = (t: TestApp) => newOrganization(t, 'CERTIFIER');

/** battrace's signed trust list as a buyer downloads it (GET /trust/issuers.json). */
export async function trustList(t: TestApp): Promise<TrustListDocument> {
  const res = await t.http('/trust/issuers.json');
  if (res.status !== 200) throw new Error(`GET /trust/issuers.json answered ${res.status}`);
  return (await res.json()) as TrustListDocument;
}

/** The trust list read as anchors, pinned to the platform key the server holds. */
export async function trustAnchors(t: TestApp): Promise<TrustAnchors> {
  const doc = await trustList(t);
  return anchorsFromTrustList(doc, doc.platformKey.thumbprint);
}
