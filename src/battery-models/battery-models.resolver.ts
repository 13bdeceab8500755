import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { notFound } from '../common/errors';
import type { GqlContext } from '../graphql/gql-context';
import { requireId } from '../common/validate';
import { OrganizationModel } from '../organizations/organization.model';
import { BatteryModelModel } from './battery-model.model';
import { BatteryModelsService } from './battery-models.service';
import { RegisterBatteryModelInput, SetBatteryModelGtinInput } from './dto/register-battery-model.input';

@Resolver(() => BatteryModelModel)
export class BatteryModelsResolver {
  constructor(private readonly service: BatteryModelsService) {}

  @Query(() => [BatteryModelModel], { description: 'Battery models (public passport data).' })
  @Access.public()
  batteryModels(@Args('manufacturerId', { type: () => ID, nullable: true }) manufacturerId?: string): Promise<BatteryModelModel[]> {
    return this.service.list(manufacturerId);
  }

  @Query(() => BatteryModelModel)
  @Access.public()
  async batteryModel(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<BatteryModelModel> {
    const m = await ctx.loaders.batteryModel.load(requireId('id', id));
    if (!m) throw notFound('Battery model', id, 'id');
    return m;
  }

  @ResolveField(() => OrganizationModel)
  async manufacturer(@Parent() m: BatteryModelModel, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    return (await ctx.loaders.organization.load(m.manufacturerId))!;
  }

  @Mutation(() => BatteryModelModel)
  @Access.organizations(['MANUFACTURER'])
  registerBatteryModel(@CurrentActor() actor: Actor, @Args('input') input: RegisterBatteryModelInput): Promise<BatteryModelModel> {
    return this.service.register(actor, input);
  }

  @Mutation(() => BatteryModelModel, {
    description: "Records the GTIN of a model's packs (docs/identifiers.md): its manufacturer only; fixed once its batches have units",
  })
  @Access.organizations(['MANUFACTURER'])
  setBatteryModelGtin(@CurrentActor() actor: Actor, @Args('input') input: SetBatteryModelGtinInput): Promise<BatteryModelModel> {
    return this.service.setGtin(actor, input);
  }
}
