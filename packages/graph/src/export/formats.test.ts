import type { ChainSegmentView } from '@atlas/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ChainExport } from './chain-export';
import { renderExport, STATUS_LABEL_COLUMN } from './formats';
import { SEGMENT_COLUMNS } from './tables';

const segment = (id: string, status: ChainSegmentView['status']) =>
  ({ id, name: id, nameEn: id, tier: 'midstream', parentId: null, status, localCount: 0 }) as ChainSegmentView;

const data: ChainExport = {
  industry: { id: 'icv', name: '智能网联汽车', nameEn: 'ICV' },
  radius: 'JINSHAN',
  segments: [segment('a', 'MISSING'), segment('b', 'STRONG')],
  flows: [],
  firms: [],
  supplies: [],
};

describe('the chain map workbook', () => {
  it('keeps the status code and adds its Chinese word in the last column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderExport(data, 'xlsx')) as never);
    const sheet = workbook.getWorksheet('segments');
    if (!sheet) throw new Error('no segments sheet');
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toEqual([...SEGMENT_COLUMNS, STATUS_LABEL_COLUMN]);
    const status = SEGMENT_COLUMNS.indexOf('status');
    const label = SEGMENT_COLUMNS.length;
    expect([row(2)[status], row(2)[label]]).toEqual(['MISSING', '缺失']);
    expect([row(3)[status], row(3)[label]]).toEqual(['STRONG', '优势']);
  });
});
