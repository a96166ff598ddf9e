import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAtlasServer, readApiConfig } from '@atlas/api';
import { createSnapshots, ensureUsers } from '@atlas/graph';
import { percent } from '@atlas/report';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportData } from '../../packages/api/src/report/read-report-data';
import { reportSections } from '../../packages/api/src/report/sections';
import { docxText, pdfText } from '../../packages/report/src/document-text.test-support';
import { chainFixture, writeChainFixture } from '../helpers/chain-fixture';
import { testExecutor, testScope } from '../helpers/graph';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are compared by value
type Json = any;

const executor = testExecutor();
const scope = testScope('report');
const fx = chainFixture(scope);
const server = createAtlasServer({ executor }, { webRoot: '/nonexistent' });
const dir = mkdtempSync(join(tmpdir(), 'atlas-report-http-'));
let base = '';

beforeAll(async () => {
  await writeChainFixture(executor, fx);
  await executor.write('test', 'MATCH (i:Industry {id: $id}) SET i.name = $name, i.nameEn = $nameEn', {
    id: fx.industryId,
    name: '报告测试产业',
    nameEn: 'Report test industry',
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await scope.cleanup(executor);
});

async function gql(query: string): Promise<Json> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { id: fx.industryId } }),
  });
  const body = (await res.json()) as { data: Json; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function download(format: string, query = '', token?: string): Promise<{ res: Response; file: string }> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const res = await fetch(`${base}/report/${fx.industryId}.${format}${query}`, { headers });
  const file = join(dir, `${format}${query.replace(/\W/g, '_')}${token ? `-${token.slice(-8)}` : ''}.${format}`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return { res, file };
}

/** What the API says, as the report writes it: the KPIs (shares as percentages) and the names of the first gaps. */
async function expectedFromApi(lang: 'zh' | 'en') {
  const data = await gql(`query($id: ID!) {
    industry(id: $id) { name nameEn }
    industries { id }
    gaps(industryId: $id) { segment { name nameEn } status priority }
    chainMap(industryId: $id) { industry { kpis { coverage keyLinkCoverage localSupportRate segments missing weak strong } } }
  }`);
  const kpis = data.chainMap.industry.kpis;
  const gapNames = data.gaps.slice(0, 3).map((g: Json) => (lang === 'en' ? g.segment.nameEn : g.segment.name));
  expect(gapNames.length).toBeGreaterThan(0);
  return {
    // The PDF's map names every leaf too: the gap table is recognised by the priorities beside the names.
    priorities: data.gaps.slice(0, 3).map((g: Json) => g.priority.toFixed(3)),
    kpis: [percent(kpis.coverage), percent(kpis.keyLinkCoverage), percent(kpis.localSupportRate)],
    counts: kpis,
    gapNames,
  };
}

describe('GET /report/:industryId.(pdf|docx)', { timeout: 90_000 }, () => {
  it('the PDF holds the industry name, the KPIs the API reports and the first gaps, with the CJK font embedded', async () => {
    const { res, file } = await download('pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`attachment; filename="chain-atlas-report-${fx.industryId}-jinshan-\\d{4}-\\d{2}-\\d{2}\\.pdf"`),
    );
    const text = pdfText(file);
    const expected = await expectedFromApi('zh');
    expect(text).toContain('报告测试产业产业链分析报告');
    for (const value of expected.kpis) expect(text).toContain(value);
    for (const name of expected.gapNames) expect(text).toContain(name);
    for (const priority of expected.priorities) expect(text).toContain(priority);
    expect(text).toContain('示例数据'); // the fixture's firms are synthetic
    const fonts = execFileSync('/usr/bin/pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/\+NotoSansCJKsc-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes/);
  });

  it('the DOCX opens with python-docx and says the same', async () => {
    const { res, file } = await download('docx');
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const text = docxText(file);
    const expected = await expectedFromApi('zh');
    expect(text).toContain('报告测试产业产业链分析报告');
    for (const value of expected.kpis) expect(text).toContain(value);
    for (const name of expected.gapNames) expect(text).toContain(name);
    expect(text).toContain(`末级环节数\n${expected.counts.segments}`);
    expect(text).toContain(`缺失环节\n${expected.counts.missing}`);
    expect(text).toContain(`${expected.gapNames[0]}\n`);
    for (const priority of expected.priorities) expect(text).toContain(priority);
  });

  it('speaks English with lang=en, in both formats', async () => {
    const expected = await expectedFromApi('en');
    const pdf = pdfText((await download('pdf', '?lang=en')).file);
    const docx = docxText((await download('docx', '?lang=en')).file);
    for (const text of [pdf, docx]) {
      expect(text).toContain('Report test industry: industry chain report');
      expect(text).toContain('Chain coverage');
      for (const value of expected.kpis) expect(text).toContain(value);
      for (const name of expected.gapNames) expect(text).toContain(name);
      expect(text).not.toContain('核心指标');
    }
  });

  it('widens the radius on request, and names the radius in the file name', async () => {
    const { res, file } = await download('pdf', '?radius=world');
    expect(res.headers.get('content-disposition')).toContain('-world-');
    expect(pdfText(file)).toContain('本地范围：全球');
  });

  it('refuses bad requests with a clear status', async () => {
    expect((await download('pdf', '?radius=MARS')).res.status).toBe(400);
    expect((await download('xlsx')).res.status).toBe(400);
    expect((await download('pdf', '?lang=fr')).res.status).toBe(400);
    expect((await download('pdf', '?since=%3Cscript%3E')).res.status).toBe(400);
    const unknown = await fetch(`${base}/report/${scope.prefix}-nope.pdf`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('does not exist');
    expect((await fetch(`${base}/report/${fx.industryId}.pdf`, { method: 'POST' })).status).toBe(405);
    const foreign = await fetch(`${base}/report/${fx.industryId}.pdf`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('keys the cache by audience: a signed-in firm never gets the file built for an anonymous reader', async () => {
    const PASSWORD = 'report-test-pw';
    const passwordHash = await bcrypt.hash(PASSWORD, 4);
    await ensureUsers(executor, [
      { id: scope.id('user-sme'), username: scope.id('sme'), role: 'SME', companyId: null, passwordHash },
    ]);
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: scope.id('sme'), p: PASSWORD },
      }),
    });
    const token: string = ((await login.json()) as Json).data.login.token;
    // The anonymous file first: with a cache keyed all/limited, the firm would be served this very file.
    const anonymous = docxText((await download('docx', '?radius=shanghai')).file);
    const signedIn = docxText((await download('docx', '?radius=shanghai', token)).file);
    expect(anonymous).toContain('对接成效数据暂不可用，或需登录后查看。');
    expect(signedIn).toContain('供需对接成效');
    expect(signedIn).toContain('统计范围：全部');
    expect(signedIn).not.toContain('对接成效数据暂不可用');
  });

  it('asks for sign-in in production mode, like the exports', async () => {
    const config = readApiConfig({
      ATLAS_MODE: 'production',
      ATLAS_JWT_SECRET: randomBytes(32).toString('hex'),
      ATLAS_PUBLIC_HOST: '127.0.0.1',
    });
    const production = createAtlasServer({ executor, config }, { webRoot: '/nonexistent' });
    await new Promise<void>((resolve) => production.listen(0, '127.0.0.1', resolve));
    try {
      const port = (production.address() as AddressInfo).port;
      const res = await fetch(`http://127.0.0.1:${port}/report/${fx.industryId}.pdf`);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('Sign in first');
    } finally {
      await new Promise<void>((resolve) => production.close(() => resolve()));
    }
  });
});

describe('report data', { timeout: 90_000 }, () => {
  const ANALYST = { id: 'a', username: 'a', role: 'ANALYST' as const, companyId: null };
  const SME = { id: 's', username: 's', role: 'SME' as const, companyId: fx.id('J1') };
  const outcomes = async () => ({
    since: null,
    matches: 2,
    steps: [{ step: 'CONTRACTED' as const, count: 1, conversion: null }],
    lost: 0,
    contractedValue: { total: 150, jinshan: 100, shanghai: 100, nonLocal: 50, delivered: 0 },
  });
  const changes = async () => ({
    since: { id: 'snap', label: null, date: '2026-01-01' },
    statusChanges: [],
    gapsClosed: [],
    gapsOpened: [],
    kpiDeltas: [],
    firmsArrived: 0,
    firmsLeft: 0,
  });
  const request = { industryId: fx.industryId, radius: 'JINSHAN' as const };

  it('shows contracted values to district-wide roles only, and changes only when a snapshot is chosen', async () => {
    const optional = { matchmaking: outcomes, changes };
    const asAnalyst = await readReportData(executor, { ...request, viewer: ANALYST }, optional);
    const asSme = await readReportData(executor, { ...request, viewer: SME, since: 'snap' }, optional);
    const anonymous = await readReportData(executor, { ...request, viewer: null }, optional);
    expect(asAnalyst?.matchmaking?.contractedValue).toMatchObject({ total: 150, jinshan: 100, nonLocal: 50 });
    expect(asSme?.matchmaking?.contractedValue).toBeNull();
    expect(anonymous?.matchmaking).toBeUndefined();
    expect(asAnalyst?.changes).toBeUndefined();
    expect(asSme?.changes?.since.id).toBe('snap');
  });

  it('wires the snapshot diff and the matchmaking outcomes of the graph', async () => {
    const { created } = await createSnapshots(executor, {
      industryIds: [fx.industryId],
      radii: ['JINSHAN'],
      label: '2026Q3',
    });
    const snapshot = created[0]?.id as string;
    const data = await readReportData(executor, { ...request, viewer: ANALYST, since: snapshot }, reportSections);
    expect(data?.changes?.since).toMatchObject({ id: snapshot, label: '2026Q3' });
    expect(data?.changes?.kpiDeltas.map((d) => d.kpi)).toContain('coverage');
    expect(data?.changes?.statusChanges).toEqual([]); // nothing changed since
    expect(data?.matchmaking).toMatchObject({ matches: 0, contractedValue: { total: 0 } });

    const { res, file } = await download('pdf', `?since=${encodeURIComponent(snapshot)}`);
    expect(res.status).toBe(200);
    expect(pdfText(file)).toContain('对比快照：2026Q3');
    const unknown = await download('pdf', `?since=${fx.industryId}.snapshot.nope`);
    expect(unknown.res.status).toBe(404);
  });

  it('fills every section from the graph with top targets for the gaps, and null for an unknown industry', async () => {
    const data = await readReportData(executor, { ...request, viewer: null });
    expect(data?.segments.filter((s) => s.leaf)).toHaveLength(5);
    expect(data?.flows).toHaveLength(5);
    expect(data?.keyLinks.map((k) => k.criticality)).toEqual([5, 3]);
    expect(data?.gaps.length).toBe((data?.kpis.missing ?? 0) + (data?.kpis.weak ?? 0));
    expect(data?.gaps.some((g) => g.targets.length > 0)).toBe(true);
    expect(data?.synthetic).toBe(true);
    expect(await readReportData(executor, { ...request, industryId: `${scope.prefix}-nope`, viewer: null })).toBeNull();
  });
});
