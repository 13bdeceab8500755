import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'One entry of the hash-chained audit log.' })
export class AuditEventModel {
  @Field(() => String) seq: string;
  @Field() at: Date;
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
  @Field(() => String, { nullable: true, description: 'Sequence number of the first entry that does not verify' }) brokenAtSeq:
    string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}
