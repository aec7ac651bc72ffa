import { describe, expect, it } from 'vitest';
import { extensionTasks, type Trace } from '../../../scripts/lib/trace';

const ORIGIN = 'chrome-extension://abc/';
const PID = 7;
const TID = 9;

type Frame = 'ext' | 'page' | 'gc' | 'idle';

/**
 * A renderer main thread with the given tasks ([start µs, length µs, CPU µs]), a content-script evaluation, and
 * samples every 100 µs from 0 saying what ran.
 */
function trace(tasks: [number, number, number][], samples: Frame[], evaluation?: [number, number, number]): Trace {
  const node = { ext: 2, page: 3, gc: 4, idle: 5 } as const;
  return {
    traceEvents: [
      { name: 'thread_name', ph: 'M', pid: PID, tid: TID, ts: 0, args: { name: 'CrRendererMain' } },
      ...tasks.map(([ts, dur, tdur]) => ({ name: 'RunTask', ph: 'X', pid: PID, tid: TID, ts, dur, tdur })),
      ...(evaluation
        ? [{ name: 'EvaluateScript', ph: 'X', pid: PID, tid: TID, ts: evaluation[0], dur: evaluation[1], tdur: evaluation[2], args: { data: { url: `${ORIGIN}content.js` } } }]
        : []),
      { name: 'Profile', ph: 'P', pid: PID, tid: TID, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
      {
        name: 'ProfileChunk',
        ph: 'P',
        pid: PID,
        tid: TID,
        ts: 0,
        id: '0x1',
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { functionName: '(root)' } },
                { id: 2, parent: 1, callFrame: { functionName: 'scan', url: `${ORIGIN}content.js` } },
                { id: 3, parent: 1, callFrame: { functionName: 'tick', url: 'https://news.example/app.js' } },
                { id: 4, parent: 1, callFrame: { functionName: '(garbage collector)' } },
                { id: 5, parent: 1, callFrame: { functionName: '(idle)' } },
              ],
              samples: samples.map((f) => node[f]),
            },
            // The first delta places the first sample at 0, each next one 100 µs later.
            timeDeltas: samples.map((_, i) => (i === 0 ? 0 : 100)),
          },
        },
      },
    ],
  } as Trace;
}

describe('extensionTasks', () => {
  it.each([
    ['no extension sample: no task of ours', [[0, 1000, 1000]], ['page', 'page', 'page', 'idle'], undefined, 0, 0, 0],
    // Two 0.3 ms slices with the page's work between them are two tasks, not one run of 0.6 ms.
    ['slices in separate tasks stay separate', [[0, 300, 300], [300, 100, 100], [400, 300, 300]], ['ext', 'ext', 'ext', 'page', 'ext', 'ext', 'ext', 'idle'], undefined, 2, 0.3, 0.6],
    ['the page’s work in a mixed task is not ours', [[0, 800, 800]], ['page', 'page', 'page', 'page', 'page', 'ext', 'ext', 'page', 'idle'], undefined, 1, 0.2, 0.2],
    ['garbage collection that interrupts our run is ours', [[0, 500, 500]], ['ext', 'gc', 'gc', 'ext', 'page', 'idle'], undefined, 1, 0.4, 0.4],
    ['garbage collection after the page’s work is not', [[0, 500, 500]], ['page', 'gc', 'gc', 'ext', 'page', 'idle'], undefined, 1, 0.1, 0.1],
    ['the content script’s evaluation counts whole', [[0, 1000, 1000]], ['ext', 'ext', 'page', 'idle', 'idle', 'idle', 'idle', 'idle', 'idle', 'idle', 'idle'], [0, 700, 700], 1, 0.7, 0.7],
  ] as const)('%s', (_name, tasks, samples, evaluation, count, longestMs, totalMs) => {
    const t = extensionTasks(trace(tasks.map((x) => [...x] as [number, number, number]), [...samples], evaluation && [...evaluation]), ORIGIN);
    expect(t.tasks).toHaveLength(count);
    expect(t.longestMs).toBeCloseTo(longestMs, 5);
    expect(t.totalMs).toBeCloseTo(totalMs, 5);
  });

  it('turns a task’s wall time into CPU time by the task’s own ratio', () => {
    // A 1 ms task that had the CPU for 0.5 ms of it: our 0.6 ms of samples are 0.3 ms of CPU.
    const t = extensionTasks(trace([[0, 1000, 500]], ['ext', 'ext', 'ext', 'ext', 'ext', 'ext', 'page', 'page', 'page', 'page', 'idle']), ORIGIN);
    expect(t.longestMs).toBeCloseTo(0.6, 5);
    expect(t.longestCpuMs).toBeCloseTo(0.3, 5);
    expect(t.longestTaskMs).toBeCloseTo(1, 5);
  });
});
