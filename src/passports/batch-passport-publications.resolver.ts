import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { BatchPassportPublicationModel } from './batch-passport-publication.model';
import { BatchPassportPublicationsService } from './batch-passport-publications.service';
import { PublishBatchPassportInput } from './dto/publish-batch-passport.input';

@Resolver(() => BatchPassportPublicationModel)
export class BatchPassportPublicationsResolver {
  constructor(private readonly service: BatchPassportPublicationsService) {}

  @Mutation(() => BatchPassportPublicationModel, {
    description:
      "Publishes the next signed version of a batch's passport (its manufacturer only); refused while the batch has no declared footprint or its model no published version.",
  })
  @Access.organizations(['MANUFACTURER'])
  publishBatchPassport(
    @CurrentActor() actor: Actor,
    @Args('input') input: PublishBatchPassportInput,
  ): Promise<BatchPassportPublicationModel> {
    return this.service.publish(actor, input);
  }
}
