// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changedBlocks } from '../../../lib/page/changed-blocks';
import { MutationFollower, type MutationBatch } from '../../../lib/page/mutation-follower';

function records(root: Element, change: () => void): Promise<MutationRecord[]> {
  return new Promise((resolve) => {
    const mo = new MutationObserver((list) => {
      mo.disconnect();
      resolve(list);
    });
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    change();
  });
}

describe('changedBlocks', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<article><p id="a">One <em>two</em> three</p><p id="b">Four</p></article>';
    root = document.querySelector('article') as HTMLElement;
  });

  it('an appended paragraph is read on its own', async () => {
    const p = document.createElement('p');
    p.textContent = 'New entry';
    const got = changedBlocks(await records(root, () => root.append(p)));
    expect(got).toEqual([p]);
  });

  it('edited text re-reads its paragraph, not the article', async () => {
    const text = document.querySelector('#a em')?.firstChild as Text;
    const got = changedBlocks(await records(root, () => (text.data = 'TWO')));
    expect(got.map((e) => e.id)).toEqual(['a']);
  });

  it('inline content added inside a paragraph re-reads the paragraph', async () => {
    const a = document.createElement('a');
    a.textContent = 'link';
    const got = changedBlocks(await records(root, () => document.querySelector('#b')?.append(a)));
    expect(got.map((e) => e.id)).toEqual(['b']);
  });

  it('a removed paragraph needs no re-read, and a container swallows what it contains', async () => {
    const removed = changedBlocks(await records(root, () => document.querySelector('#b')?.remove()));
    expect(removed).toEqual([]);
    const div = document.createElement('div');
    div.innerHTML = '<p>x</p><p>y</p>';
    const got = changedBlocks(
      await records(root, () => {
        root.append(div);
        div.append(document.createElement('p'));
      }),
    );
    expect(got).toEqual([div]);
  });
});

describe('MutationFollower', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands over one batch per delay, and backs off on a page that never stops mutating', async () => {
    document.body.innerHTML = '<div id="t">0</div>';
    const t = document.getElementById('t') as HTMLElement;
    const batches: MutationBatch[] = [];
    const f = new MutationFollower(document.body, (b) => batches.push(b), { minDelayMs: 100, maxDelayMs: 1600, maxRecords: 50, quietMs: 1000 });
    f.start();
    for (let i = 1; i <= 5; i++) t.textContent = String(i);
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.records.length).toBeGreaterThan(0);
    // Mutating right after each hand-over: the delay doubles up to the cap.
    for (let i = 0; i < 12; i++) {
      t.textContent = `tick ${i}`;
      await vi.advanceTimersByTimeAsync(f.currentDelayMs);
    }
    expect(f.currentDelayMs).toBe(1600);
    const handed = batches.length;
    expect(handed).toBeLessThan(13);
    // A quiet spell brings it back.
    await vi.advanceTimersByTimeAsync(5000);
    t.textContent = 'again';
    await vi.advanceTimersByTimeAsync(0);
    expect(f.currentDelayMs).toBe(100);
    f.stop();
  });

  it('a flood of records becomes one overflow batch', async () => {
    document.body.innerHTML = '<div id="t"></div>';
    const t = document.getElementById('t') as HTMLElement;
    const batches: MutationBatch[] = [];
    const f = new MutationFollower(document.body, (b) => batches.push(b), { minDelayMs: 50, maxDelayMs: 100, maxRecords: 10, quietMs: 1000 });
    f.start();
    for (let i = 0; i < 40; i++) t.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(60);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.overflow).toBe(true);
    expect(batches[0]?.records).toHaveLength(0);
    f.stop();
  });
});
