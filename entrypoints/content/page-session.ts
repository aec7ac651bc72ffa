// One page's Backstory: read the article, ask the background to link it, paint the marks, open cards on hover,
// and follow the reader's settings (switching the site off removes the marks at once, on removes nothing else).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { todayIso } from '../../lib/core/format';
import type { EntityCardData, ScanRequest, ScanReply } from '../../lib/core/protocol';
import type { Settings } from '../../lib/core/settings';
import { isSiteEnabled, siteOf } from '../../lib/core/sites';
import { readArticle, blockRange, type ArticleRead } from '../../lib/page/article';
import { isRenderedByLayout } from '../../lib/page/element-filters';
import { HighlightPainter, highlightsSupported, type Mark } from '../../lib/page/highlights';
import { MarkIndex } from '../../lib/page/hit-test';
import { HoverController } from '../../lib/page/hover';
import { send } from '../../lib/platform/messaging';
import { CARD_HOST_TAG, CardHost } from './card-host';

const GRACE_MS = 300;

export class PageSession {
  private readonly painter = new HighlightPainter(document);
  private readonly index = new MarkIndex();
  private readonly cards = new Map<string, Promise<EntityCardData | null>>();
  private readonly host: CardHost;
  private readonly hover: HoverController;
  private article: ArticleRead | null = null;
  private asOf = todayIso();
  private asOfFromPage = false;
  private generation = 0;
  /** The reader asked to mark this page although it does not look like an article. */
  private markAnyway = false;
  /** Index of the mark the keyboard shortcut last moved to. */
  private focused = -1;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
  ) {
    this.host = new CardHost(ctx, () => this.hover.hide());
    this.hover = new HoverController(
      document,
      this.index,
      {
        open: (m) => void this.openCard(m),
        // Closing the card (Esc, pointer away) also takes the keyboard focus mark away.
        close: () => {
          this.host.hide();
          this.painter.focus(null);
        },
        isCard: (t) => this.host.isHost(t),
      },
      { delayMs: settings.hoverDelayMs, graceMs: GRACE_MS },
    );
    ctx.onInvalidated(() => this.stop());
  }

  private enabledHere(): boolean {
    const site = siteOf(location.href);
    return site !== null && isSiteEnabled(this.settings.mode, this.settings.sites, site);
  }

  /** Applies new settings: switching off clears the page, switching on (or changing what is marked) rescans. */
  async applySettings(next: Settings): Promise<void> {
    const before = this.settings;
    this.settings = next;
    this.hover.setTiming({ delayMs: next.hoverDelayMs, graceMs: GRACE_MS });
    const changed = JSON.stringify({ ...before, hoverDelayMs: 0 }) !== JSON.stringify({ ...next, hoverDelayMs: 0 });
    if (changed) await this.scan();
  }

  async scan(): Promise<void> {
    const gen = ++this.generation;
    this.clearMarks();
    if (!highlightsSupported()) return;
    const enabled = this.enabledHere();
    const anyPage = this.settings.anyPage || this.markAnyway;
    const article = enabled ? readArticle(document, { anyPage, isOwnUi: (el) => el.localName === CARD_HOST_TAG, isVisible: isRenderedByLayout }) : null;
    this.article = article;
    this.asOf = article?.published?.date ?? todayIso();
    this.asOfFromPage = Boolean(article?.published);
    const mark = enabled && article !== null && (article.isArticle || anyPage);
    const request: ScanRequest = {
      type: 'scan',
      url: location.href,
      title: article?.title || document.title,
      published: article?.published?.date ?? null,
      isArticle: article?.isArticle ?? false,
      siteEnabled: enabled,
      blocks: mark ? article.blocks.map((b) => ({ text: b.text, role: b.role })) : [],
    };
    const reply = await send(request);
    if (gen !== this.generation || !mark) return; // a newer scan or a switch-off overtook this one
    this.paint(reply, article);
  }

  /** "Mark it anyway" from the popup, for a page that does not look like an article. */
  async markThisPage(): Promise<void> {
    this.markAnyway = true;
    await this.scan();
  }

  /** "Show on page" from the popup: scroll to the entity's first mark and open its card. */
  showEntity(id: string): void {
    const at = this.index.all().findIndex((m) => m.entity === id);
    if (at >= 0) this.focusMark(at);
  }

  /** The keyboard shortcut: the next mark in reading order, with a visible focus mark and its card. */
  nextMark(): void {
    const count = this.index.all().length;
    if (count) this.focusMark((this.focused + 1) % count);
  }


  private focusMark(at: number): void {
    const mark = this.index.all()[at];
    if (!mark) return;
    this.focused = at;
    this.painter.focus(mark.range);
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    requestAnimationFrame(() => this.hover.show(mark));
  }

  private paint(reply: ScanReply, article: ArticleRead): void {
    const types = new Map(reply.entities.map((e) => [e.id, e.type]));
    const marks: Mark[] = [];
    for (const m of reply.mentions) {
      const type = types.get(m.entity);
      const block = article.blocks[m.block];
      if (!type || !block || !this.settings.types[type]) continue;
      const range = blockRange(block, m.start, m.end);
      if (range) marks.push({ range, entity: m.entity, type });
    }
    this.painter.setStyle(this.settings.highlightStyle);
    this.painter.paint(marks);
    this.index.reset(marks);
    if (marks.length) this.hover.start();
  }

  private clearMarks(): void {
    this.focused = -1;
    this.hover.stop();
    this.painter.clear();
    this.index.reset([]);
  }

  private card(id: string): Promise<EntityCardData | null> {
    let p = this.cards.get(`${id}@${this.asOf}`);
    if (!p) {
      p = send({ type: 'entity', id, asOf: this.asOf });
      p.catch(() => this.cards.delete(`${id}@${this.asOf}`));
      this.cards.set(`${id}@${this.asOf}`, p);
    }
    return p;
  }

  private async openCard(mark: Mark): Promise<void> {
    const anchorRect = () => {
      const r = mark.range.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    };
    const name = mark.range.toString();
    await this.host.show({ kind: 'loading', entityId: mark.entity, name }, anchorRect(), this.asOf, this.asOfFromPage);
    try {
      const card = await this.card(mark.entity);
      if (this.hover.current !== mark) return;
      await this.host.show(
        card ? { kind: 'card', card } : { kind: 'error', entityId: mark.entity, message: 'it is no longer in the dataset' },
        anchorRect(),
        this.asOf,
        this.asOfFromPage,
      );
    } catch (err) {
      if (this.hover.current !== mark) return;
      await this.host.show({ kind: 'error', entityId: mark.entity, message: err instanceof Error ? err.message : String(err) }, anchorRect(), this.asOf, this.asOfFromPage);
    }
  }

  stop(): void {
    this.generation++;
    this.clearMarks();
    this.painter.dispose();
    this.host.hide();
  }
}
