import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'One entry of the hash-chained audit log.' })
export class AuditEventModel {
  @Field(() => String) seq: string;
  @Field() at: Date;
  @Field({ description: 'The time to the microsecond, as microseconds since 1970-01-01T00:00:00Z (what the version-2 hash covers)' })
  atMicros: string;
  @Field(() => Int, { description: '1: the hash covers the time in milliseconds (older entries); 2: every field, time in microseconds' })
  hashVersion: number;
  @Field({ description: 'ADMIN or ORGANIZATION' }) actorType: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() action: string;
  @Field() subjectType: string;
  @Field(() => ID) subjectId: string;
  @Field({ description: 'SHA-256 of the canonical JSON of the input' }) inputDigest: string;
  @Field() prevHash: string;
  @Field() hash: string;
}

@ObjectType('AuditChainReport')
export class AuditChainReportModel {
  @Field() intact: boolean;
  @Field(() => Int, { description: 'Entries checked before the break (all of them when intact)' }) entriesChecked: number;
  @Field(() => String, {
    nullable: true,
    description: 'Sequence number of the first entry that does not verify (for a truncation, the first missing one)',
  })
  brokenAtSeq: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'GAP, LINK, CONTENT, VERSION (inside the chain); CHECKPOINT_MISMATCH, TRUNCATED, CHECKPOINT_INVALID (against signed checkpoints)',
  })
  breakKind: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field({ description: 'Sequence number of the last entry walked ("0" for an empty chain)' }) headSeq: string;
  @Field(() => Int, { description: 'Distinct checkpoints the chain was checked against' }) checkpointsGiven: number;
  @Field(() => Int, { description: 'Checkpoints reached whose signed hash matched' }) checkpointsMatched: number;
  @Field(() => String, { nullable: true, description: 'Every entry up to this seq is anchored by a matching signed checkpoint' })
  anchoredThroughSeq: string | null;
  @Field(() => String, {
    description: 'Entries after the last matching checkpoint: intact in themselves, but not yet anchored by a signature',
  })
  entriesAfterLastCheckpoint: string;
}

@ObjectType('AuditCheckpoint', { description: 'A signed head of the audit chain (RFC 6962 signed tree head, for a hash chain).' })
export class AuditCheckpointModel {
  @Field(() => String) seq: string;
  @Field() headHash: string;
  @Field() signedAt: Date;
  @Field({ description: 'Compact JWS (EdDSA, typ audit-checkpoint+jwt) signed by the platform key' }) jws: string;
}
