import { crc32, deflateSync } from 'node:zlib';
import { glyph, GLYPH_COLUMNS, GLYPH_ROWS } from './label-font';
import { QUIET_ZONE_MODULES, qrMatrix } from './label-svg';
import { labelTextLines } from './label-text';

/**
 * The label as PNG (docs/labels.md): the same symbol, quiet zone and text lines as the SVG, drawn
 * into 8-bit greyscale pixels, `scale` pixels a module, the text in battrace's 5 × 7 pixel font
 * (label-font.ts) at about a quarter of a module a font pixel. Pure: same input, same bytes.
 */
export const PNG_SCALE = 8;
/** A character cell: the glyph, one column and two rows of space. */
const CELL_COLUMNS = GLYPH_COLUMNS + 1;
const CELL_ROWS = GLYPH_ROWS + 2;

export interface LabelBitmap {
  width: number;
  height: number;
  /** Row-major greyscale, 0 ink, 255 paper. */
  pixels: Uint8Array;
  /** Where the text lines start and how large a font pixel is (for tests). */
  text: { top: number; pixel: number; lines: string[] };
}

export function labelBitmap(uri: string, humanReadable: string, scale = PNG_SCALE): LabelBitmap {
  const m = qrMatrix(uri);
  const width = (m.size + 2 * QUIET_ZONE_MODULES) * scale;
  const pixel = Math.max(1, Math.round(scale / 4));
  const maxChars = Math.max(1, Math.floor((width - 2 * scale) / (CELL_COLUMNS * pixel)));
  const lines = labelTextLines(humanReadable, maxChars);
  const top = (m.size + 2 * QUIET_ZONE_MODULES) * scale;
  const height = top + lines.length * CELL_ROWS * pixel + scale;
  const pixels = new Uint8Array(width * height).fill(255);
  const ink = (x: number, y: number, w: number, h: number) => {
    for (let r = y; r < y + h; r++) pixels.fill(0, r * width + x, r * width + x + w);
  };
  for (let y = 0; y < m.size; y++)
    for (let x = 0; x < m.size; x++)
      if (m.dark[y * m.size + x]) ink((x + QUIET_ZONE_MODULES) * scale, (y + QUIET_ZONE_MODULES) * scale, scale, scale);
  lines.forEach((line, i) => {
    const chars = [...line];
    // A line is centred on its glyphs (the trailing column of space of the last cell left out).
    const lineWidth = (chars.length * CELL_COLUMNS - 1) * pixel;
    const left = Math.floor((width - lineWidth) / 2);
    const y0 = top + i * CELL_ROWS * pixel;
    chars.forEach((c, k) => {
      const rows = glyph(c);
      for (let gy = 0; gy < GLYPH_ROWS; gy++)
        for (let gx = 0; gx < GLYPH_COLUMNS; gx++)
          if (rows[gy][gx] === '#') ink(left + (k * CELL_COLUMNS + gx) * pixel, y0 + gy * pixel, pixel, pixel);
    });
  });
  return { width, height, pixels, text: { top, pixel, lines } };
}

export function labelPng(uri: string, humanReadable: string, scale = PNG_SCALE): Buffer {
  const b = labelBitmap(uri, humanReadable, scale);
  return encodeGreyscalePng(b.width, b.height, b.pixels);
}

/** A PNG (ISO/IEC 15948) of 8-bit greyscale pixels: IHDR, one IDAT of unfiltered rows, IEND. */
export function encodeGreyscalePng(width: number, height: number, pixels: Uint8Array): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1); // filter type 0
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  // compression, filter and interlace methods: 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
