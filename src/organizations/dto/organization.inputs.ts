import { Field, ID, InputType } from '@nestjs/graphql';
import type { OrganizationKind } from '../../access/actor';
import { OrganizationKindEnum } from '../organization.model';

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationKindEnum) kind: OrganizationKind;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country?: string | null;
  @Field(() => String, { nullable: true, description: 'GS1 company prefix (6 to 12 digits), for GS1 Digital Link identifiers' })
  gs1CompanyPrefix?: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the first API key (default "default")' }) keyName?: string | null;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID) organizationId: string;
  @Field() name: string;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID) keyId: string;
}
