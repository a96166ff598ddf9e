import type { Principal, Role } from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';

export interface StoredUser extends Principal {
  passwordHash: string;
  /** Disabled accounts cannot sign in, and their tokens are refused (demo users in a production store, leavers). */
  disabled: boolean;
  /** Goes up on every disable, role or password change; a token naming an older version is refused. */
  tokenVersion: number;
  /** Made by the demo (ensureDemoUsers): production disables these whatever their password. */
  demo: boolean;
}

/** A user as the admin list shows it: everything but the hash. */
export type UserSummary = Omit<StoredUser, 'passwordHash'>;

const PROJECTION = `u { .id, .username, .role, .passwordHash, companyId: coalesce(u.companyId, null),
                       disabled: coalesce(u.disabled, false), tokenVersion: coalesce(u.tokenVersion, 0),
                       demo: coalesce(u.demo, false) }`;

export async function userByUsername(executor: GraphExecutor, username: string): Promise<StoredUser | null> {
  const [row] = await executor.read<{ user: StoredUser }>(
    'userByUsername',
    `MATCH (u:User {username: $username}) RETURN ${PROJECTION} AS user`,
    { username },
  );
  return row?.user ?? null;
}

/** The user a token names, read on every signed-in request (an index look-up) so revocation is immediate. */
export async function userById(executor: GraphExecutor, id: string): Promise<StoredUser | null> {
  const [row] = await executor.read<{ user: StoredUser }>(
    'userById',
    `MATCH (u:User {id: $id}) RETURN ${PROJECTION} AS user`,
    { id },
  );
  return row?.user ?? null;
}

export async function listUsers(executor: GraphExecutor): Promise<UserSummary[]> {
  const rows = await executor.read<{ user: StoredUser }>(
    'listUsers',
    `MATCH (u:User) RETURN ${PROJECTION} AS user ORDER BY u.username`,
  );
  return rows.map((row) => withoutHash(row.user));
}

function withoutHash({ passwordHash: _hash, ...summary }: StoredUser): UserSummary {
  return summary;
}

export interface NewUser {
  id: string;
  username: string;
  role: Role;
  companyId: string | null;
  passwordHash: string;
  demo?: boolean;
}

/** Creates users that do not exist yet; an existing user keeps its password (a demo restart changes nothing). */
export async function ensureUsers(executor: GraphExecutor, users: NewUser[]): Promise<number> {
  const [row] = await executor.write<{ created: number }>(
    'ensureUsers',
    `UNWIND $users AS row
     MERGE (u:User {username: row.username})
     ON CREATE SET u.id = row.id, u.role = row.role, u.companyId = row.companyId, u.passwordHash = row.passwordHash,
                   u.demo = coalesce(row.demo, false), u.tokenVersion = 0, u.created = true
     WITH u, coalesce(u.created, false) AS created REMOVE u.created
     RETURN count(CASE WHEN created THEN 1 END) AS created`,
    { users: users.map((u) => ({ demo: false, ...u })) },
  );
  return row?.created ?? 0;
}

/** Why a user write did not happen; the caller turns it into its own message. */
export type UserWriteRefusal = 'username-taken' | 'no-such-user' | 'no-such-company';

/** One new account (the CLI's `user add`, GraphQL `createUser`); the company, when named, must exist. */
export async function createUser(executor: GraphExecutor, user: NewUser): Promise<UserSummary | UserWriteRefusal> {
  return executor.writeTx('createUser', async (tx) => {
    const taken = await run(tx, 'MATCH (u:User) WHERE u.username = $username OR u.id = $id RETURN u.id', {
      username: user.username,
      id: user.id,
    });
    if (taken.length) return 'username-taken';
    if (user.companyId && !(await companyExists(tx, user.companyId))) return 'no-such-company';
    const [created] = await run<{ user: StoredUser }>(
      tx,
      `CREATE (u:User {id: $id, username: $username, role: $role, companyId: $companyId, passwordHash: $passwordHash,
                       disabled: false, demo: false, tokenVersion: 0})
       RETURN ${PROJECTION} AS user`,
      { demo: false, ...user },
    );
    return withoutHash(created?.user as StoredUser);
  });
}

export interface UserChange {
  role?: Role;
  /** With `role`: the company a CHAIN_LEADER or SME speaks for (null for the other roles). */
  companyId?: string | null;
  disabled?: boolean;
  passwordHash?: string;
}

