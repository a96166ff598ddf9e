import { describe, expect, it } from 'vitest';
import { cellsByField, resolveRegisterHeader } from './columns';

describe('register headers', () => {
  it('maps Chinese and English headers in any order, ignoring unknown ones', () => {
    const r = resolveRegisterHeader(['\uFEFF注册地址', 'uscc', ' 企业 名称 ', '经营范围', 'Products', '备注']);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.fields).toEqual(['address', 'uscc', 'name', 'businessScope', 'products', undefined]);
    expect(r.value.ignored).toEqual(['备注']);
    expect(r.value.labels.name).toBe('企业 名称');
    expect(cellsByField(r.value, ['上海市金山区', 'X', '甲'])).toMatchObject({
      address: '上海市金山区',
      name: '甲',
      products: '',
    });
  });

  it('names missing required and repeated columns', () => {
    expect(resolveRegisterHeader(['企业名称', '经营范围'])).toEqual({
      ok: false,
      error: 'missing required column(s): 统一社会信用代码 (uscc)',
    });
    const twice = resolveRegisterHeader(['企业名称', '统一社会信用代码', '注册地址', '住所']);
    expect(twice).toEqual({ ok: false, error: 'columns "注册地址" and "住所" both mean address' });
  });
});
