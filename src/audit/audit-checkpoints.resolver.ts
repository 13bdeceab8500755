import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../access/access.decorator';
import { badInput } from '../common/errors';
import { AuditChainReportModel, AuditCheckpointModel } from './audit.model';
import { AuditCheckpointsService } from './audit-checkpoints.service';

const MAX_PAGE = 1000;
const MAX_GIVEN = 100_000;

@Resolver()
export class AuditCheckpointsResolver {
  constructor(private readonly checkpoints: AuditCheckpointsService) {}

  @Query(() => AuditChainReportModel, {
    description:
      'Recomputes the whole chain and checks it against signed checkpoints: the ones given (compact JWSs kept outside this database), or else every stored one. Reports where it breaks, if anywhere.',
  })
  @Access.admin()
  async verifyAuditChain(
    @Args('checkpoints', { type: () => [String], nullable: true }) checkpoints: string[] | null,
  ): Promise<AuditChainReportModel> {
    if (checkpoints && checkpoints.length > MAX_GIVEN) throw badInput('checkpoints', `at most ${MAX_GIVEN} checkpoints`);
    const r = await this.checkpoints.verify(checkpoints ?? null);
    return {
      intact: r.intact,
      entriesChecked: r.entries,
      brokenAtSeq: r.break?.seq ?? null,
      breakKind: r.break?.kind ?? null,
      reason: r.break?.reason ?? null,
      headSeq: r.headSeq,
      checkpointsGiven: r.checkpointsGiven,
      checkpointsMatched: r.checkpointsMatched,
      anchoredThroughSeq: r.anchoredThroughSeq,
      entriesAfterLastCheckpoint: (BigInt(r.headSeq) - BigInt(r.anchoredThroughSeq ?? '0')).toString(),
    };
  }

  @Query(() => [AuditCheckpointModel], {
    description: 'The signed checkpoints of the audit chain, oldest first (export them to keep a copy outside).',
  })
  @Access.admin()
  async auditCheckpoints(
    @Args('afterSeq', { type: () => String, nullable: true }) afterSeq: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
  ): Promise<AuditCheckpointModel[]> {
    const after = afterSeq ?? null;
    if (after !== null && !/^(0|[1-9][0-9]{0,18})$/.test(after))
      throw badInput('afterSeq', 'expected a sequence number (a non-negative integer)');
    const limit = first ?? MAX_PAGE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw badInput('first', `expected 1 to ${MAX_PAGE}`);
    return this.checkpoints.list(after, limit);
  }

  @Mutation(() => AuditCheckpointModel, {
    description: "Signs the chain's current head now (unless the latest checkpoint already covers it) and returns that checkpoint.",
  })
  @Access.admin()
  async signAuditCheckpoint(): Promise<AuditCheckpointModel> {
    return this.checkpoints.signNow();
  }
}
