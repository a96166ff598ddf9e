/**
 * Real industrial parks, with approximate real coordinates (WGS-84, to ~1 km). Jinshan's parks carry the demo;
 * a few Shanghai parks elsewhere give the SHANGHAI radius something to find. `focus` lists the industries a park
 * is known for, so firms land where their kind of firm actually clusters.
 */
export interface SyntheticPark {
  id: string;
  name: string;
  nameEn: string;
  district: string;
  lat: number;
  lon: number;
  focus: readonly string[];
}

/**
 * Corrected after the 2026-12 review (data/industries/REVIEW.md): 金山工业区 is now officially 上海湾区高新技术产业开发区
 * and took in 亭林 and 朱泾 industrial zones in 2010, 碳谷绿湾 is the rebranded 金山第二工业区, so none of those is
 * counted twice; 上海石化, 湾区生物医药港 and 上海新型显示产业园 (和辉光电) were missing. `name` is what registers
 * and addresses still write (the address matcher reads it), the official name is in `nameEn` and here.
 * Sources: the district's 2023 administrative note ("另辖上海湾区高新技术产业开发区"), the 2010 merger notice of
 * 金山工业区 ("原朱泾工业区、亭林工业区全部管辖范围"), the launch of 临港碳谷绿湾 "在金山第二工业区", and the district
 * secretary's 2023 briefing naming the 湾区高新区 sub-parks.
 */
export const JINSHAN_PARKS: readonly SyntheticPark[] = [
  {
    id: 'park.jinshan-industrial-zone',
    name: '金山工业区',
    nameEn: 'Shanghai Bay Area Hi-Tech Industrial Development Zone (formerly Jinshan Industrial Zone)',
    district: '金山区',
    lat: 30.8175,
    lon: 121.2665,
    focus: ['icv', 'equip', 'bio', 'energy', 'lowalt', 'software'],
  },
  {
    // The drone base sits inside the Bay Area Hi-Tech Zone, next to its low-altitude test airspace.
    id: 'park.east-china-uav-base',
    name: '华东无人机基地',
    nameEn: 'East China UAV Base',
    district: '金山区',
    lat: 30.8235,
    lon: 121.248,
    focus: ['lowalt'],
  },
  {
    // A 市级特色产业园 inside the Bay Area Hi-Tech Zone (approximate position).
    id: 'park.bay-biopharma-port',
    name: '湾区生物医药港',
    nameEn: 'Bay Area Biomedicine Port',
    district: '金山区',
    lat: 30.829,
    lon: 121.283,
    focus: ['bio'],
  },
  {
    // Around EverDisplay's (和辉光电) AMOLED fab, inside the Bay Area Hi-Tech Zone (approximate position).
    id: 'park.new-display',
    name: '上海新型显示产业园',
    nameEn: 'Shanghai New Display Industrial Park',
    district: '金山区',
    lat: 30.811,
    lon: 121.254,
    focus: ['software', 'chem'],
  },
  {
    // The park's core lies in 漕泾镇, Jinshan; "金山分区" was not an official name.
    id: 'park.scip-jinshan',
    name: '上海化学工业区',
    nameEn: 'Shanghai Chemical Industry Park (Caojing, Jinshan)',
    district: '金山区',
    lat: 30.779,
    lon: 121.413,
    focus: ['chem', 'energy'],
  },
  {
    // Sinopec Shanghai Petrochemical's site at 金山卫 / 石化街道: refinery, crackers, fibres and carbon fibre.
    id: 'park.sinopec-shanghai',
    name: '上海石化',
    nameEn: 'Sinopec Shanghai Petrochemical',
    district: '金山区',
    lat: 30.72,
    lon: 121.34,
    focus: ['chem', 'energy'],
  },
  {
    id: 'park.jinshan-second-industrial-zone',
    name: '金山第二工业区',
    nameEn: 'Jinshan No. 2 Industrial Zone (Lingang Carbon Valley Green Bay)',
    district: '金山区',
    lat: 30.748,
    lon: 121.381,
    focus: ['chem', 'energy', 'equip', 'bio'],
  },
  {
    id: 'park.fengjing-industrial-zone',
    name: '枫泾工业区',
    nameEn: 'Fengjing Industrial Zone',
    district: '金山区',
    lat: 30.893,
    lon: 121.018,
    focus: ['icv', 'equip', 'lowalt'],
  },
  {
    id: 'park.zhangyan-industrial-park',
    name: '张堰工业园区',
    nameEn: 'Zhangyan Industrial Park',
    district: '金山区',
    lat: 30.805,
    lon: 121.295,
    focus: ['equip', 'chem'],
  },
  {
    id: 'park.bay-area-innovation-center',
    name: '湾区科创中心',
    nameEn: 'Bay Area Innovation Center',
    district: '金山区',
    lat: 30.733,
    lon: 121.338,
    focus: ['software', 'bio', 'lowalt', 'icv'],
  },
];

/**
 * The recognised chemical parks (化工园区) among them: since 2020 new hazardous-chemical production may only be
 * built inside one, so the generator puts chemical producers and hazardous energy firms nowhere else.
 */
export const CHEMICAL_PARK_IDS: ReadonlySet<string> = new Set([
  'park.scip-jinshan',
  'park.sinopec-shanghai',
  'park.jinshan-second-industrial-zone',
]);

export const OTHER_SHANGHAI_PARKS: readonly SyntheticPark[] = [
  {
    id: 'park.zhangjiang-science-city',
    name: '张江科学城',
    nameEn: 'Zhangjiang Science City',
    district: '浦东新区',
    lat: 31.203,
    lon: 121.6,
    focus: ['bio', 'software'],
  },
  {
    id: 'park.lingang-new-area',
    name: '临港新片区',
    nameEn: 'Lingang Special Area',
    district: '浦东新区',
    lat: 30.9,
    lon: 121.93,
    focus: ['icv', 'equip', 'lowalt', 'energy'],
  },
  {
    id: 'park.jiading-auto-city',
    name: '嘉定汽车城',
    nameEn: 'Jiading Auto City',
    district: '嘉定区',
    lat: 31.29,
    lon: 121.18,
    focus: ['icv'],
  },
  {
    id: 'park.caohejing',
    name: '漕河泾开发区',
    nameEn: 'Caohejing Hi-Tech Park',
    district: '徐汇区',
    lat: 31.17,
    lon: 121.395,
    focus: ['software'],
  },
  {
    id: 'park.zizhu',
    name: '紫竹高新区',
    nameEn: 'Zizhu Hi-Tech Park',
    district: '闵行区',
    lat: 31.02,
    lon: 121.45,
    focus: ['software', 'bio'],
  },
];

/** Jinshan's towns and its subdistrict, for local firms outside the parks. */
export const JINSHAN_TOWNS: ReadonlyArray<{ name: string; lat: number; lon: number }> = [
  { name: '朱泾镇', lat: 30.9, lon: 121.16 },
  { name: '枫泾镇', lat: 30.889, lon: 121.012 },
  { name: '张堰镇', lat: 30.8, lon: 121.29 },
  { name: '亭林镇', lat: 30.881, lon: 121.315 },
  { name: '吕巷镇', lat: 30.84, lon: 121.2 },
  { name: '廊下镇', lat: 30.8, lon: 121.16 },
  { name: '金山卫镇', lat: 30.745, lon: 121.33 },
  { name: '漕泾镇', lat: 30.79, lon: 121.4 },
  { name: '山阳镇', lat: 30.75, lon: 121.36 },
  // Jinshan's only subdistrict, home of 上海石化.
  { name: '石化街道', lat: 30.725, lon: 121.335 },
];
