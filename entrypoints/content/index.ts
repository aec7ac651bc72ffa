import { defineContentScript } from 'wxt/utils/define-content-script';
import { onTabCommand } from '../../lib/platform/messaging';
import { loadSettings, watchSettings } from '../../lib/platform/settings';
import { PageSession } from './page-session';
import '../../components/hover.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The card's CSS goes into its shadow root only, never into the page.
  cssInjectionMode: 'ui',
  async main(ctx) {
    const session = new PageSession(ctx, await loadSettings());
    ctx.onInvalidated(watchSettings((s) => void session.applySettings(s)));
    ctx.onInvalidated(
      onTabCommand((command) => {
        if (command.type === 'show-entity') session.showEntity(command.id);
        else if (command.type === 'next-mark') session.nextMark();
        else void session.markThisPage();
      }),
    );
    await session.scan();
  },
});
