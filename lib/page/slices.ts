// Cooperative slicing: long work on the page (reading a 20,000-word article, painting a thousand marks) runs in
// slices of a few milliseconds with a yield to the page between them, so no task of ours blocks input for long.

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the page's own tasks (input, rendering) a turn. scheduler.yield keeps our place in the queue. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tracks the time spent in the current slice; `due()` says when to yield. */
export class SliceClock {
  private start = performance.now();
  private calls = 0;

  constructor(private readonly budgetMs = 6) {}

  /** Reads the clock on every 8th call only: most items take microseconds, and so does performance.now(). */
  due(): boolean {
    if ((++this.calls & 7) !== 0) return false;
    return performance.now() - this.start >= this.budgetMs;
  }

  /** Yields when the slice's budget is spent; returns whether it did. */
  async maybeYield(): Promise<boolean> {
    if (performance.now() - this.start < this.budgetMs) return false;
    await yieldToPage();
    this.start = performance.now();
    return true;
  }
}

/** Runs `each` over `items`, yielding between slices; stops early when `cancelled()` turns true. */
export async function sliced<T>(items: Iterable<T>, each: (item: T) => void, cancelled: () => boolean, budgetMs = 6): Promise<boolean> {
  const clock = new SliceClock(budgetMs);
  for (const item of items) {
    each(item);
    if (clock.due()) {
      await clock.maybeYield();
      if (cancelled()) return false;
    }
  }
  return !cancelled();
}

/**
 * Runs a generator that pauses (yields) between small steps to its end, yielding to the page whenever a slice's
 * budget is spent. Null when `cancelled()` turned true at a yield.
 */
export async function finishSliced<T>(steps: Generator<void, T, void>, cancelled: () => boolean, budgetMs = 6): Promise<{ value: T } | null> {
  const clock = new SliceClock(budgetMs);
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value };
    if ((await clock.maybeYield()) && cancelled()) return null;
  }
}
