import { readZip } from '../../test/support/zip-reader';
import { dosDateTime, ZipWriter } from './zip-writer';

function archive(entries: [string, string][]): Buffer {
  const zip = new ZipWriter(new Date('2026-12-01T10:20:30Z'));
  const parts = entries.map(([name, text]) => zip.add(name, Buffer.from(text)));
  return Buffer.concat([...parts, zip.finish()]);
}

describe('ZipWriter', () => {
  it('writes entries that a reader finds again, in order, with their bytes', () => {
    const entries: [string, string][] = [
      ['a.svg', '<svg/>'],
      ['P%2F1.svg', 'x'.repeat(5000)],
      ['empty.txt', ''],
    ];
    const read = readZip(archive(entries));
    expect(read.map((e) => [e.name, e.data.toString()])).toEqual(entries);
  });

  it('writes an empty archive as the end record alone', () => {
    const zip = archive([]);
    expect(zip.length).toBe(22);
    expect(readZip(zip)).toEqual([]);
  });

  it('switches to the ZIP64 end records at 65,535 entries', () => {
    const entries: [string, string][] = Array.from({ length: 65_536 }, (_, i) => [`${i}.txt`, String(i)]);
    const zip = archive(entries);
    expect(zip.readUInt32LE(zip.length - 22 - 20 - 56)).toBe(0x06064b50);
    const read = readZip(zip);
    expect(read).toHaveLength(65_536);
    expect(read[65_535]).toEqual({ name: '65535.txt', data: Buffer.from('65535') });
  });

  it('stamps MS-DOS date and time fields', () => {
    // 2026-12-01: (46 << 9) | (12 << 5) | 1; 10:20:30 -> (10 << 11) | (20 << 5) | 15
    expect(dosDateTime(new Date('2026-12-01T10:20:30Z'))).toEqual({ date: (46 << 9) | (12 << 5) | 1, time: (10 << 11) | (20 << 5) | 15 });
  });

  it('refuses to add after finishing', () => {
    const zip = new ZipWriter(new Date(0));
    zip.finish();
    expect(() => zip.add('a', Buffer.from('a'))).toThrow('add after finish');
  });
});
