import type { ChainExport } from './chain-export';

/** Spreadsheet cells that start like a formula are neutralised, so opening an export never runs code. */
export function neutralise(value: unknown): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export const SEGMENT_COLUMNS = [
  'id',
  'name',
  'nameEn',
  'tier',
  'parentId',
  'status',
  'localCount',
  'keyLinkCriticality',
  'bottleneck',
];
export const FLOW_COLUMNS = ['from', 'to'];
export const FIRM_COLUMNS = ['segmentId', 'id', 'name', 'nameEn', 'size', 'chainLeader', 'district'];

/** The three tables of a chain export, as rows of neutralised cells. */
export function exportTables(data: ChainExport) {
  return {
    segments: data.segments.map((s) =>
      [
        s.id,
        s.name,
        s.nameEn,
        s.tier,
        s.parentId,
        s.status,
        s.localCount,
        s.keyLink?.criticality ?? '',
        s.keyLink?.bottleneck ?? '',
      ].map(neutralise),
    ),
    flows: data.flows.map((f) => [f.from, f.to].map(neutralise)),
    firms: data.firms.map((f) =>
      [f.segmentId, f.id, f.name, f.nameEn, f.size, f.chainLeader, f.district].map(neutralise),
    ),
  };
}
