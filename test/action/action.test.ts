/**
 * The built Action (dist/index.js) on a pull_request event, run as the runner runs it: INPUT_*
 * variables, GITHUB_EVENT_PATH with a pull_request payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, a
 * git checkout (shallow, as actions/checkout makes it) with base and head commits, and
 * GITHUB_API_URL pointing at a fake GitHub API on loopback. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAgainstOpenApi, FakeGitHub } from '../helpers/fake-github.js';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { writeFiles } from '../helpers/tmp.js';
import { spawnBuiltAction, type SpawnedRun } from '../helpers/action.js';

const TOKEN = 'ghs_actionTestToken0123456789';
const OWNER = 'acme';
const REPO = 'shop';
const MARKER = '<!-- migration-guard:comment -->';
const HOSTILE = '"@team</details><img src=x>"';

const root = mkdtempSync(join(tmpdir(), 'mg-action-'));
let gh: FakeGitHub;

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();

function commit(repo: string, files: Record<string, string>, message: string, remove: string[] = []): string {
  writeFiles(repo, files);
  for (const f of remove) git(repo, 'rm', '-q', f);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** A checkout of the feature branch as actions/checkout makes it: depth 1 (no base commit) unless `full`. */
function checkout(origin: string, name: string, full = false): string {
  const dir = join(root, name);
  git(root, 'clone', '-q', ...(full ? [] : ['--depth', '1']), '--branch', 'feature', `file://${origin}`, dir);
  return dir;
}

const V1 = 'BEGIN;\nCREATE TABLE users (email text);\nCOMMIT;\n';
// A table whose name carries text that must not break the comment (mention, closing </details>, HTML).
const V2 = `BEGIN;\nCREATE TABLE ${HOSTILE} (email text);\nCOMMIT;\n`;
const BASE_FILES = {
  'README.md': '# shop\n',
  'migrations/V1__users.sql': V1,
  'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
  'migrations/V2__team.sql': V2,
  'migrations/rollback/V2__rollback.sql': `BEGIN;\nDROP TABLE ${HOSTILE};\nCOMMIT;\n`,
};
const HEAD_FILES = {
  'migrations/V1__users.sql': 'BEGIN;\nCREATE TABLE users (email text, name text);\nCOMMIT;\n', // an applied migration edited
  // Blocks writes to an existing table while the index builds: an error.
  'migrations/V3__team_index.sql': `-- cc @team </details><img src=x>\nBEGIN;\nCREATE INDEX i ON ${HOSTILE} (email);\nCOMMIT;\n`,
  'migrations/rollback/V3__rollback.sql': 'BEGIN;\nDROP INDEX i;\nCOMMIT;\n',
};
const V3_CLEAN = {
  'migrations/V3__audit.sql': '-- cc @team </details><img src=x>\nBEGIN;\nCREATE TABLE audit (id int);\nCOMMIT;\n',
  'migrations/rollback/V3__rollback.sql': 'BEGIN;\nDROP TABLE audit;\nCOMMIT;\n',
};

type Run = SpawnedRun;

/** Runs dist/index.js asynchronously (the fake API lives in this process). */
function runAction(workspace: string, opts: { inputs?: Record<string, string>; pull: number; baseSha: string; headSha: string; event?: string }): Promise<Run> {
  const repository = { id: 1, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER, type: 'Organization' }, private: false };
  const event = {
    action: 'synchronize',
    number: opts.pull,
    pull_request: {
      number: opts.pull,
      state: 'open',
      title: 'Add team table',
      user: { login: 'dev', type: 'User' },
      head: { ref: 'feature', sha: opts.headSha, repo: repository, label: 'acme:feature' },
      base: { ref: 'main', sha: opts.baseSha, repo: repository, label: 'acme:main' },
    },
    repository,
    sender: { login: 'dev', type: 'User' },
  };
  return spawnBuiltAction(workspace, {
    root,
    apiUrl: gh.url,
    repository: `${OWNER}/${REPO}`,
    eventName: opts.event ?? 'pull_request',
    event,
    sha: opts.headSha,
    inputs: opts.inputs,
    env: { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' },
  });
}

