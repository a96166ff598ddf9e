import { describe, expect, it } from 'vitest';
import { activityAt, scopeItems } from './scope-items';

const making = ['制造', '生产', '研发'];
const trade = ['销售', '批发'];

describe('scopeItems', () => {
  it('marks trading items and making items', () => {
    const text = '锂电池制造；汽车零配件批发';
    const items = scopeItems(text, making, trade);
    expect(activityAt(items, text.indexOf('锂电池'))).toBe('making');
    expect(activityAt(items, text.indexOf('汽车零配件'))).toBe('trade');
  });

  it('gives an item without a verb the activity of the next item of its clause', () => {
    const text = '锂电池、电池管理系统的生产和销售；五金、电子产品销售';
    const items = scopeItems(text, making, trade);
    expect(activityAt(items, text.indexOf('锂电池'))).toBe('making');
    expect(activityAt(items, text.indexOf('五金'))).toBe('trade');
  });

  it('leaves a lone noun unknown', () => {
    expect(activityAt(scopeItems('锂电池', making, trade), 0)).toBe('unknown');
  });
});
