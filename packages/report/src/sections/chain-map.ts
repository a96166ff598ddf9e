import type { Block } from '../blocks';
import { svgToPng, svgWithOutlinedText } from '../chain-png';
import { chainSvg } from '../chain-svg';
import type { ReportFonts } from '../fonts';
import { messages, type ReportLang } from '../messages';
import type { ReportData } from '../report-data';

export function chainMapSection(data: ReportData, lang: ReportLang, fonts: ReportFonts): Block[] {
  const m = messages(lang);
  const { svg, width, height } = chainSvg(data, lang);
  return [
    // The map gets a page of its own: cover and KPIs stay together on the first.
    { kind: 'pageBreak' },
    { kind: 'heading', text: m.chainMap },
    {
      kind: 'picture',
      svg: svgWithOutlinedText(svg, fonts),
      png: svgToPng(svg, fonts),
      width,
      height,
      caption: m.chainMapNote,
    },
  ];
}
