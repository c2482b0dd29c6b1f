import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { runCheck, type CheckResult } from '../../src/commands/check.js';
import { formatCheckJson, formatCheckText } from '../../src/report/check.js';
import { maskUrl } from '../../src/db/engine.js';
import { describeEachEngine } from '../helpers/db.js';
import { tmpProject, writeFiles } from '../helpers/tmp.js';

const tx = (...sql: string[]) => `BEGIN;\n${sql.join('\n')}\nCOMMIT;\n`;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });

const at = (r: CheckResult, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => `${f.file}:${f.line}:${f.column}`);
const entry = (r: CheckResult, name: string) => r.migrations.find((m) => m.file.endsWith(name))!;

describeEachEngine('check', (engine) => {
  it('the example project applies, every rollback is verified, seeds load', async () => {
    const r = await runCheck({ cwd: process.cwd(), paths: ['migrations'], databaseUrl: engine.url });
    // Clean: its three held locks (V004, V006) are suppressed with reasons in the files.
    expect(r.findings).toEqual([]);
    expect(r.complete).toBe(true);
    const versioned = r.migrations.filter((m) => m.kind === 'versioned');
    expect(versioned).toHaveLength(9);
    expect(versioned.every((m) => m.applied === 'ok' && m.rollback === 'verified')).toBe(true);
    expect(r.migrations.map((m) => m.applied)).not.toContain('failed');
    expect(entry(r, 'seeds/test.sql').applied).toBe('ok');
    expect(entry(r, 'V005__add_indexes.sql')).toMatchObject({ mode: 'no-transaction', locks: [], dangerousLocks: 0 });
    expect(r.summary.rollbacksVerified).toBe(9);
    // One count model: seeds/test.sql runs but is not a migration ("12 of 11 applied" before).
    expect(r.summary).toMatchObject({ migrations: 11, applied: 11, failed: 0, skipped: 0 });
    expect(formatCheckText(r, false)).toMatch(/✔ no problems: 11 migrations applied to a scratch database, 9 rollbacks verified/);
    expect(r.postgres.engine).toBe(engine.name);
    expect(r.postgres.version).toMatch(engine.name === 'pglite' ? /^18\./ : /^15\./);
    // The server the user gave, not the throw-away database on it.
    expect(r.postgres.label).toBe(engine.url ? maskUrl(engine.url) : 'embedded PGlite');
    expect(r.schemaChanges.map((l) => `${l.change} ${l.kind} ${l.name}`)).toContain('added table public.orders');
    const text = formatCheckText(r, false);
    expect(text).toMatch(/V002__create_users\.sql +✓ \d+ ms +✓ verified/);
    expect(text).toContain(`PostgreSQL ${r.postgres.version}`);
    const json = JSON.parse(formatCheckJson(r));
    expect(Object.keys(json)).toEqual(['findings', 'summary', 'migrations', 'schemaDiff', 'postgres', 'disagreements', 'metrics']);
    expect(json.migrations).toHaveLength(12);
  });

  it('a rollback that forgets an index is rollback-incomplete, naming the index; the chain goes on (verified on a copy)', async () => {
    const dir = tmpProject({
      'migrations/V1__t.sql': tx('CREATE TABLE t (id int PRIMARY KEY, a int);'),
      'migrations/rollback/V1__rollback.sql': tx('DROP TABLE t;'),
      'migrations/V2__idx.sql': 'CREATE INDEX CONCURRENTLY t_a_idx ON t (a);\n',
      'migrations/rollback/V2__rollback.sql': '-- forgot the index\nSELECT 1;\n',
      'migrations/V3__later.sql': tx('CREATE TABLE later (id int);'),
      'migrations/rollback/V3__rollback.sql': tx('DROP TABLE later;'),
    });
    const r = await runCheck({ cwd: dir, paths: ['migrations'], databaseUrl: engine.url });
    expect(at(r, 'rollback-incomplete')).toEqual(['migrations/rollback/V2__rollback.sql:1:1']);
    const f = r.findings.find((x) => x.rule === 'rollback-incomplete')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('left behind: index public.t_a_idx (CREATE INDEX t_a_idx ON public.t USING btree (a))');
    expect(f.message).toContain('applying V2__idx.sql again after the rollback fails at migrations/V2__idx.sql:1:1: ERROR 42P07');
    expect(entry(r, 'V1__t.sql').rollback).toBe('verified');
    expect(entry(r, 'V2__idx.sql')).toMatchObject({ applied: 'ok', rollback: 'incomplete' });
    expect(entry(r, 'V2__idx.sql').rollbackDiff?.added.map((o) => o.name)).toEqual(['public.t_a_idx']);
    // Verifying V2's rollback never touched the chain: V3 is applied after V2 and its rollback verified.
    expect(entry(r, 'V3__later.sql')).toMatchObject({ applied: 'ok', rollback: 'verified' });
    expect(r.complete).toBe(true);
    expect(r.summary).toMatchObject({ applied: 3, failed: 0, skipped: 0, rollbacksVerified: 2, rollbacksBroken: 1 });
    expect(formatCheckText(r, false)).toMatch(/V2__idx\.sql +✓ \d+ ms +✗ incomplete/);
  });

  it('a rollback that errors is rollback-failed at its line; a broken migration is apply-failed at its line; config severities apply', async () => {
    const dir = tmpProject({
      'migration-guard.yml': 'rules:\n  dangerous-lock: off\n  slow-migration: error\nslowMigrationSeconds: 1\n',
      'migrations/V1__t.sql': tx('CREATE TABLE t (id int PRIMARY KEY, a int);'),
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE t;\nDROP TABLE   nope;\nCOMMIT;\n',
      'migrations/V2__locks.sql': tx('ALTER TABLE t ADD COLUMN b int;', 'CREATE TABLE u (id int);', 'SELECT pg_sleep(1.1);'),
      'migrations/rollback/V2__rollback.sql': tx('DROP TABLE u;', 'ALTER TABLE t DROP COLUMN b;'),
      'migrations/V3__broken.sql': 'BEGIN;\nINSERT INTO t (id) VALUES (1);\n-- a typo\nSELECT nope FROM t;\nCOMMIT;\n',
      'migrations/rollback/V3__rollback.sql': tx('DELETE FROM t;'),
      'migrations/V4__never.sql': tx('CREATE TABLE never (id int);'),
      'migrations/rollback/V4__rollback.sql': tx('DROP TABLE never;'),
    });
    const r = await runCheck({ cwd: dir, paths: ['migrations'], databaseUrl: engine.url });
    expect(at(r, 'rollback-failed')).toEqual(['migrations/rollback/V1__rollback.sql:3:1']);
    expect(r.findings.find((f) => f.rule === 'rollback-failed')!.message).toContain('ERROR 42P01: table "nope" does not exist');
    // The rollback's transaction rolled back, so the chain goes on.
    expect(entry(r, 'V2__locks.sql')).toMatchObject({ applied: 'ok', rollback: 'verified' });
    expect(at(r, 'apply-failed')).toEqual(['migrations/V3__broken.sql:4:8']);
    const failed = r.findings.find((f) => f.rule === 'apply-failed')!;
    expect(failed.message).toContain('ERROR 42703: column "nope" does not exist');
    expect(entry(r, 'V3__broken.sql').error).toMatchObject({ sqlstate: '42703', line: 4, column: 8 });
    expect(entry(r, 'V4__never.sql').applied).toBe('skipped');
    // dangerous-lock: off; slow-migration raised to error, at the slowest statement.
    expect(at(r, 'dangerous-lock')).toEqual([]);
    expect(entry(r, 'V2__locks.sql').dangerousLocks).toBe(1);
    expect(at(r, 'slow-migration')).toEqual(['migrations/V2__locks.sql:4:1']);
    expect(r.findings.find((f) => f.rule === 'slow-migration')!.severity).toBe('error');
  });

  it('traces locks of the change set: dangerous-lock, rewrites, suppressions, CONCURRENTLY; diffs the change set', async () => {
    const dir = tmpProject({
      'migrations/V1__base.sql': tx(
        'CREATE TABLE t (id int PRIMARY KEY, a int, b text, old text);',
        'CREATE TABLE s (id int PRIMARY KEY, v text);',
        'CREATE INDEX t_b_idx ON t (b);',
      ),
      'migrations/rollback/V1__rollback.sql': tx('DROP TABLE s;', 'DROP TABLE t;'),
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFiles(dir, {
      // ADD COLUMN, then more statements while ACCESS EXCLUSIVE on t is held.
      'migrations/V2__add.sql': tx('SET LOCAL lock_timeout = \'5s\';', 'ALTER TABLE t ADD COLUMN c int;', 'CREATE TABLE n (id int);', 'CREATE TABLE n2 (id int);'),
      'migrations/rollback/V2__rollback.sql': tx('DROP TABLE n2;', 'DROP TABLE n;', 'ALTER TABLE t DROP COLUMN c;'),
      // A rewrite, then another statement.
      'migrations/V3__type.sql': tx('ALTER TABLE t ALTER COLUMN a TYPE bigint;', 'CREATE TABLE m (id int);'),
      'migrations/rollback/V3__rollback.sql': tx('DROP TABLE m;', 'ALTER TABLE t ALTER COLUMN a TYPE integer;'),
      // The same pattern, suppressed with a reason.
      'migrations/V4__excused.sql': tx(
        '-- migration-guard-ignore dangerous-lock: s has ten rows and no traffic',
        "ALTER TABLE s ALTER COLUMN v SET DEFAULT 'x';",
        'CREATE TABLE k (id int);',
      ),
      'migrations/rollback/V4__rollback.sql': tx('DROP TABLE k;', 'ALTER TABLE s ALTER COLUMN v DROP DEFAULT;'),
      // Outside a transaction: nothing is held across statements.
      'migrations/V5__concurrently.sql': 'CREATE INDEX CONCURRENTLY t_c_idx ON t (c);\nDROP INDEX CONCURRENTLY t_b_idx;\n',
      'migrations/rollback/V5__rollback.sql': 'CREATE INDEX CONCURRENTLY t_b_idx ON t (b);\nDROP INDEX CONCURRENTLY t_c_idx;\n',
      'migrations/V6__drop.sql': tx('ALTER TABLE t DROP COLUMN old;'),
      'migrations/rollback/V6__rollback.sql': tx('ALTER TABLE t ADD COLUMN old text;'),
    });
    const r = await runCheck({ cwd: dir, paths: ['migrations'], base: 'main', databaseUrl: engine.url });
    // The linter flags V3's rewrite too (column-type-change); nothing else is an error.
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'column-type-change migrations/V3__type.sql:2',
    ]);

    // Not in the change set: applied, neither traced nor verified.
    expect(entry(r, 'V1__base.sql')).toMatchObject({ isNew: false, applied: 'ok', rollback: 'none', locks: [] });

    expect(at(r, 'dangerous-lock')).toEqual(['migrations/V2__add.sql:3:1', 'migrations/V3__type.sql:2:1']);
    const add = r.findings.find((f) => f.rule === 'dangerous-lock' && f.file.endsWith('V2__add.sql'))!;
    expect(add.severity).toBe('warning');
    expect(add.message).toMatch(/^takes an ACCESS EXCLUSIVE lock on table public\.t and holds it while 2 more statements run \(lines 4, 5\) until COMMIT \(\d+ ms here/);
    expect(add.message).toContain('blocks every read and write on public.t');
    expect(entry(r, 'V2__add.sql').locks.find((l) => l.relation === 'public.t')).toMatchObject({
      mode: 'ACCESS EXCLUSIVE',
      blocks: 'reads and writes',
      rewritten: false,
      dangerous: true,
      statement: { line: 3, text: 'ALTER TABLE t ADD COLUMN c int' },
    });

    const type = entry(r, 'V3__type.sql');
    expect(type.locks.find((l) => l.relation === 'public.t')).toMatchObject({ mode: 'ACCESS EXCLUSIVE', rewritten: true, dangerous: true });
    expect(type.rewritten).toEqual(expect.arrayContaining(['public.t', 'public.t_pkey', 'public.t_b_idx']));
    expect(r.findings.find((f) => f.file.endsWith('V3__type.sql') && f.rule !== 'migration-documented')!.message).toContain('rewrites the table');

    // Suppressed: traced, not reported.
    expect(entry(r, 'V4__excused.sql').dangerousLocks).toBe(1);

    const conc = entry(r, 'V5__concurrently.sql');
    expect(conc).toMatchObject({ mode: 'no-transaction', applied: 'ok', rollback: 'verified', dangerousLocks: 0 });
    expect(conc.locks.filter((l) => l.dangerous)).toEqual([]);

    expect(entry(r, 'V6__drop.sql').rollback).toBe('verified');
    for (const v of ['V2__add.sql', 'V3__type.sql', 'V4__excused.sql']) expect(entry(r, v).rollback).toBe('verified');

    // The change set's schema diff: base (after V1) → head.
    expect(r.schemaChanges.map((l) => `${l.change} ${l.kind} ${l.name}: ${l.text}`)).toEqual([
      'added column public.t.c: integer',
      'added index public.t_c_idx: CREATE INDEX t_c_idx ON public.t USING btree (c)',
      'added table public.k: with 1 column',
      'added table public.m: with 1 column',
      'added table public.n: with 1 column',
      'added table public.n2: with 1 column',
      "changed column public.s.v: text → text DEFAULT 'x'::text",
      'changed column public.t.a: integer → bigint',
      'dropped column public.t.old: text',
      'dropped index public.t_b_idx: CREATE INDEX t_b_idx ON public.t USING btree (b)',
    ]);
    const text = formatCheckText(r, false);
    expect(text).toContain('+ column public.t.c');
    expect(text).toContain('~ column public.t.a');
    expect(text).toContain('- index public.t_b_idx');
    expect(text).toMatch(/V3__type\.sql .*⚠ ACCESS EXCLUSIVE on public\.t; rewrites public\.t/);
  });
});
