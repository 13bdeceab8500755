import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CertificatesService } from '../certificates/certificates.service';
import { notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { FootprintsService } from '../footprints/footprints.service';
import { assertCanSeePassportCompleteness, readableAccessGroups } from '../access/passport-access';
import { hasLegitimateInterest, needsGrantLookup } from '../access/legitimate-interest';
import { PassportGrantsService } from '../passport-grants/passport-grants.service';
import { canSeePrivate } from '../access/access-policy';
import type { BatteryCategory, Chemistry } from '../battery-models/battery-model.types';
import type { LifecycleStage } from '../footprints/footprint-document';
import { batteryPassCarbonFootprint, BatteryPassCarbonFootprint } from './battery-pass';
import { BatteryPassAttributes, batteryPassAttributes, passportCategoryOf } from './battery-pass-attributes';
import { batteryPassDataModel } from './battery-pass-data-model';
import { PassportCompleteness, passportCompleteness } from './passport-completeness';
import type { PassportAccessGroup, PassportBatteryCategory } from './passport-attributes';
import { batchPassportAttributes, servedAttributes } from './passport-assembly';
import { PassportCompletenessModel, toPassportCompletenessModel } from './passport-completeness.model';
import { ChainHead, passportVersionHeads, publicBatchAttributes } from './batch-passport-publication';
import type { VersionRef } from './passport-publication';
import { passportTier } from './passport-tier';
import { UNIT_KIND_CODE } from '../units/unit-kind';

export interface PassportRow {
  batchId: string;
  batchNumber: string;
  productionStart: Date;
  productionEnd: Date;
  packCount: number;
  declaredPackCount: number;
  manufacturerId: string;
  manufacturerName: string;
  manufacturerCountry: string | null;
  modelId: string;
  modelName: string;
  category: BatteryCategory;
  vehicleCategory: string | null;
  chemistry: Chemistry;
  nominalEnergyKWh: number;
  usableEnergyKWh: number;
  capacityAh: number;
  nominalVoltageV: number;
  massKg: number;
  expectedCycleLife: number;
  warrantyYears: number;
  warrantyKm: number | null;
  plantName: string;
  plantAddress: string;
  parkCode: string;
  parkName: string;
  parkCountry: string;
  /** Names of the certifiers of the batch's certificates, by id (null when it has none). */
  certifierNames: Record<string, string> | null;
  /** The latest version of the model's recorded passport data (catalogue keys), null when none. */
  modelPassportValues: Record<string, unknown> | null;
  /** The model's latest published passport version (model_passport_publications), null when none. */
  latestPublication: VersionRef | null;
  /** The batch's latest published passport version (batch_passport_publications), null when none. */
  latestBatchPublication: VersionRef | null;
}

/** `modelPassport` of a passport: where its model's signed, published versions are. */
export interface ModelPassportLink {
  versionsUrl: string;
  latestSeq: number;
  latestSha256: string;
}

/** What the passports of one batch's batteries share (PassportsService.batchContext). */
export interface BatchPassportContext {
  batchId: string;
  manufacturerId: string;
  modelCategory: BatteryCategory;
  nominalEnergyKWh: number;
  attributes: BatteryPassAttributes;
  modelPassport: ModelPassportLink | null;
  /** The heads of the model's and the batch's signed version chains (battery passports' `versions`). */
  versions: { model: ChainHead | null; batch: ChainHead | null };
  /**
   * The caller's access groups for a battery of the batch, as its owner or not, and with or without
   * an interest of its own in that battery (it operates or holds it: access/battery-health-access.ts).
   */
  groupsOf: (isOwner: boolean, interestInBattery?: boolean) => readonly PassportAccessGroup[];
  /**
   * Whether an interest in single batteries could add to the caller's groups: an organization that is
   * not the manufacturer and has no legitimate interest in the whole batch (by kind or grant).
   */
  batteryInterestMatters: boolean;
  /** What the passport page shows of the batch (public data, as the batch passport's public tier). */
  facts: BatchPageFacts;
}

/** The batch's public facts a battery's passport page shows (passport-page.ts). */
export interface BatchPageFacts {
  batchNumber: string;
  modelName: string;
  manufacturerName: string;
  plant: { name: string; address: string | null };
  park: { code: string; name: string };
  production: { from: Date | string; to: Date | string };
  performanceClass: string | null;
}

/** A row of batchContextSelect: the batch, its certifiers and its newest declared footprint. */
export interface BatchContextRow extends PassportRow {
  certifierIds: string[] | null;
  declaredFootprint: DeclaredFootprint | null;
}

/** What a passport's attributes read of its batch's newest declared footprint. */
type DeclaredFootprint = Pick<
  FootprintVersionRow,
  'id' | 'stages' | 'kgCo2ePerKWhLifetime' | 'lifetimeEnergyKWh' | 'kgCo2ePerBattery' | 'performanceClass'
>;

interface FootprintVersionRow {
  id: string;
  version: number;
  status: string;
  rulesetId: string;
  kgCo2ePerKWhLifetime: number;
  kgCo2ePerKWhCapacity: number;
  kgCo2eAbsolute: number;
  performanceClass: string | null;
  stages: Record<LifecycleStage, number>;
  kgCo2ePerBattery: number;
  lifetimeEnergyKWh: number;
  inputsSha256: string;
  declaredAt: Date | null;
}

/**
 * GET /passports/:batchId: the battery passport of a batch (docs/methods/access.md, EU 2023/1542 Annex
 * XIII), public tier for anyone, with its certificates and their live status; a certifier asked
 * to certify the batch adds its verification requests and footprint hashes, an authority (or the
 * owner) adds every footprint version and refused request. Data battrace does not hold yet
 * in these fields is null; the model data its manufacturer records is served in `attributes`.
 * Last come `access.groups`, the access groups the caller reads (its tier, ownership, and a
 * legitimate interest by kind or grant), then `attributes`, the Battery Pass catalogue attributes battrace holds
 * (battery-pass-attributes.ts) as far as the caller's access groups read them (filterPassport:
 * the others absent), and for the owner `completeness` (docs/passport-attributes.md).
 */
@Injectable()
export class PassportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certificates: CertificatesService,
    private readonly footprints: FootprintsService,
    private readonly grants: PassportGrantsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Four statements: the certificates (CertificatesService), the batch with its model, plant,
   * park and certifier names, its certification requests, its footprint versions.
   */
  async passport(actor: Actor, batchIdRaw: string) {
    const batchId = requireId('batchId', batchIdRaw);
    // Certificates first: the batch statement that follows names their certifiers, so a
    // certificate issued in between still finds its certifier's name.
    const certs = await this.certificates.certificatesOfBatch(batchId);
    const rows = await this.batchRows(batchId);
    if (!rows.length) throw notFound('Batch', batchId, 'batchId');
    const b = rows[0];
    const requests: {
      id: string;
      certifierId: string;
      status: string;
      footprintId: string;
      refusalReasons: string[] | null;
      createdAt: Date;
    }[] = await this.db.query(
      `SELECT id, certifier_id AS "certifierId", status, footprint_id AS "footprintId", refusal_reasons AS "refusalReasons", created_at AS "createdAt"
           FROM certification_requests WHERE batch_id = $1 ORDER BY created_at`,
      [batchId],
    );
    const tier = passportTier(actor, { manufacturerId: b.manufacturerId, certifierIds: requests.map((r) => r.certifierId) });
    const footprints = await this.footprintRows(batchId);
    const declared = footprints.find((f) => f.declaredAt !== null) ?? null;
    const certifierNames = new Map<string, string>(Object.entries(b.certifierNames ?? {}));
    const now = Date.now();
    const publicTier = {
      tier,
      batchId: b.batchId,
      batchNumber: b.batchNumber,
      manufacturer: { id: b.manufacturerId, name: b.manufacturerName, country: b.manufacturerCountry },
      category: b.category,
      vehicleCategory: b.vehicleCategory,
      model: { id: b.modelId, name: b.modelName, chemistry: b.chemistry },
      placeOfManufacture: {
        plant: b.plantName,
        address: b.plantAddress,
        park: { code: b.parkCode, name: b.parkName },
        country: b.parkCountry,
      },
      dateOfManufacture: { from: b.productionStart, to: b.productionEnd },
      // Registered packs (units of kind PACK), not the declaration: what the batch is shown to hold.
      packCount: b.packCount,
      declaredPackCount: b.declaredPackCount,
      massKg: b.massKg,
      capacity: {
        capacityAh: b.capacityAh,
        nominalEnergyKWh: b.nominalEnergyKWh,
        usableEnergyKWh: b.usableEnergyKWh,
        nominalVoltageV: b.nominalVoltageV,
      },
      ratedPerformanceAndLifetime: { expectedCycleLife: b.expectedCycleLife, warrantyYears: b.warrantyYears, warrantyKm: b.warrantyKm },
      carbonFootprint: declared
        ? {
            footprintId: declared.id,
            version: declared.version,
            rulesetId: declared.rulesetId,
            kgCo2ePerKWhLifetime: declared.kgCo2ePerKWhLifetime,
            kgCo2ePerKWhCapacity: declared.kgCo2ePerKWhCapacity,
            kgCo2eAbsolute: declared.kgCo2eAbsolute,
            performanceClass: declared.performanceClass,
            declaredAt: declared.declaredAt,
          }
        : null,
      hazardousSubstances: null,
      criticalRawMaterials: null,
      recycledContent: null,
      dueDiligenceReport: null,
      certificates: certs.map((c) => ({
        id: c.id,
        number: c.number,
        certifier: { id: c.certifierId, name: certifierNames.get(c.certifierId) ?? null },
        assurance: c.assurance,
        footprintId: c.footprintId,
        status: c.status,
        expired: new Date(c.validUntil).getTime() <= now,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        verifyUrl: this.certificates.certificateUrl(c.id),
        bundleUrl: this.certificates.certificateUrl(c.id).replace(/\/verify\/([^/]+)$/, '/certificates/$1/bundle'),
      })),
    };
    const isOwner = canSeePrivate(actor, b.manufacturerId);
    const groups = readableAccessGroups(tier, isOwner, await this.legitimateInterest(actor, b));
    // Added after every field of before: the access groups the caller reads, the catalogue
    // attributes they hold (docs/passport-attributes.md), and for the owner what the passport still
    // lacks (passport-assembly.ts, shared with each battery's passport).
    const served = {
      ...servedAttributes(this.attributesOf(b, declared), groups, isOwner, this.categoryOf(b)),
      // Last of all: where the model's signed, published passport versions are (null before the first).
      modelPassport: this.modelPassportOf(b),
    };
    if (tier === 'PUBLIC') return { ...publicTier, ...served };
    const mine =
      tier === 'CERTIFIER' && actor.type === 'ORGANIZATION' ? requests.filter((r) => r.certifierId === actor.organizationId) : requests;
    const verification = {
      certificationRequests: mine,
      footprints: footprints
        .filter((f) => tier === 'AUTHORITY' || mine.some((r) => r.footprintId === f.id))
        .map((f) => ({
          id: f.id,
          version: f.version,
          status: f.status,
          rulesetId: f.rulesetId,
          inputsSha256: f.inputsSha256,
          declaredAt: f.declaredAt,
        })),
    };
    return { ...publicTier, verification, ...served };
  }

  /**
   * GET /passports/:batchId/batterypass: the same passport's `attributes`, filtered for the caller
   * exactly as `passport` filters them, arranged into the Battery Pass data model 1.2 aspects
   * (battery-pass-data-model.ts; docs/battery-pass-data-model.md).
   */
  async batteryPass(actor: Actor, batchIdRaw: string) {
    const p = await this.passport(actor, batchIdRaw);
    return { batchId: p.batchId, dataModelVersion: '1.2.0', access: p.access, aspects: batteryPassDataModel(p.attributes) };
  }

  /**
   * A legitimate interest in the batch's batteries (access/legitimate-interest.ts): by the caller's
   * kind, or by an active grant for the batch or its model, looked up in one statement and only for
   * an organization that could gain from one.
   */
  private async legitimateInterest(actor: Actor, b: PassportRow): Promise<boolean> {
    const granted =
      actor.type === 'ORGANIZATION' &&
      needsGrantLookup(actor, b.manufacturerId) &&
      (await this.grants.hasActiveGrant(actor.organizationId, b.batchId, b.modelId));
    return hasLegitimateInterest(actor, granted);
  }

  /**
   * GraphQL passportCompleteness: what the batch's passport still lacks, for its manufacturer and
   * the administrator; null when its battery needs no passport (passportCategoryOf).
   */
  async completeness(actor: Actor, batchIdRaw: string): Promise<PassportCompletenessModel | null> {
    const batchId = requireId('batchId', batchIdRaw);
    const [b] = await this.batchRows(batchId);
    if (!b) throw notFound('Batch', batchId, 'batchId');
    assertCanSeePassportCompleteness(actor, b.manufacturerId);
    const declared = (await this.footprintRows(batchId)).find((f) => f.declaredAt !== null) ?? null;
    const c = this.completenessOf(b, this.attributesOf(b, declared));
    return c && toPassportCompletenessModel(batchId, c);
  }

  private completenessOf(b: PassportRow, attributes: BatteryPassAttributes): PassportCompleteness | null {
    const category = this.categoryOf(b);
    return category && passportCompleteness(category, attributes);
  }

  private categoryOf(b: PassportRow): PassportBatteryCategory | null {
    return passportCategoryOf(b.category, b.nominalEnergyKWh);
  }

  /** Where the model's signed, published passport versions are; null before the first. */
  private modelPassportOf(b: PassportRow): ModelPassportLink | null {
    return (
      b.latestPublication && {
        versionsUrl: `${this.config.publicBaseUrl}/passports/models/${b.modelId}/versions`,
        latestSeq: b.latestPublication.seq,
        latestSha256: b.latestPublication.sha256,
      }
    );
  }

  /**
   * The attributes battrace derives from its records, with the model's latest recorded passport
   * data (battery-models/model-passport-data.ts) for the keys the records do not fill.
   */
  private attributesOf(b: PassportRow, declared: DeclaredFootprint | null): BatteryPassAttributes {
    return batchPassportAttributes(b.modelPassportValues, this.derivedAttributesOf(b, declared));
  }

  /**
   * What every passport of a batch's batteries shares, read once (docs/battery-passports.md): the
   * batch's attributes, its model's published versions, and the caller's access groups as the
   * battery's owner or not (`groupsOf`): its passport tier, a legitimate interest by kind or by a
   * grant for the batch or its model. Null for an unknown batch. One statement (batchContextSelect),
   * a second only for an organization that could gain a legitimate interest by a grant.
   */
  async batchContext(actor: Actor, batchId: string): Promise<BatchPassportContext | null> {
    const [b]: BatchContextRow[] = await this.db.query(`${this.batchSelect(false, true)} WHERE b.id = $1`, [batchId]);
    return b ? this.contextOf(actor, b) : null;
  }

  /**
   * The columns of a batch's shared context (batchContext) for a statement of another service:
   * `SELECT … FROM (…) x CROSS JOIN LATERAL (${batchContextSelect} WHERE b.id = x.batch) c` reads a
   * battery and its batch's context in one round trip; contextOf turns the row into the context.
   */
  get batchContextSelect(): string {
    return this.batchSelect(false, true);
  }

  /**
   * The context of a batch read with batchContextSelect; a statement more only for an organization
   * that could gain a legitimate interest by a grant (legitimateInterest).
   */
  async contextOf(actor: Actor, b: BatchContextRow): Promise<BatchPassportContext> {
    const legitimateInterest = await this.legitimateInterest(actor, b);
    const tier = passportTier(actor, { manufacturerId: b.manufacturerId, certifierIds: b.certifierIds ?? [] });
    return {
      batchId: b.batchId,
      manufacturerId: b.manufacturerId,
      modelCategory: b.category,
      nominalEnergyKWh: b.nominalEnergyKWh,
      attributes: batchPassportAttributes(b.modelPassportValues, this.derivedAttributesOf(b, b.declaredFootprint)),
      modelPassport: this.modelPassportOf(b),
      versions: passportVersionHeads(
        this.config.publicBaseUrl,
        { modelId: b.modelId, batchId: b.batchId },
        { model: b.latestPublication, batch: b.latestBatchPublication },
      ),
      groupsOf: (isOwner, interestInBattery = false) =>
        readableAccessGroups(tier, isOwner, legitimateInterest || hasLegitimateInterest(actor, interestInBattery)),
      batteryInterestMatters: !legitimateInterest && actor.type === 'ORGANIZATION' && needsGrantLookup(actor, b.manufacturerId),
      facts: {
        batchNumber: b.batchNumber,
        modelName: b.modelName,
        manufacturerName: b.manufacturerName,
        plant: { name: b.plantName, address: b.plantAddress },
        park: { code: b.parkCode, name: b.parkName },
        production: { from: b.productionStart, to: b.productionEnd },
        performanceClass: b.declaredFootprint?.performanceClass ?? null,
      },
    };
  }

  /**
   * What publishBatchPassport signs, read through its transaction `em` (the batch row already
   * locked): the batch's owner and identifiers, its model's newest published version, its newest
   * declared footprint, and its public per-batch attributes (publicBatchAttributes). Null for an
   * unknown batch. Two statements: the batch (as batchRows reads it) and its footprints.
   */
  async batchPublicationFacts(em: EntityManager, batchId: string) {
    const [b] = await this.batchRows(batchId, false, em);
    if (!b) return null;
    const declared = (await this.footprintRows(batchId, em)).find((f) => f.declaredAt !== null) ?? null;
    return {
      batchId: b.batchId,
      batchNumber: b.batchNumber,
      manufacturerId: b.manufacturerId,
      modelId: b.modelId,
      category: this.categoryOf(b),
      categoryName: b.category,
      nominalEnergyKWh: b.nominalEnergyKWh,
      modelHead: b.latestPublication,
      declaredFootprint: declared && { footprintId: declared.id, version: declared.version, inputsSha256: declared.inputsSha256 },
      attributes: publicBatchAttributes(this.derivedAttributesOf(b, declared)),
    };
  }

  private derivedAttributesOf(b: PassportRow, declared: DeclaredFootprint | null): BatteryPassAttributes {
    return batteryPassAttributes({
      batchId: b.batchId,
      batchNumber: b.batchNumber,
      manufacturer: { id: b.manufacturerId, name: b.manufacturerName, country: b.manufacturerCountry },
      plant: { address: b.plantAddress, country: b.parkCountry },
      production: { start: b.productionStart, end: b.productionEnd },
      model: {
        category: b.category,
        chemistry: b.chemistry,
        massKg: b.massKg,
        capacityAh: b.capacityAh,
        usableEnergyKWh: b.usableEnergyKWh,
        nominalVoltageV: b.nominalVoltageV,
        expectedCycleLife: b.expectedCycleLife,
        warrantyYears: b.warrantyYears,
        warrantyKm: b.warrantyKm,
      },
      carbonFootprint: declared && this.batteryPassCarbonFootprintOf(declared),
    });
  }

  private batteryPassCarbonFootprintOf(f: {
    id: string;
    stages: Record<LifecycleStage, number>;
    kgCo2ePerKWhLifetime: number;
    lifetimeEnergyKWh: number;
    kgCo2ePerBattery: number;
    performanceClass: string | null;
  }): BatteryPassCarbonFootprint {
    return batteryPassCarbonFootprint(f, `${this.config.publicBaseUrl}/footprints/${f.id}/study`);
  }

  /** The batch with its model, plant, park, certifier names, the model's latest passport data and latest publication, the batch's latest publication: one statement. */
  private batchRows(batchId: string, withPackCount = true, q: Pick<EntityManager, 'query'> = this.db): Promise<PassportRow[]> {
    return q.query(`${this.batchSelect(withPackCount, false)} WHERE b.id = $1`, [batchId]);
  }

  /**
   * The SELECT of batchRows without its WHERE; with `withContext` also the certifiers asked to certify
   * the batch (certifierIds) and its newest declared footprint (declaredFootprint, as JSON), so that
   * a battery's passport reads everything it shares with the batch in one statement.
   */
  private batchSelect(withPackCount: boolean, withContext: boolean): string {
    const packCount = withPackCount
      ? `(SELECT count(*)::int FROM units u WHERE u.batch_id = b.id AND u.kind = ${UNIT_KIND_CODE.PACK})`
      : 'NULL::int';
    const context = withContext
      ? `, (SELECT json_agg(DISTINCT r.certifier_id) FROM certification_requests r WHERE r.batch_id = b.id) AS "certifierIds",
              (SELECT json_build_object('id', f.id, 'stages', f.result -> 'stages', 'kgCo2ePerKWhLifetime', f.kg_co2e_per_kwh_lifetime,
                        'lifetimeEnergyKWh', f.lifetime_energy_kwh, 'kgCo2ePerBattery', (f.result ->> 'kgCo2ePerBattery')::float8,
                        'performanceClass', f.result ->> 'performanceClass')
                 FROM footprints f WHERE f.batch_id = b.id AND f.declared_at IS NOT NULL ORDER BY f.version DESC LIMIT 1) AS "declaredFootprint"`
      : '';
    return `SELECT b.id AS "batchId", b.batch_number AS "batchNumber", b.production_start AS "productionStart", b.production_end AS "productionEnd",
              ${packCount} AS "packCount",
              b.declared_pack_count AS "declaredPackCount", o.id AS "manufacturerId", o.name AS "manufacturerName", o.country AS "manufacturerCountry",
              m.id AS "modelId", m.name AS "modelName", m.category, m.vehicle_category AS "vehicleCategory", m.chemistry,
              m.nominal_energy_kwh AS "nominalEnergyKWh", m.usable_energy_kwh AS "usableEnergyKWh", m.capacity_ah AS "capacityAh",
              m.nominal_voltage_v AS "nominalVoltageV", m.mass_kg AS "massKg", m.expected_cycle_life AS "expectedCycleLife",
              m.warranty_years AS "warrantyYears", m.warranty_km AS "warrantyKm",
              p.name AS "plantName", p.address AS "plantAddress", k.code AS "parkCode", k.name AS "parkName", k.country AS "parkCountry",
              (SELECT json_object_agg(c.id, c.name) FROM organizations c
                WHERE c.id IN (SELECT certifier_id FROM certificates WHERE batch_id = b.id)) AS "certifierNames",
              (SELECT v."values" FROM battery_model_passport_versions v WHERE v.model_id = m.id ORDER BY v.version DESC LIMIT 1) AS "modelPassportValues",
              (SELECT json_build_object('seq', x.seq, 'sha256', x.document_sha256) FROM model_passport_publications x
                WHERE x.model_id = m.id ORDER BY x.seq DESC LIMIT 1) AS "latestPublication",
              (SELECT json_build_object('seq', y.seq, 'sha256', y.document_sha256) FROM batch_passport_publications y
                WHERE y.batch_id = b.id ORDER BY y.seq DESC LIMIT 1) AS "latestBatchPublication"${context}
         FROM batches b JOIN organizations o ON o.id = b.manufacturer_id JOIN battery_models m ON m.id = b.model_id
         JOIN plants p ON p.id = b.plant_id JOIN parks k ON k.id = p.park_id`;
  }

  /** The batch's footprint versions, newest first: one statement. */
  private footprintRows(batchId: string, q: Pick<EntityManager, 'query'> = this.db): Promise<FootprintVersionRow[]> {
    return q.query(
      `SELECT id, version, status, ruleset_id AS "rulesetId", kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime",
              kg_co2e_per_kwh_capacity AS "kgCo2ePerKWhCapacity", kg_co2e_absolute AS "kgCo2eAbsolute",
              result ->> 'performanceClass' AS "performanceClass", result -> 'stages' AS stages,
              (result ->> 'kgCo2ePerBattery')::float8 AS "kgCo2ePerBattery", lifetime_energy_kwh AS "lifetimeEnergyKWh", inputs_sha256 AS "inputsSha256", declared_at AS "declaredAt"
         FROM footprints WHERE batch_id = $1 ORDER BY version DESC`,
      [batchId],
    );
  }

  /** The carbon-footprint part of the passport, from the batch's newest declared footprint. */
  async carbonFootprint(batchIdRaw: string) {
    const batchId = requireId('batchId', batchIdRaw);
    const f = await this.footprints.latestDeclared(batchId);
    if (!f) throw notFound('Declared carbon footprint of batch', batchId, 'batchId');
    const r = f.result;
    return {
      ...this.batteryPassCarbonFootprintOf({
        id: f.id,
        stages: r.stages,
        kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
        lifetimeEnergyKWh: f.lifetimeEnergyKWh,
        kgCo2ePerBattery: r.kgCo2ePerBattery,
        performanceClass: r.performanceClass,
      }),
      units: {
        batteryCarbonFootprint: 'kg CO2e per kWh of total energy delivered over the service life',
        carbonFootprintPerLifecycleStage: 'kg CO2e per kWh of total energy delivered over the service life',
        absoluteCarbonFootprint: 'kg CO2e per battery',
      },
      batchId: f.batchId,
      footprintId: f.id,
      version: f.version,
      status: f.status,
      rulesetId: f.rulesetId,
      declaredAt: f.declaredAt,
      supersededAt: f.supersededAt,
      distributionIsEstimate: f.distributionIsEstimate,
      // The packs the per-battery figure rests on: registered units of kind PACK (else the declaration).
      packCount: r.packCount ?? null,
      inputsSha256: f.inputsSha256,
    };
  }
}
