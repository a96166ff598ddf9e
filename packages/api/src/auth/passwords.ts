import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';

/**
 * Password hashing: scrypt (memory-hard), run by libuv's thread pool so the event loop keeps serving.
 * N = 2^15, r = 8, p = 1 needs 128·N·r = 32 MiB and about 50–100 ms per hash on one core; the key is 64 bytes
 * and the salt 16 random bytes. The stored text names its parameters (PHC style), so they can be raised later:
 *
 *   $scrypt$ln=15,r=8,p=1$<salt, base64>$<key, base64>
 *
 * bcrypt hashes from before (`$2a$`/`$2b$`/`$2y$`) still verify; `needsRehash` tells the login to replace them.
 */
export const SCRYPT_PARAMS = { logN: 15, r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;

const PREFIX = '$scrypt$';
/** Parameters we accept from a stored hash: enough room to raise them, not enough to let a bad row eat the memory. */
const LIMITS = { logN: [14, 20], r: [8, 32], p: [1, 4] } as const;

export async function hashPassword(password: string): Promise<string> {
  const { logN, r, p, keyLength, saltLength } = SCRYPT_PARAMS;
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, keyLength, { N: 2 ** logN, r, p });
  return `${PREFIX}ln=${logN},r=${r},p=${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** True when `password` matches `hash` (scrypt or legacy bcrypt); false for any malformed hash. */
export async function checkPassword(password: string, hash: string): Promise<boolean> {
  if (/^\$2[aby]\$\d\d\$/.test(hash)) return bcrypt.compare(password, hash);
  const parsed = parseScrypt(hash);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, { N: 2 ** parsed.logN, r: parsed.r, p: parsed.p });
  return timingSafeEqual(key, parsed.key);
}

/** A hash in an old format (bcrypt) or with weaker parameters than today's: rehash after the next good sign-in. */
export function needsRehash(hash: string): boolean {
  const parsed = parseScrypt(hash);
  if (!parsed) return true;
  const { logN, r, p, keyLength } = SCRYPT_PARAMS;
  return parsed.logN < logN || parsed.r < r || parsed.p < p || parsed.key.length < keyLength;
}

function parseScrypt(hash: string): { logN: number; r: number; p: number; salt: Buffer; key: Buffer } | null {
  const match = hash.match(/^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/);
  if (!match) return null;
  const [logN, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const within = (value: number, [low, high]: readonly [number, number]) => value >= low && value <= high;
  if (!within(logN, LIMITS.logN) || !within(r, LIMITS.r) || !within(p, LIMITS.p)) return null;
  const salt = Buffer.from(match[4] as string, 'base64');
  const key = Buffer.from(match[5] as string, 'base64');
  return key.length >= 32 && salt.length >= 16 ? { logN, r, p, salt, key } : null;
}

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  // Node refuses more than 32 MiB by default; allow what the parameters need (128·N·r·p) plus room.
  const maxmem = 128 * (options.N as number) * (options.r as number) * (options.p as number) + 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
