// Follows the dataset's state from a page of the extension. Two sources: the background (the first-run starter
// install, and the installed pack), and an install the options page is running, which it reports through
// storage.session because the background does not see it until the new pack is active.
import { browser } from 'wxt/browser';
import type { DatasetStatus } from '../core/protocol';
import { send } from './messaging';

const POLL_MS = 400;
const PAGE_INSTALL_KEY = 'pack-install';
/** A report older than this is from an options page that was closed half way: not an install any more. */
const STALE_MS = 20_000;

interface PageInstall {
  progress: number;
  at: number;
}

function isPageInstall(v: unknown): v is PageInstall {
  const r = v as Partial<PageInstall> | null;
  return typeof r === 'object' && r !== null && typeof r.progress === 'number' && typeof r.at === 'number';
}

/** The options page reports its install's progress (0..1), and null when it has finished or failed. */
export async function reportPageInstall(progress: number | null): Promise<void> {
  if (progress === null) await browser.storage.session.remove(PAGE_INSTALL_KEY);
  else await browser.storage.session.set({ [PAGE_INSTALL_KEY]: { progress, at: Date.now() } satisfies PageInstall });
}

export function watchDatasetStatus(listener: (status: DatasetStatus) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let background: DatasetStatus | null = null;
  let page: PageInstall | null = null;

  const emit = () => {
    if (stopped || !background) return;
    const fresh = page && Date.now() - page.at < STALE_MS ? page : null;
    listener(fresh ? { ...background, state: 'installing', progress: fresh.progress } : background);
  };
  const poll = async () => {
    try {
      background = await send({ type: 'dataset-status' });
      emit();
      if (!stopped && (background.state === 'installing' || background.state === 'empty')) timer = setTimeout(() => void poll(), POLL_MS);
    } catch (err) {
      if (!stopped) listener({ state: 'error', progress: 0, message: err instanceof Error ? err.message : String(err), pack: null });
    }
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(PAGE_INSTALL_KEY in changes)) return;
    const next = changes[PAGE_INSTALL_KEY]?.newValue;
    page = isPageInstall(next) ? next : null;
    // When the page's install ends, the background has the new pack: ask it again.
    if (!page) void poll();
    else emit();
  };
  browser.storage.onChanged.addListener(onChanged);
  void browser.storage.session.get(PAGE_INSTALL_KEY).then((stored) => {
    const v = stored[PAGE_INSTALL_KEY];
    page = isPageInstall(v) ? v : null;
    emit();
  });
  void poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onChanged);
  };
}
