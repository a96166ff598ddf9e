import type { Block } from '../blocks';
import { nameIn } from '../format';
import { messages, type ReportLang } from '../messages';
import type { ReportData } from '../report-data';

export function coverSection(data: ReportData, lang: ReportLang): Block[] {
  const m = messages(lang);
  return [
    { kind: 'title', text: m.title(nameIn(data.industry, lang)) },
    { kind: 'paragraph', text: m.subtitle, tone: 'muted' },
    { kind: 'paragraph', text: m.radiusLine(m.radii[data.radius]) },
    { kind: 'paragraph', text: m.dateLine(data.date) },
    ...(data.synthetic ? [{ kind: 'paragraph', text: m.synthetic, tone: 'warning' } as const] : []),
  ];
}
