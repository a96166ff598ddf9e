/**
 * Where non-Jinshan firms sit: other Shanghai districts, Yangtze River Delta cities, the rest of China and a few
 * foreign cities. Official Chinese names (docs/design.md §4), GB/T 2260 region codes (they open every USCC) and
 * approximate district-centre coordinates. `focus` marks the industries a place is famous for (宁德 and 宜宾:
 * batteries; 包头 and 赣州: rare-earth magnets), which makes them likelier homes for such firms.
 */
export type Band = 'shanghai' | 'yrd' | 'china' | 'world';

export interface Place {
  band: Band;
  country: string;
  province: string;
  city: string;
  district: string | null;
  /** Six-digit administrative code used in the USCC; foreign places use 000000. */
  regionCode: string;
  /** The place as it appears in a firm's name (上海, 昆山, 宁波…) and its pinyin. */
  short: string;
  shortEn: string;
  lat: number;
  lon: number;
  focus?: readonly string[];
}

type Row = [district: string, code: string, short: string, shortEn: string, lat: number, lon: number, focus?: string];

const group = (band: Band, province: string, city: string, rows: Row[], country = '中国'): Place[] =>
  rows.map(([district, regionCode, short, shortEn, lat, lon, focus]) => ({
    band,
    country,
    province,
    city,
    district: district || null,
    regionCode,
    short,
    shortEn,
    lat,
    lon,
    ...(focus ? { focus: focus.split(',') } : {}),
  }));

export const JINSHAN_REGION_CODE = '310116';

