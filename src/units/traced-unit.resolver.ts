import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BatchModel } from '../batches/batch.model';
import type { GqlContext } from '../graphql/gql-context';
import { TracedUnitModel } from './unit.model';
import { tracedUnit } from './unit-rows';

/**
 * Relations of a traced unit, each through a per-request DataLoader: a list of N units asking for
 * their batch and parent costs two statements, not 2N. A TracedUnit is only ever handed to a
 * caller who may see it, and its parent belongs to the same manufacturer (repackUnits refuses
 * anything else), so the parent is visible too; a batch is public passport data.
 */
@Resolver(() => TracedUnitModel)
export class TracedUnitResolver {
  @ResolveField(() => BatchModel)
  async batch(@Parent() u: TracedUnitModel, @Context() ctx: GqlContext): Promise<BatchModel> {
    return (await ctx.loaders.batch.load(u.batchId))!;
  }

  @ResolveField(() => TracedUnitModel, { nullable: true, description: 'The current parent unit' })
  async parent(@Parent() u: TracedUnitModel, @Context() ctx: GqlContext): Promise<TracedUnitModel | null> {
    if (!u.parentId) return null;
    const row = await ctx.loaders.provenance.unit.load(u.parentId.slice('Unit:'.length));
    return row ? tracedUnit(row) : null;
  }
}
