/**
 * When Flyway applies the migrations (a Flyway config, or `runner: flyway`), lint judges each file
 * as Flyway runs it: in its own transaction unless a statement Flyway's PostgreSQL parser deems
 * non-transactional (PostgreSQLParser.detectCanExecuteInTransaction), and with no lock_timeout
 * from a runner.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { flywayCanExecuteInTransaction, flywayMixedStatement, flywayWraps } from '../../src/load/flyway/transactional.js';
import { initParser, parseSql } from '../../src/parse/parser.js';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

beforeAll(() => initParser());

const stmts = (sql: string) => parseSql(sql).statements;

describe("Flyway's transactional statements (PostgreSQLParser, PostgreSQL 12+)", () => {
  it.each([
    'CREATE INDEX CONCURRENTLY i ON t (a)',
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)',
    'DROP INDEX CONCURRENTLY i',
    'REINDEX SCHEMA s',
    'REINDEX (VERBOSE) DATABASE d',
    'REINDEX SYSTEM d',
    'VACUUM t',
    'VACUUM (ANALYZE) t',
    'DISCARD ALL',
    'CREATE DATABASE d',
    'DROP DATABASE d',
    'CREATE TABLESPACE ts LOCATION \'/x\'',
    'ALTER SYSTEM SET work_mem = \'8MB\'',
    'DROP SUBSCRIPTION s',
  ])('%s makes its migration non-transactional', (sql) => {
    expect(flywayCanExecuteInTransaction(stmts(sql)[0]!)).toBe(false);
  });

  it.each([
    'CREATE INDEX i ON t (a)',
    'DROP INDEX i',
    'ANALYZE t',
    'DISCARD PLANS',
    // Not recognised by Flyway's regular expressions: run in its transaction, where PostgreSQL refuses them.
    'REINDEX INDEX CONCURRENTLY i',
    'REINDEX TABLE CONCURRENTLY t',
    'ALTER TABLE p DETACH PARTITION c CONCURRENTLY',
    "ALTER TYPE mood ADD VALUE 'meh'",
    'SET lock_timeout = \'5s\'',
  ])('%s runs in a transaction', (sql) => {
    expect(flywayCanExecuteInTransaction(stmts(sql)[0]!)).toBe(true);
  });

  it('a migration is wrapped unless one statement is non-transactional; both kinds is what Flyway refuses without mixed', () => {
    expect(flywayWraps(stmts('BEGIN; CREATE TABLE t (a int); COMMIT;'))).toBe(true);
    expect(flywayWraps(stmts('CREATE INDEX CONCURRENTLY i ON t (a);'))).toBe(false);
    const mixed = stmts("SET lock_timeout = '5s'; CREATE INDEX CONCURRENTLY i ON t (a);");
    expect(flywayWraps(mixed)).toBe(false);
    expect(flywayMixedStatement(mixed)).toBe(mixed[1]);
    expect(flywayMixedStatement(stmts('CREATE INDEX CONCURRENTLY i ON t (a); CREATE INDEX CONCURRENTLY j ON t (b);'))).toBeUndefined();
  });
});

async function lint(cwd: string) {
  const { code, stdout, stderr } = await runCli(cwd, ['lint', '--format', 'json']);
  return { code, stderr, findings: JSON.parse(stdout).findings as { rule: string; file: string; line: number; message: string }[] };
}

const MIGRATIONS = {
  'sql/V1__create.sql': 'CREATE TABLE person (id int PRIMARY KEY);\n',
  'sql/V2__explicit.sql': 'BEGIN;\nALTER TABLE person ADD COLUMN email text;\nCOMMIT;\n',
  'sql/V3__index.sql': 'CREATE INDEX CONCURRENTLY person_email ON person (email);\n',
};

describe('lint under Flyway', () => {
  it('with flyway.conf: no BEGIN/COMMIT demanded, an explicit BEGIN is what it is inside Flyway\'s transaction, lock_timeout-missing reports', async () => {
    const dir = tmpProject({ ...MIGRATIONS, 'flyway.conf': 'flyway.locations=filesystem:sql\n' });
    const { findings, stderr } = await lint(dir);
    expect(stderr).toBe('migration-guard: config: flyway.conf (Flyway properties)\n');
    const wrapping = findings.filter((f) => f.rule === 'transaction-wrapping');
    expect(wrapping.map((f) => [f.file, f.line])).toEqual([
      ['sql/V2__explicit.sql', 1],
      ['sql/V2__explicit.sql', 3],
    ]);
    expect(wrapping[0]!.message).toContain('the runner already wraps the migration in a transaction');
    expect(findings.filter((f) => f.rule === 'lock-timeout-missing').map((f) => f.file)).toEqual(['sql/V2__explicit.sql']);
    expect(findings.filter((f) => f.rule === 'cannot-run-in-transaction')).toEqual([]);
  });

  it('the same files with migration-guard.yml (our runner, explicit transactions): BEGIN/COMMIT demanded, our lock_timeout counts', async () => {
    const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'migrations: sql\n' });
    const { findings } = await lint(dir);
    expect(findings.filter((f) => f.rule === 'transaction-wrapping').map((f) => f.file)).toEqual(['sql/V1__create.sql']);
    expect(findings.filter((f) => f.rule === 'lock-timeout-missing')).toEqual([]);
  });

  it('runner: flyway in migration-guard.yml alone is enough', async () => {
    const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'migrations: sql\nrunner: flyway\n' });
    const { findings, stderr } = await lint(dir);
    expect(stderr).toBe('');
    expect(findings.filter((f) => f.rule === 'transaction-wrapping').map((f) => f.file)).toEqual(['sql/V2__explicit.sql', 'sql/V2__explicit.sql']);
    expect(findings.filter((f) => f.rule === 'lock-timeout-missing').map((f) => f.file)).toEqual(['sql/V2__explicit.sql']);
  });

  it("reports what Flyway refuses: both kinds of statement without mixed, and a statement its parser runs in a transaction where PostgreSQL refuses it", async () => {
    const files = {
      ...MIGRATIONS,
      'sql/V4__set_then_concurrently.sql': "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY person_id ON person (id);\n",
      'sql/V5__reindex.sql': 'REINDEX INDEX CONCURRENTLY person_email;\n',
    };
    const strict = await lint(tmpProject({ ...files, 'flyway.conf': 'flyway.locations=filesystem:sql\n' }));
    const problems = strict.findings.filter((f) => f.rule === 'transaction-wrapping' && f.file !== 'sql/V2__explicit.sql');
    expect(problems.map((f) => [f.file, f.line])).toEqual([
      ['sql/V4__set_then_concurrently.sql', 2],
      ['sql/V5__reindex.sql', 1],
    ]);
    expect(problems[0]!.message).toBe(
      'Flyway refuses this migration: line 2 cannot run in a transaction and line 1 runs in one ("Detected both transactional and non-transactional statements within the same migration (even though mixed is false)"), so migrate fails before running it',
    );
    expect(problems[1]!.message).toContain('Flyway runs this migration in a transaction (its PostgreSQL parser does not recognise REINDEX CONCURRENTLY');
    // mixed = true: Flyway runs V4 without a transaction, as written.
    const mixed = await lint(tmpProject({ ...files, 'flyway.conf': 'flyway.locations=filesystem:sql\nflyway.mixed=true\n' }));
    expect(mixed.findings.filter((f) => f.rule === 'transaction-wrapping').map((f) => f.file)).toEqual(['sql/V2__explicit.sql', 'sql/V2__explicit.sql', 'sql/V5__reindex.sql']);
  });

  it("takes Flyway's -key=value options on the command line; other single-dash options stay errors", async () => {
    let stdout = '';
    let stderr = '';
    const io = { cwd: tmpProject(MIGRATIONS), env: {}, stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), isTTY: false };
    const code = await main(['lint', '--format', 'json', '-locations=filesystem:sql', '-installedBy=ci'], io);
    expect(stderr).toBe('migration-guard: warning: command line: Flyway settings migration-guard does not use (ignored): -installedBy\n');
    expect(JSON.parse(stdout).summary.migrations).toBe(3);
    expect(code).toBe(1);
    stderr = '';
    expect(await main(['lint', '-x'], io)).toBe(2);
    expect(stderr).toContain('unknown option -x');
    stderr = '';
    expect(await main(['rules', '-url=x'], io)).toBe(2); // a command that reads no configuration takes none
  });

  it('a Flyway key we do not use is a warning on stderr, and a bad value exits 2 naming file:line:column', async () => {
    const warn = await lint(tmpProject({ ...MIGRATIONS, 'flyway.conf': 'flyway.locations=filesystem:sql\nflyway.installedBy=ci\n' }));
    expect(warn.stderr).toContain('migration-guard: warning: flyway.conf: Flyway settings migration-guard does not use (ignored): flyway.installedBy\n');
    let stderr = '';
    const code = await main(['lint'], { cwd: tmpProject({ 'flyway.conf': '\nflyway.mixed=sometimes\n' }), env: {}, stdout: () => undefined, stderr: (s) => (stderr += s), isTTY: false });
    expect(code).toBe(2);
    expect(stderr).toBe('migration-guard: error: flyway.conf:2:1: flyway.mixed must be true or false (got "sometimes")\n');
  });
});
