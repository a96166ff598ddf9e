import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportCommand } from '../../packages/cli/src/commands/import';
import { testUscc, wrongCheck } from '../fixtures/import/fixtures';
import { testExecutor } from '../helpers/graph';
import { createWorld, newWorld, removeWorld, worldCounts } from './lib/fixtures';
import { hostileString } from './lib/payloads';
import { summary } from './lib/summary';

/**
 * Bad input for `atlas import` (issue #8): random bytes, malformed CSV and XLSX, wrong encodings, huge cells and
 * formula payloads. Every file below holds at least one invalid row (or is no table at all), so the importer must
 * refuse it with exit code 1 and `file:line` messages, never throw, and leave the graph exactly as it was.
 */
const RUNS = Number(process.env.RELIABILITY_RUNS ?? 30);
const executor = testExecutor();
const world = newWorld('import-fuzz');
const dir = mkdtempSync(join(tmpdir(), 'atlas-import-fuzz-'));
const command = createImportCommand(async () => ({ executor, close: async () => {} }));
const KINDS = ['companies', 'capabilities', 'supplies', 'certifications'] as const;
let files = 0;
let refused = 0;

beforeAll(() => createWorld(executor, world));
afterAll(async () => {
  await removeWorld(executor, world);
  rmSync(dir, { recursive: true, force: true });
  summary(`importer fuzz: ${files} files, ${refused} refused cleanly, 0 crashes, 0 partial writes`);
});

