import { type Rng, streamRng, syntheticUscc } from '@atlas/domain';

/**
 * A deterministic synthetic district register (企业名称, 统一社会信用代码, 经营范围, 主营产品, 所属行业, 注册地址…) for
 * benchmarks and demos: the same seed and size give the same rows on every machine. Names are marked 示例; USCCs are
 * valid (GB 32100) and never collide with the synthetic chain's firms (their organisation codes start at
 * REGISTER_INDEX_OFFSET). Like a real district's, most rows (≥ 60 %) belong to none of the seven industries.
 */
export interface SyntheticRegisterRow {
  name: string;
  uscc: string;
  businessScope: string;
  products: string;
  industry: string;
  address: string;
  founded: string;
  registeredCapital: string;
  employees: string;
  /** The segment the generator meant (empty for out-of-scope rows): the truth for quick sanity checks. */
  intended: string;
}

/** What the generator needs of a segment: the vocabulary's segments fit. */
export interface SyntheticSegment {
  id: string;
  name: string;
  keywords: readonly string[];
  gbCodes: readonly string[];
}

export interface SyntheticRegisterOptions {
  size: number;
  segments: readonly SyntheticSegment[];
  seed?: number;
  /** Share of rows outside the seven industries; at least 0.6. */
  outOfScopeShare?: number;
}

export const REGISTER_INDEX_OFFSET = 60_000_000;
export const DEFAULT_REGISTER_SEED = 20_250_613;
export const SYNTHETIC_REGISTER_COLUMNS = [
  '企业名称',
  '统一社会信用代码',
  '经营范围',
  '主营产品',
  '所属行业',
  '注册地址',
  '成立日期',
  '注册资本',
  '人员规模',
] as const;

const JINSHAN_REGION = '310116';
const TOWNS = ['朱泾镇', '枫泾镇', '张堰镇', '亭林镇', '吕巷镇', '廊下镇', '金山卫镇', '漕泾镇', '山阳镇', '石化街道'];
const ROADS = [
  '新农路',
  '亭卫公路',
  '林慧路',
  '金流路',
  '大亭公路',
  '卫清西路',
  '龙胜路',
  '月工路',
  '夏宁路',
  '恒信路',
];
const SYLLABLES = '华鑫恒瑞嘉诚宏远凯盛博泰聚源天宇中科金元丰睿晟达卓越'.split('');
const TAIL = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';

/** Out-of-scope businesses as registers phrase them: name word, scope items, products, GB/T 4754 class. */
const OUT_OF_SCOPE: ReadonlyArray<{ word: string; scope: string; products: string; code: string }> = [
  {
    word: '餐饮管理',
    scope: '许可项目：餐饮服务；食品销售。一般项目：餐饮管理；外卖递送服务',
    products: '中式快餐',
    code: 'H6210',
  },
  { word: '小吃店', scope: '许可项目：小餐饮；食品销售', products: '面点、小吃', code: 'H6291' },
  {
    word: '商贸',
    scope: '一般项目：日用百货销售；五金产品零售；文具用品零售；服装服饰零售',
    products: '日用百货',
    code: 'F5211',
  },
  {
    word: '超市',
    scope: '许可项目：食品销售；烟草制品零售。一般项目：日用百货销售；日用品销售',
    products: '',
    code: 'F5212',
  },
  {
    word: '物流',
    scope: '许可项目：道路货物运输（不含危险货物）。一般项目：普通货物仓储服务；国内货物运输代理；装卸搬运',
    products: '',
    code: 'G5431',
  },
  {
    word: '物业管理',
    scope: '一般项目：物业管理；停车场服务；家政服务；园林绿化工程施工',
    products: '',
    code: 'K7020',
  },
  {
    word: '房地产开发',
    scope: '许可项目：房地产开发经营。一般项目：非居住房地产租赁；住房租赁',
    products: '',
    code: 'K7010',
  },
  {
    word: '建筑工程',
    scope: '许可项目：建设工程施工。一般项目：住宅室内装饰装修；建筑材料销售',
    products: '',
    code: 'E4790',
  },
  {
    word: '企业管理咨询',
    scope: '一般项目：企业管理咨询；市场营销策划；企业形象策划；会议及展览服务',
    products: '',
    code: 'L7243',
  },
  { word: '美容美发', scope: '许可项目：理发服务；生活美容服务。一般项目：化妆品零售', products: '', code: 'O8040' },
  {
    word: '教育科技',
    scope: '一般项目：教育咨询服务（不含涉许可审批的教育培训活动）；组织文化艺术交流活动',
    products: '',
    code: 'P8399',
  },
  {
    word: '农业发展',
    scope: '一般项目：农作物种植；蔬菜种植；水果种植；农副产品销售',
    products: '蔬菜、水果',
    code: 'A0141',
  },
  {
    word: '汽车维修',
    scope: '许可项目：机动车检验检测服务。一般项目：机动车修理和维护；洗车服务；汽车零配件零售',
    products: '',
    code: 'O8111',
  },
  { word: '投资管理', scope: '一般项目：投资管理；资产管理；财务咨询', products: '', code: 'L7212' },
  { word: '广告', scope: '一般项目：广告设计、代理；广告发布；图文设计制作', products: '', code: 'L7259' },
  {
    word: '酒店管理',
    scope: '许可项目：住宿服务；餐饮服务。一般项目：酒店管理；会议及展览服务',
    products: '',
    code: 'H6110',
  },
  {
    word: '人力资源',
    scope: '许可项目：职业中介活动；劳务派遣服务。一般项目：人力资源服务',
    products: '',
    code: 'L7262',
  },
  {
    word: '服饰',
    scope: '一般项目：服装服饰批发；服装服饰零售；鞋帽零售；针纺织品销售',
    products: '服装',
    code: 'F5132',
  },
];

