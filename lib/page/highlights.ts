// Paints marks with the CSS Custom Highlight API: one named highlight per entity type, styled through a
// constructed stylesheet in document.adoptedStyleSheets. Nothing is added to or changed in the page's DOM.
import type { EntityType } from '../core/pack';
import type { HighlightStyle } from '../core/settings';

export interface Mark {
  range: Range;
  entity: string;
  type: EntityType;
}

export const HIGHLIGHT_PREFIX = 'backstory-';
const FOCUS = `${HIGHLIGHT_PREFIX}focus`;

// Colours chosen to read on both light and dark pages: mid-tone hues, with a translucent background.
const COLOURS: Record<EntityType, string> = {
  person: '#d9480f',
  organisation: '#1971c2',
  place: '#2b8a3e',
  country: '#2b8a3e',
  event: '#9c36b5',
  treaty: '#c2255c',
  thing: '#5c7cfa',
};

function css(style: HighlightStyle): string {
  const rules = Object.entries(COLOURS).map(([type, colour]) =>
    style === 'underline'
      ? `::highlight(${HIGHLIGHT_PREFIX}${type}) { text-decoration: underline dotted ${colour} 2px; text-underline-offset: 3px; background-color: ${colour}14; }`
      : `::highlight(${HIGHLIGHT_PREFIX}${type}) { background-color: ${colour}33; }`,
  );
  rules.push(`::highlight(${FOCUS}) { background-color: #fab00566; text-decoration: underline solid #e67700 2px; }`);
  return rules.join('\n');
}

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && 'highlights' in win.CSS;
}

export class HighlightPainter {
  private sheet: CSSStyleSheet | null = null;
  private names = new Set<string>();

  constructor(private readonly doc: Document) {}

  setStyle(style: HighlightStyle): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css(style));
  }

  /** Replaces every Backstory highlight with `marks`. */
  paint(marks: readonly Mark[]): void {
    const byType = new Map<string, Range[]>();
    for (const m of marks) {
      const name = HIGHLIGHT_PREFIX + m.type;
      const list = byType.get(name) ?? [];
      list.push(m.range);
      byType.set(name, list);
    }
    for (const name of this.names) if (!byType.has(name)) CSS.highlights.delete(name);
    for (const [name, ranges] of byType) CSS.highlights.set(name, new Highlight(...ranges));
    this.names = new Set(byType.keys());
  }

  /**
   * Ranges gathered for a whole page before they are shown: adding to a Highlight that is not registered yet is
   * cheap, so a page's marks are collected in slices and registered in one step by `commit`.
   */
  stage(marks: readonly Mark[], staged: Map<string, Highlight>): void {
    for (const m of marks) {
      const name = HIGHLIGHT_PREFIX + m.type;
      let hl = staged.get(name);
      if (!hl) {
        hl = new Highlight();
        staged.set(name, hl);
      }
      hl.add(m.range);
    }
  }

  /** Shows staged marks with the painted ones: a type not painted yet is registered as staged, others merged. */
  commit(staged: Map<string, Highlight>): void {
    for (const [name, hl] of staged) {
      const current = this.names.has(name) ? CSS.highlights.get(name) : undefined;
      if (current) {
        for (const r of hl) current.add(r);
      } else {
        CSS.highlights.set(name, hl);
        this.names.add(name);
      }
    }
  }

  /** Adds marks to the painted ones (new text on a dynamic page); call in slices for many marks. */
  add(marks: readonly Mark[]): void {
    for (const m of marks) {
      const name = HIGHLIGHT_PREFIX + m.type;
      let hl = CSS.highlights.get(name);
      if (!hl || !this.names.has(name)) {
        hl = new Highlight();
        CSS.highlights.set(name, hl);
        this.names.add(name);
      }
      hl.add(m.range);
    }
  }

  /** Takes marks away (their text changed or left the page). */
  remove(marks: readonly Mark[]): void {
    for (const m of marks) CSS.highlights.get(HIGHLIGHT_PREFIX + m.type)?.delete(m.range);
  }

  /** The keyboard focus mark, painted on top of the type colour. */
  focus(range: Range | null): void {
    if (range) {
      const hl = new Highlight(range);
      hl.priority = 1;
      CSS.highlights.set(FOCUS, hl);
    } else {
      CSS.highlights.delete(FOCUS);
    }
  }

  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    CSS.highlights.delete(FOCUS);
    this.names.clear();
  }

  /** Removes the stylesheet too: used when the extension is switched off or reloaded. */
  dispose(): void {
    this.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }
}
