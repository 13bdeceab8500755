import { dataQualityRating, invalidDqrCriterion } from './data-quality';

describe('PEF data quality rating (docs/methods/footprint.md)', () => {
  it('is the mean of the four criteria', () => {
    expect(dataQualityRating({ teR: 1, geR: 2, tiR: 3, p: 2 })).toBe(2);
    expect(dataQualityRating({ teR: 1, geR: 1, tiR: 1, p: 2 })).toBe(1.25);
  });

  it('names the first criterion outside 1..5', () => {
    expect(invalidDqrCriterion({ teR: 1, geR: 5, tiR: 3, p: 2 })).toBeNull();
    expect(invalidDqrCriterion({ teR: 1, geR: 6, tiR: 0, p: 2 })).toBe('geR');
    expect(invalidDqrCriterion({ teR: 1, geR: 2, tiR: 3, p: 0.5 })).toBe('p');
  });
});
