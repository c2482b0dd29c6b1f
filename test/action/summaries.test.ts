/**
 * Every job summary the Action writes (check, no migrations, status, plan, validate, migrate,
 * rollback, a failed migrate) and the PR comment, read with a CommonMark + GFM parser as GitHub
 * renders them (issue #14 §7): headings are headings, tables are tables with their header cells,
 * no stray thematic breaks, no backslash escapes left visible; rule ids link to their pages; the
 * plan's log lists each migration once; working-directory for a monorepo. The Action's source
 * runs in-process with the runner's variables and event files, against the PostgreSQL server and
 * a fake GitHub API on loopback.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { runActionInProcess } from '../helpers/action.js';
import { engines, TEST_DATABASE_URL } from '../helpers/db.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { expectWellFormed, headingsOf, linksOf, parseGfm, tablesOf, textOf } from '../helpers/gfm.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const server = engines.find((e) => e.name === 'postgres')!;
const HEAD = '0123456789abcdef0123456789abcdef01234567';
const MIGRATIONS = {
  'migrations/V001__initial_schema.sql': 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nCOMMIT;\n',
  'migrations/rollback/V001__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
  'migrations/V002__orders_table.sql': 'BEGIN;\nCREATE TABLE orders (id bigint PRIMARY KEY);\nCOMMIT;\n',
  'migrations/rollback/V002__rollback.sql': 'BEGIN;\nDROP TABLE orders;\nCOMMIT;\n',
};
// Blocks writes to users while the index builds: a finding with a rule id.
const V003 = { 'migrations/V003__users_email_index.sql': "BEGIN;\nSET lock_timeout = '5s';\nCREATE INDEX users_email ON users (email);\nCOMMIT;\n", 'migrations/rollback/V003__rollback.sql': 'BEGIN;\nDROP INDEX users_email;\nCOMMIT;\n' };
const STATUS_HEADER = ['Version', 'Description', 'State', 'Checksum', 'Installed on', 'Time'];

let gh: FakeGitHub;
const scratches: Scratch[] = [];
beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(async () => {
  await gh.close();
  for (const s of scratches) await s.dispose();
});

async function databaseUrl(): Promise<string> {
  const s = await server.scratch();
  scratches.push(s);
  return urlOf(s.db);
}

/** How often `needle` occurs in `hay`. */
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe('deploy summaries render as GitHub Markdown [postgres]', () => {
  let dir: string;
  let url: string;
  beforeAll(async () => {
    dir = tmpProject(MIGRATIONS);
    url = await databaseUrl();
  });
  const run = (mode: string, inputs: Record<string, string> = {}) => runActionInProcess(dir, { mode, 'database-url': url, ...inputs });

  it('status: the migrations in one GFM table, one row each', async () => {
    const r = await run('status');
    const tree = expectWellFormed(r.summary, /^✅ migration-guard status: version \(none\), 2 pending$/);
    expect(tablesOf(tree)).toEqual([{ header: STATUS_HEADER, rows: [['001', 'initial schema', 'pending', '', '', ''], ['002', 'orders table', 'pending', '', '', '']] }]);
    expect(r.outputOf('current-version')).toBe('');
  });

  it('plan: what would run, each migration once, in the summary and in the plain-text log', async () => {
    const r = await run('plan');
    expect(r.failed, r.log).toBe(false);
    const tree = expectWellFormed(r.summary, /^✅ migration-guard plan: 2 migrations would run$/);
    expect(headingsOf(tree)).toContainEqual({ depth: 3, text: 'Would run, in order' });
    expect(tablesOf(tree)).toEqual([
      {
        header: ['#', 'Version', 'Description', 'Script'],
        rows: [
          ['1', '001', 'initial schema', 'V001__initial_schema.sql'],
          ['2', '002', 'orders table', 'V002__orders_table.sql'],
        ],
      },
    ]);
    expect(count(textOf(tree), 'V002__orders_table.sql')).toBe(1);
    // The log: plain text, no Markdown escapes, each migration once.
    expect(r.log).toContain('  2. 002 orders table (V002__orders_table.sql)');
    expect(count(r.log, 'V002__orders_table.sql')).toBe(1);
    expect(r.log).not.toMatch(/\\_|<\/?pre>|&lt;|\*\*/);
  });

  it('validate with pending migrations: the problems as a list', async () => {
    const r = await run('validate');
    expect(r.failed).toBe(true);
    const tree = expectWellFormed(r.summary, /^❌ migration-guard validate: \d+ problems?$/);
    expect(nodesOfType(tree, 'listItem').length).toBeGreaterThan(2);
  });

  it('migrate: one row per migration applied, the versions before and after as outputs', async () => {
    const r = await run('migrate');
    expect(r.failed, r.log).toBe(false);
    const tree = expectWellFormed(r.summary, /^✅ migration-guard migrate: applied 2 migrations$/);
    const [table] = tablesOf(tree);
    expect(table!.header).toEqual(['Migration', 'Time', 'Mode', 'Notes']);
    expect(table!.rows.map((row) => row[0])).toEqual(['V001__initial_schema.sql', 'V002__orders_table.sql']);
    expect(textOf(tree)).toContain('Version before: (none)');
    expect(textOf(tree)).toContain('Version after: 002');
    expect(r.outputOf('current-version')).toBe('');
    expect(r.outputOf('target-version')).toBe('002');
  });

  it('status after migrate, then validate and rollback', async () => {
    const status = await run('status');
    const tree = expectWellFormed(status.summary, /^✅ migration-guard status: version 002, 2 applied$/);
    const [table] = tablesOf(tree);
    expect(table!.rows.map((row) => row.slice(0, 4))).toEqual([['001', 'initial schema', 'applied', 'match'], ['002', 'orders table', 'applied', 'match']]);
    expect(status.outputOf('current-version')).toBe('002');

    const validate = await run('validate');
    expect(validate.failed).toBe(false);
    expectWellFormed(validate.summary, /^✅ migration-guard validate: the applied migrations match the files$/);

    const rollback = await run('rollback');
    expect(rollback.failed, rollback.log).toBe(false);
    const rt = expectWellFormed(rollback.summary, /^✅ migration-guard rollback: rolled back 1 version$/);
    const [rolledBack, metrics, ...more] = tablesOf(rt);
    expect(rolledBack).toEqual({ header: ['Version', 'Description', 'Rollback script', 'Time', 'Notes'], rows: [['002', 'orders table', 'rollback/V002__rollback.sql', expect.stringMatching(/ms|s$/), '']] });
    // The run's metrics (#14 §6): one table, before → after.
    expect(metrics!.header).toEqual(['', 'Before', 'After', 'Change']);
    expect(metrics!.rows.map((row) => row.slice(0, 3))).toEqual([['Tables', '2', '1'], ['Indexes', expect.any(String), expect.any(String)], ['Size', expect.any(String), expect.any(String)]]);
    expect(more).toEqual([]);
    expect(rollback.outputOf('current-version')).toBe('002');
    expect(rollback.outputOf('target-version')).toBe('001');
  });

  it('a failed migrate: the failure as plain text in <pre>, and the headings and tables around it intact', async () => {
    const failing = tmpProject({ ...MIGRATIONS, 'migrations/V003__broken_one.sql': 'BEGIN;\nCREATE TABLE orders_2 (id bigint REFERENCES nowhere (id));\nCOMMIT;\n' });
    const r = await runActionInProcess(failing, { mode: 'migrate', 'database-url': url });
    expect(r.failed).toBe(true);
    const tree = expectWellFormed(r.summary, /^❌ migration-guard migrate: V003__broken_one\.sql failed$/);
    expect(headingsOf(tree).map((h) => h.text)).toContain('Failure');
    const pre = nodesOfType(tree, "html").map((n) => (n as unknown as { value: string }).value).find((v) => v.startsWith('<pre>'));
    expect(pre).toMatch(/V003__broken_one\.sql:2:\d+: 42P01 relation "nowhere" does not exist/);
    expect(r.outputOf('current-version')).toBe('001');
    expect(r.outputOf('target-version')).toBe('002');
    // An annotation on the failing statement, so the PR's files view and the run page point at it.
    expect(r.log).toMatch(/::error title=V003__broken_one\.sql failed,file=migrations\/V003__broken_one\.sql,line=2,col=\d+::42P01 relation "nowhere" does not exist/);
    // V003 is still pending: not "0 pending" after a failure.
    expect(r.outputOf('pending')).toBeUndefined();
  });

  it('a refused deploy still writes its summary: a heading with the verdict, then the reason', async () => {
    const prod = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'environments:\n  production:\n    production: true\n' });
    const r = await runActionInProcess(prod, { mode: 'migrate', environment: 'production', 'database-url': url, 'github-token': '' }, { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: HEAD });
    expect(r.failed).toBe(true);
    const tree = expectWellFormed(r.summary, /^❌ migration-guard migrate: stopped$/);
    expect(textOf(tree)).toMatch(/refusing to migrate production environment "production": commit .* pull request with 1 approving review/);
  });

  it('plan lists what migrate would run: a configured target stops it there', async () => {
    const targeted = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'target: "001"\n' });
    const r = await runActionInProcess(targeted, { mode: 'plan', 'database-url': await databaseUrl() });
    const tree = expectWellFormed(r.summary, /^✅ migration-guard plan: 1 migration would run$/);
    expect(tablesOf(tree)[0]!.rows.map((row) => row[3])).toEqual(['V001__initial_schema.sql']);
    expect(r.log).toContain('  1. 001 initial schema (V001__initial_schema.sql)');
    expect(r.log).not.toContain('V002__orders_table.sql)');
  });

  it("plan reads the configuration three times (status, validate, the dry run) and says what it read once", async () => {
    const flyway = tmpProject({ 'flyway.conf': 'flyway.locations=filesystem:migrations\nflyway.installedBy=ci\n', ...MIGRATIONS });
    const r = await runActionInProcess(flyway, { mode: 'plan', 'database-url': url });
    expect(count(r.log, 'config: flyway.conf (Flyway properties)')).toBe(1);
    expect(count(r.log, '::warning::flyway.conf: Flyway settings migration-guard does not use (ignored): flyway.installedBy')).toBe(1);
  });
});

