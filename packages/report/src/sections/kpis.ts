import type { Block } from '../blocks';
import { percent } from '../format';
import { messages, type ReportLang } from '../messages';
import type { ReportData } from '../report-data';

/** Shares as percentages with one decimal, counts as integers: `kpiRows` is what the tests compare with the API. */
export function kpiRows(data: ReportData, lang: ReportLang): [string, string][] {
  const m = messages(lang);
  const k = data.kpis;
  return [
    [m.coverage, percent(k.coverage)],
    [m.keyLinkCoverage, percent(k.keyLinkCoverage)],
    [m.localSupportRate, percent(k.localSupportRate)],
    [m.segments, String(k.segments)],
    [m.strong, String(k.strong)],
    [m.weak, String(k.weak)],
    [m.missing, String(k.missing)],
  ];
}

export function kpiSection(data: ReportData, lang: ReportLang): Block[] {
  const m = messages(lang);
  return [
    { kind: 'heading', text: m.kpis },
    { kind: 'table', header: [m.kpiName, m.kpiValue], rows: kpiRows(data, lang), widths: [3, 2] },
  ];
}
