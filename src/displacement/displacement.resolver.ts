import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { DisplacementRunModel, PackGroupModel, ParkDisplacementSummaryModel } from './displacement.model';
import { DisplacementService } from './displacement.service';
import { RequestDisplacementInput } from './dto/request-displacement.input';

@Resolver(() => DisplacementRunModel)
export class DisplacementResolver {
  constructor(private readonly service: DisplacementService) {}

  @Mutation(() => DisplacementRunModel, {
    description:
      'Queues a lifecycle displacement run (docs/methods/displacement.md) over a batch, a shipment, a park-year or an energy total.',
  })
  @Access.authenticated()
  requestDisplacement(@CurrentActor() actor: Actor, @Args('input') input: RequestDisplacementInput): Promise<DisplacementRunModel> {
    return this.service.request(actor, input);
  }

  @Query(() => DisplacementRunModel, { description: 'A displacement run: status, progress, parameters and result (its requester only).' })
  @Access.authenticated()
  displacementRun(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DisplacementRunModel> {
    return this.service.run(actor, id);
  }

  @Query(() => ParkDisplacementSummaryModel, {
    description:
      'Completed park-year runs of a park and year by market and vehicle class (the administrator: all; a manufacturer: its own).',
  })
  @Access.organizations(['MANUFACTURER'], { orAdmin: true })
  parkDisplacementSummary(
    @CurrentActor() actor: Actor,
    @Args('parkId', { type: () => ID }) parkId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<ParkDisplacementSummaryModel> {
    return this.service.parkSummary(actor, parkId, year);
  }

  @ResolveField(() => [PackGroupModel], { description: 'Pack sizes and embodied factors, per batch, with their sources.' })
  packGroups(@Parent() run: DisplacementRunModel): Promise<PackGroupModel[]> {
    return this.service.packGroups(run.id);
  }
}
