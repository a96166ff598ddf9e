import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportCommand } from '../../packages/cli/src/commands/import';
import { testUscc } from '../fixtures/import/fixtures';
import { testExecutor } from '../helpers/graph';
import { outcome, POST_DEMAND, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld, worldCounts } from './lib/fixtures';

/**
 * Injection (issue #8): Cypher and Lucene syntax, spreadsheet formulas and HTML in every string argument are
 * stored and returned verbatim as data, change nothing else, and leave exports neutralised (no formula cell, no
 * markup in XML).
 */
const CYPHER = [
  `' }) DETACH DELETE n //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '`) DETACH DELETE n //',
  `x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //`,
  '\\u0027 }) DETACH DELETE n //',
  '$prefix',
];
const FORMULAS = [
  '=CMD()',
  `=cmd|' /C calc'!A0`,
  '+1+1',
  '-2+3',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://x")',
];
const HTML = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];
const LUCENE = [
  'AND',
  'a AND',
  'OR NOT',
  'NOT',
  '*',
  '*:*',
  'name:*',
  '(',
  '"',
  '\\',
  '/.*/',
  'a~2',
  'a^9',
  '[a TO z]',
  '&&',
  '||',
];

const executor = testExecutor();
const world = newWorld('inject');
const canary = newWorld('canary');
const dir = mkdtempSync(join(tmpdir(), 'atlas-inject-'));
let api: RunningApi;
let admin = '';
let leader = '';
let sme = '';

