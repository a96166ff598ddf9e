import type { Role } from './types';

/** Account management (admins only): the web's documents for the `users` query and its mutations. */
export interface UserAccount {
  id: string;
  username: string;
  role: Role;
  companyId: string | null;
  disabled: boolean;
  demo: boolean;
}

const ACCOUNT = 'id username role companyId disabled demo';

export const USERS = `query Users { users { ${ACCOUNT} } }`;

export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ${ACCOUNT} } }`;

export const SET_USER_ROLE = `mutation SetUserRole($username: String!, $role: Role!, $companyId: ID) {
  setUserRole(username: $username, role: $role, companyId: $companyId) { ${ACCOUNT} }
}`;

export const SET_USER_DISABLED = `mutation SetUserDisabled($username: String!, $disabled: Boolean!) {
  setUserDisabled(username: $username, disabled: $disabled) { ${ACCOUNT} }
}`;

export const RESET_PASSWORD = `mutation ResetPassword($username: String!, $password: String!) {
  resetPassword(username: $username, password: $password) { ${ACCOUNT} }
}`;
