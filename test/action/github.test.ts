import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGitHubClient, type GitHubClientOptions } from '../../src/action/github.js';
import { checkAgainstOpenApi, FakeGitHub } from '../helpers/fake-github.js';

const TOKEN = 'ghs_s3cr3tT0kenValue1234567890';
const MARKER = '<!-- migration-guard:report -->';

let gh: FakeGitHub;
let logged: string[];

beforeEach(async () => {
  gh = await FakeGitHub.start(TOKEN);
  logged = [];
});

afterEach(async () => {
  // Every request the client sent is an operation of GitHub's REST API, with a valid shape.
  for (const r of gh.requests) checkAgainstOpenApi(r);
  await gh.close();
});

/** A client pointed at the fake, with waits shrunk to milliseconds. */
function client(extra: Partial<GitHubClientOptions> = {}) {
  const log = (m: string): void => void logged.push(m);
  return createGitHubClient({
    token: TOKEN,
    baseUrl: gh.url,
    retryBaseMs: 1,
    rateLimitSecondMs: 1,
    writeSpacingMs: 0,
    log: { debug: log, info: log, warning: log },
    ...extra,
  });
}

describe('checkAgainstOpenApi', () => {
  it('rejects requests that are not GitHub operations or lack required body properties', () => {
    const base = { query: {}, headers: {}, body: undefined };
    expect(() => checkAgainstOpenApi({ ...base, method: 'GET', path: '/repos/o/r/nope', rawPath: '/repos/o/r/nope' })).toThrow(/no such operation/);
    expect(() =>
      checkAgainstOpenApi({ ...base, method: 'POST', path: '/repos/o/r/issues/1/comments', rawPath: '/repos/o/r/issues/1/comments', body: { text: 'x' } }),
    ).toThrow(/required "body"/);
    expect(() =>
      checkAgainstOpenApi({ ...base, method: 'GET', path: '/repos/o/r/pulls/1/files', rawPath: '/repos/o/r/pulls/1/files', query: { perpage: '1' } }),
    ).toThrow(/query parameter "perpage"/);
    expect(
      checkAgainstOpenApi({ ...base, method: 'PATCH', path: '/repos/o/r/issues/comments/5', rawPath: '/repos/o/r/issues/comments/5', body: { body: 'x' } }).operation,
    ).toBe('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}');
  });
});

