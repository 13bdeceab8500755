import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PassportAccessGrant', {
  description:
    'Access a manufacturer granted an organization to the legitimate-interest groups of the passports of one of its models, batches or batteries (docs/passport-attributes.md). Revoked grants stay, with who revoked them, when and why.',
})
export class PassportAccessGrantModel {
  @Field(() => ID) id: string;
  @Field(() => ID) manufacturerId: string;
  @Field(() => ID) granteeOrganizationId: string;
  @Field(() => ID, { nullable: true }) modelId: string | null;
  @Field(() => ID, { nullable: true }) batchId: string | null;
  @Field(() => ID, { nullable: true, description: 'The one battery (unit id) the grant covers' }) unitId: string | null;
  @Field(() => String, { nullable: true, description: 'The serial of the one battery the grant covers' }) serial: string | null;
  @Field() reason: string;
  @Field() grantedAt: Date;
  @Field({ description: 'Who granted: the manufacturer organization id' }) grantedBy: string;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => String, { nullable: true }) revokedBy: string | null;
  @Field(() => String, { nullable: true }) revokeReason: string | null;
  @Field({ description: 'Not revoked: the grantee reads the passports now' }) active: boolean;
}
