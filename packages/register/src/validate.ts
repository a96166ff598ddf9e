import { usccProblem } from '@atlas/domain';
import { type KnownPark, resolveAddress } from './address';
import { parseCapital, parseEmployees, parseFoundedYear, parseSize } from './amounts';
import type { RegisterField, RegisterHeader } from './columns';
import { firmIdFromUscc, type RegisterRow } from './register-row';
import { industryCodeOf, sectorOf, sizeBand } from './size-band';

/** One thing wrong (or worth a look) in one row, as the user sees it: file line, header text, reason. */
export interface RegisterIssue {
  line: number;
  column: string;
  reason: string;
}

export interface RegisterBatch {
  valid: RegisterRow[];
  /** Refuse the file. */
  problems: RegisterIssue[];
  /** Listed, but the row is imported (unresolved address, unknown size). */
  warnings: RegisterIssue[];
}

/** A row's cells by field, with its line (see `cellsByField`). */
export interface RegisterTextRow {
  line: number;
  cells: Partial<Record<RegisterField, string>>;
}

const ID = /^[\w.:-]{1,64}$/;
// As domain's NAME_FORBIDDEN: they break exports, drive terminals and make one name look like another.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN_IN_NAME = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LIMITS: Partial<Record<RegisterField, number>> = {
  name: 120,
  businessScope: 4000,
  products: 1000,
  industry: 120,
  address: 300,
};

/**
 * Validates a register batch by batch, remembering USCCs and ids across batches so a duplicate is found however
 * far apart the two rows are. Pure: addresses resolve against GB/T 2260 in memory, parks against the list given.
 */
export class RegisterValidator {
  private readonly usccLines = new Map<string, number>();
  private readonly idLines = new Map<string, number>();

  constructor(
    private readonly header: RegisterHeader,
    private readonly parks: readonly KnownPark[] = [],
  ) {}

  label(field: RegisterField): string {
    return this.header.labels[field] ?? field;
  }

  check(rows: readonly RegisterTextRow[]): RegisterBatch {
    const batch: RegisterBatch = { valid: [], problems: [], warnings: [] };
    for (const row of rows) {
      const checked = this.row(row);
      batch.warnings.push(...checked.warnings);
      if (checked.problems.length > 0) batch.problems.push(...checked.problems);
      else if (checked.row) batch.valid.push(checked.row);
    }
    return batch;
  }

  private row({ line, cells }: RegisterTextRow): {
    row?: RegisterRow;
    problems: RegisterIssue[];
    warnings: RegisterIssue[];
  } {
    const problems: RegisterIssue[] = [];
    const warnings: RegisterIssue[] = [];
    const problem = (field: RegisterField, reason: string) =>
      problems.push({ line, column: this.label(field), reason });
    const text = (field: RegisterField): string | null => {
      const value = (cells[field] ?? '').trim().replace(/\s+/g, ' ');
      if (value === '') return null;
      const max = LIMITS[field];
      if (max && value.length > max) problem(field, `at most ${max} characters, has ${value.length}`);
      return value;
    };

    const name = text('name');
    if (!name) problem('name', 'required, must not be empty');
    else if (FORBIDDEN_IN_NAME.test(name))
      problem('name', 'control or bidirectional-override characters are not allowed in a name');
    const uscc = (cells.uscc ?? '').trim().toUpperCase();
    if (uscc === '') problem('uscc', 'required, must not be empty');
    else {
      const bad = usccProblem(uscc);
      if (bad) problem('uscc', `not a valid USCC: ${bad}`);
      else
        this.duplicate(this.usccLines, uscc, line, () =>
          problem('uscc', `duplicate "${uscc}", first on line ${this.usccLines.get(uscc)}`),
        );
    }
    const givenId = (cells.id ?? '').trim();
    if (givenId !== '') {
      if (!ID.test(givenId)) problem('id', 'letters, digits, . _ : - only, at most 64');
      else
        this.duplicate(this.idLines, givenId, line, () =>
          problem('id', `duplicate "${givenId}", first on line ${this.idLines.get(givenId)}`),
        );
    }

    const parse = <T>(
      field: RegisterField,
      parser: (raw: string) => { ok: true; value: T | null } | { ok: false; reason: string },
    ): T | null => {
      const result = parser(cells[field] ?? '');
      if (!result.ok) {
        problem(field, result.reason);
        return null;
      }
      return result.value;
    };
    const capital = parse('registeredCapital', parseCapital);
    const employees = parse('employees', parseEmployees);
    const founded = parse('founded', (raw) => parseFoundedYear(raw));
    const givenSize = parse('size', parseSize);
    const businessScope = text('businessScope');
    const products = text('products');
    const industry = text('industry');
    const address = text('address');
    if (problems.length > 0 || !name) return { problems, warnings };

    const where = resolveAddress(address, this.parks);
    if (!where.resolved && address !== null)
      warnings.push({ line, column: this.label('address'), reason: `address not resolved: ${where.warning}` });
    const industryCode = industryCodeOf(industry);
    const size = givenSize ?? sizeBand(sectorOf(industryCode, industry), employees, capital?.wan);
    if (!size)
      warnings.push({ line, column: this.label('size'), reason: 'size unknown: no 企业规模, 人员规模 or 注册资本' });
    if (!businessScope && !products && !industry)
      warnings.push({
        line,
        column: this.label('businessScope'),
        reason: 'no 经营范围, 主营产品 or 所属行业: only the name can classify it',
      });

    return {
      problems,
      warnings,
      row: {
        line,
        id: givenId || firmIdFromUscc(uscc),
        idGiven: givenId !== '',
        uscc,
        name,
        businessScope,
        products,
        industry,
        industryCode,
        address,
        country: '中国',
        province: where.province,
        city: where.city,
        district: where.district,
        park: where.park,
        addressResolved: where.resolved,
        founded,
        registeredCapital: capital?.wan ?? null,
        registeredCapitalCurrency: capital?.currency ?? null,
        employees,
        size,
        sizeFrom: givenSize ? 'given' : size ? 'bands' : null,
      },
    };
  }

  private duplicate(seen: Map<string, number>, key: string, line: number, report: () => void) {
    if (seen.has(key)) report();
    else seen.set(key, line);
  }
}

/** Validates a whole (small) file's rows at once; the importer uses `RegisterValidator` batch by batch. */
export function validateRegisterRows(
  header: RegisterHeader,
  rows: readonly RegisterTextRow[],
  parks: readonly KnownPark[] = [],
): RegisterBatch {
  return new RegisterValidator(header, parks).check(rows);
}

/** Formats an issue as `file:line: column: reason`. */
export const formatIssue = (file: string, issue: RegisterIssue) =>
  `${file}:${issue.line}: ${issue.column}: ${issue.reason}`;
