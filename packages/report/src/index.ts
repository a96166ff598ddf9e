export { chainLayers } from './chain-layers';
export { chainSvg, STATUS_COLOURS } from './chain-svg';
export { DEFAULT_FONT_DIR, ReportFontError, reportFonts } from './fonts';
export { percent } from './format';
export { messages, type ReportLang } from './messages';
export { renderDocx, renderPdf } from './render-report';
export type {
  ReportChanges,
  ReportData,
  ReportGap,
  ReportKeyLink,
  ReportMatchmaking,
  ReportSegment,
  ReportTarget,
  ReportTechnology,
} from './report-data';
export { kpiRows } from './sections/kpis';
