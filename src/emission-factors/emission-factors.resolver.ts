import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { notFound } from '../common/errors';
import { AddEmissionFactorInput } from './dto/add-emission-factor.input';
import { EmissionFactorConnection, EmissionFactorFilter, EmissionFactorModel } from './emission-factor.model';
import { EmissionFactorsService } from './emission-factors.service';

@Resolver(() => EmissionFactorModel)
export class EmissionFactorsResolver {
  constructor(private readonly service: EmissionFactorsService) {}

  @Query(() => EmissionFactorConnection, {
    description: 'The emission factor library (newest versions unless allVersions), with sources, by kind and code.',
  })
  @Access.public()
  emissionFactors(
    @Args('filter', { type: () => EmissionFactorFilter, nullable: true }) filter?: EmissionFactorFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<EmissionFactorConnection> {
    return this.service.list(filter, first, after);
  }

  @Query(() => EmissionFactorModel)
  @Access.public()
  async emissionFactor(@Args('id', { type: () => ID }) id: string): Promise<EmissionFactorModel> {
    const f = await this.service.byId(id);
    if (!f) throw notFound('Emission factor', id, 'id');
    return f;
  }

  @Mutation(() => EmissionFactorModel, {
    description: 'Adds a factor or a new version of one (administrator). Existing rows never change.',
  })
  @Access.admin()
  addEmissionFactor(@CurrentActor() actor: Actor, @Args('input') input: AddEmissionFactorInput): Promise<EmissionFactorModel> {
    return this.service.add(actor, input);
  }
}
