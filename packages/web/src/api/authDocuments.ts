import { graphql } from './graphql';

/** Sign-in, on every page: apart from the demand documents so the first load parses only this one. */
export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { token user { id username role companyId } }
  }
`);