function outputOf(run: Run, name: string): string | undefined {
  const m = new RegExp(`^${name}<<(.*)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(run.output);
  return m?.[2];
}

const pullFiles = (files: Record<string, string>, status: (f: string) => string) =>
  Object.keys(files).map((filename) => ({ filename, status: status(filename) }));

let origin: string;
let baseSha: string;
let head1: string;
let head2: string;

beforeAll(async () => {
  gh = await FakeGitHub.start(TOKEN);
  origin = join(root, 'origin');
  execFileSync('git', ['init', '-q', '-b', 'main', origin]);
  baseSha = commit(origin, BASE_FILES, 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  head1 = commit(origin, HEAD_FILES, 'first push');
  // The base as the API serves it (the shallow checkout lacks it).
  for (const [path, content] of Object.entries(BASE_FILES)) gh.setFile(OWNER, REPO, baseSha, path, content);
}, 60_000);

afterAll(async () => {
  // Every request the Action made is one GitHub's OpenAPI description knows, correctly shaped.
  for (const r of gh.requests) checkAgainstOpenApi(r);
  await gh.close();
  rmSync(root, { recursive: true, force: true });
});

const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(
  readFileSync(join(dirname(require.resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
) as Record<string, unknown>;
const validateSarif = ajv.compile(sarifSchema);

describe('the Action on a pull request (dist/index.js)', () => {
  it('first push: annotates, writes outputs, summary, SARIF and one comment, and fails the gate', async () => {
    gh.setPullFiles(OWNER, REPO, 7, pullFiles(HEAD_FILES, (f) => (f in BASE_FILES ? 'modified' : 'added')));
    const work = checkout(origin, 'push1');
    expect(() => git(work, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow(); // shallow: no base commit
    const sarifPath = join(work, 'results.sarif');
    const r = await runAction(work, { pull: 7, baseSha, headSha: head1, inputs: { 'github-token': TOKEN, 'sarif-file': 'results.sarif' } });

    expect(r.stdout).toContain('::error title=require-concurrent-index,file=migrations/V3__team_index.sql,line=3');
    // The base came through the API: the edited applied migration is caught without fetch-depth: 0.
    expect(r.stdout).toMatch(/::error title=applied-migration-modified,file=migrations\/V1__users\.sql/);
    expect(Number(outputOf(r, 'errors'))).toBeGreaterThanOrEqual(2);
    expect(outputOf(r, 'warnings')).toMatch(/^\d+$/);
    const report = JSON.parse(readFileSync(outputOf(r, 'report-json')!, 'utf8')) as { findings: unknown[] };
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
    expect(r.summary).toContain('require-concurrent-index');
    expect(r.status).toBe(1);

    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
      runs: { results: { ruleId: string }[]; tool: { driver: { informationUri: string; rules: { id: string; helpUri: string }[] } } }[];
    };
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toContain('require-concurrent-index');
    // Rule pages link to the repository the Action runs from (here `uses: ./`: the workflow's, at its commit).
    expect(sarif.runs[0]!.tool.driver.informationUri).toBe(`https://github.com/${OWNER}/${REPO}`);
    expect(sarif.runs[0]!.tool.driver.rules.find((x) => x.id === 'require-concurrent-index')!.helpUri).toBe(
      `https://github.com/${OWNER}/${REPO}/blob/${head1}/rules/require-concurrent-index.md`,
    );

    const comments = gh.commentsOf(OWNER, REPO, 7);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('V3__team_index.sql');
    expect(body).toContain(head1);
    // Nothing in a migration can mention anyone, close the <details> or inject HTML.
    expect(body).not.toMatch(/@team/i);
    // (Inside fenced code blocks, as in the schema diff, text is shown literally, never read as HTML.)
    const prose = body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
    expect(prose).not.toContain('<img');
    expect(prose).not.toContain('</details><img');
    expect(prose).toContain('&lt;/details&gt;&lt;img src=x&gt;');
    expect(body).toContain('@\u200dteam');
    expect(r.stdout).toContain('Pull request comment created');
  }, 120_000);

  it('second push: the same comment is updated (not duplicated) and a clean PR passes the gate', async () => {
    git(origin, 'checkout', '-q', 'feature');
    head2 = commit(origin, { 'migrations/V1__users.sql': V1, ...V3_CLEAN }, 'second push', ['migrations/V3__team_index.sql']);
    gh.setPullFiles(OWNER, REPO, 7, pullFiles(V3_CLEAN, () => 'added'));
    const before = gh.requestsTo('POST', /\/issues\/7\/comments$/).length;
    const work = checkout(origin, 'push2');
    const r = await runAction(work, { pull: 7, baseSha, headSha: head2, inputs: { 'github-token': TOKEN } });

    expect(r.stdout).not.toContain('::error');
    expect(outputOf(r, 'errors')).toBe('0');
    expect(r.status).toBe(0);
    const comments = gh.commentsOf(OWNER, REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(head2);
    expect(comments[0]!.body).not.toContain('V3__team_index.sql');
    expect(comments[0]!.body).toContain('V3__audit.sql');
    expect(comments[0]!.body).not.toMatch(/@team/i);
    expect(gh.requestsTo('POST', /\/issues\/7\/comments$/).length).toBe(before);
    expect(gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(r.stdout).toContain('Pull request comment updated');
  }, 120_000);

  it('when the PR no longer touches migrations, the living comment says so', async () => {
    gh.setPullFiles(OWNER, REPO, 7, [{ filename: 'README.md', status: 'modified' }]);
    gh.setPullFiles(OWNER, REPO, 8, [{ filename: 'README.md', status: 'modified' }]);
    const work = join(root, 'push2');
    const r = await runAction(work, { pull: 7, baseSha, headSha: head2, inputs: { 'github-token': TOKEN, 'sarif-file': 'empty.sarif' } });
    expect(r.status).toBe(0);
    // The SARIF upload step that follows finds a file: a run with no results.
    const sarif = JSON.parse(readFileSync(join(work, 'empty.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0]!.results).toEqual([]);
    const comments = gh.commentsOf(OWNER, REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('no migration changes');
    expect(r.summary).toContain('no migration changes');
    // A PR that never touched migrations gets no comment at all.
    const other = await runAction(work, { pull: 8, baseSha, headSha: head2, inputs: { 'github-token': TOKEN } });
    expect(other.status).toBe(0);
    expect(gh.commentsOf(OWNER, REPO, 8)).toHaveLength(0);
  }, 120_000);

  it('a PR that changes only the configuration gets the full check, not "nothing to check"', async () => {
    gh.setPullFiles(OWNER, REPO, 42, [{ filename: 'migration-guard.yml', status: 'added' }]);
    const work = join(root, 'push2');
    const r = await runAction(work, { pull: 42, baseSha, headSha: head2, inputs: { 'github-token': TOKEN } });
    expect(r.stdout).toContain('This pull request changes the configuration: every migration is linted and checked as new.');
    expect(r.stdout).not.toContain('nothing to check');
    expect(r.summary).not.toContain('no migration changes');
    expect(r.output).toMatch(/^applied<<.*\n[1-9]\d*\n/m);
  }, 120_000);

  it("a fork's read-only token (403 on comment) degrades cleanly: summary and annotations, the reason logged", async () => {
    gh.setPullFiles(OWNER, REPO, 9, pullFiles(HEAD_FILES, (f) => (f in BASE_FILES ? 'modified' : 'added')));
    gh.failNext(1, 403, { method: 'POST', path: /\/issues\/9\/comments$/ });
    const work = checkout(origin, 'fork', true);
    git(work, 'checkout', '-q', head1);
    const r = await runAction(work, { pull: 9, baseSha, headSha: head1, inputs: { 'github-token': TOKEN } });
    expect(r.stdout).toContain('::error title=require-concurrent-index');
    expect(r.summary).toContain('require-concurrent-index');
    expect(r.stdout).toMatch(/No pull request comment: .*HTTP 403/);
    expect(r.stdout).not.toContain('internal error');
    expect(gh.commentsOf(OWNER, REPO, 9)).toHaveLength(0);
    expect(r.status).toBe(1); // the gate, not the comment
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('a transient 502 from GitHub on the comment is retried by the built Action: one comment, no warning', async () => {
    gh.setPullFiles(OWNER, REPO, 10, pullFiles(HEAD_FILES, (f) => (f in BASE_FILES ? 'modified' : 'added')));
    gh.failNext(1, 502, { method: 'POST', path: /\/issues\/10\/comments$/ });
    const work = checkout(origin, 'retry', true);
    git(work, 'checkout', '-q', head1);
    const r = await runAction(work, { pull: 10, baseSha, headSha: head1, inputs: { 'github-token': TOKEN } });
    expect(gh.requestsTo('POST', /\/issues\/10\/comments$/).map((q) => q.status)).toEqual([502, 201]);
    expect(gh.commentsOf(OWNER, REPO, 10)).toHaveLength(1);
    expect(r.stdout).not.toContain('No pull request comment');
    expect(r.status).toBe(1); // the gate
  }, 120_000);

  it("a secondary rate limit (429, retry-after) on the comment is waited out by the built Action", async () => {
    gh.setPullFiles(OWNER, REPO, 11, pullFiles(HEAD_FILES, (f) => (f in BASE_FILES ? 'modified' : 'added')));
    gh.failNext(1, 429, { method: 'POST', path: /\/issues\/11\/comments$/, headers: { 'retry-after': '1' } });
    const work = checkout(origin, 'ratelimit', true);
    git(work, 'checkout', '-q', head1);
    const r = await runAction(work, { pull: 11, baseSha, headSha: head1, inputs: { 'github-token': TOKEN } });
    expect(gh.requestsTo('POST', /\/issues\/11\/comments$/).map((q) => q.status)).toEqual([429, 201]);
    expect(gh.commentsOf(OWNER, REPO, 11)).toHaveLength(1);
    expect(r.stdout).toMatch(/secondary rate limit/i);
    expect(r.stdout).not.toContain('No pull request comment');
  }, 120_000);

  it('checks on the service database (database-url), with git diff and no token, and masks the password', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.password = 'pw-s3cret-XYZ';
    const work = checkout(origin, 'service', true);
    git(work, 'checkout', '-q', head1);
    const r = await runAction(work, { pull: 10, baseSha, headSha: head1, inputs: { 'database-url': url.toString() } });
    expect(r.stdout).toContain('::add-mask::pw-s3cret-XYZ');
    expect(r.stdout.replace('::add-mask::pw-s3cret-XYZ', '')).not.toContain('pw-s3cret-XYZ');
    expect(r.stdout).toContain('the PostgreSQL server of database-url');
    expect(r.stdout).toContain('No github-token');
    // git diff against the base (present in this full checkout) still finds the edited applied migration.
    expect(r.stdout).toMatch(/::error title=applied-migration-modified,file=migrations\/V1__users\.sql/);
    expect(Number(outputOf(r, 'applied'))).toBeGreaterThanOrEqual(1);
    expect(r.summary).not.toMatch(/PGlite/i);
    expect(r.status).toBe(1);
  }, 120_000);
});
