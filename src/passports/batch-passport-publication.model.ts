import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A published, signed version of a batch's passport (docs/passport-attributes.md)." })
export class BatchPassportPublicationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) batchId: string;
  @Field(() => Int, { description: '1, 2, 3… per batch' }) seq: number;
  @Field({ description: 'SHA-256 (hex) of the signed document: the JWS payload bytes' }) documentSha256: string;
  @Field(() => String, { nullable: true, description: "The previous version's documentSha256; null for the first" })
  previousSha256: string | null;
  @Field(() => Int, { description: "The model's passport version it builds on (its newest when published)" }) modelSeq: number;
  @Field({ description: "That model version's documentSha256" }) modelSha256: string;
  @Field({ description: 'Compact JWS (EdDSA) over the document, signed by the platform key (kid = its thumbprint)' }) jws: string;
  @Field({ description: 'The signed document as JSON text' }) documentJson: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() publishedAt: Date;
  @Field(() => ID) publishedBy: string;
}