function nodesOfType(tree: ReturnType<typeof parseGfm>, type: string) {
  const out: { type: string }[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === type) out.push(n);
    for (const c of (n.children ?? []) as { type: string }[]) walk(c);
  };
  walk(tree);
  return out;
}

function pullEvent(dir: string, pull: number): string {
  const path = join(dir, `event-${pull}.json`);
  const repository = { full_name: 'acme/shop', default_branch: 'main' };
  writeFileSync(path, JSON.stringify({ number: pull, pull_request: { number: pull, base: { ref: 'main', sha: 'b'.repeat(40), repo: repository }, head: { sha: HEAD } }, repository }));
  return path;
}

const prEnv = (dir: string, pull: number) => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: pullEvent(dir, pull),
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: gh.url,
  GITHUB_SHA: HEAD,
});
const RULE_PAGE = new RegExp(`^https://github\\.com/acme/shop/blob/${HEAD}/rules/[a-z-]+\\.md$`);

describe('the check summary and the PR comment render as GitHub Markdown, rule ids linked [postgres]', () => {
  it('check on a push: the report with its table, findings and rule links', async () => {
    const dir = tmpProject({ ...MIGRATIONS, ...V003 });
    const r = await runActionInProcess(dir, { mode: 'check', 'database-url': TEST_DATABASE_URL }, { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: HEAD });
    const tree = expectWellFormed(r.summary, /^❌ migration-guard: \d+ errors?/);
    expect(tablesOf(tree)[0]!.header).toEqual(['Migration', 'Lint', 'Applied', 'Rollback', 'Dangerous locks']);
    expect(tablesOf(tree)[0]!.rows.map((row) => row[0])).toEqual(['V001__initial_schema.sql', 'V002__orders_table.sql', 'V003__users_email_index.sql']);
    expect(headingsOf(tree).map((h) => h.text)).toEqual(expect.arrayContaining(['Findings', 'Schema changes']));
    const ruleLinks = linksOf(tree).filter((l) => l.url.includes('/rules/'));
    expect(ruleLinks.map((l) => l.text)).toContain('require-concurrent-index');
    for (const l of ruleLinks) expect(l.url).toBe(`https://github.com/acme/shop/blob/${HEAD}/rules/${l.text}.md`);
  });

  it('check with a base outside a pull request (workflow_dispatch, push): the table is the change', async () => {
    const dir = tmpProject(MIGRATIONS);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
    for (const [name, sql] of Object.entries(V003)) writeFileSync(join(dir, name), sql);
    const r = await runActionInProcess(dir, { mode: 'check', base: 'HEAD', 'database-url': TEST_DATABASE_URL }, { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: HEAD });
    const tree = expectWellFormed(r.summary, /^❌ migration-guard: \d+ errors?/);
    expect(tablesOf(tree)[0]!.rows.map((row) => row[0])).toEqual(['V003__users_email_index.sql']);
  });

  it('the PR comment: the same structure, rule ids linked to the pages SARIF names', async () => {
    const dir = tmpProject({ ...MIGRATIONS, ...V003 });
    gh.setPullFiles('acme', 'shop', 5, [
      { filename: 'migrations/V003__users_email_index.sql', status: 'added' },
      { filename: 'migrations/rollback/V003__rollback.sql', status: 'added' },
    ]);
    const r = await runActionInProcess(dir, { mode: 'check', 'database-url': TEST_DATABASE_URL, 'github-token': 'ghs_x', 'sarif-file': 'out.sarif' }, prEnv(dir, 5));
    const [comment] = gh.commentsOf('acme', 'shop', 5);
    const tree = expectWellFormed(comment!.body, /^❌ migration-guard: \d+ errors?/);
    expect(tablesOf(tree)[0]!.rows.map((row) => row[0])).toEqual(['V003__users_email_index.sql']);
    const ruleLinks = linksOf(tree).filter((l) => RULE_PAGE.test(l.url));
    expect(ruleLinks.map((l) => l.text)).toContain('require-concurrent-index');
    expectWellFormed(r.summary, /^❌ migration-guard/);
    // One definition: SARIF's helpUri for the rule is the comment's link.
    const sarif = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(dir, 'out.sarif'), 'utf8'))) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    const rule = sarif.runs[0]!.tool.driver.rules.find((x) => x.id === 'require-concurrent-index')!;
    expect(ruleLinks.find((l) => l.text === 'require-concurrent-index')!.url).toBe(rule.helpUri);
  });

  it('no migrations changed: the summary is a heading and a sentence', async () => {
    const dir = tmpProject(MIGRATIONS);
    gh.setPullFiles('acme', 'shop', 6, [{ filename: 'README.md', status: 'modified' }]);
    const r = await runActionInProcess(dir, { mode: 'check', 'github-token': 'ghs_x' }, prEnv(dir, 6));
    const tree = expectWellFormed(r.summary, /^✅ migration-guard: no migration changes$/);
    expect(tablesOf(tree)).toEqual([]);
  });
});

