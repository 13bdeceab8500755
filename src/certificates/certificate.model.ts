import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination';

@ObjectType('SigningKey', { description: 'A certifier signing key (Ed25519); the private half never leaves the server' })
export class SigningKeyModel {
  @Field(() => ID) keyId: string;
  @Field() kid: string;
  @Field({ description: 'CURRENT or RETIRED (still published, so that earlier certificates verify)' }) status: string;
  @Field() activeFrom: Date;
  @Field(() => Date, { nullable: true }) retiredAt: Date | null;
  @Field({ description: 'The public key as a JWK (JSON)' }) publicJwk: string;
}

@ObjectType('SigningKeyRotation')
export class SigningKeyRotationModel {
  @Field(() => SigningKeyModel) current: SigningKeyModel;
  @Field(() => SigningKeyModel, { nullable: true }) retired: SigningKeyModel | null;
}

@ObjectType('CertificationRequest', { description: 'A manufacturer’s request that a certifier verify a declared footprint' })
export class CertificationRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) footprintId: string;
  @Field(() => ID) batchId: string;
  @Field(() => ID) manufacturerId: string;
  @Field(() => ID) certifierId: string;
  @Field({ description: 'PENDING, ISSUED or REFUSED' }) status: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => [String], { nullable: true }) refusalReasons: string[] | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => ID, { nullable: true }) certificateId: string | null;
  @Field(() => Int) footprintVersion: number;
  @Field() footprintStatus: string;
  @Field() rulesetId: string;
  @Field(() => Float) kgCo2ePerKWhLifetime: number;
  @Field() inputsSha256: string;
}

@ObjectType()
export class CertificationRequestConnection extends Connection(CertificationRequestModel, 'CertificationRequest') {}

@ObjectType('Certificate', { description: 'A signed carbon footprint certificate (docs/methods/certificates.md)' })
export class CertificateModel {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field(() => ID) requestId: string;
  @Field(() => ID) footprintId: string;
  @Field(() => ID) batchId: string;
  @Field(() => ID) manufacturerId: string;
  @Field(() => ID) certifierId: string;
  @Field() keyId: string;
  @Field(() => Int) statusListIndex: number;
  @Field({ description: 'ACTIVE, SUSPENDED or REVOKED (expiry and supersession: see verifyCertificate)' }) status: string;
  @Field(() => String, { nullable: true }) statusReason: string | null;
  @Field({ description: 'LIMITED or REASONABLE' }) assurance: string;
  @Field(() => Float) materialityPercent: number;
  @Field() verificationStandard: string;
  @Field() opinionType: string;
  @Field() opinion: string;
  @Field() leadVerifier: string;
  @Field() reviewer: string;
  @Field() systemBoundary: string;
  @Field(() => [String]) criteria: string[];
  @Field() footprintSha256: string;
  @Field() issuedAt: Date;
  @Field() validFrom: Date;
  @Field() validUntil: Date;
  @Field({ description: 'The W3C Verifiable Credential 2.0 as a compact JWS (EdDSA)' }) credential: string;
  @Field({ description: 'The public verification page' }) verifyUrl: string;
}

@ObjectType('CertificateStatusChange')
export class CertificateStatusChangeModel {
  @Field(() => CertificateModel) certificate: CertificateModel;
  @Field({ description: 'false when the certificate was already in that state (nothing was written)' }) changed: boolean;
  @Field() message: string;
}

@ObjectType('VerificationCheck')
export class VerificationCheckModel {
  @Field() check: string;
  @Field() ok: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() message: string;
}

@ObjectType('CertificateVerification')
export class CertificateVerificationModel {
  @Field() valid: boolean;
  @Field({
    description:
      'VALID, or the first failure: MALFORMED, UNKNOWN_KID, SIGNATURE, ISSUER_NOT_CERTIFIER, KEY_NOT_CURRENT_AT_ISSUANCE, NOT_YET_VALID, EXPIRED, REVOKED, SUSPENDED, SUPERSEDED, FOOTPRINT_HASH_MISMATCH, STATUS_UNKNOWN',
  })
  status: string;
  @Field() statusText: string;
  @Field(() => [String]) reasons: string[];
  @Field() checkedAt: Date;
  @Field(() => String, { nullable: true }) kid: string | null;
  @Field(() => ID, { nullable: true }) certificateId: string | null;
  @Field(() => [VerificationCheckModel]) checks: VerificationCheckModel[];
}
