import type { Block } from '../blocks';
import { codeIn, nameIn, score } from '../format';
import { messages, type ReportLang } from '../messages';
import type { ReportData } from '../report-data';

/** How many targets each gap lists, and how many factors explain its priority. */
const TARGETS_SHOWN = 3;
const FACTORS_SHOWN = 2;

export function gapSection(data: ReportData, lang: ReportLang): Block[] {
  const m = messages(lang);
  if (data.gaps.length === 0)
    return [
      { kind: 'heading', text: m.gaps },
      { kind: 'paragraph', text: m.gapsNone },
    ];
  const rows = data.gaps.map((gap, i) => [
    String(i + 1),
    nameIn(gap, lang),
    m.statuses[gap.status],
    score(gap.priority),
    [...gap.factors]
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, FACTORS_SHOWN)
      .map((f) => `${codeIn(f.factor, lang)} ${score(f.contribution)}`)
      .join('; '),
    gap.targets.length === 0
      ? m.noTargets
      : gap.targets
          .slice(0, TARGETS_SHOWN)
          .map((t) => `${nameIn(t, lang)} (${score(t.score)})`)
          .join('; '),
  ]);
  return [
    { kind: 'heading', text: m.gaps },
    {
      kind: 'table',
      header: [m.rank, m.segment, m.status, m.priority, m.mainFactors, m.targets],
      rows,
      widths: [0.5, 2, 1, 1, 2.2, 4],
    },
  ];
}
