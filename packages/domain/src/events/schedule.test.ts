import { describe, expect, it } from 'vitest';
import type { EventFirmFacts } from './pair-score';
import { bestSegmentFit, depthUnder, pairScore } from './pair-score';
import { candidatePairs, type ScheduleInput, solveSchedule } from './schedule';

// A toy chain: P has children C1, C2; C1 has grandchild G; Q stands apart.
const parentOf = new Map<string, string | null>([
  ['P', null],
  ['C1', 'P'],
  ['C2', 'P'],
  ['G', 'C1'],
  ['Q', null],
]);

const firm = (id: string, over: Partial<EventFirmFacts> = {}): EventFirmFacts => ({
  id,
  name: `Firm ${id}`,
  size: 'small',
  chainLeader: false,
  location: { province: '上海市', district: '金山区' },
  creditScore: 80,
  operatedSegmentIds: [],
  suppliesIds: [],
  ...over,
});

describe('pair score', () => {
  it('walks CHILD_OF up to the needed segment', () => {
    expect(depthUnder('G', 'P', parentOf)).toBe(2);
    expect(depthUnder('P', 'P', parentOf)).toBe(0);
    expect(depthUnder('P', 'G', parentOf)).toBeNull();
    expect(bestSegmentFit(['P', 'Q'], ['G', 'C2'], parentOf)).toBeCloseTo(0.8, 12);
    expect(bestSegmentFit(['Q'], ['G'], parentOf)).toBe(0);
  });

  it('is the weighted sum of its factors (worked by hand)', () => {
    const leader = firm('L', { size: 'large', chainLeader: true });
    // fit 0.8 (C1 under P) ×0.35 + local 1 ×0.2 + small 1 ×0.15 + leader 1 ×0.1 + credit 0.8 ×0.1 + new tie 1 ×0.1
    const scored = pairScore({ facts: leader, segmentIds: ['P'] }, { facts: firm('S'), segmentIds: ['C1'] }, parentOf);
    expect(scored?.score).toBeCloseTo(0.28 + 0.2 + 0.15 + 0.1 + 0.08 + 0.1, 12);
    expect(scored?.factors.map((f) => f.factor)).toEqual([
      'segmentFit',
      'locality',
      'sme',
      'bigHand',
      'credit',
      'newLink',
    ]);
    expect(scored?.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(scored?.score ?? -1, 12);
  });

  it('counts operated segments as offered, an existing tie as not new, and refuses a pair without fit', () => {
    const buyer = { facts: firm('B', { size: 'medium' }), segmentIds: ['C1'] };
    const supplier = { facts: firm('S', { operatedSegmentIds: ['G'], suppliesIds: ['B'] }), segmentIds: [] };
    const scored = pairScore(buyer, supplier, parentOf);
    expect(scored?.factors.find((f) => f.factor === 'segmentFit')?.value).toBeCloseTo(0.8, 12);
    expect(scored?.factors.find((f) => f.factor === 'newLink')?.value).toBe(0);
    expect(scored?.factors.find((f) => f.factor === 'bigHand')?.value).toBe(0.6);
    expect(pairScore(buyer, { facts: firm('S'), segmentIds: ['Q'] }, parentOf)).toBeNull();
    expect(pairScore(buyer, { facts: firm('B'), segmentIds: ['C1'] }, parentOf)).toBeNull();
  });
});

describe('solveSchedule', () => {
  // Two buyers need P; three suppliers; each firm at most 2 meetings in 3 slots.
  const input: ScheduleInput = {
    slotCount: 3,
    maxMeetingsPerFirm: 2,
    registrations: [
      { companyId: 'B1', role: 'BUYER', segmentIds: ['P'], maxMeetings: null },
      { companyId: 'B2', role: 'BUYER', segmentIds: ['C2'], maxMeetings: 1 },
      { companyId: 'S1', role: 'SUPPLIER', segmentIds: ['C1'], maxMeetings: null },
      { companyId: 'S2', role: 'SUPPLIER', segmentIds: ['C2'], maxMeetings: null },
      { companyId: 'S3', role: 'SUPPLIER', segmentIds: ['Q'], maxMeetings: null },
    ],
    facts: new Map(
      [
        firm('B1', { size: 'large', chainLeader: true }),
        firm('B2', { size: 'large' }),
        firm('S1'),
        firm('S2', { location: { province: '江苏省' } }),
        firm('S3'),
      ].map((f) => [f.id, f]),
    ),
    parentOf,
  };

  it('pairs only qualifying buyer–supplier pairs', () => {
    const keys = candidatePairs(input).map((p) => `${p.buyerId}-${p.supplierId}`);
    expect(keys).toEqual(['B1-S1', 'B1-S2', 'B2-S2']); // S3 offers Q, which nobody needs
  });

  it('takes the best total within the caps, with no firm twice in a slot', () => {
    const { meetings, totalScore } = solveSchedule(input);
    // B2 (cap 1) can only meet S2; B1 meets S1 and S2 (cap 2): all three candidate pairs fit.
    expect(meetings.map((m) => `${m.buyerId}-${m.supplierId}`).sort()).toEqual(['B1-S1', 'B1-S2', 'B2-S2']);
    expect(totalScore).toBeCloseTo(
      meetings.reduce((s, m) => s + m.score, 0),
      12,
    );
    const busy = new Set<string>();
    for (const m of meetings)
      for (const f of [m.buyerId, m.supplierId]) {
        expect(busy.has(`${f}@${m.slot}`)).toBe(false);
        busy.add(`${f}@${m.slot}`);
      }
    expect(meetings.filter((m) => m.buyerId === 'B1').every((m) => m.table === 1)).toBe(true);
    expect(meetings.find((m) => m.buyerId === 'B2')?.table).toBe(2);
  });

  it('leaves out excluded (declined) pairs and is the same on every run', () => {
    const again = solveSchedule({ ...input, excludedPairs: new Set(['B1|S2']) });
    expect(again.meetings.map((m) => `${m.buyerId}-${m.supplierId}`).sort()).toEqual(['B1-S1', 'B2-S2']);
    expect(solveSchedule(input)).toEqual(
      solveSchedule({ ...input, registrations: [...input.registrations].reverse() }),
    );
  });
});
