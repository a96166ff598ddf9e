import { describe, expect, it } from 'vitest';
import { type Block, balanceColumns } from './balanceColumns';

const block = (id: string, x: number, y: number): Block => ({ id, x, y, width: 100, height: 60 });
const options = { ratio: 0.5, nodeSep: 20, rankSep: 40 };

describe('balanceColumns', () => {
  it('splits a tall layer into columns side by side, keeping the order', () => {
    const blocks = [block('s', 0, 0), ...Array.from({ length: 8 }, (_, i) => block(`t${i}`, 200, i * 80))];
    const positions = balanceColumns(blocks, options);
    const xs = new Set(blocks.filter((b) => b.id.startsWith('t')).map((b) => positions.get(b.id)?.x));
    expect(xs.size).toBeGreaterThan(1);
    expect(positions.get('t0')?.y).toBeLessThan(positions.get('t1')?.y ?? 0);
    expect(positions.get('s')?.x).toBeLessThan(Math.min(...[...xs].map(Number)));
  });

  it('leaves a wide drawing as it is, one column per layer', () => {
    const blocks = [block('a', 0, 0), block('b', 200, 0), block('c', 400, 0)];
    const positions = balanceColumns(blocks, options);
    expect(new Set([...positions.values()].map((p) => p.x)).size).toBe(3);
  });
});