/** Ordinary items manufacturers add to their scope; in-scope rows get one or two. */
const EXTRA_ITEMS = [
  '货物进出口',
  '技术进出口',
  '五金产品批发',
  '机械设备销售',
  '非居住房地产租赁',
  '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
];

/** Rows 0..size−1; a generator, so a million rows need no array of a million. */
export function* syntheticRegister(options: SyntheticRegisterOptions): Generator<SyntheticRegisterRow> {
  const { size, segments, seed = DEFAULT_REGISTER_SEED } = options;
  const outShare = Math.max(0.6, options.outOfScopeShare ?? 0.65);
  if (!segments.length) throw new Error('syntheticRegister: no segments');
  for (let index = 0; index < size; index++) {
    const rng = streamRng(seed, index);
    const brand = `${rng.pick(SYLLABLES)}${rng.pick(SYLLABLES)}`;
    const place = rng.chance(0.85) ? '上海' : rng.pick(['嘉兴', '平湖', '苏州', '宁波']);
    const common = {
      uscc: syntheticUscc(REGISTER_INDEX_OFFSET + index, JINSHAN_REGION),
      address: `上海市金山区${rng.pick(TOWNS)}${rng.pick(ROADS)}${rng.int(1, 2999)}号`,
      founded: `${rng.int(1995, 2024)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
      registeredCapital: String(rng.pick([10, 50, 100, 200, 500, 1000, 3000, 5000, 10000])),
      employees: String(rng.int(1, 800)),
    };
    if (rng.chance(outShare)) {
      const kind = rng.pick(OUT_OF_SCOPE);
      yield {
        ...common,
        name: `示例·${place}${brand}${kind.word}有限公司`,
        businessScope: `${kind.scope}。${TAIL}`,
        products: kind.products,
        industry: rng.chance(0.7) ? kind.code : '',
        intended: '',
      };
      continue;
    }
    const segment = rng.pick(segments);
    yield { ...common, ...inScope(rng, segment, place, brand), intended: segment.id };
  }
}

function inScope(rng: Rng, segment: SyntheticSegment, place: string, brand: string) {
  const terms = segment.keywords.length ? segment.keywords : [segment.name];
  const main = rng.pick(terms);
  const second = rng.pick(terms);
  const items = [
    `${main}${rng.pick(['研发', '制造', '生产'])}`,
    `${second}销售`,
    ...rng.sample(EXTRA_ITEMS, rng.int(1, 2)),
  ];
  const word = rng.pick(['科技', '新材料', '智能科技', '实业', '技术']);
  return {
    name: `示例·${place}${brand}${word}有限公司`,
    businessScope: `一般项目：${items.join('；')}。${TAIL}`,
    products: rng.chance(0.6) ? [...new Set([main, second])].join('、') : '',
    industry: rng.chance(0.5) ? (segment.gbCodes[0] ?? '') : '',
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A row's cells in SYNTHETIC_REGISTER_COLUMNS order. */
export function syntheticRegisterCells(row: SyntheticRegisterRow): string[] {
  return [
    row.name,
    row.uscc,
    row.businessScope,
    row.products,
    row.industry,
    row.address,
    row.founded,
    row.registeredCapital,
    row.employees,
  ];
}

/** A CSV line in SYNTHETIC_REGISTER_COLUMNS order. */
export function syntheticRegisterCsvLine(row: SyntheticRegisterRow): string {
  return syntheticRegisterCells(row).map(csvField).join(',');
}
