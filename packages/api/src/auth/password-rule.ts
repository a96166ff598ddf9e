/**
 * What a new password must be: 12 to 256 characters, at least 6 different characters, and not the username.
 * Length beats composition rules (NIST SP 800-63B); 256 is where sign-in stops reading (a hash-flooding guard).
 * Returns the problem in one line, or null.
 */
export const PASSWORD_RULE = '12 to 256 characters, at least 6 different ones, not the username';

export function passwordProblem(password: string, username: string): string | null {
  const length = [...password].length;
  if (length < 12) return `the password is too short: ${PASSWORD_RULE}`;
  if (length > 256) return `the password is too long: ${PASSWORD_RULE}`;
  if (new Set(password).size < 6) return `the password repeats too few characters: ${PASSWORD_RULE}`;
  if (password.toLowerCase().includes(username.toLowerCase()))
    return `the password contains the username: ${PASSWORD_RULE}`;
  return null;
}
