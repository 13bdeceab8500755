import { AppError } from '../common/errors';
import { checkAmendment, countOverrun } from './declared-counts';

describe('declared unit counts', () => {
  const none = { CELL: 0, MODULE: 0, PACK: 0 };

  it('caps a declared kind and leaves an undeclared (0) kind open', () => {
    expect(countOverrun({ ...none, PACK: 1000 }, { CELL: 50_000, MODULE: 9000, PACK: 1000 })).toBeNull();
    expect(countOverrun({ ...none, PACK: 1000 }, { ...none, PACK: 2410 })).toEqual({ kind: 'PACK', declared: 1000, registered: 2410 });
    expect(countOverrun(none, { CELL: 1, MODULE: 1, PACK: 1 })).toBeNull();
  });

  it('names packs before modules before cells when several overrun', () => {
    expect(countOverrun({ CELL: 2, MODULE: 2, PACK: 1 }, { CELL: 3, MODULE: 3, PACK: 1 })?.kind).toBe('MODULE');
    expect(countOverrun({ CELL: 2, MODULE: 2, PACK: 1 }, { CELL: 3, MODULE: 2, PACK: 1 })?.kind).toBe('CELL');
  });

  it('amends up or down to what is registered, never below it nor back to 0', () => {
    const a = { field: 'input.declaredPackCount', kind: 'PACK' as const, from: 1000, registered: 800 };
    expect(() => checkAmendment({ ...a, to: 800 })).not.toThrow();
    expect(() => checkAmendment({ ...a, to: 2410 })).not.toThrow();
    expect(() => checkAmendment({ ...a, from: 0, to: 0, registered: 5 })).not.toThrow();
    const below = (() => {
      try {
        checkAmendment({ ...a, to: 799 });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(below).toMatchObject({ code: 'CONFLICT', field: 'input.declaredPackCount', details: { kind: 'PACK', registered: 800 } });
    expect(() => checkAmendment({ ...a, to: 0 })).toThrow(/cannot be withdrawn/);
    expect(() => checkAmendment({ ...a, to: -1 })).toThrow(/whole number/);
    expect(() => checkAmendment({ ...a, to: 1.5 })).toThrow(/whole number/);
  });
});