beforeAll(async () => {
  await createWorld(executor, world);
  await createWorld(executor, canary);
  api = await startApi(executor);
  admin = await api.login(world.usernames.ADMIN, world.password);
  leader = await api.login(world.usernames.CHAIN_LEADER, world.password);
  sme = await api.login(world.usernames.SME, world.password);
});
afterAll(async () => {
  await api?.close();
  await removeWorld(executor, world);
  await removeWorld(executor, canary);
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
/** Upserts a Jinshan firm in the world's upstream segment with this name (as admin); returns its id. */
async function firmNamed(name: string): Promise<string> {
  const id = world.id(`firm-${++n}`);
  const input = {
    id,
    uscc: testUscc(world.prefix, 500 + n),
    name,
    nameEn: name,
    size: 'small',
    province: '上海市',
    district: '金山区',
    park: name,
  };
  const result = await api.gql<{ upsertCompany: { name: string; nameEn: string } }>(
    'mutation($input: CompanyInput!) { upsertCompany(input: $input) { name nameEn } }',
    { input },
    admin,
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data?.upsertCompany).toEqual({ name: name.trim(), nameEn: name.trim() });
  await executor.write('test', 'MATCH (c:Company {id: $id}), (s:Segment {id: $seg}) MERGE (c)-[:OPERATES_IN]->(s)', {
    id,
    seg: world.segments[0],
  });
  return id;
}

describe('Cypher injection in every string argument', () => {
  it.each(CYPHER)('%s', async (payload) => {
    const canaryBefore = await worldCounts(executor, canary);
    const before = await worldCounts(executor, world);
    const input = {
      title: payload,
      description: payload,
      unit: payload.slice(0, 20),
      requiredCerts: [payload],
      segmentId: world.segments[1],
    };
    const posted = await api.gql<{ postDemand: { id: string; title: string } }>(POST_DEMAND, { input }, leader);
    expect(posted.data?.postDemand.title).toBe(payload.trim());
    const demandId = posted.data?.postDemand.id as string;
    const interest = await api.gql<{ expressInterest: { interestedCount: number } }>(
      'mutation($d: ID!, $n: String) { expressInterest(demandId: $d, note: $n) { interestedCount } }',
      { d: demandId, n: payload },
      sme,
    );
    expect(interest.data?.expressInterest.interestedCount).toBe(1);
    await firmNamed(payload);
    // Ids and usernames carrying payloads are looked up, not run.
    for (const query of ['query($x: ID!) { company(id: $x) { id } }', 'query($x: ID!) { industry(id: $x) { id } }']) {
      expect(outcome(await api.gql(query, { x: payload }))).toBe('ok');
    }
    expect(
      outcome(await api.gql('query($x: ID!) { chainMap(industryId: $x) { flows { from } } }', { x: payload })),
    ).toBe('NOT_FOUND');
    expect(
      outcome(await api.gql('mutation($u: String!) { login(username: $u, password: $u) { token } }', { u: payload })),
    ).toBe('UNAUTHENTICATED');
    const read = await api.gql<{
      demands: { nodes: Array<{ title: string; description: string; requiredCerts: string[] }> };
    }>('query($p: ID) { demands(posterId: $p, first: 100) { nodes { id title description requiredCerts } } }', {
      p: world.leaderId,
    });
    expect(read.data?.demands.nodes.find((d) => d.title === payload.trim())).toMatchObject({
      description: payload,
      requiredCerts: [payload],
    });
    // Exactly what was asked for was written: one demand (POSTED, NEEDS, INTERESTED), one firm (OPERATES_IN).
    expect(await worldCounts(executor, world)).toEqual({ nodes: before.nodes + 2, rels: before.rels + 4 });
    expect(await worldCounts(executor, canary)).toEqual(canaryBefore);
  });
});

describe('Lucene syntax in searchCompanies is searched for, never parsed', () => {
  it('finds a firm by a name full of operators, and operators alone are harmless', async () => {
    await firmNamed('注入测试 AND (OR) NOT* 公司');
    for (const query of LUCENE) {
      const result = await api.gql<{ searchCompanies: { totalCount: number } }>(
        'query($q: String!) { searchCompanies(query: $q) { totalCount } }',
        { q: query },
      );
      expect(outcome(result), `${query}: ${JSON.stringify(result.errors)}`).toBe('ok');
      // A wildcard that were interpreted would match every firm in the graph.
      if (query.includes('*')) expect(result.data?.searchCompanies.totalCount).toBeLessThan(50);
    }
    const found = await api.gql<{ searchCompanies: { nodes: Array<{ id: string }> } }>(
      'query($q: String!, $i: ID) { searchCompanies(query: $q, industryId: $i) { nodes { id name } } }',
      { q: '注入测试 AND (OR)', i: world.industryId },
    );
    expect(found.data?.searchCompanies.nodes.length).toBeGreaterThan(0);
  });
});

describe('exports neutralise formulas and escape markup', () => {
  let names: string[] = [];
  beforeAll(async () => {
    names = [...FORMULAS, ...HTML];
    for (const name of names) await firmNamed(name);
    // The same payloads arriving through the importer are stored verbatim too.
    const file = join(dir, 'companies.csv');
    const rows = FORMULAS.map((name, i) => [
      world.id(`imported-${i}`),
      testUscc(`${world.prefix}/imp`, i),
      name,
      'micro',
      '上海市',
      '金山区',
    ]);
    const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    writeFileSync(file, ['id,uscc,name,size,province,district', ...rows.map((r) => r.map(quote).join(','))].join('\n'));
    const command = createImportCommand(async () => ({ executor, close: async () => {} }));
    const lines: string[] = [];
    expect(await command.run(['companies', file], (l) => lines.push(l)), lines.join('\n')).toBe(0);
    const stored = await executor.read<{ name: string }>(
      'test',
      'MATCH (c:Company) WHERE c.id STARTS WITH $p RETURN c.name AS name',
      {
        p: world.id('imported-'),
      },
    );
    expect(stored.map((r) => r.name).sort()).toEqual(FORMULAS.map((f) => f.trim()).sort());
  });

  const download = async (format: string) => {
    const res = await fetch(`${api.base}/export/${world.industryId}.${format}`);
    expect(res.status).toBe(200);
    return res;
  };
  const dangerous = /^[=+\-@\t\r]/;

  it('CSV: no cell starts like a formula; names come back behind a quote', async () => {
    const text = await (await download('csv')).text();
    const cells = text.split(/\r?\n/).flatMap((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '')));
    expect(cells.filter((c) => dangerous.test(c))).toEqual([]);
    expect(text).toContain(`'=CMD()`);
  });

  it('XLSX: no string cell starts like a formula, and no cell is a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await download('xlsx')).arrayBuffer()) as never);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(dangerous);
        }),
      ),
    );
  });

  it('GraphML, GEXF and JSON carry the names verbatim as escaped text, never as markup', async () => {
    for (const format of ['graphml', 'gexf']) {
      const text = await (await download(format)).text();
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('<img');
      const xml = JSON.stringify(new XMLParser({ ignoreAttributes: false }).parse(text));
      for (const name of HTML) expect(xml).toContain(JSON.stringify(name).slice(1, -1));
    }
    const json = await (await download('json')).json();
    const exported = (json.firms as Array<{ name: string }>).map((f) => f.name);
    for (const name of HTML) expect(exported).toContain(name);
  });

  it('GraphQL returns markup as JSON data, not as an HTML page', async () => {
    const result = await api.gql<{ company: { name: string } }>('query($id: ID!) { company(id: $id) { name } }', {
      id: world.id('firm-1'),
    });
    expect(result.status).toBe(200);
    const res = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: `{ searchCompanies(query: "script") { nodes { name } } }` }),
    });
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });
});
