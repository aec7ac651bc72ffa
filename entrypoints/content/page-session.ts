// One page's Backstory: read the article, ask the background to link it, paint the marks, follow the page as it
// changes, open cards on hover, and follow the reader's settings (switching the site off removes the marks at
// once). Long work (reading blocks, mapping and painting marks) runs in slices with yields in between.
import { todayIso } from '../../lib/core/format';
import { withinScanLimits, type EntityCardData, type ScanReply, type ScanRequest } from '../../lib/core/protocol';
import type { Settings } from '../../lib/core/settings';
import { isSiteEnabled, siteOf } from '../../lib/core/sites';
import { findArticleSteps, iterateArticleBlocks, dateScopeOf, type ArticleRegion, type PageBlock } from '../../lib/page/article';
import { changedBlocks } from '../../lib/page/changed-blocks';
import { isFurniture, isNeverRead, isRenderedByLayout } from '../../lib/page/element-filters';
import { HighlightPainter, highlightsSupported, type Mark } from '../../lib/page/highlights';
import { MarkIndex } from '../../lib/page/hit-test';
import { HoverController } from '../../lib/page/hover';
import { MutationFollower, type MutationBatch } from '../../lib/page/mutation-follower';
import { readPublishedDate } from '../../lib/page/published-date';
import { SliceClock, finishSliced, sliced, yieldToPage } from '../../lib/page/slices';
import { blockRange, blocksOf } from '../../lib/page/text-blocks';
import { send } from '../../lib/platform/messaging';
import { CARD_HOST_TAG, CardHost } from './card-host';
import type { PageContext } from './page-context';

const GRACE_MS = 300;
/** Text sent per update of a dynamic page; more waits for the next round. */
const UPDATE_CHARS = 40_000;
/** A page that was no article may become one (an app rendering late): look again, but not too often. */
const REDETECT_MS = 2000;
const REDETECT_MAX = 8;
const REDETECT_MIN_CHARS = 200;

/** A painted mark and the block element it was read from (the unit re-read when the page changes). */
interface Tracked {
  mark: Mark;
  block: Element;
}

const isOwnUi = (el: Element) => el.localName === CARD_HOST_TAG;

export class PageSession {
  private readonly painter = new HighlightPainter(document);
  private readonly index = new MarkIndex();
  private readonly cards = new Map<string, Promise<EntityCardData | null>>();
  private readonly host: CardHost;
  private readonly hover: HoverController;
  private readonly follower: MutationFollower;
  private region: ArticleRegion | null = null;
  /** The elements whose changes are read: the body root, and a headline or standfirst outside it. */
  private scope: Element[] = [];
  private tracked: Tracked[] = [];
  private pending: Element[] = [];
  private updating = false;
  private scannedUrl = '';
  private published: string | null = null;
  private title = '';
  private redetects = 0;
  /** Text added to a page that was no article when read, since it was read. */
  private addedSinceScan = 0;
  private lastRedetect = -Infinity;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private siteOfUrl: { href: string; site: string | null } = { href: '', site: null };
  private generation = 0;
  /** The reader asked to mark this page although it does not look like an article. */
  private markAnyway = false;
  /** Index of the mark the keyboard shortcut last moved to. */
  private focused = -1;
  /** The mark whose card the shortcut will open in the next frame (cleared when a card closes meanwhile). */
  private focusedMark: Mark | null = null;

  constructor(
    ctx: PageContext,
    private settings: Settings,
  ) {
    this.host = new CardHost(ctx.asWxtContext(), () => this.hover.hide(), (id) => void this.openInPopup(id));
    this.hover = new HoverController(
      document,
      this.index,
      {
        open: (m) => void this.openCard(m),
        // During the hover delay: ask for the card and build the card's host, so that opening is one render.
        prepare: (m) => {
          this.card(m.entity).catch(() => undefined);
          void this.host.prepare();
        },
        // Closing the card (Esc, pointer away) also takes the keyboard focus mark away.
        close: () => {
          this.host.hide();
          this.painter.focus(null);
          this.focusedMark = null;
        },
        isCard: (t) => this.host.isHost(t),
      },
      { delayMs: settings.hoverDelayMs, graceMs: GRACE_MS },
    );
    this.follower = new MutationFollower(document.body ?? document.documentElement, (b) => this.onMutations(b), undefined, (r) => this.relevant(r));
    ctx.onInvalidated(() => this.stop());
  }

