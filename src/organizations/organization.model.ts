import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANIZATION_KINDS, OrganizationKind } from '../access/actor';

export const OrganizationKindEnum = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, k])) as Record<OrganizationKind, OrganizationKind>;
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });

@ObjectType('Organization', {
  description:
    'A manufacturer, certifier, buyer, forwarder, authority, or a person with a legitimate interest in battery passports (recycler, repairer, second-life or independent operator).',
})
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field(() => OrganizationKindEnum) kind: OrganizationKind;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country: string | null;
  @Field(() => String, { nullable: true }) gs1CompanyPrefix: string | null;
  @Field() createdAt: Date;
}

@ObjectType('ApiKey', { description: 'An API key. The secret itself is shown only once, when created.' })
export class ApiKeyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() name: string;
  @Field({ description: 'The first characters of the key, to tell keys apart' }) prefix: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType()
export class CreateOrganizationPayload {
  @Field(() => OrganizationModel) organization: OrganizationModel;
  @Field(() => ApiKeyModel) key: ApiKeyModel;
  @Field({ description: 'The new API key. Store it now: battrace keeps only its hash.' }) apiKey: string;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKeyModel) key: ApiKeyModel;
  @Field({ description: 'The new API key. Store it now: battrace keeps only its hash.' }) apiKey: string;
}

@ObjectType('Me', { description: 'Who the caller is.' })
export class MeModel {
  @Field({ description: 'ADMIN, ORGANIZATION or ANONYMOUS' }) actorType: string;
  @Field(() => OrganizationModel, { nullable: true }) organization: OrganizationModel | null;
  @Field(() => ID, { nullable: true }) apiKeyId: string | null;
}
