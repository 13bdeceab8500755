import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RequestCertificationInput {
  @Field(() => ID, { description: 'A DECLARED footprint of one of your batches' }) footprintId: string;
  @Field(() => ID, { description: 'The certifier organization asked to verify it' }) certifierId: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class IssueCertificateInput {
  @Field(() => ID) requestId: string;
  @Field({ description: 'Level of assurance: LIMITED or REASONABLE (docs/methods/certificates.md)' }) assurance: string;
  @Field(() => Float, { nullable: true, description: 'Materiality in percent (default 5, docs/methods/certificates.md)' })
  materialityPercent?: number | null;
  @Field({ description: 'The verification opinion' }) opinion: string;
  @Field(() => String, { nullable: true, description: 'UNMODIFIED (default), MODIFIED or ADVERSE' }) opinionType?: string | null;
  @Field() leadVerifier: string;
  @Field({ description: 'The independent reviewer (not the lead verifier)' }) reviewer: string;
  @Field(() => Date, { nullable: true, description: 'Default: now' }) validFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Default: one year after validFrom (docs/methods/certificates.md)' })
  validUntil?: Date | null;
  @Field(() => String, { nullable: true }) systemBoundary?: string | null;
  @Field(() => String, { nullable: true }) accreditation?: string | null;
  @Field(() => String, { nullable: true, description: 'EU notified-body number when acting under 2023/1542' }) notifiedBodyNumber?:
    string | null;
}

@InputType()
export class RefuseCertificationInput {
  @Field(() => ID) requestId: string;
  @Field(() => [String]) reasons: string[];
}

@InputType()
export class CertificateStatusInput {
  @Field(() => ID) certificateId: string;
  @Field() reason: string;
}
