import { kindOf } from '../chain/plausibility';
import type { Unit } from '../chain/schema';
import type { DemandRow } from '../enterprise/demand';
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
    });
  }
  return demands;
}
