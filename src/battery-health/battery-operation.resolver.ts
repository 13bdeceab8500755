import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { GrantBatteryOperationInput, RevokeBatteryOperationInput } from './dto/battery-operation.inputs';
import { BatteryOperationGrantModel } from './battery-operation.model';
import { BatteryOperationService } from './battery-operation.service';

@Resolver(() => BatteryOperationGrantModel)
export class BatteryOperationResolver {
  constructor(private readonly service: BatteryOperationService) {}

  @Mutation(() => BatteryOperationGrantModel, {
    description:
      "A battery's holder (its manufacturer, or the consignee once delivered) grants a fleet operator the right to write the battery's health readings, with a reason (audited).",
  })
  @Access.authenticated()
  grantBatteryOperation(
    @CurrentActor() actor: Actor,
    @Args('input') input: GrantBatteryOperationInput,
  ): Promise<BatteryOperationGrantModel> {
    return this.service.grant(actor, input);
  }

  @Mutation(() => BatteryOperationGrantModel, {
    description:
      "The granting organization, or the battery's holder now, ends an operation grant, with a reason (audited); effective at once.",
  })
  @Access.authenticated()
  revokeBatteryOperation(
    @CurrentActor() actor: Actor,
    @Args('input') input: RevokeBatteryOperationInput,
  ): Promise<BatteryOperationGrantModel> {
    return this.service.revoke(actor, input);
  }

  @Query(() => [BatteryOperationGrantModel], {
    description:
      'Battery operation grants the caller made or received, revoked ones included, newest first; all of them for the administrator.',
  })
  @Access.authenticated()
  batteryOperationGrants(@CurrentActor() actor: Actor): Promise<BatteryOperationGrantModel[]> {
    return this.service.grants(actor);
  }
}
