import type { Block } from '../blocks';
import { codeIn, nameIn } from '../format';
import { messages, type ReportLang } from '../messages';
import type { ReportData } from '../report-data';

export function keyLinkSection(data: ReportData, lang: ReportLang): Block[] {
  const m = messages(lang);
  if (data.keyLinks.length === 0)
    return [
      { kind: 'heading', text: m.keyLinks },
      { kind: 'paragraph', text: m.keyLinksNone },
    ];
  const rows = data.keyLinks.map((k) => [
    nameIn(k, lang),
    m.statuses[k.status],
    String(k.criticality),
    codeIn(k.bottleneck, lang),
    k.targetYear === null ? '—' : String(k.targetYear),
    (lang === 'en' ? (k.noteEn ?? k.note) : k.note) ?? '',
  ]);
  return [
    { kind: 'heading', text: m.keyLinks },
    {
      kind: 'table',
      header: [m.segment, m.status, m.criticality, m.bottleneck, m.targetYear, m.note],
      rows,
      widths: [2, 1, 1, 1.5, 1, 4],
    },
  ];
}
