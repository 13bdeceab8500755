import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { notFound } from '../common/errors';
import type { GqlContext } from '../graphql/gql-context';
import { requireId } from '../common/validate';
import { OrganizationModel } from '../organizations/organization.model';
import { CreateParkInput, RegisterPlantInput } from './dto/park.inputs';
import { ParkModel, PlantModel } from './park.model';
import { ParksService } from './parks.service';

@Resolver(() => ParkModel)
export class ParksResolver {
  constructor(private readonly service: ParksService) {}

  @Query(() => [ParkModel])
  @Access.public()
  parks(): Promise<ParkModel[]> {
    return this.service.parks();
  }

  @Query(() => ParkModel)
  @Access.public()
  async park(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<ParkModel> {
    const park = await ctx.loaders.park.load(requireId('id', id));
    if (!park) throw notFound('Park', id, 'id');
    return park;
  }

  @ResolveField(() => [PlantModel])
  plants(@Parent() park: ParkModel): Promise<PlantModel[]> {
    return this.service.plants({ parkId: park.id });
  }

  @Mutation(() => ParkModel, { description: 'Adds a park (administrator or authority).' })
  @Access.organizations(['AUTHORITY'], { orAdmin: true })
  createPark(@CurrentActor() actor: Actor, @Args('input') input: CreateParkInput): Promise<ParkModel> {
    return this.service.createPark(actor, input);
  }
}

@Resolver(() => PlantModel)
export class PlantsResolver {
  constructor(private readonly service: ParksService) {}

  @Query(() => [PlantModel], { description: 'Plants (place of manufacture is public passport data).' })
  @Access.public()
  plants(
    @Args('manufacturerId', { type: () => ID, nullable: true }) manufacturerId?: string,
    @Args('parkId', { type: () => ID, nullable: true }) parkId?: string,
  ): Promise<PlantModel[]> {
    return this.service.plants({ manufacturerId, parkId });
  }

  @Query(() => PlantModel)
  @Access.public()
  async plant(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<PlantModel> {
    const plant = await ctx.loaders.plant.load(requireId('id', id));
    if (!plant) throw notFound('Plant', id, 'id');
    return plant;
  }

  @ResolveField(() => ParkModel)
  async park(@Parent() plant: PlantModel, @Context() ctx: GqlContext): Promise<ParkModel> {
    return (await ctx.loaders.park.load(plant.parkId))!;
  }

  @ResolveField(() => OrganizationModel)
  async manufacturer(@Parent() plant: PlantModel, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    return (await ctx.loaders.organization.load(plant.manufacturerId))!;
  }

  @Mutation(() => PlantModel, { description: 'A manufacturer registers one of its plants.' })
  @Access.organizations(['MANUFACTURER'])
  registerPlant(@CurrentActor() actor: Actor, @Args('input') input: RegisterPlantInput): Promise<PlantModel> {
    return this.service.registerPlant(actor, input);
  }
}
