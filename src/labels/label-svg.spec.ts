import { create as createQr } from 'qrcode';
import {
  GLYPH_WIDTH_EM,
  labelSvg,
  LABEL_ERROR_CORRECTION,
  QUIET_ZONE_MODULES,
  qrMatrix,
  TEXT_ASCENT_EM,
  TEXT_MODULES,
  xmlEscape,
} from './label-svg';

const uri = 'https://battrace.example/01/09506000134352/21/P-0001';
const hri = '(01) 09506000134352 (21) P-0001';
const longUri = 'https://battrace.example/batteries/0b6c2d9e-3f4a-4b5c-8d6e-7f8091a2b3c4/21/PACK%20%23001';

/** The dark modules the SVG's path paints, read back from its `M x y h w v1 h-w z` runs. */
function paintedModules(svg: string, size: number): Uint8Array {
  const d = /<path fill="#000" d="([^"]*)"/.exec(svg)![1];
  const dark = new Uint8Array(size * size);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) dark[(Number(y) - QUIET_ZONE_MODULES) * size + Number(x) - QUIET_ZONE_MODULES + i] = 1;
  }
  return dark;
}

describe('labelSvg', () => {
  it('paints exactly the modules of the QR symbol qrcode builds for the URI at level Q', () => {
    const reference = createQr(uri, { errorCorrectionLevel: 'Q' });
    expect(LABEL_ERROR_CORRECTION).toBe('Q');
    const svg = labelSvg(uri, hri);
    const size = reference.modules.size;
    expect(Array.from(paintedModules(svg, size))).toEqual(Array.from(reference.modules.data));
    expect(qrMatrix(uri).size).toBe(size);
  });

  it('prints the human-readable identifier under the symbol and its quiet zone, in lines that fit its width', () => {
    for (const [u, h] of [
      [uri, hri],
      [longUri, longUri],
    ]) {
      const svg = labelSvg(u, h);
      const size = qrMatrix(u).size;
      const [width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.slice(1).map(Number);
      const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" [^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
      expect(texts.map((t) => t[4]).join('')).toBe(h === hri ? h.replace(' (21) ', '(21) ') : h);
      expect(width).toBe(size + 2 * QUIET_ZONE_MODULES);
      const [y0, fontSize] = [Number(texts[0][2]), Number(texts[0][3])];
      expect(fontSize).toBe(TEXT_MODULES);
      expect(y0 - TEXT_ASCENT_EM * fontSize).toBeGreaterThanOrEqual(size + 2 * QUIET_ZONE_MODULES - 0.001);
      expect(Number(texts.at(-1)![2])).toBeLessThan(height);
      for (const t of texts) expect(t[4].length * GLYPH_WIDTH_EM * fontSize).toBeLessThanOrEqual(width);
    }
    expect([...labelSvg(uri, hri).matchAll(/<text /g)]).toHaveLength(2);
  });

  it('is well-formed XML with markup characters of the serial escaped', () => {
    const nasty = 'https://b.example/batteries/0b6c2d9e-3f4a-4b5c-8d6e-7f8091a2b3c4/21/%3C%26%22';
    const svg = labelSvg(nasty, `<&"'> serial`);
    expect(svg).toContain('&lt;&amp;&quot;&apos;&gt; serial');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // Only the five escapes appear as entities, every tag is closed, nothing raw is left in text.
    const body = svg.replace(/^<\?xml[^>]*\?>\n/, '');
    const stack: string[] = [];
    for (const [, close, name, selfClose] of body.matchAll(/<(\/?)([a-z]+)(?:\s[^<>]*?)?(\/?)>/g)) {
      if (selfClose) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name);
    }
    expect(stack).toEqual([]);
    expect(body.replace(/<[^<>]*>/g, '').replace(/&(lt|gt|amp|quot|apos);/g, '')).not.toMatch(/[<>&]/);
  });

  it('escapes the five XML characters', () => {
    expect(xmlEscape(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('is deterministic', () => {
    expect(labelSvg(uri, hri)).toBe(labelSvg(uri, hri));
  });
});
