import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { DisassembleInput, MarkRecycledInput, MarkRepurposedInput, RepackUnitsInput } from './dto/unit-lifecycle.inputs';
import { LineageService } from './lineage.service';
import { AggregationChangeModel, UnitLineageModel, UnitMembershipModel, UnitPlacementModel } from './unit.model';
import { UnitLifecycleService } from './unit-lifecycle.service';

@Resolver()
export class UnitLifecycleResolver {
  constructor(
    private readonly lifecycle: UnitLifecycleService,
    private readonly lineage: LineageService,
  ) {}

  @Mutation(() => AggregationChangeModel, { description: 'Moves cells or modules into another module or pack (e.g. a repair).' })
  @Access.organizations(['MANUFACTURER'])
  repackUnits(@CurrentActor() actor: Actor, @Args('input') input: RepackUnitsInput): Promise<AggregationChangeModel> {
    return this.lifecycle.repackUnits(actor, input);
  }

  @Mutation(() => AggregationChangeModel, {
    description:
      'Takes a pack or module apart: the units inside it get no parent. By its manufacturer, or by the consignee once delivered.',
  })
  @Access.organizations(['MANUFACTURER', 'BUYER'])
  disassemble(@CurrentActor() actor: Actor, @Args('input') input: DisassembleInput): Promise<AggregationChangeModel> {
    return this.lifecycle.disassemble(actor, input);
  }

  @Mutation(() => AggregationChangeModel, {
    description: 'Marks a unit REPURPOSED, REUSED or REMANUFACTURED. By its manufacturer, or by the consignee once delivered.',
  })
  @Access.organizations(['MANUFACTURER', 'BUYER'])
  markRepurposed(@CurrentActor() actor: Actor, @Args('input') input: MarkRepurposedInput): Promise<AggregationChangeModel> {
    return this.lifecycle.markRepurposed(actor, input);
  }

  @Mutation(() => AggregationChangeModel, {
    description:
      'Marks a unit and everything inside it WASTE (handed to recycling); final. By its manufacturer, or by the consignee once delivered.',
  })
  @Access.organizations(['MANUFACTURER', 'BUYER'])
  markRecycled(@CurrentActor() actor: Actor, @Args('input') input: MarkRecycledInput): Promise<AggregationChangeModel> {
    return this.lifecycle.markRecycled(actor, input);
  }

  @Query(() => UnitLineageModel, { description: 'cell → module → pack → batch → plant → park → shipments → buyer, in one round trip.' })
  @Access.authenticated()
  unitLineage(
    @CurrentActor() actor: Actor,
    @Args('serial') serial: string,
    @Args('manufacturerId', { type: () => ID, nullable: true }) manufacturerId?: string,
  ): Promise<UnitLineageModel> {
    return this.lineage.unitLineage(actor, serial, manufacturerId);
  }

  @Query(() => UnitPlacementModel, { description: 'Which module and pack a unit sat in at a moment ("on 1 March").' })
  @Access.authenticated()
  unitAt(
    @CurrentActor() actor: Actor,
    @Args('serial') serial: string,
    @Args('at') at: Date,
    @Args('manufacturerId', { type: () => ID, nullable: true }) manufacturerId?: string,
  ): Promise<UnitPlacementModel> {
    return this.lineage.unitAt(actor, serial, at, manufacturerId);
  }

  @Query(() => [UnitMembershipModel], { description: 'Every parent a unit has had, oldest first.' })
  @Access.authenticated()
  unitMemberships(
    @CurrentActor() actor: Actor,
    @Args('serial') serial: string,
    @Args('manufacturerId', { type: () => ID, nullable: true }) manufacturerId?: string,
  ): Promise<UnitMembershipModel[]> {
    return this.lineage.unitMemberships(actor, serial, manufacturerId);
  }
}
