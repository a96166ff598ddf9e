import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { companyRowSchema, deadlineInstant } from '@atlas/domain';
import { neutralise, xmlSafe } from '@atlas/graph';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApiConfig } from '../../packages/api/src/config';
import { ExportBuilds, ExportsBusyError } from '../../packages/api/src/http/export-builds';
import { exportRoute } from '../../packages/api/src/http/export-route';
import { importFile } from '../../packages/cli/src/import/importer';
import { MAX_CSV_RECORD_CHARS, readTable } from '../../packages/cli/src/import/table';
import { assertIntactZip, ZIP_LIMITS } from '../../packages/cli/src/import/zip-check';
import { testUscc } from '../fixtures/import/fixtures';
import { testExecutor } from '../helpers/graph';
import { outcome, POST_DEMAND, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

/** Hardening of issue #14 item 8: exports, imports, cursors, deadlines, engines, directives (graphql-cop: graphql-cop.test.ts). */
const executor = testExecutor();
const world = newWorld('hardening');
const dir = mkdtempSync(join(tmpdir(), 'atlas-hardening-'));
let demo: RunningApi;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  await createWorld(executor, world);
  demo = await startApi(executor);
  tokens.admin = await demo.login(world.usernames.ADMIN, world.password);
  tokens.leader = await demo.login(world.usernames.CHAIN_LEADER, world.password);
}, 120_000);
afterAll(async () => {
  await demo?.close();
  await removeWorld(executor, world);
  rmSync(dir, { recursive: true, force: true });
});