describe('upsertComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const c = client();
    gh.addComments('acme', 'app', 7, ['LGTM', 'please add a rollback']);
    const first = await c.upsertComment('acme', 'app', 7, MARKER, `${MARKER}\nreport v1`);
    expect(first.action).toBe('created');
    const second = await c.upsertComment('acme', 'app', 7, MARKER, `${MARKER}\nreport v2`);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const comments = gh.commentsOf('acme', 'app', 7);
    expect(comments.map((x) => x.body)).toEqual(['LGTM', 'please add a rollback', `${MARKER}\nreport v2`]);
    expect(gh.requestsTo('POST', /comments$/)).toHaveLength(1);
    expect(gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(gh.requestsTo('PATCH', /./)[0]!.body).toEqual({ body: `${MARKER}\nreport v2` });
  });

  it('adds the marker when the body lacks it, so the next run finds the comment', async () => {
    const c = client();
    await c.upsertComment('acme', 'app', 1, MARKER, 'no marker here');
    expect(gh.commentsOf('acme', 'app', 1)[0]!.body).toBe(`${MARKER}\nno marker here`);
    expect((await c.upsertComment('acme', 'app', 1, MARKER, 'again')).action).toBe('updated');
    expect(gh.commentsOf('acme', 'app', 1)).toHaveLength(1);
  });

  it('finds the marked comment among more than 100 comments (page 3)', async () => {
    const c = client();
    gh.addComments('acme', 'app', 9, Array.from({ length: 230 }, (_, i) => `chatter ${i}`));
    const [mine] = gh.addComments('acme', 'app', 9, [`${MARKER}\nold report`], { login: 'github-actions[bot]', type: 'Bot' });
    gh.addComments('acme', 'app', 9, ['more chatter']);
    const result = await c.upsertComment('acme', 'app', 9, MARKER, `${MARKER}\nnew report`);
    expect(result).toMatchObject({ action: 'updated', id: mine!.id });
    expect(gh.commentsOf('acme', 'app', 9)).toHaveLength(232);
    const lists = gh.requestsTo('GET', /\/issues\/9\/comments$/);
    expect(lists.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    expect(lists.every((r) => r.query['per_page'] === '100')).toBe(true);
    expect(gh.requestsTo('POST', /./)).toHaveLength(0);
  });

  it('a 403 on create (fork PR, read-only token) returns skipped with the reason, without retrying', async () => {
    const c = client();
    gh.failNext(1, 403, { method: 'POST' });
    const result = await c.upsertComment('acme', 'app', 3, MARKER, `${MARKER}\nreport`);
    expect(result.action).toBe('skipped');
    expect(result.reason).toMatch(/403.*Resource not accessible by integration/);
    expect(result.reason).toMatch(/fork/);
    expect(gh.requestsTo('POST', /./)).toHaveLength(1);
    expect(gh.commentsOf('acme', 'app', 3)).toHaveLength(0);
  });

  it('a 403 on update or on listing is skipped too', async () => {
    const c = client();
    gh.addComments('acme', 'app', 4, [`${MARKER}\nold`]);
    gh.failNext(1, 403, { method: 'PATCH' });
    expect(await c.upsertComment('acme', 'app', 4, MARKER, 'new')).toMatchObject({ action: 'skipped', reason: expect.stringMatching(/update/) });
    gh.failNext(1, 403, { method: 'GET' });
    expect((await c.upsertComment('acme', 'app', 4, MARKER, 'new')).action).toBe('skipped');
    expect(gh.commentsOf('acme', 'app', 4)[0]!.body).toBe(`${MARKER}\nold`);
  });

  it('other errors (422) still throw', async () => {
    const c = client();
    gh.failNext(1, 422, { method: 'POST', message: 'Validation Failed' });
    await expect(c.upsertComment('acme', 'app', 5, MARKER, 'x')).rejects.toMatchObject({ status: 422 });
  });

  it('retries 500 with back-off, then succeeds', async () => {
    const c = client();
    gh.failNext(2, 500, { method: 'POST' });
    const result = await c.upsertComment('acme', 'app', 6, MARKER, 'x');
    expect(result.action).toBe('created');
    expect(gh.requestsTo('POST', /./).map((r) => r.status)).toEqual([500, 500, 201]);
    expect(gh.commentsOf('acme', 'app', 6)).toHaveLength(1);
  });

  it('gives up after the configured retries on persistent 5xx', async () => {
    const c = client({ retries: 2 });
    gh.failNext(10, 502, { method: 'GET' });
    await expect(c.upsertComment('acme', 'app', 6, MARKER, 'x')).rejects.toMatchObject({ status: 502 });
    expect(gh.requestsTo('GET', /./)).toHaveLength(3);
  });

  it('retries a 429 secondary rate limit (retry-after), then succeeds', async () => {
    const c = client();
    gh.failNext(1, 429, { method: 'POST', headers: { 'retry-after': '2' } });
    const t0 = Date.now();
    expect((await c.upsertComment('acme', 'app', 8, MARKER, 'x')).action).toBe('created');
    expect(Date.now() - t0).toBeLessThan(2000); // 2 "seconds" of 1 ms each
    expect(gh.requestsTo('POST', /./).map((r) => r.status)).toEqual([429, 201]);
    expect(logged.some((m) => /secondary rate limit.*retrying/.test(m))).toBe(true);
  });

  it('retries a primary rate limit (x-ratelimit-remaining: 0), then succeeds', async () => {
    const c = client();
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    gh.failNext(1, 403, {
      method: 'GET',
      message: 'API rate limit exceeded for installation.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': reset },
    });
    expect((await c.upsertComment('acme', 'app', 8, MARKER, 'x')).action).toBe('created');
    expect(gh.requestsTo('GET', /./).map((r) => r.status)).toEqual([403, 200]);
    expect(logged.some((m) => /primary rate limit.*retrying/.test(m))).toBe(true);
  });

  it('gives up on a rate limit whose wait is longer than allowed', async () => {
    const c = client({ maxRateLimitWaitSeconds: 30 });
    gh.failNext(1, 429, { method: 'POST', headers: { 'retry-after': '3600' } });
    await expect(c.upsertComment('acme', 'app', 8, MARKER, 'x')).rejects.toMatchObject({ status: 429 });
    expect(gh.requestsTo('POST', /./)).toHaveLength(1);
    expect(logged.some((m) => /secondary rate limit.*giving up/.test(m))).toBe(true);
  });

  it('gives up after the configured rate-limit retries', async () => {
    const c = client({ rateLimitRetries: 2 });
    gh.failNext(5, 429, { method: 'GET', headers: { 'retry-after': '1' } });
    await expect(c.listChangedFiles('acme', 'app', 1)).rejects.toMatchObject({ status: 429 });
    expect(gh.requestsTo('GET', /./)).toHaveLength(3);
  });
});

describe('listChangedFiles', () => {
  it('reads every page (3+ pages of 100) with status and previous name', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' }));
    files.push({ filename: 'db/migration/V2__b.sql', status: 'added' });
    const renamed = { filename: 'db/migration/V3__c.sql', status: 'renamed', previous_filename: 'db/migration/V3__old.sql' };
    gh.setPullFiles('acme', 'app', 12, [...files, renamed]);
    const got = await client().listChangedFiles('acme', 'app', 12);
    expect(got).toHaveLength(252);
    expect(got[0]).toEqual({ filename: 'src/f0.ts', status: 'modified' });
    expect(got[250]).toEqual({ filename: 'db/migration/V2__b.sql', status: 'added' });
    expect(got[251]).toEqual(renamed);
    expect(gh.requestsTo('GET', /\/pulls\/12\/files$/).map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3']);
  });

  it('retries a 500 in the middle of pagination', async () => {
    gh.setPullFiles('acme', 'app', 13, Array.from({ length: 150 }, (_, i) => ({ filename: `f${i}`, status: 'added' })));
    gh.failNext(1, 500, { path: /files$/ });
    const got = await client().listChangedFiles('acme', 'app', 13);
    expect(got).toHaveLength(150);
  });
});

