import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { BatchModel } from '../batches/batch.model';
import type { GqlContext } from '../graphql/gql-context';
import { requireId } from '../common/validate';
import { EmissionFactorModel } from '../emission-factors/emission-factor.model';
import { EmissionFactorsService } from '../emission-factors/emission-factors.service';
import { CalculateFootprintInput, DeclareFootprintInput } from './dto/footprint.inputs';
import { RecordFootprintInputsInput } from './dto/record-footprint-inputs.input';
import { FootprintInputsModel } from './footprint-inputs.model';
import { FootprintInputsService } from './footprint-inputs.service';
import { toComparisonEntryModel, toFootprintModel, toRollupModel, toRulesetModel } from './footprint-view';
import {
  FootprintEnergyPeriodModel,
  FootprintModel,
  FootprintRecomputationModel,
  FootprintRollupModel,
  RulesetComparisonModel,
  RulesetModel,
} from './footprint.model';
import { FootprintsService } from './footprints.service';
import { RULESET_IDS, RULESETS } from './rulesets';

@Resolver(() => FootprintModel)
export class FootprintsResolver {
  constructor(
    private readonly service: FootprintsService,
    private readonly inputs: FootprintInputsService,
    private readonly factorLibrary: EmissionFactorsService,
  ) {}

  @Query(() => [RulesetModel], {
    description: 'The footprint rulesets (docs/methods/electricity.md, docs/methods/footprint.md) and their parameters',
  })
  @Access.public()
  rulesets(): RulesetModel[] {
    return RULESET_IDS.map((id) => toRulesetModel(RULESETS[id]));
  }

  @Query(() => FootprintModel, { description: 'A footprint version: public once declared, else owner and administrator' })
  @Access.public()
  async footprint(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<FootprintModel> {
    return toFootprintModel(await this.service.footprint(actor, id));
  }

  @Query(() => [FootprintModel], { description: 'Footprint versions of a batch the caller may see, newest first' })
  @Access.public()
  async footprints(@CurrentActor() actor: Actor, @Args('batchId', { type: () => ID }) batchId: string): Promise<FootprintModel[]> {
    return (await this.service.footprints(actor, batchId)).map(toFootprintModel);
  }

  @Query(() => FootprintInputsModel, {
    nullable: true,
    description: 'The newest footprint inputs of a batch (the owner, a certifier it asked to certify the batch, the administrator)',
  })
  @Access.authenticated()
  footprintInputs(
    @CurrentActor() actor: Actor,
    @Args('batchId', { type: () => ID }) batchId: string,
  ): Promise<FootprintInputsModel | null> {
    return this.inputs.latest(actor, batchId);
  }

  @Query(() => RulesetComparisonModel, {
    description:
      'One batch under every ruleset side by side; nothing is written (the owner, a certifier it asked to certify the batch, the administrator)',
  })
  @Access.authenticated()
  async compareRulesets(
    @CurrentActor() actor: Actor,
    @Args('batchId', { type: () => ID }) batchId: string,
  ): Promise<RulesetComparisonModel> {
    const c = await this.service.compareRulesets(actor, batchId);
    return {
      batchId: c.batchId,
      nationalAverageKgCo2ePerKWh: c.nationalAverageKgCo2ePerKWh,
      entries: c.entries.map(toComparisonEntryModel),
    };
  }

  @Query(() => [FootprintRollupModel], {
    description: 'Declared footprints of a model at a plant, per ruleset, weighted by delivered energy',
  })
  @Access.public()
  async footprintRollup(
    @Args('modelId', { type: () => ID }) modelId: string,
    @Args('plantId', { type: () => ID }) plantId: string,
    @Args('rulesetId', { type: () => String, nullable: true }) rulesetId?: string,
  ): Promise<FootprintRollupModel[]> {
    return (await this.service.rollup(modelId, plantId, rulesetId)).map(toRollupModel);
  }

  @Query(() => FootprintRecomputationModel, {
    description: 'Recomputes a stored footprint from its stored inputs: same numbers, same hash',
  })
  @Access.public()
  recomputeFootprint(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<FootprintRecomputationModel> {
    return this.service.recompute(actor, id);
  }

  @ResolveField(() => BatchModel)
  async batch(@Parent() f: FootprintModel, @Context() ctx: GqlContext): Promise<BatchModel> {
    return (await ctx.loaders.batch.load(f.batchId))!;
  }

  @ResolveField(() => [FootprintEnergyPeriodModel], {
    description: 'The park-energy period versions the footprint was computed from, with the current version of each',
  })
  energyPeriods(@Parent() f: FootprintModel): Promise<FootprintEnergyPeriodModel[]> {
    return this.service.energyPeriodsOf(f.id);
  }

  @ResolveField(() => Boolean, {
    description: 'A correction superseded a park-energy period this footprint used (see energyPeriods): its owner can recalculate',
  })
  async energyInputsSuperseded(@Parent() f: FootprintModel): Promise<boolean> {
    return (await this.service.energyPeriodsOf(f.id)).some((p) => p.superseded);
  }

  @ResolveField(() => [EmissionFactorModel], { description: 'Every factor row the footprint used' })
  async factors(@Parent() f: FootprintModel): Promise<EmissionFactorModel[]> {
    const rows = await this.service.factorsOf(f.id);
    return Promise.all(rows.map(async (r) => (await this.factorLibrary.byId(r.id))!));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The stored footprint document (canonical JSON): inputs, evidence, factor rows. The batch owner, a certifier it asked to certify the batch, and the administrator; null for others',
  })
  async inputsDocument(@Parent() f: FootprintModel, @Context() ctx: GqlContext): Promise<string | null> {
    const doc = await this.service.inputsDocument(ctx.actor, f);
    return doc === null ? null : JSON.stringify(doc);
  }

  @Mutation(() => FootprintInputsModel, { description: 'Records (a new version of) the footprint inputs of one of your batches' })
  @Access.organizations(['MANUFACTURER'])
  recordFootprintInputs(@CurrentActor() actor: Actor, @Args('input') input: RecordFootprintInputsInput): Promise<FootprintInputsModel> {
    return this.inputs.record(actor, input);
  }

  @Mutation(() => FootprintModel, { description: 'Calculates a new footprint version of a batch under a ruleset (owner or administrator)' })
  @Access.organizations(['MANUFACTURER'], { orAdmin: true })
  async calculateFootprint(@CurrentActor() actor: Actor, @Args('input') input: CalculateFootprintInput): Promise<FootprintModel> {
    return toFootprintModel(await this.service.calculateFootprint(actor, input));
  }

  @Mutation(() => FootprintModel, { description: 'Declares (freezes for certification) the newest footprint version of your batch' })
  @Access.organizations(['MANUFACTURER'])
  async declareFootprint(@CurrentActor() actor: Actor, @Args('input') input: DeclareFootprintInput): Promise<FootprintModel> {
    return toFootprintModel(await this.service.declareFootprint(actor, input));
  }
}

/** Adds the carbon footprint to the Batch type (public passport data once declared). */
@Resolver(() => BatchModel)
export class BatchFootprintResolver {
  @ResolveField(() => FootprintModel, { nullable: true, description: 'The newest declared carbon footprint of the batch' })
  async declaredFootprint(@Parent() b: BatchModel, @Context() ctx: GqlContext): Promise<FootprintModel | null> {
    const f = await ctx.loaders.footprints.declaredByBatch.load(requireId('id', b.id));
    return f ? toFootprintModel(f) : null;
  }
}
