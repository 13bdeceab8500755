import { checkModelGtin } from './model-gtin';

// 9506000134352: GTIN-13 worked by hand in docs/identifiers.md (check digit 2), company prefix 9506000.
describe('checkModelGtin', () => {
  it('answers the GTIN-14 form of a GTIN under the prefix', () => {
    expect(checkModelGtin('9506000134352', '9506000')).toEqual({ gtin14: '09506000134352' });
    expect(checkModelGtin('09506000134352', '9506000')).toEqual({ gtin14: '09506000134352' });
  });

  it('refuses a wrong check digit, a malformed GTIN, another prefix, or no prefix', () => {
    const reason = (gtin: string, prefix: string | null) => {
      const r = checkModelGtin(gtin, prefix);
      return 'problem' in r ? r.problem.reason : null;
    };
    expect(reason('9506000134353', '9506000')).toBe('GTIN_CHECK_DIGIT');
    expect(reason('95060001343', '9506000')).toBe('MALFORMED_GTIN');
    expect(reason('950600013435x', '9506000')).toBe('MALFORMED_GTIN');
    expect(reason('9506000134352', '9506001')).toBe('GTIN_PREFIX_MISMATCH');
    expect(reason('9506000134352', null)).toBe('GTIN_PREFIX_MISMATCH');
  });
});
