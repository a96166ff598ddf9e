import { mkdtempSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './processes';
import { startLocalNeo4j } from './server';
import { resolveTarget } from './settings';

function localSettings(port: number) {
  const target = resolveTarget({ ATLAS_NEO4J_PORT: String(port), ATLAS_HOME: mkdtempSync(join(tmpdir(), 'atlas-')) });
  if (target.kind !== 'local') throw new Error('expected local');
  return target.local;
}

describe('starting a local Neo4j refuses bad situations in one clear line', () => {
  let squatter: Server;
  let squattedPort = 0;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // Answers garbage and hangs up, as a non-Neo4j program on the port would.
    squatter = createServer((socket) => {
      sockets.add(socket);
      socket.end('not bolt\n');
    });
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    squattedPort = (squatter.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => squatter.close(() => resolve()));
  });

  it('when another program holds the port', async () => {
    await expect(startLocalNeo4j(localSettings(squattedPort), { password: 'x' })).rejects.toThrow(
      `Port ${squattedPort} is in use by another program: stop it or set ATLAS_NEO4J_PORT to a free port`,
    );
  });

  it('when Java is missing', async () => {
    const free = await freePort();
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(startLocalNeo4j(localSettings(free), { password: 'x' })).rejects.toThrow(/Java 17\+ is needed/);
    } finally {
      process.env.PATH = path;
    }
  });
});
