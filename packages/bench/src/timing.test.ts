import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postGraphql } from './timing';

/** A stand-in API on a free loopback port: answers every POST with `answer(body, connection number)`. */
async function fakeApi(answer: (body: string, connection: number) => { status: number; json: unknown }) {
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { status, json } = answer(Buffer.concat(chunks).toString('utf8'), connections);
      res.writeHead(status, { 'content-type': 'application/graphql-response+json' });
      res.end(JSON.stringify(json));
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

describe('postGraphql (the benchmark client)', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sends the operation as JSON and answers its data, over one kept-alive connection', async () => {
    const api = await fakeApi((body) => ({ status: 200, json: { data: { echo: JSON.parse(body) } } }));
    server = api.server;
    for (let i = 0; i < 3; i++) {
      expect(await postGraphql(api.url, 'query Q($n: Int) { n }', { n: i })).toEqual({
        echo: { query: 'query Q($n: Int) { n }', variables: { n: i } },
      });
    }
    expect(api.connections()).toBe(1);
  });

  it('fails on GraphQL errors and on any status but 200, never returning a timing-worthy answer', async () => {
    const api = await fakeApi((body) =>
      body.includes('broken')
        ? { status: 200, json: { data: null, errors: [{ message: 'boom' }] } }
        : { status: 429, json: { data: { x: 1 } } },
    );
    server = api.server;
    await expect(postGraphql(api.url, '{ broken }', {})).rejects.toThrow(/GraphQL 200: .*boom/);
    await expect(postGraphql(api.url, '{ x }', {})).rejects.toThrow(/GraphQL 429/);
  });

  it('names the status and the text of an answer that is not JSON (a 413 or 429 from the server)', async () => {
    const plain = createServer((_req, res) => {
      res.writeHead(413, { 'content-type': 'text/plain' });
      res.end('Request body over 1000 bytes.\n');
    });
    server = plain;
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    await expect(postGraphql(url, '{ x }', {})).rejects.toThrow(/GraphQL 413, not JSON: Request body over/);
  });

  it('sends again on a new connection when the server closed the idle kept-alive one', async () => {
    const api = await fakeApi(() => ({ status: 200, json: { data: { ok: true } } }));
    server = api.server;
    expect(await postGraphql(api.url, '{ ok }', {})).toEqual({ ok: true });
    // The server drops the idle connection without the client noticing in time (as keepAliveTimeout does).
    server.closeAllConnections();
    expect(await postGraphql(api.url, '{ ok }', {})).toEqual({ ok: true });
    expect(api.connections()).toBe(2);
  });
});
