import { INDUSTRIES, type Radius } from '@atlas/domain';
import type { GraphExecutor } from '@atlas/graph';
import { messages, type ReportLang, renderDocx, renderPdf } from '@atlas/report';
import { type OptionalSections, type ReportRequest, readReportData } from './read-report-data';
import { reportSections } from './sections';

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The report file, or null for an unknown industry. Shared by `GET /report/…` and `pnpm atlas report`. */
export async function buildReport(
  executor: GraphExecutor,
  request: ReportRequest,
  format: ReportFormat,
  lang: ReportLang,
  optional: OptionalSections = reportSections,
): Promise<Buffer | null> {
  const data = await readReportData(executor, request, optional);
  if (!data) return null;
  return format === 'pdf' ? renderPdf(data, lang) : renderDocx(data, lang);
}

/**
 * The download's names: an ASCII one for every client, and for Chinese reports of the seven industries a Chinese
 * one (Content-Disposition filename*), e.g. 智能网联汽车产业链报告-金山区-2026-12-04.pdf.
 */
export function reportFilenames(
  industryId: string,
  radius: Radius,
  date: string,
  format: ReportFormat,
  lang: ReportLang,
) {
  const ascii = `chain-atlas-report-${industryId}-${radius.toLowerCase()}-${date}.${format}`;
  const industry = INDUSTRIES.find((i) => i.id === industryId);
  if (lang === 'en' || !industry) return { ascii, display: ascii };
  return { ascii, display: `${industry.name}产业链报告-${messages('zh').radii[radius]}-${date}.${format}` };
}
