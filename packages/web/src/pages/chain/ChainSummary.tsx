import type { ChainMap } from '../../api/types';
import { useT } from '../../i18n';
import { parentIdsOf } from './chainElements';

/** Counts of leaf segments by status: the chain at a glance. */
export function ChainSummary({ map }: { map: ChainMap }) {
  const t = useT();
  const parents = parentIdsOf(map);
  const leaves = map.segments.filter((s) => !parents.has(s.id));
  const count = (status: string) => leaves.filter((s) => s.status === status).length;
  return (
    <p className="chain-summary muted" data-testid="chain-summary">
      {t('chain.summary', {
        leaves: leaves.length,
        missing: count('MISSING'),
        weak: count('WEAK'),
        strong: count('STRONG'),
        keys: leaves.filter((s) => s.keyLink).length,
      })}
    </p>
  );
}
