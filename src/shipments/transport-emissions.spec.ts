import fc from 'fast-check';
import { allocateByMass, factorPerTonneKm, kmOfNauticalMiles, legEmission, routingProblem } from './transport-emissions';

describe('transport emissions, GLEC / ISO 14083 well-to-wheel (docs/methods/transport.md)', () => {
  it('computes tonnes × km × factor per tonne-km', () => {
    // 2,000 kg over 1,000 km at 0.02 kg CO2e/t-km: 2 t × 1,000 km = 2,000 t-km; × 0.02 = 40 kg.
    const leg = legEmission({ cargoMassKg: 2000, teu: null }, 1000, { value: 0.02, unit: 'KG_CO2E_PER_TONNE_KM' });
    expect(leg).toEqual({ tonnes: 2, distanceKm: 1000, tonneKm: 2000, kgCo2ePerTonneKm: 0.02, co2eKg: 40 });
  });

  it('converts a per-TEU-km factor with the actual tonnes per TEU', () => {
    // GLEC v3.1 Europe–Africa dry container 0.0894 kg CO2e/TEU-km (docs/methods/transport.md), 3 TEU carrying
    // 2 t: 2/3 t per TEU, so 0.0894 / (2/3) = 0.1341 kg/t-km; over 10,000 nm = 18,520 km:
    // 2 t × 18,520 km × 0.1341 = 37,040 t-km × 0.1341 = 4,967.064 kg, the same as
    // 3 TEU × 18,520 km = 55,560 TEU-km × 0.0894 = 4,967.064 kg.
    const load = { cargoMassKg: 2000, teu: 3 };
    const km = kmOfNauticalMiles(10_000);
    expect(km).toBeCloseTo(18_520, 9);
    expect(factorPerTonneKm({ value: 0.0894, unit: 'KG_CO2E_PER_TEU_KM' }, load)).toBeCloseTo(0.1341, 12);
    expect(legEmission(load, km, { value: 0.0894, unit: 'KG_CO2E_PER_TEU_KM' }).co2eKg).toBeCloseTo(4967.064, 6);
    expect(() => factorPerTonneKm({ value: 0.0894, unit: 'KG_CO2E_PER_TEU_KM' }, { cargoMassKg: 2000, teu: null })).toThrow(/TEU/);
  });

  it('allocates by mass', () => {
    // 5,007.064 kg over lines of 1,200 and 800 kg: 60% = 3,004.2384 and 40% = 2,002.8256.
    const [a, b] = allocateByMass(5007.064, [1200, 800]);
    expect(a).toBeCloseTo(3004.2384, 9);
    expect(b).toBeCloseTo(2002.8256, 9);
  });

  it('property: allocation keeps the total and is proportional to mass', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.array(fc.double({ min: 0.001, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (total, masses) => {
          const shares = allocateByMass(total, masses);
          const sum = shares.reduce((a, s) => a + s, 0);
          const massSum = masses.reduce((a, m) => a + m, 0);
          const tol = 1e-9 * Math.max(1, total);
          return Math.abs(sum - total) <= tol && shares.every((s, i) => Math.abs(s - (total * masses[i]) / massSum) <= tol);
        },
      ),
    );
  });

  it('property: emissions are linear in distance and mass, and a TEU factor depends on TEU, not mass', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 3e4, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (massKg, km, teu) => {
          const f = { value: 0.0894, unit: 'KG_CO2E_PER_TEU_KM' as const };
          const one = legEmission({ cargoMassKg: massKg, teu }, km, f).co2eKg;
          const twiceKm = legEmission({ cargoMassKg: massKg, teu }, 2 * km, f).co2eKg;
          const twiceMass = legEmission({ cargoMassKg: 2 * massKg, teu }, km, f).co2eKg;
          const t = { value: 0.02, unit: 'KG_CO2E_PER_TONNE_KM' as const };
          const perT = legEmission({ cargoMassKg: massKg, teu: null }, km, t).co2eKg;
          const perT2 = legEmission({ cargoMassKg: 2 * massKg, teu: null }, km, t).co2eKg;
          const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
          return close(twiceKm, 2 * one) && close(twiceMass, one) && close(one, teu * km * 0.0894) && close(perT2, 2 * perT);
        },
      ),
    );
  });

  it('asks Asia–Europe sea legs for their routing, and only them', () => {
    expect(routingProblem('SEA', 'ASIA', 'EUROPE', null)).toMatch(/SUEZ or CAPE/);
    expect(routingProblem('SEA', 'EUROPE', 'ASIA', 'CAPE')).toBeNull();
    expect(routingProblem('SEA', 'ASIA', 'EUROPE', 'SUEZ')).toBeNull();
    expect(routingProblem('SEA', 'ASIA', 'NORTH_AMERICA', null)).toBeNull();
    expect(routingProblem('SEA', 'ASIA', 'ASIA', 'SUEZ')).toMatch(/only to Asia–Europe/);
    expect(routingProblem('RAIL', null, null, 'SUEZ')).toMatch(/only to Asia–Europe/);
  });
});
