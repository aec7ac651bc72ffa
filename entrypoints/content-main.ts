// The page reader, imported by the content script's loader (entrypoints/content-loader.ts) into its isolated
// world: reads the article, paints the marks, follows the page and the reader's settings, opens cards.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onTabCommand } from '../lib/platform/messaging';
import { loadSettings, watchSettings } from '../lib/platform/settings';
import { PageContext } from './content/page-context';
import { PageSession } from './content/page-session';

export default defineUnlistedScript(async () => {
  // Nothing runs before this first await. Code run during the module's evaluation has the whole bundle (its top
  // level and wrapper function) on the stack, and a call that records its caller's source location there (the
  // context's announcement did, when it was WXT's window.postMessage) makes V8 parse the whole file again for
  // source positions: milliseconds on the page's main thread at every load.
  await null;
  // Its own context: ended when a newer version of the extension starts in this page (see page-context.ts).
  const ctx = new PageContext('content-main');
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
});
