import { FACTOR_CODE, isUnitOfKind } from './factor-kinds';

describe('emission factor kinds and units', () => {
  it('pairs each kind with its units', () => {
    expect(isUnitOfKind('MATERIAL', 'kgCO2e/kg')).toBe(true);
    expect(isUnitOfKind('MATERIAL', 'kgCO2e/kWh')).toBe(false);
    expect(isUnitOfKind('TRANSPORT', 'kgCO2e/TEU-km')).toBe(true);
    expect(isUnitOfKind('ELECTRICITY', 'kgCO2e/t-km')).toBe(false);
  });

  it('accepts upper-case codes only', () => {
    expect(FACTOR_CODE.test('CN-GRID-2022-AVERAGE')).toBe(true);
    expect(FACTOR_CODE.test('cn-grid')).toBe(false);
    expect(FACTOR_CODE.test('-X')).toBe(false);
  });
});
