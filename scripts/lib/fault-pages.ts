// Hostile page shapes for the fault tests and the fault benchmark, generated so that their size is a parameter:
// a giant article, an article of thousands of tiny text nodes, a page that mutates every 10 ms, an article in a
// frame, and an article inside shadow DOM. Each page keeps a heartbeat (`window.heartbeat`) and a button, so a
// test can tell the page itself still runs and answers.

const PLACES = ['Moscow', 'Brussels', 'Ukraine', 'Poland', 'Berlin', 'Germany', 'France', 'Paris', 'Lithuania', 'Vienna'];

function sentence(i: number): string {
  const a = PLACES[i % PLACES.length]!;
  const b = PLACES[(i * 7 + 3) % PLACES.length]!;
  return `Officials in ${a} said on day ${i} that talks with ${b} would go on, and that the delegations would meet again next week to settle the open questions on trade, energy and transport.`;
}

function shell(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-01T08:00:00Z">
<style>body{font:16px/1.5 sans-serif;max-width:720px;margin:0 auto;padding:16px}</style></head>
<body><button id="ping" onclick="this.dataset.clicks = String(Number(this.dataset.clicks || 0) + 1)">Ping</button>
${body}
<script>window.heartbeat = 0; setInterval(() => { window.heartbeat++; }, 20);</script>${script}</body></html>`;
}

/** An article of about `bytes` bytes of text, in paragraphs of five sentences. */
export function giantArticle(bytes = 5_000_000): string {
  const paras: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 5) {
    const p = `<p>${[0, 1, 2, 3, 4].map((k) => sentence(i + k)).join(' ')}</p>`;
    paras.push(p);
    size += p.length;
  }
  return shell('A very long report', `<article><h1>A very long report on the talks</h1>${paras.join('\n')}</article>`);
}

/** An article whose every word is its own element: `words` tiny text nodes. */
export function tinyNodesArticle(words = 30_000): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const spans = sentence(i)
      .split(' ')
      .map((w) => `<span>${w}</span>`);
    n += spans.length;
    out.push(`<p>${spans.join(' ')}</p>`);
  }
  return shell('Word by word', `<article><h1>Word by word from the talks</h1>${out.join('\n')}</article>`);
}

/** An article that the page rewrites every 10 ms: a ticker, a paragraph's text, and nodes added and removed. */
export function mutatingArticle(): string {
  const paras = Array.from({ length: 12 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 1)}</p>`).join('\n');
  const script = `<script>
let t = 0;
const live = document.getElementById('live');
const ticker = document.getElementById('ticker');
setInterval(() => {
  t++;
  ticker.textContent = 'Update ' + t;
  live.firstElementChild.textContent = ${JSON.stringify(PLACES)}[t % ${PLACES.length}] + ' at ' + t;
  const p = document.createElement('p');
  p.textContent = 'Live ' + t + ': officials in ' + ${JSON.stringify(PLACES)}[(t * 3) % ${PLACES.length}] + ' spoke again.';
  live.appendChild(p);
  if (live.children.length > 20) live.children[1].remove();
}, 10);
</script>`;
  return shell(
    'Live: the talks',
    `<div id="ticker">Update 0</div><article><h1>Live: the talks go on</h1>${paras}<div id="live"><p>Start</p></div></article>`,
    script,
  );
}

/** A page whose article lives in a same-origin frame (`frameSrc`), beside a short text of its own. */
export function framedArticle(frameSrc: string): string {
  return shell('Framed', `<main><h1>Framed report</h1><p>${sentence(1)}</p><iframe src="${frameSrc}" width="700" height="600" title="report"></iframe></main>`);
}

/** An article rendered inside a custom element's open shadow root. */
export function shadowArticle(): string {
  const paras = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
  const script = `<script>
customElements.define('news-story', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = ${JSON.stringify(`<article><h1>The talks, in a component</h1>${paras}</article>`)};
  }
});
</script>`;
  return shell('Shadow story', `<p>${sentence(2)}</p><news-story></news-story>`, script);
}

/** Every fault page by path, as the fault test and the fault benchmark serve them. */
export function faultPages(): Record<string, string> {
  return {
    '/giant.html': giantArticle(),
    '/tiny.html': tinyNodesArticle(),
    '/mutating.html': mutatingArticle(),
    '/framed.html': framedArticle('/giant-frame.html'),
    '/giant-frame.html': giantArticle(200_000),
    '/shadow.html': shadowArticle(),
  };
}
