import type { MatchmakingKpiValues } from './matchmaking-kpis';

/** An industry's matchmaking figures since an instant (the backing type of GraphQL `MatchmakingKpis`). */
export interface MatchmakingKpis extends MatchmakingKpiValues {
  industryId: string;
  /** The ISO instant interests were counted from; null for all time. */
  since: string | null;
}
