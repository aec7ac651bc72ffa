// Mounts the hover card in one shadow-root host appended to <html> (never inside <body>, which stays untouched),
// created on first use so pages that are never hovered get no extra element at all.
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard, type HoverCardState } from '../../components/HoverCard';
import { placeCard, type Rect } from '../../lib/core/placement';

export const CARD_HOST_TAG = 'backstory-card';
const CARD_WIDTH = 320;

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private mounting: Promise<ShadowRootContentScriptUi<void>> | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onClose: () => void,
  ) {}

  isHost(target: EventTarget | null): boolean {
    return this.ui !== null && target === this.ui.shadowHost;
  }

  private async mount(): Promise<ShadowRootContentScriptUi<void>> {
    this.mounting ??= createShadowRootUi<void>(this.ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount: () => undefined,
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.mounting;
  }

  async show(state: HoverCardState, anchor: Rect, asOf: string, asOfFromPage: boolean): Promise<void> {
    const ui = await this.mount();
    const view = { width: window.innerWidth, height: window.innerHeight };
    // First render at the estimated size, then place again with the card's real height.
    const draw = (height: number) =>
      render(
        <HoverCard state={state} placement={placeCard(anchor, { width: CARD_WIDTH, height }, view)} asOf={asOf} asOfFromPage={asOfFromPage} onClose={this.onClose} />,
        ui.uiContainer,
      );
    draw(260);
    const el = ui.uiContainer.firstElementChild as HTMLElement | null;
    if (el) draw(el.scrollHeight);
  }

  hide(): void {
    if (this.ui) render(null, this.ui.uiContainer);
  }

  /** The card element, for focus and tests. */
  element(): HTMLElement | null {
    return (this.ui?.uiContainer.firstElementChild as HTMLElement | null) ?? null;
  }
}
