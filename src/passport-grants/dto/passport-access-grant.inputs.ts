import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Access to the passports of one model (every battery of it), one batch or one battery: name exactly one.' })
export class GrantPassportAccessInput {
  @Field(() => ID, { description: 'The organization that gains the legitimate-interest groups of the passports' })
  granteeOrganizationId: string;
  @Field(() => ID, { nullable: true, description: 'Every battery of this model of the caller' }) modelId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The batteries of this batch of the caller' }) batchId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "One battery (a PACK) of the caller, by its serial: that battery's passport only, not its batch's",
  })
  serial?: string | null;
  @Field({
    description:
      'Why the organization has a legitimate interest (repair, recycling, repurposing …); kept with the grant and in the audit log',
  })
  reason: string;
}

@InputType()
export class RevokePassportAccessInput {
  @Field(() => ID) grantId: string;
  @Field({ description: 'Why the access ends; kept with the grant and in the audit log' }) reason: string;
}
