import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PlatformKeyService } from '../certificates/platform-key.service';
import { badInput, conflict } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { ChainBreak, CheckpointHead } from './audit-chain';
import { CHECKPOINT_FORMAT, CHECKPOINT_TYPE, CheckpointDocument, signCheckpoint, verifyCheckpoint } from './audit-checkpoint';
import { AuditService, ChainReport } from './audit.service';

/** Advisory lock key held while one process signs a checkpoint (other processes skip their tick). */
const CHECKPOINT_LOCK_KEY = 0x62617475; // "batu"

export interface StoredCheckpoint {
  seq: string;
  headHash: string;
  signedAt: Date;
  jws: string;
}

const COLUMNS = `seq::text AS seq, head_hash AS "headHash", signed_at AS "signedAt", jws`;

/**
 * Signed checkpoints of the audit chain (issue 12; docs/audit-checkpoints.md). An API process
 * signs one every AUDIT_CHECKPOINT_INTERVAL_SECONDS when the chain moved since the last one, and
 * on demand (signAuditCheckpoint). Processes sharing the database never sign two at once: the
 * signer holds a transaction advisory lock (a process that cannot take it skips its turn), and the
 * checkpoint's seq is the table's primary key.
 */
@Injectable()
export class AuditCheckpointsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('AuditCheckpoints');
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly platform: PlatformKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.audit.checkpointIntervalSeconds;
    if (seconds === 0) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      await this.signIfMoved();
    } catch (err) {
      this.log.warn(`audit checkpoint not signed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.ticking = false;
    }
  }

  /**
   * Signs the chain's current head unless the latest checkpoint already covers it. Returns the
   * checkpoint that covers the head, or null when the chain is empty or another process is
   * signing right now.
   */
  async signIfMoved(): Promise<StoredCheckpoint | null> {
    const key = await this.platform.current();
    return this.db.transaction(async (em) => {
      const [{ locked }]: { locked: boolean }[] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [CHECKPOINT_LOCK_KEY]);
      if (!locked) return null;
      // Appends hold their own lock until commit, so the committed head is always a whole prefix.
      const [head]: { seq: string | null; hash: string | null; signedAt: string; latest: string | null }[] = await em.query(
        `SELECT e.seq::text AS seq, e.hash, to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "signedAt",
                (SELECT max(seq)::text FROM audit_checkpoints) AS latest
           FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1) e ON true`,
      );
      if (head.seq === null || head.hash === null) return null;
      if (head.latest !== null && BigInt(head.latest) >= BigInt(head.seq)) {
        const [same]: StoredCheckpoint[] = await em.query(`SELECT ${COLUMNS} FROM audit_checkpoints WHERE seq = $1`, [head.latest]);
        return same;
      }
      const jws = await signCheckpoint(
        {
          type: CHECKPOINT_TYPE,
          publisher: this.config.publicBaseUrl,
          seq: head.seq,
          headHash: head.hash,
          signedAt: head.signedAt,
          platformKey: key.thumbprint,
        },
        key,
      );
      const [stored]: StoredCheckpoint[] = await em.query(
        `INSERT INTO audit_checkpoints (seq, head_hash, signed_at, platform_key, jws) VALUES ($1, $2, $3::timestamptz, $4, $5)
         ON CONFLICT (seq) DO NOTHING RETURNING ${COLUMNS}`,
        [head.seq, head.hash, head.signedAt, key.thumbprint, jws],
      );
      return stored ?? null;
    });
  }

  /** On demand (admin): the checkpoint that covers the chain's head, signing one if needed. */
  async signNow(): Promise<StoredCheckpoint> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const cp = await this.signIfMoved();
      if (cp) return cp;
      if ((await this.audit.head()) === null)
        throw conflict('the audit chain is empty: there is nothing to checkpoint', undefined, 'AUDIT_CHAIN_EMPTY');
      // Another process holds the signing lock: it is signing this head; wait for it briefly.
      await new Promise((r) => setTimeout(r, 20));
    }
    throw conflict('another process kept the checkpoint lock; try again', undefined, 'CHECKPOINT_BUSY');
  }

  async latest(): Promise<CheckpointDocument | null> {
    const rows: StoredCheckpoint[] = await this.db.query(
      `SELECT ${COLUMNS} FROM audit_checkpoints ORDER BY audit_checkpoints.seq DESC LIMIT 1`,
    );
    if (rows.length === 0) return null;
    const key = await this.platform.current();
    return { format: CHECKPOINT_FORMAT, platformKey: { thumbprint: key.thumbprint, publicJwk: key.publicJwk }, jws: rows[0].jws };
  }

  async list(afterSeq: string | null, limit: number): Promise<StoredCheckpoint[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM audit_checkpoints WHERE seq > $1 ORDER BY audit_checkpoints.seq LIMIT $2`, [
      afterSeq ?? '0',
      limit,
    ]);
  }

  /**
   * Verifies the chain against checkpoints: the JWSs given (fetched from a copy kept outside this
   * database; each must verify with the platform key, or the input is refused naming it), or,
   * when none are given, every stored one (a stored one whose signature fails is itself a break).
   */
  async verify(given: string[] | null): Promise<ChainReport> {
    const key = await this.platform.current();
    const heads: CheckpointHead[] = [];
    if (given !== null) {
      for (const [i, jws] of given.entries()) {
        try {
          const p = await verifyCheckpoint(jws, key);
          heads.push({ seq: p.seq, headHash: p.headHash });
        } catch (err) {
          throw badInput(`checkpoints[${i}]`, `not an audit checkpoint signed by this battrace's platform key: ${(err as Error).message}`);
        }
      }
      return this.audit.verifyChain(heads);
    }
    const stored: StoredCheckpoint[] = await this.db.query(`SELECT ${COLUMNS} FROM audit_checkpoints ORDER BY audit_checkpoints.seq`);
    for (const s of stored) {
      let brk: ChainBreak | null = null;
      try {
        const p = await verifyCheckpoint(s.jws, key);
        if (p.seq !== s.seq || p.headHash !== s.headHash)
          brk = {
            seq: s.seq,
            kind: 'CHECKPOINT_INVALID',
            reason: `stored checkpoint at seq ${s.seq} does not match its own signed payload`,
          };
        else heads.push({ seq: p.seq, headHash: p.headHash });
      } catch (err) {
        brk = { seq: s.seq, kind: 'CHECKPOINT_INVALID', reason: `stored checkpoint at seq ${s.seq}: ${(err as Error).message}` };
      }
      if (brk) {
        // Verify up to it with the checkpoints before it, then report the forged checkpoint if nothing broke earlier.
        const before = await this.audit.verifyChain(heads);
        return before.intact ? { ...before, intact: false, break: brk } : before;
      }
    }
    return this.audit.verifyChain(heads);
  }
}
