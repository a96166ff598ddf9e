import { describe, expect, it } from 'vitest';
import { isLocalAt, RADII } from './radius';

describe('isLocalAt', () => {
  const jinshan = { province: '上海市', district: '金山区' };
  const minhang = { province: '上海市', district: '闵行区' };
  const suzhou = { province: '江苏省', district: '昆山市' };
  const shenzhen = { province: '广东省', district: '南山区' };
  const munich = { province: 'Bayern', country: '德国' };

  it('nests the radii: each place is local from its own radius outwards', () => {
    const firstLocal = (location: Parameters<typeof isLocalAt>[0]) => RADII.findIndex((r) => isLocalAt(location, r));
    expect([jinshan, minhang, suzhou, shenzhen, munich].map(firstLocal)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stays local at every wider radius once local', () => {
    for (const location of [jinshan, minhang, suzhou, shenzhen, munich]) {
      const flags = RADII.map((r) => isLocalAt(location, r));
      expect(flags.indexOf(true)).toBeGreaterThanOrEqual(0);
      expect(flags.slice(flags.indexOf(true)).every(Boolean)).toBe(true);
    }
  });
});
