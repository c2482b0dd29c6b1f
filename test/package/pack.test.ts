/**
 * The published package, as a user gets it: `npm pack` of this checkout, `npm install <tarball>`
 * into an empty project with no network and an empty npm cache, then `npx migration-guard` there
 * (--version, lint, check on embedded PGlite). Proves that the tarball carries everything the CLI
 * loads at run time (the ncc bundle, its chunks, the parse worker, libpg-query's WASM, PGlite's
 * runtime, data and extension tarballs) and that it needs no dependency: everything is bundled by
 * scripts/build.mjs, so package.json lists every package as a devDependency.
 *
 * Uses the committed dist/ as it is (CI builds it first); never builds.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/tmp.js';
import { documented } from '../helpers/documented.js';

const REPO = resolve(import.meta.dirname, '../..');
const PKG = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };

/** A project that lints and checks clean; pgcrypto comes from the packed PGlite extensions. */
const CLEAN = {
  'migrations/V1__create_accounts.sql': documented('V1__create_accounts.sql', [
    'BEGIN;',
    'CREATE EXTENSION IF NOT EXISTS pgcrypto;',
    'CREATE TABLE accounts (',
    '    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    '    email text NOT NULL,',
    "    token text NOT NULL DEFAULT encode(gen_random_bytes(16), 'hex')",
    ');',
    'COMMIT;',
    '',
  ].join('\n')),
  'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE accounts;\nDROP EXTENSION pgcrypto;\nCOMMIT;\n',
};

/** The same plus an index built without CONCURRENTLY on the existing table: require-concurrent-index. */
const UNSAFE = {
  ...CLEAN,
  'migrations/V2__index_accounts_email.sql': documented('V2__index_accounts_email.sql', 'BEGIN;\nCREATE INDEX accounts_email_idx ON accounts (email);\nCOMMIT;\n'),
  'migrations/rollback/V2__rollback.sql': 'BEGIN;\nDROP INDEX accounts_email_idx;\nCOMMIT;\n',
};

let work = '';
let tarball = '';
let packed: string[] = [];
let install: SpawnSyncReturns<string>;
let consumer = '';

