// Checks the popup and options tests share: labelled controls, no sideways scrolling, the colour scheme in use.
import type { Page } from 'playwright-core';

/** Controls a reader can reach with no accessible name (label, aria-label, aria-labelledby, or text). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], [role=tab], [role=switch]')) {
      if (el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      const labels = (el as HTMLInputElement).labels;
      const named =
        (labels && [...labels].some((l) => (l.textContent ?? '').trim())) ||
        el.getAttribute('aria-label')?.trim() ||
        (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim()) ||
        (el.tagName !== 'INPUT' && el.tagName !== 'SELECT' && el.tagName !== 'TEXTAREA' && (el.textContent ?? '').trim());
      if (!named) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
}

/** How far the page scrolls sideways (0 when it never does). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, document.body.scrollWidth - document.body.clientWidth));
}

/** The body's background colour's lightness, 0 (black) to 255 (white). */
export async function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(document.body).backgroundColor);
    return m ? (Number(m[1]) + Number(m[2]) + Number(m[3])) / 3 : -1;
  });
}
