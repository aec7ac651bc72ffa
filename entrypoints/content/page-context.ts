// The page reader's lifetime in one page: what to take down when it ends. It ends when a newer copy of the reader
// starts in the same page while this copy's extension context is gone (the extension was reloaded, updated or
// removed, and the browser injected the new version into the open page).
//
// In place of WXT's ContentScriptContext, which announces every start with window.postMessage: that puts a
// message task on the page at every load and wakes every `message` listener the page has (ad and analytics
// scripts keep several), and any page script could post the same message to stop the reader. Here the
// announcement is an event of its own name dispatched on the document (synchronous, heard by nobody else), and
// hearing one stops this copy only when its extension is really gone: a page cannot switch the reader off.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export class PageContext {
  private readonly controller = new AbortController();

  constructor(name: string) {
    const type = `backstory:${name}:started`;
    document.dispatchEvent(new Event(type));
    // Added after the announcement, so this copy does not hear its own.
    const onNewer = () => {
      if (!extensionAlive()) this.invalidate();
    };
    document.addEventListener(type, onNewer, { signal: this.controller.signal });
  }

  /** Calls `cb` once when the reader's context ends; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.controller.signal.addEventListener('abort', cb);
    return () => this.controller.signal.removeEventListener('abort', cb);
  }

  invalidate(): void {
    this.controller.abort();
  }

  /**
   * For WXT's createShadowRootUi (the card's host), which reads two members of its context (checked in WXT
   * 0.20.9): `onInvalidated`, to remove the host with the reader, and `options.cssInjectionMode`, unset here
   * because the card's CSS is passed to it directly.
   */
  asWxtContext(): ContentScriptContext {
    return { onInvalidated: (cb: () => void) => this.onInvalidated(cb), options: {} } as unknown as ContentScriptContext;
  }
}

/** The extension's side of this world still answers: after a reload or removal `runtime.id` is gone. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
