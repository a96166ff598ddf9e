/**
 * What a section says, independent of the file format: the sections build blocks once, and the PDF and DOCX
 * renderers each turn them into their library's objects, so the two documents cannot drift apart.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'warning' }
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] }
  /** The same picture as SVG (vector in the PDF: zoomable, its labels searchable) and as PNG (for DOCX). */
  | { kind: 'picture'; svg: string; png: Buffer; width: number; height: number; caption: string }
  | { kind: 'pageBreak' };

export type { ReportLang } from './messages';
