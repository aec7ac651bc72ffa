// Per-task attribution of the extension's main-thread work, from a Chromium performance trace (CDP Tracing).
// The sampling profile alone (profile.ts) cannot say where one task ends and the next begins; the trace can:
// every task the renderer's main thread runs is a `RunTask` event with its exact start and duration. The trace
// also carries the V8 sampling profiler's samples (`ProfileChunk`), so each task's JavaScript can be split
// between the extension (a frame of chrome-extension://<id>/ on the stack) and the page. The content script's
// first evaluation is an `EvaluateScript` event whose URL is the script's: it counts whole, compile included.
import type { CDPSession, Page } from 'playwright-core';
import { underOrigin } from './profile';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: its wall time less the time the thread was not running. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    /** The document a navigation event is about (the `navigation` category). */
    url?: string;
    /** Where a ParseHTML event's document came from. */
    beginData?: { url?: string };
    data?: {
      url?: string;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      startTime?: number;
    };
  };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName: string };
}

export interface Trace {
  traceEvents: TraceEvent[];
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * `sampled: false` leaves out the V8 sampler: task lengths only, with nothing added to the code being measured.
 * `categories` replaces the whole list.
 */
export async function startTrace(page: Page, { sampled = true, categories: only }: { sampled?: boolean; categories?: readonly string[] } = {}): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const categories = only ?? (sampled ? CATEGORIES : CATEGORIES.filter((c) => !c.includes('cpu_profiler')));
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] },
  });
  return cdp;
}

export async function stopTrace(cdp: CDPSession): Promise<Trace> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const handle = await complete;
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 22 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  await cdp.detach();
  const parsed = JSON.parse(parts.join('')) as Trace | TraceEvent[];
  return Array.isArray(parsed) ? { traceEvents: parsed } : parsed;
}

export interface TaskTime {
  /** When the task started, in trace microseconds. */
  ts: number;
  /** The whole task, in ms: the page's work in it included. */
  taskMs: number;
  /** The extension's share of it, in ms. */
  extensionMs: number;
  /** The same share in CPU time: on a loaded machine, wall time also counts the time the thread waited for a CPU. */
  extensionCpuMs: number;
  /** The extension's sampled time in this task by function, in ms ("(evaluation)" for the script's first run). */
  functions: Map<string, number>;
}

export interface ExtensionTasks {
  /** Every main-thread task with extension work in it, longest extension share first. */
  tasks: TaskTime[];
  totalMs: number;
  /** The longest extension share of one task. */
  longestMs: number;
  /** The whole length of the task that holds the longest extension share. */
  longestTaskMs: number;
  /** The longest extension share of one task in CPU time. */
  longestCpuMs: number;
}

interface Sample {
  ts: number;
  dt: number;
  extension: boolean;
  gc: boolean;
  /** The sampled function, "name file", for the per-task breakdown. */
  label: string;
}

/** The main threads of every renderer in the trace, as "pid:tid". */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf));
}

export function threadOf(e: TraceEvent): string {
  return `${e.pid}:${e.tid}`;
}

/** The sampled JavaScript of one thread, in time order, each sample marked as the extension's or not. */
function samplesOf(events: TraceEvent[], origin: string): Map<string, Sample[]> {
  const profiles = new Map<string, { thread: string; startTime: number }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id !== undefined) profiles.set(e.id, { thread: threadOf(e), startTime: e.args?.data?.startTime ?? e.ts });
  }
  const byThread = new Map<string, Sample[]>();
  // Nodes and samples arrive in chunks; a chunk's nodes may be parents of a later chunk's.
  const nodes = new Map<string, Map<number, ProfileNode>>();
  const verdict = new Map<string, (id: number) => boolean>();
  const clock = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id === undefined) continue;
    const profile = profiles.get(e.id);
    if (!profile) continue;
    const known = nodes.get(e.id) ?? new Map<number, ProfileNode>();
    nodes.set(e.id, known);
    for (const n of e.args?.data?.cpuProfile?.nodes ?? []) known.set(n.id, n);
    let isExtension = verdict.get(e.id);
    if (!isExtension) {
      isExtension = underOrigin(origin, (id) => known.get(id)?.callFrame.url, (id) => known.get(id)?.parent);
      verdict.set(e.id, isExtension);
    }
    const samples = e.args?.data?.cpuProfile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    let t = clock.get(e.id) ?? profile.startTime;
    const list = byThread.get(profile.thread) ?? [];
    byThread.set(profile.thread, list);
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const id = samples[i]!;
      const frame = known.get(id)?.callFrame;
      list.push({
        ts: t,
        dt: 0,
        extension: isExtension(id),
        gc: frame?.functionName === '(garbage collector)',
        label: `${frame?.functionName || '(anonymous)'} ${frame?.url?.replace(origin, '') ?? ''}`.trim(),
      });
    }
    clock.set(e.id, t);
  }
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    // Each sample stands for the time until the next one.
    for (let i = 0; i + 1 < list.length; i++) list[i]!.dt = list[i + 1]!.ts - list[i]!.ts;
  }
  return byThread;
}

/**
 * The extension's work per main-thread task on the renderer threads of the trace. A task's extension share is
 * its sampled time under an extension frame, plus garbage collection that interrupts such a run, plus the
 * content script's own evaluation.
 */
