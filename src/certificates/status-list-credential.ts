import { encodeStatusList } from './bitstring-status-list';
import { VC_CONTEXT } from './credential';

/** A Bitstring Status List credential (W3C Bitstring Status List v1.0), signed like a certificate. */
export interface StatusListCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: { id: string; type: 'BitstringStatusList'; statusPurpose: 'revocation' | 'suspension'; encodedList: string };
}

export function buildStatusListCredential(
  url: string,
  issuerDid: string,
  purpose: 'revocation' | 'suspension',
  bits: Buffer,
  at: Date,
): StatusListCredential {
  return {
    '@context': [VC_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerDid,
    validFrom: at.toISOString(),
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: encodeStatusList(bits) },
  };
}
