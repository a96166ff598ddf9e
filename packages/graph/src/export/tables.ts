import type { ChainExport } from './chain-export';
import { neutralise, xmlSafe } from './text-safety';

/** A spreadsheet cell: no characters XML cannot carry (an XLSX is XML), and no formula start. */
const cell = (value: unknown) => neutralise(typeof value === 'string' ? xmlSafe(value) : value);

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
export const FIRM_COLUMNS = ['segmentId', 'id', 'name', 'nameEn', 'size', 'chainLeader', 'district', 'creditScore'];
/** `annualValue` blank where the viewer may not read it (redact.ts). */
export const SUPPLY_COLUMNS = ['supplierId', 'buyerId', 'segmentId', 'annualValue'];

/** The four tables of a chain export, as rows of neutralised cells (a hidden or missing figure is a blank cell). */
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
      ].map(cell),
    ),
    flows: data.flows.map((f) => [f.from, f.to].map(cell)),
    firms: data.firms.map((f) =>
      [f.segmentId, f.id, f.name, f.nameEn, f.size, f.chainLeader, f.district, f.creditScore].map(cell),
    ),
    supplies: data.supplies.map((s) => [s.supplierId, s.buyerId, s.segmentId, s.annualValue].map(cell)),
  };
}
