/**
 * --database-url end to end (issue #10, item 8): passwords with raw characters are never printed,
 * a malformed URL is a usage error (exit 2), connectRetries prints one line per wait, and a raw
 * "#", "@" and space in a password still connect. The Action's src (in process) masks the same.
 */
import { parseGfm, textOf } from '../helpers/gfm.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as runAction } from '../../src/action/main.js';
import { runStatus } from '../../src/commands/db.js';
import { connect, type Db } from '../../src/db/engine.js';
import { formatConnectRetry } from '../../src/report/db.js';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

const run = (cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(cwd, argv, { env });

const MIGRATIONS = { 'migrations/V1__a.sql': 'BEGIN;\nCREATE TABLE mg_url_t (id int);\nCOMMIT;\n' };
/** Every run of 3+ letters or digits of a password: none may be printed. */
const pieces = (pw: string) => pw.match(/[\p{L}\p{N}]{3,}/gu) ?? [];

const PASSWORDS = ['zebra hat9', 'zebra\that9', 'zebra@hat9', 'zeb@ra@hat9', 'zebra#hat9', 'zebra/hat9', 'zebra:hat9', 'zebra%40hat9', 'zébra–hät9🔑', 'z@b #r/a:h?a\tt%409'];

describe('status --database-url with a password that has raw characters, nothing listening', () => {
  const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'connectRetries: 0\n' });
  it.each(PASSWORDS)('%j: exit 2, one masked line', async (pw) => {
    for (const viaEnv of [false, true]) {
      const url = `postgres://app:${pw}@127.0.0.1:1/app_db`;
      const r = viaEnv ? await run(dir, ['status'], { DATABASE_URL: url }) : await run(dir, ['status', '--database-url', url]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^migration-guard: error: cannot connect to postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/app_db: .*ECONNREFUSED.*\n$/);
      for (const piece of pieces(decodeURIComponent(pw.replace(/%(?![0-9a-f]{2})/gi, '%25')))) expect(r.stderr).not.toContain(piece);
    }
  });
});

describe('malformed URLs: exit 2 naming the problem, never "internal error", never the password', () => {
  const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'connectRetries: 0\n' });
  it.each([
    ['postgres://u:zebra9@127.0.0.1:99999/db', 'the port in the URL must be from 1 to 65535 (got 99999)'],
    ['postgres://u:zebra9@[::1/db', 'the IPv6 address "[::1" has no closing "]"'],
    ['postgres://u:zebra9@127.0.0.1/db?sslrootcert=/missing/file', 'sslrootcert=/missing/file cannot be read (ENOENT)'],
  ])('%s', async (url, problem) => {
    for (const argv of [['status', '--database-url', url], ['migrate', '--database-url', url], ['check', '--database-url', url]]) {
      const r = await run(dir, argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`migration-guard: error: invalid database URL postgres://u:***@`);
      expect(r.stderr).toContain(problem);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).not.toContain('zebra9');
    }
  });

  it('a raw # in the password is no longer an "Invalid URL": it is read as part of the password', async () => {
    const r = await run(dir, ['status', '--database-url', 'postgres://u:pa#ss@127.0.0.1:1/db']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^migration-guard: error: cannot connect to postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db: .*ECONNREFUSED/);
    expect(r.stderr).not.toMatch(/pa#|#ss|internal error/);
  });
});

describe('connectRetries: one line per wait', () => {
  it('connectRetries 2 against a closed port: two retry lines, then the error', async () => {
    const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'connectRetries: 2\n' });
    const lines: string[] = [];
    const error = await runStatus({
      cwd: dir,
      paths: [],
      databaseUrl: 'postgres://app:zeb ra@127.0.0.1:1/app_db',
      env: {},
      connectRetryDelayMs: 5,
      onConnectRetry: (...retry) => lines.push(formatConnectRetry(...retry)),
    }).catch((e: unknown) => e as Error);
    expect(lines).toEqual([
      'connecting to postgres://app:***@127.0.0.1:1/app_db failed (ECONNREFUSED); retry 1 of 2 in 5 ms\n',
      'connecting to postgres://app:***@127.0.0.1:1/app_db failed (ECONNREFUSED); retry 2 of 2 in 10 ms\n',
    ]);
    expect((error as Error).message).toMatch(/^cannot connect to postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/app_db: .*ECONNREFUSED.* \(after 3 attempts\)$/);
  });

  it('the CLI prints them on stderr', async () => {
    const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'connectRetries: 1\n' });
    const r = await run(dir, ['status', '--database-url', 'postgres://app:zeb ra@127.0.0.1:1/app_db']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('connecting to postgres://app:***@127.0.0.1:1/app_db failed (ECONNREFUSED); retry 1 of 1 in 1.0 s');
    expect(r.stderr).toContain('(after 2 attempts)');
    expect(r.stderr).not.toContain('zeb');
  });

  it('check prints them too', async () => {
    const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'connectRetries: 1\n' });
    const r = await run(dir, ['check', '--database-url', 'postgres://app:zeb ra@127.0.0.1:1/app_db']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('connecting to postgres://app:***@127.0.0.1:1/app_db failed (ECONNREFUSED); retry 1 of 1 in 1.0 s\n');
    expect(r.stderr).not.toContain('zeb');
  });
});

