// The extension's share of a page's main thread, from the V8 CPU profiler of the page's renderer (CDP Profiler,
// 100 µs sampling): a sample counts as the extension's when a frame on its stack belongs to
// chrome-extension://<id>/. A "task" is a run of consecutive extension samples (garbage collection inside the
// run included); it ends at the first sample of anything else, idle included.
import type { CDPSession, Page } from 'playwright-core';

interface CallFrame {
  url: string;
  functionName: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ExtensionTime {
  totalMs: number;
  longestMs: number;
  /** Extension self time by function ("name file"), for --breakdown views. */
  self: Map<string, number>;
  /** Extension time by function including what it calls (each function counted once per sample). */
  inclusive: Map<string, number>;
}

/**
 * Whether a profile node runs code of `origin`: its own frame is from there, or a frame below it on the stack is
 * (a page callback the extension called still counts as the extension's). Memoized per node.
 */
export function underOrigin(origin: string, urlOf: (id: number) => string | undefined, parentOf: (id: number) => number | undefined): (id: number) => boolean {
  const known = new Map<number, boolean>();
  const test = (id: number): boolean => {
    const hit = known.get(id);
    if (hit !== undefined) return hit;
    const parent = parentOf(id);
    const v = Boolean(urlOf(id)?.startsWith(origin)) || (parent !== undefined && test(parent));
    known.set(id, v);
    return v;
  };
  return test;
}

export function extensionTime(profile: Profile, origin: string): ExtensionTime {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const isExt = underOrigin(origin, (id) => byId.get(id)?.callFrame.url, (id) => parentOf.get(id));
  const gc = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(garbage collector)').map((n) => n.id));
  let total = 0;
  let run = 0;
  let longest = 0;
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    // Each sample stands for the time until the next one.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isExt(id)) {
      total += dt;
      run += dt;
      const f = byId.get(id)?.callFrame;
      const name = `${f?.functionName || '(anonymous)'} ${f?.url.replace(origin, '') ?? ''}`;
      self.set(name, (self.get(name) ?? 0) + dt);
    } else if (gc.has(id) && run > 0) {
      run += dt;
    } else {
      longest = Math.max(longest, run);
      run = 0;
    }
  }
  const label = (id: number) => {
    const f = byId.get(id)?.callFrame;
    return f?.url.startsWith(origin) ? `${f.functionName || '(anonymous)'} ${f.url.replace(origin, '')}` : null;
  };
  const inclusive = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parentOf.get(id)) {
      const name = label(id);
      if (name !== null) seen.add(name);
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  }
  return { totalMs: total, longestMs: Math.max(longest, run), self, inclusive };
}

/** The functions with the most self time, then the most inclusive time, one per line. */
export function breakdown(t: ExtensionTime, top = 12): string {
  const list = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([n, ms]) => `  ${ms.toFixed(1).padStart(6)} ms  ${n}`)
      .join('\n');
  return `${list(t.self)}\n  (inclusive)\n${list(t.inclusive)}\n  --`;
}

export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfile(cdp: CDPSession): Promise<Profile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return profile;
}

/** The page's JavaScript heap after a full garbage collection, in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1048576;
}
