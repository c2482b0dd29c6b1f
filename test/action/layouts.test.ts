/**
 * Issue #15: the built Action (dist/index.js) on projects of other runners' layouts, run as the
 * runner runs it (INPUT_* variables, a pull_request event file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_API_URL at a fake GitHub API on loopback; a checkout without the base commit, so the base
 * versions come through the API). diesel: rows named folder/file, the transaction diesel wraps a
 * CONCURRENTLY in, and a PR that changes only a metadata.toml; goose: a Down section verified; a
 * database mode refused before any connection. Run `npm run build` first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAgainstOpenApi, FakeGitHub } from '../helpers/fake-github.js';
import { writeFiles } from '../helpers/tmp.js';
import { spawnBuiltAction, type SpawnedRun } from '../helpers/action.js';

const TOKEN = 'ghs_layoutTestToken0123456789';
const OWNER = 'acme';
const REPO = 'shop';
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const root = mkdtempSync(join(tmpdir(), 'mg-action-layouts-'));
let gh: FakeGitHub;

beforeAll(async () => {
  gh = await FakeGitHub.start(TOKEN);
});
afterAll(async () => {
  for (const r of gh.requests) checkAgainstOpenApi(r);
  await gh.close();
  rmSync(root, { recursive: true, force: true });
});

type Run = SpawnedRun;

/** A workspace (no git: the base commit is not in the checkout) with the head's files. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'ws-'));
  writeFiles(dir, files);
  return dir;
}

/** Runs dist/index.js asynchronously (the fake API lives in this process); stderr is part of the log. */
async function runAction(ws: string, inputs: Record<string, string>, pull?: number): Promise<Run> {
  const repository = { id: 1, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER, type: 'Organization' }, private: false };
  const event =
    pull === undefined
      ? { repository }
      : { action: 'synchronize', number: pull, pull_request: { number: pull, state: 'open', head: { ref: 'feature', sha: HEAD_SHA, repo: repository }, base: { ref: 'main', sha: BASE_SHA, repo: repository } }, repository };
  const r = await spawnBuiltAction(ws, { root, apiUrl: gh.url, repository: `${OWNER}/${REPO}`, eventName: pull === undefined ? 'workflow_dispatch' : 'pull_request', event, sha: HEAD_SHA, inputs });
  return { ...r, stdout: r.stdout + r.stderr };
}

