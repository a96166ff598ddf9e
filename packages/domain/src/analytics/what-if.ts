import type { SegmentStatus } from './status';
import type { SupportRateReport } from './support-rate';

export interface StatusChange {
  id: string;
  before: SegmentStatus;
  after: SegmentStatus;
  beforeCount: number;
  afterCount: number;
}

/** Before and after a scenario (the backing model of GraphQL `WhatIfResult`). */
export interface WhatIfReport {
  before: SupportRateReport;
  after: SupportRateReport;
  changes: StatusChange[];
  closedGaps: string[];
  openedGaps: string[];
  singleSourceBefore: number;
  singleSourceAfter: number;
  singleSourceDelta: number;
}

type Counted = { id: string; status: SegmentStatus; localCount: number };

/** Leaf segments whose local count or status differs between two scenarios, by id. */
export function statusChanges(before: readonly Counted[], after: readonly Counted[]): StatusChange[] {
  const afterById = new Map(after.map((s) => [s.id, s]));
  const changes: StatusChange[] = [];
  for (const b of before) {
    const a = afterById.get(b.id);
    if (!a || (a.status === b.status && a.localCount === b.localCount)) continue;
    changes.push({ id: b.id, before: b.status, after: a.status, beforeCount: b.localCount, afterCount: a.localCount });
  }
  return changes.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Closed gaps (docs/design.md §4.9, as defined here): segments MISSING before and not MISSING after. */
export function closedGaps(changes: readonly StatusChange[]): string[] {
  return changes.filter((c) => c.before === 'MISSING' && c.after !== 'MISSING').map((c) => c.id);
}

/** Opened gaps: segments not MISSING before and MISSING after (a removal can open one). */
export function openedGaps(changes: readonly StatusChange[]): string[] {
  return changes.filter((c) => c.before !== 'MISSING' && c.after === 'MISSING').map((c) => c.id);
}

/** Attract and remove must name different firms: "both" has no meaning. */
export function scenarioProblems(attract: readonly string[], remove: readonly string[]): string[] {
  const removed = new Set(remove);
  const both = [...new Set(attract.filter((id) => removed.has(id)))];
  return both.length > 0 ? [`companies both attracted and removed: ${both.join(', ')}`] : [];
}
