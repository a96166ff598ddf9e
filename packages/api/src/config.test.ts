import { DEFAULT_READ_LIMITS } from '@atlas/graph';
import { describe, expect, it } from 'vitest';
import { readApiConfig, readDatabaseLimits, readServerSettings } from './config';

describe('readApiConfig and friends read through @atlas/config', () => {
  it("the schema's database defaults are the executor's own", () => {
    expect(readDatabaseLimits({})).toEqual(DEFAULT_READ_LIMITS);
  });

  it('defaults: demo mode, 8 h tokens, cache on, snapshots off; the server on 127.0.0.1:4000 logging warnings', () => {
    const config = readApiConfig({});
    expect(config).toMatchObject({
      mode: 'demo',
      tokenTtlSeconds: 28_800,
      analyticsCache: true,
      snapshotEveryMs: null,
    });
    expect(config.rateLimitPerMinute).toBe(1200);
    expect(readServerSettings({})).toMatchObject({ port: 4000, host: '127.0.0.1', logLevel: 'warn' });
  });

  it('refuses bad values in one line naming the variable', () => {
    expect(() => readApiConfig({ ATLAS_MODE: 'staging' })).toThrow('ATLAS_MODE "staging" must be demo or production');
    expect(() => readApiConfig({ ATLAS_ANALYTICS_CACHE: 'maybe' })).toThrow(
      /ATLAS_ANALYTICS_CACHE "maybe" must be on or off/,
    );
    expect(() => readApiConfig({ ATLAS_RATE_LIMIT: '-1' })).toThrow(/ATLAS_RATE_LIMIT "-1" must be a whole number/);
    expect(readApiConfig({ ATLAS_RATE_LIMIT: '0' }).rateLimitPerMinute).toBe(0);
    expect(() => readServerSettings({ ATLAS_PORT: '0' })).toThrow(/ATLAS_PORT "0" is not a port/);
    expect(() => readDatabaseLimits({ ATLAS_DB_MAX_READS: 'many' })).toThrow(/ATLAS_DB_MAX_READS "many"/);
  });
});
