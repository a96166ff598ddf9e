import { DEFAULT_RADIUS } from '../router/viewState';
/** What the current view can export as a picture; pages register one, the export menu uses it. */
export interface ViewExporter {
  /** File name without extension, e.g. "icv-chain-map". */
  name: string;
  png(): Promise<Blob>;
  svg(): Promise<string>;
}

export function download(data: Blob | string, filename: string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A d3 chart (any inline SVG) as a standalone SVG document with its computed text and shape styles inlined. */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = svg.querySelectorAll<SVGElement>('*');
  const targets = copy.querySelectorAll<SVGElement>('*');
  const keep = [
    'fill',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
    'font-size',
    'font-weight',
    'font-family',
    'opacity',
  ];
  sources.forEach((source, i) => {
    const style = getComputedStyle(source);
    const target = targets[i];
    if (!target) return;
    for (const property of keep) target.style.setProperty(property, style.getPropertyValue(property));
  });
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Rasterises an SVG document at 2× on a white background. */
export async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The exporter of a page whose picture is one inline SVG chart. */
export function chartExporter(name: string, getSvg: () => SVGSVGElement | null): ViewExporter {
  const text = () => {
    const svg = getSvg();
    if (!svg) throw new Error('nothing to export yet');
    return svgText(svg);
  };
  return { name, svg: async () => text(), png: () => svgToPng(text()) };
}

export const SERVER_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'xlsx', 'cypher'] as const;
/** `GET /export/:industryId.:format` (docs/design.md §5), at the radius the user is looking at. */
export const serverExportUrl = (industryId: string, format: string, radius: string = DEFAULT_RADIUS) =>
  `/export/${encodeURIComponent(industryId)}.${format}${radius === DEFAULT_RADIUS ? '' : `?radius=${radius}`}`;

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
/**
 * `GET /report/:industryId.(pdf|docx)` (docs/report.md): the meeting report at the radius the user is looking at,
 * in the interface's language.
 */
export function reportUrl(industryId: string, format: string, radius = 'JINSHAN', locale = 'zh-CN'): string {
  const query = new URLSearchParams();
  if (radius !== 'JINSHAN') query.set('radius', radius);
  if (locale === 'en') query.set('lang', 'en');
  const search = query.toString();
  return `/report/${encodeURIComponent(industryId)}.${format}${search ? `?${search}` : ''}`;
}
