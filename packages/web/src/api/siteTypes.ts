import type { ScoreFactor } from './types';

/** Shapes of the site documents (siteDocuments.ts), as packages/api/schema.graphql defines them. */
export interface SiteCheck {
  ok: boolean;
  code: string;
  text: string;
  params: { key: string; value: string }[];
}

export interface Site {
  id: string;
  name: string;
  parkName: string;
  chemicalPark: boolean;
  kind: 'PLOT' | 'FLOOR' | 'BUILDING';
  area: number;
  use: 'M0' | 'M1' | 'M2' | 'M3' | 'W';
  floorLevel: number | null;
  floorLoading: number | null;
  energyQuota: number;
  vocsQuota: number;
  availability: 'AVAILABLE' | 'RESERVED' | 'TAKEN';
  availableFrom: string | null;
  landPrice: number | null;
  rent: number | null;
  synthetic: boolean;
}

export interface SiteFit {
  fits: boolean;
  score: number;
  factors: ScoreFactor[];
  reasons: SiteCheck[];
  site: Site;
}
