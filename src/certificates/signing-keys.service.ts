import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { createPrivateKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorId } from '../access/actor';
import { signingKeyHolder } from '../access/certificate-access';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import type { KnownKey } from './credential';
import { buildDidDocument, DidDocument } from './did-document';
import { certifierDid, keyIdUrl, parseCertifierKid } from './did-web';
import { unwrapPrivateKey, wrapPrivateKey } from './key-encryption';

export interface SigningKeyRow {
  keyId: string;
  organizationId: string;
  publicJwk: JWK;
  status: 'CURRENT' | 'RETIRED';
  activeFrom: Date;
  retiredAt: Date | null;
}

export interface CurrentKey {
  keyId: string;
  kid: string;
  did: string;
  privateKey: KeyObject;
  activeFrom: Date;
}

const KEY_COLS = `id AS "keyId", organization_id AS "organizationId", public_jwk AS "publicJwk", status,
  active_from AS "activeFrom", retired_at AS "retiredAt"`;

/**
 * Certifiers' Ed25519 signing keys (issue 5, docs/methods/certificates.md): generated with node:crypto, the
 * public half published as a JWK (key id = its RFC 7638 thumbprint), the private half stored
 * wrapped under CERT_KEK. Exactly one key per certifier is CURRENT; rotation retires it (kept
 * and published) and makes a new one current, under a row lock shared with issuance so that a
 * certificate is never signed by a key retired before its issue time.
 */
@Injectable()
export class SigningKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.didPrefix = certifierDid(config.publicBaseUrl, '');
  }

  private readonly didPrefix: string;

  /** did:web:<host>:certifiers:<orgId>, the host part worked out once from PUBLIC_BASE_URL. */
  did(organizationId: string): string {
    return `${this.didPrefix}${organizationId}`;
  }

  /** The certifier's current key, locked until the transaction ends; made on first use. */
  async lockCurrentKey(em: EntityManager, organizationId: string, actor: Actor): Promise<CurrentKey> {
    const rows: { keyId: string; wrapped: string; activeFrom: Date }[] = await em.query(
      `SELECT id AS "keyId", private_key_wrapped AS wrapped, active_from AS "activeFrom"
         FROM certifier_signing_keys WHERE organization_id = $1 AND status = 'CURRENT' FOR UPDATE`,
      [organizationId],
    );
    return this.unwrapKey(organizationId, rows[0] ?? (await this.createKey(em, organizationId, actor)));
  }

  /** A stored key row (private key wrapped under CERT_KEK) as a key to sign with. */
  unwrapKey(organizationId: string, row: { keyId: string; wrapped: string; activeFrom: Date }): CurrentKey {
    const did = this.did(organizationId);
    const der = unwrapPrivateKey(this.config.certKek, row.keyId, row.wrapped);
    return {
      keyId: row.keyId,
      kid: keyIdUrl(did, row.keyId),
      did,
      privateKey: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
      activeFrom: row.activeFrom,
    };
  }

  private async createKey(
    em: EntityManager,
    organizationId: string,
    actor: Actor,
  ): Promise<{ keyId: string; wrapped: string; activeFrom: Date }> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = await exportJWK(publicKey);
    const publicJwk: JWK = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
    const keyId = await calculateJwkThumbprint(publicJwk, 'sha256');
    const wrapped = wrapPrivateKey(this.config.certKek, keyId, privateKey.export({ format: 'der', type: 'pkcs8' }));
    const [row]: { activeFrom: Date }[] = await em.query(
      `INSERT INTO certifier_signing_keys (id, organization_id, public_jwk, private_key_wrapped, status, created_by)
       VALUES ($1, $2, $3, $4, 'CURRENT', $5) RETURNING active_from AS "activeFrom"`,
      [keyId, organizationId, JSON.stringify(publicJwk), wrapped, actorId(actor) ?? 'system'],
    );
    return { keyId, wrapped, activeFrom: row.activeFrom };
  }

  /** Retires the certifier's current key (still published) and makes a new one current. */
  async rotateSigningKey(actor: Actor): Promise<{ did: string; current: SigningKeyRow; retired: SigningKeyRow | null }> {
    const organizationId = signingKeyHolder(actor, 'rotateSigningKey is for certifiers only');
    return this.db.transaction(async (em) => {
      const [[retired]]: [SigningKeyRow[], number] = await em.query(
        `UPDATE certifier_signing_keys SET status = 'RETIRED', retired_at = clock_timestamp()
          WHERE organization_id = $1 AND status = 'CURRENT' RETURNING ${KEY_COLS}`,
        [organizationId],
      );
      const created = await this.createKey(em, organizationId, actor);
      const [current]: SigningKeyRow[] = await em.query(`SELECT ${KEY_COLS} FROM certifier_signing_keys WHERE id = $1`, [created.keyId]);
      await this.audit.append(em, actor, {
        action: 'rotateSigningKey',
        subjectType: 'Organization',
        subjectId: organizationId,
        input: { retiredKeyId: retired?.keyId ?? null, currentKeyId: current.keyId },
      });
      return { did: this.did(organizationId), current, retired: retired ?? null };
    });
  }

  /** The calling certifier's keys, oldest first, with its DID. */
  async signingKeysOf(actor: Actor): Promise<{ did: string; keys: SigningKeyRow[] }> {
    const organizationId = signingKeyHolder(actor, 'signingKeys is for certifiers');
    return { did: this.did(organizationId), keys: await this.keysOf(organizationId) };
  }

  async keysOf(organizationId: string): Promise<SigningKeyRow[]> {
    return this.db.query(`SELECT ${KEY_COLS} FROM certifier_signing_keys WHERE organization_id = $1 ORDER BY active_from, id`, [
      organizationId,
    ]);
  }

  /** The DID document of a certifier (NOT_FOUND for an organization that is not a certifier). */
  async didDocument(organizationIdRaw: string): Promise<DidDocument> {
    const organizationId = requireId('orgId', organizationIdRaw);
    const orgs: { id: string; kind: string; name: string }[] = await this.db.query(
      `SELECT id, kind, name FROM organizations WHERE id = $1 AND kind = 'CERTIFIER'`,
      [organizationId],
    );
    if (!orgs.length) throw notFound('Certifier', organizationId, 'orgId');
    const keys = await this.keysOf(organizationId);
    return buildDidDocument(
      this.did(organizationId),
      orgs[0],
      keys.map((k) => ({ keyId: k.keyId, publicJwk: k.publicJwk, activeFrom: k.activeFrom, retiredAt: k.retiredAt })),
    );
  }

  /** A kid as battrace knows it: only dids of this battrace, only keys it holds; else null. */
  async knownKey(kid: string): Promise<KnownKey | null> {
    const p = parseCertifierKid(kid);
    if (!p || p.did !== this.did(p.organizationId)) return null;
    const rows: { publicJwk: JWK; activeFrom: Date; retiredAt: Date | null; kind: string }[] = await this.db.query(
      `SELECT k.public_jwk AS "publicJwk", k.active_from AS "activeFrom", k.retired_at AS "retiredAt", o.kind
         FROM certifier_signing_keys k JOIN organizations o ON o.id = k.organization_id
        WHERE k.id = $1 AND k.organization_id = $2`,
      [p.keyId, p.organizationId],
    );
    if (!rows.length) return null;
    const r = rows[0];
    return {
      kid,
      did: p.did,
      organizationId: p.organizationId,
      publicJwk: r.publicJwk,
      activeFrom: r.activeFrom,
      retiredAt: r.retiredAt,
      issuerIsCertifier: r.kind === 'CERTIFIER',
    };
  }
}
