import type { AddressInfo } from 'node:net';
import { createAtlasServer } from '@atlas/api';
import { refreshOperationLocality } from '@atlas/graph';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

const executor = testExecutor();
const scope = testScope('export');
const industryId = scope.prefix;
const seg = (s: string) => scope.id(s);
const server = createAtlasServer({ executor }, { webRoot: '/nonexistent' });
let base = '';

// A small chain: group ⊃ {a, b}; a → b → c; two Jinshan firms whose names are spreadsheet formulas.
beforeAll(async () => {
  await executor.write(
    'test',
    `CREATE (i:Industry {id: $industryId, name: '测试产业', nameEn: 'Test industry'})
     CREATE (g:Segment {id: $g, industryId: $industryId, leaf: false, name: '组', nameEn: 'Group', tier: 'upstream'})
     CREATE (a:Segment {id: $a, industryId: $industryId, leaf: true, name: '甲 <&>', nameEn: 'A', tier: 'upstream'})
     CREATE (b:Segment {id: $b, industryId: $industryId, leaf: true, name: '乙', nameEn: 'B', tier: 'upstream'})
     CREATE (c:Segment {id: $c, industryId: $industryId, leaf: true, name: '丙', nameEn: 'C', tier: 'downstream'})
     CREATE (a)-[:CHILD_OF]->(g), (b)-[:CHILD_OF]->(g), (a)-[:FEEDS]->(b), (b)-[:FEEDS]->(c)
     FOREACH (s IN [g, a, b, c] | CREATE (s)-[:PART_OF]->(i))
     CREATE (f1:Company {id: $f1, name: '=HYPERLINK("http://x")', size: 'small', province: '上海市', district: '金山区'})
     CREATE (f2:Company {id: $f2, name: '@SUM(1+1)', size: 'large', chainLeader: true, province: '上海市', district: '金山区'})
     CREATE (f1)-[:OPERATES_IN]->(a), (f2)-[:OPERATES_IN]->(c)`,
    { industryId, g: seg('g'), a: seg('a'), b: seg('b'), c: seg('c'), f1: seg('f1'), f2: seg('f2') },
  );
  await executor.writeTx('test', (tx) => refreshOperationLocality(tx, [seg('f1'), seg('f2')]));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await scope.cleanup(executor);
});

const download = (format: string, query = '') => fetch(`${base}/export/${industryId}.${format}${query}`);

// 4 segments + 2 firms; 2 CHILD_OF + 2 FEEDS + 2 OPERATES_IN.
const NODES = 6;
const EDGES = 6;

describe('GET /export/:industryId.:format', () => {
  it('GraphML parses with graphology-graphml and has the chain map counts', async () => {
    const res = await download('graphml');
    expect(res.headers.get('content-disposition')).toContain('.graphml');
    const graph = parseGraphml(Graph, await res.text());
    expect([graph.order, graph.size]).toEqual([NODES, EDGES]);
    expect(graph.getNodeAttribute(seg('a'), 'label')).toBe('甲 <&>');
    expect(graph.getNodeAttribute(seg('a'), 'status')).toBe('WEAK');
    expect(graph.getNodeAttribute(seg('b'), 'status')).toBe('MISSING');
  });

  it('GEXF parses with graphology-gexf and with a generic XML parser', async () => {
    const text = await (await download('gexf')).text();
    const graph = parseGexf(Graph, text);
    expect([graph.order, graph.size]).toEqual([NODES, EDGES]);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(text);
    expect(xml.gexf.graph.nodes.node).toHaveLength(NODES);
  });

  it('CSV and XLSX neutralise formula-like cells', async () => {
    const csv = await (await download('csv')).text();
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`'@SUM(1+1)`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await download('xlsx')).arrayBuffer()) as never);
    const firms = workbook.getWorksheet('firms');
    const names = firms?.getColumn(3).values.slice(2).map(String);
    expect(names?.sort()).toEqual([`'=HYPERLINK("http://x")`, `'@SUM(1+1)`]);
    expect(workbook.getWorksheet('segments')?.rowCount).toBe(1 + 4);
  });

  it('JSON and Cypher carry the same map', async () => {
    const json = await (await download('json')).json();
    expect([json.segments.length, json.flows.length, json.firms.length]).toEqual([4, 2, 2]);
    const cypher = await (await download('cypher')).text();
    expect(cypher.match(/MERGE \(s:Segment/g)).toHaveLength(4);
    expect(cypher).toContain('"=HYPERLINK(\\"http://x\\")"');
  });

  it('refuses unknown formats, industries and radii with a clear status', async () => {
    expect((await download('pdf')).status).toBe(400);
    expect((await download('json', '?radius=MARS')).status).toBe(400);
    expect((await fetch(`${base}/export/nope.json`)).status).toBe(404);
  });

  it('widens the radius on request', async () => {
    const json = await (await download('json', '?radius=WORLD')).json();
    expect(json.radius).toBe('WORLD');
  });
});
