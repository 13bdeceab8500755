import fc from 'fast-check';
import { labelTextLines } from './label-text';

describe('labelTextLines', () => {
  it('keeps a short text on one line', () => {
    expect(labelTextLines('(01) 09506000134352 (21) P1', 40)).toEqual(['(01) 09506000134352 (21) P1']);
  });

  it('breaks a GS1 text before (21), keeping each element string whole', () => {
    expect(labelTextLines('(01) 09506000134352 (21) P-0001', 29)).toEqual(['(01) 09506000134352', '(21) P-0001']);
  });

  it('breaks a battrace URI after a slash, else at the width', () => {
    const uri = 'https://battrace.example/batteries/0b6c2d9e-3f4a-4b5c-8d6e-7f8091a2b3c4/21/PACK%20%23001';
    expect(labelTextLines(uri, 29)).toEqual([
      'https://battrace.example/',
      'batteries/0b6c2d9e-3f4a-4b5c-',
      '8d6e-7f8091a2b3c4/21/',
      'PACK%20%23001',
    ]);
  });

  it('never loses a character nor writes a line over the width', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const lines = labelTextLines(text, max);
        const joined = lines.join('');
        expect(joined === text || joined === text.replace(' (21) ', '(21) ')).toBe(true);
        for (const l of lines) expect([...l].length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
