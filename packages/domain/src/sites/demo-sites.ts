import { JINSHAN_PARKS } from '../synthetic/parks';
import { isChemicalPark, type SiteRow, siteRowSchema } from './site';

/**
 * The demo's plots and floors (synthetic, named 示例·…): a few per Jinshan park, shaped by what the park is:
 * chemical parks offer large M2/M3 plots with energy and VOCs quota, the others M1 plots, 工业上楼 floors of several
 * loadings and M0 research floors. A fixed table, so every demo load writes the same sites.
 */
type Template = Omit<SiteRow, 'id' | 'name' | 'parkId' | 'synthetic'> & { label: string };

const plot = (
  area: number,
  use: SiteRow['use'],
  energyQuota: number,
  vocsQuota: number,
  landPrice: number,
): Template => ({
  label: '号地块',
  kind: 'PLOT',
  area,
  use,
  energyQuota,
  vocsQuota,
  availability: 'AVAILABLE',
  landPrice,
});

const floor = (level: number, area: number, floorLoading: number, use: SiteRow['use'], rent: number): Template => ({
  label: `号楼${level}层`,
  kind: 'FLOOR',
  area,
  use,
  floorLevel: level,
  floorLoading,
  energyQuota: Math.round(area * 0.03),
  vocsQuota: 0,
  availability: 'AVAILABLE',
  rent,
});

const CHEMICAL: Template[] = [
  plot(120_000, 'M3', 60_000, 300, 95),
  plot(45_000, 'M3', 15_000, 80, 95),
  plot(16_000, 'M2', 4_000, 20, 90),
  { ...plot(80_000, 'M3', 30_000, 150, 95), availability: 'AVAILABLE', availableFrom: '2027-06-30' },
  { ...plot(30_000, 'W', 500, 0, 80), availability: 'RESERVED' },
  // Small and micro chemical firms: a small plot and a standalone workshop (甲类厂房 are single-storey).
  plot(6_000, 'M2', 1_500, 10, 90),
  {
    label: '号独栋厂房',
    kind: 'BUILDING',
    area: 1_600,
    use: 'M2',
    floorLoading: 20,
    energyQuota: 400,
    vocsQuota: 5,
    availability: 'AVAILABLE',
    rent: 1.0,
  },
];

const GENERAL: Template[] = [
  plot(35_000, 'M1', 2_000, 10, 110),
  floor(1, 4_500, 25, 'M1', 1.3),
  floor(3, 3_200, 8, 'M1', 1.1),
  floor(5, 2_400, 5, 'M0', 1.6),
];

/** Which of the general templates each non-chemical park offers (by index), so the parks differ. */
const GENERAL_PICKS: Readonly<Record<string, readonly number[]>> = {
  'park.jinshan-industrial-zone': [0, 1, 2, 3],
  'park.east-china-uav-base': [1, 2, 3],
  'park.bay-biopharma-port': [0, 2, 3],
  'park.new-display': [1, 2, 3],
  'park.fengjing-industrial-zone': [0, 1, 2],
  'park.zhangyan-industrial-park': [0, 1, 2],
  'park.bay-area-innovation-center': [2, 3],
};

/** The chemical parks offer the chemical templates: the first park all seven, the others their first ones. */
const CHEMICAL_PICKS: Readonly<Record<string, readonly number[]>> = {
  'park.scip-jinshan': [0, 1, 2, 3, 4, 5, 6],
  'park.sinopec-shanghai': [0, 1, 2, 6],
  'park.jinshan-second-industrial-zone': [0, 1, 2, 3, 5],
};

/**
 * Sites that differ from their template: some already taken, so the inventory shows what is gone too, and an M2
 * plot with energy and VOCs quota outside any chemical park, which a chemical producer still never gets.
 */
const OVERRIDES: Readonly<Record<string, Partial<SiteRow>>> = {
  'demo-site.jinshan-industrial-zone.3': { availability: 'TAKEN' },
  'demo-site.new-display.1': { availability: 'TAKEN' },
  'demo-site.jinshan-second-industrial-zone.3': { availability: 'TAKEN' },
  'demo-site.zhangyan-industrial-park.1': { use: 'M2', area: 60_000, energyQuota: 20_000, vocsQuota: 60 },
};

export function demoSites(): SiteRow[] {
  const sites: SiteRow[] = [];
  for (const park of JINSHAN_PARKS) {
    const templates = isChemicalPark(park.id)
      ? (CHEMICAL_PICKS[park.id] ?? [0]).map((i) => CHEMICAL[i] as Template)
      : (GENERAL_PICKS[park.id] ?? [0, 2]).map((i) => GENERAL[i] as Template);
    templates.forEach(({ label, ...template }, index) => {
      const n = index + 1;
      // A floor's building number: all floors of a park are in its 智造空间 building 1.
      const name = template.kind === 'FLOOR' ? `示例·${park.name}智造空间1${label}` : `示例·${park.name}${n}${label}`;
      sites.push(
        siteRowSchema.parse({
          ...template,
          id: `demo-site.${park.id.slice(5)}.${n}`,
          name,
          parkId: park.id,
          synthetic: true,
        }),
      );
    });
  }
  for (const site of sites) Object.assign(site, OVERRIDES[site.id] ?? {});
  return sites;
}
