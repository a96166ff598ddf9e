import { describe, expect, it } from 'vitest';
import { resolveHeader } from './columns';
import { type KnownReferences, referenceProblems, referencesOf } from './references';
import { RowValidator, rowFromCells, validateRows } from './validate';

const company = (line: number, cells: Record<string, string>) => ({
  line,
  cells: { id: 'acme', uscc: '91310116MA1FL2X3K3', name: '示例公司', size: 'small', province: '上海市', ...cells },
});

describe('validateRows', () => {
  it('passes good rows through, typed and with defaults', () => {
    const { valid, problems } = validateRows('companies', [company(2, { chainLeader: '是', employees: '1,200' })]);
    expect(problems).toEqual([]);
    expect(valid[0]).toMatchObject({
      line: 2,
      row: { id: 'acme', chainLeader: true, employees: 1200, country: '中国', source: 'registry', synthetic: false },
    });
  });

  it('reports one problem per bad cell, at the line and under the header the user wrote', () => {
    const rows = [
      company(2, { uscc: '91310116MA1FL2X3K4' }),
      company(3, { id: 'b', uscc: '91320481MA1N7Q5C86', employees: 'many' }),
      company(4, { id: 'c', uscc: '91330482MA2JD8P4XE', name: '  ' }),
      company(5, { id: 'd', uscc: '914403001922038216', size: 'huge' }),
    ];
    const { valid, problems } = validateRows('companies', rows, { uscc: '统一社会信用代码' });
    expect(valid).toEqual([]);
    expect(problems).toEqual([
      { line: 2, column: '统一社会信用代码', reason: 'not a valid USCC: check character is 4, expected 3' },
      { line: 3, column: 'employees', reason: 'not a number: "many"' },
      { line: 4, column: 'name', reason: 'required, must not be empty' },
      { line: 5, column: 'size', reason: expect.stringMatching(/large.*medium.*small.*micro/) },
    ]);
  });

  it('finds duplicate ids and USCCs, however far apart, naming the first line', () => {
    const validator = new RowValidator('companies');
    validator.check([company(2, {})]);
    const later = validator.check([
      company(9000, { uscc: '91320481MA1N7Q5C86' }),
      company(9001, { id: 'other', uscc: '91310116ma1fl2x3k3' }),
    ]);
    expect(later.problems).toEqual([
      { line: 9000, column: 'id', reason: 'duplicate "acme", first on line 2' },
      { line: 9001, column: 'uscc', reason: 'duplicate "91310116ma1fl2x3k3", first on line 2' },
    ]);
  });

  it('treats the merge key of a relationship as its identity', () => {
    const row = (line: number, segmentId: string) => ({ line, cells: { companyId: 'acme', segmentId } });
    const { problems } = validateRows('capabilities', [row(2, 'icv.cell'), row(3, 'icv.pack'), row(4, 'icv.cell')]);
    expect(problems).toEqual([{ line: 4, column: 'companyId', reason: 'same companyId + segmentId as line 2' }]);
  });

  it('refuses a company supplying itself and a negative value', () => {
    const supply = (line: number, cells: Record<string, string>) => ({
      line,
      cells: { supplierId: 'a', buyerId: 'b', segmentId: 'icv.cell', annualValue: '10', ...cells },
    });
    const { problems } = validateRows('supplies', [supply(2, { buyerId: 'a' }), supply(3, { annualValue: '-1' })]);
    expect(problems).toEqual([
      { line: 2, column: 'buyerId', reason: 'a company cannot supply itself' },
      { line: 3, column: 'annualValue', reason: 'must not be negative' },
    ]);
  });
});

describe('rowFromCells', () => {
  const header = resolveHeader('certifications', ['companyId', 'certification']);
  if (!header.ok) throw new Error(header.error);

  it('keys cells by field and tolerates blank trailing cells', () => {
    expect(rowFromCells(header.value, 2, ['acme', 'ISO 9001', ''])).toEqual({
      line: 2,
      cells: { companyId: 'acme', certification: 'ISO 9001' },
    });
  });

  it('reports a row with more cells than the header (an unquoted comma)', () => {
    expect(rowFromCells(header.value, 3, ['acme', 'ISO 9001', '2015'])).toMatchObject({ line: 3, column: '(row)' });
  });
});

describe('references', () => {
  const known: KnownReferences = {
    companyIds: new Set(['a', 'b']),
    leafSegmentIds: new Set(['icv.cell']),
    parentSegmentIds: new Set(['icv.battery-system']),
    usccOwners: new Map([['91310116MA1FL2X3K3', 'someone-else']]),
  };

  it('ask about every referenced id once', () => {
    const { valid } = validateRows('supplies', [
      { line: 2, cells: { supplierId: 'a', buyerId: 'b', segmentId: 'icv.cell', annualValue: '1' } },
      { line: 3, cells: { supplierId: 'b', buyerId: 'a', segmentId: 'icv.cell', annualValue: '1' } },
    ]);
    expect(referencesOf('supplies', valid)).toEqual({ companyIds: ['a', 'b'], segmentIds: ['icv.cell'], usccs: [] });
  });

  it('name unknown companies, unknown segments, parent segments and USCCs held by another company', () => {
    const capabilities = validateRows('capabilities', [
      { line: 2, cells: { companyId: 'zzz', segmentId: 'icv.cell' } },
      { line: 3, cells: { companyId: 'a', segmentId: 'icv.nope' } },
      { line: 4, cells: { companyId: 'a', segmentId: 'icv.battery-system' } },
      { line: 5, cells: { companyId: 'b', segmentId: 'icv.cell' } },
    ]).valid;
    expect(referenceProblems('capabilities', capabilities, known).map((p) => [p.line, p.column])).toEqual([
      [2, 'companyId'],
      [3, 'segmentId'],
      [4, 'segmentId'],
    ]);
    const companies = validateRows('companies', [company(2, {})]).valid;
    expect(referenceProblems('companies', companies, known)).toEqual([
      { line: 2, column: 'uscc', reason: 'already held by company "someone-else" in the graph' },
    ]);
  });
});