describe('getFileAt', () => {
  it('returns the bytes at the ref (base64 content, nested path)', async () => {
    const sql = 'CREATE TABLE café (id int);\n-- ünïcödé\n';
    gh.setFile('acme', 'app', 'base123', 'db/migration/V1__init café.sql', sql);
    gh.setFile('acme', 'app', 'other', 'db/migration/V1__init café.sql', 'different');
    const bytes = await client().getFileAt('acme', 'app', 'db/migration/V1__init café.sql', 'base123');
    expect(Buffer.from(bytes!).toString('utf8')).toBe(sql);
    expect(gh.requests[0]!.query).toEqual({ ref: 'base123' });
  });

  it('returns undefined on 404', async () => {
    expect(await client().getFileAt('acme', 'app', 'db/migration/V9__gone.sql', 'main')).toBeUndefined();
  });

  it('reads files over 1 MB through the blob API', async () => {
    const big = Buffer.alloc(1024 * 1024 + 10, 0x61);
    gh.setFile('acme', 'app', 'main', 'db/big.sql', big);
    const bytes = await client().getFileAt('acme', 'app', 'db/big.sql', 'main');
    expect(Buffer.from(bytes!).equals(big)).toBe(true);
    expect(gh.requests.map((r) => r.path)).toEqual(['/repos/acme/app/contents/db/big.sql', expect.stringMatching(/^\/repos\/acme\/app\/git\/blobs\//)]);
  });
});

describe('deleteComment', () => {
  it('deletes, and reports false when already gone', async () => {
    const c = client();
    const [x] = gh.addComments('acme', 'app', 2, ['bye']);
    expect(await c.deleteComment('acme', 'app', x!.id)).toBe(true);
    expect(gh.commentsOf('acme', 'app', 2)).toHaveLength(0);
    expect(await c.deleteComment('acme', 'app', x!.id)).toBe(false);
  });
});

describe('configuration and the token', () => {
  it('honours GITHUB_API_URL when no base URL is given', async () => {
    vi.stubEnv('GITHUB_API_URL', `${gh.url}/`);
    try {
      const c = createGitHubClient({ token: TOKEN, log: { debug() {}, info() {}, warning() {} } });
      expect(c.baseUrl).toBe(gh.url);
      expect(await c.getFileAt('acme', 'app', 'x.sql', 'main')).toBeUndefined();
      expect(gh.requests).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('sends the token in the Authorization header and never prints it', async () => {
    const out: string[] = [];
    const capture = (stream: NodeJS.WriteStream) =>
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        out.push(String(chunk));
        return true;
      });
    const spies = [capture(process.stdout), capture(process.stderr)];
    const errors: unknown[] = [];
    try {
      // The default log (@actions/core), with retries, rate limits, a 403 and a thrown error.
      const c = createGitHubClient({ token: TOKEN, baseUrl: gh.url, retryBaseMs: 1, rateLimitSecondMs: 1, writeSpacingMs: 0 });
      gh.failNext(1, 500, { method: 'GET' });
      gh.failNext(1, 429, { method: 'POST', headers: { 'retry-after': '1' } });
      expect((await c.upsertComment('acme', 'app', 1, MARKER, 'x')).action).toBe('created');
      gh.failNext(1, 403, { method: 'GET' });
      expect((await c.upsertComment('acme', 'app', 1, MARKER, 'x')).reason).toBeDefined();
      gh.failNext(1, 422, { method: 'PATCH' });
      await c.upsertComment('acme', 'app', 1, MARKER, 'y').catch((e: unknown) => errors.push(e));
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(out.join('')).toMatch(/rate limit/); // the log did say something
    expect(out.join('')).not.toContain(TOKEN);
    expect(errors).toHaveLength(1);
    const e = errors[0] as Error;
    expect(`${e.message}\n${e.stack}\n${JSON.stringify(e)}`).not.toContain(TOKEN);
    expect(gh.requests.length).toBeGreaterThan(4);
    for (const r of gh.requests) expect(r.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('a wrong token is answered 401 by the fake and surfaces as an error', async () => {
    const c = createGitHubClient({ token: 'wrong', baseUrl: gh.url, retryBaseMs: 1, log: { debug() {}, info() {}, warning() {} } });
    await expect(c.listChangedFiles('acme', 'app', 1)).rejects.toMatchObject({ status: 401 });
    expect(gh.requests).toHaveLength(1);
  });
});
