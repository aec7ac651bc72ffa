// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { PageContext } from '../../../entrypoints/content/page-context';

// The fake browser's runtime.id stands for the extension's side of the world: set while the extension is there,
// removed to play an extension that was reloaded or removed under an open page.
const runtime = browser.runtime as unknown as { id: string | undefined };
const realId = runtime.id;

describe('PageContext', () => {
  afterEach(() => {
    runtime.id = realId;
  });

  it('ends when a newer copy starts in the page after its extension went away', () => {
    runtime.id = 'backstory-test';
    const old = new PageContext('reader');
    let ended = 0;
    old.onInvalidated(() => ended++);
    runtime.id = undefined;
    new PageContext('reader');
    expect(ended).toBe(1);
  });

  it('keeps running when its extension is still there (a page dispatching the event cannot stop it)', () => {
    runtime.id = 'backstory-test';
    const ctx = new PageContext('reader');
    let ended = 0;
    ctx.onInvalidated(() => ended++);
    document.dispatchEvent(new Event('backstory:reader:started'));
    new PageContext('reader');
    expect(ended).toBe(0);
  });

  it('does not hear its own start, nor a copy of another name', () => {
    runtime.id = undefined;
    const ctx = new PageContext('reader');
    let ended = 0;
    ctx.onInvalidated(() => ended++);
    new PageContext('other');
    expect(ended).toBe(0);
    ctx.invalidate();
    expect(ended).toBe(1);
  });

  it('gives WXT’s shadow-root UI an onInvalidated that follows it, and no CSS injection mode', () => {
    const ctx = new PageContext('reader');
    const wxt = ctx.asWxtContext();
    let removed = 0;
    const off = wxt.onInvalidated(() => removed++);
    off();
    wxt.onInvalidated(() => removed++);
    ctx.invalidate();
    expect(removed).toBe(1);
    expect(wxt.options?.cssInjectionMode).toBeUndefined();
  });
});
