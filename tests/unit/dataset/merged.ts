// Test helper: drafts merged into entities with their ids, the way the pipeline does it.
import type { draft } from '../../../scripts/dataset/draft';
import { Merger, assignIds, entityFromCluster } from '../../../scripts/dataset/merge';

export function merged(...ds: ReturnType<typeof draft>[]) {
  const m = new Merger();
  m.addAll(ds);
  const es = m.clusters.map(entityFromCluster);
  const ids = assignIds(es);
  return es.map((e, i) => ({ ...e, id: ids[i]! }));
}
