import { CertificateCredential, CertifiedFootprint, CREDENTIAL_TYPE, footprintSha256, StatusEntry, VC_CONTEXT } from './credential';

/**
 * The carbon footprint certificate as a W3C Verifiable Credential 2.0 data model
 * (https://www.w3.org/TR/vc-data-model-2.0/), built from what is certified and what the
 * certifier decided. Pure: the same facts and options give the same credential, key for key in
 * the same order, so the same JWS payload bytes. Signing and verifying are credential.ts's.
 */

export const ASSURANCE_LEVELS = ['LIMITED', 'REASONABLE'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];
export const OPINION_TYPES = ['UNMODIFIED', 'MODIFIED', 'ADVERSE'] as const;
export type OpinionType = (typeof OPINION_TYPES)[number];

/** ISO 14064-3:2019 verification practice: materiality is usually 5%. */
export const DEFAULT_MATERIALITY_PERCENT = 5;
/** A verification statement is typically valid for one year. */
export const DEFAULT_VALIDITY_MONTHS = 12;
/** The verification standard the statement follows. */
export const VERIFICATION_STANDARD = 'ISO 14064-3:2019';
/** EU 2023/1542 Annex II: the life cycle stages of the battery carbon footprint (use phase excluded). */
export const DEFAULT_SYSTEM_BOUNDARY =
  'cradle to grave excluding the use phase: raw material acquisition, main production, distribution, end of life (EU 2023/1542 Annex II)';

/** The footprint figures a certificate certifies (what the credential's footprint hash covers). */
export interface FootprintFigures {
  footprintId: string;
  batchId: string;
  version: number;
  rulesetId: string;
  rawMaterialKgCo2e: number;
  mainProductionKgCo2e: number;
  distributionKgCo2e: number;
  endOfLifeKgCo2e: number;
  kgCo2eAbsolute: number;
  kgCo2ePerKWhCapacity: number;
  kgCo2ePerKWhLifetime: number;
  lifetimeEnergyKWh: number;
  inputsSha256: string;
}

/** The certified footprint figures from a footprint row. */
export function certifiedFootprintOf(f: FootprintFigures): CertifiedFootprint {
  return {
    id: f.footprintId,
    batchId: f.batchId,
    version: f.version,
    rulesetId: f.rulesetId,
    stagesKgCo2e: {
      RAW_MATERIAL_ACQUISITION: f.rawMaterialKgCo2e,
      MAIN_PRODUCTION: f.mainProductionKgCo2e,
      DISTRIBUTION: f.distributionKgCo2e,
      END_OF_LIFE_RECYCLING: f.endOfLifeKgCo2e,
    },
    kgCo2eAbsolute: f.kgCo2eAbsolute,
    kgCo2ePerKWhCapacity: f.kgCo2ePerKWhCapacity,
    kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
    lifetimeEnergyKWh: f.lifetimeEnergyKWh,
    inputsSha256: f.inputsSha256,
  };
}

/** What is certified: the footprint, the batch it is of, who made it where, and the certifier's name. */
export interface CertifiedFacts extends FootprintFigures {
  batchNumber: string;
  productionStart: Date;
  productionEnd: Date;
  registeredPackCount: number;
  functionalUnit: unknown;
  electricityBasis: unknown;
  modelId: string;
  modelName: string;
  chemistry: string;
  nominalEnergyKWh: number;
  plantId: string;
  plantName: string;
  plantAddress: string | null;
  parkCode: string;
  parkName: string;
  manufacturerId: string;
  manufacturerName: string;
  certifierName: string;
}

/** The certifier's verification statement, as validated from its input. */
export interface IssueTerms {
  assurance: AssuranceLevel;
  materialityPercent: number;
  opinionType: OpinionType;
  opinion: string;
  leadVerifier: string;
  reviewer: string;
  /** Null: the Annex II boundary (DEFAULT_SYSTEM_BOUNDARY). */
  systemBoundary: string | null;
  accreditation: string | null;
  notifiedBodyNumber: string | null;
}

/** What issuance decided: the certificate's identity, dates, signer and status list entries. */
export interface CredentialOptions {
  id: string;
  number: string;
  /** Where the certificate is verified (its public page). */
  url: string;
  issuedAt: Date;
  validFrom: Date;
  validUntil: Date;
  issuer: { did: string; certifierId: string };
  terms: IssueTerms;
  /** The certificate's index in its certifier's two Bitstring Status Lists, and their URLs. */
  status: { index: number; revocationListUrl: string; suspensionListUrl: string };
}

/** https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry */
function statusEntry(purpose: 'revocation' | 'suspension', listUrl: string, index: number): StatusEntry {
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: listUrl,
  };
}

/** The credential (the JWS payload); its `credentialSubject.certificate` is the statement stored with the certificate. */
export function buildCarbonCredential(facts: CertifiedFacts, options: CredentialOptions): CertificateCredential {
  const { terms } = options;
  const figures = certifiedFootprintOf(facts);
  const statement = {
    id: options.id,
    number: options.number,
    url: options.url,
    issuedAt: options.issuedAt.toISOString(),
    issuingBody: {
      id: options.issuer.certifierId,
      name: facts.certifierName,
      accreditation: terms.accreditation,
      notifiedBodyNumber: terms.notifiedBodyNumber,
    },
    verificationStandard: VERIFICATION_STANDARD,
    criteria: ['ISO 14067:2018', 'EU 2023/1542 Annex II', `battrace ruleset ${facts.rulesetId}`],
    assurance: terms.assurance,
    materialityPercent: terms.materialityPercent,
    opinionType: terms.opinionType,
    opinion: terms.opinion,
    leadVerifier: terms.leadVerifier,
    reviewer: terms.reviewer,
    systemBoundary: terms.systemBoundary ?? DEFAULT_SYSTEM_BOUNDARY,
    dataPeriod: { from: new Date(facts.productionStart).toISOString(), to: new Date(facts.productionEnd).toISOString() },
    electricityApproach: { rulesetId: facts.rulesetId, basis: facts.electricityBasis },
  };
  return {
    '@context': [VC_CONTEXT],
    id: `urn:uuid:${options.id}`,
    type: ['VerifiableCredential', CREDENTIAL_TYPE],
    issuer: { id: options.issuer.did, name: facts.certifierName },
    validFrom: options.validFrom.toISOString(),
    validUntil: options.validUntil.toISOString(),
    credentialSubject: {
      id: `urn:uuid:${facts.batchId}`,
      type: 'BatteryBatch',
      certificate: statement,
      responsibleParty: {
        id: facts.manufacturerId,
        name: facts.manufacturerName,
        plant: { id: facts.plantId, name: facts.plantName, address: facts.plantAddress },
        park: { code: facts.parkCode, name: facts.parkName },
      },
      product: {
        batchId: facts.batchId,
        batchNumber: facts.batchNumber,
        packCount: facts.registeredPackCount,
        model: { id: facts.modelId, name: facts.modelName, chemistry: facts.chemistry, nominalEnergyKWh: facts.nominalEnergyKWh },
      },
      footprint: { ...figures, sha256: footprintSha256(figures), functionalUnit: facts.functionalUnit },
    },
    credentialStatus: [
      statusEntry('revocation', options.status.revocationListUrl, options.status.index),
      statusEntry('suspension', options.status.suspensionListUrl, options.status.index),
    ],
  };
}