const outputOf = (r: Run, name: string) => new RegExp(`^${name}<<(.*)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(r.output)?.[2];

/** The PR's files for the fake API, and the base versions it serves. */
function pullRequest(pull: number, base: Record<string, string>, changed: { filename: string; status: string }[]): void {
  gh.setPullFiles(OWNER, REPO, pull, changed);
  for (const [path, content] of Object.entries(base)) gh.setFile(OWNER, REPO, BASE_SHA, path, content);
}

const DIESEL_BASE = {
  'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id int PRIMARY KEY, email text);\n',
  'migrations/2024-01-01-000000_users/down.sql': 'DROP TABLE users;\n',
  // Alone in its file, outside diesel's transaction: runs.
  'migrations/2024-01-02-000000_email_idx/up.sql': 'CREATE INDEX CONCURRENTLY users_email ON users (email);\n',
  'migrations/2024-01-02-000000_email_idx/down.sql': 'DROP INDEX CONCURRENTLY users_email;\n',
  'migrations/2024-01-02-000000_email_idx/metadata.toml': 'run_in_transaction = false\n',
};
// New in the PR: no metadata.toml, so diesel runs it in a transaction, where CONCURRENTLY fails (25001).
const DIESEL_NEW = {
  'migrations/2024-01-03-000000_id_idx/up.sql': '-- the id index\nCREATE INDEX CONCURRENTLY users_id ON users (id);\n',
  'migrations/2024-01-03-000000_id_idx/down.sql': 'DROP INDEX CONCURRENTLY users_id;\n',
};

/** The comment the Action wrote on the pull request (one, the living one). */
function commentOf(pull: number): string {
  const comments = gh.commentsOf(OWNER, REPO, pull);
  expect(comments).toHaveLength(1);
  return comments[0]!.body;
}

/** The migrations table's first column: the link texts (Markdown escapes undone) and their targets. */
const rowsOf = (markdown: string) =>
  [...markdown.matchAll(/^\| \[([^\]]+)\]\(([^)]+)\) \|/gm)].map((m) => ({ name: m[1]!.replace(/\\(.)/g, '$1'), href: m[2]! }));

const blob = (path: string) => `https://github.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/${path}`;

describe('the Action on a diesel project (pull_request, check on PGlite)', () => {
  it('rows named folder/file, the transaction-wrapping error at its line, the layout note, annotations and SARIF', async () => {
    pullRequest(21, DIESEL_BASE, Object.keys(DIESEL_NEW).map((filename) => ({ filename, status: 'added' })));
    const ws = workspace({ ...DIESEL_BASE, ...DIESEL_NEW });
    const r = await runAction(ws, { 'github-token': TOKEN, 'sarif-file': 'results.sarif' }, 21);
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toContain('::error::migration-guard: 3 error(s)');
    expect(outputOf(r, 'errors')).toBe('3');
    // The layout note, as a notice in the log.
    expect(r.stdout).toMatch(/^::notice::layout: diesel \(detected: 3 folders with up\.sql \(diesel\)/m);
    // diesel's transaction around the new file: the CONCURRENTLY's line, in the annotations.
    expect(r.stdout).toMatch(/^::error title=transaction-wrapping,file=migrations\/2024-01-03-000000_id_idx\/up\.sql,line=2,col=1::diesel runs each migration in a transaction, and CREATE INDEX CONCURRENTLY/m);
    expect(r.stdout).toMatch(/^::error title=apply-failed,file=migrations\/2024-01-03-000000_id_idx\/up\.sql,line=2,col=1::.*25001/m);
    // Only the PR's migration is reported: the base's lone CONCURRENTLY with run_in_transaction = false ran.
    expect(r.stdout).not.toMatch(/file=migrations\/2024-01-0[12]/);

    const comment = commentOf(21);
    for (const md of [r.summary, comment]) {
      // The row is the folder and its file, linked to it; never a bare "up.sql".
      expect(rowsOf(md)).toEqual([{ name: '2024-01-03-000000_id_idx/up.sql', href: blob('migrations/2024-01-03-000000_id_idx/up.sql') }]);
      expect(md).not.toMatch(/\[up\.sql\]/);
      expect(md).toContain(`[L2](${blob('migrations/2024-01-03-000000_id_idx/up.sql')}#L2) **[transaction-wrapping]`);
      expect(md).toContain('<summary><b>migrations/2024-01-03-000000_id_idx/up.sql</b>');
    }

    const sarif = JSON.parse(readFileSync(join(ws, 'results.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    const at = sarif.runs[0]!.results.map((x) => `${x.ruleId} ${x.locations[0]!.physicalLocation.artifactLocation.uri}:${x.locations[0]!.physicalLocation.region.startLine}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'transaction-wrapping migrations/2024-01-03-000000_id_idx/up.sql:2',
        'apply-failed migrations/2024-01-03-000000_id_idx/up.sql:2',
        'transaction-wrapping migrations/2024-01-03-000000_id_idx/down.sql:1',
      ]),
    );
  }, 30_000);

  it('a PR that changes only a metadata.toml is checked: the migration now runs in diesel\'s transaction, and its CONCURRENTLY fails', async () => {
    // The base version of metadata.toml (run_in_transaction = false) comes through the API; the head drops the setting's effect.
    const META = 'migrations/2024-01-02-000000_email_idx/metadata.toml';
    pullRequest(22, DIESEL_BASE, [{ filename: META, status: 'modified' }]);
    const ws = workspace({ ...DIESEL_BASE, [META]: 'run_in_transaction = true\n' });
    const r = await runAction(ws, { 'github-token': TOKEN }, 22);
    expect(r.stdout).not.toContain('nothing to check');
    expect(r.summary).not.toContain('no migration changes');
    expect(r.stdout).toMatch(/^::error title=transaction-wrapping,file=migrations\/2024-01-02-000000_email_idx\/up\.sql,line=1,col=1::/m);
    expect(rowsOf(commentOf(22)).map((x) => x.name)).toEqual(['2024-01-02-000000_email_idx/up.sql']);
    expect(r.status).toBe(1);
    // Unchanged metadata.toml files read at the base (the API's base is the checkout with the PR undone) are no change.
    expect(r.stdout).not.toMatch(/file=migrations\/2024-01-01/);
  }, 30_000);
});

const GOOSE_BASE = {
  'migrations/00001_users.sql': '-- +goose Up\nCREATE TABLE users (id int PRIMARY KEY, email text);\n\n-- +goose Down\nDROP TABLE users;\n',
};
const GOOSE_NEW = {
  'migrations/00002_notes.sql': '-- +goose Up\nCREATE TABLE notes (id int PRIMARY KEY, user_id int REFERENCES users);\n\n-- +goose Down\nDROP TABLE notes;\n',
};

describe('the Action on a goose project', () => {
  it('pull_request: the Down section is applied after the Up and verified, in the summary table', async () => {
    pullRequest(31, GOOSE_BASE, [{ filename: 'migrations/00002_notes.sql', status: 'added' }]);
    const ws = workspace({ ...GOOSE_BASE, ...GOOSE_NEW });
    const r = await runAction(ws, { 'github-token': TOKEN }, 31);
    expect(r.stdout).toMatch(/^::notice::layout: goose \(detected: 2 files with `-- \+goose Up`/m);
    expect(r.stdout).not.toContain('::error');
    expect(r.status, r.stdout).toBe(0);
    expect(r.summary).toContain('1 changed migration · 1 of 1 migration applied · 1 rollback verified');
    expect(rowsOf(r.summary)).toEqual([{ name: '00002_notes.sql', href: blob('migrations/00002_notes.sql') }]);
    // Migration | Lint | Applied | Rollback | Dangerous locks: the file's warnings counted once (its Down section is the same file).
    const cells = r.summary.split('\n').find((l) => l.startsWith('| [00002'))!.split(' | ').slice(1);
    expect(cells).toEqual(['⚠️ 2', expect.stringMatching(/^✓ \d+ ms$/), '✓ verified', '– |']);
    expect(outputOf(r, 'warnings')).toBe('2');
    expect(rowsOf(commentOf(31)).map((x) => x.name)).toEqual(['00002_notes.sql']);
  }, 30_000);

  it('mode migrate is refused: goose applies these migrations, and the database is never reached', async () => {
    const ws = workspace({ ...GOOSE_BASE, ...GOOSE_NEW });
    // Nothing listens on port 1: a connection attempt would fail with its own message, not this one.
    const r = await runAction(ws, { mode: 'migrate', 'database-url': 'postgresql://postgres:pw-s3cret@127.0.0.1:1/app' });
    expect(r.status).toBe(1);
    const refusal = "migrations holds goose migrations (layout: goose): migration-guard's database commands apply Flyway-layout migrations only, so goose applies these";
    expect(r.stdout).toContain(`::error::${refusal}`);
    expect(r.summary).toMatch(/^## ❌ migration-guard migrate: stopped$/m);
    expect(r.summary).toContain(refusal);
    expect(r.stdout).toContain('::add-mask::pw-s3cret');
    expect(r.stdout).not.toMatch(/ECONNREFUSED|connect|retry/i);
    expect(outputOf(r, 'applied')).toBeUndefined();
  }, 30_000);
});
