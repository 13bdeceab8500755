import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { Page } from '../common/pagination';
import { BOUNDS } from '../common/physical-bounds';
import { optionalQuantity } from '../common/validate';
import { CorrectParkEnergyInput } from './dto/correct-park-energy.input';
import { RecordParkEnergyInput } from './dto/record-park-energy.input';
import { EnergyCorrectionsService } from './energy-corrections.service';
import { requireDay } from './energy-supplies';
import { EnergyService, ParkEnergyPeriodView } from './energy.service';
import { ParkEnergyPeriodConnection, ParkEnergyPeriodModel, ZeroCarbonParkTestModel } from './park-energy.model';

@Resolver(() => ParkEnergyPeriodModel)
export class EnergyResolver {
  constructor(
    private readonly service: EnergyService,
    private readonly corrections: EnergyCorrectionsService,
  ) {}

  @Query(() => ParkEnergyPeriodConnection, {
    description: 'Energy periods of a park, oldest first (shares public; meter ids and GEC serials to the park)',
  })
  @Access.public()
  parkEnergyPeriods(
    @CurrentActor() actor: Actor,
    @Args('parkId', { type: () => ID }) parkId: string,
    @Args('from', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) from?: string,
    @Args('to', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) to?: string,
    @Args('includeSuperseded', {
      type: () => Boolean,
      nullable: true,
      description: 'Also list versions that a correction superseded (default: current versions only)',
    })
    includeSuperseded?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Page<ParkEnergyPeriodView>> {
    return this.service.periods(
      actor,
      parkId,
      { from: from ? requireDay('from', from) : null, to: to ? requireDay('to', to) : null, includeSuperseded: includeSuperseded ?? false },
      { first, after },
    );
  }

  @ResolveField(() => ZeroCarbonParkTestModel, { nullable: true, description: 'null when no grid factor is known for GRID power' })
  zeroCarbonPark(
    @Parent() p: ParkEnergyPeriodView,
    @Args('baselineTCo2PerTce', {
      type: () => Float,
      nullable: true,
      description: 'Carbon intensity of an average park today (t CO2/tce); "near-zero" is at most one tenth of it',
    })
    baseline?: number | null,
  ): ZeroCarbonParkTestModel | null {
    optionalQuantity('baselineTCo2PerTce', baseline, BOUNDS.tCo2PerTce);
    if (!p.metrics) return null;
    const m = p.metrics(baseline ?? null);
    return {
      holds: m.zeroCarbonPark,
      directGreenHolds: m.directGreenCondition.holds,
      directGreenShare: m.directGreenCondition.share,
      minimumDirectGreenShare: m.directGreenCondition.minimumShare,
      intensityHolds: m.intensityCondition.holds,
      tCo2PerTce: m.intensityCondition.tCo2PerTce,
      baselineTCo2PerTce: m.intensityCondition.baselineTCo2PerTce,
      maximumTCo2PerTce: m.intensityCondition.maximumTCo2PerTce,
    };
  }

  @Mutation(() => ParkEnergyPeriodModel, {
    description: 'Records a park’s electricity for a period (a manufacturer with a plant in the park, or the administrator).',
  })
  @Access.organizations(['MANUFACTURER'], { orAdmin: true })
  recordParkEnergy(@CurrentActor() actor: Actor, @Args('input') input: RecordParkEnergyInput): Promise<ParkEnergyPeriodView> {
    return this.service.recordParkEnergy(actor, input);
  }

  @Mutation(() => ParkEnergyPeriodModel, {
    description:
      'Supersedes a park-energy period with a corrected version and its reason (audited). Footprints computed before keep the version they used and are flagged.',
  })
  @Access.organizations(['MANUFACTURER'], { orAdmin: true })
  correctParkEnergy(@CurrentActor() actor: Actor, @Args('input') input: CorrectParkEnergyInput): Promise<ParkEnergyPeriodView> {
    return this.corrections.correctParkEnergy(actor, input);
  }
}
