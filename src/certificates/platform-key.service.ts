import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { createPrivateKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { unwrapPrivateKey, wrapPrivateKey } from './key-encryption';

export interface PlatformKey {
  /** RFC 7638 thumbprint (SHA-256) of the public key: what a buyer pins with --platform-key. */
  thumbprint: string;
  /** The public key as published in the trust list (kid = thumbprint). */
  publicJwk: JWK;
  privateKey: KeyObject;
}

/** The additional authenticated data of a wrapped platform key: never interchangeable with a certifier's key row. */
const aad = (thumbprint: string) => `platform#${thumbprint}`;

/**
 * battrace's own Ed25519 signing key (issue 11): it signs the trust list of the certifiers
 * battrace hosts, nothing else. Generated once, by whichever process starts first on an empty
 * database (INSERT … ON CONFLICT DO NOTHING against the one-current index, then everyone reads
 * the row that won), stored wrapped under CERT_KEK like certifiers' keys, so every API process
 * sharing the database signs with the same key and a fresh clone needs no configuration. An API
 * process loads it before it serves (createApiApp; the startup log shows its thumbprint) and keeps
 * it in memory; a worker process never needs it.
 */
@Injectable()
export class PlatformKeyService {
  private loaded: Promise<PlatformKey> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  current(): Promise<PlatformKey> {
    this.loaded ??= this.load().catch((err: unknown) => {
      this.loaded = null;
      throw err;
    });
    return this.loaded;
  }

  private async load(): Promise<PlatformKey> {
    const row = (await this.currentRow()) ?? (await this.create());
    const der = unwrapPrivateKey(this.config.certKek, aad(row.id), row.wrapped);
    return {
      thumbprint: row.id,
      publicJwk: { ...row.publicJwk, kid: row.id, alg: 'EdDSA', use: 'sig' },
      privateKey: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
    };
  }

  private async currentRow(): Promise<{ id: string; publicJwk: JWK; wrapped: string } | null> {
    const rows: { id: string; publicJwk: JWK; wrapped: string }[] = await this.db.query(
      `SELECT id, public_jwk AS "publicJwk", private_key_wrapped AS wrapped FROM platform_signing_keys WHERE status = 'CURRENT'`,
    );
    return rows[0] ?? null;
  }

  private async create(): Promise<{ id: string; publicJwk: JWK; wrapped: string }> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = await exportJWK(publicKey);
    const publicJwk: JWK = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
    const id = await calculateJwkThumbprint(publicJwk, 'sha256');
    const wrapped = wrapPrivateKey(this.config.certKek, aad(id), privateKey.export({ format: 'der', type: 'pkcs8' }));
    // Another process may have made one meanwhile: then this one is dropped and theirs is read.
    await this.db.query(
      `INSERT INTO platform_signing_keys (id, public_jwk, private_key_wrapped, status) VALUES ($1, $2, $3, 'CURRENT') ON CONFLICT DO NOTHING`,
      [id, JSON.stringify(publicJwk), wrapped],
    );
    const row = await this.currentRow();
    if (!row) throw new Error('the platform signing key could not be stored');
    return row;
  }
}
