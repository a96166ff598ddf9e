import type { z } from 'zod';
import {
  type CapabilityRow,
  type CertificationRow,
  type CompanyRow,
  capabilityRowSchema,
  certificationRowSchema,
  companyRowSchema,
  type SupplyRow,
  supplyRowSchema,
} from '../enterprise/rows';
import { coerceCell, type HeaderMap, IMPORT_COLUMNS, type ImportKind } from './columns';

/** One thing wrong with one row, located as the user sees it: file line (header = 1) and header text. */
export interface ImportProblem {
  line: number;
  column: string;
  reason: string;
}

/** A row as read from the file: cell text keyed by field name (see `rowFromCells`). */
export interface TextRow {
  line: number;
  cells: Readonly<Record<string, string | undefined>>;
}

export interface ImportRows {
  companies: CompanyRow;
  capabilities: CapabilityRow;
  supplies: SupplyRow;
  certifications: CertificationRow;
}
export type ImportRow = ImportRows[ImportKind];

export interface ValidRow<K extends ImportKind> {
  line: number;
  row: ImportRows[K];
}

export interface BatchResult<K extends ImportKind> {
  valid: ValidRow<K>[];
  problems: ImportProblem[];
}

const SCHEMAS: { [K in ImportKind]: z.ZodType<ImportRows[K]> } = {
  companies: companyRowSchema,
  capabilities: capabilityRowSchema,
  supplies: supplyRowSchema,
  certifications: certificationRowSchema,
};

/** What makes two rows of a file the same fact: the keys the batch writers MERGE on. */
export const IMPORT_KEYS: Readonly<Record<ImportKind, readonly (readonly string[])[]>> = {
  companies: [['id'], ['uscc']],
  capabilities: [['companyId', 'segmentId']],
  supplies: [['supplierId', 'buyerId', 'segmentId']],
  certifications: [['companyId', 'certification']],
};

/**
 * Non-blank cells beyond a header of `width` columns: almost always an unquoted comma, so the row cannot be read
 * (every table import says it the same way).
 */
export function extraCellsProblem(width: number, line: number, cells: readonly string[]): ImportProblem | undefined {
  const extra = cells.slice(width).filter((cell) => cell.trim() !== '').length;
  if (extra === 0) return undefined;
  return {
    line,
    column: '(row)',
    reason: `${width + extra} cells but the header has ${width}; quote cells that contain commas`,
  };
}

/** Maps a header-ordered cell array to a TextRow; cells beyond the header are a problem unless blank. */
export function rowFromCells(header: HeaderMap, line: number, cells: readonly string[]): TextRow | ImportProblem {
  const extra = extraCellsProblem(header.columns.length, line, cells);
  if (extra) return extra;
  const out: Record<string, string> = {};
  header.columns.forEach((column, index) => {
    if (column) out[column.field] = cells[index] ?? '';
  });
  return { line, cells: out };
}

export const isProblem = (value: TextRow | ImportProblem): value is ImportProblem => 'reason' in value;

/**
 * Validates a file's rows batch by batch, remembering keys across batches so a duplicate is found however far
 * apart the two rows are, while the rows themselves need not stay in memory.
 */
export class RowValidator<K extends ImportKind> {
  private readonly seen: Map<string, number>[];

  constructor(
    readonly kind: K,
    private readonly labels: Readonly<Record<string, string>> = {},
  ) {
    this.seen = IMPORT_KEYS[kind].map(() => new Map());
  }

  label(field: string): string {
    return this.labels[field] ?? field;
  }

  check(rows: readonly TextRow[]): BatchResult<K> {
    const result: BatchResult<K> = { valid: [], problems: [] };
    for (const text of rows) {
      const parsed = this.parse(text);
      const problems = [...parsed.problems, ...this.duplicateProblems(text)];
      if (problems.length > 0) result.problems.push(...problems);
      else if (parsed.row) result.valid.push({ line: text.line, row: parsed.row });
    }
    return result;
  }

  private parse(text: TextRow): { row?: ImportRows[K]; problems: ImportProblem[] } {
    const problems: ImportProblem[] = [];
    const input: Record<string, unknown> = {};
    for (const column of IMPORT_COLUMNS[this.kind]) {
      const raw = text.cells[column.field] ?? '';
      const problem = (reason: string) => problems.push({ line: text.line, column: this.label(column.field), reason });
      if (column.required && raw.trim() === '') {
        problem('required, must not be empty');
        continue;
      }
      const value = coerceCell(column, raw);
      if (!value.ok) problem(value.error);
      else if (value.value !== undefined) input[column.field] = value.value;
    }
    if (problems.length > 0) return { problems };
    const parsed = SCHEMAS[this.kind].safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        line: text.line,
        column: this.label(String(issue.path[0] ?? '(row)')),
        reason: issue.message,
      }));
      return { problems: issues };
    }
    const cross = crossFieldProblem(this.kind, parsed.data);
    if (cross) return { problems: [{ line: text.line, column: this.label(cross.field), reason: cross.reason }] };
    return { row: parsed.data, problems };
  }

  private duplicateProblems(text: TextRow): ImportProblem[] {
    const problems: ImportProblem[] = [];
    IMPORT_KEYS[this.kind].forEach((fields, index) => {
      const parts = fields.map((field) => (text.cells[field] ?? '').trim());
      if (parts.some((part) => part === '')) return;
      const key = JSON.stringify(
        fields.length === 1 && fields[0] === 'uscc' ? parts.map((p) => p.toUpperCase()) : parts,
      );
      const seen = this.seen[index] as Map<string, number>;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, text.line);
        return;
      }
      const what = fields.length === 1 ? `"${parts[0]}"` : `same ${fields.join(' + ')} as`;
      const reason = fields.length === 1 ? `duplicate ${what}, first on line ${first}` : `${what} line ${first}`;
      problems.push({ line: text.line, column: this.label(fields[0] as string), reason });
    });
    return problems;
  }
}

function crossFieldProblem(kind: ImportKind, row: ImportRow): { field: string; reason: string } | undefined {
  if (kind === 'supplies') {
    const supply = row as SupplyRow;
    if (supply.supplierId === supply.buyerId) return { field: 'buyerId', reason: 'a company cannot supply itself' };
  }
  return undefined;
}

/** Validates a whole (small) set of rows at once; `RowValidator` does the same batch by batch. */
export function validateRows<K extends ImportKind>(
  kind: K,
  rows: readonly TextRow[],
  labels: Readonly<Record<string, string>> = {},
): BatchResult<K> {
  return new RowValidator(kind, labels).check(rows);
}
