import { electricityFactorRole, isRulesetId, performanceClassOf, rolesUsed, RULESET_IDS, RULESETS } from './rulesets';

describe('rulesets (docs/methods/electricity.md)', () => {
  it('EU_CFB_DRAFT_2024: only direct line and on-site power use their own (green) factor', () => {
    const eu = RULESETS.EU_CFB_DRAFT_2024;
    expect(electricityFactorRole(eu, 'DIRECT_LINE')).toBe('GREEN');
    expect(electricityFactorRole(eu, 'ONSITE')).toBe('GREEN');
    expect(electricityFactorRole(eu, 'GREEN_TRADE')).toBe('NATIONAL_AVERAGE');
    expect(electricityFactorRole(eu, 'GRID')).toBe('NATIONAL_AVERAGE');
    expect(rolesUsed(eu)).toEqual(['GREEN', 'NATIONAL_AVERAGE']);
  });

  it('ISO14067_MARKET_BASED: GEC-backed green trade is green, the rest takes the residual mix', () => {
    const iso = RULESETS.ISO14067_MARKET_BASED;
    expect(electricityFactorRole(iso, 'GREEN_TRADE')).toBe('GREEN');
    expect(electricityFactorRole(iso, 'GRID')).toBe('RESIDUAL_MIX');
    expect(rolesUsed(iso)).toEqual(['GREEN', 'RESIDUAL_MIX']);
  });

  it('uses the draft act cycles per year: M1/N1 60, L 20, M2/M3/N2/N3 250', () => {
    for (const id of RULESET_IDS) {
      expect(RULESETS[id].fullEquivalentCyclesPerYear).toEqual({ M1: 60, N1: 60, L: 20, M2: 250, M3: 250, N2: 250, N3: 250 });
    }
  });

  it('binds China to the 2022 series that has both the average and the residual mix', () => {
    expect(RULESETS.EU_CFB_DRAFT_2024.factorCodes.CN).toEqual({
      GREEN: 'ELEC-WIND-SOLAR-DIRECT',
      NATIONAL_AVERAGE: 'CN-GRID-2022-AVERAGE',
      RESIDUAL_MIX: 'CN-GRID-2022-EXCL-MARKET-NONFOSSIL',
    });
  });

  it('has no performance class until boundaries are published', () => {
    expect(performanceClassOf(RULESETS.EU_CFB_DRAFT_2024, 0.01)).toBeNull();
    const withClasses = {
      performanceClasses: [
        { performanceClass: 'A', maxKgCo2ePerKWhLifetime: 0.1 },
        { performanceClass: 'B', maxKgCo2ePerKWhLifetime: 0.2 },
      ],
    };
    expect(performanceClassOf(withClasses, 0.1)).toBe('A');
    expect(performanceClassOf(withClasses, 0.15)).toBe('B');
    expect(performanceClassOf(withClasses, 0.25)).toBeNull();
  });

  it('recognises ruleset ids', () => {
    expect(isRulesetId('EU_CFB_DRAFT_2024')).toBe(true);
    expect(isRulesetId('MADE_UP')).toBe(false);
  });
});

describe('EV consumption of the rulesets', () => {
  it('is the EU vehicle-class table: car 17, van 25, city bus 110, long-haul truck 120 kWh/100 km, none for L', () => {
    for (const id of RULESET_IDS) {
      expect(RULESETS[id].evConsumptionKWhPer100Km).toEqual({ M1: 17, N1: 25, M2: 110, M3: 110, N2: 120, N3: 120 });
    }
  });
});
