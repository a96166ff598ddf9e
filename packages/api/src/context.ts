import type { GraphExecutor } from '@atlas/graph';

/** What every resolver gets: the graph executor, created once per process (the API itself is stateless). */
export interface AtlasContext {
  executor: GraphExecutor;
}
