import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorId } from '../access/actor';
import { digestOf } from '../common/canonical-json';
import {
  AuditChainEntry,
  auditEntryHash,
  ChainBreak,
  CheckpointHead,
  CURRENT_HASH_VERSION,
  findChainBreak,
  findTruncation,
  GENESIS_HASH,
  indexCheckpoints,
  initialWalkState,
  microsToIso,
} from './audit-chain';

/** Advisory lock key that serializes appends to the single platform-wide chain. */
const AUDIT_LOCK_KEY = 0x62617474; // "batt"

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  input: unknown;
}

/** The columns of an entry as the hash sees them: the time as microseconds, read as text (a JS Date holds milliseconds only). */
const ENTRY_COLUMNS = `seq::text AS seq, (extract(epoch FROM at) * 1000000)::bigint::text AS "atMicros", hash_version AS "hashVersion",
  actor_type AS "actorType", actor_id AS "actorId", action, subject_type AS "subjectType", subject_id AS "subjectId",
  input_digest AS "inputDigest", prev_hash AS "prevHash", hash`;

export interface ChainReport {
  intact: boolean;
  /** Entries that verified before the break (all of them when intact). */
  entries: number;
  break: ChainBreak | null;
  /** Seq of the chain's last entry ("0" when empty). */
  headSeq: string;
  checkpointsGiven: number;
  /** Checkpoints whose seq the walk reached and whose hash matched. */
  checkpointsMatched: number;
  /** The highest checkpointed seq that matched: every entry up to it is anchored by a signature. */
  anchoredThroughSeq: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends one entry inside the caller's transaction, so that the entry exists exactly when the
   * change it records does. Call it last in the transaction: it holds the chain lock until commit.
   * The time is the database clock read under the lock, kept to the microsecond it is stored with.
   */
  async append(em: EntityManager, actor: Actor, record: AuditRecord): Promise<AuditChainEntry> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
    const [head]: { seq: string | null; hash: string | null; now: string }[] = await em.query(
      `SELECT e.seq::text AS seq, e.hash, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint::text AS now
         FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1) e ON true`,
    );
    const prevHash = head.hash ?? GENESIS_HASH;
    const fields = {
      seq: (BigInt(head.seq ?? '0') + 1n).toString(),
      atMicros: head.now,
      hashVersion: CURRENT_HASH_VERSION,
      actorType: actor.type,
      actorId: actorId(actor),
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      inputDigest: digestOf(record.input ?? null),
    };
    const hash = auditEntryHash(prevHash, fields)!;
    await em.query(
      `INSERT INTO audit_events (seq, at, hash_version, actor_type, actor_id, action, subject_type, subject_id, input_digest, prev_hash, hash)
       VALUES ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        fields.seq,
        microsToIso(fields.atMicros),
        fields.hashVersion,
        fields.actorType,
        fields.actorId,
        fields.action,
        fields.subjectType,
        fields.subjectId,
        fields.inputDigest,
        prevHash,
        hash,
      ],
    );
    return { ...fields, prevHash, hash };
  }

  async trail(subjectId: string, limit = 200): Promise<(AuditChainEntry & { at: Date })[]> {
    const rows: AuditChainEntry[] = await this.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM audit_events WHERE subject_id = $1 ORDER BY audit_events.seq LIMIT $2`,
      [subjectId, limit],
    );
    return rows.map((r) => ({ ...r, at: new Date(microsToIso(r.atMicros)) }));
  }

  /** The chain's last entry, or null when it is empty. */
  async head(): Promise<{ seq: string; hash: string } | null> {
    const rows: { seq: string; hash: string }[] = await this.db.query(
      `SELECT seq::text AS seq, hash FROM audit_events ORDER BY audit_events.seq DESC LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  /**
   * Walks the whole chain in pages and reports the first entry where it breaks: inside the chain
   * (a gap, a broken link, contents that do not match their hash), or against the signed
   * checkpoints given (a checkpointed seq whose hash differs, or that no longer exists).
   */
  async verifyChain(checkpoints: CheckpointHead[] = [], pageSize = 20_000): Promise<ChainReport> {
    const { bySeq, conflict } = indexCheckpoints(checkpoints);
    const state = initialWalkState();
    let entries = 0;
    const report = (brk: ChainBreak | null, checked: number): ChainReport => ({
      intact: brk === null,
      entries: checked,
      break: brk,
      headSeq: state.prevSeq.toString(),
      checkpointsGiven: bySeq.size,
      checkpointsMatched: state.checkpointsMatched,
      anchoredThroughSeq: state.anchoredSeq,
    });
    if (conflict) return report(conflict, 0);
    const page = (after: string): Promise<AuditChainEntry[]> =>
      this.db.query(`SELECT ${ENTRY_COLUMNS} FROM audit_events WHERE seq > $1 ORDER BY audit_events.seq LIMIT $2`, [after, pageSize]);
    // The next page is read while this one is hashed: the database and the hashing overlap.
    let next: Promise<AuditChainEntry[]> | null = page('0');
    while (next) {
      const rows: AuditChainEntry[] = await next;
      next = rows.length === pageSize ? page(rows[rows.length - 1].seq) : null;
      const brk = findChainBreak(rows, state, bySeq);
      if (brk) {
        await next?.catch(() => undefined);
        return report(brk, entries + rows.findIndex((r) => r.seq === brk.seq));
      }
      entries += rows.length;
    }
    return report(findTruncation(state.prevSeq, checkpoints), entries);
  }
}
