import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { PassportCompletenessModel } from './passport-completeness.model';
import { PassportsService } from './passports.service';

@Resolver()
export class PassportsResolver {
  constructor(private readonly passports: PassportsService) {}

  @Query(() => PassportCompletenessModel, {
    nullable: true,
    description:
      "What a batch's passport still lacks, for its manufacturer and the administrator; null when its battery needs no passport.",
  })
  @Access.organizations(['MANUFACTURER'], { orAdmin: true })
  passportCompleteness(
    @CurrentActor() actor: Actor,
    @Args('batchId', { type: () => ID }) batchId: string,
  ): Promise<PassportCompletenessModel | null> {
    return this.passports.completeness(actor, batchId);
  }
}
