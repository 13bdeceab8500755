import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import type { GqlContext } from '../graphql/gql-context';
import { CertificateVerificationService } from './certificate-verification.service';
import { toCertificateModel, toSigningKeyModels, toSigningKeyRotationModel, toVerificationModel } from './certificate-view';
import {
  CertificateModel,
  CertificateStatusChangeModel,
  CertificateVerificationModel,
  CertificationRequestConnection,
  CertificationRequestModel,
  SigningKeyModel,
  SigningKeyRotationModel,
} from './certificate.model';
import { CertificateIssuanceService } from './certificate-issuance.service';
import { CertificateStatusService, StatusChange } from './certificate-status.service';
import { CertificatesService } from './certificates.service';
import { CertificationRequestsService } from './certification-requests.service';
import {
  CertificateStatusInput,
  IssueCertificateInput,
  RefuseCertificationInput,
  RequestCertificationInput,
} from './dto/certificate.inputs';
import { SigningKeysService } from './signing-keys.service';

@Resolver(() => CertificateModel)
export class CertificatesResolver {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly requests: CertificationRequestsService,
    private readonly issuance: CertificateIssuanceService,
    private readonly status: CertificateStatusService,
    private readonly verification: CertificateVerificationService,
    private readonly keys: SigningKeysService,
  ) {}

  private view = (c: Parameters<typeof toCertificateModel>[0]) => toCertificateModel(c, this.certificates.certificateUrl(c.id));
  private change = (s: StatusChange): CertificateStatusChangeModel => ({
    certificate: this.view(s.certificate),
    changed: s.changed,
    message: s.message,
  });

  @Mutation(() => CertificationRequestModel, { description: 'A manufacturer asks a certifier to verify one of its declared footprints' })
  @Access.organizations(['MANUFACTURER'])
  requestCertification(@CurrentActor() actor: Actor, @Args('input') input: RequestCertificationInput): Promise<CertificationRequestModel> {
    return this.requests.requestCertification(actor, input);
  }

  @Query(() => CertificationRequestConnection, { description: 'A certifier’s queue (or a manufacturer’s own requests), oldest first' })
  @Access.organizations(['CERTIFIER', 'MANUFACTURER'], { orAdmin: true })
  certificationRequests(
    @CurrentActor() actor: Actor,
    @Args('status', { nullable: true }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CertificationRequestConnection> {
    return this.requests.certificationRequests(actor, status, first, after);
  }

  @Mutation(() => CertificateModel, { description: 'The addressed certifier issues a signed certificate for a pending request' })
  @Access.organizations(['CERTIFIER'])
  async issueCertificate(@CurrentActor() actor: Actor, @Args('input') input: IssueCertificateInput): Promise<CertificateModel> {
    return this.view(await this.issuance.issueCertificate(actor, input));
  }

  @Mutation(() => CertificationRequestModel, { description: 'The addressed certifier refuses a pending request, with reasons' })
  @Access.organizations(['CERTIFIER'])
  refuseCertification(@CurrentActor() actor: Actor, @Args('input') input: RefuseCertificationInput): Promise<CertificationRequestModel> {
    return this.requests.refuseCertification(actor, input);
  }

  @Mutation(() => CertificateStatusChangeModel, {
    description: 'Revokes a certificate (final; revoking twice changes nothing and says so)',
  })
  @Access.organizations(['CERTIFIER'])
  async revokeCertificate(
    @CurrentActor() actor: Actor,
    @Args('input') input: CertificateStatusInput,
  ): Promise<CertificateStatusChangeModel> {
    return this.change(await this.status.revokeCertificate(actor, input));
  }

  @Mutation(() => CertificateStatusChangeModel, { description: 'Suspends a certificate until it is reinstated' })
  @Access.organizations(['CERTIFIER'])
  async suspendCertificate(
    @CurrentActor() actor: Actor,
    @Args('input') input: CertificateStatusInput,
  ): Promise<CertificateStatusChangeModel> {
    return this.change(await this.status.suspendCertificate(actor, input));
  }

  @Mutation(() => CertificateStatusChangeModel, { description: 'Reinstates a suspended certificate' })
  @Access.organizations(['CERTIFIER'])
  async reinstateCertificate(
    @CurrentActor() actor: Actor,
    @Args('input') input: CertificateStatusInput,
  ): Promise<CertificateStatusChangeModel> {
    return this.change(await this.status.reinstateCertificate(actor, input));
  }

  @Mutation(() => SigningKeyRotationModel, { description: 'Makes a new signing key current; the old one stays published as retired' })
  @Access.organizations(['CERTIFIER'])
  async rotateSigningKey(@CurrentActor() actor: Actor): Promise<SigningKeyRotationModel> {
    return toSigningKeyRotationModel(await this.keys.rotateSigningKey(actor));
  }

  @Query(() => [SigningKeyModel], { description: 'The calling certifier’s signing keys, oldest first' })
  @Access.organizations(['CERTIFIER'])
  async signingKeys(@CurrentActor() actor: Actor): Promise<SigningKeyModel[]> {
    return toSigningKeyModels(await this.keys.signingKeysOf(actor));
  }

  @Query(() => CertificateModel, { description: 'A certificate (public: it is what buyers verify)' })
  @Access.public()
  async certificate(@Args('id', { type: () => ID }) id: string): Promise<CertificateModel> {
    return this.view(await this.certificates.certificate(id));
  }

  @Query(() => CertificateVerificationModel, { description: 'Verifies a certificate credential (compact JWS): each check with its reason' })
  @Access.public()
  async verifyCertificate(@Args('credential') credential: string): Promise<CertificateVerificationModel> {
    return toVerificationModel(await this.verification.verify(credential));
  }
}

@Resolver(() => CertificationRequestModel)
export class CertificationRequestResolver {
  constructor(private readonly requests: CertificationRequestsService) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'The footprint’s inputs document (JSON), for the addressed certifier and the manufacturer',
  })
  footprintInputs(@Parent() r: CertificationRequestModel, @Context() ctx: GqlContext): Promise<string | null> {
    return this.requests.requestInputs(ctx.actor, r as never);
  }
}
