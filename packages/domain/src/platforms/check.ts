import { leafIds } from '../chain/check';
import type { IndustryDefinition } from '../chain/schema';
import type { PlatformsFile } from './schema';

/** Fewest and most platforms an industry's file lists (a district officer's list, not a directory). */
export const PLATFORMS_PER_INDUSTRY = { min: 3, max: 8 } as const;

/**
 * Problems of one industry's platforms against its chain: ids prefixed by the industry and unique, every served
 * segment a leaf of this industry, listed once. Empty when the file is sound.
 */
export function checkPlatforms(file: PlatformsFile, industry: IndustryDefinition): string[] {
  const problems: string[] = [];
  const industryId = industry.industry.id;
  const leaves = leafIds(industry);
  const known = new Set(industry.segments.map((s) => s.id));
  const { min, max } = PLATFORMS_PER_INDUSTRY;
  if (file.platforms.length < min || file.platforms.length > max)
    problems.push(`platforms: ${file.platforms.length} listed, expected ${min}–${max}`);
  const seen = new Set<string>();
  file.platforms.forEach((platform, i) => {
    const at = `platforms.${i} (${platform.id})`;
    if (!platform.id.startsWith(`${industryId}.p.`)) problems.push(`${at}: id must start with "${industryId}.p."`);
    if (seen.has(platform.id)) problems.push(`${at}: duplicate id`);
    seen.add(platform.id);
    const served = new Set<string>();
    for (const segmentId of platform.serves) {
      if (served.has(segmentId)) problems.push(`${at}: serves ${segmentId} twice`);
      served.add(segmentId);
      if (!known.has(segmentId)) problems.push(`${at}: serves unknown segment ${segmentId}`);
      else if (!leaves.has(segmentId)) problems.push(`${at}: serves ${segmentId}, a parent; name its leaves`);
    }
  });
  return problems;
}
