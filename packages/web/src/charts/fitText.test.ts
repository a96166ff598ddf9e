import { describe, expect, it } from 'vitest';
import { fit } from './fitText';

describe('fit', () => {
  it('keeps text that fits and cuts what does not, with an ellipsis', () => {
    expect(fit('钠离子电池', 100)).toBe('钠离子电池');
    expect(fit('中央计算+区域控制电子电气架构', 100)).toMatch(/^中央计算.*…$/);
    expect(fit('Intelligent connected new-energy vehicles', 120).length).toBeLessThan(20);
  });
});