/** Runs the command like the CLI does and checks the contract of a refusal. */
async function expectRefused(kind: string, file: string): Promise<void> {
  files++;
  const before = await worldCounts(executor, world);
  const lines: string[] = [];
  const code = await command.run([kind, file], (line) => lines.push(line));
  expect(code, lines.join('\n').slice(0, 2000)).toBe(1);
  const named = lines.filter((line) => line.includes(file));
  expect(named.length, lines.join('\n').slice(0, 2000)).toBeGreaterThan(0);
  for (const line of lines) {
    // The file's text is quoted, never its control characters (terminal escapes), and lines stay short.
    expect(line.length).toBeLessThanOrEqual(500);
    expect(line).not.toMatch(CONTROL);
  }
  for (const line of named) {
    if (line.startsWith('✖') || line.startsWith('note:')) continue;
    // A row problem: file:line: column: reason
    expect(line.startsWith(`${file}:`) && /^:\d+: [^:]+: ./.test(line.slice(file.length))).toBe(true);
  }
  expect(await worldCounts(executor, world)).toEqual(before);
  refused++;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
let serial = 0;
const path = (ext: string) => join(dir, `f${++serial}${ext}`);

describe('atlas import refuses bad files whole', () => {
  it('random bytes as CSV or XLSX, for every kind', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS),
        fc.constantFrom('.csv', '.xlsx'),
        fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.uint8Array({ maxLength: 512 }).map(zipLike)),
        async (kind, ext, bytes) => {
          const file = path(ext);
          writeFileSync(file, bytes);
          await expectRefused(kind, file);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('CSV: real rows with hostile cells, broken quoting, any encoding, one bad row', async () => {
    await fc.assert(
      fc.asyncProperty(companyRows(), csvStyle, async (rows, style) => {
        const file = path('.csv');
        writeFileSync(file, encodeCsv(rows, style));
        await expectRefused('companies', file);
      }),
      { numRuns: RUNS },
    );
  });

  it('XLSX: real rows with formulas, rich text, errors and dates, one bad row, maybe corrupted', async () => {
    await fc.assert(
      fc.asyncProperty(
        companyRows(),
        fc.option(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.boolean())),
        async (rows, damage) => {
          const file = path('.xlsx');
          let bytes = await xlsx(rows);
          if (damage) {
            const [at, xor, truncate] = damage;
            bytes = truncate ? bytes.subarray(0, at % bytes.length) : flip(bytes, at % bytes.length, xor);
          }
          writeFileSync(file, bytes);
          await expectRefused('companies', file);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('capabilities and supplies naming companies and segments that do not exist', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(hostileString(80), hostileString(80)), { minLength: 1, maxLength: 20 }),
        async (pairs) => {
          const capabilities = path('.csv');
          writeFileSync(
            capabilities,
            encodeCsv(
              [
                ['companyId', 'segmentId', 'capacity'],
                [world.smeId, world.segments[0] as string, '1'],
                ...pairs.map(([c, s]) => [c, s, '1']),
              ],
              DEFAULT_STYLE,
            ),
          );
          await expectRefused('capabilities', capabilities);
          const supplies = path('.csv');
          writeFileSync(
            supplies,
            encodeCsv(
              [
                ['supplierId', 'buyerId', 'segmentId', 'annualValue'],
                ...pairs.map(([c, s]) => [c, world.leaderId, s, '-1']),
              ],
              DEFAULT_STYLE,
            ),
          );
          await expectRefused('supplies', supplies);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['an empty file', ''],
    ['a BOM alone', '\uFEFF'],
    ['a header only', 'id,uscc,name,size,province\n'],
    ['blank lines only', '\n\r\n  ,  ,\n'.repeat(1000)],
    ['20,000 columns', `${Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',')}\n1\n`],
    ['an unclosed quote', `id,uscc,name,size,province\n"${world.id('x')},${testUscc(world.prefix, 9)},"abc\n`],
    [
      'a 3 MB cell',
      `id,uscc,name,size,province\n${world.id('x')},${testUscc(world.prefix, 9)},${'金'.repeat(1_000_000)},small,上海市\n`,
    ],
    ['NUL bytes', `id,uscc,name,size,province\n${world.id('x')}\0,${testUscc(world.prefix, 9)},a\0b,small,上海市\n`],
    [
      'duplicate columns',
      `id,企业编号,uscc,name,size,province\n${world.id('x')},${world.id('y')},${testUscc(world.prefix, 9)},a,small,上海市\n`,
    ],
  ])('CSV: %s', async (_name, text) => {
    const file = path('.csv');
    writeFileSync(file, text);
    await expectRefused('companies', file);
  });

  it('UTF-16 text and files that are not tables at all', async () => {
    const utf16 = path('.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('id,uscc,name\r\n', 'utf16-le')]));
    await expectRefused('companies', utf16);
    for (const [ext, bytes] of [
      ['.xls', Buffer.from('D0CF11E0A1B11AE1', 'hex')],
      ['.txt', Buffer.from('id,uscc\n')],
      ['', Buffer.from('id,uscc\n')],
    ] as const) {
      const file = path(ext);
      writeFileSync(file, bytes);
      await expectRefused('companies', file);
    }
    await expectRefused('companies', join(dir, 'no-such-file.csv'));
    await expectRefused('companies', dir);
  });
});

type Style = { bom: boolean; crlf: boolean; encoding: 'utf-8' | 'gbk' | 'latin1'; breakQuote: number | null };
const DEFAULT_STYLE: Style = { bom: false, crlf: false, encoding: 'utf-8', breakQuote: null };
const csvStyle: fc.Arbitrary<Style> = fc.record({
  bom: fc.boolean(),
  crlf: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'gbk', 'latin1'),
  breakQuote: fc.option(fc.nat()),
});

/** A companies sheet: header (English or Chinese names, shuffled), valid scoped rows, hostile cells, one bad USCC. */
function companyRows(): fc.Arbitrary<string[][]> {
  const header = ['id', 'uscc', 'name', 'size', 'province', 'employees', 'lat', 'chainLeader'];
  return fc
    .record({
      chinese: fc.boolean(),
      rows: fc.array(fc.tuple(fc.nat({ max: 7 }), hostileString(300), fc.boolean()), { minLength: 1, maxLength: 12 }),
      badAt: fc.nat(),
      extra: fc.option(hostileString(20)),
    })
    .map(({ chinese, rows, badAt, extra }) => {
      const n = ++serial;
      const data = rows.map(([column, value, mutate], i) => {
        const row = [
          world.id(`c${n}-${i}`),
          testUscc(`${world.prefix}/${n}`, i),
          `示例企业${i}`,
          'small',
          '上海市',
          '12',
          '30.7',
          '否',
        ];
        if (mutate) row[column] = value;
        return row;
      });
      const bad = [
        world.id(`c${n}-bad`),
        wrongCheck(testUscc(world.prefix, n)),
        '校验位错误',
        'small',
        '上海市',
        '1',
        '',
        '',
      ];
      data.splice(badAt % (data.length + 1), 0, bad);
      const head = chinese
        ? ['企业编号', '统一社会信用代码', '企业名称', '企业规模', '省份', '员工人数', '纬度', '链主企业']
        : [...header];
      if (extra !== null) head.push(extra);
      return [head, ...data];
    });
}

function encodeCsv(rows: string[][], style: Style): Buffer {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  let text = rows.map((r) => r.map(quote).join(',')).join(style.crlf ? '\r\n' : '\n');
  if (style.breakQuote !== null) {
    const at = style.breakQuote % (text.length + 1);
    text = `${text.slice(0, at)}"${text.slice(at)}`;
  }
  const body = style.encoding === 'utf-8' ? Buffer.from(text) : iconv.encode(text, style.encoding);
  return style.bom && style.encoding === 'utf-8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('companies');
  rows.forEach((row, r) => {
    const cells = row.map((cell, c): ExcelJS.CellValue => {
      if (r === 0 || !cell.startsWith('=')) return (r + c) % 5 === 4 ? { richText: [{ text: cell }] } : cell;
      // Formula payloads as real formulas: the importer reads the cached result, never evaluates.
      return { formula: cell.slice(1), result: c === 2 ? undefined : { error: '#NAME?' } } as ExcelJS.CellValue;
    });
    sheet.addRow(cells);
  });
  sheet.addRow([world.id('date-row'), new Date(0), 42, true, null]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const flip = (bytes: Buffer, at: number, xor: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ xor;
  return copy;
};

/** Starts like a ZIP (as XLSX files do) so the bytes get past the first sniff. */
function zipLike(tail: Uint8Array): Uint8Array {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), tail]);
}
