/**
 * The Action keeps its cache directory between workflow runs with @actions/cache (src/action/cache.ts),
 * run as the runner runs the built bundle (dist/index.js; `npm run build` first) against a fake of
 * GitHub's cache service v2 on loopback (test/helpers/fake-cache-service.ts). Every run is on a
 * "new runner": the same workspace and RUNNER_TEMP paths as every job of a repository has, emptied
 * and checked out again, so only what the cache service holds carries over.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeCacheService } from '../helpers/fake-cache-service.js';
import { spawnBuiltAction, type SpawnedRun } from '../helpers/action.js';
import { writeFiles } from '../helpers/tmp.js';

const root = mkdtempSync(join(tmpdir(), 'mg-action-cache-'));
const workspace = join(root, 'work', 'shop', 'shop');
const runnerTemp = join(root, 'work', '_temp');
const cacheDir = join(runnerTemp, 'migration-guard-cache');
let svc: FakeCacheService;

const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();

function commit(repo: string, files: Record<string, string>, message: string): string {
  writeFiles(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

// Merged on main: tables with data, an index, a function; the PR adds an index built under a lock (a finding).
const BASE_FILES: Record<string, string> = {
  'migrations/V1__orders.sql': 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(10,2) NOT NULL DEFAULT 0, note text);\n',
  'migrations/rollback/V1__rollback.sql': 'DROP TABLE orders;\n',
  'migrations/V2__data.sql': "INSERT INTO orders (total) SELECT g FROM generate_series(1, 20) g;\nCREATE FUNCTION total_of(bigint) RETURNS numeric LANGUAGE sql AS 'SELECT total FROM orders WHERE id = $1';\n",
  'migrations/rollback/V2__rollback.sql': 'DROP FUNCTION total_of(bigint);\nDELETE FROM orders;\n',
  'migrations/V3__customers.sql': 'CREATE TABLE customers (id int PRIMARY KEY, email text);\n',
  'migrations/rollback/V3__rollback.sql': 'DROP TABLE customers;\n',
};
const PR_FILES: Record<string, string> = {
  'migrations/V4__orders_note.sql': 'CREATE INDEX orders_note ON orders (note);\n',
  'migrations/rollback/V4__rollback.sql': 'DROP INDEX orders_note;\n',
};
let origin: string;
let baseSha: string;
let headSha: string;

/** A new runner: the workspace checked out afresh at `branch` (full history, as fetch-depth: 0), RUNNER_TEMP empty. */
function newRunner(branch: string): void {
  rmSync(join(root, 'work'), { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  mkdirSync(join(workspace, '..'), { recursive: true });
  git(root, 'clone', '-q', '--branch', branch, `file://${origin}`, workspace);
}

interface Run extends SpawnedRun {
  findings: unknown[];
}

async function runAction(event: 'push' | 'pull_request', env: Record<string, string>, inputs: Record<string, string> = {}): Promise<Run> {
  const repository = { id: 1, name: 'shop', full_name: 'acme/shop', owner: { login: 'acme', type: 'Organization' }, private: false };
  const payload =
    event === 'push'
      ? { ref: 'refs/heads/main', after: baseSha, repository }
      : { action: 'synchronize', number: 7, pull_request: { number: 7, head: { ref: 'feature', sha: headSha, repo: repository }, base: { ref: 'main', sha: baseSha, repo: repository } }, repository };
  const r = await spawnBuiltAction(workspace, {
    root,
    apiUrl: 'http://127.0.0.1:9', // no token: the API is not asked
    repository: 'acme/shop',
    eventName: event,
    event: payload,
    sha: event === 'push' ? baseSha : headSha,
    // The findings (errors among them) must not fail the step: a failed step here is the cache's doing.
    inputs: { 'fail-on': 'never', ...inputs },
    env: { RUNNER_TEMP: runnerTemp, RUNNER_OS: 'Linux', ...(event === 'pull_request' ? { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' } : {}), ...env },
  });
  const report = join(runnerTemp, 'migration-guard-report.json');
  const findings = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as { findings: unknown[] }).findings : [];
  return { ...r, findings };
}

/** The lint cache's entry files and their modification times (ms). */
const lintEntries = () => {
  const dir = join(cacheDir, 'lint');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.bin')).sort().map((n) => ({ n, mtime: statSync(join(dir, n)).mtimeMs })) : [];
};
const stateEntries = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((n) => /^check-[0-9a-f]+\.tar\.gz$/.test(n)) : []);
const warnings = (r: Run) => r.stdout.split('\n').filter((l) => l.startsWith('::warning') || l.startsWith('::error'));
/** Annotations of findings (file=…) aside: the cache's own warnings. */
const cacheWarnings = (r: Run) => warnings(r).filter((l) => !/^::(warning|error) [^:]*\bfile=/.test(l));

beforeAll(async () => {
  svc = await FakeCacheService.start();
  origin = join(root, 'origin');
  execFileSync('git', ['init', '-q', '-b', 'main', origin]);
  baseSha = commit(origin, BASE_FILES, 'merged migrations');
  git(origin, 'checkout', '-q', '-b', 'feature');
  headSha = commit(origin, PR_FILES, 'an index on orders');
  git(origin, 'checkout', '-q', 'main');
}, 60_000);

afterAll(async () => {
  await svc.close();
  rmSync(root, { recursive: true, force: true });
});

describe.sequential('the Action keeps its cache directory with @actions/cache', () => {
  let prCold: Run;
  let mainKey: string;
  let headKey: string;

  it('a push saves the directory under the key of its migrations; nothing to restore the first time', async () => {
    newRunner('main');
    const r = await runAction('push', svc.env());
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^No cache restored \(keys migration-guard-v1-Linux-[0-9a-f]{32}, migration-guard-v1-Linux-\): the caches start empty\.$/m);
    expect(svc.savedKeys()).toHaveLength(1);
    mainKey = svc.savedKeys()[0]!;
    expect(mainKey).toMatch(/^migration-guard-v1-Linux-[0-9a-f]{32}$/);
    expect(r.stdout).toContain(`Cache saved under key ${mainKey}.`);
    // The runtime token on every call; the upload went to the signed URL, one PUT of the whole archive.
    expect(svc.requests.filter((q) => q.twirp).every((q) => q.authorization === `Bearer ${svc.token}`)).toBe(true);
    expect(svc.requests.map((q) => q.twirp ?? `${q.method} blob`)).toEqual(['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'PUT blob', 'FinalizeCacheEntryUpload']);
    expect(svc.requests.every((q) => q.status < 300)).toBe(true);
    expect(cacheWarnings(r)).toEqual([]);
  });

  it("a pull request restores the base branch's entry by the base commit's key, and saves its own", async () => {
    newRunner('feature');
    const before = svc.requests.length;
    prCold = await runAction('pull_request', svc.env());
    expect(prCold.status, prCold.stdout + prCold.stderr).toBe(0);
    const lookup = svc.requests.slice(before).find((q) => q.twirp === 'GetCacheEntryDownloadURL')!;
    headKey = String(lookup.body!['key']);
    // HEAD's key first, then the base commit's (the same files as main's push: the same key), then the prefix.
    expect(headKey).not.toBe(mainKey);
    expect(lookup.body!['restore_keys']).toEqual([mainKey, 'migration-guard-v1-Linux-']);
    expect(prCold.stdout).toContain(`Cache restored from key ${mainKey}.`);
    // Restored, then filled: the lint cache, the state after the merged migrations, PGlite's fresh data directory.
    expect(lintEntries().length).toBeGreaterThan(0);
    expect(stateEntries()).toHaveLength(1);
    expect(readdirSync(cacheDir).some((n) => /^pglite-[0-9a-f]+-fresh\.tar\.gz$/.test(n))).toBe(true);
    expect(prCold.summary).not.toContain('restored from the cache');
    expect(svc.savedKeys()).toEqual([mainKey, headKey]);
    expect(prCold.stdout).toContain(`Cache saved under key ${headKey}.`);
    expect(prCold.findings.length).toBeGreaterThan(0);
    expect(cacheWarnings(prCold)).toEqual([]);
  });

  it('a re-run on a new runner restores that exact entry: the state cache and lint cache are used, the findings are the same, the key is not saved twice', async () => {
    newRunner('feature');
    const before = svc.requests.length;
    const started = Date.now();
    const r = await runAction('pull_request', svc.env());
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`Cache restored from key ${headKey} (this exact content).`);
    expect(r.stdout).toContain(`Cache not saved: key ${headKey} was restored, so its entry holds this content already.`);
    expect(svc.requests.slice(before).map((q) => q.twirp ?? `${q.method} blob`)).toEqual(['GetCacheEntryDownloadURL', 'GET blob']);
    expect(svc.savedKeys()).toEqual([mainKey, headKey]);
    // The merged migrations came from the restored state, not applied again.
    expect(r.summary).toContain('3 merged migrations restored from the cache');
    // Every lint entry was restored (written before this run) and none had to be written again.
    const lint = lintEntries();
    expect(lint.length).toBeGreaterThan(0);
    expect(lint.every((e) => e.mtime < started)).toBe(true);
    expect(r.findings).toEqual(prCold.findings);
    expect(cacheWarnings(r)).toEqual([]);
  });

  it('cache: false asks the cache service nothing, keeps nothing, and finds the same', async () => {
    newRunner('feature');
    const before = svc.requests.length;
    const r = await runAction('pull_request', svc.env(), { cache: 'false' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(svc.requests.length).toBe(before);
    expect(existsSync(cacheDir)).toBe(false);
    expect(r.stdout).not.toMatch(/cache restored|Cache saved/i);
    expect(r.findings).toEqual(prCold.findings);
  });

  it('without the cache service (a run outside GitHub) nothing is asked and the run is cold', async () => {
    newRunner('feature');
    const before = svc.requests.length;
    const r = await runAction('pull_request', {});
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(svc.requests.length).toBe(before);
    expect(r.stdout).toContain('The Actions cache service is not available here');
    expect(cacheWarnings(r)).toEqual([]);
    expect(r.findings).toEqual(prCold.findings);
  });

  it('an unreachable cache service leaves warnings, and the same findings', async () => {
    newRunner('feature');
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const r = await runAction('pull_request', { ...svc.env(), ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/` });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(cacheWarnings(r).some((l) => l.includes('Failed to restore'))).toBe(true);
    expect(r.stdout).toMatch(/^No cache restored/m);
    expect(r.findings).toEqual(prCold.findings);
  });

  it('a cache service answering 500 leaves warnings, and the same findings', { timeout: 240_000 }, async () => {
    newRunner('feature');
    const before = svc.requests.length;
    svc.failWith = 500;
    try {
      const r = await runAction('pull_request', { ...svc.env() });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      // @actions/cache retried (5 attempts per call), then gave up on the restore and on the save.
      const calls = svc.requests.slice(before).map((q) => q.twirp);
      expect(calls.filter((c) => c === 'GetCacheEntryDownloadURL').length).toBe(5);
      expect(calls.filter((c) => c === 'CreateCacheEntry').length).toBe(5);
      expect(cacheWarnings(r).some((l) => l.includes('Failed to restore'))).toBe(true);
      expect(r.stdout).toMatch(/^No cache restored/m);
      expect(r.findings).toEqual(prCold.findings);
    } finally {
      svc.failWith = undefined;
    }
    expect(svc.savedKeys()).toEqual([mainKey, headKey]);
  });
});
