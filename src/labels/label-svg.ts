import { create as createQr, QRCodeErrorCorrectionLevel } from 'qrcode';

/**
 * Battery labels as SVG (docs/labels.md): the QR code of the battery's identifier URI with the
 * human-readable identifier under it. Pure: same input, same bytes.
 *
 * Error correction level Q: ISO/IEC 18004 defines four levels, L, M, Q and H, restoring about 7 %,
 * 15 %, 25 % and 30 % of the symbol's codewords. A label on a battery pack lives for a decade of
 * handling, heat and cleaning agents; Q keeps a quarter of the symbol readable through scratches
 * and dirt, at a symbol about one version larger than M for the URIs battrace mints.
 */
export const LABEL_ERROR_CORRECTION: QRCodeErrorCorrectionLevel = 'Q';

/** ISO/IEC 18004 asks for a quiet zone four modules wide around the symbol. */
export const QUIET_ZONE_MODULES = 4;

export interface QrMatrix {
  size: number;
  /** Row-major, 1 for a dark module. */
  dark: Uint8Array;
}

/** The QR symbol of `text` at the label's error correction level (byte mode, smallest version). */
export function qrMatrix(text: string): QrMatrix {
  const qr = createQr(text, { errorCorrectionLevel: LABEL_ERROR_CORRECTION });
  return { size: qr.modules.size, dark: Uint8Array.from(qr.modules.data) };
}

/** XML text and attribute content: the five characters with a meaning in markup escaped. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The dark modules as one path, a rectangle per horizontal run, in module units offset by the quiet zone. */
export function modulesPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.dark[y * m.size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.dark[y * m.size + x]) x++;
      parts.push(`M${start + QUIET_ZONE_MODULES} ${y + QUIET_ZONE_MODULES}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}

/** Monospaced glyphs are about 0.6 em wide: the text size that fits `chars` characters in `width`. */
const GLYPH_WIDTH_EM = 0.6;
const MAX_TEXT_MODULES = 3;
export const TEXT_ASCENT_EM = 0.8;

/**
 * The label: the symbol with its quiet zone, then the human-readable text centred under it, sized
 * to the symbol's width (at most 3 modules high). Units are modules; `moduleMm` sets the printed size (0.5 mm per module by
 * default, a 41-module symbol is then about 25 mm wide with its quiet zone).
 */
export function labelSvg(uri: string, humanReadable: string, moduleMm = 0.5): string {
  const m = qrMatrix(uri);
  const width = m.size + 2 * QUIET_ZONE_MODULES;
  const fontSize = Math.min(MAX_TEXT_MODULES, (width - 2) / (Math.max(1, [...humanReadable].length) * GLYPH_WIDTH_EM));
  // The text starts below the quiet zone (ISO/IEC 18004 keeps it free of marks); capitals rise
  // about 0.8 em above the baseline and descenders drop about 0.25 em below it.
  const textBaseline = m.size + 2 * QUIET_ZONE_MODULES + fontSize * TEXT_ASCENT_EM;
  const height = Math.ceil(textBaseline + fontSize * 0.25 + 1);
  const n = (v: number) => Number(v.toFixed(3));
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width * moduleMm)}mm" height="${n(height * moduleMm)}mm" viewBox="0 0 ${width} ${height}" shape-rendering="crispEdges">` +
    `<title>${xmlEscape(uri)}</title>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    `<path fill="#000" d="${modulesPath(m)}"/>` +
    `<text x="${n(width / 2)}" y="${n(textBaseline)}" font-family="monospace" font-size="${n(fontSize)}" text-anchor="middle" fill="#000">${xmlEscape(humanReadable)}</text>` +
    `</svg>\n`
  );
}
