import type { Principal } from '@atlas/domain';
import { type GraphExecutor, readDataVersion } from '@atlas/graph';
import type { Logger } from 'pino';
import { type AnalyticsCache, type RequestAnalytics, requestAnalytics } from './analytics-cache';
import type { LoginLimiter } from './auth/login-limiter';
import type { ApiConfig } from './config';
import type { IndustryCatalogue } from './industry-catalogue';
import { createLoaders, type Loaders } from './loaders';

/** Process-wide services; the API keeps no other state, so replicas scale out (docs/design.md §7). */
export interface AtlasServices {
  executor: GraphExecutor;
  /** Defaults to demo mode with a random token secret (what tests want). */
  config?: ApiConfig;
  logger?: Logger;
  /** Shared analytics results; null when ATLAS_ANALYTICS_CACHE=off. */
  analyticsCache?: AnalyticsCache | null;
  /** Failed sign-ins per username and address (auth/login-limiter.ts); one per server. */
  loginLimiter?: LoginLimiter;
  /** The industries' ids and names, re-read after 30 s (industry-catalogue.ts); one per server. */
  industryCatalogue?: IndustryCatalogue;
}

/** What every resolver gets: services, the signed-in user, and per-request DataLoaders (no query per list item). */
export interface AtlasContext {
  executor: GraphExecutor;
  config: ApiConfig;
  logger: Logger;
  user: Principal | null;
  requestId: string;
  /** The client's address (behind ATLAS_TRUST_PROXY proxies: from X-Forwarded-For); keys the login limiter. */
  clientAddress: string;
  loginLimiter: LoginLimiter;
  loaders: Loaders;
  /** Analytics results shared across requests for the current data version. */
  analytics: RequestAnalytics;
}

export function createContext(
  services: Required<AtlasServices>,
  user: Principal | null,
  requestId: string,
  clientAddress = 'in-process',
): AtlasContext {
  const analytics = requestAnalytics(services.analyticsCache, () => readDataVersion(services.executor));
  return {
    executor: services.executor,
    config: services.config,
    logger: services.logger.child({ requestId }),
    user,
    requestId,
    clientAddress,
    loginLimiter: services.loginLimiter,
    loaders: createLoaders(services.executor, analytics, services.industryCatalogue),
    analytics,
  };
}
