import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIndustries, readIndustryDefinitions } from '@atlas/graph';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ImportFixtures,
  scopedTemplateRows,
  writeImportFixtures,
} from '../../../../test/fixtures/import/fixtures';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { createImportCommand } from '../commands/import';
import { detectEncoding } from './encoding';
import { importFile } from './importer';

const industriesDir = fileURLToPath(new URL('../../../../data/industries', import.meta.url));

describe('atlas import (real files, real Neo4j)', () => {
  const executor = testExecutor();
  const scope = testScope('import');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  let fx: ImportFixtures;
  const command = createImportCommand(async () => ({ executor, close: async () => {} }));

  async function runCommand(...args: string[]): Promise<{ code: number; lines: string[] }> {
    const lines: string[] = [];
    const code = await command.run(args, (line) => lines.push(line));
    return { code, lines };
  }

  /** Nodes of this test file and the relationships touching them. */
  async function counts(): Promise<{ nodes: number; relationships: number }> {
    const [row] = await executor.read<{ nodes: number; relationships: number }>(
      'test',
      `MATCH (n) WHERE n.id STARTS WITH $prefix
       OPTIONAL MATCH (n)-[r]-()
       RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships`,
      { prefix: scope.prefix },
    );
    return row ?? { nodes: 0, relationships: 0 };
  }

  beforeAll(async () => {
    // The templates and fixtures name real icv leaves; loading is idempotent, so other files may do it too.
    const icv = readIndustryDefinitions(industriesDir).filter((d) => d.industry.id === 'icv');
    await loadIndustries(executor, icv);
    fx = writeImportFixtures(dir, scope.prefix);
  });

  afterAll(async () => {
    await scope.cleanup(executor);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a GBK CSV as Chinese Excel writes it: names read back equal the originals', async () => {
    expect(await detectEncoding(fx.files.companiesGbk)).toBe('gb18030');
    const { code, lines } = await runCommand('companies', fx.files.companiesGbk);
    expect(code, lines.join('\n')).toBe(0);
    const stored = await executor.read<{ c: Record<string, unknown> & { id: string } }>(
      'test',
      'MATCH (c:Company) WHERE c.id STARTS WITH $prefix RETURN c { .id, .name, .size, .chainLeader, .employees } AS c',
      { prefix: scope.prefix },
    );
    const byId = new Map(stored.map(({ c }) => [c.id, c]));
    for (const company of fx.companies) expect(byId.get(company.id)?.name).toBe(company.name);
    expect(byId.get(fx.companies[0]?.id ?? '')).toMatchObject({ size: 'medium', chainLeader: false, employees: 1200 });
    expect(byId.get(fx.companies[1]?.id ?? '')).toMatchObject({ size: 'large', chainLeader: true });
  });

  it('refuses a companies file with bad rows whole: one message per bad row, nothing written', async () => {
    const { code, lines } = await runCommand('companies', fx.files.companiesMixed);
    expect(code).toBe(1);
    const file = fx.files.companiesMixed;
    const problems = lines.filter((line) => line.startsWith(`${file}:`));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${escapeRegExp(file)}:3: uscc: not a valid USCC: check character is`)),
      `${file}:5: employees: not a number: "十几个"`,
      `${file}:6: name: required, must not be empty`,
      `${file}:7: id: duplicate "${scope.id('m-good-1')}", first on line 2`,
    ]);
    expect(lines.at(-1)).toMatch(/4 problem\(s\) in 4 of 7 rows; nothing of .* was written/);
    const written = await executor.read('test', 'MATCH (c:Company) WHERE c.id STARTS WITH $p RETURN c.id', {
      p: scope.id('m-'),
    });
    expect(written).toEqual([]);
  });

  it('refuses a capabilities file with unknown references whole, nothing written', async () => {
    await importFile(executor, 'companies', fx.files.companiesGbk);
    const report = await importFile(executor, 'capabilities', fx.files.capabilitiesMixed);
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'segmentId'],
      [4, 'segmentId'],
      [5, 'capacity'],
      [6, 'companyId'],
      [7, 'companyId'],
    ]);
    expect(report.problems[0]?.reason).toMatch(/unknown segment "icv.no-such-segment"/);
    expect(report.problems[1]?.reason).toMatch(/parent segment/);
    expect(report.written).toBe(0);
    const [row] = await executor.read<{ n: number }>(
      'test',
      'MATCH (c:Company)-[o:OPERATES_IN]->() WHERE c.id STARTS WITH $prefix RETURN count(o) AS n',
      { prefix: scope.prefix },
    );
    expect(row?.n).toBe(0);
  });

  it('is idempotent: importing the same files again changes no node or relationship counts', async () => {
    const files = [
      ['companies', fx.files.companiesGbk],
      ['capabilities', fx.files.capabilities],
      ['supplies', fx.files.supplies],
      ['certifications', fx.files.certifications],
    ] as const;
    for (const [kind, file] of files) expect((await importFile(executor, kind, file)).problems).toEqual([]);
    const first = await counts();
    // 3 companies + 2 certifications; 3 OPERATES_IN + 2 SUPPLIES + 3 CERTIFIED (at least: other edges may exist).
    expect(first.nodes).toBeGreaterThanOrEqual(5);
    expect(first.relationships).toBeGreaterThanOrEqual(8);
    for (const [kind, file] of files) expect((await importFile(executor, kind, file)).written).toBeGreaterThan(0);
    expect(await counts()).toEqual(first);
  });

  it('--dry-run validates and reports, but writes nothing', async () => {
    const before = await counts();
    const { code, lines } = await runCommand('companies', fx.files.dryRunCompanies, '--dry-run');
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(
      /all 1 companies rows are valid and would be written \(1 new, 0 already in the graph\); dry run, nothing written/,
    );
    const again = await runCommand('companies', fx.files.companiesGbk, '--dry-run');
    expect(again.lines.at(-1)).toMatch(/\(0 new, 3 already in the graph\); dry run/);
    expect(await counts()).toEqual(before);
  });

  it('round-trips an XLSX made from the templates', async () => {
    const kinds = ['companies', 'capabilities', 'supplies', 'certifications'] as const;
    for (const kind of kinds) {
      const rows = await scopedTemplateRows(kind, scope.prefix);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(kind);
      // As a user would type them: numbers as numbers, everything else as text.
      for (const row of rows)
        sheet.addRow(row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) && !/^\d{18}$/.test(cell) ? Number(cell) : cell)));
      const file = join(dir, `${kind}.xlsx`);
      await workbook.xlsx.writeFile(file);
      const { code, lines } = await runCommand(kind, file);
      expect(code, lines.join('\n')).toBe(0);
    }
    const companies = await scopedTemplateRows('companies', scope.prefix);
    const header = companies[0] as string[];
    const expected = companies.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    const ids = expected.map((e) => e.id);
    const stored = await executor.read<{ c: Record<string, unknown> & { id: string } }>(
      'test',
      'MATCH (c:Company) WHERE c.id IN $ids RETURN c { .id, .uscc, .name, .nameEn, .size, .province, .founded } AS c',
      { ids },
    );
    const byId = new Map(stored.map(({ c }) => [c.id, c]));
    for (const e of expected)
      expect(byId.get(e.id as string)).toMatchObject({
        uscc: e.uscc,
        name: e.name,
        size: e.size,
        province: e.province,
        founded: Number(e.founded),
      });
    expect(byId.get(scope.id('example.cathode-maker'))?.nameEn).toBe('Example Cathode Materials (Shanghai) Co., Ltd.');
    const [edges] = await executor.read(
      'test',
      `MATCH (c:Company) WHERE c.id IN $ids
       RETURN sum(count { (c)-[:OPERATES_IN]->(:Segment {leaf: true}) }) AS operates,
              sum(count { (c)-[:SUPPLIES]->(:Company) }) AS supplies, sum(count { (c)-[:CERTIFIED]->() }) AS certified`,
      { ids },
    );
    expect(edges).toEqual({ operates: 3, supplies: 2, certified: 3 });
    const [cathode] = await executor.read(
      'test',
      'MATCH (:Company {id: $id})-[o:OPERATES_IN]->(s:Segment) RETURN s.id AS segment, o.capacity AS capacity, o.products AS products',
      { id: scope.id('example.cathode-maker') },
    );
    expect(cathode).toEqual({ segment: 'icv.cathode', capacity: 20000, products: ['磷酸铁锂正极', '三元正极NCM811'] });
  });

  it('writes a big file in batches inside one transaction: a fault half-way leaves nothing', async () => {
    const file = join(dir, 'many-certifications.csv');
    const [a] = fx.companies;
    const lines = [
      'companyId,certification',
      ...Array.from({ length: 150 }, (_, n) => `${a?.id},${scope.prefix} cert ${n}`),
    ];
    appendFileSync(file, `${lines.join('\n')}\n`);
    const progress: string[] = [];
    const ok = await importFile(executor, 'certifications', file, {
      batchSize: 20,
      progressEvery: 50,
      progress: (line) => progress.push(line),
    });
    expect(ok).toMatchObject({ rows: 150, written: 150, problems: [] });
    expect(progress.filter((line) => line.endsWith('validated'))).toHaveLength(3);
    expect(progress.filter((line) => line.endsWith('written'))).toHaveLength(3);

    // The file changes between validation and writing: the last batch fails, and the earlier ones roll back.
    const second = join(dir, 'changing-certifications.csv');
    const rows = Array.from({ length: 150 }, (_, n) => `${a?.id},${scope.prefix} later ${n}`);
    appendFileSync(second, `companyId,certification\n${rows.join('\n')}\n`);
    const attempt = importFile(executor, 'certifications', second, {
      batchSize: 20,
      progressEvery: 150,
      progress: (line) => line.endsWith('validated') && appendFileSync(second, `${a?.id},\n`),
    });
    await expect(attempt).rejects.toThrow(/changed while importing/);
    const [left] = await executor.read<{ n: number }>(
      'test',
      'MATCH (x:Certification) WHERE x.id STARTS WITH $p RETURN count(x) AS n',
      { p: `${scope.prefix} later` },
    );
    expect(left?.n).toBe(0);
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
