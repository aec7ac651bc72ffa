// When the hover card opens and closes: after a delay on a mark, kept while the pointer is on the card,
// closed after a grace period once the pointer has left both, on Esc, and when scrolling takes the name away.
import type { Mark } from './highlights';

export interface HoverTiming {
  delayMs: number;
  graceMs: number;
}

/** Finds the mark under a point (MarkIndex does it with the caret position and the marks' rects). */
export interface MarkLocator {
  at(doc: Document, x: number, y: number): Mark | null;
}

export interface HoverCallbacks {
  open(mark: Mark): void;
  /** The pointer came to rest on a mark: get ready during the delay (fetch the data, mount the card's host). */
  prepare?(mark: Mark): void;
  close(): void;
  /** True when the event target is the card's own host element. */
  isCard(target: EventTarget | null): boolean;
}

export class HoverController {
  private x = -1;
  private y = -1;
  private frame = 0;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: Mark | null = null;
  private shown: Mark | null = null;
  private overCard = false;

  constructor(
    private readonly doc: Document,
    private readonly index: MarkLocator,
    private readonly callbacks: HoverCallbacks,
    private timing: HoverTiming,
  ) {}

  start(): void {
    this.doc.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.doc.addEventListener('keydown', this.onKey, { capture: true });
    this.doc.defaultView?.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  stop(): void {
    this.doc.removeEventListener('pointermove', this.onMove, { capture: true });
    this.doc.removeEventListener('keydown', this.onKey, { capture: true });
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.hide();
  }

  setTiming(timing: HoverTiming): void {
    this.timing = timing;
  }

  get current(): Mark | null {
    return this.shown;
  }

  /** Opens the card for `mark` at once (keyboard, "show on page"). */
  show(mark: Mark): void {
    this.cancel();
    this.shown = mark;
    this.callbacks.open(mark);
  }

  hide(): void {
    this.cancel();
    this.pending = null;
    if (this.shown) {
      this.shown = null;
      this.callbacks.close();
    }
  }

  /** Closes the shown card but keeps a pending open (the pointer may have moved to another name). */
  private closeShown(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
    if (this.shown) {
      this.shown = null;
      this.callbacks.close();
    }
  }

  private cancel(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.openTimer = this.closeTimer = undefined;
  }

  private onMove = (e: PointerEvent): void => {
    this.x = e.clientX;
    this.y = e.clientY;
    this.overCard = this.callbacks.isCard(e.target);
    // One hit test per frame at most, however fast the pointer moves.
    if (!this.frame) this.frame = requestAnimationFrame(this.check);
  };

  private check = (): void => {
    this.frame = 0;
    if (this.overCard) {
      clearTimeout(this.closeTimer);
      this.closeTimer = undefined;
      return;
    }
    const mark = this.index.at(this.doc, this.x, this.y);
    if (mark && mark === this.shown) {
      clearTimeout(this.closeTimer);
      this.closeTimer = undefined;
      return;
    }
    if (mark !== this.pending) {
      clearTimeout(this.openTimer);
      this.openTimer = undefined;
      this.pending = mark;
      if (mark) {
        this.openTimer = setTimeout(() => this.show(mark), this.timing.delayMs);
        this.callbacks.prepare?.(mark);
      }
    }
    if (this.shown && !this.closeTimer) this.closeTimer = setTimeout(() => this.closeShown(), this.timing.graceMs);
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.shown) this.hide();
  };

  private onScroll = (): void => {
    // Scrolling moves names under a pointer that stays put: it may close the card (after the grace period) and
    // cancel a pending one whose name moved away, but it never opens one; the reader is reading, not pointing.
    if (this.overCard || (!this.shown && !this.pending)) return;
    const mark = this.index.at(this.doc, this.x, this.y);
    if (this.pending && mark !== this.pending) {
      clearTimeout(this.openTimer);
      this.openTimer = undefined;
      this.pending = null;
    }
    if (this.shown && mark !== this.shown && !this.closeTimer) this.closeTimer = setTimeout(() => this.closeShown(), this.timing.graceMs);
  };
}
