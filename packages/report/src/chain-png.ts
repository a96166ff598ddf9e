import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, type ReportFonts } from './fonts';

function resvg(svg: string, fonts: ReportFonts, zoom = 1): Resvg {
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles: [fonts.regular], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
}

/** The chain SVG as a PNG at twice its size (sharp in print); resvg gets the CJK font file, not the system's. */
export function svgToPng(svg: string, fonts: ReportFonts): Buffer {
  return Buffer.from(resvg(svg, fonts, 2).render().asPng());
}

/**
 * The same SVG with its text turned into outlines, for the PDF: pdfmake's SVG path cannot switch to a font from a
 * collection (.ttc), so the labels arrive as shapes — still vector, sharp at any zoom.
 */
export function svgWithOutlinedText(svg: string, fonts: ReportFonts): string {
  return resvg(svg, fonts).toString();
}
