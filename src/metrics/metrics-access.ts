import { isIPv4 } from 'node:net';
import { safeEqual } from '../organizations/api-key-secret';

export interface MetricsAccessSettings {
  /** METRICS_TOKEN, or null when none is configured. */
  metricsToken: string | null;
  adminApiKey: string | null;
  /** With a proxy in front, the socket peer is the proxy: being on loopback says nothing of the caller. */
  trustProxy: boolean;
}

export type MetricsAccess = { allowed: true } | { allowed: false; status: 401 | 403; message: string };

/** 127.0.0.0/8 and ::1, also written as IPv4-mapped IPv6 (`::ffff:127.0.0.1`). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return true;
  const v4 = a.startsWith('::ffff:') ? a.slice('::ffff:'.length) : a;
  return isIPv4(v4) && v4.startsWith('127.');
}

/**
 * Who may read /metrics (process, event loop, queues and per-route counts are for operators):
 * the metrics token or the admin key as `Authorization: Bearer …`; without a token configured,
 * also a caller without credentials on the loopback interface, judged by the socket's own peer
 * address (never X-Forwarded-For), and not at all when TRUST_PROXY says a proxy sits in front.
 * Organization API keys never open it.
 */
export function metricsAccess(
  settings: MetricsAccessSettings,
  authorization: string | undefined,
  socketAddress: string | undefined,
): MetricsAccess {
  if (authorization !== undefined && authorization !== '') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const key = m?.[1];
    const fits = (secret: string | null) => key !== undefined && secret !== null && safeEqual(key, secret);
    if (fits(settings.metricsToken) || fits(settings.adminApiKey)) return { allowed: true };
    return { allowed: false, status: 403, message: '/metrics is readable only with the metrics token or the admin key' };
  }
  if (settings.metricsToken === null && !settings.trustProxy && isLoopback(socketAddress)) return { allowed: true };
  return {
    allowed: false,
    status: 401,
    message:
      settings.metricsToken === null
        ? '/metrics needs the admin key (Authorization: Bearer <key>) from outside the loopback interface'
        : '/metrics needs the metrics token (Authorization: Bearer <METRICS_TOKEN>)',
  };
}
