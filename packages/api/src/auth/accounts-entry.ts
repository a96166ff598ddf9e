/** What `atlas user …` shares with the API: the account rules, and the hash the sign-in checks. */
export { AccountError, addAccount, changeRole, setDisabled, setPassword } from './accounts';
export { PASSWORD_RULE } from './password-rule';
export { checkPassword } from './passwords';
