import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A published, signed version of a battery model's passport (docs/passport-attributes.md)." })
export class ModelPassportPublicationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) modelId: string;
  @Field(() => Int, { description: '1, 2, 3… per model' }) seq: number;
  @Field({ description: 'SHA-256 (hex) of the signed document: the JWS payload bytes' }) documentSha256: string;
  @Field(() => String, { nullable: true, description: "The previous version's documentSha256; null for the first" })
  previousSha256: string | null;
  @Field({ description: 'Compact JWS (EdDSA) over the document, signed by the platform key (kid = its thumbprint)' }) jws: string;
  @Field({ description: 'The signed document as JSON text' }) documentJson: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() publishedAt: Date;
  @Field(() => ID) publishedBy: string;
}
