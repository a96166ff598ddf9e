import type { DemandRow } from '../enterprise/demand';
import type { Radius } from '../radius';
import type { FirmDraft } from './firm';
import { companyId } from './firm';
import { streamRng } from './prng';
import { profileOf } from './profiles';

/** The day the synthetic demands were "posted": fixed, so output does not change with the calendar. */
export const SYNTHETIC_EPOCH = '2026-11-01';
const DAY_MS = 86_400_000;
const UNITS = { upstream: '吨', midstream: '件', downstream: '套' } as const;

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
    const inputs = [...new Set(leader.segments.flatMap((s) => plan.fedBy.get(s) ?? []))].filter((s) => !taken.has(s));
    if (inputs.length === 0) continue;
    const gaps = inputs.filter((s) => plan.missing.includes(s) || plan.weak.includes(s));
    const segmentId = gaps.length && rng.chance(0.7) ? rng.pick(gaps) : rng.pick(inputs);
    taken.add(segmentId);
    const segment = plan.leaves.find((s) => s.id === segmentId);
    const certs = profileOf(plan.id).certifications;
    const created = epoch - rng.int(0, 40) * DAY_MS;
    demands.push({
      id: `syn-d-${plan.id}-${leader.index}`,
      posterId: companyId(leader.index),
      title: `采购${segment?.name ?? segmentId}（年度框架）`,
      description: `示例需求：为${plan.segmentName.get(leader.segments[0] ?? '') ?? '主营业务'}配套采购${segment?.name ?? segmentId}，优先长三角供应商，欢迎中小企业对接。`,
      segmentId,
      quantity: rng.int(5, 200) * 10,
      unit: segment ? UNITS[segment.tier] : '批',
      budget: rng.int(20, 600) * 10,
      requiredCerts: certs.slice(0, rng.int(1, 2)).map((c) => c.name),
      radius: rng.pick<Radius>(['YRD', 'YRD', 'SHANGHAI', 'CHINA']),
      status: 'OPEN',
      createdAt: new Date(created).toISOString(),
      expiresAt: new Date(created + 180 * DAY_MS).toISOString(),
    });
  }
  return demands;
}
