// The content script Chrome and Firefox inject into every page (listed in the manifest by wxt.config.ts): only a
// loader. The reader itself (content-main.js) is imported as a module from the extension, because a module is
// fetched and compiled off the page's main thread (V8 streams it), where a content script is parsed and compiled
// on it, in full, at every page load. It is a web-accessible resource with a per-session URL (use_dynamic_url),
// so no page can fetch it at a fixed address to detect the extension; it runs in this script's isolated world.
// An unlisted script rather than a WXT content script: WXT wraps a content script in a ContentScriptContext of
// its own (a window.postMessage the page receives too, listeners, an AbortController), which the loader does not
// use; the reader makes the one context it needs.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';

export default defineUnlistedScript(() => {
  // A loader of an extension that was just reloaded or removed cannot reach its module: nothing to do then.
  import(/* @vite-ignore */ browser.runtime.getURL('/content-main.js')).catch(() => undefined);
});
