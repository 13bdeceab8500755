import { Controller, Get, Inject, Param } from '@nestjs/common';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { batteryPassCarbonFootprint } from './battery-pass';
import { FootprintRow, FootprintsService } from '../footprints/footprints.service';
import { RULESETS, isRulesetId } from '../footprints/rulesets';

/**
 * Public HTTP views of a footprint:
 * - GET /passports/:batchId/carbon-footprint: the carbon-footprint part of the batch's battery
 *   passport (Battery Pass field names), from its newest declared footprint;
 * - GET /footprints/:id/study: the public study behind the values (carbonFootprintStudy points
 *   here): stages, functional unit, electricity by source with its factors, every factor row with
 *   its source, and the inputs hash. Inputs and evidence stay private (GraphQL inputsDocument).
 */
@Controller()
export class PassportCarbonFootprintController {
  constructor(
    private readonly footprints: FootprintsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('passports/:batchId/carbon-footprint')
  @Access.public()
  async carbonFootprint(@Param('batchId') batchIdRaw: string) {
    const batchId = requireId('batchId', batchIdRaw);
    const f = await this.footprints.latestDeclared(batchId);
    if (!f) throw notFound('Declared carbon footprint of batch', batchId, 'batchId');
    const r = f.result;
    return {
      ...batteryPassCarbonFootprint(
        {
          stages: r.stages,
          kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
          lifetimeEnergyKWh: f.lifetimeEnergyKWh,
          kgCo2ePerBattery: r.kgCo2ePerBattery,
          performanceClass: r.performanceClass,
        },
        this.studyUrl(f),
      ),
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

  @Get('footprints/:id/study')
  @Access.public()
  async study(@CurrentActor() actor: Actor, @Param('id') id: string) {
    const f = await this.footprints.footprint(actor, id);
    const r = f.result;
    const factors = await this.footprints.factorsOf(f.id);
    const ruleset = isRulesetId(f.rulesetId) ? RULESETS[f.rulesetId] : null;
    return {
      footprintId: f.id,
      batchId: f.batchId,
      modelId: f.modelId,
      plantId: f.plantId,
      version: f.version,
      status: f.status,
      ruleset: ruleset ? { id: ruleset.id, title: ruleset.title, status: ruleset.status, source: ruleset.source } : { id: f.rulesetId },
      systemBoundary:
        'cradle to grave excluding the use phase: raw material acquisition, main production, distribution, end of life (EU 2023/1542 Annex II)',
      stagesKgCo2e: r.stages,
      kgCo2eAbsolute: f.kgCo2eAbsolute,
      kgCo2ePerKWhCapacity: f.kgCo2ePerKWhCapacity,
      kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
      kgCo2ePerBattery: r.kgCo2ePerBattery,
      outputEnergyKWh: f.outputEnergyKWh,
      lifetimeEnergyKWh: f.lifetimeEnergyKWh,
      functionalUnit: r.functionalUnit,
      electricity: r.electricity,
      processEnergyKgCo2e: r.processEnergy.kgCo2e,
      materials: {
        lines: r.materials.lines.length,
        massKg: r.materials.massKg,
        recycledMassKg: r.materials.recycledMassKg,
        kgCo2e: r.materials.kgCo2e,
      },
      distribution: {
        kgCo2e: r.distribution.kgCo2e,
        isEstimate: r.distribution.isEstimate,
        basis: r.distribution.basis,
        parts: r.distribution.parts ?? [],
      },
      packCount: r.packCount ?? null,
      endOfLife: { kgCo2e: r.endOfLife.kgCo2e, basis: r.endOfLife.basis, kgCo2ePerKg: r.endOfLife.kgCo2ePerKg },
      dataQualityRating: r.dataQualityRating,
      performanceClass: r.performanceClass,
      offsets: r.offsets,
      factors,
      inputsSha256: f.inputsSha256,
      createdAt: f.createdAt,
      declaredAt: f.declaredAt,
    };
  }

  private studyUrl(f: FootprintRow): string {
    return `${this.config.publicBaseUrl}/footprints/${f.id}/study`;
  }
}
