import { Controller, Get, Param } from '@nestjs/common';
import { Access, CurrentActor } from '../access/access.decorator';
import { Actor } from '../access/actor';
import { FootprintsService } from './footprints.service';
import { RULESETS, isRulesetId } from './rulesets';

/**
 * GET /footprints/:id/study: the public study behind a footprint's values (the passport's
 * carbonFootprintStudy points here): stages, functional unit, electricity by source with its
 * factors, every factor row with its source, and the inputs hash. Inputs and evidence stay
 * private (GraphQL inputsDocument).
 */
@Controller()
export class FootprintStudyController {
  constructor(private readonly footprints: FootprintsService) {}

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
}
