import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { BatchModel } from '../batches/batch.model';
import type { GqlContext } from '../graphql/gql-context';
import { OrganizationModel } from '../organizations/organization.model';
import { LITHIUM_UN_NUMBERS } from './dangerous-goods';
import {
  AssignForwarderInput,
  CorrectShipmentEventInput,
  CreateShipmentInput,
  RecordShipmentEventInput,
  ShipmentFilter,
} from './dto/shipment.inputs';
import { formatImoNumber } from './imo-number';
import { formatIncoterm } from './incoterms';
import { ShipmentEntity, ShipmentEventEntity } from './shipment.entity';
import { ShipmentEventsService } from './shipment-events.service';
import {
  DangerousGoodsModel,
  PortModel,
  ShipmentCargoLineModel,
  ShipmentConnection,
  ShipmentContainerModel,
  ShipmentEventCorrectionModel,
  ShipmentEventModel,
  ShipmentLegModel,
  ShipmentModel,
  ShipmentLegFactorModel,
} from './shipment.model';
import { ShipmentsService } from './shipments.service';

@Resolver(() => ShipmentModel)
export class ShipmentsResolver {
  constructor(
    private readonly service: ShipmentsService,
    private readonly eventsService: ShipmentEventsService,
  ) {}

  @Query(() => ShipmentModel, { description: 'A shipment, for its manufacturer, its consignee and its assigned forwarders.' })
  @Access.authenticated()
  shipment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ShipmentModel> {
    return this.service.visibleShipment(actor, id);
  }

  @Query(() => ShipmentConnection, { description: 'The shipments the caller is a party to, newest first.' })
  @Access.organizations(['MANUFACTURER', 'BUYER', 'FORWARDER'], { orAdmin: true })
  shipments(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ShipmentFilter, nullable: true }) filter?: ShipmentFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ShipmentConnection> {
    return this.service.shipments(actor, filter, first, after);
  }

  @Mutation(() => ShipmentModel, { description: 'A manufacturer books a shipment of its batches; transport emissions are computed.' })
  @Access.organizations(['MANUFACTURER'])
  createShipment(@CurrentActor() actor: Actor, @Args('input') input: CreateShipmentInput): Promise<ShipmentModel> {
    return this.service.createShipment(actor, input);
  }

  @Mutation(() => ShipmentModel, {
    description: 'The manufacturer or an assigned forwarder records what happened, in its place by event time (a missed event late).',
  })
  @Access.organizations(['MANUFACTURER', 'FORWARDER'])
  recordShipmentEvent(@CurrentActor() actor: Actor, @Args('input') input: RecordShipmentEventInput): Promise<ShipmentModel> {
    return this.eventsService.recordEvent(actor, input);
  }

  @Mutation(() => ShipmentModel, {
    description: 'Whoever may record the shipment’s events corrects a wrong one, with a reason; the original stays, marked as corrected.',
  })
  @Access.organizations(['MANUFACTURER', 'FORWARDER'])
  correctShipmentEvent(@CurrentActor() actor: Actor, @Args('input') input: CorrectShipmentEventInput): Promise<ShipmentModel> {
    return this.eventsService.correctEvent(actor, input);
  }

  @Mutation(() => ShipmentModel, { description: 'The manufacturer lets a forwarder see the shipment and record its events.' })
  @Access.organizations(['MANUFACTURER'])
  assignForwarder(@CurrentActor() actor: Actor, @Args('input') input: AssignForwarderInput): Promise<ShipmentModel> {
    return this.service.assignForwarder(actor, input);
  }

  @ResolveField(() => String, { description: 'e.g. FOB Tianjin Incoterms 2020' })
  incoterm(@Parent() s: ShipmentEntity): string {
    return formatIncoterm({ rule: s.incotermRule, namedPlace: s.incotermPlace, version: s.incotermVersion as '2020' });
  }

  @ResolveField(() => String, { description: 'e.g. IMO 9319466' })
  vesselImo(@Parent() s: ShipmentEntity): string {
    return formatImoNumber(s.vesselImo);
  }

  @ResolveField(() => DangerousGoodsModel)
  dangerousGoods(@Parent() s: ShipmentEntity): DangerousGoodsModel {
    return { unNumber: s.unNumber, dgClass: s.dgClass, description: LITHIUM_UN_NUMBERS[s.unNumber], un383TestSummary: s.un383TestSummary };
  }

  @ResolveField(() => OrganizationModel)
  async manufacturer(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    return (await ctx.loaders.organization.load(s.manufacturerId))!;
  }

  @ResolveField(() => OrganizationModel)
  async consignee(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<OrganizationModel> {
    return (await ctx.loaders.organization.load(s.consigneeId))!;
  }

  @ResolveField(() => [OrganizationModel], { description: 'Forwarders assigned to the shipment' })
  async forwarders(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<OrganizationModel[]> {
    const ids = await ctx.loaders.shipments.forwarderIds.load(s.id);
    return (await ctx.loaders.organization.loadMany(ids)).filter((o): o is OrganizationModel => !!o && !(o instanceof Error));
  }

  @ResolveField(() => PortModel)
  async loadingPort(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<PortModel> {
    return (await ctx.loaders.shipments.port.load(s.portOfLoading))!;
  }

  @ResolveField(() => PortModel)
  async dischargePort(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<PortModel> {
    return (await ctx.loaders.shipments.port.load(s.portOfDischarge))!;
  }

  @ResolveField(() => [ShipmentContainerModel])
  containers(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<ShipmentContainerModel[]> {
    return ctx.loaders.shipments.containers.load(s.id);
  }

  @ResolveField(() => [ShipmentCargoLineModel])
  cargoLines(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<ShipmentCargoLineModel[]> {
    return ctx.loaders.shipments.cargoLines.load(s.id);
  }

  @ResolveField(() => [ShipmentLegModel])
  legs(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<ShipmentLegModel[]> {
    return ctx.loaders.shipments.legs.load(s.id);
  }

  @ResolveField(() => [ShipmentEventModel])
  events(@Parent() s: ShipmentEntity, @Context() ctx: GqlContext): Promise<ShipmentEventModel[]> {
    return ctx.loaders.shipments.events.load(s.id);
  }
}

@Resolver(() => ShipmentEventModel)
export class ShipmentEventsResolver {
  @ResolveField(() => ShipmentEventCorrectionModel, { nullable: true, description: 'Set when the event was corrected' })
  correction(@Parent() e: ShipmentEventEntity): ShipmentEventCorrectionModel | null {
    if (!e.correctedAt) return null;
    return {
      correctedAt: e.correctedAt,
      correctedByType: e.correctedByType!,
      correctedById: e.correctedById,
      reason: e.correctionReason!,
      correctiveEventId: e.correctiveEventId,
    };
  }
}

@Resolver(() => ShipmentCargoLineModel)
export class ShipmentCargoLinesResolver {
  @ResolveField(() => BatchModel, { description: 'The batch (its public passport data)' })
  async batch(@Parent() l: ShipmentCargoLineModel, @Context() ctx: GqlContext): Promise<BatchModel> {
    return (await ctx.loaders.batch.load(l.batchId))!;
  }
}

@Resolver(() => ShipmentLegModel)
export class ShipmentLegsResolver {
  @ResolveField(() => ShipmentLegFactorModel, { nullable: true, description: 'The emission factor row used, when not overridden' })
  async factor(@Parent() l: ShipmentLegModel, @Context() ctx: GqlContext): Promise<ShipmentLegFactorModel | null> {
    return l.factorId ? ctx.loaders.shipments.factor.load(l.factorId) : null;
  }
}