describe('working-directory: a migrations project below the repository root [postgres]', () => {
  it('check: paths, config and changed files relative to it; annotations and links from the root', async () => {
    const files = Object.fromEntries(Object.entries({ ...MIGRATIONS, ...V003 }).map(([k, v]) => [`db/${k}`, v]));
    const dir = tmpProject({ ...files, 'db/migration-guard.yml': 'rules:\n  lock-timeout-missing: off\n', 'README.md': '# shop\n' });
    gh.setPullFiles('acme', 'shop', 7, [
      { filename: 'db/migrations/V003__users_email_index.sql', status: 'added' },
      { filename: 'db/migrations/rollback/V003__rollback.sql', status: 'added' },
      { filename: 'README.md', status: 'modified' },
    ]);
    const r = await runActionInProcess(dir, { mode: 'check', 'working-directory': 'db', 'database-url': TEST_DATABASE_URL, 'github-token': 'ghs_x' }, prEnv(dir, 7));
    expect(r.log, r.log).toMatch(/^::error title=require-concurrent-index,file=db\/migrations\/V003__users_email_index\.sql,line=3,/m);
    const [comment] = gh.commentsOf('acme', 'shop', 7);
    const tree = expectWellFormed(comment!.body, /^❌ migration-guard/);
    expect(tablesOf(tree)[0]!.rows.map((row) => row[0])).toEqual(['V003__users_email_index.sql']);
    expect(linksOf(tree).map((l) => l.url)).toContain(`https://github.com/acme/shop/blob/${HEAD}/db/migrations/V003__users_email_index.sql`);
  });

  it('status: the config and migrations of the working directory', async () => {
    const dir = tmpProject({ 'db/migration-guard.yml': 'migrations: sql\n', 'db/sql/V1__one.sql': 'CREATE TABLE one (id int);\n' });
    const r = await runActionInProcess(dir, { mode: 'status', 'working-directory': 'db', 'database-url': await databaseUrl() });
    expect(r.failed, r.log).toBe(false);
    expect(r.outputOf('pending')).toBe('1');
    const missing = await runActionInProcess(dir, { mode: 'status', 'working-directory': 'nope', 'database-url': TEST_DATABASE_URL });
    expect(missing.log).toContain('::error::working-directory "nope" is not a directory in the workspace');
  });
});
