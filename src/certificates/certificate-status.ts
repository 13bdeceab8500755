import { conflict } from '../common/errors';
import type { CertificateStatus } from './certificate-rows';

/**
 * A certificate's status as a small state machine: ACTIVE ⇄ SUSPENDED by suspension and
 * reinstatement, either → REVOKED by revocation, which is final. Each status is two bits in the
 * certifier's Bitstring Status Lists (https://www.w3.org/TR/vc-bitstring-status-list/): one in
 * its revocation list, one in its suspension list, at the certificate's index.
 */
export type StatusAction = 'revokeCertificate' | 'suspendCertificate' | 'reinstateCertificate';
export type StatusPurpose = 'revocation' | 'suspension';

export type StatusTransition =
  | { changed: false; message: string }
  | { changed: true; to: CertificateStatus; bits: { purpose: StatusPurpose; value: 0 | 1 }[]; message: string };

const TARGET: Record<StatusAction, CertificateStatus> = {
  revokeCertificate: 'REVOKED',
  suspendCertificate: 'SUSPENDED',
  reinstateCertificate: 'ACTIVE',
};

const ALREADY: Record<CertificateStatus, string> = {
  REVOKED: 'already revoked',
  SUSPENDED: 'already suspended',
  ACTIVE: 'already active (not suspended)',
};

/** What an action does to a certificate in a status (`number` names it in messages); CONFLICT when it may not. */
export function statusTransition(from: CertificateStatus, action: StatusAction, number: string): StatusTransition {
  const to = TARGET[action];
  if (from === to) return { changed: false, message: `certificate ${number} is ${ALREADY[to]}: nothing changed` };
  if (from === 'REVOKED')
    throw conflict(`certificate ${number} is revoked: revocation is final`, 'input.certificateId', 'CERTIFICATE_REVOKED');
  if (action === 'reinstateCertificate' && from !== 'SUSPENDED')
    throw conflict(`certificate ${number} is not suspended`, 'input.certificateId', 'CERTIFICATE_NOT_SUSPENDED');
  const bits: { purpose: StatusPurpose; value: 0 | 1 }[] =
    to === 'REVOKED'
      ? [
          { purpose: 'revocation', value: 1 },
          { purpose: 'suspension', value: 0 },
        ]
      : [{ purpose: 'suspension', value: to === 'SUSPENDED' ? 1 : 0 }];
  return { changed: true, to, bits, message: `certificate ${number} is now ${to.toLowerCase()}` };
}

/**
 * The PostgreSQL `set_bit` position of a status list index. The list's index 0 is the left-most
 * (most significant) bit of the first byte; PostgreSQL numbers bit n as bit n mod 8 from the
 * least significant end of byte ⌊n/8⌋, so index i is bit 8·⌊i/8⌋ + 7 − i mod 8.
 */
export function postgresBitOfStatusIndex(index: number): number {
  return Math.floor(index / 8) * 8 + 7 - (index % 8);
}
