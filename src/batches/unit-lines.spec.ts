import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { copyRow, parseCsvHeader, parseCsvLine, parseNdjsonLine, splitCsvRecord, UnitLinesToCopy, UnitLineError } from './unit-lines';

async function convert(format: 'ndjson' | 'csv', chunks: string[]): Promise<string> {
  let out = '';
  await pipeline(
    Readable.from(chunks.map((c) => Buffer.from(c))),
    new UnitLinesToCopy(format),
    new Writable({
      write(chunk: Buffer, _e, cb) {
        out += chunk.toString();
        cb();
      },
    }),
  );
  return out;
}

describe('bulk unit lines', () => {
  it('turns NDJSON into COPY rows, across chunk boundaries', async () => {
    const text =
      '{"serial":"P-1","kind":"PACK"}\n{"serial":"M-1","kind":"MODULE","parentSerial":"P-1"}\n\n{"serial":"C\\\\1","kind":"CELL","parentSerial":"M-1"}';
    const whole = await convert('ndjson', [text]);
    const split = await convert('ndjson', [text.slice(0, 17), text.slice(17, 50), text.slice(50)]);
    expect(whole).toBe('1\tP-1\t3\t\\N\n2\tM-1\t2\tP-1\n4\tC\\\\1\t1\tM-1\n');
    expect(split).toBe(whole);
  });

  it('reads CSV with a header in any column order and quoted fields', async () => {
    const out = await convert('csv', ['kind,serial,parentSerial\r\nPACK,P-1,\r\nCELL,"C,1",P-1\r\n']);
    expect(out).toBe('2\tP-1\t3\t\\N\n3\tC,1\t1\tP-1\n');
  });

  it('ignores a UTF-8 byte-order mark before the CSV header', async () => {
    expect(await convert('csv', ['\ufeffserial,kind\nP-1,PACK\n'])).toBe('2\tP-1\t3\t\\N\n');
  });

  it('names the line and the field of the first bad line', async () => {
    await expect(convert('ndjson', ['{"serial":"A","kind":"CELL"}\n{"serial":"B","kind":"BOX"}\n'])).rejects.toMatchObject({
      line: 2,
      field: 'kind',
    });
    await expect(convert('ndjson', ['{"serial":"A","kind":"CELL"}\nnot json\n'])).rejects.toMatchObject({ line: 2, field: 'json' });
    await expect(convert('csv', ['serial,kind\nP-1,PACK\n' + 'X'.repeat(65) + ',CELL\n'])).rejects.toMatchObject({
      line: 3,
      field: 'serial',
    });
    await expect(convert('csv', ['serial,type\n'])).rejects.toMatchObject({ line: 1, field: 'header' });
    await expect(convert('csv', [''])).rejects.toBeInstanceOf(UnitLineError);
  });

  it('refuses control characters, self-parents and parents of packs', () => {
    expect(() => parseNdjsonLine(1, '{"serial":"A\\u0007","kind":"CELL"}')).toThrow(/control characters/);
    expect(() => parseNdjsonLine(1, '{"serial":"A","kind":"CELL","parentSerial":"A"}')).toThrow(/own parent/);
    expect(() => parseNdjsonLine(1, '{"serial":"P","kind":"PACK","parentSerial":"Q"}')).toThrow(/PACK has no parent/);
  });

  it('splits CSV records with RFC 4180 quoting', () => {
    expect(splitCsvRecord('a,"b ""q"", c",')).toEqual(['a', 'b "q", c', '']);
    const h = parseCsvHeader('serial,kind');
    expect(parseCsvLine(2, 'S-1,MODULE', h)).toEqual({ serial: 'S-1', kind: 'MODULE', parentSerial: null });
    expect(copyRow(9, { serial: 'a\\b', kind: 'CELL', parentSerial: null })).toBe('9\ta\\\\b\t1\t\\N\n');
  });
});
