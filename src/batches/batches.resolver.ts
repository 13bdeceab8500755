import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { BatteryModelModel } from '../battery-models/battery-model.model';
import { notFound } from '../common/errors';
import type { GqlContext } from '../graphql/gql-context';
import { requireId } from '../common/validate';
import { OrganizationModel } from '../organizations/organization.model';
import { PlantModel } from '../parks/park.model';
import { BatchConnection, BatchModel, UnitConnection, UnitCountsModel, UnitIngestResultModel, UnitKindEnum } from './batch.model';
import { BatchEntity } from './batch.entity';
import { BatchesService } from './batches.service';
import { AmendDeclaredCountsInput, BatchFilter, RegisterBatchInput, RegisterUnitsInput } from './dto/batch.inputs';
import type { UnitKind } from '../units/unit-kind';
import { UnitsService } from '../units/units.service';

@Resolver(() => BatchModel)
export class BatchesResolver {
  constructor(
    private readonly service: BatchesService,
    private readonly unitsService: UnitsService,
  ) {}

  @Query(() => BatchModel, { description: 'A batch (its public passport data; units need the owner key).' })
  @Access.public()
  async batch(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<BatchModel> {
    const batch = await ctx.loaders.batch.load(requireId('id', id));
    if (!batch) throw notFound('Batch', id, 'id');
    return batch;
  }

  @Query(() => BatchConnection)
  @Access.public()
  batches(
    @Args('filter', { type: () => BatchFilter, nullable: true }) filter?: BatchFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<BatchConnection> {
    return this.service.batches(filter, first, after);
  }

  @ResolveField(() => BatteryModelModel)
  async model(@Parent() b: BatchModel, @Context() ctx: GqlContext): Promise<BatteryModelModel> {
    return (await ctx.loaders.batteryModel.load(b.modelId))!;
  }

  @ResolveField(() => PlantModel)
  async plant(@Parent() b: BatchModel, @Context() ctx: GqlContext): Promise<PlantModel> {
    return (await ctx.loaders.plant.load(b.plantId))!;
  }

  @ResolveField(() => OrganizationModel)
  async manufacturer(@Parent() b: BatchModel, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    return (await ctx.loaders.organization.load(b.manufacturerId))!;
  }

  @ResolveField(() => UnitCountsModel, { description: 'Registered units by kind (manufacturer only).' })
  unitCounts(@Parent() b: BatchEntity, @Context() ctx: GqlContext): Promise<UnitCountsModel> {
    return this.service.unitCounts(ctx.actor, b);
  }

  @ResolveField(() => UnitConnection, { description: 'Cells, modules and packs of the batch (manufacturer only).' })
  units(
    @Parent() b: BatchEntity,
    @Context() ctx: GqlContext,
    @Args('kind', { type: () => UnitKindEnum, nullable: true }) kind?: UnitKind,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<UnitConnection> {
    return this.service.units(ctx.actor, b, kind, first, after);
  }

  @Mutation(() => BatchModel, { description: 'Registers a batch, optionally with up to 10,000 units.' })
  @Access.organizations(['MANUFACTURER'])
  registerBatch(@CurrentActor() actor: Actor, @Args('input') input: RegisterBatchInput): Promise<BatchModel> {
    return this.service.registerBatch(actor, input);
  }

  @Mutation(() => UnitIngestResultModel, { description: 'Adds up to 10,000 units to a batch; all or nothing, idempotent.' })
  @Access.organizations(['MANUFACTURER'])
  registerUnits(@CurrentActor() actor: Actor, @Args('input') input: RegisterUnitsInput): Promise<UnitIngestResultModel> {
    return this.unitsService.registerUnits(actor, input);
  }

  @Mutation(() => BatchModel, {
    description:
      'Amends the declared unit counts of your batch (audited with a reason); refused once a footprint of the batch is declared and below what is registered.',
  })
  @Access.organizations(['MANUFACTURER'])
  amendDeclaredCounts(@CurrentActor() actor: Actor, @Args('input') input: AmendDeclaredCountsInput): Promise<BatchModel> {
    return this.service.amendDeclaredCounts(actor, input);
  }
}
