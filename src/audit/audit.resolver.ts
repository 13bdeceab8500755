import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { AuditChainReportModel, AuditEventModel } from './audit.model';
import { AuditService } from './audit.service';
import { AuditAccess } from './audit-access.service';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly access: AuditAccess,
  ) {}

  @Query(() => [AuditEventModel], { description: 'The audit entries about one subject, oldest first.' })
  @Access.authenticated()
  async auditTrail(@CurrentActor() actor: Actor, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<AuditEventModel[]> {
    await this.access.assertCanReadTrail(actor, subjectId);
    return this.audit.trail(subjectId);
  }

  @Query(() => AuditChainReportModel, { description: 'Recomputes the whole chain and reports where it breaks, if anywhere.' })
  @Access.admin()
  async verifyAuditChain(): Promise<AuditChainReportModel> {
    const r = await this.audit.verifyChain();
    return { intact: r.intact, entriesChecked: r.entries, brokenAtSeq: r.break?.seq ?? null, reason: r.break?.reason ?? null };
  }
}
