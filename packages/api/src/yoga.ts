import { randomUUID } from 'node:crypto';
import { createYoga } from 'graphql-yoga';
import pino from 'pino';
import { AnalyticsCache } from './analytics-cache';
import { type Authentication, authenticate } from './auth/authenticate';
import { LoginLimiter } from './auth/login-limiter';
import { singleLogin } from './auth/single-login';
import { readApiConfig } from './config';
import { type AtlasContext, type AtlasServices, createContext } from './context';
import { signInAgain } from './errors';
import { documentGuards } from './hardening/document-guards';
import { requestGuards } from './hardening/request-guards';
import { IndustryCatalogue } from './industry-catalogue';
import { armor, errorLogging, maskError, productionGate } from './plugins';
import { schema } from './schema/index';

/**
 * What the HTTP server (server.ts) already knows about a request: who sent it (the token verified once, there)
 * and from which address. Absent when tests call `yoga.fetch` in-process; then the context works it out itself.
 */
export interface RequestFacts {
  auth: Authentication | { error: unknown };
  clientAddress: string;
}

/** The Yoga instance, apart from `listen`, so tests can call `yoga.fetch` in-process. */
export function createAtlasYoga(
  services: AtlasServices,
  /** bodyReadByServer: server.ts has read and bounded the body (in-process callers get Yoga's limit instead). */
  options: { bodyReadByServer?: boolean } = {},
) {
  const config = services.config ?? readApiConfig({});
  const full = {
    executor: services.executor,
    config,
    // In-process callers (tests) pass no logger and get none; main.ts passes the ATLAS_LOG_LEVEL one.
    logger: services.logger ?? pino({ level: 'silent' }),
    analyticsCache: config.analyticsCache ? (services.analyticsCache ?? new AnalyticsCache()) : null,
    loginLimiter: services.loginLimiter ?? new LoginLimiter(config.loginLimits),
    industryCatalogue: services.industryCatalogue ?? new IndustryCatalogue(),
  };
  const production = full.config.mode === 'production';
  return createYoga<{ atlas?: RequestFacts }, AtlasContext>({
    schema,
    graphqlEndpoint: '/graphql',
    context: async ({ request, atlas }) => {
      const requestId = request.headers.get('x-request-id') ?? randomUUID();
      const auth =
        atlas?.auth ?? (await authenticate(request.headers.get('authorization'), full.config.jwtSecret, full.executor));
      // The server could not check the token (the graph is down): that failure, coded by maskError.
      if ('error' in auth) throw auth.error;
      if (auth.rejected) throw signInAgain();
      return createContext(full, auth.user, requestId, atlas?.clientAddress);
    },
    // Same origin only; server.ts adds CORS headers for ATLAS_CORS_ORIGINS (Yoga's default would allow any origin).
    cors: false,
    maxRequestBodySize: options.bodyReadByServer ? false : config.maxBodyBytes,
    maskedErrors: { maskError },
    // Yoga logs every masked error; through our logger, so ATLAS_LOG_LEVEL applies (not straight to the console).
    logging: full.logger,
    landingPage: false,
    graphiql: production ? false : { title: 'Chain Atlas GraphQL' },
    plugins: [
      requestGuards(production),
      documentGuards(),
      armor(),
      singleLogin(),
      errorLogging(),
      ...(production ? [productionGate()] : []),
    ],
  });
}
