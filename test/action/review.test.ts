/**
 * "Peer reviewed" (issue #14 §5): the Action's migrate and rollback on a production environment
 * require the deployed commit (GITHUB_SHA) to have reached the default branch through a merged
 * pull request with enough approving reviews, read from a fake GitHub API on loopback; refusals
 * come before the database is touched. Runs the Action's source in-process with the runner's
 * variables and an event file, against the PostgreSQL server.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { approvers } from '../../src/action/review.js';
import type { Scratch } from '../../src/db/engine.js';
import { runActionInProcess } from '../helpers/action.js';
import { engines } from '../helpers/db.js';
import { checkAgainstOpenApi, FakeGitHub, type FakeReview } from '../helpers/fake-github.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const server = engines.find((e) => e.name === 'postgres')!;
const TOKEN = 'ghs_reviewTestToken0123456789';
const SHA = 'abc1234def5678abc1234def5678abc1234def56';
const MIGRATIONS = {
  'migrations/V1__users.sql': 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY);\nCOMMIT;\n',
  'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
};

let gh: FakeGitHub;
let dir: string;
const scratches: Scratch[] = [];

beforeAll(async () => {
  gh = await FakeGitHub.start(TOKEN);
  dir = tmpProject({
    ...MIGRATIONS,
    'migration-guard.yml': 'environments:\n  production:\n    production: true\n  strict:\n    production: true\n    requiredApprovals: 2\n  staging: {}\n',
    // A push to main, as the runner writes it (repository.default_branch included).
    'push-event.json': JSON.stringify({ ref: 'refs/heads/main', after: SHA, repository: { full_name: 'acme/shop', default_branch: 'main' } }),
    'dispatch-event.json': JSON.stringify({ ref: 'refs/heads/main', inputs: {} }),
  });
});
afterAll(async () => {
  await gh.close();
  for (const s of scratches) await s.dispose();
});
afterEach(() => {
  gh.requests.length = 0;
});

async function database(): Promise<{ url: string; historyExists: () => Promise<boolean> }> {
  const scratch = await server.scratch();
  scratches.push(scratch);
  return {
    url: await urlOf(scratch.db),
    historyExists: async () => (await scratch.db.query<{ t: string | null }>("SELECT to_regclass('flyway_schema_history')::text AS t")).rows[0]!.t !== null,
  };
}

function deploy(url: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runActionInProcess(
    dir,
    { mode: 'migrate', 'database-url': url, environment: 'production', 'github-token': TOKEN, ...inputs },
    { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'push-event.json'), GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: gh.url, ...env },
  );
}

const merged = (number: number, base = 'main') => ({ number, author: 'dev', base, merged_at: '2024-02-01T00:00:00Z' });

describe('the latest decisive review of each reviewer counts', () => {
  const at = (i: number) => new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString();
  const r = (reviewer: string | undefined, state: string, i: number) => ({ id: i, reviewer, state, submittedAt: at(i) });
  it.each([
    ['an approval', [r('alice', 'APPROVED', 1)], ['alice']],
    ['the author approving their own pull request', [r('dev', 'APPROVED', 1)], []],
    ['a comment after an approval changes nothing', [r('alice', 'APPROVED', 1), r('alice', 'COMMENTED', 2)], ['alice']],
    ['changes requested after an approval', [r('alice', 'APPROVED', 1), r('alice', 'CHANGES_REQUESTED', 2)], []],
    ['an approval after changes requested', [r('alice', 'CHANGES_REQUESTED', 1), r('alice', 'APPROVED', 2)], ['alice']],
    ['a dismissed approval', [r('alice', 'DISMISSED', 1)], []],
    ['a comment only', [r('alice', 'COMMENTED', 1)], []],
    ['a pending review', [r('alice', 'PENDING', 1)], []],
    ['a deleted account', [r(undefined, 'APPROVED', 1)], []],
    ['reviews listed out of order are read by time', [r('alice', 'CHANGES_REQUESTED', 3), r('alice', 'APPROVED', 2)], []],
    ['two reviewers', [r('alice', 'APPROVED', 1), r('bob', 'APPROVED', 2), r('carol', 'CHANGES_REQUESTED', 3)], ['alice', 'bob']],
  ])('%s', (_name, reviews, expected) => {
    expect(approvers(reviews, 'dev')).toEqual(expected);
  });
});

describe('migrate on production requires a peer-reviewed commit [postgres]', () => {
  it('goes ahead when the commit came through a merged pull request with an approval, and logs who approved it', async () => {
    gh.setCommitPulls('acme', 'shop', SHA, [merged(12)]);
    gh.setReviews('acme', 'shop', 12, [{ reviewer: 'dev', state: 'APPROVED' }, { reviewer: 'alice', state: 'APPROVED' }]);
    const db = await database();
    const r = await deploy(db.url);
    expect(r.failed, r.log).toBe(false);
    expect(r.log).toContain('Peer reviewed: commit abc1234 reached main through PR #12, approved by alice (1 of 1 required).');
    expect(r.outputOf('applied')).toBe('1');
    expect(await db.historyExists()).toBe(true);
    expect(gh.requestsTo('GET', /\/commits\/abc1234def5678abc1234def5678abc1234def56\/pulls$/)).toHaveLength(1);
    // The default branch came from the event: no GET /repos/acme/shop.
    expect(gh.requestsTo('GET', /^\/repos\/acme\/shop$/)).toHaveLength(0);
    for (const req of gh.requests) expect(() => checkAgainstOpenApi(req)).not.toThrow();
  });

  it('refuses a commit no pull request brought to main, before touching the database', async () => {
    gh.setCommitPulls('acme', 'shop', SHA, [{ number: 7, author: 'dev', base: 'main', merged_at: null }, merged(8, 'release')]);
    const db = await database();
    const r = await deploy(db.url);
    expect(r.failed).toBe(true);
    expect(r.log).toContain(
      '::error::refusing to migrate production environment "production": no pull request merged into main contains abc1234; GitHub associates it only with #7 (open), #8 (merged into release)',
    );
    expect(await db.historyExists()).toBe(false);
    // No migrate report: the summary is the verdict and the reason.
    expect(r.summary).toMatch(/^## ❌ migration-guard migrate: stopped\n\nrefusing to migrate production environment "production": no pull request merged into main contains abc1234/);
    expect(r.summary).not.toMatch(/Version before|\| Migration/);
  });

  it('refuses a pull request without an approval that counts, naming it', async () => {
    gh.setCommitPulls('acme', 'shop', SHA, [merged(12)]);
    const reviews: FakeReview[] = [
      { reviewer: 'dev', state: 'APPROVED' }, // the author
      { reviewer: 'bob', state: 'COMMENTED' },
      { reviewer: 'carol', state: 'APPROVED' },
      { reviewer: 'carol', state: 'CHANGES_REQUESTED' },
      { reviewer: 'dave', state: 'DISMISSED' },
    ];
    gh.setReviews('acme', 'shop', 12, reviews);
    const db = await database();
    const r = await deploy(db.url);
    expect(r.failed).toBe(true);
    expect(r.log).toContain('::error::refusing to migrate production environment "production": commit abc1234: PR #12 has 0 of 1 approving reviews');
    expect(await db.historyExists()).toBe(false);
  });

  it('reads every page of reviews', async () => {
    gh.setCommitPulls('acme', 'shop', SHA, [merged(12)]);
    const reviews: FakeReview[] = Array.from({ length: 130 }, () => ({ reviewer: 'bob', state: 'COMMENTED' as const }));
    reviews.push({ reviewer: 'erin', state: 'APPROVED' });
    gh.setReviews('acme', 'shop', 12, reviews);
    const r = await deploy((await database()).url);
    expect(r.failed, r.log).toBe(false);
    expect(r.log).toContain('approved by erin');
    expect(gh.requestsTo('GET', /\/pulls\/12\/reviews$/).map((q) => q.query['page'] ?? '1')).toEqual(['1', '2']);
  });

  it("counts approvals against the environment's requiredApprovals, and the input required-approvals over it", async () => {
    gh.setCommitPulls('acme', 'shop', SHA, [merged(12)]);
    gh.setReviews('acme', 'shop', 12, [{ reviewer: 'alice', state: 'APPROVED' }]);
    const db = await database();
    const strict = await deploy(db.url, { environment: 'strict' });
    expect(strict.log).toContain('::error::refusing to migrate production environment "strict": commit abc1234: PR #12 has 1 of 2 approving reviews');
    expect(await db.historyExists()).toBe(false);
    const raised = await deploy(db.url, { 'required-approvals': '2' });
    expect(raised.log).toContain('PR #12 has 1 of 2 approving reviews');
    const lowered = await deploy(db.url, { environment: 'strict', 'required-approvals': '1' });
    expect(lowered.failed, lowered.log).toBe(false);
    expect(lowered.log).toContain('::warning::required-approvals: 1 lowers environments.strict.requiredApprovals (2) for this run');
  });

  it('reads the default branch from the API when the event does not name it', async () => {
    gh.setRepo('acme', 'shop', { default_branch: 'trunk' });
    gh.setCommitPulls('acme', 'shop', SHA, [merged(12)]);
    gh.setReviews('acme', 'shop', 12, [{ reviewer: 'alice', state: 'APPROVED' }]);
    const r = await deploy((await database()).url, {}, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: join(dir, 'dispatch-event.json') });
    expect(r.log).toContain('no pull request merged into trunk contains abc1234; GitHub associates it only with #12 (merged into main)');
    expect(gh.requestsTo('GET', /^\/repos\/acme\/shop$/)).toHaveLength(1);
  });

  it('without a token refuses with what to do', async () => {
    const db = await database();
    const r = await deploy(db.url, { 'github-token': '' });
    expect(r.failed).toBe(true);
    expect(r.log).toContain('::error::refusing to migrate production environment "production": commit abc1234 must have reached the default branch through a pull request with 1 approving review, and checking that needs the GitHub API: pass github-token');
    expect(gh.requests).toHaveLength(0);
    expect(await db.historyExists()).toBe(false);
  });

  it('a token the API refuses is named with the permissions it needs', async () => {
    gh.failNext(1, 403, { path: /\/pulls$/ });
    const db = await database();
    const r = await deploy(db.url);
    expect(r.log).toMatch(/::error::refusing to migrate production environment "production": cannot read the pull requests and reviews of commit abc1234 \(HTTP 403: .*Resource not accessible by integration.*\); the token needs permissions contents: read and pull-requests: read/);
    // The token is registered as a secret (masked by the runner), and appears nowhere else.
    expect(r.log).toContain(`::add-mask::${TOKEN}`);
    expect(r.log.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(await db.historyExists()).toBe(false);
  });

  it('required-approvals: 0 turns the check off, with a warning', async () => {
    const r = await deploy((await database()).url, { 'required-approvals': '0', 'github-token': '' });
    expect(r.failed, r.log).toBe(false);
    expect(r.log).toContain('::warning::The peer review check is off for environment "production" (0 approving reviews required).');
    expect(gh.requests).toHaveLength(0);
  });

  it('a non-production environment, plan on production and the PR check do not judge reviews', async () => {
    const db = await database();
    const staging = await deploy(db.url, { environment: 'staging' });
    expect(staging.failed, staging.log).toBe(false);
    const plan = await deploy(db.url, { mode: 'plan', 'github-token': '' });
    expect(plan.failed, plan.log).toBe(false);
    expect(gh.requests).toHaveLength(0);
  });
});

describe('rollback on production requires a peer-reviewed commit too [postgres]', () => {
  it('refuses an unreviewed commit before rolling anything back', async () => {
    const db = await database();
    expect((await deploy(db.url, { environment: 'staging' })).failed).toBe(false);
    gh.setCommitPulls('acme', 'shop', SHA, [merged(12)]);
    gh.setReviews('acme', 'shop', 12, []);
    const r = await deploy(db.url, { mode: 'rollback', 'allow-production-rollback': 'true' });
    expect(r.log).toContain('::error::refusing to rollback production environment "production": commit abc1234: PR #12 has 0 of 1 approving reviews');
    expect(r.outputOf('rolled-back')).toBeUndefined();
    gh.setReviews('acme', 'shop', 12, [{ reviewer: 'alice', state: 'APPROVED' }]);
    const ok = await deploy(db.url, { mode: 'rollback', 'allow-production-rollback': 'true' });
    expect(ok.failed, ok.log).toBe(false);
    expect(ok.outputOf('rolled-back')).toBe('1');
  });
});

// The event file is read as the runner writes it; a broken one is a clear usage error.
it('a broken event file is named', async () => {
  const path = join(dir, 'broken-event.json');
  writeFileSync(path, '{');
  const r = await deploy('postgres://127.0.0.1:1/x', {}, { GITHUB_EVENT_PATH: path });
  expect(r.log).toMatch(/::error::cannot read the event payload .*broken-event\.json/);
});

// The committed bundle as the runner starts it (npm run build first): a child process reading
// INPUT_* and the event file, talking to the fake API on loopback.
it('the built Action (dist/index.js) refuses an unreviewed production deploy the same way [postgres]', async () => {
  gh.setCommitPulls('acme', 'shop', SHA, [merged(12)]);
  gh.setReviews('acme', 'shop', 12, [{ reviewer: 'dev', state: 'APPROVED' }]);
  const db = await database();
  const output = join(dir, 'bundle-output.txt');
  const summary = join(dir, 'bundle-summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env['PATH'],
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(dir, 'push-event.json'),
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: gh.url,
    INPUT_MODE: 'migrate',
    'INPUT_DATABASE-URL': db.url,
    INPUT_ENVIRONMENT: 'production',
    'INPUT_GITHUB-TOKEN': TOKEN,
  };
  const child = spawn(process.execPath, [new URL('../../dist/index.js', import.meta.url).pathname], { cwd: dir, env });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(status).toBe(1);
  expect(stdout).toContain('::error::refusing to migrate production environment "production": commit abc1234: PR #12 has 0 of 1 approving reviews');
  expect(readFileSync(summary, 'utf8')).toMatch(/^## ❌ migration-guard migrate: stopped\n\nrefusing to migrate production environment "production": commit abc1234: PR #\u2060?12 has 0 of 1 approving reviews\n/);
  expect(await db.historyExists()).toBe(false);
});
