import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rule';
import { checkPassword, hashPassword, needsRehash, SCRYPT_PARAMS } from './passwords';

describe('password hashing', () => {
  it('hashes with scrypt N = 2^15, r = 8, p = 1, a 64-byte key and a 16-byte random salt, parameters in the text', async () => {
    const hash = await hashPassword('correct horse battery');
    const [, name, params, salt, key] = hash.split('$');
    expect([name, params]).toEqual(['scrypt', 'ln=15,r=8,p=1']);
    expect(Buffer.from(salt as string, 'base64')).toHaveLength(16);
    expect(Buffer.from(key as string, 'base64')).toHaveLength(64);
    expect(SCRYPT_PARAMS).toMatchObject({ logN: 15, r: 8, p: 1, keyLength: 64 });
    expect(await hashPassword('correct horse battery')).not.toBe(hash); // salted
    expect(await checkPassword('correct horse battery', hash)).toBe(true);
    expect(await checkPassword('correct horse batterY', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('still verifies bcrypt hashes from before, and asks for a rehash', async () => {
    const legacy = await bcrypt.hash('an old password', 4);
    expect(await checkPassword('an old password', legacy)).toBe(true);
    expect(await checkPassword('another password', legacy)).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });

  it('asks for a rehash of weaker scrypt parameters, and refuses malformed or outsized ones', async () => {
    const weak = (await hashPassword('x')).replace('ln=15', 'ln=14');
    expect(needsRehash(weak)).toBe(true);
    const salt = Buffer.alloc(16).toString('base64');
    const key = Buffer.alloc(64).toString('base64');
    for (const bad of ['', 'plain', `$scrypt$ln=30,r=8,p=1$${salt}$${key}`, `$scrypt$ln=15,r=8,p=1$${salt}$AAAA`])
      expect(await checkPassword('x', bad)).toBe(false);
  });

  it('states the password rule: 12+ characters, 6 different, not the username', () => {
    expect(passwordProblem('short', 'ann')).toMatch(/too short/);
    expect(passwordProblem('aaaaaabbbbbbcc', 'ann')).toMatch(/too few/);
    expect(passwordProblem('my-name-is-annabel', 'annabel')).toMatch(/username/);
    expect(passwordProblem('x'.repeat(257), 'ann')).toMatch(/too long/);
    expect(passwordProblem('tulip-river-9-cloud', 'ann')).toBeNull();
  });
});
