import { createHash } from 'node:crypto';
import { MODEL_PASSPORT_FIELD_KEY, modelPassportValues } from '../battery-models/model-passport-data';
import { demoDocument, demoModelPassportValues } from './demo-passport';

describe('demo model passport data', () => {
  it('names each document by the SHA-256 and size of its fixed demo text', () => {
    const d = demoDocument('OGC-LFP-62 Car Pack', 'EU declaration of conformity');
    const text = 'battrace demo document: EU declaration of conformity of OGC-LFP-62 Car Pack\n';
    expect(d).toEqual({
      title: 'EU declaration of conformity',
      mediaType: 'text/plain',
      sha256: createHash('sha256').update(text).digest('hex'),
      sizeBytes: text.length,
    });
    expect(demoDocument('MPS-NMC811-78 Car Pack', 'EU declaration of conformity').sha256).not.toBe(d.sha256);
  });

  it('passes the recording rules; LFP holds no cobalt or nickel, a bus pack is rated for less power per kWh', () => {
    const lfp = demoModelPassportValues({
      name: 'car',
      chemistry: 'LFP',
      vehicleCategory: 'M1',
      nominalEnergyKWh: 62,
      nominalVoltageV: 387.5,
    });
    const nmc = demoModelPassportValues({
      name: 'nmc',
      chemistry: 'NMC811',
      vehicleCategory: 'M1',
      nominalEnergyKWh: 78,
      nominalVoltageV: 400,
    });
    const bus = demoModelPassportValues({
      name: 'bus',
      chemistry: 'LFP',
      vehicleCategory: 'M3',
      nominalEnergyKWh: 366,
      nominalVoltageV: 600,
    });
    for (const v of [lfp, nmc, bus]) expect(() => modelPassportValues(v)).not.toThrow();
    expect([lfp.postConsumerRecycledCobaltShare, lfp.postConsumerRecycledNickelShare]).toEqual([0, 0]);
    expect(nmc.criticalRawMaterialNames).toContain('Cobalt');
    expect(lfp.batteryMaterials![0]).toEqual({
      name: 'Lithium iron phosphate (LiFePO4)',
      component: 'CATHODE',
      massKg: 130.2,
      casNumber: '15365-14-7',
      criticalRawMaterial: true,
    });
    expect([lfp.originalPowerCapabilityW, bus.originalPowerCapabilityW! / 366]).toEqual([148_800, 1000]);
    // 387.5 V of 3.2 V cells: 2.5 V and 3.65 V per cell give 303 V and 442 V.
    expect([lfp.minimumVoltageV, lfp.maximumVoltageV]).toEqual([303, 442]);
  });

  it('records every model-level attribute of the catalogue that battrace does not derive', () => {
    const v = modelPassportValues(
      demoModelPassportValues({ name: 'car', chemistry: 'LFP', vehicleCategory: 'M1', nominalEnergyKWh: 62, nominalVoltageV: 387.5 }),
    );
    expect(Object.keys(v).sort()).toEqual([...new Set(Object.values(MODEL_PASSPORT_FIELD_KEY))].sort());
  });
});
