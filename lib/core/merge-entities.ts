// Adds the entities found in new text on a page (a live blog's new entry) to those already found there:
// mentions add up, salience keeps the higher of the two, and the list stays ordered by salience.
import type { EntitySummary } from './protocol';

export function mergeEntities(before: readonly EntitySummary[], found: readonly EntitySummary[]): EntitySummary[] {
  const byId = new Map<string, EntitySummary>(before.map((e) => [e.id, { ...e }]));
  for (const e of found) {
    const had = byId.get(e.id);
    if (had) {
      had.mentions += e.mentions;
      had.salience = Math.max(had.salience, e.salience);
    } else {
      byId.set(e.id, { ...e });
    }
  }
  // Stable: entities of equal salience keep the order they were first found in.
  return [...byId.values()].sort((a, b) => b.salience - a.salience);
}
