import { TYPE_LABELS } from '../../lib/core/format';
import { ENTITY_TYPES } from '../../lib/core/pack';
import type { Settings } from '../../lib/core/settings';

interface Props {
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
  /** The keyboard shortcut that moves through the marks, as the browser has it set. */
  shortcut: string | null;
}

/** Event values are read before `update` runs: the update callback runs later, after the event is gone. */
export function MarkingSection({ settings, update, shortcut }: Props) {
  return (
    <section aria-labelledby="mark-h">
      <h2 id="mark-h">What to mark</h2>
      <fieldset>
        <legend>Entity types</legend>
        {ENTITY_TYPES.map((t) => (
          <label key={t} class="bs-check">
            <input type="checkbox" checked={settings.types[t]} onChange={(e) => {
                const on = e.currentTarget.checked;
                update((s) => ({ ...s, types: { ...s.types, [t]: on } }));
              }} data-testid={`type-${t}`} /> {TYPE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      {/* A label's control is its first labelable child, and <output> is one: so the range gets its label by id. */}
      <div class="bs-row-field">
        <label for="min-confidence">Minimum confidence</label> <output for="min-confidence">{Math.round(settings.minConfidence * 100)}%</output>
        <input id="min-confidence" type="range" min={0.3} max={0.95} step={0.05} value={settings.minConfidence} onChange={(e) => {
            const value = Number(e.currentTarget.value);
            update((s) => ({ ...s, minConfidence: value }));
          }} data-testid="min-confidence" />
      </div>
      <label class="bs-row-field">
        Highlight style{' '}
        <select value={settings.highlightStyle} onChange={(e) => {
            const style = e.currentTarget.value === 'background' ? 'background' : 'underline';
            update((s) => ({ ...s, highlightStyle: style }));
          }} data-testid="highlight-style">
          <option value="underline">Dotted underline</option>
          <option value="background">Tinted background</option>
        </select>
      </label>
      <div class="bs-row-field">
        <label for="hover-delay">Hover delay</label> <output for="hover-delay">{settings.hoverDelayMs} ms</output>
        <input id="hover-delay" type="range" min={0} max={1500} step={50} value={settings.hoverDelayMs} onChange={(e) => {
            const value = Number(e.currentTarget.value);
            update((s) => ({ ...s, hoverDelayMs: value }));
          }} data-testid="hover-delay" />
      </div>
      <label class="bs-check">
        <input type="checkbox" checked={settings.anyPage} onChange={(e) => {
            const on = e.currentTarget.checked;
            update((s) => ({ ...s, anyPage: on }));
          }} data-testid="any-page" /> Mark names on any page, not only news articles
      </label>
      <p class="bs-muted">
        Keyboard: {shortcut ? <kbd>{shortcut}</kbd> : 'no shortcut set'} moves through the marks and opens their cards; Esc closes a card. Change it in your browser's
        extension shortcuts settings.
      </p>
    </section>
  );
}