/**
 * Changes an account and revokes its tokens (tokenVersion + 1) in the same transaction: the next request with a
 * token issued before the change is refused.
 */
export async function changeUser(
  executor: GraphExecutor,
  username: string,
  change: UserChange,
): Promise<UserSummary | UserWriteRefusal> {
  return executor.writeTx('changeUser', async (tx) => {
    if (change.companyId && !(await companyExists(tx, change.companyId))) return 'no-such-company';
    const sets = Object.keys(change)
      .filter((key) => change[key as keyof UserChange] !== undefined)
      .map((key) => `u.${key} = $change.${key}`);
    const [row] = await run<{ user: StoredUser }>(
      tx,
      `MATCH (u:User {username: $username})
       SET ${[...sets, 'u.tokenVersion = coalesce(u.tokenVersion, 0) + 1'].join(', ')}
       RETURN ${PROJECTION} AS user`,
      { username, change },
    );
    return row ? withoutHash(row.user) : 'no-such-user';
  });
}

/**
 * Replaces an old-format hash after a successful sign-in (bcrypt → scrypt). Not a revocation: same password,
 * so tokens stay valid; only applied if the hash is still the one that was checked.
 */
export async function upgradePasswordHash(
  executor: GraphExecutor,
  id: string,
  oldHash: string,
  newHash: string,
): Promise<void> {
  await executor.write(
    'upgradePasswordHash',
    'MATCH (u:User {id: $id}) WHERE u.passwordHash = $oldHash SET u.passwordHash = $newHash',
    { id, oldHash, newHash },
  );
}

async function companyExists(tx: ManagedTransaction, companyId: string): Promise<boolean> {
  return (await run(tx, 'MATCH (c:Company {id: $companyId}) RETURN c.id', { companyId })).length > 0;
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

/**
 * Which accounts are the demo's: marked `demo: true` when the demo made them, or (made before the mark existed)
 * one of the demo usernames with the demo's id `<idPrefix><name>` (`user.admin`…). `scope` limits the match to
 * ids starting with it (tests; the product uses the whole graph).
 */
export interface DemoAccounts {
  usernames: readonly string[];
  idPrefix?: string;
  scope?: string;
}

const DEMO_USER = `u.id STARTS WITH $scope
  AND (coalesce(u.demo, false) OR (u.username IN $usernames AND u.id = $idPrefix + u.username))`;

const demoParams = ({ usernames, idPrefix = 'user.', scope = '' }: DemoAccounts) => ({ usernames, idPrefix, scope });

/** Disables the demo accounts and revokes their tokens; returns the usernames that were enabled until now. */
export async function disableDemoUsers(executor: GraphExecutor, accounts: DemoAccounts): Promise<string[]> {
  const rows = await executor.write<{ username: string }>(
    'disableDemoUsers',
    `MATCH (u:User) WHERE ${DEMO_USER} AND NOT coalesce(u.disabled, false)
     SET u.disabled = true, u.tokenVersion = coalesce(u.tokenVersion, 0) + 1
     RETURN u.username AS username ORDER BY username`,
    demoParams(accounts),
  );
  return rows.map((r) => r.username);
}

/** Demo accounts that are disabled (a graph that ran in production, back in demo mode). */
export async function disabledDemoUsers(executor: GraphExecutor, accounts: DemoAccounts): Promise<string[]> {
  const rows = await executor.read<{ username: string }>(
    'disabledDemoUsers',
    `MATCH (u:User) WHERE ${DEMO_USER} AND coalesce(u.disabled, false)
     RETURN u.username AS username ORDER BY username`,
    demoParams(accounts),
  );
  return rows.map((r) => r.username);
}

/** Locks these accounts (they can no longer sign in) and revokes their tokens; returns how many were open before. */
export async function disableUsers(executor: GraphExecutor, usernames: readonly string[]): Promise<number> {
  const [row] = await executor.write<{ locked: number }>(
    'disableUsers',
    `UNWIND $usernames AS username MATCH (u:User {username: username})
     WITH u, coalesce(u.disabled, false) AS was SET u.disabled = true
     SET u.tokenVersion = coalesce(u.tokenVersion, 0) + CASE WHEN was THEN 0 ELSE 1 END
     RETURN count(CASE WHEN NOT was THEN 1 END) AS locked`,
    { usernames },
  );
  return row?.locked ?? 0;
}
