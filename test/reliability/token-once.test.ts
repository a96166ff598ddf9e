import type { GraphExecutor } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { outcome, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

/**
 * The token is verified once per request (server.ts), and GraphQL's context uses that answer: one user look-up
 * (the tokenVersion check) per request, not one for the server and another for GraphQL.
 */
const executor = testExecutor();
const world = newWorld('token-once');
let api: RunningApi;
let userLookUps = 0;

/** The shared executor, counting the reads the token check makes (graph users.ts `userById`). */
const counting = new Proxy(executor, {
  get(target, property, receiver) {
    const value = Reflect.get(target, property, receiver);
    if (property !== 'read' || typeof value !== 'function') return value;
    return (caller: string, ...rest: unknown[]) => {
      if (caller === 'userById') userLookUps++;
      return value.call(target, caller, ...rest);
    };
  },
}) as GraphExecutor;

beforeAll(async () => {
  await createWorld(executor, world);
  api = await startApi(counting);
});
afterAll(async () => {
  await api?.close();
  await removeWorld(executor, world);
});

describe('token verified once per request', () => {
  it('a signed-in GraphQL request reads its user once', async () => {
    const token = await api.login(world.usernames.ANALYST, world.password);
    userLookUps = 0;
    const me = await api.gql<{ me: { username: string } }>('{ me { username } }', {}, token);
    expect(me.data?.me.username).toBe(world.usernames.ANALYST);
    expect(userLookUps).toBe(1);
  });

  it('an anonymous request reads no user, and a forged token is refused after one check', async () => {
    userLookUps = 0;
    expect(outcome(await api.gql('{ industries { id } }'))).toBe('ok');
    expect(userLookUps).toBe(0);
    const forged = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.e30.bad`;
    expect(outcome(await api.gql('{ industries { id } }', {}, forged))).toBe('UNAUTHENTICATED');
    // A bad signature never reaches the graph.
    expect(userLookUps).toBe(0);
  });
});
