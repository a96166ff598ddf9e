import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { firstSide, measureCase, postCase, postGraphql } from './timing';

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

describe('measureCase (raw, GraphQL and the transport floor in rounds)', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('times every side each round, starting with a different one each time, with the same variant', async () => {
    const calls: string[] = [];
    const api = await fakeApi((body) => {
      calls.push(`graphql ${JSON.stringify(JSON.parse(body).variables)}`);
      return { status: 200, json: { data: { ok: true } } };
    });
    const floor = await fakeApi((body) => {
      const { name, variant } = JSON.parse(body);
      calls.push(`floor ${name} #${variant}`);
      return { status: 200, json: { data: { ok: true } } };
    });
    servers.push(api.server, floor.server);
    const variants = [0, 1].map((v) => ({
      label: `v${v}`,
      variables: { v },
      raw: async () => calls.push(`raw ${v}`),
    }));
    const timing = await measureCase(
      { name: 'gaps', document: 'query Gaps { x }', variants },
      api.url,
      { warmup: 0, iterations: 3, budgetSeconds: 60 },
      floor.url,
    );
    // Round 0: variant 0, raw first; round 1: variant 1, GraphQL first; round 2: variant 0 again, one pass later,
    // so GraphQL first too (then floor, then raw).
    expect(calls).toEqual([
      'raw 0',
      'graphql {"v":0}',
      'floor gaps #0',
      'graphql {"v":1}',
      'floor gaps #1',
      'raw 1',
      'graphql {"v":0}',
      'floor gaps #0',
      'raw 0',
    ]);
    expect([timing.raw.n, timing.graphql.n, timing.transport?.n]).toEqual([3, 3, 3]);
    expect(timing.transportRatio).toBe(Number(((timing.transport?.medianMs ?? 0) / timing.raw.medianMs).toFixed(3)));
  });

  it('starts every variant with every side in turn, as many variants as sides or not', () => {
    for (const [variants, sides] of [
      [3, 3],
      [3, 2],
      [2, 3],
      [1, 3],
      [2, 2],
    ] as const) {
      const firsts = Array.from({ length: variants }, () => new Set<number>());
      for (let round = 0; round < variants * sides; round++)
        firsts[round % variants]?.add(firstSide(round, variants, sides));
      expect(
        firsts.map((s) => s.size),
        `${variants} variants, ${sides} sides`,
      ).toEqual(Array(variants).fill(sides));
    }
  });

  it('fails when the transport floor does not answer 200, naming its status', async () => {
    const floor = await fakeApi(() => ({ status: 404, json: { error: 'no case gaps #9' } }));
    servers.push(floor.server);
    await expect(postCase(floor.url, 'gaps', 9)).rejects.toThrow(/transport floor 404: .*no case gaps #9/);
  });
});
