import type { Block } from '../blocks';
import { codeIn, nameIn } from '../format';
import { messages, type ReportLang } from '../messages';
import type { ReportData } from '../report-data';

export function roadmapSection(data: ReportData, lang: ReportLang): Block[] {
  const m = messages(lang);
  if (data.roadmap.length === 0)
    return [
      { kind: 'heading', text: m.roadmap },
      { kind: 'paragraph', text: m.roadmapNone },
    ];
  const rows = data.roadmap.map((t) => [
    nameIn(t, lang),
    String(t.trl),
    String(t.horizon),
    codeIn(t.stage, lang),
    t.segments.map((s) => nameIn(s, lang)).join(lang === 'en' ? ', ' : '、'),
  ]);
  return [
    { kind: 'heading', text: m.roadmap },
    {
      kind: 'table',
      header: [m.technology, m.trl, m.horizon, m.stage, m.enables],
      rows,
      widths: [2.5, 1, 1, 1.2, 3.5],
    },
  ];
}
