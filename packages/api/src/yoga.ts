import { randomUUID } from 'node:crypto';
import { createYoga } from 'graphql-yoga';
import pino from 'pino';
import { AnalyticsCache } from './analytics-cache';
import { verifyToken } from './auth/tokens';
import { readApiConfig } from './config';
import { type AtlasContext, type AtlasServices, createContext } from './context';
import { unauthenticated } from './errors';
import { armor, errorLogging, maskError, productionGate } from './plugins';
import { schema } from './schema/index';

/** The Yoga instance, apart from `listen`, so tests can call `yoga.fetch` in-process. */
export function createAtlasYoga(services: AtlasServices) {
  const config = services.config ?? readApiConfig({});
  const full = {
    executor: services.executor,
    config,
    logger: services.logger ?? pino({ level: process.env.ATLAS_LOG_LEVEL ?? 'silent' }),
    analyticsCache: config.analyticsCache ? (services.analyticsCache ?? new AnalyticsCache()) : null,
  };
  const production = full.config.mode === 'production';
  return createYoga<Record<string, unknown>, AtlasContext>({
    schema,
    graphqlEndpoint: '/graphql',
    context: async ({ request }) => {
      const requestId = request.headers.get('x-request-id') ?? randomUUID();
      const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
      const user = bearer ? await verifyToken(bearer, full.config.jwtSecret).catch(() => null) : null;
      if (bearer && !user) throw unauthenticated();
      return createContext(full, user, requestId);
    },
    maskedErrors: { maskError },
    // Yoga logs every masked error; through our logger, so ATLAS_LOG_LEVEL applies (not straight to the console).
    logging: full.logger,
    landingPage: false,
    graphiql: production ? false : { title: 'Chain Atlas GraphQL' },
    plugins: [armor(), errorLogging(), ...(production ? [productionGate()] : [])],
  });
}
