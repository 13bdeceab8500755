import { dgClassProblem, LITHIUM_UN_NUMBERS, parseUnNumber } from './dangerous-goods';

describe('lithium battery dangerous goods (docs/methods/identifiers.md)', () => {
  it('knows the four UN numbers and reads their written forms', () => {
    expect(Object.keys(LITHIUM_UN_NUMBERS)).toEqual(['UN3480', 'UN3481', 'UN3171', 'UN3536']);
    expect(parseUnNumber('UN3480')).toEqual({ ok: true, unNumber: 'UN3480' });
    expect(parseUnNumber('un 3536')).toEqual({ ok: true, unNumber: 'UN3536' });
    expect(parseUnNumber('3171')).toEqual({ ok: true, unNumber: 'UN3171' });
  });

  it('refuses other UN numbers (UN3090 is lithium metal, not listed) and garbage', () => {
    for (const bad of ['UN3090', 'UN348', 'UN34800', 'lithium', '']) expect(parseUnNumber(bad).ok).toBe(false);
  });

  it('accepts class 9 only', () => {
    expect(dgClassProblem('9')).toBeNull();
    expect(dgClassProblem(undefined)).toBeNull();
    expect(dgClassProblem('4.3')).toMatch(/class 9, not class "4.3"/);
  });
});
