import { nestingProblem, UNIT_KIND_CODE, unitKindOfCode } from './unit-kind';

describe('unit nesting', () => {
  it('lets cells sit in modules or packs and modules in packs', () => {
    expect(nestingProblem('CELL', 'MODULE')).toBeNull();
    expect(nestingProblem('CELL', 'PACK')).toBeNull();
    expect(nestingProblem('MODULE', 'PACK')).toBeNull();
    expect(nestingProblem('PACK', null)).toBeNull();
  });

  it('refuses a pack inside a cell, a module inside a module and any parent of a pack', () => {
    expect(nestingProblem('MODULE', 'CELL')).toBe('a MODULE cannot sit inside a CELL');
    expect(nestingProblem('MODULE', 'MODULE')).toBe('a MODULE cannot sit inside a MODULE');
    expect(nestingProblem('PACK', 'PACK')).toMatch(/has no parent/);
  });

  it('round-trips the stored codes', () => {
    for (const k of ['CELL', 'MODULE', 'PACK'] as const) expect(unitKindOfCode(UNIT_KIND_CODE[k])).toBe(k);
  });
});
