import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A small ZIP reader for tests (APPNOTE.TXT): finds the end of central directory record (and the
 * ZIP64 one when the counts overflow), walks the central directory, and reads each entry from its
 * local header, checking its CRC-32 and sizes. Written apart from src/labels/zip-writer.ts.
 */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

export function readZip(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory record');
  let count = zip.readUInt16LE(eocd + 10);
  let dirOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (zip.readUInt32LE(locator) !== 0x07064b50) throw new Error('no ZIP64 end of central directory locator');
    const record = Number(zip.readBigUInt64LE(locator + 8));
    if (zip.readUInt32LE(record) !== 0x06064b50) throw new Error('no ZIP64 end of central directory record');
    count = Number(zip.readBigUInt64LE(record + 32));
    dirOffset = Number(zip.readBigUInt64LE(record + 48));
  }
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`central directory record ${i} has a wrong signature`);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    let localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    if (localOffset === 0xffffffff) {
      const extra = p + 46 + nameLength;
      if (zip.readUInt16LE(extra) !== 1) throw new Error(`entry ${name}: no ZIP64 extra field`);
      localOffset = Number(zip.readBigUInt64LE(extra + 4));
    }
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`entry ${name}: local header has a wrong signature`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : null;
    if (!data) throw new Error(`entry ${name}: unknown method ${method}`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`entry ${name}: size or CRC-32 does not match`);
    entries.push({ name, data });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
