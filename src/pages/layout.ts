import { escapeHtml } from './html';
import { Language, LANGUAGES, NATIVE_NAME } from './i18n';
import { MESSAGES } from './messages';

/**
 * The HTML shell of every public page (docs/pages.md): the language on <html>, a viewport for
 * phones, one small inline style sheet and no script, font or image from anywhere else. The
 * style never lets the page grow wider than a 390 px phone: long codes (hashes, ids, addresses)
 * wrap anywhere, tables marked `stack` become one block per row on narrow screens with each
 * cell labelled by its column (`data-label`), key–value tables (`kv`) put the value under its
 * label, and the QR code (for showing to another device or printing) is left out on narrow
 * screens, where the reader is already holding the device it would open the page on.
 */
export const PAGE_CSS = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:#1d1d1f;background:#fff;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;overflow-wrap:break-word}
header,main,footer{max-width:52rem;margin:0 auto;padding:0 1rem}
header nav ul{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:.25rem 1rem;list-style:none;margin:0;padding:.75rem 0 0;font-size:.95rem}
a{color:#0b57d0}
[aria-current="true"]{font-weight:700;color:#1d1d1f}
h1{font-size:1.6rem;line-height:1.25;margin:1rem 0}
h1 .sub{display:block;margin-top:.25rem;font-size:1.05rem;font-weight:400;color:#4a4a4f;overflow-wrap:anywhere}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
code,.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere;word-break:break-all}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f6;padding:.5rem;border-radius:.25rem}
.status{border:3px solid currentColor;padding:.75rem 1rem;border-radius:.5rem;font-size:1.2rem;font-weight:600;margin:1rem 0 .5rem}
.ok{color:#0a6e2c}.bad{color:#b3261e}.warn{color:#8a4600}
.details{margin:.25rem 0 1rem;padding-left:1.25rem}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.75rem;margin:.5rem 0 1rem;padding:0}
.figure{border:1px solid #d0d0d7;border-radius:.5rem;padding:.6rem .8rem;margin:0}
.figure dt{font-weight:600}.figure dd{margin:0}
.figure .value{font-size:1.45rem;font-weight:700;font-variant-numeric:tabular-nums}
.figure .unit{font-size:1rem;font-weight:600;white-space:nowrap}
.note{color:#4a4a4f;font-size:.92rem}
.flag{display:inline-block;margin-left:.35rem;padding:0 .35rem;border:1px solid #b06d00;border-radius:.25rem;background:#fff4e0;color:#6e3a00;font-size:.8rem;font-weight:700;vertical-align:middle}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border-bottom:1px solid #d0d0d7;padding:.4rem .5rem;text-align:left;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.kv th{width:34%;font-weight:600}
tr.total th,tr.total td{font-weight:700;border-top:2px solid #8a8a90}
figure.qr{margin:2rem 0;text-align:center}
figure.qr svg{width:10rem;height:10rem}
figure.qr figcaption{font-size:.9rem;color:#4a4a4f}
ul.list{margin:0;padding-left:1.1rem}
code.short{white-space:nowrap;word-break:normal}
ol.chain{padding-left:1.4rem}ol.chain li{margin:.35rem 0}.step{font-weight:600;margin-right:.35rem}
.figure .class-none{font-size:1rem;font-weight:600}
footer{margin-top:2rem;padding-bottom:2rem;font-size:.9rem;color:#4a4a4f}
@media (max-width:40rem){
h1{font-size:1.35rem}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.stack tr{display:block;border-bottom:1px solid #d0d0d7;padding:.35rem 0}
table.stack th,table.stack td{display:flex;justify-content:space-between;gap:1rem;border:0;padding:.1rem 0;text-align:left}
table.stack th[scope="row"]{display:block}
table.stack [data-label]::before{content:attr(data-label);font-weight:400;color:#4a4a4f;text-align:left}
table.kv tr{display:block;border-bottom:1px solid #d0d0d7;padding:.35rem 0}
table.kv th,table.kv td{display:block;width:auto;border:0;padding:0}
figure.qr{display:none}
}
@media print{header nav{display:none}figure.qr{display:block}a{color:inherit}}`;

export interface PageShell {
  lang: Language;
  /** The document title (plain text; escaped here). */
  title: string;
  /** The <main> content, HTML. */
  main: string;
  /** Optional footer HTML. */
  footer?: string;
}

/** The language links: the same page (`?lang=`) in each language, named in that language. */
function languageNav(lang: Language): string {
  const items = LANGUAGES.map((l) =>
    l === lang
      ? `<li><a href="?lang=${l}" lang="${l}" hreflang="${l}" aria-current="true">${escapeHtml(NATIVE_NAME[l])}</a></li>`
      : `<li><a href="?lang=${l}" lang="${l}" hreflang="${l}">${escapeHtml(NATIVE_NAME[l])}</a></li>`,
  ).join('');
  return `<nav aria-label="${escapeHtml(MESSAGES[lang].languageNav)}"><ul>${items}</ul></nav>`;
}

export function renderPage(p: PageShell): string {
  return `<!doctype html>
<html lang="${p.lang === 'zh' ? 'zh-CN' : p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style>${PAGE_CSS}</style></head>
<body>
<header>${languageNav(p.lang)}</header>
<main>
${p.main}
</main>
${p.footer ? `<footer>${p.footer}</footer>` : ''}
</body></html>`;
}
