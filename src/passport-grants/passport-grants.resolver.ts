import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { GrantPassportAccessInput, RevokePassportAccessInput } from './dto/passport-access-grant.inputs';
import { PassportAccessGrantModel } from './passport-access-grant.model';
import { PassportGrantsService } from './passport-grants.service';

@Resolver(() => PassportAccessGrantModel)
export class PassportGrantsResolver {
  constructor(private readonly service: PassportGrantsService) {}

  @Mutation(() => PassportAccessGrantModel, {
    description:
      "A manufacturer grants an organization the legitimate-interest groups of its model's, batch's or one battery's passports, with a reason (audited).",
  })
  @Access.organizations(['MANUFACTURER'])
  grantPassportAccess(@CurrentActor() actor: Actor, @Args('input') input: GrantPassportAccessInput): Promise<PassportAccessGrantModel> {
    return this.service.grant(actor, input);
  }

  @Mutation(() => PassportAccessGrantModel, {
    description: 'The granting manufacturer ends a passport access grant, with a reason (audited); effective at once.',
  })
  @Access.organizations(['MANUFACTURER'])
  revokePassportAccess(@CurrentActor() actor: Actor, @Args('input') input: RevokePassportAccessInput): Promise<PassportAccessGrantModel> {
    return this.service.revoke(actor, input);
  }

  @Query(() => [PassportAccessGrantModel], {
    description:
      'Passport access grants the caller made (as a manufacturer) or received, revoked ones included, newest first; all of them for the administrator.',
  })
  @Access.authenticated()
  passportAccessGrants(@CurrentActor() actor: Actor): Promise<PassportAccessGrantModel[]> {
    return this.service.grants(actor);
  }
}
