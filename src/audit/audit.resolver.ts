import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { AuditEventModel } from './audit.model';
import { AuditService } from './audit.service';
import { AuditAccess } from '../access/audit-access.service';

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
}
