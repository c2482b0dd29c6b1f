/**
 * Hostile inputs, one test each: every one ends in a finding at file:line or in one clear error
 * line with exit 2 — never a stack trace, an internal error or a hang. The large inputs run the
 * built CLI (dist/cli.js) as a process and bound its peak memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpProject } from './helpers/tmp.js';
import { runCli } from './helpers/cli.js';

interface Finding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
  help: string;
}

async function lint(cwd: string, ...argv: string[]) {
  const { code, stdout, stderr } = await runCli(cwd, ['lint', '--format', 'json', ...argv]);
  const findings: Finding[] = code === 2 ? [] : (JSON.parse(stdout) as { findings: Finding[] }).findings;
  return { code, stdout, stderr, findings };
}

/** An error run: exit 2, one line on stderr, nothing on stdout. */
function expectError(r: { code: number; stdout: string; stderr: string }, message: string | RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).toMatch(message);
}

const ROLLBACK = { 'migrations/rollback/V1__rollback.sql': 'SELECT 1;\n' };
const OK = { 'migrations/V1__ok.sql': 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n', ...ROLLBACK };

const of = (findings: Finding[], file: string) => findings.filter((f) => f.file === file && f.rule !== 'rollback-missing' && f.rule !== 'migration-documented');

/** The guide's header (§3.2) for `name` (5 lines), so that a test's findings are about its SQL. */
const documented = (name: string, eol = '\n') =>
  [`-- ${name}`, '-- Author: Jane Doe', '-- Date: 2026-01-15', '-- Description: a hostile input', `-- Rollback: rollback/${name.replace(/__.*$/, '')}__rollback.sql`, ''].join(eol);

describe('hostile file contents', () => {
  it('a binary file named .sql: one parse-error finding at the first NUL byte, nothing parsed', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47]);
    const dir = tmpProject({ ...OK, 'migrations/V2__blob.sql': bytes });
    const r = await lint(dir);
    expect(r.code).toBe(1);
    const found = of(r.findings, 'migrations/V2__blob.sql');
    // The NUL at 2:1 comes before the first invalid byte (0xff at 2:4); "PK\x03\x04" is not parsed.
    expect(found.filter((f) => f.rule === 'parse-error').map((f) => [f.line, f.column, f.message.slice(0, 28)])).toEqual([
      [2, 1, 'NUL byte (0x00): PostgreSQL '],
    ]);
  });

  it('invalid UTF-8: one parse-error finding at the bad byte, nothing else in the file checked', async () => {
    const head = Buffer.from('BEGIN;\nSELECT 1;\nSELECT \'');
    const bytes = Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from("';\nCREATE INDEX i ON a (id);\nCOMMIT;\n")]);
    const dir = tmpProject({ ...OK, 'migrations/V2__bad.sql': bytes });
    const r = await lint(dir);
    const found = of(r.findings, 'migrations/V2__bad.sql');
    expect(found.filter((f) => f.rule === 'parse-error')).toMatchObject([
      { line: 3, column: 9, message: expect.stringMatching(/^invalid UTF-8 byte sequence 0xc3 0x28 /) },
    ]);
    expect(found.map((f) => f.rule)).not.toContain('require-concurrent-index');
  });

  it('10,000 nested parentheses: a parse-error finding, no stack overflow', async () => {
    const sql = `BEGIN;\nSELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};\nCOMMIT;\n`;
    const dir = tmpProject({ ...OK, 'migrations/V2__deep.sql': sql });
    const r = await lint(dir);
    expect(r.code).toBe(1);
    const found = of(r.findings, 'migrations/V2__deep.sql');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'parse-error', line: 2 });
  });

  it('an unterminated dollar quote: a parse-error finding where it starts', async () => {
    const sql = 'BEGIN;\nCREATE TABLE b (id int);\nDO $body$ BEGIN RAISE NOTICE \'x\'; END;\nCOMMIT;\n';
    const dir = tmpProject({ ...OK, 'migrations/V2__dollar.sql': sql });
    const r = await lint(dir);
    const found = of(r.findings, 'migrations/V2__dollar.sql');
    // the quote swallows COMMIT, so the migration is not atomic either
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([['transaction-wrapping', 1, 1], ['parse-error', 3, 4]]);
    expect(found[1]!.message).toMatch(/unterminated dollar-quoted string/);
  });

  it('an unterminated block comment: a parse-error finding where it starts', async () => {
    const sql = 'BEGIN;\nSELECT 1;\n/* no end\nSELECT 2;\n';
    const dir = tmpProject({ ...OK, 'migrations/V2__comment.sql': sql });
    const r = await lint(dir);
    const found = of(r.findings, 'migrations/V2__comment.sql').filter((f) => f.rule === 'parse-error');
    expect(found.map((f) => [f.line, f.column])).toEqual([[3, 1]]);
    expect(found[0]!.message).toMatch(/unterminated \/\* comment/);
  });

  it('BOM + CRLF (and a stray lone CR): clean, and positions count lines as editors do', async () => {
    const sql = '\uFEFF' + documented('V2__crlf.sql', '\r\n') + 'BEGIN;\r\nCREATE TABLE c (id int);\r\n\rCREATE INDEX ci ON a (id);\r\nCOMMIT;\r\n';
    const dir = tmpProject({ ...OK, 'migrations/V2__crlf.sql': sql, 'migrations/rollback/V2__rollback.sql': '\uFEFFSELECT 1;\r\n' });
    const r = await lint(dir);
    expect(r.findings.filter((f) => f.file === 'migrations/V2__crlf.sql').map((f) => [f.rule, f.line, f.column])).toEqual([
      ['require-concurrent-index', 8, 21], // the lone CR counts as a column, as in editors (after the 5-line header)
    ]);
  });
});

