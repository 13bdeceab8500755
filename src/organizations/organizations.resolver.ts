import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import type { GqlContext } from '../graphql/gql-context';
import { CreateApiKeyInput, CreateOrganizationInput, RevokeApiKeyInput } from './dto/organization.inputs';
import {
  ApiKeyModel,
  CreateApiKeyPayload,
  CreateOrganizationPayload,
  MeModel,
  OrganizationKindEnum,
  OrganizationModel,
} from './organization.model';
import { OrganizationsService } from './organizations.service';
import type { OrganizationKind } from '../access/actor';
import { ID } from '@nestjs/graphql';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => MeModel, { description: 'Who the caller is (works without a key: ANONYMOUS).' })
  @Access.public()
  async me(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<MeModel> {
    if (actor.type !== 'ORGANIZATION') return { actorType: actor.type, organization: null, apiKeyId: null };
    return { actorType: actor.type, organization: await ctx.loaders.organization.load(actor.organizationId), apiKeyId: actor.apiKeyId };
  }

  @Query(() => [OrganizationModel], { description: 'Organizations on the platform (names and kinds are public).' })
  @Access.public()
  organizations(@Args('kind', { type: () => OrganizationKindEnum, nullable: true }) kind?: OrganizationKind): Promise<OrganizationModel[]> {
    return this.service.organizations(kind);
  }

  @Query(() => [ApiKeyModel], { description: 'API keys of an organization (administrator only).' })
  @Access.admin()
  apiKeys(@Args('organizationId', { type: () => ID }) organizationId: string): Promise<ApiKeyModel[]> {
    return this.service.apiKeys(organizationId);
  }

  @Mutation(() => CreateOrganizationPayload)
  @Access.admin()
  createOrganization(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationInput): Promise<CreateOrganizationPayload> {
    return this.service.createOrganization(actor, input);
  }

  @Mutation(() => CreateApiKeyPayload)
  @Access.admin()
  createApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    return this.service.createApiKey(actor, input);
  }

  @Mutation(() => ApiKeyModel, { description: 'The administrator revokes any key; an organization revokes its own.' })
  @Access.authenticated()
  revokeApiKey(@CurrentActor() actor: Actor, @Args('input') input: RevokeApiKeyInput): Promise<ApiKeyModel> {
    return this.service.revokeApiKey(actor, input);
  }
}
