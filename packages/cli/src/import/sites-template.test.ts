import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SITE_COLUMNS, validateSiteRows } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { readSitesFile } from './sites';

const template = fileURLToPath(new URL('../../../../data/templates/sites.csv', import.meta.url));

describe('data/templates/sites.csv', () => {
  it('UTF-8 with BOM, Chinese headers for every column, example rows that validate', async () => {
    expect([...readFileSync(template).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { header, rows } = await readSitesFile(template);
    expect(header.ignored).toEqual([]);
    expect(Object.keys(header.labels).sort()).toEqual(SITE_COLUMNS.map((c) => c.field).sort());
    expect(Object.values(header.labels).every((label) => /[\u4e00-\u9fff]/.test(label))).toBe(true);
    const { valid, problems } = validateSiteRows(header, rows);
    expect(problems).toEqual([]);
    expect(valid.map((v) => v.row.kind).sort()).toEqual(['FLOOR', 'FLOOR', 'PLOT']);
    expect(valid.every((v) => v.row.synthetic && v.row.name.startsWith('示例'))).toBe(true);
  });
});
