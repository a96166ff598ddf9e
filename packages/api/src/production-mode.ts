/**
 * The server runs its libraries in production mode unless NODE_ENV says otherwise. What it changes: graphql-js
 * checks, on every type test that answers "no", whether the value comes from a second copy of graphql (a
 * development aid that throws "from another module or realm"); production answers with plain `instanceof`. A value
 * that passes today passes the same way, so only that error message is given up — and it was ~13 % of the API's
 * own time on a chain map (issue #16). graphql-yoga masks errors the same way either way (its "dev" is
 * NODE_ENV=development only); graphql-armor's two builds are identical.
 *
 * main.ts imports this module first: graphql reads NODE_ENV once, when it loads. Tests (Vitest sets
 * NODE_ENV=test) and in-process callers of createAtlasYoga keep the checks.
 */
process.env.NODE_ENV ??= 'production';
