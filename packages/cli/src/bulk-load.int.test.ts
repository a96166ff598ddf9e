import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED, planSynthetic } from '@atlas/domain';
import { GraphExecutor, readIndustryDefinitions, seedDemo } from '@atlas/graph';
import {
  freePort,
  type LocalServer,
  type LocalServerSettings,
  repoRoot,
  resolveTarget,
  startLocalNeo4j,
} from '@atlas/neo4j-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeImport, importSyntheticSet } from './bulk-load';

/**
 * The bulk path must build the very graph the transactional loader builds: on a Neo4j of its own, the same
 * synthetic set is imported offline, dumped, wiped, seeded through Cypher and dumped again; every node and
 * relationship, with every property and its Cypher type, must match.
 */
const PASSWORD = 'atlas-bulk-test';
const definitions = readIndustryDefinitions(join(repoRoot, 'data/industries'));
// The anchors (leaders, gap anchors) and a few hundred random firms: every kind of row, in seconds.
const size = planSynthetic(definitions, DEFAULT_SEED).anchors.length + 400;

describe('bulk import (neo4j-admin) against the transactional loader', () => {
  let home: string;
  let settings: LocalServerSettings;
  let server: LocalServer | undefined;
  let executor: GraphExecutor;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'atlas-bulk-'));
    const target = resolveTarget({ ATLAS_HOME: home, ATLAS_NEO4J_PORT: String(await freePort()) });
    if (target.kind !== 'local') throw new Error('expected a local target');
    // The Maven classpath is resolved once per machine: reuse the default folder's cache.
    const shared = resolveTarget({});
    settings = { ...target.local, cacheDir: shared.kind === 'local' ? shared.local.cacheDir : target.local.cacheDir };
  }, 60_000);

  afterAll(async () => {
    await executor?.close();
    await server?.stop();
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it('writes the same nodes, relationships and properties', async () => {
    const imported = await importSyntheticSet(settings, definitions, { size, seed: DEFAULT_SEED });
    expect(imported.companies).toBe(size);
    server = await startLocalNeo4j(settings, { password: PASSWORD });
    executor = new GraphExecutor({ uri: server.uri, user: 'neo4j', password: PASSWORD });
    await completeImport(executor, definitions);
    const bulk = await dumpGraph(executor);

    await executor.write('test-wipe', 'MATCH (n) DETACH DELETE n');
    const seeded = await seedDemo(executor, definitions, { size, seed: DEFAULT_SEED });
    const transactional = await dumpGraph(executor);

    expect(bulk.nodes.length).toBeGreaterThan(size);
    expect(bulk.relationships.length).toBe(transactional.relationships.length);
    expect(imported.nodes + imported.relationships).toBe(seeded.nodes + seeded.relationships);
    expect(bulk.nodes).toEqual(transactional.nodes);
    expect(bulk.relationships).toEqual(transactional.relationships);
  }, 240_000);

  it('refuses while the server runs, naming it, and leaves no files', async () => {
    expect(server?.started).toBe(true);
    await expect(importSyntheticSet(settings, definitions, { size, seed: DEFAULT_SEED })).rejects.toThrow(
      /is running on .*: stop it first \(pnpm atlas db stop\)/,
    );
    expect(existsSync(join(settings.home, 'import'))).toBe(false);
  });
});

/**
 * Every node and relationship as a sorted line of text: labels or type, the endpoints' ids, and each property with
 * its Cypher type. The data-version token and write times differ by design and are left out.
 */
async function dumpGraph(executor: GraphExecutor): Promise<{ nodes: string[]; relationships: string[] }> {
  const properties = (v: string) => `[k IN keys(${v}) WHERE k <> 'updatedAt' | [k, valueType(${v}[k]), ${v}[k]]]`;
  const line = (head: string, props: unknown[][]) =>
    `${head} ${JSON.stringify(props.sort((a, b) => String(a[0]).localeCompare(String(b[0]))))}`;
  const nodes = await executor.read<{ labels: string[]; props: unknown[][] }>(
    'test-dump',
    `MATCH (n) WHERE NOT n:DataVersion RETURN labels(n) AS labels, ${properties('n')} AS props`,
  );
  const relationships = await executor.read<{ head: string; props: unknown[][] }>(
    'test-dump',
    `MATCH (a)-[r]->(b) RETURN type(r) + ' ' + a.id + '->' + b.id AS head, ${properties('r')} AS props`,
  );
  return {
    nodes: nodes.map((n) => line(n.labels.sort().join(':'), n.props)).sort(),
    relationships: relationships.map((r) => line(r.head, r.props)).sort(),
  };
}
