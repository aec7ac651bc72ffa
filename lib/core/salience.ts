// How central an entity is to the article: how often it is named, whether the headline or the lead names
// it, and how early it first appears. Scores are scaled so the most salient entity has 1.

export type BlockRole = 'headline' | 'lead' | 'body' | 'caption';

const ROLE_WEIGHT: Record<BlockRole, number> = { headline: 3, lead: 2, body: 1, caption: 0.5 };

export interface SalienceMention {
  entity: string;
  role: BlockRole;
  /** reading position in [0, 1) */
  position: number;
}

export interface RankedEntity {
  id: string;
  mentions: number;
  salience: number;
}

export function rankBySalience(mentions: readonly SalienceMention[]): RankedEntity[] {
  const acc = new Map<string, { mentions: number; weight: number; first: number }>();
  for (const m of mentions) {
    const a = acc.get(m.entity) ?? { mentions: 0, weight: 0, first: 1 };
    a.mentions++;
    // repeated mentions count, with diminishing returns
    a.weight += ROLE_WEIGHT[m.role] / Math.sqrt(a.mentions);
    a.first = Math.min(a.first, m.position);
    acc.set(m.entity, a);
  }
  const scored = [...acc].map(([id, a]) => ({ id, mentions: a.mentions, raw: a.weight + 1.5 * (1 - a.first) }));
  const max = scored.reduce((m, s) => Math.max(m, s.raw), 0) || 1;
  return scored
    .map((s) => ({ id: s.id, mentions: s.mentions, salience: Math.round((s.raw / max) * 1000) / 1000 }))
    .sort((a, b) => b.salience - a.salience || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}
