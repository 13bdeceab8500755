import { anchorsFromTrustList, TrustAnchors, TrustListDocument } from '../../src/certificates/trust-anchors';
import { newBatch, newOrganization, OrgHandle, World } from '../support/factories';
import { GqlResult, TestApp } from '../support/test-app';

/**
 * Certificates need a DECLARED footprint: these helpers make one through the real GraphQL path
 * (park energy for March 2026, batch inputs, calculate, declare). Material and end-of-life values
 * are test fixtures, not domain figures.
 */
export function data<T>(r: GqlResult<T>): T {
  if (r.errors?.length || !r.data) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export async function recordMarchEnergy(t: TestApp, w: World): Promise<void> {
  data(
    await t.gql(
      `mutation($input: RecordParkEnergyInput!) { recordParkEnergy(input: $input) { id } }`,
      {
        input: {
          parkId: w.park.id,
          periodStart: '2026-03-01',
          periodEnd: '2026-03-31',
          totalKWh: 100_000,
          supplies: [
            { source: 'DIRECT_LINE', kWh: 80_000, meterIds: ['WIND-LINE-1'] },
            { source: 'GRID', kWh: 20_000 },
          ],
        },
      },
      w.manufacturer.key,
    ),
  );
}

const FP = `id version status inputsSha256 kgCo2ePerKWhLifetime`;

export async function calculateAndDeclare(t: TestApp, w: World, batchId: string): Promise<{ id: string; version: number; status: string }> {
  const calc = data(
    await t.gql<{ calculateFootprint: { id: string } }>(
      `mutation($input: CalculateFootprintInput!) { calculateFootprint(input: $input) { ${FP} } }`,
      { input: { batchId, rulesetId: 'EU_CFB_DRAFT_2024' } },
      w.manufacturer.key,
    ),
  ).calculateFootprint;
  return data(
    await t.gql<{ declareFootprint: { id: string; version: number; status: string } }>(
      `mutation($input: DeclareFootprintInput!) { declareFootprint(input: $input) { ${FP} } }`,
      { input: { footprintId: calc.id } },
      w.manufacturer.key,
    ),
  ).declareFootprint;
}

/** A new batch of 2 LFP packs with its inputs recorded; optionally calculated and declared. */
export async function batchWithInputs(t: TestApp, w: World): Promise<{ batchId: string }> {
  const batchId = (await newBatch(t, w, { declaredPackCount: 2, declaredModuleCount: 8, declaredCellCount: 96 })).id;
  data(
    await t.gql(
      `mutation($input: RecordFootprintInputsInput!) { recordFootprintInputs(input: $input) { id } }`,
      {
        input: {
          batchId,
          materials: [
            {
              material: 'LFP cathode active material',
              supplierName: 'Cathode Co.',
              originCountry: 'CN',
              massKg: 120,
              declaredKgCo2ePerKg: 12.5,
              evidence: 'supplier PCF (fixture)',
            },
          ],
          electricity: { meteredKWh: 3_720, meterIds: ['PLANT-MAIN'] },
          endOfLife: { declaredKgCo2e: 40, evidence: 'recycler statement (fixture)' },
          distributionEstimate: { kgCo2e: 30, basis: 'rail and sea, estimated (fixture)' },
        },
      },
      w.manufacturer.key,
    ),
  );
  return { batchId };
}

export async function declaredFootprint(t: TestApp, w: World): Promise<{ batchId: string; footprintId: string }> {
  const { batchId } = await batchWithInputs(t, w);
  const f = await calculateAndDeclare(t, w, batchId);
  return { batchId, footprintId: f.id };
}

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
