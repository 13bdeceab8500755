import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { DisassembleInput, MarkRecycledInput, MarkRepurposedInput, RepackUnitsInput } from '../units/dto/unit-lifecycle.inputs';
import { LineageService } from '../units/lineage.service';
import {
  AggregationChangeModel,
  ProvenanceDirection,
  ProvenanceDirection as ProvenanceDirectionEnum,
  ProvenanceFanOutPageModel,
  ProvenanceGraphModel,
  UnitLineageModel,
  UnitMembershipModel,
  UnitPlacementModel,
} from './provenance.model';
import { ProvenanceService } from './provenance.service';
import { UnitLifecycleService } from '../units/unit-lifecycle.service';

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

@Resolver(() => ProvenanceGraphModel)
export class ProvenanceResolver {
  constructor(private readonly service: ProvenanceService) {}

  @Query(() => ProvenanceGraphModel, {
    description:
      'The provenance graph around a node (ids: `Batch:<uuid>`, `Unit:<number>`, …). `kinds`: node kinds the walk may enter (default all). Pages by `first`/`after`; large fan-outs come back counted in `fanOuts`.',
  })
  @Access.authenticated()
  provenance(
    @CurrentActor() actor: Actor,
    @Args('rootId', { type: () => ID }) rootId: string,
    @Args('direction', { type: () => ProvenanceDirectionEnum, nullable: true }) direction?: ProvenanceDirection,
    @Args('depth', { type: () => Int, nullable: true }) depth?: number,
    @Args('kinds', { type: () => [String], nullable: true }) kinds?: string[],
    @Args('at', { type: () => Date, nullable: true }) at?: Date,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ProvenanceGraphModel> {
    return this.service.provenance(actor, { rootId, direction, depth, kinds, at, first, after });
  }

  @Query(() => ProvenanceFanOutPageModel, { description: 'The members of a fan-out summarised by `provenance`, in pages.' })
  @Access.authenticated()
  provenanceFanOut(
    @CurrentActor() actor: Actor,
    @Args('cursor') cursor: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<ProvenanceFanOutPageModel> {
    return this.service.fanOut(actor, cursor, first);
  }
}
