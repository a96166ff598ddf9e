import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_VARIABLES, type Env, envValue } from '@atlas/config';

/** Debian's fonts-noto-cjk; `ATLAS_REPORT_FONT_DIR` points elsewhere (another distribution, a container image). */
export const DEFAULT_FONT_DIR = ENV_VARIABLES.ATLAS_REPORT_FONT_DIR.fallback;
export const REGULAR_FILE = 'NotoSansCJK-Regular.ttc';
export const BOLD_FILE = 'NotoSansCJK-Bold.ttc';
/** Members of the collections: the Simplified Chinese cut. */
export const REGULAR_FACE = 'NotoSansCJKsc-Regular';
export const BOLD_FACE = 'NotoSansCJKsc-Bold';
/** The family name the SVG asks resvg for, and DOCX declares for East Asian text. */
export const FONT_FAMILY = 'Noto Sans CJK SC';

export interface ReportFonts {
  regular: string;
  bold: string;
}

/** A one-line, fixable problem: which font file is missing and how to get it. */
export class ReportFontError extends Error {
  override name = 'ReportFontError';
}

/** The CJK font files, checked to exist (the report cannot show Chinese without them). */
export function reportFonts(env: Env = process.env): ReportFonts {
  const dir = envValue('ATLAS_REPORT_FONT_DIR', env);
  const fonts = { regular: join(dir, REGULAR_FILE), bold: join(dir, BOLD_FILE) };
  for (const file of [fonts.regular, fonts.bold])
    if (!existsSync(file))
      throw new ReportFontError(
        `Report font ${file} not found: apt-get install fonts-noto-cjk, or set ATLAS_REPORT_FONT_DIR to the folder holding ${REGULAR_FILE} and ${BOLD_FILE}.`,
      );
  return fonts;
}
