import { createServer } from 'node:http';
import { GraphExecutor } from '@atlas/graph';
import { benchCases, type QueryName } from './cases';
import type { Fixtures } from './fixtures';

/**
 * The transport floor (transport-floor.ts): the benchmark's graph functions behind the least HTTP can be — node:http,
 * a JSON body naming the query and its variant, the same call the raw timing makes, JSON.stringify of the answer. No
 * GraphQL, no checks, no sign-in: what any API in a process of its own pays over the same driver, and no less.
 */
/** What the benchmark hands the child (as its one argument, JSON): the store, the port, the same fixtures. */
export interface TransportFloorInput {
  uri: string;
  user: string;
  password: string;
  port: number;
  fixtures: Fixtures;
}

const input = JSON.parse(process.argv[2] ?? '{}') as TransportFloorInput;
const executor = new GraphExecutor({ uri: input.uri, user: input.user, password: input.password });
const cases = new Map(benchCases(executor, input.fixtures).map((c) => [c.name, c]));

const server = createServer((req, res) => {
  const answer = (status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  if (req.method === 'GET' && req.url === '/healthz') return answer(200, '{"ok":true}');
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const { name, variant } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      name: QueryName;
      variant: number;
    };
    const call = cases.get(name)?.variants[variant]?.raw;
    if (!call) return answer(404, JSON.stringify({ error: `no case ${name} #${variant}` }));
    call().then(
      (data) => answer(200, JSON.stringify({ data })),
      (error: Error) => answer(500, JSON.stringify({ error: error.message })),
    );
  });
});
server.listen(input.port, '127.0.0.1');

process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void executor.close().then(() => process.exit(0));
});
