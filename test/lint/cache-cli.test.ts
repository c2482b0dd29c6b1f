/**
 * The lint cache through the CLI (issue #16 §1): a generated history linted cold, warm, and after
 * one, ten and all files changed prints, in text and JSON, byte for byte what `--no-cache` prints;
 * a broken entry is a miss that is rewritten; a setting change is a miss; a cache that cannot be
 * written is said on stderr and changes nothing else.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';
import { runCli } from '../helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'mg-lint-cache-cli-'));
const project = join(root, 'project');
const cache = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  generateCorpus(join(project, 'migrations'), 120);
});

const lint = (format: string, extra: string[] = [], dir = cache) =>
  runCli(project, ['lint', 'migrations', '--format', format, '--fail-on', 'never', '--cache-dir', dir, ...extra]);
const reference = (format: string, extra: string[] = []) => runCli(project, ['lint', 'migrations', '--format', format, '--fail-on', 'never', '--no-cache', ...extra]);
const entries = (dir = cache) => (existsSync(join(dir, 'lint')) ? readdirSync(join(dir, 'lint')).filter((n) => n.endsWith('.bin')) : []);
const versioned = () => readdirSync(join(project, 'migrations')).filter((n) => n.startsWith('V')).sort();

async function expectSame(extra: string[] = []): Promise<void> {
  for (const format of ['text', 'json']) {
    const want = await reference(format, extra);
    const got = await lint(format, extra);
    expect(got.stdout).toBe(want.stdout);
    expect(got.code).toBe(want.code);
    expect(got.stderr).toBe(want.stderr);
  }
}

describe('lint --cache-dir', () => {
  it('cold, then warm: the same output as --no-cache, and entries are written', async () => {
    expect(entries()).toEqual([]);
    await expectSame();
    expect(entries().some((n) => n.startsWith('seg-'))).toBe(true);
    expect(entries().some((n) => n.startsWith('others-'))).toBe(true);
    const before = new Map(entries().map((n) => [n, statSync(join(cache, 'lint', n)).mtimeMs]));
    await expectSame();
    // A warm run writes nothing: every entry it used is unchanged.
    for (const [n, at] of before) expect(statSync(join(cache, 'lint', n)).mtimeMs).toBe(at);
  });

  it('one file changed (the last migration), ten files changed, a rollback changed, all files changed', async () => {
    const files = versioned();
    appendFileSync(join(project, 'migrations', files[files.length - 1]!), '\nALTER TABLE IF EXISTS nowhere ADD COLUMN x int NOT NULL;\n');
    await expectSame();
    for (let i = 0; i < files.length; i += Math.ceil(files.length / 10)) {
      appendFileSync(join(project, 'migrations', files[i]!), `\nCREATE INDEX idx_changed_${i} ON nowhere_${i} (id);\n`);
    }
    await expectSame();
    const rollbacks = readdirSync(join(project, 'migrations', 'rollback'));
    appendFileSync(join(project, 'migrations', 'rollback', rollbacks[0]!), '\nBEGIN;\nCREATE INDEX CONCURRENTLY r ON t (a);\nCOMMIT;\n');
    await expectSame();
    for (const f of files) appendFileSync(join(project, 'migrations', f), '\n-- touched\n');
    await expectSame();
  });

  it('a new migration at the end, and a migration deleted in the middle', async () => {
    writeFileSync(join(project, 'migrations', 'V99999__late.sql'), 'ALTER TABLE nowhere ADD COLUMN y int;\nCREATE INDEX idx_late ON nowhere (y);\n');
    await expectSame();
    const files = versioned();
    rmSync(join(project, 'migrations', files[Math.floor(files.length / 2)]!));
    await expectSame();
  });

  it('another setting is another key: --rule, and a suppression added', async () => {
    await expectSame(['--rule', 'lock-timeout-missing=off']);
    await expectSame(['--exclude-rule', 'dangerous-lock']);
    const files = versioned();
    const f = join(project, 'migrations', files[files.length - 1]!);
    writeFileSync(f, `-- migration-guard-ignore-file lock-timeout-missing: tested\n${readFileSync(f, 'utf8')}`);
    await expectSame();
  });

  it('a truncated or altered entry is a miss: same output, and the entry is rewritten', async () => {
    const dir = join(root, 'broken');
    const want = await reference('json');
    expect((await lint('json', [], dir)).stdout).toBe(want.stdout);
    const names = entries(dir);
    expect(names.filter((n) => n.startsWith('seg-')).length).toBeGreaterThan(0);
    for (const [i, n] of names.entries()) {
      const file = join(dir, 'lint', n);
      const bytes = readFileSync(file);
      if (n.startsWith('others-')) writeFileSync(file, 'not an entry');
      else if (i % 2 === 0) writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
      else {
        bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
        writeFileSync(file, bytes);
      }
    }
    expect((await lint('json', [], dir)).stdout).toBe(want.stdout);
    // Rewritten whole: a warm run now replays every entry and writes none.
    const rewritten = new Map(entries(dir).map((n) => [n, statSync(join(dir, 'lint', n)).mtimeMs]));
    expect([...rewritten.keys()].sort()).toEqual([...names].sort());
    expect((await lint('json', [], dir)).stdout).toBe(want.stdout);
    for (const [n, at] of rewritten) expect(statSync(join(dir, 'lint', n)).mtimeMs).toBe(at);
  });

  it('--no-cache reads and writes nothing', async () => {
    const dir = join(root, 'unused');
    await runCli(project, ['lint', 'migrations', '--no-cache', '--cache-dir', dir, '--fail-on', 'never']);
    expect(existsSync(dir)).toBe(false);
  });

  it('a cache path that is a file: a note on stderr, the same findings', async () => {
    const dir = join(root, 'is-a-file');
    writeFileSync(dir, 'x');
    const want = await reference('json');
    const got = await lint('json', [], dir);
    expect(got.stdout).toBe(want.stdout);
    expect(got.stderr).toMatch(/the lint cache could not be saved in .*is-a-file/);
    expect(got.stderr.match(/could not be saved/g)).toHaveLength(1);
  });

  it('two locations holding a file of the same name: each keeps its own findings (and counts as a file)', async () => {
    const two = join(root, 'two-locations');
    const write = (rel: string, text: string) => {
      mkdirSync(join(two, rel, '..'), { recursive: true });
      writeFileSync(join(two, rel), text);
    };
    write('migration-guard.yml', 'migrations: a\nlocations: [b]\n');
    write('a/V1__x.sql', 'ALTER TABLE t ADD COLUMN x int NOT NULL;\n');
    write('b/V1__x.sql', 'SELECT 1;\n');
    write('a/afterMigrate.sql', 'SELEC broken;\n');
    write('b/afterMigrate.sql', 'SELECT 1;\n');
    write('b/V2__y.sql', 'CREATE INDEX i ON t (x);\n');
    const dir = join(root, 'two-cache');
    for (const format of ['text', 'json']) {
      const want = await runCli(two, ['lint', '--format', format, '--fail-on', 'never', '--no-cache']);
      expect(want.stdout).toContain('a/afterMigrate.sql');
      for (let i = 0; i < 2; i++) expect((await runCli(two, ['lint', '--format', format, '--fail-on', 'never', '--cache-dir', dir])).stdout).toBe(want.stdout);
    }
    const json = JSON.parse((await runCli(two, ['lint', '--format', 'json', '--fail-on', 'never', '--cache-dir', dir])).stdout);
    expect(json.summary.files).toBe(5);
  });

  it('two runs at once on one cache directory: both print what --no-cache prints', async () => {
    const dir = join(root, 'concurrent');
    const want = await reference('json');
    const [a, b] = await Promise.all([lint('json', [], dir), lint('json', [], dir)]);
    expect(a.stdout).toBe(want.stdout);
    expect(b.stdout).toBe(want.stdout);
    expect((await lint('json', [], dir)).stdout).toBe(want.stdout);
  });
});

describe('interrupting a lint', () => {
  it('Ctrl-C ends a running lint at once (no listener waits for a turn of the event loop), and the cache stays consistent', async () => {
    const { spawn } = await import('node:child_process');
    const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
    const big = join(root, 'big');
    generateCorpus(join(big, 'migrations'), 1500);
    const dir = join(root, 'interrupted');
    const started = Date.now();
    const child = spawn(process.execPath, [cli, 'lint', 'migrations', '--format', 'json', '--fail-on', 'never', '--cache-dir', dir], { cwd: big, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    // Once it has started linting (its cache directory exists or half a second has passed).
    await new Promise((r) => setTimeout(r, 600));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(out).toBe('');
    expect(Date.now() - started).toBeLessThan(3000);
    // What it wrote is whole: the next run prints what --no-cache prints.
    const want = await runCli(big, ['lint', 'migrations', '--format', 'json', '--fail-on', 'never', '--no-cache']);
    expect((await runCli(big, ['lint', 'migrations', '--format', 'json', '--fail-on', 'never', '--cache-dir', dir])).stdout).toBe(want.stdout);
  });
});
