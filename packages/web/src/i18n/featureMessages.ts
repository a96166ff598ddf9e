import { zhCN as demandKinds } from './features/demandKinds';
import { zhCN as events } from './features/events';
import { zhCN as firmOverlay } from './features/firmOverlay';
import { zhCN as outcomes } from './features/outcomes';
import { zhCN as platforms } from './features/platforms';
import { zhCN as report } from './features/report';
import { zhCN as serverErrors } from './features/serverErrors';
import { zhCN as sites } from './features/sites';
import { zhCN as snapshots } from './features/snapshots';
import { pageZhCN } from './pageMessages';

/**
 * The features' Chinese messages. The overview never needs them, so they load with the first lazily loaded page or
 * menu (`loadFeatureMessages` in index.ts) and stay out of the first-load bundle; English carries its own copy.
 */
export const featureZhCN = {
  ...pageZhCN,
  ...demandKinds,
  ...events,
  ...firmOverlay,
  ...outcomes,
  ...platforms,
  ...report,
  ...serverErrors,
  ...sites,
  ...snapshots,
} as const;

export type FeatureMessageKey = keyof typeof featureZhCN;
