import type { Block } from '../blocks';
import { money, percent } from '../format';
import { messages, type ReportLang } from '../messages';
import type { ReportData } from '../report-data';

export function matchmakingSection(data: ReportData, lang: ReportLang): Block[] {
  const m = messages(lang);
  const mm = data.matchmaking;
  if (!mm)
    return [
      { kind: 'heading', text: m.matchmaking },
      { kind: 'paragraph', text: m.matchmakingNone, tone: 'muted' },
    ];
  return [
    { kind: 'heading', text: m.matchmaking },
    { kind: 'paragraph', text: `${m.matchmakingSince(mm.since)} ${m.matches(mm.matches)} ${m.lost(mm.lost)}` },
    {
      kind: 'table',
      header: [m.step, m.count, m.conversion],
      rows: mm.steps.map((s) => [m.steps[s.step], String(s.count), percent(s.conversion)]),
      widths: [2, 1, 1],
    },
    mm.contractedValue
      ? {
          kind: 'table',
          header: [m.kpiName, m.kpiValue],
          rows: [
            [m.contractedTotal, money(mm.contractedValue.total, lang)],
            [m.contractedJinshan, money(mm.contractedValue.jinshan, lang)],
            [m.contractedShanghai, money(mm.contractedValue.shanghai, lang)],
            [m.contractedNonLocal, money(mm.contractedValue.nonLocal, lang)],
            [m.deliveredValue, money(mm.contractedValue.delivered, lang)],
          ],
          widths: [3, 2],
        }
      : { kind: 'paragraph', text: m.valueHidden, tone: 'muted' },
  ];
}