  /** The date prior events are told as of: the article's, or today when the page gives none. */
  private get asOf(): string {
    return this.published ?? todayIso();
  }

  private get asOfFromPage(): boolean {
    return this.published !== null;
  }

  private enabledHere(): boolean {
    // Asked at every scan and every batch of page changes: the URL is parsed again only when it changed.
    const href = location.href;
    if (href !== this.siteOfUrl.href) this.siteOfUrl = { href, site: siteOf(href) };
    const site = this.siteOfUrl.site;
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

  /** Reads the whole page again and repaints it. */
  async scan(): Promise<void> {
    const gen = ++this.generation;
    // The first scan of a page has nothing to take down (no marks, timers, listeners or observer yet): it skips
    // that code, which would be the first call of several page APIs in this world, at every page load.
    if (gen > 1) {
      clearTimeout(this.rescanTimer);
      this.clearMarks();
      this.follower.stop();
    }
    this.pending = [];
    this.region = null;
    this.scope = [];
    this.addedSinceScan = 0;
    if (!highlightsSupported()) return;
    const cancelled = () => gen !== this.generation;
    const enabled = this.enabledHere();
    this.scannedUrl = location.href;
    if (!enabled) {
      await send({ type: 'scan', url: location.href, title: document.title, published: null, isArticle: false, siteEnabled: false, blocks: [] });
      return;
    }
    const anyPage = this.settings.anyPage || this.markAnyway;
    // The one pass over the whole page starts in a task of its own, apart from the start-up work before it, and
    // is itself cut into slices on a large page.
    await yieldToPage();
    if (cancelled()) return;
    const found = await finishSliced(findArticleSteps(document, { anyPage, isOwnUi, isVisible: isRenderedByLayout }), cancelled);
    if (found === null) return;
    const region = found.value;
    await yieldToPage();
    if (cancelled()) return;
    const published = readPublishedDate(document, dateScopeOf(region));
    this.published = published?.date ?? null;
    this.title = region.title || document.title;
    const mark = region.root !== null && (region.isArticle || anyPage);
    // The marks' stylesheet goes in before the blocks are read: reading asks for style (a visibility check per
    // block), so the page's style is computed once with the sheet in it, where adopting it with the marks would
    // make the browser compute the whole document's style a second time. Its rules style only our highlights.
    if (mark) this.painter.setStyle(this.settings.highlightStyle);
    const blocks: PageBlock[] = [];
    if (mark && !(await sliced(withinScanLimits(iterateArticleBlocks(region)), (b) => blocks.push(b), cancelled))) return;
    const reply = await send(this.request(blocks, region.isArticle, false));
    if (cancelled()) return;
    this.follower.start();
    if (!mark) return;
    this.region = region;
    this.scope = scopeOf(region);
    await this.addMarks(reply, blocks, cancelled, true);
  }

  private request(blocks: readonly PageBlock[], isArticle: boolean, update: boolean): ScanRequest {
    const req: ScanRequest = {
      type: 'scan',
      url: this.scannedUrl,
      title: this.title,
      published: this.published,
      isArticle,
      siteEnabled: true,
      blocks: blocks.map((b) => ({ text: b.text, role: b.role })),
    };
    if (update) req.update = true;
    return req;
  }

  /**
   * Maps the reply's mentions to Ranges and paints them, a slice at a time. `whole` is a full scan: its blocks are
   * the page in reading order, so the marks are ordered by (block, offset) without asking the DOM.
   */
  private async addMarks(reply: ScanReply, blocks: readonly PageBlock[], cancelled: () => boolean, whole = false): Promise<void> {
    const types = new Map(reply.entities.map((e) => [e.id, e.type]));
    const mentions = whole ? [...reply.mentions].sort((a, b) => a.block - b.block || a.start - b.start) : reply.mentions;
    const added: Tracked[] = [];
    const staged = new Map<string, Highlight>();
    const clock = new SliceClock();
    let from = 0;
    for (const m of mentions) {
      const type = types.get(m.entity);
      const block = blocks[m.block];
      if (type && block && this.settings.types[type]) {
        const range = blockRange(block, m.start, m.end);
        if (range) added.push({ mark: { range, entity: m.entity, type }, block: block.element });
      }
      if (clock.due()) {
        this.painter.stage(added.slice(from).map((t) => t.mark), staged);
        from = added.length;
        if ((await clock.maybeYield()) && cancelled()) return;
      }
    }
    this.painter.stage(added.slice(from).map((t) => t.mark), staged);
    this.painter.commit(staged);
    const wasEmpty = this.tracked.length === 0;
    this.tracked.push(...added);
    if (whole && wasEmpty) this.index.reset(added.map((t) => t.mark), true);
    else this.index.update(new Set(), added.map((t) => t.mark));
    if (wasEmpty && added.length > 0) this.hover.start();
  }

  /** Cheap per-record filter in the observer callback. */
  private relevant(r: MutationRecord): boolean {
    if (this.region === null || location.href !== this.scannedUrl) return true;
    const target = r.target;
    return this.scope.some((s) => !s.isConnected || s.contains(target));
  }

  private onMutations(batch: MutationBatch): void {
    if (!this.enabledHere()) return;
    const region = this.region;
    const rootGone = region?.root !== null && region?.root !== undefined && !region.root.isConnected;
    if (location.href !== this.scannedUrl || batch.overflow || rootGone) {
      // Another article (a single-page app navigated), or too much changed to follow piece by piece.
      this.redetects = 0;
      this.rescanSoon();
      return;
    }
    if (region === null) {
      // Not an article when read: look again when enough text arrived, a few times at most.
      this.addedSinceScan += addedText(batch.records);
      if (this.redetects >= REDETECT_MAX || performance.now() - this.lastRedetect < REDETECT_MS) return;
      if (this.addedSinceScan < REDETECT_MIN_CHARS) return;
      this.redetects++;
      this.lastRedetect = performance.now();
      this.rescanSoon();
      return;
    }
    this.prune();
    const changed = changedBlocks(batch.records).filter((el) => this.readable(el));
    if (changed.length === 0) return;
    this.pending.push(...changed);
    void this.processPending();
  }

  private rescanSoon(): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.scan(), 0);
  }

  /** Inside the article's scope, and not inside anything never read (comments, a promo, an editor). */
  private readable(el: Element): boolean {
    const region = this.region;
    if (region === null) return false;
    const scope = this.scope.find((s) => s === el || s.contains(el));
    if (!scope) return false;
    const skip = region.blocksOptions.skip;
    for (let p: Element | null = el; p !== null && p !== scope; p = p.parentElement) {
      if (isNeverRead(p) || isOwnUi(p)) return false;
      if (scope === region.root && (isFurniture(p) || (skip !== undefined && skip(p)))) return false;
    }
    return true;
  }

  /** Reads the changed blocks again and links them, a bounded amount of text per round. */
  private async processPending(): Promise<void> {
    if (this.updating) return;
    this.updating = true;
    const gen = this.generation;
    const cancelled = () => gen !== this.generation;
    try {
      while (this.pending.length > 0 && !cancelled()) {
        const region = this.region;
        if (region === null) return;
        const elements: Element[] = [];
        const blocks: PageBlock[] = [];
        let chars = 0;
        const clock = new SliceClock();
        while (this.pending.length > 0 && chars < UPDATE_CHARS) {
          const el = this.pending.shift() as Element;
          if (!el.isConnected || elements.some((e) => e.contains(el))) continue;
          elements.push(el);
          for (const b of blocksOf(el, { ...region.blocksOptions, skipFurniture: region.root?.contains(el) ?? true })) {
            blocks.push(b);
            chars += b.text.length;
          }
          if ((await clock.maybeYield()) && cancelled()) return;
        }
        // The old marks of these elements go; their new ones come back with the reply.
        this.removeTracked((t) => elements.some((e) => e === t.block || e.contains(t.block)));
        // One changed element can hold more than a scan carries (a whole page swapped in at once).
        const kept = [...withinScanLimits(blocks)];
        if (kept.length === 0) continue;
        const reply = await send(this.request(kept, region.isArticle, true));
        if (cancelled()) return;
        await this.addMarks(reply, kept, cancelled);
      }
    } finally {
      this.updating = false;
    }
  }

  /** Drops marks whose text left the page (their live ranges collapsed). */
  private prune(): void {
    this.removeTracked((t) => t.mark.range.collapsed || !t.mark.range.startContainer.isConnected);
  }

  private removeTracked(gone: (t: Tracked) => boolean): void {
    const removed = new Set<Mark>();
    const keep: Tracked[] = [];
    for (const t of this.tracked) {
      if (gone(t)) removed.add(t.mark);
      else keep.push(t);
    }
    if (removed.size === 0) return;
    this.tracked = keep;
    this.painter.remove([...removed]);
    this.index.update(removed, []);
    if (this.hover.current && removed.has(this.hover.current)) this.hover.hide();
    this.focused = -1;
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
    this.focusedMark = mark;
    this.painter.focus(mark.range);
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    // Open once the scroll has settled; not if Esc closed the previous card in between.
    requestAnimationFrame(() => {
      if (this.focusedMark === mark) this.hover.show(mark);
    });
  }

  private clearMarks(): void {
    this.focused = -1;
    this.hover.stop();
    this.painter.clear();
    this.index.reset([]);
    this.tracked = [];
  }

  /** Cards are kept per entity and date: a page that learns its date later asks again. */
  private cardKey(id: string): string {
    return `${id}@${this.asOf}`;
  }

  private card(id: string): Promise<EntityCardData | null> {
    const key = this.cardKey(id);
    let p = this.cards.get(key);
    if (!p) {
      p = send({ type: 'entity', id, asOf: this.asOf });
      p.catch(() => this.cards.delete(key));
      this.cards.set(key, p);
    }
    return p;
  }

  private async openInPopup(id: string): Promise<void> {
    try {
      await send({ type: 'open-entity', id });
    } catch {
      // The popup could not be opened: the card stays, nothing else to do.
    }
  }

  private async openCard(mark: Mark): Promise<void> {
    const anchorRect = () => {
      const r = mark.range.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    };
    const name = mark.range.toString();
    const cached = this.cards.get(this.cardKey(mark.entity));
    // A card fetched before opens at once, without a "looking up" frame first.
    if (!cached) await this.host.show({ kind: 'loading', entityId: mark.entity, name }, anchorRect(), this.asOf, this.asOfFromPage);
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
    clearTimeout(this.rescanTimer);
    this.follower.stop();
    this.clearMarks();
    this.painter.dispose();
    this.host.hide();
  }
}

/** The body root, plus the headline and standfirst when they sit outside it. */
function scopeOf(region: ArticleRegion): Element[] {
  const out: Element[] = [];
  if (region.root) out.push(region.root);
  if (region.headline && region.root && !region.root.contains(region.headline)) out.push(region.headline);
  for (const p of region.preface) out.push(p);
  return out;
}

function addedText(records: readonly MutationRecord[]): number {
  let n = 0;
  for (const r of records) for (const node of Array.from(r.addedNodes)) n += node.textContent?.length ?? 0;
  return n;
}
