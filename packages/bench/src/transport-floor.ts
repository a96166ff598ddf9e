import { join } from 'node:path';
import { repoRoot } from '@atlas/config';
import type { Fixtures } from './fixtures';
import { type ServerProcess, startServerProcess } from './server-process';
import type { BenchStore } from './store';
import type { TransportFloorInput } from './transport-floor-child';

const ENTRY = join(repoRoot, 'packages/bench/src/transport-floor-child.ts');

/**
 * The transport floor as its own process (transport-floor-child.ts): each query's raw call behind a bare node:http
 * server. Timed beside raw and GraphQL, it splits GraphQL ÷ raw into what crossing a process over HTTP costs at all
 * (floor ÷ raw) and what the API adds on top (GraphQL ÷ floor).
 */
export async function startTransportFloor(
  store: BenchStore,
  port: number,
  fixtures: Fixtures,
  progress: (line: string) => void,
): Promise<ServerProcess> {
  const input: TransportFloorInput = { uri: store.uri, user: store.user, password: store.password, port, fixtures };
  const server = await startServerProcess('transport floor', ENTRY, `http://127.0.0.1:${port}`, {}, [
    JSON.stringify(input),
  ]);
  progress(`Transport floor ready on ${server.url} (pid ${server.pid}): the raw calls behind bare node:http`);
  return server;
}
