// Builds the example news page around ../shared/pages/nato-russia-2021-10-06.txt (our own template: header, nav,
// a jobs promo box, related links, footer, JSON-LD NewsArticle), or returns our own fixture article when
// ../shared is not there. Used by `npm start` and by the end-to-end tests.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(process.env.BACKSTORY_SHARED ?? resolve(ROOT, '../shared'));
export const EXAMPLE_TEXT = resolve(SHARED, 'pages/nato-russia-2021-10-06.txt');
export const OWN_ARTICLE = resolve(ROOT, 'tests/fixtures/e2e/own-article.html');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of the saved article that are page furniture, not article text. */
const PROMO_START = /^Top jobs of the day$/;
const PROMO_LINES = /^(Find the best jobs now and|be notified by email\.)$/;

export function examplePageFromText(text: string, date = '2021-10-06'): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && l !== '.' && l !== 'source site');
  const [title = 'Untitled', ...rest] = lines;
  const paras: string[] = [];
  let promo = '';
  for (const line of rest) {
    if (PROMO_START.test(line)) promo = line;
    else if (PROMO_LINES.test(line)) promo += ' ' + line;
    else if (line.startsWith('(Photo:')) paras.push(`<figcaption>${esc(line)}</figcaption>`);
    else if (line.startsWith('More:')) paras.push(`<p class="more">More: <a href="/more">${esc(line.slice(5).trim())}</a></p>`);
    else paras.push(`<p>${esc(line)}</p>`);
  }
  // The promo box stands inside the article's flow, as on the original page: it must still not be marked.
  const at = Math.min(paras.length, 7);
  paras.splice(at, 0, `<aside class="promo"><h4>${esc(promo || 'Top jobs of the day')}</h4><p>Senior analyst roles in Frankfurt and London.</p></aside>`);
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${date}T14:05:00+02:00` });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} – World News</title>
<meta property="og:type" content="article"><script type="application/ld+json">${ld}</script>
<style>body{font:17px/1.6 Georgia,serif;margin:0;color:#222}header,footer{background:#1b2a3a;color:#fff;padding:10px 24px}
header a,footer a{color:#fff;margin-right:12px}.wrap{display:flex;gap:36px;padding:24px;max-width:1100px}
article{max-width:680px}aside.related{width:260px;font:14px/1.4 sans-serif}.promo{border:1px solid #ccc;padding:8px 12px;font:14px sans-serif;background:#f7f7f7}
.ad{background:#eee;padding:10px;text-align:center;font:12px sans-serif}</style></head>
<body>
<header><strong>World News</strong> <nav><a href="/world">World</a><a href="/europe">Europe</a><a href="/russia">Russia</a><a href="/china">China</a></nav></header>
<div class="ad" role="complementary">Advertisement: fly to Paris and Rome this spring</div>
<div class="wrap">
<article>
<h1>${esc(title)}</h1>
<p class="byline">By our correspondent in Brussels · <time datetime="${date}">${date}</time></p>
${paras.join('\n')}
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/r1">Germany and France agree on gas prices</a></li><li><a href="/r2">Turkey hosts talks in Ankara</a></li></ul></aside>
</div>
<footer>© World News · <a href="/about">About</a> · Offices in London, Berlin and Washington</footer>
</body></html>
`;
}

/** The example page: built from the shared article text when it is there, else our own fixture article. */
export function examplePage(): { html: string; fromShared: boolean } {
  if (existsSync(EXAMPLE_TEXT)) return { html: examplePageFromText(readFileSync(EXAMPLE_TEXT, 'utf8')), fromShared: true };
  return { html: readFileSync(OWN_ARTICLE, 'utf8'), fromShared: false };
}
