import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { ShipmentEventsService } from './shipment-events.service';
import { ShipmentsService } from './shipments.service';

/** The emission factor library row of docs/methods/transport.md (seeded by the footprints migration). */
const GLEC_SEA_CODE = 'GLEC-V3.1-SEA-CONTAINER-EUROPE-AFRICA-DRY';

/**
 * The demo world's one shipment, booked and sailed through the real services: two packs of the
 * LFP batch OGC-2026-03-A from Tianjin Xingang to Rotterdam for the EU buyer, the Tianjin
 * forwarder assigned and recording the first events. Masses and the sea distance are
 * illustrative demo values (labelled so in the data); the factor is the GLEC row of docs/methods/transport.md.
 */
export async function seedDemoShipment(
  app: INestApplicationContext,
  manufacturer: Actor,
  names: { batchNumber: string; buyer: string; forwarder: string },
): Promise<void> {
  if (manufacturer.type !== 'ORGANIZATION') throw new Error('demo shipment: the manufacturer books it');
  const db = app.get<DataSource>(getDataSourceToken());
  const [batch]: { id: string }[] = await db.query('SELECT id FROM batches WHERE manufacturer_id = $1 AND batch_number = $2', [
    manufacturer.organizationId,
    names.batchNumber,
  ]);
  const orgs: { id: string; name: string; key_id: string }[] = await db.query(
    `SELECT o.id, o.name, (SELECT k.id FROM api_keys k WHERE k.organization_id = o.id ORDER BY k.created_at LIMIT 1) AS key_id
       FROM organizations o WHERE o.name = ANY($1::text[])`,
    [[names.buyer, names.forwarder]],
  );
  const [factor]: { id: string }[] = await db.query('SELECT id FROM emission_factors WHERE code = $1 ORDER BY version DESC LIMIT 1', [
    GLEC_SEA_CODE,
  ]);
  const buyer = orgs.find((o) => o.name === names.buyer);
  const forwarder = orgs.find((o) => o.name === names.forwarder);
  if (!batch || !buyer || !forwarder || !factor)
    throw new Error('demo shipment: the demo batch, buyer, forwarder or GLEC factor is missing');

  const shipment = await app.get(ShipmentsService).createShipment(manufacturer, {
    reference: 'OGC-EXP-2026-0001',
    billOfLadingNumber: 'COSU6390012345',
    incoterm: 'FOB Tianjin Incoterms 2020',
    consigneeId: buyer.id,
    notifyParty: names.buyer,
    vesselName: 'CSCL Venus',
    vesselImo: 'IMO 9319466',
    voyageNumber: '052W',
    portOfLoading: 'CNTXG',
    portOfDischarge: 'NLRTM',
    dangerousGoods: { unNumber: 'UN3480', un383TestSummary: 'OGC-LFP-62 UN 38.3 test summary (demo document)' },
    // ISO 6346 example number of docs/methods/identifiers.md; masses are illustrative demo values.
    containers: [{ containerNumber: 'CSQU3054383', sealNumber: 'CN-TJ-0042317', sizeType: '45G1', grossMassKg: 4800 }],
    cargoLines: [{ batchId: batch.id, containerNumber: 'CSQU3054383', packCount: 2, grossMassKg: 850 }],
    legs: [
      {
        mode: 'SEA',
        from: 'CNTXG',
        to: 'NLRTM',
        distanceNauticalMiles: 10_500,
        distanceSource: 'illustrative demo value, not a measured route distance',
        routing: 'SUEZ',
        factorId: factor.id,
      },
    ],
    forwarderIds: [forwarder.id],
  });

  const asForwarder: Actor = {
    type: 'ORGANIZATION',
    organizationId: forwarder.id,
    organizationKind: 'FORWARDER',
    apiKeyId: forwarder.key_id,
  };
  const events = app.get(ShipmentEventsService);
  for (const [type, at, place] of [
    ['BOOKED', '2026-04-01T08:00:00Z', 'Ordos'],
    ['GATE_IN', '2026-04-05T10:00:00Z', 'Tianjin Xingang container terminal'],
    ['LOADED', '2026-04-06T03:00:00Z', 'Tianjin Xingang'],
    ['DEPARTED', '2026-04-06T18:00:00Z', 'Tianjin Xingang'],
  ] as const) {
    await events.recordEvent(asForwarder, {
      shipmentId: shipment.id,
      type,
      occurredAt: new Date(at),
      place,
      locode: type === 'BOOKED' ? null : 'CNTXG',
    });
  }
}
