import { codeLabel } from '@atlas/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { write as writeGexf } from 'graphology-gexf';
import type { ChainExport } from './chain-export';
import { writeGraphml } from './graphml';
import { toNetwork } from './network';
import { exportTables, FIRM_COLUMNS, FLOW_COLUMNS, SEGMENT_COLUMNS, SUPPLY_COLUMNS } from './tables';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'xlsx', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  cypher: 'application/x-cypher-query; charset=utf-8',
};

/** Renders a chain export in one format. */
export async function renderExport(data: ChainExport, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'graphml':
      return Buffer.from(writeGraphml(toNetwork(data)));
    case 'gexf':
      return Buffer.from(writeGexf(toNetwork(data)));
    case 'json':
      return Buffer.from(JSON.stringify(data, null, 2));
    case 'csv':
      return Buffer.from(`\uFEFF${csv(data)}`);
    case 'xlsx':
      return xlsx(data);
    case 'cypher':
      return Buffer.from(cypher(data));
  }
}

/** One CSV with a `table` column, so segments, flows, firms and supplies travel in one file Excel opens. */
function csv(data: ChainExport): string {
  const tables = exportTables(data);
  const width = Math.max(SEGMENT_COLUMNS.length, FIRM_COLUMNS.length);
  const pad = (row: unknown[]) => [...row, ...Array(width - row.length).fill('')];
  return stringify([
    ['table', ...pad(SEGMENT_COLUMNS)],
    ...tables.segments.map((r) => ['segment', ...pad(r)]),
    ['table', ...pad(FLOW_COLUMNS)],
    ...tables.flows.map((r) => ['flow', ...pad(r)]),
    ['table', ...pad(FIRM_COLUMNS)],
    ...tables.firms.map((r) => ['firm', ...pad(r)]),
    ['table', ...pad(SUPPLY_COLUMNS)],
    ...tables.supplies.map((r) => ['supply', ...pad(r)]),
  ]);
}

/** The header of the segments sheet's last column: each status as a Chinese reader says it (缺失, 薄弱, 优势). */
export const STATUS_LABEL_COLUMN = '状态';

async function xlsx(data: ChainExport): Promise<Buffer> {
  const tables = exportTables(data);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chain Atlas';
  // The `status` code stays for machines; its word comes last, so column positions match the CSV.
  const segments = tables.segments.map((row, i) => [
    ...row,
    codeLabel('zh', 'segmentStatus', data.segments[i]?.status ?? ''),
  ]);
  for (const [name, columns, rows] of [
    ['segments', [...SEGMENT_COLUMNS, STATUS_LABEL_COLUMN], segments],
    ['flows', FLOW_COLUMNS, tables.flows],
    ['firms', FIRM_COLUMNS, tables.firms],
    ['supplies', SUPPLY_COLUMNS, tables.supplies],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...columns]).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Cypher that recreates the map in another Neo4j; every value goes through JSON quoting, never raw text. */
function cypher(data: ChainExport): string {
  const q = (value: unknown) => JSON.stringify(value ?? null).replace(/\$/g, '\\u0024');
  const lines = [`// Chain Atlas export: ${data.industry.id} at ${data.radius}`];
  lines.push(
    `MERGE (i:Industry {id: ${q(data.industry.id)}}) SET i.name = ${q(data.industry.name)}, i.nameEn = ${q(data.industry.nameEn)};`,
  );
  for (const s of data.segments) {
    lines.push(
      `MERGE (s:Segment {id: ${q(s.id)}}) SET s.name = ${q(s.name)}, s.nameEn = ${q(s.nameEn)}, s.tier = ${q(s.tier)}, s.status = ${q(s.status)}, s.localCount = ${s.localCount};`,
    );
  }
  for (const s of data.segments)
    if (s.parentId)
      lines.push(`MATCH (a:Segment {id: ${q(s.id)}}), (b:Segment {id: ${q(s.parentId)}}) MERGE (a)-[:CHILD_OF]->(b);`);
  for (const f of data.flows)
    lines.push(`MATCH (a:Segment {id: ${q(f.from)}}), (b:Segment {id: ${q(f.to)}}) MERGE (a)-[:FEEDS]->(b);`);
  for (const f of data.firms) {
    lines.push(
      `MERGE (c:Company {id: ${q(f.id)}}) SET c.name = ${q(f.name)}, c.size = ${q(f.size)} WITH c MATCH (s:Segment {id: ${q(f.segmentId)}}) MERGE (c)-[:OPERATES_IN]->(s);`,
    );
  }
  for (const s of data.supplies) {
    const value = s.annualValue === null ? '' : ` SET e.annualValue = ${q(s.annualValue)}`;
    lines.push(
      `MATCH (a:Company {id: ${q(s.supplierId)}}), (b:Company {id: ${q(s.buyerId)}}) MERGE (a)-[e:SUPPLIES {segmentId: ${q(s.segmentId)}}]->(b)${value};`,
    );
  }
  return `${lines.join('\n')}\n`;
}
