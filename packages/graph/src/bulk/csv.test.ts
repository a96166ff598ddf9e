import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminCsv, ARRAY_DELIMITER, type Column } from './csv';

type Row = { id: string; name?: string | null; n?: number; ok?: boolean; tags?: string[] };
const COLUMNS: Column<Row>[] = [
  { header: 'id:ID(T)', value: (r) => r.id },
  { header: 'name', value: (r) => r.name },
  { header: 'n:double', value: (r) => r.n },
  { header: 'ok:boolean', value: (r) => r.ok },
  { header: 'tags:string[]', value: (r) => r.tags },
];

describe('neo4j-admin CSV files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string) => new AdminCsv<Row>(join(dir, name), COLUMNS);

  it('writes a typed header, quoted text, bare numbers and flags, and nothing for a missing value', async () => {
    const csv = file('a.csv');
    csv.add({ id: 'a', name: '华锂 "Huali", Ltd.', n: 2.5, ok: true, tags: ['x', 'y;z'] });
    csv.add({ id: 'b', name: null, ok: false, tags: ['only'] });
    await csv.close();
    expect(readFileSync(csv.path, 'utf8')).toBe(
      [
        'id:ID(T),name,n:double,ok:boolean,tags:string[]',
        `"a","华锂 ""Huali"", Ltd.",2.5,true,"x${ARRAY_DELIMITER}y;z"`,
        '"b",,,false,"only"',
        '',
      ].join('\n'),
    );
    expect(csv.rows).toBe(2);
    expect(csv.multiline).toBe(false);
  });

  it('notes a line break, which the import must be told about', async () => {
    const csv = file('b.csv');
    csv.add({ id: 'a', name: 'two\nlines' });
    await csv.close();
    expect(csv.multiline).toBe(true);
  });

  it('refuses what the import would store differently from the Cypher writers', async () => {
    const csv = file('c.csv');
    expect(() => csv.add({ id: 'a', tags: [] })).toThrow(/c\.csv: an empty list cannot be imported \(line 2\)/);
    expect(() => csv.add({ id: 'a', tags: [`a${ARRAY_DELIMITER}b`] })).toThrow(/holds the array delimiter/);
    expect(() => csv.add({ id: 'a', n: Number.NaN })).toThrow(/NaN cannot be stored/);
    await csv.close();
  });
});
