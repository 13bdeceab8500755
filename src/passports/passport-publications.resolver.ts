import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { PublishModelPassportInput } from './dto/publish-model-passport.input';
import { ModelPassportPublicationModel } from './model-passport-publication.model';
import { PassportPublicationsService } from './passport-publications.service';

@Resolver(() => ModelPassportPublicationModel)
export class PassportPublicationsResolver {
  constructor(private readonly service: PassportPublicationsService) {}

  @Mutation(() => ModelPassportPublicationModel, {
    description:
      "Publishes the next signed version of a battery model's passport (its manufacturer only); refused while mandatory public attributes are missing.",
  })
  @Access.organizations(['MANUFACTURER'])
  publishModelPassport(
    @CurrentActor() actor: Actor,
    @Args('input') input: PublishModelPassportInput,
  ): Promise<ModelPassportPublicationModel> {
    return this.service.publish(actor, input);
  }
}
