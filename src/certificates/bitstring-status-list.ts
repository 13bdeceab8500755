import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * W3C Bitstring Status List v1.0 (docs/methods/certificates.md): the list is a bitstring whose index 0 is the
 * left-most bit (most significant bit of the first byte), GZIP-compressed and written as a
 * multibase base64url string (prefix `u`, no padding). The spec recommends at least 131,072
 * entries (16 KiB) so that one credential's bit hides in the crowd.
 */
export const STATUS_LIST_MIN_ENTRIES = 131_072;
export const STATUS_LIST_BYTES = STATUS_LIST_MIN_ENTRIES / 8;

export function encodeStatusList(bits: Buffer): string {
  return 'u' + gzipSync(bits).toString('base64url');
}

export function decodeStatusList(encoded: string): Buffer {
  if (!encoded.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix u)');
  return gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
}

export function statusBit(bits: Buffer, index: number): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new RangeError(`status index ${index} is outside the list`);
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

export function withStatusBit(bits: Buffer, index: number, value: boolean): Buffer {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new RangeError(`status index ${index} is outside the list`);
  const out = Buffer.from(bits);
  if (value) out[index >> 3] |= 0x80 >> (index & 7);
  else out[index >> 3] &= ~(0x80 >> (index & 7)) & 0xff;
  return out;
}
