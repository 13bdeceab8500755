import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A ZIP archive written front to back (APPNOTE.TXT, the PKWARE .ZIP File Format Specification,
 * version 6.3): each entry is a local header and its deflated bytes, handed out as soon as it is
 * added; the central directory and end records come out of `finish()`. Only the central directory
 * record of each entry (46 bytes plus its name, packed into 1 MiB slabs) is kept until then, since the format puts the
 * directory at the end. With 65,535 entries or more, or offsets past 4 GiB, it writes the ZIP64
 * end records (and a ZIP64 extra field for an entry whose local header starts past 4 GiB).
 *
 * Written here rather than with yazl: yazl scans its whole entry list on every entry it writes
 * (quadratic: about a minute for 100,000 entries) and writes to its output without waiting for
 * the reader, so it cannot keep a stream's memory flat.
 */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const DEFLATE = 8;
const VERSION_DEFLATE = 20;
const VERSION_ZIP64 = 45;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const SLAB_BYTES = 1 << 20;

/** MS-DOS date and time of `d` (local fields are taken in UTC), as ZIP headers carry them. */
export function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

export class ZipWriter {
  private offset = 0;
  /** The central directory so far, packed into 1 MiB slabs (one small Buffer per entry costs several times its bytes). */
  private readonly directory: Buffer[] = [];
  private slab = Buffer.alloc(0);
  private slabUsed = 0;
  private directorySize = 0;
  private count = 0;
  private readonly stamp: { date: number; time: number };
  private finished = false;

  constructor(modifiedAt: Date) {
    this.stamp = dosDateTime(modifiedAt);
  }

  get entryCount(): number {
    return this.count;
  }

  private keep(record: Buffer): void {
    if (this.slabUsed + record.length > this.slab.length) {
      if (this.slabUsed) this.directory.push(this.slab.subarray(0, this.slabUsed));
      this.slab = Buffer.allocUnsafe(Math.max(SLAB_BYTES, record.length));
      this.slabUsed = 0;
    }
    record.copy(this.slab, this.slabUsed);
    this.slabUsed += record.length;
    this.directorySize += record.length;
    this.count++;
  }

  /** The bytes of one entry (local header, then the deflated data), to be written next. */
  add(name: string, data: Buffer): Buffer {
    if (this.finished) throw new Error('ZipWriter: add after finish');
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data);
    const crc = crc32(data);
    const flags = /[^\x20-\x7e]/.test(name) ? 0x0800 : 0; // bit 11: the name is UTF-8
    const local = Buffer.alloc(30 + nameBytes.length);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_DEFLATE, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(this.stamp.time, 10);
    local.writeUInt16LE(this.stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    nameBytes.copy(local, 30);

    const zip64 = this.offset >= MAX32;
    const extra = zip64 ? Buffer.alloc(12) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(this.offset), 4);
    }
    const central = Buffer.alloc(46 + nameBytes.length + extra.length);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION_ZIP64, 4);
    central.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFLATE, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt16LE(this.stamp.time, 12);
    central.writeUInt16LE(this.stamp.date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    // comment length, disk number, internal and external attributes: 0
    central.writeUInt32LE(zip64 ? MAX32 : this.offset, 42);
    nameBytes.copy(central, 46);
    extra.copy(central, 46 + nameBytes.length);
    this.keep(central);

    const entry = Buffer.concat([local, compressed]);
    this.offset += entry.length;
    return entry;
  }

  /** The central directory and the end records: the last bytes of the archive. */
  finish(): Buffer {
    if (this.finished) throw new Error('ZipWriter: finish twice');
    this.finished = true;
    const count = this.count;
    const directoryOffset = this.offset;
    if (this.slabUsed) this.directory.push(this.slab.subarray(0, this.slabUsed));
    const needsZip64 = count >= MAX16 || directoryOffset >= MAX32 || this.directorySize >= MAX32;
    const tail: Buffer[] = this.directory.splice(0);
    this.slab = Buffer.alloc(0);
    if (needsZip64) {
      const record = Buffer.alloc(56);
      record.writeUInt32LE(ZIP64_END_OF_CENTRAL_DIRECTORY, 0);
      record.writeBigUInt64LE(44n, 4);
      record.writeUInt16LE(VERSION_ZIP64, 12);
      record.writeUInt16LE(VERSION_ZIP64, 14);
      // this disk and the directory's disk: 0
      record.writeBigUInt64LE(BigInt(count), 24);
      record.writeBigUInt64LE(BigInt(count), 32);
      record.writeBigUInt64LE(BigInt(this.directorySize), 40);
      record.writeBigUInt64LE(BigInt(directoryOffset), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(ZIP64_LOCATOR, 0);
      locator.writeBigUInt64LE(BigInt(directoryOffset + this.directorySize), 8);
      locator.writeUInt32LE(1, 16);
      tail.push(record, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(Math.min(count, MAX16), 8);
    end.writeUInt16LE(Math.min(count, MAX16), 10);
    end.writeUInt32LE(Math.min(this.directorySize, MAX32), 12);
    end.writeUInt32LE(Math.min(directoryOffset, MAX32), 16);
    tail.push(end);
    return Buffer.concat(tail);
  }
}
