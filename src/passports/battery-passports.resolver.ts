import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { BatteryPassportPage } from './battery-passport.model';
import { BatteryPassportsService } from './battery-passports.service';

/**
 * Battery passports over GraphQL as JSON text (the schema has no JSON scalar; `valuesJson` of
 * modelPassportVersions is the precedent): the same document, filtered the same way, as
 * GET /passports/batteries/:passportId.
 */
@Resolver()
export class BatteryPassportsResolver {
  constructor(private readonly batteries: BatteryPassportsService) {}

  @Query(() => String, {
    description:
      "A battery's passport as JSON text, filtered per attribute by the caller's access groups (the answer of GET /passports/batteries/:passportId).",
  })
  @Access.public()
  async batteryPassport(@CurrentActor() actor: Actor, @Args('passportId', { type: () => ID }) passportId: string): Promise<string> {
    return JSON.stringify(await this.batteries.byPassportId(actor, passportId));
  }

  @Query(() => BatteryPassportPage, { description: 'The current passport of each pack of a batch, as JSON text, in pack order.' })
  @Access.public()
  batteryPassports(
    @CurrentActor() actor: Actor,
    @Args('batchId', { type: () => ID }) batchId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<BatteryPassportPage> {
    return this.batteries.page(actor, batchId, first, after);
  }
}
