import { reportFonts } from './fonts';
import type { ReportLang } from './messages';
import { blocksToDocx } from './render/docx';
import { blocksToPdf } from './render/pdf';
import type { ReportData } from './report-data';
import { reportBlocks } from './sections/all';

/** The report as a PDF (CJK subset embedded). Throws `ReportFontError` when the font files are missing. */
export async function renderPdf(data: ReportData, lang: ReportLang = 'zh'): Promise<Buffer> {
  const fonts = reportFonts();
  return blocksToPdf(reportBlocks(data, lang, fonts), lang, fonts);
}

/** The report as a DOCX (East Asian font declared on every style). */
export async function renderDocx(data: ReportData, lang: ReportLang = 'zh'): Promise<Buffer> {
  const fonts = reportFonts();
  return blocksToDocx(reportBlocks(data, lang, fonts));
}
