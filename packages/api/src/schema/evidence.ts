import { builder } from '../builder';

/** One piece of a classifier's evidence: which terms of which register field matched (and the industry code). */
export interface EvidenceMatch {
  field: string;
  terms: string[];
  code: string | null;
}

export const EvidenceMatchRef = builder.objectRef<EvidenceMatch>('EvidenceMatch').implement({
  description: 'Why the classifier attached a firm to a segment: the terms of one register field that matched.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'name, businessScope, products or industry.' }),
    terms: t.exposeStringList('terms'),
    code: t.exposeString('code', { nullable: true, description: 'The GB/T 4754 code, for the industry field.' }),
  }),
});

/** The stored JSON of Evidence[] as typed fields; what does not parse is left out rather than failing the page. */
export function parseEvidence(json: string | null | undefined): EvidenceMatch[] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): EvidenceMatch[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, terms, code } = item as { field?: unknown; terms?: unknown; code?: unknown };
    if (typeof field !== 'string' || !Array.isArray(terms)) return [];
    return [
      {
        field,
        terms: terms.filter((term): term is string => typeof term === 'string'),
        code: typeof code === 'string' ? code : null,
      },
    ];
  });
}