describe('a real server: a password with "#", "@" and a space [postgres]', () => {
  const server = new URL(TEST_DATABASE_URL);
  const PASSWORD = 'a b#c@d';
  const url = `postgres://mg_pw_test:${PASSWORD}@${server.host}${server.pathname}`;
  const shown = `postgres://mg_pw_test:***@${server.host}${server.pathname}`;
  let admin: Db;
  beforeAll(async () => {
    admin = await connect(TEST_DATABASE_URL);
    await admin.exec('DROP ROLE IF EXISTS mg_pw_test');
    await admin.exec(`CREATE ROLE mg_pw_test LOGIN PASSWORD '${PASSWORD}'`);
  });
  afterAll(async () => {
    await admin.exec('DROP ROLE IF EXISTS mg_pw_test');
    await admin.close();
  });

  it('connects as that user to that database, and shows the URL masked', async () => {
    const db = await connect(url);
    try {
      const row = (await db.query<{ u: string; d: string }>('SELECT current_user AS u, current_database() AS d')).rows[0]!;
      expect(row).toEqual({ u: 'mg_pw_test', d: server.pathname.slice(1) });
      expect(db.label).toBe(shown);
    } finally {
      await db.close();
    }
  });

  it('status: the Database line and the JSON database field are masked', async () => {
    const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'schema: mg_pw_nowhere\n' });
    const text = await run(dir, ['status', '--database-url', url]);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Database: ${shown}\n`);
    const json = await run(dir, ['status', '--format', 'json'], { DATABASE_URL: url });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).database).toBe(shown);
    for (const out of [text.stdout, json.stdout]) expect(out).not.toMatch(/a b|b#c|c@d/);
  });

  it('the Action (src, in process): the job summary and the log show it masked; a malformed URL fails masked', async () => {
    const dir = tmpProject({ ...MIGRATIONS, 'migration-guard.yml': 'schema: mg_pw_nowhere\n' });
    const summary = join(dir, 'summary.md');
    const outputs = join(dir, 'outputs.txt');
    const actionRun = async (databaseUrl: string) => {
      writeFileSync(summary, '');
      writeFileSync(outputs, '');
      vi.stubEnv('GITHUB_WORKSPACE', dir);
      vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
      vi.stubEnv('GITHUB_OUTPUT', outputs);
      vi.stubEnv('GITHUB_EVENT_NAME', 'workflow_dispatch');
      vi.stubEnv('INPUT_MODE', 'status');
      vi.stubEnv('INPUT_DATABASE-URL', databaseUrl);
      let log = '';
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        log += String(chunk);
        return true;
      });
      try {
        await runAction();
      } finally {
        write.mockRestore();
        vi.unstubAllEnvs();
      }
      const failed = process.exitCode;
      process.exitCode = undefined;
      return { log, failed, summary: readFileSync(summary, 'utf8') };
    };

    const ok = await actionRun(url);
    expect(ok.failed).toBeUndefined();
    // As GitHub renders the summary: the URL masked, its @ joined to an invisible character (no @mention).
    expect(textOf(parseGfm(ok.summary))).toContain(`Database: ${shown.replace('@', '@\u200d')}`);
    expect(ok.log).toContain('::add-mask::a b#c@d');
    for (const out of [ok.summary, ok.log.replace('::add-mask::a b#c@d', '')]) expect(out).not.toMatch(/a b|b#c|c@d/);

    const bad = await actionRun('postgres://u:zebra 9@127.0.0.1:99999/db');
    expect(bad.failed).toBe(1);
    expect(bad.log).toContain('::error::invalid database URL postgres://u:***@127.0.0.1:99999/db: the port in the URL must be from 1 to 65535 (got 99999)');
    expect(bad.log.replace(/::add-mask::.*\n/g, '')).not.toContain('zebra');
  });
});
