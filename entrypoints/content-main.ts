// The page reader, imported by the content script's loader (entrypoints/content-loader.ts) into its isolated
// world: reads the article, paints the marks, follows the page and the reader's settings, opens cards.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onTabCommand } from '../lib/platform/messaging';
import { loadSettings, watchSettings } from '../lib/platform/settings';
import { PageSession } from './content/page-session';

export default defineUnlistedScript(async () => {
  // Nothing runs before this first await. Code run during the module's evaluation has the whole bundle (its top
  // level and wrapper function) on the stack, and a call that records its caller's source location there (the
  // context's window.postMessage does) makes V8 parse the whole file again for source positions: milliseconds
  // on the page's main thread at every load.
  await null;
  // Its own context: invalidated when the extension is reloaded or updated, like a content script's.
  const ctx = new ContentScriptContext('content-main', {});
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
