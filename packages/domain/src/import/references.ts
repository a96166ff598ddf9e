import type { ImportKind } from './columns';
import type { ImportProblem, ImportRows, ValidRow } from './validate';

/**
 * Which fields of an import row name something that must already be in the graph. Rows may only reference
 * companies and segments that exist (no forward references within one run: import companies first), and facts
 * attach to LEAF segments only (docs/design.md §3.2).
 */
const COMPANY_FIELDS: Readonly<Record<ImportKind, readonly string[]>> = {
  companies: [],
  capabilities: ['companyId'],
  supplies: ['supplierId', 'buyerId'],
  certifications: ['companyId'],
};
const SEGMENT_FIELDS: Readonly<Record<ImportKind, readonly string[]>> = {
  companies: [],
  capabilities: ['segmentId'],
  supplies: ['segmentId'],
  certifications: [],
};

/** The ids one batch asks the database about. */
export interface ReferenceQuery {
  companyIds: string[];
  segmentIds: string[];
  /** For companies: a USCC already held by another company id would break the uniqueness constraint. */
  usccs: string[];
}

/** What the database answered. */
export interface KnownReferences {
  companyIds: ReadonlySet<string>;
  leafSegmentIds: ReadonlySet<string>;
  /** Segments that exist but have children: facts belong on their leaves. */
  parentSegmentIds: ReadonlySet<string>;
  usccOwners: ReadonlyMap<string, string>;
}

const field = (row: unknown, name: string) => (row as Record<string, unknown>)[name] as string;

export function referencesOf<K extends ImportKind>(kind: K, rows: readonly ValidRow<K>[]): ReferenceQuery {
  const companyIds = new Set<string>();
  const segmentIds = new Set<string>();
  const usccs: string[] = [];
  for (const { row } of rows) {
    for (const name of COMPANY_FIELDS[kind]) companyIds.add(field(row, name));
    for (const name of SEGMENT_FIELDS[kind]) segmentIds.add(field(row, name));
    if (kind === 'companies') {
      // Not a reference: asked so a (dry) run can tell new companies from updated ones.
      companyIds.add((row as ImportRows['companies']).id);
      usccs.push((row as ImportRows['companies']).uscc);
    }
  }
  return { companyIds: [...companyIds], segmentIds: [...segmentIds], usccs };
}

export function referenceProblems<K extends ImportKind>(
  kind: K,
  rows: readonly ValidRow<K>[],
  known: KnownReferences,
  label: (field: string) => string = (name) => name,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { line, row } of rows) {
    const problem = (name: string, reason: string) => problems.push({ line, column: label(name), reason });
    for (const name of COMPANY_FIELDS[kind]) {
      const id = field(row, name);
      if (!known.companyIds.has(id)) problem(name, `no company with id "${id}" in the graph (import companies first)`);
    }
    for (const name of SEGMENT_FIELDS[kind]) {
      const id = field(row, name);
      if (known.parentSegmentIds.has(id))
        problem(name, `"${id}" is a parent segment; use one of its leaf segments (data/industries)`);
      else if (!known.leafSegmentIds.has(id)) problem(name, `unknown segment "${id}" (see data/industries)`);
    }
    if (kind === 'companies') {
      const company = row as ImportRows['companies'];
      const owner = known.usccOwners.get(company.uscc);
      if (owner !== undefined && owner !== company.id)
        problem('uscc', `already held by company "${owner}" in the graph`);
    }
  }
  return problems;
}
