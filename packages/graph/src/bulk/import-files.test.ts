import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CompanyRow, type EnterpriseBatch, RADII } from '@atlas/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndustryDefinitions } from '../load/industry-files';
import { ImportReferenceError, writeImportFiles } from './import-files';

const definitions = readIndustryDefinitions(join(import.meta.dirname, '../../../../data/industries'));
const segment = definitions[0]?.segments.at(-1)?.id ?? '';
const company = (id: string, extra: Partial<CompanyRow> = {}): CompanyRow => ({
  id,
  uscc: '91310116123456788E',
  name: `示例·${id}`,
  size: 'small',
  chainLeader: false,
  country: '中国',
  province: '江苏省',
  synthetic: true,
  source: 'synthetic',
  ...extra,
});
const batch = (rows: Partial<EnterpriseBatch>): EnterpriseBatch => ({
  parks: [],
  companies: [],
  capabilities: [],
  certifications: [],
  holdings: [],
  supplies: [],
  demands: [],
  ...rows,
});

describe('bulk import files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each OPERATES_IN its industry and its firm ring, and counts as the Cypher seed does', async () => {
    const capability = { segmentId: segment, products: ['p'], source: 'synthetic' as const, confidence: 1 };
    const files = await writeImportFiles(dir, definitions, [
      batch({
        companies: [company('a'), company('b', { country: '德国', province: 'Bayern' })],
        capabilities: [
          { ...capability, companyId: 'a' },
          { ...capability, companyId: 'b' },
        ],
        certifications: [
          { companyId: 'a', certification: 'ISO 9001' },
          { companyId: 'b', certification: 'ISO 9001' },
        ],
      }),
    ]);
    const operations = readFileSync(join(dir, 'operates-in.csv'), 'utf8').trim().split('\n').slice(1);
    const industry = definitions[0]?.industry.id;
    expect(operations.map((line) => line.split(',').slice(-2).join(','))).toEqual([
      `"${industry}",${RADII.indexOf('YRD')}`,
      `"${industry}",${RADII.indexOf('WORLD')}`,
    ]);
    // One certification node for two firms; nodes and relationships counted as seedDemo counts them.
    expect(readFileSync(join(dir, 'certifications.csv'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect([files.nodeCount, files.relationshipCount, files.companies]).toEqual([2, 4, 2]);
  });

  it('names a reference the data does not hold instead of leaving it to the import', async () => {
    const capability = { companyId: 'a', segmentId: 'no.such-segment', products: ['p'], source: 'synthetic' as const };
    const rows = batch({ companies: [company('a')], capabilities: [{ ...capability, confidence: 1 }] });
    await expect(writeImportFiles(dir, definitions, [rows])).rejects.toThrow(ImportReferenceError);
    await expect(writeImportFiles(dir, definitions, [rows])).rejects.toThrow(
      'capability of a names segment "no.such-segment", which the data does not hold',
    );
    const parked = batch({ companies: [company('a', { park: '无此园区' })] });
    await expect(writeImportFiles(dir, definitions, [parked])).rejects.toThrow('company a names park "无此园区"');
  });
});
