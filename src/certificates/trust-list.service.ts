import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWK } from 'jose';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { keyIdUrl } from './did-web';
import { PlatformKeyService } from './platform-key.service';
import { SigningKeysService } from './signing-keys.service';
import { signTrustList, TRUST_LIST_FORMAT, TRUST_LIST_TYPE, TrustListDocument, TrustListPayload } from './trust-anchors';

interface KeyListRow {
  organizationId: string;
  name: string;
  keyId: string | null;
  publicJwk: JWK | null;
  activeFrom: Date | null;
  retiredAt: Date | null;
  at: Date;
}

/**
 * GET /trust/issuers.json (issue 11): every certifier battrace hosts, with its did:web and every
 * signing key it ever had (RFC 7638 thumbprint, public JWK, kid, active-from, retired-at), signed
 * by the platform key and dated by the database clock. Read in one statement, so a rotation is
 * either wholly in it or not at all.
 */
@Injectable()
export class TrustListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: SigningKeysService,
    private readonly platform: PlatformKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async trustList(): Promise<TrustListDocument> {
    const rows: KeyListRow[] = await this.db.query(
      `SELECT o.id AS "organizationId", o.name, k.id AS "keyId", k.public_jwk AS "publicJwk", k.active_from AS "activeFrom",
              k.retired_at AS "retiredAt", statement_timestamp() AS at
         FROM organizations o LEFT JOIN certifier_signing_keys k ON k.organization_id = o.id
        WHERE o.kind = 'CERTIFIER'
        ORDER BY o.id, k.active_from, k.id`,
    );
    const key = await this.platform.current();
    const issuers = new Map<string, TrustListPayload['issuers'][number]>();
    for (const r of rows) {
      let issuer = issuers.get(r.organizationId);
      if (!issuer) {
        issuer = { did: this.keys.did(r.organizationId), organizationId: r.organizationId, name: r.name, keys: [] };
        issuers.set(r.organizationId, issuer);
      }
      if (r.keyId === null || r.publicJwk === null || r.activeFrom === null) continue;
      issuer.keys.push({
        kid: keyIdUrl(issuer.did, r.keyId),
        // A certifier key's id is its RFC 7638 thumbprint (signing-keys.service.ts).
        thumbprint: r.keyId,
        publicJwk: { kty: r.publicJwk.kty, crv: r.publicJwk.crv, x: r.publicJwk.x },
        activeFrom: r.activeFrom.toISOString(),
        retiredAt: r.retiredAt ? r.retiredAt.toISOString() : null,
      });
    }
    const payload: TrustListPayload = {
      type: TRUST_LIST_TYPE,
      publisher: this.config.publicBaseUrl,
      issuedAt: (rows[0]?.at ?? new Date()).toISOString(),
      platformKey: key.thumbprint,
      issuers: [...issuers.values()],
    };
    return {
      format: TRUST_LIST_FORMAT,
      platformKey: { thumbprint: key.thumbprint, publicJwk: key.publicJwk },
      jws: await signTrustList(payload, key),
    };
  }
}
