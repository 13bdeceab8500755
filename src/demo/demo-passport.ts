import { INestApplicationContext } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Actor } from '../access/actor';
import { BatteryModelEntity } from '../battery-models/battery-model.entity';
import { ModelPassportValuesInput } from '../battery-models/dto/record-model-passport-data.input';
import { ModelPassportService } from '../battery-models/model-passport.service';
import { passportCategoryOf } from '../passports/battery-pass-attributes';
import { PassportPublicationsService } from '../passports/passport-publications.service';

/**
 * A document the demo names by reference (docs/passport-attributes.md "Documents are references"):
 * battrace keeps the title, media type, size and SHA-256, here of a fixed demo text, never the bytes.
 */
export function demoDocument(modelName: string, title: string) {
  const text = `battrace demo document: ${title} of ${modelName}\n`;
  return {
    title,
    mediaType: 'text/plain',
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    sizeBytes: Buffer.byteLength(text, 'utf8'),
  };
}

/**
 * Plausible model-level passport data of an LFP or NMC811 car or bus pack (demo data, not a
 * manufacturer's declaration). Material masses per kWh of nominal energy: cathode active material
 * about 2.1 kg/kWh for LFP and 1.4 kg/kWh for NMC811, graphite about 1.0 kg/kWh; the rest scaled
 * the same way. LFP holds no cobalt or nickel, so those recycled shares are 0.
 */
export function demoModelPassportValues(
  model: Pick<BatteryModelEntity, 'name' | 'chemistry' | 'vehicleCategory' | 'nominalEnergyKWh'>,
): ModelPassportValuesInput {
  const kWh = model.nominalEnergyKWh;
  const kg = (perKWh: number) => Math.round(perKWh * kWh * 10) / 10;
  const lfp = model.chemistry === 'LFP';
  const bus = model.vehicleCategory === 'M3';
  const doc = (title: string) => demoDocument(model.name, title);
  return {
    batteryMaterials: [
      {
        name: lfp ? 'Lithium iron phosphate (LiFePO4)' : 'Lithium nickel manganese cobalt oxide (NMC811)',
        component: 'CATHODE',
        massKg: kg(lfp ? 2.1 : 1.4),
      },
      { name: 'Graphite', component: 'ANODE', massKg: kg(1.0) },
      { name: 'Lithium hexafluorophosphate in carbonate solvents', component: 'ELECTROLYTE', massKg: kg(0.55) },
      { name: 'Polyethylene', component: 'SEPARATOR', massKg: kg(0.07) },
      { name: 'Copper foil', component: 'CURRENT_COLLECTOR', massKg: kg(0.3) },
      { name: 'Aluminium foil', component: 'CURRENT_COLLECTOR', massKg: kg(0.15) },
      { name: 'Aluminium alloy', component: 'CASING', massKg: kg(1.1) },
    ],
    hazardousSubstanceNames: lfp
      ? ['Lithium hexafluorophosphate', 'Ethylene carbonate']
      : ['Lithium hexafluorophosphate', 'Ethylene carbonate', 'Nickel oxide', 'Cobalt compounds'],
    criticalRawMaterialNames: lfp
      ? ['Lithium', 'Natural graphite', 'Phosphate rock', 'Copper']
      : ['Lithium', 'Natural graphite', 'Nickel', 'Cobalt', 'Manganese', 'Copper'],
    preConsumerRecycledCobaltShare: lfp ? 0 : 0.04,
    preConsumerRecycledLithiumShare: 0.02,
    preConsumerRecycledNickelShare: lfp ? 0 : 0.03,
    preConsumerRecycledLeadShare: 0,
    postConsumerRecycledCobaltShare: lfp ? 0 : 0.08,
    postConsumerRecycledLithiumShare: 0.04,
    postConsumerRecycledNickelShare: lfp ? 0 : 0.05,
    postConsumerRecycledLeadShare: 0,
    renewableContentShare: lfp ? 0.35 : 0.25,
    supplyChainDueDiligenceReport: doc('Supply chain due diligence report 2026'),
    declarationOfConformity: doc('EU declaration of conformity'),
    dismantlingAndRemovalInformation: doc('Dismantling and removal manual'),
    safetyMeasures: doc('Safety instructions'),
    extinguishingAgent: 'Large quantities of water (class D powder for small cell fires)',
    // Power: a car pack about 2.4 W per Wh at 80% state of charge (maximum 3), a bus pack about 1 (maximum 1.5).
    originalPowerCapabilityW: Math.round(kWh * (bus ? 1000 : 2400)),
    ratedMaximumPowerW: Math.round(kWh * (bus ? 1500 : 3000)),
    capacityFadePercent: lfp ? 0.5 : 0.8,
    expectedLifetimeYears: lfp ? 12 : 10,
    temperatureRangeIdleStateLowerBoundaryC: -30,
    temperatureRangeIdleStateUpperBoundaryC: lfp ? 55 : 50,
    separateCollectionSymbol: doc('Separate collection symbol'),
    labelingMeaning:
      'The crossed-out wheeled bin: do not discard with household waste; return the battery for separate collection and recycling.',
  };
}

/**
 * For each demo model that needs a battery passport: its manufacturer records the model-level
 * passport data (through ModelPassportService.record, audited) and publishes version 1
 * (PassportPublicationsService.publish), so the demo shows a signed chain at
 * GET /passports/models/:modelId/versions.
 */
export async function seedDemoModelPassports(
  app: INestApplicationContext,
  models: { manufacturer: Actor; model: BatteryModelEntity }[],
): Promise<void> {
  const data = app.get(ModelPassportService);
  const publications = app.get(PassportPublicationsService);
  for (const { manufacturer, model } of models) {
    if (!passportCategoryOf(model.category, model.nominalEnergyKWh)) continue;
    await data.record(manufacturer, { modelId: model.id, values: demoModelPassportValues(model) });
    await publications.publish(manufacturer, { modelId: model.id, note: 'demo world: first placing on the market' });
  }
}
