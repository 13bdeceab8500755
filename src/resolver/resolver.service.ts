import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AppError, notFound } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { BatteryKey, parseBatteryIdentifier } from '../identifiers/battery-identifier';
import { BatteryPassportsService } from '../passports/battery-passports.service';
import { UNIT_KIND_CODE } from '../units/unit-kind';
import { BatteryLinkFacts } from './resolver-links';

/** A battery's identifier resolved for one caller: its passport as sent, and what its links are made of. */
export interface Resolution {
  /** The canonical identifier URI (the linkset's anchor). */
  anchor: string;
  /** The current passport as UTF-8 JSON, the bytes the JSON answer sends (encoded once, however often it is sent). */
  passportJson: Buffer;
  /** Strong ETag of passportJson. */
  etag: string;
  links: BatteryLinkFacts;
}

/** How the address was read: a battery key, or a redirect to its canonical path. */
export type ParsedAddress = { key: BatteryKey; canonicalPath: string; redirect: boolean };

/** How long an anonymous caller's resolution is reused by this process (docs/resolver.md, caching). */
export const ANONYMOUS_REUSE_MS = 2_000;
/** After this long a reused resolution is read again in the background, while it is still served (refresh ahead). */
export const ANONYMOUS_REFRESH_AFTER_MS = 1_000;
const ANONYMOUS_REUSE_ENTRIES = 10_000;

interface PackRow {
  manufacturerId: string;
  serial: string;
  batchId: string;
  certificates: { id: string; number: string }[];
}

const PACK_COLS = `u.manufacturer_id AS "manufacturerId", u.serial, u.batch_id AS "batchId",
  COALESCE((SELECT json_agg(json_build_object('id', c.id, 'number', c.number) ORDER BY c.issued_at DESC, c.id)
              FROM certificates c WHERE c.batch_id = u.batch_id), '[]'::json) AS certificates`;

/** The strong ETag of a body: its SHA-256, base64url, quoted. */
export const strongEtag = (body: string | Buffer): string => `"${createHash('sha256').update(body).digest('base64url')}"`;

/**
 * The GS1 Digital Link resolver (docs/resolver.md): reads a GS1 or battrace battery URI, finds
 * the pack it names (one statement, with its batch's certificates), and its current passport as
 * the caller reads it through BatteryPassportsService.byUnit, so that the resolver's JSON is the
 * passport route's JSON. An anonymous caller's resolution is reused for up to ANONYMOUS_REUSE_MS.
 */
@Injectable()
export class ResolverService {
  private readonly anonymous = new Map<string, { readAt: number; value: Resolution | null }>();
  private readonly inFlight = new Map<string, Promise<Resolution | null>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly batteries: BatteryPassportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The battery key of a request path (with its query), or a BAD_USER_INPUT naming the GS1 reason. */
  parse(pathAndQuery: string): ParsedAddress {
    const parsed = parseBatteryIdentifier(pathAndQuery);
    if (!parsed.ok) throw new AppError('BAD_USER_INPUT', parsed.problem.message, 'path', { location: 'path' }, parsed.problem.reason);
    return { key: parsed.key, canonicalPath: parsed.canonicalPath, redirect: !parsed.isCanonical };
  }

  /**
   * The resolution of `key` for `actor`; NOT_FOUND when no pack answers to it. An anonymous
   * caller's (the public answer, the same for every anonymous caller) is reused, unknown
   * identifiers included, while it is younger than ANONYMOUS_REUSE_MS, counted from when its
   * lookup began; past ANONYMOUS_REFRESH_AFTER_MS it is read again in the background, so that
   * an identifier asked for steadily never makes its callers wait for a lookup. Concurrent
   * anonymous lookups of one identifier are one.
   */
  async resolve(actor: Actor, key: BatteryKey, canonicalPath: string): Promise<Resolution> {
    if (actor.type !== 'ANONYMOUS') return this.lookup(actor, key, canonicalPath);
    const hit = this.anonymous.get(canonicalPath);
    const age = hit ? Date.now() - hit.readAt : Infinity;
    let value: Resolution | null;
    if (hit && age < ANONYMOUS_REUSE_MS) {
      value = hit.value;
      if (age >= ANONYMOUS_REFRESH_AFTER_MS) this.lookupPublic(actor, key, canonicalPath).catch(() => undefined);
    } else value = await this.lookupPublic(actor, key, canonicalPath);
    if (!value) throw this.unknown(key);
    return value;
  }

  /** The anonymous lookup of `canonicalPath`, shared with any already under way, remembered when done. */
  private lookupPublic(actor: Actor, key: BatteryKey, canonicalPath: string): Promise<Resolution | null> {
    let pending = this.inFlight.get(canonicalPath);
    if (pending) return pending;
    const readAt = Date.now();
    pending = this.lookup(actor, key, canonicalPath)
      .catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
        throw err;
      })
      .then((value) => {
        if (this.anonymous.size >= ANONYMOUS_REUSE_ENTRIES) this.anonymous.delete(this.anonymous.keys().next().value as string);
        this.anonymous.delete(canonicalPath);
        this.anonymous.set(canonicalPath, { readAt, value });
        return value;
      })
      .finally(() => this.inFlight.delete(canonicalPath));
    this.inFlight.set(canonicalPath, pending);
    return pending;
  }

  private async lookup(actor: Actor, key: BatteryKey, canonicalPath: string): Promise<Resolution> {
    const [pack]: PackRow[] =
      key.scheme === 'gs1'
        ? await this.db.query(
            `SELECT ${PACK_COLS}
               FROM battery_models m
               JOIN units u ON u.manufacturer_id = m.manufacturer_id AND u.serial = $2
               JOIN batches b ON b.id = u.batch_id AND b.model_id = m.id
              WHERE m.gtin = $1 AND u.kind = ${UNIT_KIND_CODE.PACK}`,
            [key.gtin, key.serial],
          )
        : await this.db.query(
            `SELECT ${PACK_COLS} FROM units u WHERE u.manufacturer_id = $1 AND u.serial = $2 AND u.kind = ${UNIT_KIND_CODE.PACK}`,
            [key.manufacturerId, key.serial],
          );
    if (!pack) throw this.unknown(key);
    const passport = await this.batteries.byUnit(actor, pack.manufacturerId, pack.serial);
    const passportJson = Buffer.from(JSON.stringify(passport), 'utf8');
    return {
      anchor: `${this.config.publicBaseUrl}${canonicalPath}`,
      passportJson,
      etag: strongEtag(passportJson),
      links: {
        publicBaseUrl: this.config.publicBaseUrl,
        passportId: passport.passportId,
        batchId: pack.batchId,
        certificates: pack.certificates,
        attributes: (passport.attributes ?? {}) as Record<string, unknown>,
      },
    };
  }

  private unknown(key: BatteryKey): AppError {
    return notFound('Battery passport', key.scheme === 'gs1' ? `${key.gtin} serial "${key.serial}"` : `of pack "${key.serial}"`, 'path');
  }
}
