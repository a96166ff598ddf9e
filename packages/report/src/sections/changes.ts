import type { Block } from '../blocks';
import { nameIn, percent } from '../format';
import { messages, type ReportLang } from '../messages';
import type { ReportData } from '../report-data';
import { kpiLabel } from './kpi-label';

/** Shares among the KPIs (shown as percentages); the rest are counts. */
const SHARES = new Set(['coverage', 'keyLinkCoverage', 'localSupportRate']);

export function changesSection(data: ReportData, lang: ReportLang): Block[] {
  const m = messages(lang);
  const c = data.changes;
  if (!c)
    return [
      { kind: 'heading', text: m.changes },
      { kind: 'paragraph', text: m.changesNone, tone: 'muted' },
    ];
  const list = (items: { name: string; nameEn: string }[]) =>
    items.length === 0 ? m.noneItem : items.map((i) => nameIn(i, lang)).join(lang === 'en' ? ', ' : '、');
  const value = (kpi: string, v: number | null) => (SHARES.has(kpi) ? percent(v) : v === null ? '—' : String(v));
  const status = (s: keyof typeof m.statuses | null) => (s ? m.statuses[s] : '—');
  return [
    { kind: 'heading', text: m.changes },
    { kind: 'paragraph', text: m.changesSince(c.since.label ?? c.since.id, c.since.date) },
    {
      kind: 'table',
      header: [m.kpiName, m.before, m.after],
      rows: c.kpiDeltas.map((d) => [kpiLabel(d.kpi, lang), value(d.kpi, d.before), value(d.kpi, d.after)]),
      widths: [3, 2, 2],
    },
    ...(c.statusChanges.length === 0
      ? []
      : [
          {
            kind: 'table',
            header: [m.statusChanges, m.before, m.after],
            rows: c.statusChanges.map((s) => [nameIn(s, lang), status(s.from), status(s.to)]),
            widths: [3, 2, 2],
          } satisfies Block,
        ]),
    { kind: 'paragraph', text: `${m.gapsClosed}: ${list(c.gapsClosed)}` },
    { kind: 'paragraph', text: `${m.gapsOpened}: ${list(c.gapsOpened)}` },
    { kind: 'paragraph', text: m.firmsMoved(c.firmsArrived, c.firmsLeft) },
  ];
}
