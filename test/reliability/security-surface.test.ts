import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ensureUsers } from '@atlas/graph';
import { repoRoot } from '@atlas/neo4j-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../packages/api/src/auth/passwords';
import { readApiConfig } from '../../packages/api/src/config';
import { testExecutor } from '../helpers/graph';
import { outcome, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

/** The surface (issue #8): headers of the web app, production mode, limits, hashing, and no secrets in the source. */
const SECRET = 'surface-secret-that-is-long-enough-0123456789';
const executor = testExecutor();
const world = newWorld('surface');
const webRoot = mkdtempSync(join(tmpdir(), 'atlas-web-'));
let demo: RunningApi;
let prod: RunningApi;

beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><title>Chain Atlas</title><script src="/assets/app.js"></script>',
  );
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  await createWorld(executor, world);
  demo = await startApi(executor, {}, webRoot);
  prod = await startApi(executor, { ATLAS_MODE: 'production', ATLAS_JWT_SECRET: SECRET }, webRoot);
});
afterAll(async () => {
  await demo?.close();
  await prod?.close();
  await removeWorld(executor, world);
  rmSync(webRoot, { recursive: true, force: true });
});

describe('web app responses carry security headers', () => {
  it.each(['/', '/industries/icv/map', '/assets/app.js'])('%s', async (path) => {
    const res = await fetch(`${demo.base}${path}`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('paths cannot climb out of the web folder', async () => {
    for (const path of ['/../../../../etc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd']) {
      const body = await rawGet(demo.base, path);
      expect(body).not.toContain('root:');
    }
  });
});

describe('production mode', () => {
  const reads = [
    '{ industries { id } }',
    '{ chainMap(industryId: "icv") { flows { from } } }',
    '{ gaps(industryId: "icv") { priority } }',
    '{ searchCompanies(query: "金山") { totalCount } }',
    '{ demands { totalCount } }',
    '{ me { id } }',
    '{ database { state } }',
  ];
  it.each(reads)('refuses the anonymous read %s', async (query) => {
    const result = await prod.gql(query);
    expect(outcome(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('refuses anonymous mutations other than login, also hidden behind fragments or __typename', async () => {
    for (const query of [
      'mutation { postDemand(input: {title: "t", segmentId: "s"}) { id } }',
      'mutation { login(username: "a", password: "b") { token } __typename }',
      'mutation { ...M } fragment M on Mutation { upsertCompany(input: {id: "x", uscc: "x", name: "x", size: small, province: "x"}) { id } }',
    ]) {
      expect(outcome(await prod.gql(query))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses introspection, even for a signed-in user, and suggests no field names', async () => {
    const token = await prod.login(world.usernames.ANALYST, world.password);
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Company") { fields { name } } }']) {
      const result = await prod.gql(query, {}, token);
      expect(result.status).toBe(400);
      expect(JSON.stringify(result.errors)).toMatch(/introspection/i);
    }
    const typo = await prod.gql('{ industriez { id } }', {}, token);
    expect(JSON.stringify(typo.errors)).not.toMatch(/did you mean/i);
    expect(outcome(await prod.gql('{ industries { id } }', {}, token))).toBe('ok');
  });

  it('serves no GraphiQL page and no anonymous export', async () => {
    const page = await fetch(`${prod.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    expect((await fetch(`${prod.base}/export/icv.json`)).status).toBe(401);
  });

  it('will not start without a strong ATLAS_JWT_SECRET', () => {
    expect(() => readApiConfig({ ATLAS_MODE: 'production' })).toThrow(/ATLAS_JWT_SECRET/);
    expect(() => readApiConfig({ ATLAS_MODE: 'production', ATLAS_JWT_SECRET: 'short' })).toThrow(/ATLAS_JWT_SECRET/);
  });
});

describe('limits and credentials', () => {
  it('rate-limits per client with 429 and Retry-After; /healthz is exempt', async () => {
    const limited = await startApi(executor, { ATLAS_RATE_LIMIT: '60' });
    try {
      const statuses = [];
      for (let i = 0; i < 14; i++) statuses.push((await limited.gql('{ industries { id } }')).status);
      expect(statuses.slice(0, 12).every((s) => s === 200)).toBe(true);
      const res = await fetch(`${limited.base}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect([200, 503]).toContain((await fetch(`${limited.base}/healthz`)).status);
    } finally {
      await limited.close();
    }
  });

  it('refuses bodies over ATLAS_MAX_BODY with 413', async () => {
    const small = await startApi(executor, { ATLAS_MAX_BODY: '2000' });
    try {
      expect((await small.gql(`{ industries { id } } # ${'x'.repeat(5000)}`)).status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('hashes passwords with scrypt (N = 2^15) and answers unknown users and wrong passwords alike', async () => {
    expect(await hashPassword('x')).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
    const unknown = await demo.gql('mutation { login(username: "no-such-user-xyz", password: "x") { token } }');
    const wrong = await demo.gql('mutation($u: String!) { login(username: $u, password: "wrong") { token } }', {
      u: world.usernames.ADMIN,
    });
    const codeAndMessage = (r: typeof unknown) => r.errors?.map((e) => [e.extensions?.code, e.message]);
    expect(codeAndMessage(unknown)).toEqual(codeAndMessage(wrong));
  });

  it('takes about as long for an unknown user as for a wrong password (no username probing by timing)', async () => {
    const time = async (username: string) => {
      const samples = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await demo.gql('mutation($u: String!) { login(username: $u, password: "wrong") { token } }', { u: username });
        samples.push(performance.now() - started);
      }
      return samples.sort((a, b) => a - b)[2] as number;
    };
    // A user hashed like real ones (scrypt), not like the fixtures (bcrypt cost 4, for speed).
    const username = world.id('timing');
    await ensureUsers(executor, [
      { id: username, username, role: 'ANALYST', companyId: null, passwordHash: await hashPassword('right') },
    ]);
    const wrong = await time(username);
    const unknown = await time(`${world.prefix}-nobody`);
    expect(unknown).toBeGreaterThan(wrong * 0.3);
  });
});

describe('secrets come only from the environment', () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f && !f.includes('node_modules') && !f.startsWith('data/') && TEXT.has(extname(f) || f));
  const read = (file: string) => {
    try {
      return readFileSync(join(repoRoot, file), 'utf8');
    } catch {
      return ''; // listed but deleted in the work tree
    }
  };

  it('no keys, tokens or credentials anywhere in the repository', () => {
    const found = files.flatMap((file) => LEAKS.filter((re) => re.test(read(file))).map((re) => `${file}: ${re}`));
    expect(found).toEqual([]);
  });

  it('no literal secret assigned in product source (only the documented demo and local-dev defaults)', () => {
    const source = files.filter(
      (f) => /^packages\/[^/]+\/src\//.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('/i18n/'),
    );
    const found = source.flatMap((file) =>
      [...read(file).matchAll(ASSIGNED)]
        .map((m) => m[0])
        .filter((hit) => !ALLOWED.some((ok) => hit.includes(ok)))
        .map((hit) => `${file}: ${hit}`),
    );
    expect(found).toEqual([]);
    expect(read('packages/api/src/config.ts')).toContain("envValue('ATLAS_JWT_SECRET', env)");
  });

  it('the web app renders no raw HTML and evaluates no strings', () => {
    const web = files.filter((f) => f.startsWith('packages/web/src/') && /\.tsx?$/.test(f));
    const found = web.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|\beval\(|new Function\(/.test(read(f)));
    expect(web.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  it('.env files stay out of git', () => {
    expect(files.filter((f) => /(^|\/)\.env($|\.)/.test(f) && !f.endsWith('.env.example'))).toEqual([]);
  });
});

const TEXT = new Set([
  '.ts',
  '.tsx',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '.yaml',
  '.yml',
  '.md',
  '.sh',
  '.html',
  '.example',
  '.ci/run',
]);
const LEAKS = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /AKIA[0-9A-Z]{16}/,
  /gh[pousr]_[A-Za-z0-9]{36}/,
  /xox[abprs]-[A-Za-z0-9-]{10,}/,
  /\bsk-[A-Za-z0-9]{32,}/,
  /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}/,
  /(mongodb|postgres|mysql|redis|neo4j(\+s)?|bolt):\/\/[^/\s:@'"]+:[^@\s'"]{4,}@/,
];
const ASSIGNED = /(secret|password|passwd|api_?key|token)\w*['"]?\s*(:|=|\|\||\?\?)\s*['"`][^'"`\s]{6,}['"`]/gi;
/** Documented defaults: the demo users' password (demo mode only) and the loopback-only local and bench Neo4j's. */
const ALLOWED = ["'atlas-demo'", "'atlas-local-dev'", "'atlas-bench'"];

function rawGet(base: string, path: string): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}