/**
 * The environment of every child: none of the outer `npm test`'s npm_* variables, npm offline
 * with an empty cache (so `npx migration-guard` can only run the installed copy, never fetch
 * one), PGlite's initdb cache in the temporary directory, and no colour.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'FORCE_COLOR') env[k] = v;
  }
  return {
    ...env,
    npm_config_offline: 'true',
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    MIGRATION_GUARD_CACHE_DIR: join(work, 'mg-cache'),
    NO_COLOR: '1',
  };
}

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env: childEnv(), encoding: 'utf8', timeout: 60_000 });
}

/** `npx migration-guard ARGS` in a project directory under the consumer project. */
function npx(project: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = run('npx', ['migration-guard', ...args], project);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mg-pack-'));
  mkdirSync(join(work, 'npm-cache'));
  // --ignore-scripts: packing must never rebuild dist/ (there are no pack scripts today).
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: REPO,
    env: childEnv(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (pack.status !== 0) throw new Error(`npm pack failed (${pack.status}):\n${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  packed = info!.files.map((f) => f.path).sort();

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
  install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], consumer);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds the CLI bundle and every file it loads from dist/, the docs, and no sources, tests or Action bundle', () => {
    // Everything scripts/build.mjs writes to dist/ except the Action's bundle (dist/index.js and
    // its <id>.index.js chunks: the Action is used from the repository by tag, not from npm).
    const dist = (dir: string): string[] =>
      readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? dist(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
      );
    const cliFiles = dist('dist').filter((f) => f !== 'dist/index.js' && f !== 'dist/licenses.txt' && !/^dist\/\d+\.index\.js$/.test(f));
    expect(packed.filter((f) => f.startsWith('dist/'))).toEqual(cliFiles.sort());
    for (const asset of ['dist/cli.js', 'dist/parse-worker.js', 'dist/libpg-query.wasm', 'dist/pglite.wasm', 'dist/pglite.data', 'dist/initdb.wasm', 'dist/pglite-ext/pgcrypto.tar.gz', 'dist/cli-licenses.txt']) {
      expect(packed).toContain(asset);
    }
    expect(packed).toContain('README.md');
    expect(packed).toContain('LICENSE');
    // The licences of what the CLI bundles or copies beside it, ncc's list completed by the build.
    const licenses = readFileSync(join(REPO, 'dist/cli-licenses.txt'), 'utf8').split('\n');
    for (const name of ['libpg-query', '@electric-sql/pglite', 'yaml', 'smol-toml', 'properties-file', 'pg']) expect(licenses).toContain(name);
    expect(licenses.some((l) => l.startsWith('PostgreSQL ('))).toBe(true);
    expect(packed).toContain('rules/require-concurrent-index.md');
    expect(packed.filter((f) => !/^(dist\/|rules\/[^/]+\.md$|README\.md$|LICENSE$|package\.json$)/.test(f))).toEqual([]);
  });

  it('installs from the tarball alone, offline with an empty npm cache, and brings no dependency', () => {
    expect(install.stderr).not.toMatch(/EBADENGINE|ERR!/);
    expect(install.status).toBe(0);
    // Only the package itself: every library is bundled in dist/, so a dependency added to
    // package.json "dependencies" would be downloaded for nothing (make it a devDependency).
    expect(readdirSync(join(consumer, 'node_modules')).filter((f) => !f.startsWith('.')).sort()).toEqual([PKG.name]);
  });

  it('npx migration-guard --version prints the packed version', () => {
    const r = npx(consumer, '--version');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${PKG.version}\n`);
    expect(r.code).toBe(0);
  });

  it('npx migration-guard rules RULE prints the packed rule page (rules/*.md next to dist/)', () => {
    const r = npx(consumer, 'rules', 'require-concurrent-index');
    expect(r.stdout).toBe(readFileSync(join(consumer, 'node_modules', PKG.name, 'rules', 'require-concurrent-index.md'), 'utf8'));
    expect(r.stdout).toMatch(/^# require-concurrent-index\n/);
    expect(r.code).toBe(0);
  });

  it('lint and check pass on a clean project, check on embedded PGlite with a packed extension', () => {
    const project = join(consumer, 'clean');
    writeFiles(project, CLEAN);
    const lint = npx(project, 'lint');
    expect(lint.stdout).toContain('no problems in 1 migration');
    expect(lint.code).toBe(0);

    const check = npx(project, 'check');
    expect(check.stdout).toMatch(/PostgreSQL \d+\.\d+ \(embedded PGlite\)/);
    expect(check.stdout).toContain('+ extension pgcrypto');
    expect(check.stdout).toMatch(/no problems: 1 migration applied to a scratch database, 1 rollback verified/);
    expect(check.stdout + check.stderr).not.toContain('extension-unavailable');
    expect(check.code).toBe(0);
  }, 90_000);

  it('lint and check exit 1 with the finding at file:line:column when a migration is unsafe', () => {
    const project = join(consumer, 'unsafe');
    writeFiles(project, UNSAFE);
    const where = 'migrations/V2__index_accounts_email.sql:7:36 error require-concurrent-index'; // line 2 below the 5-line header

    const lint = npx(project, 'lint');
    expect(lint.stdout).toContain(where);
    expect(lint.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
    expect(lint.code).toBe(1);

    const check = npx(project, 'check', '--format', 'json');
    const report = JSON.parse(check.stdout) as { findings: { rule: string; file: string; line: number }[] };
    expect(report.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'require-concurrent-index migrations/V2__index_accounts_email.sql:7',
    ]);
    expect(check.code).toBe(1);
  }, 90_000);
});