export function extensionTasks(trace: Trace, origin: string): ExtensionTasks {
  const events = trace.traceEvents;
  const mainThreads = rendererMainThreads(events);
  const samples = samplesOf(events, origin);
  const tasks: TaskTime[] = [];
  for (const thread of mainThreads) {
    const own = events.filter((e) => threadOf(e) === thread && e.ph === 'X' && e.dur !== undefined);
    const runTasks = own.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
    const evaluationsOf = own.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(origin));
    const list = samples.get(thread) ?? [];
    let s = 0;
    for (const task of runTasks) {
      const end = task.ts + task.dur!;
      while (s < list.length && list[s]!.ts < task.ts) s++;
      // The content script's first run counts whole (its compile included); its samples are inside it.
      const evaluations = evaluationsOf.filter((e) => e.ts >= task.ts && e.ts < end);
      const inEvaluation = (ts: number) => evaluations.some((e) => ts >= e.ts && ts < e.ts + e.dur!);
      let extensionUs = 0;
      let inRun = false;
      const functions = new Map<string, number>();
      for (let i = s; i < list.length && list[i]!.ts < end; i++) {
        const sample = list[i]!;
        if (inEvaluation(sample.ts)) continue;
        const dt = Math.min(sample.dt, end - sample.ts);
        if (sample.extension || (sample.gc && inRun)) {
          extensionUs += dt;
          inRun = true;
          functions.set(sample.label, (functions.get(sample.label) ?? 0) + dt / 1000);
        } else {
          inRun = false;
        }
      }
      const evaluatedUs = evaluations.reduce((sum, e) => sum + e.dur!, 0);
      const evaluatedCpuUs = evaluations.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0);
      // Samples come at wall-clock intervals: the task's own CPU-to-wall ratio turns them into CPU time.
      const cpuRatio = task.tdur !== undefined && task.dur! > 0 ? task.tdur / task.dur! : 1;
      if (evaluatedUs > 0) functions.set('(evaluation)', evaluatedUs / 1000);
      if (extensionUs + evaluatedUs > 0) {
        tasks.push({
          functions,
          ts: task.ts,
          taskMs: task.dur! / 1000,
          extensionMs: (extensionUs + evaluatedUs) / 1000,
          extensionCpuMs: (extensionUs * cpuRatio + evaluatedCpuUs) / 1000,
        });
      }
    }
  }
  tasks.sort((a, b) => b.extensionMs - a.extensionMs);
  const top = tasks[0];
  return {
    tasks,
    totalMs: tasks.reduce((sum, t) => sum + t.extensionMs, 0),
    longestMs: top?.extensionMs ?? 0,
    longestTaskMs: top?.taskMs ?? 0,
    longestCpuMs: Math.max(0, ...tasks.map((t) => t.extensionCpuMs)),
  };
}

/** The longest tasks, each with the functions that took most of its extension time. */
export function describeTasks(t: ExtensionTasks, count = 3, functionsEach = 5): string {
  return t.tasks
    .slice(0, count)
    .map((task) => {
      const top = [...task.functions.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, functionsEach)
        .map(([name, ms]) => `      ${ms.toFixed(1).padStart(6)} ms  ${name}`);
      return [`    task of ${task.taskMs.toFixed(1)} ms, extension ${task.extensionMs.toFixed(1)} ms:`, ...top].join('\n');
    })
    .join('\n');
}

/** Events that only wrap others: the work is in what they hold. */
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'Receive mojo message', 'SimpleWatcher::OnHandleReady', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

export interface PageMainThreadCpu {
  /** CPU time of every task on the page's main thread, in ms. */
  totalMs: number;
  /** The same by the kind of each task's outermost inner event (ParseHTML, EvaluateScript, Paint...), in ms. */
  byKind: Map<string, number>;
}

/** Task events: `RunTask` (DevTools timeline categories) and `ThreadControllerImpl::RunTask` (toplevel). */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The CPU time of the main thread of the renderer that showed `pageOrigin`'s document: the page's work and the
 * extension's together. Compared with the same page loaded without the extension, it gives what the extension
 * adds to the page's main thread in all (its scripts, and the style and paint its marks cause), without the
 * sampler, whose bookkeeping inflates code that runs for the first time. Works on a lean trace too (categories
 * `toplevel` and `navigation` only: tasks, and the navigation that names the page's thread); then `byKind` only
 * holds the task events themselves.
 */
export function pageMainThreadCpu(trace: Trace, pageOrigin: string): PageMainThreadCpu {
  const events = trace.traceEvents;
  const main = rendererMainThreads(events);
  const pageThreads = new Set<string>();
  for (const e of events) {
    const url = e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.url;
    if (url?.startsWith(pageOrigin) && main.has(threadOf(e))) pageThreads.add(threadOf(e));
  }
  const own = events.filter((e) => e.ph === 'X' && e.dur !== undefined && pageThreads.has(threadOf(e))).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let us = 0;
  let taskUntil = -1;
  const byKind = new Map<string, number>();
  let coveredUntil = -1;
  for (const e of own) {
    // Outermost tasks only: a task run inside another (a nested run loop, or the two names of one task in a
    // trace with both categories) is in the outer one's time already.
    if (TASKS.has(e.name) && e.ts >= taskUntil) {
      taskUntil = e.ts + e.dur!;
      us += e.tdur ?? e.dur!;
    }
    if (WRAPPERS.has(e.name) || e.ts < coveredUntil) continue;
    coveredUntil = e.ts + e.dur!;
    byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.tdur ?? e.dur!) / 1000);
  }
  return { totalMs: us / 1000, byKind };
}
