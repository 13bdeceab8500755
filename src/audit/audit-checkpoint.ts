import { CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import type { KeyObject } from 'node:crypto';

/**
 * A signed head of the audit chain (the model is RFC 6962 §3.5, a log's signed tree head,
 * reduced to a hash chain): the sequence number of the last entry, its hash, and when it was
 * signed, as a compact JWS (RFC 7515) signed EdDSA by battrace's platform key. Anyone holding a
 * copy can later show that the chain battrace serves still has that hash at that seq.
 */
export const CHECKPOINT_FORMAT = 'battrace-audit-checkpoint/1';
export const CHECKPOINT_TYP = 'audit-checkpoint+jwt';
export const CHECKPOINT_TYPE = 'BattraceAuditCheckpoint';

export interface CheckpointPayload {
  type: typeof CHECKPOINT_TYPE;
  /** The battrace that signed it (PUBLIC_BASE_URL). */
  publisher: string;
  /** Sequence number of the chain's last entry, a decimal integer. */
  seq: string;
  /** That entry's hash (hex SHA-256). */
  headHash: string;
  /** When it was signed, by the database clock, ISO-8601 UTC with microseconds. */
  signedAt: string;
  /** RFC 7638 thumbprint of the platform key that signs it. */
  platformKey: string;
}

/** GET /audit/checkpoint.json: the latest checkpoint and the key to check it with. */
export interface CheckpointDocument {
  format: typeof CHECKPOINT_FORMAT;
  platformKey: { thumbprint: string; publicJwk: JWK };
  jws: string;
}

export async function signCheckpoint(payload: CheckpointPayload, key: { thumbprint: string; privateKey: KeyObject }): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.thumbprint, typ: CHECKPOINT_TYP })
    .sign(key.privateKey);
}

const HEX64 = /^[0-9a-f]{64}$/;
const SEQ = /^[1-9][0-9]{0,18}$/;

/**
 * Verifies a checkpoint JWS against the platform key and reads it. Throws an Error saying what is
 * wrong (not a JWS, another key, another type, a payload of the wrong shape).
 */
export async function verifyCheckpoint(jws: string, platform: { thumbprint: string; publicJwk: JWK }): Promise<CheckpointPayload> {
  if (typeof jws !== 'string' || jws.split('.').length !== 3) throw new Error('not a compact JWS');
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(jws.split('.')[0], 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new Error('not a compact JWS');
  }
  if (header.alg !== 'EdDSA' || header.typ !== CHECKPOINT_TYP) throw new Error(`expected alg EdDSA and typ ${CHECKPOINT_TYP}`);
  if (header.kid !== platform.thumbprint)
    throw new Error(`signed by key ${String(header.kid)}, not by the platform key ${platform.thumbprint}`);
  let payload: unknown;
  try {
    const key = await importJWK({ kty: platform.publicJwk.kty, crv: platform.publicJwk.crv, x: platform.publicJwk.x }, 'EdDSA');
    const verified = await compactVerify(jws, key, { algorithms: ['EdDSA'] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload));
  } catch {
    throw new Error('the signature does not verify with the platform key');
  }
  const p = payload as Partial<CheckpointPayload> | null;
  if (
    !p ||
    p.type !== CHECKPOINT_TYPE ||
    typeof p.seq !== 'string' ||
    !SEQ.test(p.seq) ||
    typeof p.headHash !== 'string' ||
    !HEX64.test(p.headHash) ||
    typeof p.signedAt !== 'string' ||
    p.platformKey !== platform.thumbprint
  ) {
    throw new Error('signed, but not a battrace audit checkpoint');
  }
  return p as CheckpointPayload;
}