export const PLACES: readonly Place[] = [
  ...group('shanghai', '上海市', '上海市', [
    ['浦东新区', '310115', '上海', 'Shanghai', 31.2215, 121.5447, 'bio,software,icv'],
    ['闵行区', '310112', '上海', 'Shanghai', 31.1129, 121.3817, 'equip,software'],
    ['松江区', '310117', '上海', 'Shanghai', 31.0324, 121.2277, 'equip,icv'],
    ['嘉定区', '310114', '上海', 'Shanghai', 31.3747, 121.2653, 'icv'],
    ['奉贤区', '310120', '上海', 'Shanghai', 30.918, 121.474, 'chem,bio'],
    ['青浦区', '310118', '上海', 'Shanghai', 31.151, 121.124],
    ['宝山区', '310113', '上海', 'Shanghai', 31.405, 121.489, 'equip'],
    ['徐汇区', '310104', '上海', 'Shanghai', 31.188, 121.437, 'software'],
    ['杨浦区', '310110', '上海', 'Shanghai', 31.259, 121.526, 'software'],
    ['普陀区', '310107', '上海', 'Shanghai', 31.249, 121.397],
    ['崇明区', '310151', '上海', 'Shanghai', 31.623, 121.397],
  ]),
  ...group('yrd', '江苏省', '苏州市', [
    ['昆山市', '320583', '昆山', 'Kunshan', 31.385, 120.981, 'icv,equip'],
    ['太仓市', '320585', '太仓', 'Taicang', 31.457, 121.13, 'equip'],
    ['常熟市', '320581', '常熟', 'Changshu', 31.654, 120.752],
    ['张家港市', '320582', '张家港', 'Zhangjiagang', 31.875, 120.555, 'chem'],
    ['吴江区', '320509', '苏州', 'Suzhou', 31.138, 120.645],
  ]),
  ...group('yrd', '江苏省', '南京市', [['江宁区', '320115', '南京', 'Nanjing', 31.953, 118.84, 'software,icv']]),
  ...group('yrd', '江苏省', '无锡市', [
    ['新吴区', '320214', '无锡', 'Wuxi', 31.55, 120.352, 'equip,software'],
    ['江阴市', '320281', '江阴', 'Jiangyin', 31.92, 120.285],
  ]),
  ...group('yrd', '江苏省', '常州市', [['武进区', '320412', '常州', 'Changzhou', 31.701, 119.942, 'energy,icv']]),
  ...group('yrd', '江苏省', '南通市', [['启东市', '320681', '启东', 'Qidong', 31.808, 121.657]]),
  ...group('yrd', '浙江省', '嘉兴市', [
    ['平湖市', '330482', '平湖', 'Pinghu', 30.676, 121.015, 'chem,equip'],
    ['嘉善县', '330421', '嘉善', 'Jiashan', 30.83, 120.926],
    ['海宁市', '330481', '海宁', 'Haining', 30.51, 120.681, 'energy'],
  ]),
  ...group('yrd', '浙江省', '杭州市', [
    ['滨江区', '330108', '杭州', 'Hangzhou', 30.208, 120.211, 'software'],
    ['萧山区', '330109', '杭州', 'Hangzhou', 30.185, 120.265, 'icv'],
  ]),
  ...group('yrd', '浙江省', '宁波市', [
    ['北仑区', '330206', '宁波', 'Ningbo', 29.899, 121.844, 'icv,equip'],
    ['镇海区', '330211', '宁波', 'Ningbo', 29.949, 121.716, 'chem'],
    ['慈溪市', '330282', '慈溪', 'Cixi', 30.17, 121.266],
  ]),
  ...group('yrd', '浙江省', '绍兴市', [['上虞区', '330604', '绍兴', 'Shaoxing', 30.033, 120.868, 'chem,bio']]),
  ...group('yrd', '浙江省', '台州市', [['温岭市', '331081', '温岭', 'Wenling', 28.372, 121.385, 'equip']]),
  ...group('yrd', '安徽省', '合肥市', [
    ['蜀山区', '340104', '合肥', 'Hefei', 31.851, 117.26, 'software'],
    ['包河区', '340111', '合肥', 'Hefei', 31.793, 117.31, 'icv,energy'],
  ]),
  ...group('yrd', '安徽省', '芜湖市', [['鸠江区', '340207', '芜湖', 'Wuhu', 31.369, 118.392, 'icv,lowalt']]),
  ...group('yrd', '安徽省', '滁州市', [['琅琊区', '341102', '滁州', 'Chuzhou', 32.294, 118.306, 'energy']]),
  ...group('china', '北京市', '北京市', [
    ['海淀区', '110108', '北京', 'Beijing', 39.959, 116.298, 'software'],
    ['大兴区', '110115', '北京', 'Beijing', 39.727, 116.341, 'bio'],
  ]),
  ...group('china', '天津市', '天津市', [['滨海新区', '120116', '天津', 'Tianjin', 39.003, 117.71, 'chem']]),
  ...group('china', '广东省', '深圳市', [
    ['南山区', '440305', '深圳', 'Shenzhen', 22.533, 113.93, 'software,lowalt'],
    ['宝安区', '440306', '深圳', 'Shenzhen', 22.555, 113.883, 'lowalt,equip'],
    ['龙岗区', '440307', '深圳', 'Shenzhen', 22.72, 114.247, 'icv,energy'],
  ]),
  ...group('china', '广东省', '广州市', [['黄埔区', '440112', '广州', 'Guangzhou', 23.106, 113.459, 'bio,icv']]),
  ...group('china', '湖北省', '武汉市', [['洪山区', '420111', '武汉', 'Wuhan', 30.5, 114.344, 'software']]),
  ...group('china', '四川省', '成都市', [['双流区', '510116', '成都', 'Chengdu', 30.574, 103.923, 'lowalt,bio']]),
  ...group('china', '四川省', '宜宾市', [['翠屏区', '511502', '宜宾', 'Yibin', 28.766, 104.62, 'icv,energy']]),
  ...group('china', '陕西省', '西安市', [['雁塔区', '610113', '西安', "Xi'an", 34.222, 108.948, 'lowalt,energy']]),
  ...group('china', '重庆市', '重庆市', [['渝北区', '500112', '重庆', 'Chongqing', 29.718, 106.631, 'icv']]),
  ...group('china', '福建省', '宁德市', [['蕉城区', '350902', '宁德', 'Ningde', 26.66, 119.526, 'icv,energy']]),
  ...group('china', '山东省', '青岛市', [['黄岛区', '370211', '青岛', 'Qingdao', 35.96, 120.198, 'chem,equip']]),
  ...group('china', '湖南省', '长沙市', [['长沙县', '430121', '长沙', 'Changsha', 28.247, 113.08, 'equip']]),
  ...group('china', '辽宁省', '沈阳市', [['浑南区', '210112', '沈阳', 'Shenyang', 41.714, 123.449, 'equip']]),
  ...group('china', '内蒙古自治区', '包头市', [['九原区', '150207', '包头', 'Baotou', 40.606, 109.968, 'icv']]),
  ...group('china', '江西省', '赣州市', [['章贡区', '360702', '赣州', 'Ganzhou', 25.817, 114.921, 'icv']]),
  ...group('china', '江西省', '宜春市', [['袁州区', '360902', '宜春', 'Yichun', 27.797, 114.424, 'icv,energy']]),
  ...group('world', '巴伐利亚州', '慕尼黑', [['', '000000', '德国', 'German', 48.135, 11.582, 'icv,equip']], '德国'),
  ...group(
    'world',
    '巴登-符腾堡州',
    '斯图加特',
    [['', '000000', '德国', 'German', 48.776, 9.183, 'icv,equip']],
    '德国',
  ),
  ...group('world', '爱知县', '名古屋', [['', '000000', '日本', 'Japanese', 35.182, 136.907, 'icv,equip']], '日本'),
  ...group('world', '东京都', '东京', [['', '000000', '日本', 'Japanese', 35.676, 139.65, 'chem,software']], '日本'),
  ...group(
    'world',
    '加利福尼亚州',
    '圣何塞',
    [['', '000000', '美国', 'American', 37.338, -121.886, 'software']],
    '美国',
  ),
  ...group('world', '京畿道', '水原', [['', '000000', '韩国', 'Korean', 37.264, 127.029, 'energy,software']], '韩国'),
  ...group('world', '巴塞尔城市州', '巴塞尔', [['', '000000', '瑞士', 'Swiss', 47.56, 7.589, 'bio,chem']], '瑞士'),
  ...group('world', '奥克西塔尼大区', '图卢兹', [['', '000000', '法国', 'French', 43.605, 1.444, 'lowalt']], '法国'),
];

/** Where a firm is, before a park is chosen; shares are of all non-anchor firms (see generate.ts). */
export const BAND_SHARES: ReadonlyArray<{ band: Band | 'jinshan'; share: number }> = [
  { band: 'jinshan', share: 0.3 },
  { band: 'shanghai', share: 0.2 },
  { band: 'yrd', share: 0.32 },
  { band: 'china', share: 0.16 },
  { band: 'world', share: 0.02 },
];
