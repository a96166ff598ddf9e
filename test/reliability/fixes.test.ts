import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeLucene } from '@atlas/graph';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { assertIntactZip } from '../../packages/cli/src/import/zip-check';
import { printable } from '../../packages/cli/src/printable';

/** The small pieces fixed while fuzzing (issue #8), pinned without a database. */
const dir = mkdtempSync(join(tmpdir(), 'atlas-fixes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('escapeLucene', () => {
  it('escapes the operator words as well as the operator characters', () => {
    expect(escapeLucene('a AND b OR NOT c')).toBe('a \\AND b \\OR \\NOT c');
    expect(escapeLucene('ANDROID and Oregon')).toBe('ANDROID and Oregon');
    expect(escapeLucene('name:*')).toBe('name\\:\\*');
  });

  it('never ends in a lone escape character, however long the text', () => {
    const escaped = escapeLucene(`a${'*'.repeat(300)}`);
    expect(escaped.replace(/\\\\/g, '')).not.toMatch(/\\$/);
  });
});

describe('printable (import messages)', () => {
  it('replaces control and bidi characters and cuts long lines', () => {
    expect(printable('a\u001b]0;x\u0007b\u202ec')).toBe('a\ufffd]0;x\ufffdb\ufffdc');
    expect(printable('x'.repeat(10_000))).toHaveLength(500);
    expect(printable('f.csv:2: name: 金山')).toBe('f.csv:2: name: 金山');
  });
});

describe('assertIntactZip', () => {
  it('passes a real workbook and refuses a damaged or truncated one in one line', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('s').addRow(['id', 'name']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const good = join(dir, 'good.xlsx');
    writeFileSync(good, bytes);
    await expect(assertIntactZip(good)).resolves.toBeUndefined();

    const damaged = Buffer.from(bytes);
    damaged[Math.floor(bytes.length / 3)] = (damaged[Math.floor(bytes.length / 3)] ?? 0) ^ 0xff;
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, damaged);
    await expect(assertIntactZip(bad)).rejects.toThrow(/not a readable \.xlsx workbook/);
    writeFileSync(bad, bytes.subarray(0, bytes.length - 30));
    await expect(assertIntactZip(bad)).rejects.toThrow(/not a readable \.xlsx workbook/);
  });
});
