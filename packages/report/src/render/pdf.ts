import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block } from '../blocks';
import { BOLD_FACE, REGULAR_FACE, type ReportFonts } from '../fonts';
import { messages, type ReportLang } from '../messages';

/** A4 portrait content width in points (595 − 2 × 40 margins). */
const CONTENT_WIDTH = 515;
const FAMILY = 'NotoSansCJK';
/** A4 content height (842 − 2 × 48) less room for the heading and caption. */
const PICTURE_MAX_HEIGHT = 680;

/**
 * Blocks to a PDF with pdfmake (pdfkit underneath). The CJK font is the collection member NotoSansCJKsc-* and pdfkit
 * embeds the subset of glyphs used (pdffonts: "emb yes, sub yes"), so the file opens anywhere. pdfmake may read only
 * the two font files and no URL.
 */
export async function blocksToPdf(blocks: readonly Block[], lang: ReportLang, fonts: ReportFonts): Promise<Buffer> {
  const content = blocks.map(toContent);
  const m = messages(lang);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    info: { title: blocks.find((b) => b.kind === 'title')?.text ?? 'Chain Atlas', producer: 'Chain Atlas' },
    defaultStyle: { font: FAMILY, fontSize: 9.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 120, 0, 16] },
      heading: { fontSize: 14, bold: true, margin: [0, 16, 0, 8], color: '#1f3a5f' },
      tableHeader: { bold: true, fillColor: '#eef2f7' },
    },
    content,
    footer: (page, pages) => ({ text: m.page(page, pages), alignment: 'center', fontSize: 8, color: '#888888' }),
  };
  // pdfmake is one shared instance: fonts and policies are set for each document, right before it is created.
  pdfmake.setFonts({
    [FAMILY]: {
      normal: [fonts.regular, REGULAR_FACE],
      bold: [fonts.bold, BOLD_FACE],
      italics: [fonts.regular, REGULAR_FACE],
      bolditalics: [fonts.bold, BOLD_FACE],
    },
  } as never);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path === fonts.regular || path === fonts.bold);
  return Buffer.from(await pdfmake.createPdf(definition).getBuffer());
}

function toContent(block: Block): Content {
  switch (block.kind) {
    case 'title':
      return { text: block.text, style: 'title' };
    case 'heading':
      return { text: block.text, style: 'heading' };
    case 'paragraph':
      return {
        text: block.text,
        margin: [0, 2, 0, 2],
        ...(block.tone === 'muted' ? { color: '#666666' } : {}),
        ...(block.tone === 'warning' ? { color: '#b23b00', bold: true } : {}),
      };
    case 'table': {
      // lightHorizontalLines pads 8 pt on each inner side of a cell: the columns share what is left.
      const total = block.widths.reduce((a, b) => a + b, 0);
      return {
        table: {
          headerRows: 1,
          widths: block.widths.map((w) => (w / total) * (CONTENT_WIDTH - 16 * (block.widths.length - 1) - 1)),
          body: [block.header.map((text) => ({ text, style: 'tableHeader' })), ...block.rows],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 4, 0, 8],
      };
    }
    case 'picture':
      // Vector, labels as outlines (chain-png.ts): sharp at any zoom.
      return {
        stack: [
          { svg: block.svg, fit: [CONTENT_WIDTH, PICTURE_MAX_HEIGHT], font: FAMILY },
          { text: block.caption, fontSize: 8, color: '#666666', margin: [0, 4, 0, 0] },
        ],
        margin: [0, 4, 0, 8],
      } as Content;
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}
