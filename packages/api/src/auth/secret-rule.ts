/**
 * What production accepts as ATLAS_JWT_SECRET: at least 43 characters (32 random bytes in base64; hex needs 64)
 * with at least 12 different characters, and none of the texts our docs and examples show. Make one with
 * `openssl rand -base64 48` or `node -e "console.log(require('crypto').randomBytes(48).toString('base64'))"`.
 * Whoever knows the secret can sign a token for any user, so a guessable one is an open door.
 */
export const SECRET_RULE = 'at least 43 characters with 12 different ones (make one: openssl rand -base64 48)';

/** The placeholders shown in .env.example and the docs (before and after issue #14); never a real secret. */
export const PLACEHOLDER_SECRETS: readonly string[] = [
  'at-least-32-characters-shared-by-all-replicas',
  'replace-with-the-output-of-openssl-rand-base64-48',
  '<same 32+ chars everywhere>',
  '<output of openssl rand -base64 48>',
];

export function secretProblem(secret: string | undefined): string | null {
  if (!secret) return `is required: ${SECRET_RULE}`;
  if (PLACEHOLDER_SECRETS.includes(secret.trim()) || /change[-_ ]?me|replace[-_ ]?with|example/i.test(secret))
    return `is the example's placeholder: ${SECRET_RULE}`;
  if (secret.length < 43) return `is too short (${secret.length} characters): ${SECRET_RULE}`;
  if (new Set(secret).size < 12) return `repeats too few characters: ${SECRET_RULE}`;
  return null;
}
