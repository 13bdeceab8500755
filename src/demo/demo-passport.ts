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
 * Plausible model-level passport data of an LFP or NMC811 car or bus pack, every model-level
 * attribute of the catalogue that battrace records (demo data, not a manufacturer's declaration).
 * Material masses per kWh of nominal energy: cathode active material about 2.1 kg/kWh for LFP and
 * 1.4 kg/kWh for NMC811, graphite about 1.0 kg/kWh; the rest scaled the same way. LFP holds no
 * cobalt or nickel, so those recycled shares are 0. Cell voltage windows: LFP 2.5 to 3.65 V around
 * 3.2 V, NMC811 3.0 to 4.2 V around 3.65 V, scaled to the pack's nominal voltage.
 */
export function demoModelPassportValues(
  model: Pick<BatteryModelEntity, 'name' | 'chemistry' | 'vehicleCategory' | 'nominalEnergyKWh' | 'nominalVoltageV'>,
): ModelPassportValuesInput {
  const kWh = model.nominalEnergyKWh;
  const kg = (perKWh: number) => Math.round(perKWh * kWh * 10) / 10;
  const lfp = model.chemistry === 'LFP';
  const bus = model.vehicleCategory === 'M3';
  const doc = (title: string) => demoDocument(model.name, title);
  const cell = lfp ? { min: 2.5, nominal: 3.2, max: 3.65 } : { min: 3.0, nominal: 3.65, max: 4.2 };
  const volts = (v: number) => Math.round((model.nominalVoltageV * v) / cell.nominal);
  const code = model.name
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toUpperCase();
  const parts = [
    { partName: 'Battery module', partNumber: `${code}-MOD-01` },
    { partName: 'Battery management system', partNumber: `${code}-BMS-01` },
    { partName: 'Cooling plate', partNumber: `${code}-CP-01` },
  ];
  const hazardous = [
    {
      substanceName: 'Lithium hexafluorophosphate',
      casNumber: '21324-40-3',
      hazardClass: 'ACUTE_TOXICITY' as const,
      concentrationPercent: 1.5,
      component: 'ELECTROLYTE' as const,
      impacts: [
        'Toxic if swallowed',
        'Releases hydrogen fluoride in contact with water or heat',
        'Causes severe skin burns and eye damage',
      ],
    },
    {
      substanceName: 'Ethylene carbonate',
      casNumber: '96-49-1',
      hazardClass: 'EYE_DAMAGE_OR_IRRITATION' as const,
      concentrationPercent: 3,
      component: 'ELECTROLYTE' as const,
      impacts: ['Causes serious eye irritation'],
    },
  ];
  return {
    batteryMaterials: [
      lfp
        ? {
            name: 'Lithium iron phosphate (LiFePO4)',
            component: 'CATHODE',
            massKg: kg(2.1),
            casNumber: '15365-14-7',
            criticalRawMaterial: true,
          }
        : {
            name: 'Lithium nickel manganese cobalt oxide (NMC811)',
            component: 'CATHODE',
            massKg: kg(1.4),
            casNumber: '346417-97-8',
            criticalRawMaterial: true,
          },
      { name: 'Graphite', component: 'ANODE', massKg: kg(1.0), casNumber: '7782-42-5', criticalRawMaterial: true },
      {
        name: 'Lithium hexafluorophosphate in carbonate solvents',
        component: 'ELECTROLYTE',
        massKg: kg(0.55),
        casNumber: '21324-40-3',
        criticalRawMaterial: false,
      },
      { name: 'Polyethylene', component: 'SEPARATOR', massKg: kg(0.07), casNumber: '9002-88-4', criticalRawMaterial: false },
      { name: 'Copper foil', component: 'CURRENT_COLLECTOR', massKg: kg(0.3), casNumber: '7440-50-8', criticalRawMaterial: true },
      { name: 'Aluminium foil', component: 'CURRENT_COLLECTOR', massKg: kg(0.15), casNumber: '7429-90-5', criticalRawMaterial: true },
      { name: 'Aluminium alloy', component: 'CASING', massKg: kg(1.1), casNumber: '7429-90-5', criticalRawMaterial: true },
    ],
    hazardousSubstanceNames: hazardous.map((h) => h.substanceName),
    hazardousSubstanceImpacts: hazardous,
    criticalRawMaterialNames: lfp
      ? ['Lithium', 'Natural graphite', 'Phosphate rock', 'Copper', 'Aluminium']
      : ['Lithium', 'Natural graphite', 'Nickel', 'Cobalt', 'Manganese', 'Copper', 'Aluminium'],
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
    thirdPartyAssurances: doc('Third-party assurance of the due diligence scheme 2026'),
    supplyChainIndex: lfp ? 72 : 64,
    declarationOfConformity: doc('EU declaration of conformity'),
    resultOfTestReport: doc('Test reports: UN 38.3 transport tests and IEC 62660-2 reliability tests'),
    dismantlingAndRemovalInformation: doc('Dismantling and removal manual'),
    safetyMeasures: doc('Safety instructions'),
    extinguishingAgent: 'Large quantities of water (class D powder for small cell fires)',
    partNumbers: parts,
    sparePartSources: [
      {
        supplierName: 'Demo Spare Parts GmbH',
        streetAddress: 'Industriestraße 12',
        postalCode: '38440',
        countryCode: 'DE',
        emailAddress: 'parts@spare-parts.example.com',
        webAddress: 'https://spare-parts.example.com/',
        partNumbers: parts.map((p) => p.partNumber),
      },
    ],
    wastePrevention: doc('Your role in preventing battery waste'),
    separateCollection: doc('Your role in the separate collection of waste batteries'),
    informationOnCollection: doc('Collection, second life and treatment at end of life'),
    // Power: a car pack about 2.4 W per Wh at 80% state of charge (maximum 3), a bus pack about 1 (maximum 1.5).
    originalPowerCapabilityW: Math.round(kWh * (bus ? 1000 : 2400)),
    ratedMaximumPowerW: Math.round(kWh * (bus ? 1500 : 3000)),
    powerCapabilityRatioWPerWh: bus ? 1 : 2.4,
    powerFadePercent: lfp ? 15 : 20,
    minimumVoltageV: volts(cell.min),
    maximumVoltageV: volts(cell.max),
    roundTripEfficiencyPercent: lfp ? 95 : 94,
    roundTripEfficiencyAt50PercentCycleLifePercent: lfp ? 93 : 91,
    roundTripEfficiencyFadePercent: lfp ? 2.1 : 3.2,
    initialSelfDischargePercentPerMonth: lfp ? 2 : 3,
    initialInternalResistances: [
      { batteryComponent: 'PACK', resistanceOhm: bus ? 0.04 : 0.08 },
      { batteryComponent: 'CELL', resistanceOhm: lfp ? 0.0005 : 0.0009 },
    ],
    internalResistanceIncreasePercent: lfp ? 30 : 40,
    capacityFadePercent: lfp ? 0.5 : 0.8,
    expectedLifetimeYears: lfp ? 12 : 10,
    lifetimeReferenceTest: doc('Cycle-life reference test (IEC 62660-1)'),
    cRateLifeCycleTestAPerAh: bus ? 0.5 : 0.33,
    capacityThresholdForExhaustionPercent: 70,
    temperatureRangeIdleStateLowerBoundaryC: -20,
    temperatureRangeIdleStateUpperBoundaryC: lfp ? 55 : 50,
    separateCollectionSymbol: doc('Separate collection symbol'),
    cadmiumAndLeadSymbols: doc('Cadmium and lead symbols statement: below the thresholds of Art. 13(4), no symbol printed'),
    carbonFootprintLabel: doc('Carbon footprint label'),
    labelingMeaning:
      'The crossed-out wheeled bin: do not discard with household waste; return the battery for separate collection and recycling. ' +
      'No Cd or Pb mark: the battery holds less cadmium and lead than Art. 13(4) marks. The carbon footprint label gives the declared footprint per kWh.',
    carbonFootprintGeneralInformation:
      `${model.name}: carbon footprint declared per production batch (Regulation (EU) 2023/1542 Art. 7 and Annex II), ` +
      'kg CO2e per kWh of total energy delivered over the service life; the manufacturer and the plant are those of the batch.',
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
