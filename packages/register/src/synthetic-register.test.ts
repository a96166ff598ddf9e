import { isValidUscc } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { syntheticRegister, syntheticRegisterCsvLine } from './synthetic-register';

const segments = [
  { id: 'toy.cathode', name: '正极材料', keywords: ['正极材料', '磷酸铁锂'], gbCodes: ['C3985'] },
  { id: 'toy.drone', name: '工业无人机', keywords: ['工业无人机', '植保无人机'], gbCodes: ['C3963'] },
];

describe('syntheticRegister', () => {
  const rows = [...syntheticRegister({ size: 2000, segments })];

  it('is deterministic for a seed and differs between seeds', () => {
    const again = [...syntheticRegister({ size: 50, segments })];
    expect(again).toEqual(rows.slice(0, 50));
    const other = [...syntheticRegister({ size: 50, segments, seed: 7 })];
    expect(other.map((r) => r.name)).not.toEqual(again.map((r) => r.name));
  });

  it('marks names 示例 and gives valid, distinct USCCs', () => {
    expect(rows.every((r) => r.name.startsWith('示例·'))).toBe(true);
    expect(rows.every((r) => isValidUscc(r.uscc))).toBe(true);
    expect(new Set(rows.map((r) => r.uscc)).size).toBe(rows.length);
  });

  it('is mostly out of scope (≥ 60 %) and covers every segment', () => {
    const out = rows.filter((r) => r.intended === '').length / rows.length;
    expect(out).toBeGreaterThanOrEqual(0.6);
    expect(out).toBeLessThan(0.75);
    expect(new Set(rows.map((r) => r.intended).filter(Boolean))).toEqual(new Set(['toy.cathode', 'toy.drone']));
    expect(rows.every((r) => r.businessScope.includes('经营活动'))).toBe(true);
  });

  it('writes CSV lines with quoting where needed', () => {
    const row = { ...(rows[0] as (typeof rows)[number]), products: 'a,b' };
    expect(syntheticRegisterCsvLine(row).split('"a,b"')).toHaveLength(2);
  });
});
