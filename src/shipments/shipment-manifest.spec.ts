import { csvCell, CSV_COLUMNS, Manifest, manifestCsv } from './shipment-manifest';

const manifest: Manifest = {
  shipment: {
    id: 's1',
    reference: 'REF-1',
    billOfLadingNumber: 'COSU1234567',
    status: 'CREATED',
    incoterm: 'FOB Tianjin Incoterms 2020',
    manufacturer: { id: 'm', name: 'Maker' },
    shipper: 'Maker, "Ordos"',
    consignee: { id: 'b', name: 'Buyer', country: 'NL' },
    notifyParty: null,
    vessel: { name: 'CSCL Venus', imoNumber: 'IMO 9319466' },
    voyageNumber: '001W',
    portOfLoading: { locode: 'CNTXG', name: 'Tianjin Xingang' },
    portOfDischarge: { locode: 'NLRTM', name: 'Rotterdam' },
    shippedOnBoardAt: null,
    departedAt: null,
    arrivedAt: null,
    deliveredAt: null,
    returnedAt: null,
  },
  goods: {
    description: 'batteries',
    hsCode: '8507.60',
    tariffCode: null,
    dangerousGoods: { unNumber: 'UN3480', class: '9', description: 'x', un383TestSummary: 'T-1' },
  },
  containers: [{ containerNumber: 'CSQU3054383', sealNumber: 'S1', sizeType: '45G1', teu: 2, grossMassKg: 5000 }],
  cargoLines: [
    {
      lineNo: 1,
      containerNumber: 'CSQU3054383',
      sealNumber: 'S1',
      batchId: 'b1',
      batchNumber: '=HYPERLINK("x")',
      unitKind: 'PACK',
      packCount: 3,
      unitCount: 0,
      serialRange: { first: 'P1', last: 'P3' },
      grossMassKg: 1200,
      transportCo2eKg: 10.5,
    },
  ],
  totals: { containers: 1, teu: 2, packs: 3, looseUnits: 0, cargoGrossMassKg: 1200, containerGrossMassKg: 5000 },
  transportEmissions: {
    method: 'm',
    allocation: 'a',
    totalCo2eKg: 10.5,
    computedAt: null,
    legs: [
      {
        legNo: 1,
        mode: 'SEA',
        from: 'CNTXG',
        to: 'NLRTM',
        distanceKm: 100,
        distanceSource: 'test, with a comma',
        routing: 'SUEZ',
        factor: null,
        factorOverride: { value: 0.05, unit: 'KG_CO2E_PER_TONNE_KM', source: 'test' },
        tonnes: 1.2,
        tonneKm: 120,
        kgCo2ePerTonneKm: 0.05,
        co2eKg: 6,
      },
    ],
  },
  events: [
    {
      id: 'e1',
      journeyPosition: 1,
      seq: 2,
      type: 'DEPARTED',
      occurredAt: '2026-04-06T18:00:00.000Z',
      place: 'Tianjin Xingang',
      locode: 'CNTXG',
      note: null,
      recordedAt: '2026-04-06T19:00:00.000Z',
      correctsEventId: null,
      correction: {
        correctedAt: '2026-04-08T09:00:00.000Z',
        correctedBy: { type: 'ORGANIZATION', id: 'f' },
        reason: 'wrong day, see the carrier, "CSCL"',
        correctiveEventId: 'e2',
      },
    },
    {
      id: 'e2',
      journeyPosition: 2,
      seq: 3,
      type: 'DEPARTED',
      occurredAt: '2026-04-07T18:00:00.000Z',
      place: 'Tianjin Xingang',
      locode: 'CNTXG',
      note: null,
      recordedAt: '2026-04-08T09:00:00.000Z',
      correctsEventId: 'e1',
      correction: null,
    },
  ],
};

describe('shipment manifest CSV', () => {
  it('quotes per RFC 4180 and defuses formula cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('writes one SHIPMENT, CONTAINER, CARGO_LINE, LEG and EVENT row each, all with the same columns', () => {
    const lines = manifestCsv(manifest).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.map((l) => l.split(',')[0])).toEqual(['record', 'SHIPMENT', 'CONTAINER', 'CARGO_LINE', 'LEG', 'EVENT', 'EVENT']);
    const cargo = lines[3];
    expect(cargo).toContain(`'=HYPERLINK(""x"")`);
    expect(cargo).toContain(',P1,P3,1200,');
    expect(lines[4]).toContain(',1200,1,SEA,CNTXG,NLRTM,100,"test, with a comma",SUEZ,0.05,KG_CO2E_PER_TONNE_KM,override: test,6');
  });

  it('keeps a corrected event, with who corrected it, when, why and the event that replaces it', () => {
    const lines = manifestCsv(manifest).trimEnd().split('\r\n');
    expect(lines[5]).toMatch(
      /,1,e1,DEPARTED,2026-04-06T18:00:00.000Z,Tianjin Xingang,CNTXG,2026-04-06T19:00:00.000Z,,2026-04-08T09:00:00.000Z,"wrong day, see the carrier, ""CSCL""",e2$/,
    );
    expect(lines[6]).toMatch(/,2,e2,DEPARTED,2026-04-07T18:00:00.000Z,Tianjin Xingang,CNTXG,2026-04-08T09:00:00.000Z,e1,,,$/);
  });
});
