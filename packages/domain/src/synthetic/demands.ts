import { kindOf } from '../chain/plausibility';
import type { Unit } from '../chain/schema';
import type { CollaborationForm, DemandRow, KIND_FIELDS, ScenarioOffering } from '../enterprise/demand';
import type { Radius } from '../radius';
import type { FirmDraft } from './firm';
import { companyId } from './firm';
import { streamRng } from './prng';
import { profileOf } from './profiles';

/** The day the synthetic demands were "posted": fixed, so output does not change with the calendar. */
export const SYNTHETIC_EPOCH = '2026-11-01';
const DAY_MS = 86_400_000;
/**
 * A year's framework order, by unit: [min, max] steps of `step`. 290 vertiports or 1,830 项 of incubation are as
 * absurd as 500 吨 of MCUs, so the size follows what is counted.
 */
const ORDER_BY_UNIT: Readonly<Record<Unit, { range: [number, number]; step: number }>> = {
  吨: { range: [5, 200], step: 10 },
  kg: { range: [5, 200], step: 10 },
  'Nm³': { range: [10, 500], step: 1000 },
  颗: { range: [5, 200], step: 1000 },
  片: { range: [5, 200], step: 100 },
  件: { range: [5, 200], step: 100 },
  套: { range: [5, 200], step: 10 },
  台: { range: [5, 100], step: 5 },
  座: { range: [2, 12], step: 1 },
  'm²': { range: [5, 200], step: 1000 },
  辆: { range: [5, 100], step: 10 },
  架: { range: [5, 60], step: 1 },
  kWh: { range: [5, 200], step: 1000 },
  MWh: { range: [5, 100], step: 10 },
  MW: { range: [5, 100], step: 1 },
  项: { range: [1, 12], step: 1 },
  人天: { range: [5, 100], step: 10 },
};

/** The SCENARIO and INNOVATION fields of an ORDER: all empty. */
const NO_KIND_FIELDS: Pick<DemandRow, (typeof KIND_FIELDS)['SCENARIO' | 'INNOVATION'][number] | 'wantedTechnologyIds'> =
  {
    wantedTechnologyIds: [],
    offering: null,
    pilotSite: null,
    availableFrom: null,
    durationMonths: null,
    support: null,
    problem: null,
    targetTrl: null,
    collaborationForm: null,
  };

/**
 * One OPEN demand per chain leader (about twenty for seven industries): what it buys for its own segments,
 * mostly from segments Jinshan lacks or has too few of — which is why a leader would post on the board.
 */
export function leaderDemands(leaders: readonly FirmDraft[], seed: number): DemandRow[] {
  const epoch = Date.parse(`${SYNTHETIC_EPOCH}T00:00:00Z`);
  const taken = new Set<string>();
  const demands: DemandRow[] = [];
  for (const leader of leaders) {
    const rng = streamRng(seed, `demand:${leader.index}`);
    const { plan } = leader;
    // Only what is bought: universities, hospitals and the public-data operator are not suppliers.
    const bought = (s: string) => kindOf(plan.leaves.find((l) => l.id === s) ?? {}) !== 'institution';
    const inputs = [...new Set(leader.segments.flatMap((s) => plan.fedBy.get(s) ?? []))].filter(
      (s) => !taken.has(s) && bought(s),
    );
    if (inputs.length === 0) continue;
    const gaps = inputs.filter((s) => plan.missing.includes(s) || plan.weak.includes(s));
    const segmentId = gaps.length && rng.chance(0.7) ? rng.pick(gaps) : rng.pick(inputs);
    taken.add(segmentId);
    const segment = plan.leaves.find((s) => s.id === segmentId);
    const certs = profileOf(plan.id).certifications;
    const unit: Unit = segment?.unit ?? '项';
    const order = ORDER_BY_UNIT[unit];
    const created = epoch - rng.int(0, 40) * DAY_MS;
    demands.push({
      id: `syn-d-${plan.id}-${leader.index}`,
      kind: 'ORDER',
      posterId: companyId(leader.index),
      title: `采购${segment?.name ?? segmentId}（年度框架）`,
      description: `示例需求：为${plan.segmentName.get(leader.segments[0] ?? '') ?? '主营业务'}配套采购${segment?.name ?? segmentId}，优先金山本地及长三角供应商，欢迎中小企业对接。`,
      segmentId,
      quantity: rng.int(...order.range) * order.step,
      // The segment's own unit (chain.yaml): 颗 of MCUs, 吨 of resin, 项 of testing — never 吨 of chips.
      unit,
      budget: rng.int(20, 600) * 10,
      requiredCerts: certs.slice(0, rng.int(1, 2)).map((c) => c.name),
      // 本地配套率 is the aim: leaders ask for Jinshan suppliers first.
      radius: rng.pick<Radius>(['JINSHAN', 'JINSHAN', 'SHANGHAI', 'YRD']),
      status: 'OPEN',
      createdAt: new Date(created).toISOString(),
      expiresAt: new Date(created + 180 * DAY_MS).toISOString(),
      ...NO_KIND_FIELDS,
    });
  }
  return demands;
}

type KindDemandSketch =
  | { kind: 'SCENARIO'; offering: ScenarioOffering; pilotSite: string; support: string }
  | { kind: 'INNOVATION'; collaborationForm: CollaborationForm; problem: string };

