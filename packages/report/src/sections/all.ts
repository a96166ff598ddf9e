import type { Block } from '../blocks';
import type { ReportFonts } from '../fonts';
import type { ReportLang } from '../messages';
import type { ReportData } from '../report-data';
import { chainMapSection } from './chain-map';
import { changesSection } from './changes';
import { coverSection } from './cover';
import { gapSection } from './gaps';
import { keyLinkSection } from './key-links';
import { kpiSection } from './kpis';
import { matchmakingSection } from './matchmaking';
import { roadmapSection } from './roadmap';

/** The report in reading order: cover and KPIs first (what a leadership meeting reads), details after. */
export function reportBlocks(data: ReportData, lang: ReportLang, fonts: ReportFonts): Block[] {
  return [
    ...coverSection(data, lang),
    ...kpiSection(data, lang),
    ...chainMapSection(data, lang, fonts),
    ...gapSection(data, lang),
    ...keyLinkSection(data, lang),
    ...roadmapSection(data, lang),
    ...changesSection(data, lang),
    ...matchmakingSection(data, lang),
  ];
}
