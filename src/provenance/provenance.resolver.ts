import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import {
  ProvenanceDirection,
  ProvenanceDirection as ProvenanceDirectionEnum,
  ProvenanceFanOutPageModel,
  ProvenanceGraphModel,
} from './provenance.model';
import { ProvenanceService } from './provenance.service';

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
