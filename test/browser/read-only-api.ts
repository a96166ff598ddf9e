import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAtlasServer, readApiConfig } from '@atlas/api';
import { GraphExecutor } from '@atlas/graph';

/**
 * A GraphExecutor that refuses every write, schema statement included. A measurement against someone else's store
 * (the 1M-firm one) must not change it: no migration, no demo users, no data-version bump. Reads pass unchanged,
 * so the queries measured are the ones `pnpm start` runs.
 */
class ReadOnlyExecutor extends GraphExecutor {
  private refuse(caller: string): never {
    throw new Error(`read-only measurement: "${caller}" tried to write to the store; nothing was written`);
  }
  override write<T>(caller: string): Promise<T[]> {
    return this.refuse(caller);
  }
  override writeTx<T>(caller: string): Promise<T> {
    return this.refuse(caller);
  }
  override writeInBatches<T>(caller: string): Promise<T[]> {
    return this.refuse(caller);
  }
  override schema(caller: string): Promise<void> {
    return this.refuse(caller);
  }
}

export interface ReadOnlyApi {
  url: string;
  close(): Promise<void>;
}

/**
 * The platform (API + built web app, as `pnpm start` serves it) on a free loopback port over an existing store,
 * without `pnpm start`'s startup steps: those migrate and, in demo mode, create the demo users, i.e. write. Demo
 * mode (anonymous reads), no rate limit, the analytics cache on as in `pnpm start`.
 */
export async function startReadOnlyApi(store: { uri: string; user: string; password: string }): Promise<ReadOnlyApi> {
  const executor = new ReadOnlyExecutor(store);
  await executor.verify();
  const config = readApiConfig({ ATLAS_MODE: 'demo', ATLAS_RATE_LIMIT: '0', ATLAS_ANALYTICS_CACHE: 'on' });
  const webRoot = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));
  const server = createAtlasServer({ executor, config }, { webRoot });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await executor.close();
    },
  };
}
