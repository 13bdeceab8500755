import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BatteryOperationGrant', {
  description:
    "The right a battery's holder granted a fleet operator to write the battery's live health data (docs/battery-health.md). Revoked grants stay, with who revoked them, when and why.",
})
export class BatteryOperationGrantModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The battery (a PACK unit)' }) unitId: string;
  @Field({ description: "The battery's serial" }) serial: string;
  @Field(() => ID, { description: "The battery's manufacturer" }) manufacturerId: string;
  @Field(() => ID, { description: 'The fleet operator that writes the readings' }) operatorOrganizationId: string;
  @Field(() => ID, { description: 'The holder that granted: the manufacturer, or the consignee once delivered' })
  grantorOrganizationId: string;
  @Field() reason: string;
  @Field() grantedAt: Date;
  @Field() grantedBy: string;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => String, { nullable: true }) revokedBy: string | null;
  @Field(() => String, { nullable: true }) revokeReason: string | null;
  @Field({ description: 'Not revoked: the operator writes readings now' }) active: boolean;
}
