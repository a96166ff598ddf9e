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

export const JINSHAN_PARKS: readonly SyntheticPark[] = [
  {
    id: 'park.jinshan-industrial-zone',
    name: '金山工业区',
    nameEn: 'Jinshan Industrial Zone',
    district: '金山区',
    lat: 30.8175,
    lon: 121.2665,
    focus: ['icv', 'equip', 'bio', 'energy'],
  },
  {
    // The drone base sits inside the Jinshan Industrial Zone, next to its low-altitude test airspace.
    id: 'park.east-china-uav-base',
    name: '华东无人机基地',
    nameEn: 'East China UAV Base',
    district: '金山区',
    lat: 30.8235,
    lon: 121.248,
    focus: ['lowalt'],
  },
  {
    id: 'park.scip-jinshan',
    name: '上海化学工业区金山分区',
    nameEn: 'Shanghai Chemical Industry Park (Jinshan section)',
    district: '金山区',
    lat: 30.779,
    lon: 121.413,
    focus: ['chem', 'energy'],
  },
  {
    id: 'park.jinshan-second-industrial-zone',
    name: '金山第二工业区',
    nameEn: 'Jinshan No. 2 Industrial Zone',
    district: '金山区',
    lat: 30.748,
    lon: 121.381,
    focus: ['chem', 'energy', 'equip'],
  },
  {
    id: 'park.carbon-valley-green-bay',
    name: '碳谷绿湾产业园',
    nameEn: 'Carbon Valley Green Bay Industrial Park',
    district: '金山区',
    lat: 30.7405,
    lon: 121.3715,
    focus: ['chem', 'energy', 'bio'],
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
    id: 'park.tinglin-industrial-zone',
    name: '亭林工业区',
    nameEn: 'Tinglin Industrial Zone',
    district: '金山区',
    lat: 30.885,
    lon: 121.308,
    focus: ['equip', 'bio', 'icv'],
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
    id: 'park.zhujing-industrial-park',
    name: '朱泾工业园区',
    nameEn: 'Zhujing Industrial Park',
    district: '金山区',
    lat: 30.896,
    lon: 121.17,
    focus: ['equip', 'bio', 'icv'],
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

/** Jinshan towns, for local firms outside the parks. */
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
];
