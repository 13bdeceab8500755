import type { INestApplicationContext } from '@nestjs/common';
import type { Actor } from '../access/actor';
import { CertificateIssuanceService } from './certificate-issuance.service';
import { CertificationRequestsService } from './certification-requests.service';

/**
 * Demo world (issue 5): the demo LFP manufacturer asks the demo certifier to verify the demo LFP
 * batch's declared footprint, and the certifier issues a limited-assurance certificate
 * (materiality 5% and one-year validity: the defaults of docs/methods/certificates.md) through the real service.
 */
export async function seedDemoCertificate(
  app: INestApplicationContext,
  manufacturer: Actor,
  certifier: Actor,
  footprintId: string,
): Promise<{ certificateId: string }> {
  if (certifier.type !== 'ORGANIZATION') throw new Error('the demo certificate is issued by an organization');
  const request = await app.get(CertificationRequestsService).requestCertification(manufacturer, {
    footprintId,
    certifierId: certifier.organizationId,
    note: 'Demo: verification of the March 2026 LFP batch footprint for export to the EU',
  });
  const cert = await app.get(CertificateIssuanceService).issueCertificate(certifier, {
    requestId: request.id,
    assurance: 'LIMITED',
    opinionType: 'UNMODIFIED',
    opinion:
      'Based on the procedures performed and the evidence obtained, nothing has come to our attention that causes us to believe that the carbon footprint is not fairly stated, in all material respects, in accordance with the criteria.',
    leadVerifier: 'Demo lead verifier',
    reviewer: 'Demo independent reviewer',
    accreditation: 'Demo accreditation (not a real accreditation)',
  });
  return { certificateId: cert.id };
}
