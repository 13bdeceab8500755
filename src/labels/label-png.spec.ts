import { inflateSync } from 'node:zlib';
import { create as createQr } from 'qrcode';
import { FONT_CHARACTERS, glyph, GLYPH_COLUMNS, GLYPH_ROWS } from './label-font';
import { labelBitmap, labelPng, PNG_SCALE } from './label-png';
import { QUIET_ZONE_MODULES } from './label-svg';

const uri = 'https://battrace.example/01/09506000134352/21/P-0001';
const hri = '(01) 09506000134352 (21) P-0001';

/** Reads an 8-bit greyscale, unfiltered PNG back into pixels (enough for what labelPng writes). */
function decode(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let p = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (;;) {
    const length = png.readUInt32BE(p);
    const type = png.toString('latin1', p + 4, p + 8);
    const data = png.subarray(p + 8, p + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      expect([data[8], data[9], data[12]]).toEqual([8, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    p += 12 + length;
    if (type === 'IEND') break;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    pixels.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, pixels };
}

describe('labelPng', () => {
  const png = decode(labelPng(uri, hri));
  const layout = labelBitmap(uri, hri);

  it('paints the modules of the QR symbol qrcode builds at level Q, with a white quiet zone', () => {
    const qr = createQr(uri, { errorCorrectionLevel: 'Q' });
    const size = qr.modules.size;
    expect(png.width).toBe((size + 2 * QUIET_ZONE_MODULES) * PNG_SCALE);
    const at = (x: number, y: number) => png.pixels[y * png.width + x];
    const read: number[] = [];
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++)
        read.push(at((x + QUIET_ZONE_MODULES) * PNG_SCALE + 3, (y + QUIET_ZONE_MODULES) * PNG_SCALE + 3) === 0 ? 1 : 0);
    expect(read).toEqual(Array.from(qr.modules.data));
    for (let x = 0; x < png.width; x++) for (let y = 0; y < QUIET_ZONE_MODULES * PNG_SCALE; y++) expect(at(x, y)).toBe(255);
  });

  it('writes the human-readable text under the symbol, which reads back glyph by glyph', () => {
    const { top, pixel, lines } = layout.text;
    expect(lines).toEqual(['(01) 09506000134352', '(21) P-0001']);
    const byShape = new Map(FONT_CHARACTERS.map((c) => [glyph(c).join(''), c]));
    const readBack = lines.map((line, i) => {
      const n = [...line].length;
      const left = Math.floor((png.width - (n * (GLYPH_COLUMNS + 1) - 1) * pixel) / 2);
      let text = '';
      for (let k = 0; k < n; k++) {
        const shape: string[] = [];
        for (let gy = 0; gy < GLYPH_ROWS; gy++) {
          let row = '';
          for (let gx = 0; gx < GLYPH_COLUMNS; gx++) {
            const x = left + (k * (GLYPH_COLUMNS + 1) + gx) * pixel;
            const y = top + (i * (GLYPH_ROWS + 2) + gy) * pixel;
            row += png.pixels[y * png.width + x] === 0 ? '#' : '.';
          }
          shape.push(row);
        }
        text += byShape.get(shape.join('')) ?? '�';
      }
      return text;
    });
    expect(readBack).toEqual(lines);
    expect(top + lines.length * (GLYPH_ROWS + 2) * pixel).toBeLessThanOrEqual(png.height);
  });

  it('is deterministic', () => {
    expect(labelPng(uri, hri).equals(labelPng(uri, hri))).toBe(true);
  });
});
