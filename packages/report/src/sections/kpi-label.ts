import type { IndustryKpis } from '@atlas/domain';
import { messages, type ReportLang } from '../messages';

/** The label of a KPI field (the KPI table and the changes table name them alike). */
export function kpiLabel(kpi: keyof IndustryKpis, lang: ReportLang): string {
  const m = messages(lang);
  return m[kpi];
}