describe('exports: formulas and XML', () => {
  it.each([
    ['=1+1', true],
    ['＝HYPERLINK("http://x")', true],
    ['＋1', true],
    ['－1', true],
    ['＠SUM(A1)', true],
    ['   =cmd', true],
    ['\u3000\u3000＝cmd', true],
    ['\t=1', true],
    ['\r=1', true],
    ['-5', true],
    ['上海＝公司', false],
    ['a=b', false],
    ['', false],
  ])('%j neutralised: %s', (text, formula) => {
    expect(neutralise(text)).toBe(formula ? `'${text}` : text);
  });

  it('numbers stay numbers (a negative value is not a formula)', () => {
    expect(neutralise(-5)).toBe(-5);
  });

  it('xmlSafe drops what XML 1.0 cannot carry and keeps tab, newline, CJK and emoji', () => {
    expect(xmlSafe('a\u0000b\u0007c\u001Bd\u007Fe\uFFFEf')).toBe('abcdef');
    expect(xmlSafe('x\ty\nz 金山 🏭')).toBe('x\ty\nz 金山 🏭');
    expect(xmlSafe('lone \uD800 surrogate')).toBe('lone  surrogate');
  });

  it('full-width formulas and control characters written behind the API are neutralised in every export', async () => {
    // Data that bypassed validation (an old import, Cypher typed into Neo4j Browser).
    await executor.write('hardening-fixture', 'MATCH (c:Company {id: $sme}) SET c.name = $name, c.nameEn = $nameEn', {
      sme: world.smeId,
      name: '＝HYPERLINK("http://evil")\u0007',
      nameEn: '\u3000+cmd\u001B[31m',
    });
    const csv = await (await fetch(`${demo.base}/export/${world.industryId}.csv`)).text();
    expect(csv).toContain(`'＝HYPERLINK`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
    expect(csv).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(csv).toContain(`'\u3000+cmd`);
    const xlsx = Buffer.from(await (await fetch(`${demo.base}/export/${world.industryId}.xlsx`)).arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as never);
    const names: string[] = [];
    book.getWorksheet('firms')?.eachRow((row) => {
      names.push(String(row.getCell(3).value), String(row.getCell(4).value));
    });
    expect(names).toContain('\'＝HYPERLINK("http://evil")');
    expect(names).toContain("'\u3000+cmd[31m");
    for (const format of ['graphml', 'gexf']) {
      const xml = await (await fetch(`${demo.base}/export/${world.industryId}.${format}`)).text();
      expect(xml).toContain('＝HYPERLINK(');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
  });
});

describe('exports: cached per data version, at most two built at once', () => {
  const deferred = () => {
    let resolve!: (b: Buffer) => void;
    const promise = new Promise<Buffer>((r) => {
      resolve = r;
    });
    return { promise, resolve };
  };

  it('a third concurrent build is refused with a retry delay; the same file is built once per version', async () => {
    const builds = new ExportBuilds(2, 10, 7);
    const [a, b] = [deferred(), deferred()];
    const first = builds.get('a', 'v1', () => a.promise);
    const joined = builds.get('a', 'v1', () => Promise.reject(new Error('built twice')));
    void builds.get('b', 'v1', () => b.promise);
    expect(builds.building).toBe(2);
    await expect(builds.get('c', 'v1', async () => Buffer.from('c'))).rejects.toEqual(new ExportsBusyError(7));
    a.resolve(Buffer.from('A'));
    b.resolve(Buffer.from('B'));
    expect(String(await first)).toBe('A');
    expect(String(await joined)).toBe('A');
    expect(builds.building).toBe(0);
    expect(String(await builds.get('a', 'v1', async () => Buffer.from('again')))).toBe('A');
    expect(String(await builds.get('a', 'v2', async () => Buffer.from('new data')))).toBe('new data');
  });

  it('a failed build is not kept', async () => {
    const builds = new ExportBuilds();
    await expect(builds.get('x', 'v', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(String(await builds.get('x', 'v', async () => Buffer.from('ok')))).toBe('ok');
  });

  it('over HTTP: 503 with Retry-After while two builds run, then the file, streamed', async () => {
    const builds = new ExportBuilds(2, 10, 3);
    const route = exportRoute(executor, readApiConfig({}), builds);
    const server = createServer((req, res) => void route(req, res, new URL(req.url ?? '/', 'http://x')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export/${world.industryId}.json`;
    try {
      const [a, b] = [deferred(), deferred()];
      void builds.get('busy-1', 'v', () => a.promise);
      void builds.get('busy-2', 'v', () => b.promise);
      const busy = await fetch(url);
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('3');
      a.resolve(Buffer.from('1'));
      b.resolve(Buffer.from('2'));
      await Promise.all([a.promise, b.promise]);
      const ok = await fetch(url);
      expect(ok.status).toBe(200);
      expect(JSON.parse(await ok.text()).industry.id).toBe(world.industryId);
    } finally {
      server.close();
    }
  });
});

/** A ZIP written by hand: each entry deflated (or stored with a forged size) so limits can be hit exactly. */
function zipOf(entries: Array<{ name: string; data: Buffer; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declaredSize } of entries) {
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const header = (central: boolean) => {
      const h = Buffer.alloc(central ? 46 : 30);
      h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      const at = central ? 2 : 0;
      if (central) h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 4 + at);
      h.writeUInt16LE(8, 8 + at);
      h.writeUInt32LE(crc32(data), 14 + at);
      h.writeUInt32LE(packed.length, 18 + at);
      h.writeUInt32LE(declaredSize ?? data.length, 22 + at);
      h.writeUInt16LE(fileName.length, 26 + at);
      if (central) h.writeUInt32LE(offset, 42);
      return h;
    };
    const local = Buffer.concat([header(false), fileName, packed]);
    centrals.push(Buffer.concat([header(true), fileName]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('imports: XLSX through yauzl with caps, CSV records capped, names without control characters', () => {
  const file = (name: string, data: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };

  it('a well-formed archive passes (the hand-made writer is right)', async () => {
    await expect(
      assertIntactZip(file('ok.xlsx', zipOf([{ name: 'a.xml', data: Buffer.from('<a/>') }]))),
    ).resolves.toBeUndefined();
  });

  it('a zip bomb (one entry expanding 1000×) is refused before it is inflated', async () => {
    const bomb = file('bomb.xlsx', zipOf([{ name: 'sheet.xml', data: Buffer.alloc(4 * 1024 * 1024) }]));
    await expect(assertIntactZip(bomb)).rejects.toThrow(/refused: sheet\.xml expands more than 200×/);
  });

  it(`more than ${ZIP_LIMITS.maxEntries} entries are refused`, async () => {
    const many = zipOf(
      Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `e${i}`, data: Buffer.from('x') })),
    );
    await expect(assertIntactZip(file('many.xlsx', many))).rejects.toThrow(/1001 entries in the archive, at most 1000/);
  });

  it('the total uncompressed size is capped', async () => {
    const big = file(
      'big.xlsx',
      zipOf([
        { name: 'a', data: Buffer.from('x'.repeat(2000)) },
        { name: 'b', data: Buffer.from('y'.repeat(2000)) },
      ]),
    );
    await expect(assertIntactZip(big, { ...ZIP_LIMITS, maxUncompressedBytes: 3000 })).rejects.toThrow(
      /expands to over/,
    );
  });

  it('an entry lying about its size is damaged, not trusted', async () => {
    const liar = file('liar.xlsx', zipOf([{ name: 'a', data: Buffer.from('x'.repeat(5000)), declaredSize: 10 }]));
    await expect(assertIntactZip(liar)).rejects.toThrow(/not a readable \.xlsx workbook/);
  });

  it('a CSV record over the cap (an unclosed quote) is one clear error', async () => {
    const path = file('runaway.csv', `id,name\n1,"${'x'.repeat(MAX_CSV_RECORD_CHARS + 10)}\n2,b\n`);
    const read = async () => {
      for await (const _row of readTable(path));
    };
    await expect(read()).rejects.toThrow(/runaway\.csv:\d+: a record over 262144 characters \(an unclosed quote\?\)/);
  });

  it('names with control characters are refused by the import and by upsertCompany', async () => {
    const row = { id: world.id('ctl'), uscc: testUscc(world.prefix, 50), size: 'small', province: '上海市' };
    for (const name of ['坏\u0007名', 'evil\u202Eexe.txt', 'line\nbreak']) {
      expect(companyRowSchema.safeParse({ ...row, name }).success).toBe(false);
    }
    expect(companyRowSchema.safeParse({ ...row, name: '好名字 Co., Ltd.' }).success).toBe(true);
    const csv = file(
      'companies.csv',
      `id,uscc,name,size,province\n${row.id},${row.uscc},"bad\u0001name",small,上海市\n`,
    );
    const report = await importFile(executor, 'companies', csv, { dryRun: true });
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 2, column: 'name', reason: expect.stringMatching(/control characters/) }),
    ]);
    const write = await demo.gql(
      'mutation($input: CompanyInput!) { upsertCompany(input: $input) { id } }',
      { input: { ...row, name: 'bad\u0001name' } },
      tokens.admin,
    );
    expect(outcome(write)).toBe('BAD_USER_INPUT');
    expect(write.errors?.[0]?.message).toMatch(/name: must not contain control characters/);
  });
});

describe('cursors and deadlines', () => {
  const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    [
      'searchCompanies',
      `query($a: String) { searchCompanies(query: "测试", after: $a) { totalCount } }`,
      forged({ offset: -1 }),
    ],
    [
      'searchCompanies',
      `query($a: String) { searchCompanies(query: "测试", after: $a) { totalCount } }`,
      forged({ offset: 1e12 }),
    ],
    [
      'segmentCompanies',
      `query($a: String) { segmentCompanies(segmentId: "${world.segments[0]}", after: $a) { totalCount } }`,
      forged({ offset: -20 }),
    ],
    [
      'segmentCompanies',
      `query($a: String) { segmentCompanies(segmentId: "${world.segments[0]}", after: $a) { totalCount } }`,
      'not base64 at all!',
    ],
    ['demands', 'query($a: String) { demands(after: $a) { totalCount } }', forged({ createdAt: 'yesterday', id: 'x' })],
    [
      'demands',
      'query($a: String) { demands(after: $a) { totalCount } }',
      forged({ createdAt: '2026-01-01T00:00:00Z', id: 'x'.repeat(500) }),
    ],
    ['demands', 'query($a: String) { demands(after: $a) { totalCount } }', forged([1, 2])],
  ])('%s refuses a forged or negative cursor (%#)', async (_field, query, after) => {
    const result = await demo.gql(query, { a: after });
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('after is not a cursor returned by this API');
  });

  it('a deadline is an instant: bare dates end the day in Shanghai, other texts are refused', () => {
    expect(deadlineInstant('2026-12-31')).toBe('2026-12-31T15:59:59.999Z');
    expect(deadlineInstant('2026-07-01T08:00:00+08:00')).toBe('2026-07-01T00:00:00.000Z');
    for (const bad of ['2026-7-1', 'tomorrow', '2026-13-01', '31/12/2026', '2026-12-31 12:00'])
      expect(deadlineInstant(bad)).toBeNull();
  });

  it('postDemand stores the instant and refuses a deadline that is not a date', async () => {
    const input = (expiresAt: string) => ({ input: { title: '期限测试', segmentId: world.segments[1], expiresAt } });
    const refused = await demo.gql(POST_DEMAND, input('2026-7-1'), tokens.leader);
    expect(outcome(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/expiresAt: not a date/);
    const posted = await demo.gql<{ postDemand: { id: string } }>(POST_DEMAND, input('2099-12-31'), tokens.leader);
    const id = posted.data?.postDemand.id;
    const stored = await demo.gql<{ demands: { nodes: Array<{ id: string; expiresAt: string }> } }>(
      `{ demands(posterId: "${world.leaderId}") { nodes { id expiresAt } } }`,
    );
    expect(stored.data?.demands.nodes.find((d) => d.id === id)?.expiresAt).toBe('2099-12-31T15:59:59.999Z');
  });

  it('a title with control characters is refused', async () => {
    const result = await demo.gql(
      POST_DEMAND,
      { input: { title: 'x\u0000y', segmentId: world.segments[1] } },
      tokens.leader,
    );
    expect(outcome(result)).toBe('BAD_USER_INPUT');
  });
});

describe('engines matches the Node APIs the code uses', () => {
  /** Node APIs newer than 20.0 and the first 20.x / 22.x releases that have them (null: not in that line). */
  const API_SINCE: Array<[RegExp, string, [string | null, string]]> = [
    [/process\.loadEnvFile/, 'process.loadEnvFile', ['20.12.0', '21.7.0']],
    [/\bcrc32\b.*node:zlib|node:zlib.*\bcrc32\b|zlib\.crc32/s, 'zlib.crc32', ['20.15.0', '22.2.0']],
    [/Array\.fromAsync|Promise\.withResolvers/, 'Array.fromAsync / Promise.withResolvers', [null, '22.0.0']],
    [/import\.meta\.dirname/, 'import.meta.dirname', ['20.11.0', '21.2.0']],
  ];
  const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
  const floors = [...engines.matchAll(/\^?(\d+)\.(\d+)\.(\d+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
  ]);
  const atLeast = (v: number[], w: number[]) => {
    const [a = 0, b = 0, c = 0] = v;
    const [x = 0, y = 0, z = 0] = w;
    return a > x || (a === x && (b > y || (b === y && c >= z)));
  };
  const sources = ['packages/cli/src/import/zip-check.ts', 'packages/config/src/repo-root.ts'].map((f) =>
    readFileSync(f, 'utf8'),
  );

  it(`"${engines}" admits no Node line that lacks an API the product uses`, () => {
    expect(floors.length).toBeGreaterThan(0);
    for (const [pattern, name, [in20, later]] of API_SINCE) {
      if (!sources.some((s) => pattern.test(s))) continue;
      for (const floor of floors) {
        const since = floor[0] === 20 ? in20 : later;
        expect(since, `${name} is not in Node ${floor.join('.')}`).not.toBeNull();
        expect(
          atLeast(floor, (since as string).split('.').map(Number)),
          `${name} needs ${since}, engines allows ${floor.join('.')}`,
        ).toBe(true);
      }
    }
    // The Vite build `pnpm start` runs needs ^20.19 || >=22.12 too.
    expect(engines).toBe('^20.19.0 || >=22.12.0');
  });
});

describe('directives and duplicated fields are refused early, with one error', () => {
  it.each([
    ['unknown directive', '{ __typename @aa }', /unknown directive @aa/],
    ['ten unknown directives (graphql-cop)', '{ __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }', /unknown directive @aa/],
    ['repeated @skip', '{ __typename @skip(if: false) @skip(if: false) }', /directive @skip repeated/],
    ['a field 500 times', `{ ${'__typename '.repeat(500)} }`, /"__typename" is selected more than 3 times/],
  ])('%s', async (_name, query, message) => {
    const result = await demo.gql(query);
    expect(result.errors).toHaveLength(1);
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.data ?? null).toBeNull();
  });

  it('@include and @skip used once still work', async () => {
    const result = await demo.gql('{ a: __typename @include(if: true) b: __typename @skip(if: true) }');
    expect(result.data).toEqual({ a: 'Query' });
  });
});
