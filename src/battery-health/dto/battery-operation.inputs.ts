import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'The right to write one battery’s live health data, granted by its holder to a fleet operator.' })
export class GrantBatteryOperationInput {
  @Field(() => ID, { description: 'An organization of kind FLEET_OPERATOR' }) operatorOrganizationId: string;
  @Field({ description: "The battery's serial (a PACK unit)" }) serial: string;
  @Field(() => ID, { nullable: true, description: "The battery's manufacturer: needed only where two manufacturers use the serial" })
  manufacturerId?: string | null;
  @Field({
    description:
      'Why the operator writes the data (fleet contract, battery management service …); kept with the grant and in the audit log',
  })
  reason: string;
}

@InputType()
export class RevokeBatteryOperationInput {
  @Field(() => ID) grantId: string;
  @Field({ description: 'Why the operation ends; kept with the grant and in the audit log' }) reason: string;
}
