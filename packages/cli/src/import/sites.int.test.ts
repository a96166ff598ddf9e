import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoSites } from '@atlas/domain';
import { demoSitesExtra } from '@atlas/graph';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { createImportCommand } from '../commands/import';

const template = fileURLToPath(new URL('../../../../data/templates/sites.csv', import.meta.url));

describe('atlas import sites (real files, real Neo4j)', () => {
  const executor = testExecutor();
  const scope = testScope('import-sites');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sites-'));
  const command = createImportCommand(async () => ({ executor, close: async () => {} }));

  afterAll(async () => {
    await scope.cleanup(executor);
    rmSync(dir, { recursive: true, force: true });
  });

  async function runCommand(...args: string[]): Promise<{ code: number; lines: string[] }> {
    const lines: string[] = [];
    const code = await command.run(args, (line) => lines.push(line));
    return { code, lines };
  }

  /** This file's sites with every property and their park, as a comparable snapshot. */
  const stored = () =>
    executor.read<{ site: Record<string, unknown>; park: string }>(
      'test',
      `MATCH (s:Site)-[:IN_PARK]->(p:Park) WHERE s.id STARTS WITH $prefix
       RETURN properties(s) AS site, p.id AS park ORDER BY s.id`,
      { prefix: scope.prefix },
    );

  /** The template with its example ids moved into this file's scope. */
  const scopedTemplate = () => readFileSync(template, 'utf8').replace(/^example\./gm, `${scope.prefix}.`);

  it('imports the template (Chinese headers), and importing it again changes nothing', async () => {
    const file = join(dir, 'sites.csv');
    writeFileSync(file, scopedTemplate());
    const dry = await runCommand('sites', file, '--dry-run');
    expect(dry.code, dry.lines.join('\n')).toBe(0);
    expect(await stored()).toEqual([]);
    const first = await runCommand('sites', file);
    expect(first.code, first.lines.join('\n')).toBe(0);
    expect(first.lines.at(-1)).toBe(
      `✔ ${file}: 3 sites rows written in one transaction (importing again changes nothing).`,
    );
    const before = await stored();
    expect(before.map((s) => s.park)).toEqual([
      'park.fengjing-industrial-zone',
      'park.bay-area-innovation-center',
      'park.scip-jinshan',
    ]);
    expect(before[2]?.site).toMatchObject({
      kind: 'PLOT',
      use: 'M3',
      area: 45_000,
      energyQuota: 15_000,
      vocsQuota: 80,
      landPrice: 95,
      synthetic: true,
    });
    expect((await runCommand('sites', file)).code).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('refuses a bad file whole: file:line: column: reason for each problem, nothing written', async () => {
    const file = join(dir, 'bad.csv');
    const p = scope.prefix;
    writeFileSync(
      file,
      [
        '编号,名称,园区,类型,面积,用地性质,楼层,楼面荷载,状态',
        `${p}.ok,好地块,枫泾工业区,地块,20000,M1,,,可用`,
        `${p}.a,甲,火星园区,地块,很大,M1,,,可用`,
        `${p}.b,乙,枫泾工业区,楼层,3000,M1,,8,可用`,
        `${p}.c,丙,枫泾工业区,地块,3000,M7,,,出售`,
        `${p}.ok,重复,枫泾工业区,地块,3000,M1,,,可用`,
      ].join('\n'),
    );
    const { code, lines } = await runCommand('sites', file);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${file}:3: 面积: not a number: "很大"`,
      `${file}:3: 园区: unknown park "火星园区"; use a Jinshan park's name or id (docs/sites.md)`,
      `${file}:4: 楼层: required for a FLOOR (1 = ground floor)`,
      `${file}:5: 用地性质: one of M0, M1, M2, M3, W`,
      `${file}:5: 状态: one of AVAILABLE, RESERVED, TAKEN`,
      `${file}:6: 编号: duplicate "${p}.ok", first on line 2`,
      `✖ 6 problem(s) in 4 of 5 rows; nothing of ${file} was written.`,
    ]);
    const ids = (await stored()).map((s) => s.site.id);
    for (const local of ['ok', 'a', 'b', 'c']) expect(ids).not.toContain(`${p}.${local}`);
  });

  it('reads an XLSX with English headers', async () => {
    const file = join(dir, 'sites.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('sites');
    sheet.addRow(['id', 'name', 'parkId', 'kind', 'area', 'use', 'floorLevel', 'floorLoading', 'availability', 'rent']);
    sheet.addRow([
      `${scope.prefix}.x1`,
      'English floor',
      'park.new-display',
      'floor',
      2500,
      'm1',
      2,
      12,
      'available',
      1.5,
    ]);
    await workbook.xlsx.writeFile(file);
    const { code, lines } = await runCommand('sites', file);
    expect(code, lines.join('\n')).toBe(0);
    const x1 = (await stored()).find((s) => s.site.id === `${scope.prefix}.x1`);
    expect(x1).toMatchObject({
      park: 'park.new-display',
      site: { kind: 'FLOOR', floorLevel: 2, floorLoading: 12, rent: 1.5 },
    });
  });

  it('the demo extra writes the demo sites, the same every run', async () => {
    const read = () =>
      executor.read<{ n: number; synthetic: number }>(
        'test',
        `MATCH (s:Site)-[:IN_PARK]->(:Park) WHERE s.id STARTS WITH 'demo-site.'
         RETURN count(s) AS n, count(CASE WHEN s.synthetic AND s.name STARTS WITH '示例' THEN 1 END) AS synthetic`,
      );
    await demoSitesExtra.load(executor);
    const once = await read();
    await demoSitesExtra.load(executor);
    expect(await read()).toEqual(once);
    expect(once[0]).toEqual({ n: demoSites().length, synthetic: demoSites().length });
  });
});
