import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys: `btk_` + 43 base64url characters (256 random bits). Being random and long, a plain
 * SHA-256 is a sufficient one-way hash (no password stretching needed); the first 12 characters
 * are kept in clear as a prefix so that a person can tell keys apart.
 */
export const API_KEY_PREFIX = 'btk_';

export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');
export const displayPrefix = (key: string): string => key.slice(0, 12);

export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
