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
    expect(whole).toBe('1\tP-1\t3\t\\N\t\\N\n2\tM-1\t2\tP-1\t\\N\n4\tC\\\\1\t1\tM-1\t\\N\n');
    expect(split).toBe(whole);
  });

  it('reads CSV with a header in any column order and quoted fields', async () => {
    const out = await convert('csv', ['kind,serial,parentSerial\r\nPACK,P-1,\r\nCELL,"C,1",P-1\r\n']);
    expect(out).toBe('2\tP-1\t3\t\\N\t\\N\n3\tC,1\t1\tP-1\t\\N\n');
  });

  it('ignores a UTF-8 byte-order mark before the CSV header', async () => {
    expect(await convert('csv', ['\ufeffserial,kind\nP-1,PACK\n'])).toBe('2\tP-1\t3\t\\N\t\\N\n');
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
    await expect(convert('csv', ['serial,type\n'])).rejects.toMatchObject({ line: 1, field: 'type' });
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
    expect(parseCsvLine(2, 'S-1,MODULE', h)).toEqual({ serial: 'S-1', kind: 'MODULE', parentSerial: null, producedAt: null });
    expect(copyRow(9, { serial: 'a\\b', kind: 'CELL', parentSerial: null, producedAt: null })).toBe('9\ta\\\\b\t1\t\\N\t\\N\n');
  });

  it('carries producedAt from NDJSON and CSV, checked as an ISO 8601 date-time with offset', async () => {
    expect(await convert('ndjson', ['{"serial":"P-1","kind":"PACK","producedAt":"2026-06-14T08:30:00+02:00"}\n'])).toBe(
      '1\tP-1\t3\t\\N\t2026-06-14T08:30:00+02:00\n',
    );
    expect(await convert('csv', ['serial,kind,parentSerial,producedAt\nP-1,PACK,,2026-06-14T08:30:00Z\nP-2,PACK,,\n'])).toBe(
      '2\tP-1\t3\t\\N\t2026-06-14T08:30:00Z\n3\tP-2\t3\t\\N\t\\N\n',
    );
    expect(() => parseNdjsonLine(4, '{"serial":"P","kind":"PACK","producedAt":"2026-02-30T00:00:00Z"}')).toThrow(
      expect.objectContaining({ line: 4, field: 'producedAt' }),
    );
    expect(() => parseNdjsonLine(4, '{"serial":"P","kind":"PACK","producedAt":1718353800000}')).toThrow(/ISO 8601/);
    expect(() => parseCsvLine(2, 'P,PACK,2026-06-14', parseCsvHeader('serial,kind,producedAt'))).toThrow(
      expect.objectContaining({ line: 2, field: 'producedAt' }),
    );
  });

  it('refuses an unknown NDJSON key, naming the line and the key with its near miss', async () => {
    await expect(
      convert('ndjson', ['{"serial":"M","kind":"MODULE"}\n{"serial":"X","kind":"CELL","parent_serial":"P1-M1"}\n']),
    ).rejects.toMatchObject({ line: 2, field: 'parent_serial', problem: 'unknown field; did you mean parentSerial?' });
    expect(() => parseNdjsonLine(1, '{"serial":"X","kind":"CELL","colour":"red"}')).toThrow(
      'line 1, colour: unknown field; expected one of serial, kind, parentSerial, producedAt',
    );
    expect(() => parseNdjsonLine(1, '{"serial":"X","kind":"CELL","__proto__":{}}')).toThrow(/__proto__: unknown field/);
  });

  it('refuses a CSV row with more or fewer fields than the header, and unknown or repeated columns', async () => {
    await expect(convert('csv', ['serial,kind,parentSerial\nP-1,PACK,\nC-1,CELL,P-1,extra\n'])).rejects.toMatchObject({
      line: 3,
      field: 'field 4',
    });
    await expect(convert('csv', ['serial,kind,parentSerial\nP-1,PACK\n'])).rejects.toMatchObject({ line: 2, field: 'parentSerial' });
    await expect(convert('csv', ['serial,kind,parent_serial\n'])).rejects.toMatchObject({
      line: 1,
      field: 'parent_serial',
      problem: 'unknown column; did you mean parentSerial?',
    });
    await expect(convert('csv', ['serial,kind,kind\n'])).rejects.toMatchObject({ line: 1, field: 'kind' });
  });
});
