import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { EnergyService } from '../energy/energy.service';
import { FootprintInputsService } from './footprint-inputs.service';
import { FootprintsService } from './footprints.service';

/**
 * The demo world's footprint (called by src/demo/demo-world.ts): the Ordos park's electricity for
 * March 2026 and a declared EU_CFB_DRAFT_2024 footprint of the LFP batch OGC-2026-03-A (4 packs
 * of the 62 kWh model, 248 kWh). Quantities are demo data; every per-unit figure is a sourced one (docs/methods/footprint.md):
 * - supply split 80% direct green / 20% green trading backed by GECs (docs/methods/electricity.md, Ordos);
 * - manufacturing electricity 30 kWh per kWh of capacity (docs/methods/footprint.md *default*): 248 × 30 = 7,440 kWh;
 * - materials: LFP ~109 kg CO2e/kWh on China's grid, about 40% of it electricity (Hao et al. 2017,
 *   docs/methods/footprint.md), so 109 × 0.6 = 65.4 kg CO2e per kWh of capacity outside the plant's electricity,
 *   declared over the pack mass: 65.4 × 62 kWh / 395 kg per pack;
 * - end of life is declared 0 and says why (the factor library holds no end-of-life factor); distribution
 *   is the demo shipment's recorded transport for the 2 packs it carries plus a declared estimate
 *   of 0 for the 2 packs not shipped (still flagged as an estimate).
 * Seeded after the demo shipment, so that the declared version is the newest one.
 */
export const DEMO_MONTH = { periodStart: '2026-03-01', periodEnd: '2026-03-31', totalKWh: 1_000_000 };

export async function seedDemoFootprint(
  app: INestApplicationContext,
  manufacturer: Actor,
  ids: { parkId: string; batchNumber: string },
): Promise<{ footprintId: string }> {
  if (manufacturer.type !== 'ORGANIZATION') throw new Error('the demo footprint is recorded by its manufacturer');
  const [batch]: { id: string }[] = await app
    .get<DataSource>(getDataSourceToken())
    .query('SELECT id FROM batches WHERE manufacturer_id = $1 AND batch_number = $2', [manufacturer.organizationId, ids.batchNumber]);
  const energy = app.get(EnergyService);
  const inputs = app.get(FootprintInputsService);
  const footprints = app.get(FootprintsService);

  const greenTradeKWh = DEMO_MONTH.totalKWh * 0.2;
  await energy.recordParkEnergy(manufacturer, {
    parkId: ids.parkId,
    ...DEMO_MONTH,
    supplies: [
      { source: 'DIRECT_LINE', kWh: DEMO_MONTH.totalKWh * 0.8, meterIds: ['ORDOS-WIND-LINE-01', 'ORDOS-PV-LINE-02'] },
      {
        source: 'GREEN_TRADE',
        kWh: greenTradeKWh,
        // 1 GEC = 1 MWh (docs/methods/electricity.md): 200 demo serials for 200 MWh.
        gecSerials: Array.from({ length: greenTradeKWh / 1000 }, (_, i) => `GEC-DEMO-202603-${String(i + 1).padStart(6, '0')}`),
      },
    ],
    note: 'Demo: Ordos net-zero park target supply, 80% direct green and 20% green trading (docs/methods/electricity.md)',
  });

  const packs = 4;
  const packKWh = 62;
  const packMassKg = 395;
  const materialKgCo2ePerKWh = 109 * (1 - 0.4);
  await inputs.record(manufacturer, {
    batchId: batch.id,
    materials: [
      {
        material: 'LFP cell and pack materials, cradle to gate',
        supplierName: 'Demo supplier declaration',
        originCountry: 'CN',
        massKg: packs * packMassKg,
        declaredKgCo2ePerKg: (materialKgCo2ePerKWh * packKWh) / packMassKg,
        evidence:
          'Demo: docs/methods/footprint.md, LFP ~109 kg CO2e/kWh on China’s grid with about 40% from electricity (Hao et al. 2017): 65.4 kg CO2e/kWh × 62 kWh / 395 kg',
        recycledShare: 0,
      },
    ],
    electricity: { meteredKWh: packs * packKWh * 30, meterIds: ['OGC-PLANT1-MAIN'] },
    endOfLife: {
      declaredKgCo2e: 0,
      evidence: 'Demo: not assessed; the factor library holds no end-of-life factor (an administrator adds one with addEmissionFactor)',
    },
    distributionEstimate: {
      kgCo2e: 0,
      basis: 'Demo: counted pro rata for the packs not yet shipped; shipped packs count their recorded export legs (GLEC / ISO 14083)',
    },
  });
  const fp = await footprints.calculateFootprint(manufacturer, { batchId: batch.id, rulesetId: 'EU_CFB_DRAFT_2024' });
  await footprints.declareFootprint(manufacturer, { footprintId: fp.id });
  return { footprintId: fp.id };
}
