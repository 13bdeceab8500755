import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorId } from '../access/actor';
import { digestOf } from '../common/canonical-json';
import { auditEntryHash, ChainBreak, findChainBreak, GENESIS_HASH } from './audit-chain';
import { AuditEventEntity } from './audit-event.entity';

/** Advisory lock key that serializes appends to the single platform-wide chain. */
const AUDIT_LOCK_KEY = 0x62617474; // "batt"

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  input: unknown;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends one entry inside the caller's transaction, so that the entry exists exactly when the
   * change it records does. Call it last in the transaction: it holds the chain lock until commit.
   */
  async append(em: EntityManager, actor: Actor, record: AuditRecord): Promise<AuditEventEntity> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
    const last: { seq: string; hash: string }[] = await em.query('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const seq = (BigInt(last[0]?.seq ?? '0') + 1n).toString();
    const fields = {
      seq,
      at: new Date(),
      actorType: actor.type,
      actorId: actorId(actor),
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      inputDigest: digestOf(record.input ?? null),
    };
    const entry = em.create(AuditEventEntity, { ...fields, prevHash, hash: auditEntryHash(prevHash, fields) });
    await em.insert(AuditEventEntity, entry);
    return entry;
  }

  async trail(subjectId: string, limit = 200): Promise<AuditEventEntity[]> {
    return this.db.getRepository(AuditEventEntity).find({ where: { subjectId }, order: { seq: 'ASC' }, take: limit });
  }

  /** Walks the whole chain in pages; reports the first entry where it breaks. */
  async verifyChain(pageSize = 5000): Promise<{ intact: boolean; entries: number; break: ChainBreak | null }> {
    let prevHash = GENESIS_HASH;
    let prevSeq = 0n;
    let entries = 0;
    for (;;) {
      const rows: (AuditEventEntity & { at: Date })[] = await this.db
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.seq > :after', { after: prevSeq.toString() })
        .orderBy('e.seq', 'ASC')
        .limit(pageSize)
        .getMany();
      if (rows.length === 0) return { intact: true, entries, break: null };
      const brk = findChainBreak(rows, prevHash, prevSeq);
      if (brk) return { intact: false, entries: entries + rows.findIndex((r) => r.seq === brk.seq), break: brk };
      entries += rows.length;
      prevHash = rows[rows.length - 1].hash;
      prevSeq = BigInt(rows[rows.length - 1].seq);
    }
  }
}
