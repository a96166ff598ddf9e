import { graphql } from './graphql';

/** Account management (admins only): the web's documents for the `users` query and its mutations. */
export const ACCOUNT = graphql(`fragment Account on User { id username role companyId disabled demo }`);

export const USERS = graphql(`query Users { users { ...Account } }`, [ACCOUNT]);

export const CREATE_USER = graphql(
  `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...Account } }`,
  [ACCOUNT],
);

export const SET_USER_ROLE = graphql(
  `
  mutation SetUserRole($username: String!, $role: Role!, $companyId: ID) {
    setUserRole(username: $username, role: $role, companyId: $companyId) { ...Account }
  }
`,
  [ACCOUNT],
);

export const SET_USER_DISABLED = graphql(
  `
  mutation SetUserDisabled($username: String!, $disabled: Boolean!) {
    setUserDisabled(username: $username, disabled: $disabled) { ...Account }
  }
`,
  [ACCOUNT],
);

export const RESET_PASSWORD = graphql(
  `
  mutation ResetPassword($username: String!, $password: String!) {
    resetPassword(username: $username, password: $password) { ...Account }
  }
`,
  [ACCOUNT],
);
