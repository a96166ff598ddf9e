import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block } from '../blocks';
import { FONT_FAMILY } from '../fonts';

/** Every run names the CJK font for East Asian text (w:eastAsia) and for Latin, so Word does not fall back to SimSun. */
const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, eastAsia: FONT_FAMILY, cs: FONT_FAMILY };
/** A4 text width at 96 dpi, in the pixels docx's ImageRun takes. */
const PICTURE_MAX_WIDTH = 600;

/**
 * Blocks to a DOCX with the docx library. Fonts are declared, not embedded (Word does not subset CJK fonts well);
 * a reader without Noto Sans CJK gets their own CJK font from the eastAsia declaration's fallback.
 */
export function blocksToDocx(blocks: readonly Block[]): Promise<Buffer> {
  const document = new Document({
    title: blocks.find((b) => b.kind === 'title')?.text ?? 'Chain Atlas',
    creator: 'Chain Atlas',
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 } },
        title: { run: { font: FONT, size: 44, bold: true } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 320, after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '888888' })],
              }),
            ],
          }),
        },
        children: blocks.flatMap(toChildren),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function toChildren(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 240 } })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 80 },
          children: [
            new TextRun({
              text: block.text,
              ...(block.tone === 'muted' ? { color: '666666' } : {}),
              ...(block.tone === 'warning' ? { color: 'B23B00', bold: true } : {}),
            }),
          ],
        }),
      ];
    case 'table': {
      const total = block.widths.reduce((a, b) => a + b, 0);
      const cell = (text: string, col: number, header: boolean) =>
        new TableCell({
          width: { size: Math.round(((block.widths[col] ?? 1) / total) * 100), type: WidthType.PERCENTAGE },
          ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' } } : {}),
          children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((text, col) => cell(text, col, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((text, col) => cell(text, col, false)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
    }
    case 'picture': {
      const width = Math.min(PICTURE_MAX_WIDTH, block.width);
      const height = Math.round((block.height * width) / block.width);
      return [
        new Paragraph({
          children: [new ImageRun({ type: 'png', data: block.png, transformation: { width, height } })],
        }),
        new Paragraph({ children: [new TextRun({ text: block.caption, size: 16, color: '666666' })] }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ text: '', pageBreakBefore: true })];
  }
}
