import { create as createQr, QRCodeErrorCorrectionLevel } from 'qrcode';
import { labelTextLines } from './label-text';

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

/** Monospaced glyphs are about 0.6 em wide. */
export const GLYPH_WIDTH_EM = 0.6;
/** Text size in modules: 1.2 mm at 0.5 mm a module, legible on a printed label. */
export const TEXT_MODULES = 2.4;
export const TEXT_ASCENT_EM = 0.8;
const LINE_HEIGHT_EM = 1.25;

/**
 * The label: the symbol with its quiet zone, then the human-readable text centred under it in as
 * many lines as the symbol's width needs (label-text.ts). Units are modules; `moduleMm` sets the
 * printed size (0.5 mm per module by default: a 37-module symbol is 22.5 mm wide with its quiet zone).
 */
export function labelSvg(uri: string, humanReadable: string, moduleMm = 0.5): string {
  const m = qrMatrix(uri);
  const width = m.size + 2 * QUIET_ZONE_MODULES;
  const maxChars = Math.max(1, Math.floor((width - 2) / (TEXT_MODULES * GLYPH_WIDTH_EM)));
  const lines = labelTextLines(humanReadable, maxChars);
  // The text starts below the quiet zone (ISO/IEC 18004 keeps it free of marks); capitals rise
  // about 0.8 em above the baseline and descenders drop about 0.25 em below it.
  const firstBaseline = m.size + 2 * QUIET_ZONE_MODULES + TEXT_MODULES * TEXT_ASCENT_EM;
  const lineStep = TEXT_MODULES * LINE_HEIGHT_EM;
  const height = Math.ceil(firstBaseline + (lines.length - 1) * lineStep + TEXT_MODULES * 0.25 + 1);
  const n = (v: number) => Number(v.toFixed(3));
  const text = lines
    .map(
      (line, i) =>
        `<text x="${n(width / 2)}" y="${n(firstBaseline + i * lineStep)}" font-family="monospace" font-size="${TEXT_MODULES}" text-anchor="middle" fill="#000">${xmlEscape(line)}</text>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width * moduleMm)}mm" height="${n(height * moduleMm)}mm" viewBox="0 0 ${width} ${height}" shape-rendering="crispEdges">` +
    `<title>${xmlEscape(uri)}</title>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    `<path fill="#000" d="${modulesPath(m)}"/>` +
    text +
    `</svg>\n`
  );
}
