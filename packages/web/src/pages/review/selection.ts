import { useCallback, useState } from 'react';

export interface AttachmentPair {
  companyId: string;
  segmentId: string;
}

export const pairKey = (pair: AttachmentPair) => `${pair.companyId}\u0000${pair.segmentId}`;

/** The page's checkbox selection, by (company, segment). */
export function useReviewSelection(items: readonly AttachmentPair[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((pair: AttachmentPair, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(pairKey(pair));
      else next.delete(pairKey(pair));
      return next;
    });
  }, []);
  const setAll = useCallback((on: boolean) => setSelected(new Set(on ? items.map(pairKey) : [])), [items]);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, setAll, clear };
}
