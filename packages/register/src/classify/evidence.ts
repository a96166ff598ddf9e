import type { Evidence } from './types';

/** One line for people and CSV cells, e.g. "products: 磷酸铁锂, 正极材料; industry: C3985". */
export function formatEvidence(evidence: readonly Evidence[]): string {
  return evidence
    .map((e) => {
      const parts = [...e.terms];
      if (e.code && !parts.includes(e.code)) parts.push(e.code);
      return `${e.field}: ${parts.join(', ')}`;
    })
    .join('; ');
}
