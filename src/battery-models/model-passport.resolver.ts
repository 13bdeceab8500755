import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { RecordModelPassportDataInput } from './dto/record-model-passport-data.input';
import { ModelPassportVersionModel } from './model-passport-version.model';
import { ModelPassportService } from './model-passport.service';

@Resolver(() => ModelPassportVersionModel)
export class ModelPassportResolver {
  constructor(private readonly service: ModelPassportService) {}

  @Mutation(() => ModelPassportVersionModel, {
    description:
      "Records a new version of a battery model's passport data (its manufacturer only); fields not given keep their latest value.",
  })
  @Access.organizations(['MANUFACTURER'])
  recordModelPassportData(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordModelPassportDataInput,
  ): Promise<ModelPassportVersionModel> {
    return this.service.record(actor, input);
  }

  @Query(() => [ModelPassportVersionModel], { description: "Every version of a battery model's passport data, oldest first." })
  @Access.organizations(['MANUFACTURER'], { orAdmin: true })
  modelPassportVersions(
    @CurrentActor() actor: Actor,
    @Args('modelId', { type: () => ID }) modelId: string,
  ): Promise<ModelPassportVersionModel[]> {
    return this.service.versions(actor, modelId);
  }
}
