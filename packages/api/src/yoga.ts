import { createYoga } from 'graphql-yoga';
import { type AtlasContext, type AtlasServices, createContext } from './context';
import { schema } from './schema/index';

/** The Yoga instance, apart from `listen`, so tests can call `yoga.fetch` in-process. */
export function createAtlasYoga(services: AtlasServices) {
  return createYoga<Record<string, unknown>, AtlasContext>({
    schema,
    graphqlEndpoint: '/graphql',
    context: () => createContext(services),
    maskedErrors: true,
    landingPage: false,
    graphiql: { title: 'Chain Atlas GraphQL' },
  });
}
