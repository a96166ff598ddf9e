import { ConfigError } from '@atlas/config';
import { describe, expect, it } from 'vitest';
import { neo4jConf } from './conf';
import { NEO4J_VERSION, resolveTarget } from './settings';

describe('resolveTarget', () => {
  it('starts a local 5.26 server on 127.0.0.1:7687 when NEO4J_URI is unset', () => {
    const target = resolveTarget({});
    expect(target.kind).toBe('local');
    expect(target.uri).toBe('bolt://127.0.0.1:7687');
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
  });

  it('uses an external server when NEO4J_URI is set', () => {
    const target = resolveTarget({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw' });
    expect(target).toMatchObject({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j' });
  });

  it('refuses a URI that is not a Neo4j URI, saying what to use', () => {
    expect(() => resolveTarget({ NEO4J_URI: 'http://localhost:7474' })).toThrow(ConfigError);
    expect(() => resolveTarget({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/use bolt:\/\/host:7687/);
  });

  it('refuses a port that is not a port', () => {
    expect(() => resolveTarget({ ATLAS_NEO4J_PORT: '70000' })).toThrow(/not a port number/);
  });

  it('writes a loopback-only conf with capped memory', () => {
    const target = resolveTarget({ ATLAS_NEO4J_PORT: '7999', ATLAS_NEO4J_HEAP: '768m' });
    if (target.kind !== 'local') throw new Error('expected local');
    const conf = neo4jConf(target.local);
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.memory.heap.max_size=768m');
    expect(conf).toContain('server.memory.pagecache.size=512m');
  });
});
