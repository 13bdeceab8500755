import { toString as qrToString } from 'qrcode';
import { QrCodes } from './qr-code';

describe('QR codes of page addresses', () => {
  it('is the qrcode package’s SVG of the address, the same for the same address', async () => {
    const q = new QrCodes();
    const url = 'https://battrace.example/verify/0b6e3c1a-0000-4000-8000-000000000001';
    const svg = await q.svg(url);
    expect(svg).toBe(await qrToString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(await q.svg(url)).toBe(svg);
    expect(q.size).toBe(1);
  });

  it('keeps at most its number of addresses, dropping the least recently used', async () => {
    const q = new QrCodes(2);
    const a = await q.svg('https://x.example/a');
    await q.svg('https://x.example/b');
    await q.svg('https://x.example/a'); // a is now the most recently used
    await q.svg('https://x.example/c'); // drops b
    expect(q.size).toBe(2);
    expect(await q.svg('https://x.example/a')).toBe(a);
    expect(q.size).toBe(2);
  });
});
