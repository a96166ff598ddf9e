import {
  type CompanySize,
  parkById,
  type Site,
  type SiteFitResult,
  type SiteFitView,
  type SiteNeeds,
  type SiteRow,
  siteFit,
  siteNeedsOf,
  siteShortlist,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { withNulls } from '../values';

/**
 * The land and floor inventory (docs/sites.md): `(:Site)-[:IN_PARK]->(:Park)`. Writers MERGE on the site id and
 * set nothing that changes between runs (no timestamps), so importing the same file again changes nothing.
 */

/** The properties a Site node carries: the row as validated, the park as the edge. */
const SITE_FIELDS = `s.id AS id, s.name AS name, p.id AS parkId, p.name AS parkName, s.kind AS kind, s.area AS area,
  s.use AS use, s.floorLevel AS floorLevel, s.floorLoading AS floorLoading, s.energyQuota AS energyQuota,
  s.vocsQuota AS vocsQuota, s.availability AS availability, s.availableFrom AS availableFrom,
  s.landPrice AS landPrice, s.rent AS rent, s.synthetic AS synthetic`;

/**
 * Writes sites and their park edges; the park node is created from the Jinshan park list when the graph does
 * not have it yet (a production graph without the synthetic firms). Returns the rows written.
 */
export async function upsertSites(tx: ManagedTransaction, rows: readonly SiteRow[]): Promise<number> {
  const parks = [...new Set(rows.map((r) => r.parkId))].map((id) => {
    const park = parkById(id);
    if (!park) throw new Error(`site park ${id} is not a Jinshan park (validated rows only)`);
    return { id, name: park.name, district: park.district, lat: park.lat, lon: park.lon };
  });
  await run(
    tx,
    `UNWIND $parks AS park
     MERGE (p:Park {id: park.id})
     ON CREATE SET p.name = park.name, p.district = park.district, p.lat = park.lat, p.lon = park.lon`,
    { parks },
  );
  const [written] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MERGE (s:Site {id: row.id})
     SET s += row
     WITH s, row
     OPTIONAL MATCH (s)-[old:IN_PARK]->(other:Park) WHERE other.id <> row.parkId
     DELETE old
     WITH DISTINCT s, row
     MATCH (p:Park {id: row.parkId})
     MERGE (s)-[:IN_PARK]->(p)
     RETURN count(*) AS n`,
    { rows: rows.map((row) => withNulls({ ...row })) },
  );
  return written?.n ?? 0;
}

export interface SiteFilter {
  parkId?: string | null;
  /** true: AVAILABLE only; false: RESERVED and TAKEN only; null: all. */
  available?: boolean | null;
}

export interface SitesForResult {
  needs: SiteNeeds;
  /** The fitting sites by score, or when none fits the closest few (domain/sites/site-shortlist.ts). */
  sites: SiteFitView[];
}

/** The inventory, by park then id. */
export async function listSites(executor: GraphExecutor, filter: SiteFilter = {}): Promise<Site[]> {
  return executor.read<Site>(
    'sites',
    `MATCH (s:Site)-[:IN_PARK]->(p:Park)
     WHERE ($parkId IS NULL OR p.id = $parkId)
       AND ($available IS NULL OR ($available = (s.availability = 'AVAILABLE')))
     RETURN ${SITE_FIELDS}
     ORDER BY p.id, s.id`,
    { parkId: filter.parkId ?? null, available: filter.available ?? null },
  );
}

/**
 * The sites for a firm we would attract into a segment: the segment's needs from its GB codes and industry and
 * the firm's size (domain/sites/site-needs.ts), every site checked against them, and the shortlist of them shown
 * (`seesTaken`: a district-wide reader, who may see TAKEN near misses). Undefined when the company or the segment
 * does not exist. `today` (ISO date) judges availability dates.
 */
export async function sitesFor(
  executor: GraphExecutor,
  query: { companyId: string; segmentId: string; today: string; seesTaken: boolean },
): Promise<SitesForResult | undefined> {
  const [subject] = await executor.read<{
    size: CompanySize | null;
    segment: { id: string; industryId: string; gbCodes: string[] | null };
  }>(
    'sites-for',
    `MATCH (c:Company {id: $companyId}), (s:Segment {id: $segmentId})
     RETURN c.size AS size, {id: s.id, industryId: s.industryId, gbCodes: s.gbCodes} AS segment`,
    { companyId: query.companyId, segmentId: query.segmentId },
  );
  if (!subject) return undefined;
  const needs = siteNeedsOf({ ...subject.segment, gbCodes: subject.segment.gbCodes ?? [] }, subject.size);
  const sites = (await listSites(executor)).map((site) => ({ site, ...siteFit(site, needs, query.today) }));
  // Among the sites that do not fit, those failing fewer checks first: the closest to what the firm needs.
  const failed = (fit: SiteFitResult) => fit.checks.filter((c) => !c.ok).length;
  sites.sort(
    (a, b) =>
      Number(b.fits) - Number(a.fits) || failed(a) - failed(b) || b.score - a.score || (a.site.id < b.site.id ? -1 : 1),
  );
  return { needs, sites: siteShortlist(sites, query.seesTaken) };
}
