import { toString as qrToString } from 'qrcode';

/**
 * The QR code of a page's own address, as inline SVG (error correction M, one module of margin),
 * for the pages' "show or print" figure. Making one costs about 3 ms of CPU, more than rendering
 * the page, and a page's address always gives the same code, so the last `QR_MEMO_ENTRIES`
 * addresses keep theirs (least recently used dropped first; a few kB each, so about 5 MB at most
 * per process). Process-local and derived only from its input, so several API processes agree.
 */
export const QR_MEMO_ENTRIES = 1000;

export class QrCodes {
  private readonly memo = new Map<string, string>();

  constructor(private readonly maxEntries = QR_MEMO_ENTRIES) {}

  async svg(url: string): Promise<string> {
    const hit = this.memo.get(url);
    if (hit !== undefined) {
      // Most recently used last: Map keeps insertion order.
      this.memo.delete(url);
      this.memo.set(url, hit);
      return hit;
    }
    const svg = await qrToString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    this.memo.set(url, svg);
    if (this.memo.size > this.maxEntries) this.memo.delete(this.memo.keys().next().value as string);
    return svg;
  }

  get size(): number {
    return this.memo.size;
  }
}
