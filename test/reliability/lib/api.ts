import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAtlasServer } from '@atlas/api';
import type { GraphExecutor } from '@atlas/graph';
import { readApiConfig } from '../../../packages/api/src/config';

/** A GraphQL answer as the client sees it, with the HTTP status. */
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface RunningApi {
  base: string;
  server: Server;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/** The whole platform in this process on a free loopback port, configured from `env` (never from process.env). */
export async function startApi(
  executor: GraphExecutor,
  env: Record<string, string> = {},
  webRoot = '/nonexistent',
): Promise<RunningApi> {
  // Production answers only its public host: here, the loopback address the tests call.
  const config = readApiConfig({ ATLAS_RATE_LIMIT: '0', ATLAS_PUBLIC_HOST: '127.0.0.1', ...env });
  const server = createAtlasServer({ executor, config }, { webRoot });
  // Load tests open hundreds of keep-alive connections at once.
  server.maxConnections = 10_000;
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    try {
      return { status: res.status, ...(JSON.parse(text) as object) } as GqlResult<T>;
    } catch {
      return { status: res.status, errors: [{ message: text.slice(0, 200) }] } as GqlResult<T>;
    }
  };
  const login = async (username: string, password: string) => {
    const result = await gql<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    const token = result.data?.login.token;
    if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
    return token;
  };
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { base, server, gql, login, close };
}

/** The error code of the first error, `ok` for data, `HTTP <status>` for a coded-less failure. */
export function outcome(result: GqlResult): string {
  const first = result.errors?.[0];
  if (!first) return 'ok';
  return first.extensions?.code ?? `HTTP ${result.status}`;
}

export const POST_DEMAND = `mutation($input: PostDemandInput!) { postDemand(input: $input) { id title status } }`;
