import type { ChainSegmentView } from './chain-segments';

/** A FEEDS edge between two segments: `from` supplies `to`. */
export interface Flow {
  from: string;
  to: string;
}

/** An industry's chain map: every segment with its status, and the flows between them (GraphQL `ChainMap`). */
export interface ChainMapData {
  segments: ChainSegmentView[];
  flows: Flow[];
}
