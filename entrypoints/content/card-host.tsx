// Mounts the hover card in one shadow-root host appended to <html> (never inside <body>, which stays untouched),
// created on first use so pages that are never hovered get no extra element at all.
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// The card's CSS travels inside the script: no stylesheet fetched at first hover, none exposed to pages.
import cardCss from '../../components/hover.css?inline';
import { HoverAnnouncer, HoverCard, announcement, type HoverCardState } from '../../components/HoverCard';
import { placeCard, type Rect } from '../../lib/core/placement';

export const CARD_HOST_TAG = 'backstory-card';
const CARD_WIDTH = 320;
const ESTIMATED_HEIGHT = 260;

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private mounting: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private said = '';
  /** Counts draws, so a late size report of an older card does not re-place a newer one. */
  private drawn = 0;
  private resize: ResizeObserver | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onClose: () => void,
    private readonly onMore: (entityId: string) => void,
  ) {}

  isHost(target: EventTarget | null): boolean {
    return this.ui !== null && target === this.ui.shadowHost;
  }

  private async mount(): Promise<ShadowRootContentScriptUi<void>> {
    this.mounting ??= createShadowRootUi<void>(this.ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      anchor: 'html',
      css: cardCss,
      append: 'last',
      onMount: () => undefined,
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.mounting;
  }

  /** Builds the host ahead of the first card (called while the hover delay runs). */
  async prepare(): Promise<void> {
    await this.mount();
  }

  async show(state: HoverCardState, anchor: Rect, asOf: string, asOfFromPage: boolean): Promise<void> {
    const ui = await this.mount();
    const view = { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
    const said = announcement(state);
    if (said) this.said = said;
    // First render at the estimated size, then place again with the card's real height (one extra layout).
    const draw = (height: number) =>
      render(
        <>
          <HoverAnnouncer text={this.said} />
          <HoverCard
            state={state}
            placement={placeCard(anchor, { width: Math.min(CARD_WIDTH, view.width - 16), height }, view)}
            asOf={asOf}
            asOfFromPage={asOfFromPage}
            onClose={this.onClose}
            onMore={this.onMore}
          />
        </>,
        ui.uiContainer,
      );
    let used = ESTIMATED_HEIGHT;
    draw(used);
    // Re-place with the real height once the browser has laid the card out: a ResizeObserver reports after
    // layout, so nothing here forces a synchronous layout (reading scrollHeight now would).
    const drawn = ++this.drawn;
    this.resize?.disconnect();
    const el = this.element();
    if (!el || typeof ResizeObserver !== 'function') return;
    this.resize = new ResizeObserver(() => {
      if (drawn !== this.drawn) return;
      const height = el.scrollHeight;
      if (Math.abs(height - used) <= 1) return;
      used = height;
      draw(height);
    });
    this.resize.observe(el);
  }

  hide(): void {
    this.drawn++;
    this.resize?.disconnect();
    this.resize = null;
    this.said = '';
    if (this.ui) render(<HoverAnnouncer text="" />, this.ui.uiContainer);
  }

  /** The card element, for focus and tests. */
  element(): HTMLElement | null {
    return this.ui?.uiContainer.querySelector<HTMLElement>('.bs-hover') ?? null;
  }
}
