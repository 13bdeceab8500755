import { AppError } from '../common/errors';
import { statusBit, withStatusBit } from './bitstring-status-list';
import { postgresBitOfStatusIndex, StatusAction, statusTransition } from './certificate-status';
import type { CertificateStatus } from './certificate-rows';

const N = 'BTC-2026-000001';

function refusal(from: CertificateStatus, action: StatusAction): AppError {
  try {
    statusTransition(from, action, N);
  } catch (e) {
    return e as AppError;
  }
  throw new Error(`expected ${action} on a ${from} certificate to be refused`);
}

describe('statusTransition', () => {
  it('revokes an active or a suspended certificate: revocation bit set, suspension bit cleared', () => {
    for (const from of ['ACTIVE', 'SUSPENDED'] as const) {
      expect(statusTransition(from, 'revokeCertificate', N)).toEqual({
        changed: true,
        to: 'REVOKED',
        bits: [
          { purpose: 'revocation', value: 1 },
          { purpose: 'suspension', value: 0 },
        ],
        message: `certificate ${N} is now revoked`,
      });
    }
  });

  it('suspends an active certificate and reinstates a suspended one through the suspension bit only', () => {
    expect(statusTransition('ACTIVE', 'suspendCertificate', N)).toEqual({
      changed: true,
      to: 'SUSPENDED',
      bits: [{ purpose: 'suspension', value: 1 }],
      message: `certificate ${N} is now suspended`,
    });
    expect(statusTransition('SUSPENDED', 'reinstateCertificate', N)).toEqual({
      changed: true,
      to: 'ACTIVE',
      bits: [{ purpose: 'suspension', value: 0 }],
      message: `certificate ${N} is now active`,
    });
  });

  it('changes nothing, and says so, when the certificate is already where the action leads', () => {
    expect(statusTransition('REVOKED', 'revokeCertificate', N)).toEqual({
      changed: false,
      message: `certificate ${N} is already revoked: nothing changed`,
    });
    expect(statusTransition('SUSPENDED', 'suspendCertificate', N)).toEqual({
      changed: false,
      message: `certificate ${N} is already suspended: nothing changed`,
    });
    expect(statusTransition('ACTIVE', 'reinstateCertificate', N)).toEqual({
      changed: false,
      message: `certificate ${N} is already active (not suspended): nothing changed`,
    });
  });

  it('refuses to suspend or reinstate a revoked certificate: revocation is final', () => {
    for (const action of ['suspendCertificate', 'reinstateCertificate'] as const) {
      const e = refusal('REVOKED', action);
      expect([e.code, e.message, e.field]).toEqual(['CONFLICT', `certificate ${N} is revoked: revocation is final`, 'input.certificateId']);
    }
  });
});

describe('postgresBitOfStatusIndex', () => {
  /** PostgreSQL's set_bit(bytea, n, 1): bit n mod 8, counted from the least significant end, of byte ⌊n/8⌋. */
  const pgSetBit = (bytes: Buffer, n: number): Buffer => {
    const out = Buffer.from(bytes);
    out[n >> 3] |= 1 << (n & 7);
    return out;
  };

  it('maps list index 0 to the most significant bit of byte 0 and 9 to bit 6 of byte 1', () => {
    expect(postgresBitOfStatusIndex(0)).toBe(7);
    expect(postgresBitOfStatusIndex(7)).toBe(0);
    expect(postgresBitOfStatusIndex(9)).toBe(14);
  });

  it('sets the same bit the Bitstring Status List reads, for every index of a 4-byte list', () => {
    const empty = Buffer.alloc(4);
    for (let i = 0; i < 32; i++) {
      const set = pgSetBit(empty, postgresBitOfStatusIndex(i));
      expect(set).toEqual(withStatusBit(empty, i, true));
      expect(statusBit(set, i)).toBe(true);
    }
  });
});
