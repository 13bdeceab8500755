import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCanRevokeApiKey } from '../access/organization-access';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { optionalName, optionalText, requireCountry, requireId, requireName } from '../common/validate';
import { ApiKeyEntity } from './api-key.entity';
import { displayPrefix, generateApiKey, hashApiKey } from './api-key-secret';
import { ApiKeyAuthService } from './api-key-auth.service';
import { CreateApiKeyInput, CreateOrganizationInput, RevokeApiKeyInput } from './dto/organization.inputs';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: ApiKeyAuthService,
  ) {}

  async createOrganization(actor: Actor, input: CreateOrganizationInput) {
    const name = requireName('input.name', input.name, 200);
    const country = input.country ? requireCountry('input.country', input.country) : null;
    const gs1 = optionalText('input.gs1CompanyPrefix', input.gs1CompanyPrefix, 12);
    if (gs1 !== null && !/^\d{6,12}$/.test(gs1)) throw badInput('input.gs1CompanyPrefix', 'must be 6 to 12 digits');
    const keyName = optionalName('input.keyName', input.keyName, 100) ?? 'default';
    try {
      return await this.db.transaction(async (em) => {
        const org = em.create(OrganizationEntity, { kind: input.kind, name, country, gs1CompanyPrefix: gs1 });
        await em.save(org);
        const { key, apiKey } = await this.insertKey(em.getRepository(ApiKeyEntity), org.id, keyName);
        await this.audit.append(em, actor, {
          action: 'createOrganization',
          subjectType: 'Organization',
          subjectId: org.id,
          input: { kind: input.kind, name, country, gs1CompanyPrefix: gs1, keyName, keyId: key.id },
        });
        return { organization: org, key, apiKey };
      });
    } catch (err) {
      if (uniqueViolation(err) === 'organizations_name_key') {
        throw conflict(`an organization named "${name}" already exists`, 'input.name', 'ORGANIZATION_NAME_TAKEN');
      }
      throw err;
    }
  }

  async createApiKey(actor: Actor, input: CreateApiKeyInput) {
    const organizationId = requireId('input.organizationId', input.organizationId);
    const name = requireName('input.name', input.name, 100);
    return this.db.transaction(async (em) => {
      const org = await em.findOne(OrganizationEntity, { where: { id: organizationId } });
      if (!org) throw notFound('Organization', organizationId, 'input.organizationId');
      const created = await this.insertKey(em.getRepository(ApiKeyEntity), org.id, name);
      await this.audit.append(em, actor, {
        action: 'createApiKey',
        subjectType: 'Organization',
        subjectId: org.id,
        input: { organizationId, name, keyId: created.key.id },
      });
      return created;
    });
  }

  /** Revoking an already revoked key is answered with the key as it is (idempotent). */
  async revokeApiKey(actor: Actor, input: RevokeApiKeyInput): Promise<ApiKeyEntity> {
    const keyId = requireId('input.keyId', input.keyId);
    const key = await this.db.transaction(async (em) => {
      const k = await em.findOne(ApiKeyEntity, { where: { id: keyId }, lock: { mode: 'pessimistic_write' } });
      if (!k) throw notFound('API key', keyId, 'input.keyId');
      assertCanRevokeApiKey(actor, k.organizationId, 'input.keyId');
      if (k.revokedAt) return k;
      k.revokedAt = new Date();
      await em.update(ApiKeyEntity, { id: k.id }, { revokedAt: k.revokedAt });
      await this.audit.append(em, actor, {
        action: 'revokeApiKey',
        subjectType: 'Organization',
        subjectId: k.organizationId,
        input: { keyId },
      });
      return k;
    });
    await this.auth.forget(key);
    return key;
  }

  async organizations(kind?: string | null): Promise<OrganizationEntity[]> {
    return this.db
      .getRepository(OrganizationEntity)
      .find({ where: kind ? { kind: kind as OrganizationEntity['kind'] } : {}, order: { name: 'ASC' } });
  }

  async apiKeys(organizationId: string): Promise<ApiKeyEntity[]> {
    return this.db
      .getRepository(ApiKeyEntity)
      .find({ where: { organizationId: requireId('organizationId', organizationId) }, order: { createdAt: 'ASC' } });
  }

  async byIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.db.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
  }

  private async insertKey(repo: import('typeorm').Repository<ApiKeyEntity>, organizationId: string, name: string) {
    const apiKey = generateApiKey();
    const key = repo.create({ organizationId, name, prefix: displayPrefix(apiKey), keyHash: hashApiKey(apiKey), revokedAt: null });
    await repo.save(key);
    return { key, apiKey };
  }
}
