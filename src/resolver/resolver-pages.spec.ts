import { renderMalformedLinkPage, renderUnknownBatteryPage } from './resolver-pages';

describe('resolver pages', () => {
  it('escapes what the caller sent and names the reason', () => {
    const html = renderMalformedLinkPage('en', '/01/<script>', 'GTIN_CHECK_DIGIT', 'bad "digit" <b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<code id="reason">GTIN_CHECK_DIGIT</code>');
    expect(html).toContain('bad &quot;digit&quot; &lt;b&gt;');
  });

  it('writes the 404 page in the reader’s language', () => {
    expect(renderUnknownBatteryPage('zh', '/01/x/21/y')).toContain('未知电池');
    expect(renderUnknownBatteryPage('de', '/01/x/21/y')).toContain('<html lang="de"');
  });
});