describe('hostile file system', () => {
  it('a symlink loop in migrations/: each directory is read once, exit 0', async () => {
    const dir = tmpProject(OK);
    symlinkSync(join(dir, 'migrations'), join(dir, 'migrations/loop'));
    symlinkSync('.', join(dir, 'migrations/self'));
    const r = await lint(dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 2, migrations: 1 });
  });

  it('a symlink leaving the repository: error, exit 2, nothing read', async () => {
    const outside = tmpProject({ 'secret/V7__x.sql': 'SELECT 1;\n' });
    const dir = tmpProject(OK);
    symlinkSync(join(outside, 'secret'), join(dir, 'migrations/shared'));
    expectError(await lint(dir), /error: symlink migrations\/shared points outside the repository .*refusing to read it/);
  });

  it('a dangling symlink named .sql (a file that cannot be read): error, exit 2', async () => {
    const dir = tmpProject(OK);
    symlinkSync(join(dir, 'nowhere.sql'), join(dir, 'migrations/V9__gone.sql'));
    expectError(await lint(dir), 'migration-guard: error: broken symlink: migrations/V9__gone.sql\n');
  });

  it('a directory named V9__x.sql is a directory: scanned like any other, not a migration', async () => {
    const dir = tmpProject({ ...OK, 'migrations/V9__x.sql/V3__inner.sql': 'SELECT 1;\n' });
    const r = await lint(dir);
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.rule === 'rollback-missing').map((f) => f.file)).toEqual(['migrations/V9__x.sql/V3__inner.sql']);
  });

  it('a single file named on the command line is linted within its directory, with its rollback file', async () => {
    const dir = tmpProject({ ...OK, 'migrations/V2__bad.sql': 'SELEC 1;\n' });
    const r = await lint(dir, 'migrations/V1__ok.sql');
    expect(r.code).toBe(0);
    // V1 and its rollback (a pair: naming one names both), not V2.
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 2, migrations: 1 });
  });

  it('a missing directory: error, exit 2', async () => {
    const dir = tmpProject({});
    expectError(await lint(dir), /error: no such file or directory: migrations \(the configured migrations directory/);
    expectError(await lint(dir, 'db/nowhere'), 'migration-guard: error: no such file or directory: db/nowhere\n');
  });
});

describe('hostile configuration', () => {
  it('an unknown key: error at file:line:column, exit 2', async () => {
    const dir = tmpProject({ ...OK, 'migration-guard.yml': 'migrations: migrations\nmigratons: db\n' });
    expectError(await lint(dir), /error: migration-guard\.yml:2:1: unknown key "migratons" \(did you mean "migrations"\?\); allowed: /);
  });

  it('a wrong type: error at file:line:column, exit 2', async () => {
    const dir = tmpProject({ ...OK, 'migration-guard.yml': 'migrations: migrations\noutOfOrder: sometimes\nlockRetries: [1]\n' });
    expectError(await lint(dir), 'migration-guard: error: migration-guard.yml:2:13: outOfOrder must be true or false\n');
  });

  it('invalid YAML and a config that is not a map: error, exit 2', async () => {
    const dir = tmpProject({ ...OK, 'a.yml': 'migrations: [\n', 'b.yml': '- 1\n- 2\n', 'c.yml': new Uint8Array([0xff, 0x00, 0x01]) });
    expectError(await lint(dir, '--config', 'a.yml'), /error: a\.yml:2:1: invalid YAML/);
    expectError(await lint(dir, '--config', 'b.yml'), /error: b\.yml:1:1: .* must be a map/);
    expectError(await lint(dir, '--config', 'c.yml'), /error: c\.yml/);
  });

  it('a migrations path leaving the repository (relative or absolute): error, exit 2', async () => {
    const dir = tmpProject({ ...OK, 'up.yml': 'migrations: ../elsewhere\n', 'abs.yml': 'migrations: /etc\n' });
    expectError(await lint(dir, '--config', 'up.yml'), /error: up\.yml: migrations path "\.\.\/elsewhere" leaves the repository/);
    expectError(await lint(dir, '--config', 'abs.yml'), /error: abs\.yml: migrations path "\/etc" leaves the repository/);
  });

  it('a config file outside the working directory is allowed: its directory is the repository', async () => {
    const root = tmpProject({
      'shared/migration-guard.yml': 'migrations: db\nrules:\n  rollback-missing: off\n  migration-documented: off\n',
      'shared/db/V1__x.sql': 'BEGIN;\nCREATE INDEX i ON a (id);\nCOMMIT;\n',
      'work/.keep': '',
    });
    const r = await lint(join(root, 'work'), '--config', '../shared/migration-guard.yml');
    expect(r.stderr).toBe('');
    expect(r.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['require-concurrent-index', '../shared/db/V1__x.sql', 2]]);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 1, migrations: 1 });
  });

  it('a missing or unreadable --config: error, exit 2', async () => {
    const dir = tmpProject(OK);
    mkdirSync(join(dir, 'conf.yml'));
    expectError(await lint(dir, '--config', '../nope.yml'), 'migration-guard: error: config file not found: ../nope.yml\n');
    expectError(await lint(dir, '--config', 'conf.yml'), /error: conf\.yml: cannot read config: EISDIR/);
  });
});

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

