export { AccountError, addAccount, changeRole, setDisabled, setPassword, USERNAME_RULE } from './auth/accounts';
export { DEMO_USERNAMES, demoUsersLeftDisabled, disableDemoAccounts, ensureDemoUsers } from './auth/demo-users';
export { PASSWORD_RULE, passwordProblem } from './auth/password-rule';
export { type ApiConfig, readApiConfig } from './config';
export type { AtlasContext, AtlasServices } from './context';
export { schema } from './schema/index';
export { createAtlasServer } from './server';
export { createAtlasYoga } from './yoga';
