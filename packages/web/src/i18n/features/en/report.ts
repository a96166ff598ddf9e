import type { zhCN } from '../report';

// English of ../report.ts, a file of its own so it loads only with the English messages (i18n/index.ts).
export const en: Record<keyof typeof zhCN, string> = {
  'report.heading': 'Report',
  'report.pdf': 'Industry report (PDF)',
  'report.docx': 'Industry report (Word)',
};
