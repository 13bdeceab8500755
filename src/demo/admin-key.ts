import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { generateApiKey } from '../organizations/api-key-secret';
import type { AppConfig } from '../config/env';

/** Git-ignored file where a development server keeps its demo keys (never used in production). */
export const DEMO_KEYS_FILE = join(process.cwd(), '.demo-keys.json');

export interface DemoKeys {
  admin: string;
  organizations: Record<string, { kind: string; id: string; apiKey: string }>;
  /** URLs to try the demo with (what each shows: URL). */
  links?: Record<string, string>;
}

export function readDemoKeys(): DemoKeys | null {
  if (!existsSync(DEMO_KEYS_FILE)) return null;
  try {
    return JSON.parse(readFileSync(DEMO_KEYS_FILE, 'utf8')) as DemoKeys;
  } catch {
    return null;
  }
}

/**
 * The administrator key: ADMIN_API_KEY when set (required in production). Otherwise, for local
 * development only, the one kept in .demo-keys.json, or a fresh random one.
 */
export function resolveAdminKey(config: AppConfig, logger: Logger): string {
  if (config.adminApiKey) return config.adminApiKey;
  if (config.nodeEnv === 'production') throw new Error('ADMIN_API_KEY is required in production');
  const kept = readDemoKeys()?.admin;
  if (kept) return kept;
  const key = generateApiKey();
  logger.warn('ADMIN_API_KEY is not set: using a generated development key (written to .demo-keys.json when the demo world loads)');
  return key;
}
