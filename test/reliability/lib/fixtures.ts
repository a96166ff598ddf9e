import { randomUUID } from 'node:crypto';
import type { Role } from '@atlas/domain';
import { ensureUsers, type GraphExecutor, refreshOperationLocality } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { testUscc } from '../../fixtures/import/fixtures';

/**
 * A scoped little world for reliability runs, usable outside Vitest (the scripts) as well as inside: an industry
 * of three leaf segments, a Jinshan chain leader, an SME and users of every role. Every node id (and username)
 * starts with the scope prefix; demands get random ids from the API, so cleanup finds them through the poster.
 */
export interface World {
  prefix: string;
  id(local: string): string;
  industryId: string;
  segments: string[];
  leaderId: string;
  smeId: string;
  password: string;
  usernames: Record<Role, string>;
}

export const ROLE_LIST: Role[] = ['ADMIN', 'PROMOTION_OFFICER', 'CHAIN_LEADER', 'SME', 'ANALYST'];

export function newWorld(name: string): World {
  const prefix = `t-${name}-${randomUUID().slice(0, 8)}`;
  const id = (local: string) => `${prefix}.${local}`;
  return {
    prefix,
    id,
    industryId: prefix,
    segments: [id('seg-a'), id('seg-b'), id('seg-c')],
    leaderId: id('leader'),
    smeId: id('sme'),
    password: `pw-${randomUUID()}`,
    usernames: Object.fromEntries(ROLE_LIST.map((role) => [role, id(`user-${role.toLowerCase()}`)])) as Record<
      Role,
      string
    >,
  };
}

/** Writes the world (idempotent: MERGE on ids) and its users. */
export async function createWorld(executor: GraphExecutor, world: World): Promise<void> {
  const [a, b, c] = world.segments;
  await executor.write(
    'reliability-fixture',
    `MERGE (i:Industry {id: $industryId}) SET i.name = '可靠性测试产业', i.nameEn = 'Reliability test industry'
     WITH i
     UNWIND $segments AS s
     MERGE (seg:Segment {id: s.id})
     SET seg += s, seg.industryId = $industryId, seg.leaf = true, seg.hsCodes = [], seg.gbCodes = []
     MERGE (seg)-[:PART_OF]->(i)`,
    {
      industryId: world.industryId,
      segments: [
        { id: a, name: '测试上游', nameEn: 'Upstream', tier: 'upstream', description: '' },
        { id: b, name: '测试中游', nameEn: 'Midstream', tier: 'midstream', description: '' },
        { id: c, name: '测试下游', nameEn: 'Downstream', tier: 'downstream', description: '' },
      ],
    },
  );
  await executor.write(
    'reliability-fixture',
    `MATCH (a:Segment {id: $a}), (b:Segment {id: $b}), (c:Segment {id: $c})
     MERGE (a)-[:FEEDS]->(b) MERGE (b)-[:FEEDS]->(c)
     WITH a, b, c
     UNWIND $companies AS row
     MERGE (co:Company {id: row.id})
     SET co += row.props, co.province = '上海市', co.city = '上海市', co.district = '金山区', co.country = '中国',
         co.synthetic = false, co.source = 'registry'
     WITH co, row, [a, b, c] AS segs
     UNWIND segs AS seg
     WITH co, row, seg WHERE seg.id IN row.segments
     MERGE (co)-[:OPERATES_IN {source: 'survey', confidence: 1.0}]->(seg)`,
    {
      a,
      b,
      c,
      companies: [
        {
          id: world.leaderId,
          segments: [c],
          props: { uscc: testUscc(world.prefix, 1), name: '可靠性测试链主', size: 'large', chainLeader: true },
        },
        {
          id: world.smeId,
          segments: [a, b],
          props: { uscc: testUscc(world.prefix, 2), name: '可靠性测试中小企业', size: 'small', chainLeader: false },
        },
      ],
    },
  );
  await executor.writeTx('reliability-fixture', (tx) => refreshOperationLocality(tx, [world.leaderId, world.smeId]));
  const passwordHash = await bcrypt.hash(world.password, 4);
  const companyOf: Record<Role, string | null> = {
    ADMIN: null,
    PROMOTION_OFFICER: null,
    ANALYST: null,
    CHAIN_LEADER: world.leaderId,
    SME: world.smeId,
  };
  await ensureUsers(
    executor,
    ROLE_LIST.map((role) => ({
      id: world.id(`user-${role.toLowerCase()}`),
      username: world.usernames[role],
      role,
      companyId: companyOf[role],
      passwordHash,
    })),
  );
}

/** The world's nodes by label, so each look-up uses the id index instead of scanning every node. */
const SCOPED_NODES = ['Company', 'Segment', 'Industry', 'User', 'Certification', 'Park']
  .map((label) => `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix RETURN n`)
  .join(' UNION ');

/** Nodes of the world and the relationships touching them, demands of its segments included (index look-ups). */
export async function worldCounts(executor: GraphExecutor, world: World): Promise<{ nodes: number; rels: number }> {
  const [row] = await executor.read<{ nodes: number; rels: number }>(
    'reliability-counts',
    `CALL () {
       ${SCOPED_NODES}
       UNION
       MATCH (n:Demand)-[:NEEDS]->(s:Segment) WHERE s.id STARTS WITH $prefix RETURN n
     }
     OPTIONAL MATCH (n)-[r]-()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS rels`,
    { prefix: world.prefix },
  );
  return row ?? { nodes: 0, rels: 0 };
}

/** Ids of the world's demands that the graph holds now. */
export async function storedDemandIds(executor: GraphExecutor, world: World): Promise<Set<string>> {
  const rows = await executor.read<{ id: string }>(
    'reliability-demands',
    'MATCH (d:Demand)-[:NEEDS]->(s:Segment) WHERE s.id STARTS WITH $prefix RETURN d.id AS id',
    { prefix: world.prefix },
  );
  return new Set(rows.map((r) => r.id));
}

/** Deletes everything of the world (demands first: their ids are not scoped). */
export async function removeWorld(executor: GraphExecutor, world: World): Promise<void> {
  await executor.write(
    'reliability-cleanup',
    'MATCH (d:Demand)-[:NEEDS]->(s:Segment) WHERE s.id STARTS WITH $prefix DETACH DELETE d',
    { prefix: world.prefix },
  );
  await executor.write(
    'reliability-cleanup',
    `CALL () {
       ${SCOPED_NODES}
     }
     DETACH DELETE n`,
    { prefix: world.prefix },
  );
}