/**
 * What each industry's first chain leader opens (三(五) 开放应用场景、释放创新资源): where the district's plan points —
 * test roads for icv, flight routes for lowalt, station sites for energy, pilot plants for chem; joint R&D for bio,
 * software and equip. The places are illustrative, like every synthetic row.
 */
const KIND_DEMAND_BY_INDUSTRY: Readonly<Record<string, KindDemandSketch>> = {
  icv: {
    kind: 'SCENARIO',
    offering: 'ROUTE',
    pilotSite: '金山区智能网联汽车开放测试道路（示例）',
    support: '开放测试道路与整车平台，提供测试数据；验证通过者纳入供应商名录',
  },
  lowalt: {
    kind: 'SCENARIO',
    offering: 'ROUTE',
    pilotSite: '金山—舟山跨海无人机物流航线（示例）',
    support: '提供航线、起降场与飞行服务保障，试飞期免收起降费',
  },
  energy: {
    kind: 'SCENARIO',
    offering: 'SITE',
    pilotSite: '金山第二工业区加氢与储能示范站址（示例）',
    support: '提供场地与并网接入，共享运行数据',
  },
  chem: {
    kind: 'SCENARIO',
    offering: 'LINE',
    pilotSite: '金山分区共享中试装置（示例）',
    support: '开放中试装置与分析检测能力，试产合格后优先采购',
  },
  bio: { kind: 'INNOVATION', collaborationForm: 'JOINT_RD', problem: '工艺放大后收率与批间一致性下降，需联合攻关' },
  software: {
    kind: 'INNOVATION',
    collaborationForm: 'COMMISSIONED',
    problem: '现有系统难以支撑生产数据的跨域调度与安全共享，需委托开发',
  },
  equip: {
    kind: 'INNOVATION',
    collaborationForm: 'JOINT_RD',
    problem: '关键部件精度保持性不足，需与高校院所联合研发提升寿命',
  },
};

/**
 * One SCENARIO or INNOVATION demand from each industry's first chain leader (seven in all), on a segment of its
 * own or one that feeds it that the roadmap links technologies to. Its own random stream, so the orders above do
 * not change.
 */
export function leaderKindDemands(leaders: readonly FirmDraft[], seed: number): DemandRow[] {
  const epoch = Date.parse(`${SYNTHETIC_EPOCH}T00:00:00Z`);
  const seen = new Set<string>();
  const demands: DemandRow[] = [];
  for (const leader of leaders) {
    const { plan } = leader;
    const sketch = KIND_DEMAND_BY_INDUSTRY[plan.id];
    if (!sketch || seen.has(plan.id)) continue;
    const rng = streamRng(seed, `kind-demand:${leader.index}`);
    const inputs = leader.segments.flatMap((s) => plan.fedBy.get(s) ?? []);
    const candidates = [...new Set([...leader.segments, ...inputs])].filter(
      (s) => (plan.technologiesOf.get(s) ?? []).length > 0,
    );
    if (candidates.length === 0) continue;
    seen.add(plan.id);
    const segmentId = rng.pick(candidates);
    const technologies = [...(plan.technologiesOf.get(segmentId) ?? [])];
    const wanted = rng.shuffle(technologies).slice(0, Math.min(technologies.length, rng.int(1, 2)));
    const segmentName = plan.segmentName.get(segmentId) ?? segmentId;
    const created = epoch - rng.int(0, 40) * DAY_MS;
    const scenario = sketch.kind === 'SCENARIO' ? sketch : null;
    const innovation = sketch.kind === 'INNOVATION' ? sketch : null;
    // Keys in the schema's order: a parsed row equals the generated one byte for byte (the synthetic test).
    demands.push({
      id: `syn-k-${plan.id}-${leader.index}`,
      kind: sketch.kind,
      posterId: companyId(leader.index),
      title: scenario ? `开放应用场景：${segmentName}产品试点` : `技术需求：${segmentName}关键技术攻关`,
      description: scenario
        ? `示例场景：链主企业开放${scenario.pilotSite}，欢迎中小企业与创新团队申请试点验证。`
        : '示例技术需求：链主企业发布，欢迎高校、科研院所与科技型中小企业揭榜。',
      segmentId,
      quantity: null,
      unit: null,
      budget: innovation ? rng.int(50, 500) * 10 : null,
      requiredCerts: [],
      radius: scenario ? 'SHANGHAI' : 'YRD',
      status: 'OPEN',
      createdAt: new Date(created).toISOString(),
      expiresAt: new Date(created + 180 * DAY_MS).toISOString(),
      wantedTechnologyIds: wanted,
      offering: scenario?.offering ?? null,
      pilotSite: scenario?.pilotSite ?? null,
      availableFrom: scenario ? new Date(created + 30 * DAY_MS).toISOString().slice(0, 10) : null,
      durationMonths: scenario ? rng.pick([6, 12, 18]) : null,
      support: scenario?.support ?? null,
      problem: innovation?.problem ?? null,
      targetTrl: innovation ? rng.int(6, 8) : null,
      collaborationForm: innovation?.collaborationForm ?? null,
    });
  }
  return demands;
}
