// One MutationObserver for the page, batched and bounded: records are collected as they come (nothing else is
// done in the observer callback), handed over at most once per `delay`, capped in number (beyond the cap the
// batch only says "too much changed, read again"), and a page that keeps mutating gets a longer and longer
// delay, so a ticker or an animated widget costs little. A quiet spell brings the delay back down.

export interface FollowTiming {
  /** Delay between the first record of a batch and its hand-over. */
  minDelayMs: number;
  /** The longest the delay grows on a page that never stops mutating. */
  maxDelayMs: number;
  /** Records kept per batch; more make the batch an overflow. */
  maxRecords: number;
  /** A gap without mutations this long resets the delay. */
  quietMs: number;
}

export const DEFAULT_FOLLOW_TIMING: FollowTiming = { minDelayMs: 150, maxDelayMs: 5000, maxRecords: 1000, quietMs: 2000 };

export interface MutationBatch {
  records: MutationRecord[];
  /** More records came than maxRecords: the receiver should read everything again. */
  overflow: boolean;
}

export class MutationFollower {
  private observer: MutationObserver | null = null;
  private records: MutationRecord[] = [];
  private overflow = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay: number;
  private lastFlush = -Infinity;
  private busyStreak = 0;

  constructor(
    private readonly target: Node,
    private readonly onBatch: (batch: MutationBatch) => void,
    private readonly timing: FollowTiming = DEFAULT_FOLLOW_TIMING,
    /** Cheap filter run on each record in the callback (e.g. "inside the article"). */
    private readonly relevant: (record: MutationRecord) => boolean = () => true,
  ) {
    this.delay = timing.minDelayMs;
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(this.collect);
    this.observer.observe(this.target, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.records = [];
    this.overflow = false;
  }

  /** The current hand-over delay (grows on busy pages). */
  get currentDelayMs(): number {
    return this.delay;
  }

  private collect = (list: MutationRecord[]): void => {
    let any = false;
    for (const r of list) {
      if (!this.relevant(r)) continue;
      any = true;
      if (this.overflow) continue;
      if (this.records.length >= this.timing.maxRecords) {
        this.overflow = true;
        this.records = [];
      } else {
        this.records.push(r);
      }
    }
    if (any) this.schedule();
  };

  private schedule(): void {
    if (this.timer !== undefined) return;
    const now = performance.now();
    if (now - this.lastFlush > this.timing.quietMs) {
      this.busyStreak = 0;
      this.delay = this.timing.minDelayMs;
    } else if (++this.busyStreak >= 3) {
      // Mutating again right after each hand-over: back off.
      this.delay = Math.min(this.timing.maxDelayMs, this.delay * 2);
    }
    this.timer = setTimeout(this.flush, this.delay);
  }

  private flush = (): void => {
    this.timer = undefined;
    this.lastFlush = performance.now();
    const batch = { records: this.records, overflow: this.overflow };
    this.records = [];
    this.overflow = false;
    if (batch.records.length > 0 || batch.overflow) this.onBatch(batch);
  };
}
