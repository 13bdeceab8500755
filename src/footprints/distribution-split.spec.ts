import { MissingEstimateError, splitDistribution } from './distribution-split';

describe('DISTRIBUTION split', () => {
  const estimate = { kgCo2e: 1000, basis: 'road + sea estimate' };

  it('is the whole estimate before any shipment', () => {
    const s = splitDistribution({ packsTotal: 1000, transport: [], estimate });
    expect(s).toMatchObject({ kgCo2e: 1000, isEstimate: true, packsShipped: 0 });
    expect(s.parts.map((p) => [p.part, p.kgCo2e, p.packs])).toEqual([['ESTIMATE_UNSHIPPED', 1000, 1000]]);
  });

  it('after 160 of 1,000 packs shipped: recorded transport + 84% of the estimate', () => {
    // 412.8 kg recorded for the 160 packs; 1,000 kg × 840 / 1,000 = 840 kg for the rest.
    const s = splitDistribution({ packsTotal: 1000, transport: [{ co2eKg: 412.8, packCount: 160 }], estimate });
    expect(s.kgCo2e).toBeCloseTo(1252.8, 9);
    expect(s.parts.map((p) => [p.part, p.packs])).toEqual([
      ['RECORDED_TRANSPORT', 160],
      ['ESTIMATE_UNSHIPPED', 840],
    ]);
    expect(s.parts[1].kgCo2e).toBeCloseTo(840, 9);
    expect(s.isEstimate).toBe(true);
  });

  it('drops the estimate once every pack has shipped, and never counts more packs than the batch has', () => {
    const s = splitDistribution({
      packsTotal: 1000,
      transport: [
        { co2eKg: 400, packCount: 600 },
        { co2eKg: 300, packCount: 500 },
      ],
      estimate: null,
    });
    expect(s).toMatchObject({ kgCo2e: 700, isEstimate: false, packsShipped: 1000 });
    expect(s.parts).toHaveLength(1);
  });

  it('needs an estimate while packs remain unshipped', () => {
    expect(() => splitDistribution({ packsTotal: 10, transport: [{ co2eKg: 5, packCount: 4 }], estimate: null })).toThrow(
      MissingEstimateError,
    );
    expect(() => splitDistribution({ packsTotal: 0, transport: [], estimate })).toThrow(RangeError);
  });
});