/**
 * Runs the built CLI as a process and returns its peak RSS in bytes, read by the process itself
 * (process.resourceUsage().maxRSS at exit), so no external tool is needed.
 */
function runMeasured(cwd: string, ...argv: string[]) {
  const rss = join(cwd, '.rss');
  const wrapper = [
    "import { writeFileSync } from 'node:fs';",
    `process.on('exit', () => writeFileSync(${JSON.stringify(rss)}, String(process.resourceUsage().maxRSS)));`,
    `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...process.argv.slice(1)];`,
    `await import(${JSON.stringify(CLI)});`,
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, ...argv], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, maxRss: Number(readFileSync(rss, 'utf8').trim()) * 1024 };
}

const GB = 1024 ** 3;

describe('large inputs (the built CLI, memory bounded)', () => {
  it('a 50 MB file: a finding that it is too large, in under 350 MB (~210 MB measured)', { timeout: 60_000 }, () => {
    const dir = tmpProject(ROLLBACK);
    const stmt = "INSERT INTO t (a, b) VALUES (1, 'some text here');\n";
    writeFileSync(join(dir, 'migrations/V1__big.sql'), `${documented('V1__big.sql')}BEGIN;\n${stmt.repeat(Math.ceil(50e6 / stmt.length))}COMMIT;\n`);
    const r = runMeasured(dir, 'lint', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'parse-error', file: 'migrations/V1__big.sql', line: 1, column: 1, message: expect.stringMatching(/too large to check \(47\.7 MB of SQL; the limit is 10 MB\)/) }),
    ]);
    expect(r.maxRss).toBeGreaterThan(50 * 1024 ** 2); // a real measurement: Node alone takes more
    expect(r.maxRss).toBeLessThan(350 * 1024 ** 2);
  });

  it('a 9.5 MB file of 170,000 statements is parsed in blocks, positions exact, in under 0.75 GB (~0.43 GB measured)', { timeout: 60_000 }, () => {
    const dir = tmpProject({
      ...ROLLBACK,
      'migrations/V0__base.sql': documented('V0__base.sql') + 'BEGIN;\nCREATE TABLE existing (id int);\nCOMMIT;\n',
      'migrations/rollback/V0__rollback.sql': 'SELECT 1;\n',
    });
    const stmt = "SELECT 'some text here; and more' AS a, $$;$$ AS b;\n";
    const n = Math.floor((9.5 * 1024 * 1024) / stmt.length);
    writeFileSync(join(dir, 'migrations/V1__nine.sql'), `${documented('V1__nine.sql')}BEGIN;\n${stmt.repeat(n)}CREATE INDEX i ON existing (id);\nSELEC 1;\nCOMMIT;\n`);
    const r = runMeasured(dir, 'lint', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['require-concurrent-index', n + 7, 19], // after the 5-line header
      ['parse-error', n + 8, 1],
    ]);
    expect(r.maxRss).toBeGreaterThan(50 * 1024 ** 2); // a real measurement: Node alone takes more
    expect(r.maxRss).toBeLessThan(0.75 * GB);
  });

  it('100,000 statements in one file: linted, a finding on the last line, in under 350 MB (~260 MB measured)', { timeout: 60_000 }, () => {
    const dir = tmpProject(ROLLBACK);
    writeFileSync(join(dir, 'migrations/V1__many.sql'), `${documented('V1__many.sql')}BEGIN;\n${'SELECT 1;\n'.repeat(100_000)}CREATE INDEX i ON existing (id);\nCOMMIT;\n`);
    writeFileSync(join(dir, 'migrations/V0__base.sql'), documented('V0__base.sql') + 'BEGIN;\nCREATE TABLE existing (id int);\nCOMMIT;\n');
    writeFileSync(join(dir, 'migrations/rollback/V0__rollback.sql'), 'SELECT 1;\n');
    const r = runMeasured(dir, 'lint', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
    expect(findings.map((f) => [f.rule, f.file, f.line])).toEqual([['require-concurrent-index', 'migrations/V1__many.sql', 100_007]]); // after the 5-line header
    expect(r.maxRss).toBeGreaterThan(50 * 1024 ** 2); // a real measurement: Node alone takes more
    expect(r.maxRss).toBeLessThan(350 * 1024 ** 2);
  });
});
