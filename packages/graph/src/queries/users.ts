import type { Principal, Role } from '@atlas/domain';
import type { GraphExecutor } from '../executor';

export interface StoredUser extends Principal {
  passwordHash: string;
  /** Locked accounts cannot sign in (demo users left over in a production store). */
  disabled: boolean;
}

export async function userByUsername(executor: GraphExecutor, username: string): Promise<StoredUser | null> {
  const [row] = await executor.read<{ user: StoredUser }>(
    'userByUsername',
    `MATCH (u:User {username: $username})
     RETURN u { .id, .username, .role, .passwordHash, companyId: coalesce(u.companyId, null),
                disabled: coalesce(u.disabled, false) } AS user`,
    { username },
  );
  return row?.user ?? null;
}

export interface NewUser {
  id: string;
  username: string;
  role: Role;
  companyId: string | null;
  passwordHash: string;
}

/** Creates users that do not exist yet; an existing user keeps its password (a demo restart changes nothing). */
export async function ensureUsers(executor: GraphExecutor, users: NewUser[]): Promise<number> {
  const [row] = await executor.write<{ created: number }>(
    'ensureUsers',
    `UNWIND $users AS row
     MERGE (u:User {username: row.username})
     ON CREATE SET u.id = row.id, u.role = row.role, u.companyId = row.companyId, u.passwordHash = row.passwordHash,
                   u.created = true
     WITH u, coalesce(u.created, false) AS created REMOVE u.created
     RETURN count(CASE WHEN created THEN 1 END) AS created`,
    { users },
  );
  return row?.created ?? 0;
}

/** Picks the companies the demo users speak for: a Jinshan chain leader in icv, and a small icv firm. */
export async function demoUserCompanies(
  executor: GraphExecutor,
): Promise<{ leaderId: string | null; smeId: string | null }> {
  const [row] = await executor.read<{ leaderId: string | null; smeId: string | null }>(
    'demoUserCompanies',
    `OPTIONAL MATCH (l:Company {chainLeader: true, district: '金山区'})-[:OPERATES_IN]->(:Segment {industryId: 'icv'})
     WITH l ORDER BY l.id LIMIT 1
     OPTIONAL MATCH (s:Company)-[:OPERATES_IN]->(seg:Segment {industryId: 'icv'})
     WHERE s.size IN ['small', 'micro'] AND s.chainLeader = false
       AND EXISTS { (s)-[:OPERATES_IN]->(:Segment)-[:FEEDS]->(:Segment)<-[:OPERATES_IN]-(l) }
     WITH l, s ORDER BY s.district = '金山区' DESC, s.id LIMIT 1
     RETURN l.id AS leaderId, s.id AS smeId`,
  );
  return { leaderId: row?.leaderId ?? null, smeId: row?.smeId ?? null };
}

/** Locks these accounts (they can no longer sign in); returns how many were open before. */
export async function disableUsers(executor: GraphExecutor, usernames: readonly string[]): Promise<number> {
  const [row] = await executor.write<{ locked: number }>(
    'disableUsers',
    `UNWIND $usernames AS username MATCH (u:User {username: username})
     WITH u, coalesce(u.disabled, false) AS was SET u.disabled = true
     RETURN count(CASE WHEN NOT was THEN 1 END) AS locked`,
    { usernames },
  );
  return row?.locked ?? 0;
}
