import type { GraphExecutor } from '@atlas/graph';
import { createLoaders, type Loaders } from './loaders';

/** Process-wide services; the API keeps no other state, so replicas scale out (DESIGN §7). */
export interface AtlasServices {
  executor: GraphExecutor;
}

/** What every resolver gets: the services plus per-request DataLoaders (batching, no query per list item). */
export interface AtlasContext extends AtlasServices {
  loaders: Loaders;
}

export function createContext(services: AtlasServices): AtlasContext {
  return { ...services, loaders: createLoaders(services.executor) };
}
