export { lockDemoUsers } from './auth/demo-users';
export { type ApiConfig, readApiConfig } from './config';
export type { AtlasContext, AtlasServices } from './context';
export { schema } from './schema/index';
export { createAtlasServer } from './server';
export { createAtlasYoga } from './yoga';
