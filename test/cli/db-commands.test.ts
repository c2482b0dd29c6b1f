import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextVersion } from '../../src/commands/db.js';
import type { Scratch } from '../../src/db/engine.js';
import { describeEachEngine } from '../helpers/db.js';
import { REPO, urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

const run = (cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(cwd, argv, { env });

/** A copy of the example project (migrations/) in a temporary directory. */
function exampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-db-'));
  cpSync(join(REPO, 'migrations'), join(dir, 'migrations'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('database commands without a database', () => {
  it('status, migrate and validate need --database-url or DATABASE_URL (no silent throw-away database)', async () => {
    const dir = tmpProject({ 'migrations/V1__a.sql': 'SELECT 1;\n' });
    for (const cmd of ['status', 'migrate', 'validate']) {
      const r = await run(dir, [cmd]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^migration-guard: error: no database: pass --database-url URL \(the Action: the database-url input\) or set DATABASE_URL/);
      expect(r.stdout).toBe('');
    }
    const bad = await run(dir, ['migrate', '--database-url', 'mysql://root:hunter2@db/x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain('hunter2');
  });

  it('reset is refused with cleanDisabled (the default) and on production, before connecting', async () => {
    const dir = tmpProject({
      'migrations/V1__a.sql': 'SELECT 1;\n',
      'migration-guard.yml': 'cleanDisabled: false\nenvironments:\n  production:\n    production: true\n  development:\n    cleanDisabled: false\n',
    });
    const url = ['--database-url', 'postgres://u:pw@127.0.0.1:1/none'];
    const prod = await run(dir, ['reset', ...url, '--environment', 'production']);
    expect(prod.code).toBe(2);
    expect(prod.stderr).toContain('refusing to reset: environment "production" is production');
    const plain = tmpProject({ 'migrations/V1__a.sql': 'SELECT 1;\n' });
    const disabled = await run(plain, ['reset', ...url]);
    expect(disabled.code).toBe(2);
    expect(disabled.stderr).toContain('cleanDisabled is true');
  });

  it('rollback is refused on production unless --force-production', async () => {
    const dir = tmpProject({ 'migrations/V1__a.sql': 'SELECT 1;\n', 'migrations/rollback/V1__rollback.sql': 'SELECT 1;\n' });
    const r = await run(dir, ['rollback', '--environment', 'production', '--database-url', 'postgres://u:pw@127.0.0.1:1/none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to roll back: environment "production" is production (pass --force-production');
  });

  it('create writes the next version, keeping its zero-padding, and its rollback file', async () => {
    const dir = exampleCopy();
    const r = await run(dir, ['create', '--name', 'add_user_preferences']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created migrations/V010__add_user_preferences.sql\ncreated migrations/rollback/V010__rollback.sql\n');
    const text = readFileSync(join(dir, 'migrations/V010__add_user_preferences.sql'), 'utf8');
    expect(text).toMatch(/^BEGIN;$/m);
    expect(text).toMatch(/^COMMIT;$/m);
    expect(text).not.toMatch(/^\s*CREATE INDEX CONCURRENTLY/m);
    // the new files lint clean
    const lint = await run(dir, ['lint', '--format', 'json']);
    expect(JSON.parse(lint.stdout).findings).toEqual([]);
    const json = await run(dir, ['create', '--name', 'second_change', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({ version: '011', migration: 'migrations/V011__second_change.sql', rollback: 'migrations/rollback/V011__rollback.sql' });
    for (const name of ['Add-Prefs', 'add prefs', '', 'x;rm']) {
      const bad = await run(dir, ['create', '--name', name]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--name must be|create needs --name/);
    }
    expect(nextVersion('009')).toBe('010');
    expect(nextVersion('1_2')).toBe('1_3');
    expect(nextVersion('99')).toBe('100');
    expect(nextVersion(undefined)).toBe('001');
  });
});

describeEachEngine('database commands', (engine) => {
  let s: Scratch | undefined;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    dir = exampleCopy();
    if (engine.name === 'postgres') {
      s = await engine.scratch();
      // a password in the URL (the local server trusts, so it is accepted and ignored): it must never be printed
      const u = new URL(await urlOf(s.db));
      u.password = 'sup3r-s3cret';
      url = u.toString();
    } else {
      url = `pglite:${join(dir, '.pgdata')}`;
    }
  });
  afterAll(async () => {
    await s?.dispose();
  });
  const db = () => ['--database-url', url];
  const noSecret = (r: { stdout: string; stderr: string }) => {
    expect(r.stdout + r.stderr).not.toContain('sup3r-s3cret');
  };

  it('migrate applies the example project: report on stdout, progress on stderr', async () => {
    const r = await run(dir, ['migrate', ...db()]);
    noSecret(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ applied 11 migrations');
    expect(r.stdout).toContain('schema now at version 009');
    expect(r.stderr).toContain('applying migrations/V001__initial_schema.sql\n');
    expect(r.stderr).toMatch(/✔ migrations\/V005__add_indexes\.sql \d+ ms/);
    if (engine.name === 'postgres') expect(r.stdout).toContain(':***@');
  });

  it('status --format json is clean JSON with every migration applied; DATABASE_URL works too', async () => {
    const r = await run(dir, ['status', '--format', 'json'], { DATABASE_URL: url });
    noSecret(r);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.migrations.map((m: { state: string }) => m.state)).toEqual(Array(11).fill('applied'));
    expect(j.migrations[0]).toMatchObject({ version: '001', description: 'initial schema', script: 'V001__initial_schema.sql', checksum: { state: 'match' } });
    expect(j.summary.applied).toBe(11);
    const text = await run(dir, ['status', ...db()]);
    expect(text.stdout).toMatch(/^001\s+initial schema\s+applied\s+match/m);
    expect(text.stdout).toContain('11 applied');
  });

  it('validate passes, then fails naming an edited applied migration (exit 1)', async () => {
    expect((await run(dir, ['validate', ...db()])).code).toBe(0);
    const file = join(dir, 'migrations/V002__create_users.sql');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('full_name   text NOT NULL', 'full_name   text'));
    try {
      const r = await run(dir, ['validate', ...db()]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('error checksum-mismatch: migration 002 was changed after it was applied');
      expect(r.stdout).toContain('migrations/V002__create_users.sql');
      const m = await run(dir, ['migrate', ...db(), '--format', 'json']);
      expect(m.code).toBe(1);
      expect(JSON.parse(m.stdout).issues[0].code).toBe('checksum-mismatch');
    } finally {
      writeFileSync(file, original);
    }
  });

  it('rollback undoes the newest version, --to 0 everything; migrate re-applies', async () => {
    const one = await run(dir, ['rollback', ...db()]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('rolled back 009 validate constraints with rollback/V009__rollback.sql');
    const all = await run(dir, ['rollback', '--to', '0', ...db(), '--format', 'json']);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout).rolledBack.map((x: { version: string }) => x.version)).toEqual(['008', '007', '006', '005', '004', '003', '002', '001']);
    const again = await run(dir, ['migrate', ...db()]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('✔ applied 11 migrations');
  });

  it('a broken migration exits 1 with file:line:col, SQLSTATE and no success row', async () => {
    writeFileSync(join(dir, 'migrations/V010__broken.sql'), 'BEGIN;\n\nALTER TABLE users ADD COLUMN nickname text;\nUPDATE users SET nickname = nope;\nCOMMIT;\n');
    try {
      const r = await run(dir, ['migrate', ...db()]);
      noSecret(r);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('migrations/V010__broken.sql:4:29: 42703 column "nope" does not exist');
      expect(r.stdout).toContain('its transaction was rolled back and nothing of it was recorded');
      const st = JSON.parse((await run(dir, ['status', ...db(), '--format', 'json'])).stdout);
      expect(st.migrations.find((m: { version: string }) => m.version === '010').state).toBe('pending');
    } finally {
      rmSync(join(dir, 'migrations/V010__broken.sql'));
    }
  });
});

describe('connection errors', () => {
  it('exit 2 with the password masked', async () => {
    const dir = tmpProject({ 'migrations/V1__a.sql': 'SELECT 1;\n', 'migration-guard.yml': 'connectRetries: 0\n' });
    const u = new URL(process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test');
    u.password = 'pa55-w0rd';
    u.pathname = '/mg_no_such_database';
    const r = await run(dir, ['status', '--database-url', u.toString()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^migration-guard: error: cannot connect to postgres:\/\/postgres:\*\*\*@/);
    expect(r.stderr + r.stdout).not.toContain('pa55-w0rd');
  });
});

describe('progress printer', () => {
  it('prints plain lines when not on a terminal, a live line on one', async () => {
    const { progressPrinter } = await import('../../src/report/db.js');
    let plain = '';
    const p = progressPrinter((s) => (plain += s), false);
    p.onProgress({ type: 'start', action: 'migrate', script: 'V1__a.sql', path: 'migrations/V1__a.sql' });
    p.onProgress({ type: 'done', action: 'migrate', script: 'V1__a.sql', path: 'migrations/V1__a.sql', ms: 1500, slow: true });
    expect(plain).toBe('applying migrations/V1__a.sql\n✔ migrations/V1__a.sql 1.5 s (slow)\n');
    let live = '';
    const t = progressPrinter((s) => (live += s), true);
    t.onProgress({ type: 'start', action: 'rollback', script: 'rollback/V1__rollback.sql', path: 'migrations/rollback/V1__rollback.sql' });
    await new Promise((r) => setTimeout(r, 450));
    t.onProgress({ type: 'failed', action: 'rollback', script: 'rollback/V1__rollback.sql', path: 'migrations/rollback/V1__rollback.sql', ms: 460 });
    t.stop();
    expect(live.startsWith('\r\x1b[2K… rolling back migrations/rollback/V1__rollback.sql 0 ms')).toBe(true);
    expect(live.split('\r\x1b[2K… rolling back').length).toBeGreaterThanOrEqual(3); // redrawn while running
    expect(live.endsWith('\r\x1b[2K✖ migrations/rollback/V1__rollback.sql 460 ms\n')).toBe(true);
  });
});
