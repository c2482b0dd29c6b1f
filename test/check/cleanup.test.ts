/**
 * Issue #11, item 7: check leaves the server as it found it — SIGTERM/SIGINT (a cancelled CI job,
 * Ctrl-C) drop the scratch databases, and leftovers of dead runs are dropped at the next start.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { connect, HOST_TAG, openScratch, type Db } from '../../src/db/engine.js';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

describe('check leaves the server as it found it [postgres]', () => {
  let admin: Db;
  beforeAll(async () => {
    admin = await connect(TEST_DATABASE_URL, { applicationName: 'cleanup-test' });
  });
  afterAll(async () => {
    await admin.close();
  });
  const scratchOf = async (pid: number) =>
    (await admin.query<{ d: string }>("SELECT datname AS d FROM pg_database WHERE datname LIKE 'mg_check_' || $1 || '_%'", [String(pid)])).rows.map((r) => r.d);

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} while a migration runs: exit ${code}, the scratch database is dropped`, async () => {
      const dir = tmpProject({
        'migrations/V1__slow.sql': 'BEGIN;\nCREATE TABLE a (id int);\nSELECT pg_sleep(30);\nCOMMIT;\n',
        'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE a;\nCOMMIT;\n',
      });
      const child = spawn(process.execPath, [CLI, 'check', '--database-url', TEST_DATABASE_URL], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const exited = new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
      let names: string[] = [];
      for (let i = 0; i < 400 && names.length === 0; i++) {
        const busy = await admin.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'");
        if (busy.rowCount > 0) names = await scratchOf(child.pid!);
        else await new Promise((r) => setTimeout(r, 50));
      }
      expect(names).toHaveLength(1);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(err).toContain(`interrupted (${signal}); scratch databases dropped`);
      expect(await scratchOf(child.pid!)).toEqual([]);
    }, 60_000);
  }

  it('its output closed under it (check … | head): exit 141, the scratch database is dropped', async () => {
    const dir = tmpProject({
      'migrations/V1__slow.sql': 'BEGIN;\nCREATE TABLE a (id int);\nSELECT pg_sleep(2);\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE a;\nCOMMIT;\n',
    });
    const child = spawn(process.execPath, [CLI, 'check', '--database-url', TEST_DATABASE_URL], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    let names: string[] = [];
    for (let i = 0; i < 400 && names.length === 0; i++) {
      const busy = await admin.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(2)%'");
      if (busy.rowCount > 0) names = await scratchOf(child.pid!);
      else await new Promise((r) => setTimeout(r, 20));
    }
    expect(names).toHaveLength(1);
    child.stdout.destroy();
    child.stderr.destroy();
    expect(await exited).toBe(141);
    expect(await scratchOf(child.pid!)).toEqual([]);
  }, 60_000);

  it('a leftover of a dead run (no session, its process gone) is dropped when the next check starts', async () => {
    const dead = 2_000_000_000; // above any pid this machine hands out
    const now = Date.now().toString(36);
    const name = `mg_check_${dead}_${now}_${HOST_TAG}_left`;
    await admin.exec(`CREATE DATABASE ${name}`);
    const busy = `mg_check_${process.pid}_${now}_${HOST_TAG}_busy`; // a live run's: kept
    await admin.exec(`CREATE DATABASE ${busy}`);
    // Another machine's run, momentarily without a session (copying its database): its pid means
    // nothing here, so it is kept for an hour — and dropped once older.
    const other = HOST_TAG === '000000' ? 'ffffff' : '000000';
    const remote = `mg_check_${dead + 1}_${now}_${other}_away`;
    const stale = `mg_check_${dead + 2}_${(Date.now() - 3_700_000).toString(36)}_${other}_gone`;
    await admin.exec(`CREATE DATABASE ${remote}`);
    await admin.exec(`CREATE DATABASE ${stale}`);
    try {
      const s = await openScratch(TEST_DATABASE_URL);
      await s.dispose();
      expect(await scratchOf(dead)).toEqual([]);
      expect(await scratchOf(process.pid)).toContain(busy);
      expect(await scratchOf(dead + 1)).toEqual([remote]);
      expect(await scratchOf(dead + 2)).toEqual([]);
    } finally {
      for (const d of [name, busy, remote, stale]) await admin.exec(`DROP DATABASE IF EXISTS ${d}`);
    }
  });
});

describe('check keeps cluster-wide statements off the server [postgres]', () => {
  it('DROP DATABASE, ALTER SYSTEM and changes to existing roles are not run; created roles are dropped afterwards', async () => {
    const admin = await connect(TEST_DATABASE_URL, { applicationName: 'cleanup-test' });
    const role = 'mg_chk_reporting';
    const victim = 'mg_victim_db';
    try {
      await admin.exec(`DROP DATABASE IF EXISTS ${victim}`);
      await admin.exec(`CREATE DATABASE ${victim}`);
      const rolconfig = async () => (await admin.query<{ c: string[] | null }>("SELECT rolconfig AS c FROM pg_roles WHERE rolname = current_user")).rows[0]!.c;
      const before = await rolconfig();
      const dir = tmpProject({
        'migrations/V1__role.sql': `BEGIN;\nCREATE ROLE ${role};\nCREATE TABLE r (id int);\nGRANT SELECT ON r TO ${role};\nCOMMIT;\n`,
        'migrations/rollback/V1__rollback.sql': `BEGIN;\nDROP TABLE r;\nDROP ROLE ${role};\nCOMMIT;\n`,
        'migrations/V2__drop_other.sql': `DROP DATABASE ${victim};\n`,
        'migrations/V3__system.sql': "ALTER SYSTEM SET work_mem = '77MB';\n",
        'migrations/V4__existing_role.sql': 'BEGIN;\nALTER ROLE CURRENT_USER SET search_path = nowhere;\nCREATE TABLE after_all (id int);\nCOMMIT;\n',
      });
      for (let run = 1; run <= 2; run++) {
        const r = await runCheck({ cwd: dir, paths: ['migrations'], databaseUrl: TEST_DATABASE_URL });
        const skipped = r.findings.filter((f) => f.rule === 'cluster-statement-skipped').map((f) => `${f.file}:${f.line}`);
        expect(skipped, `run ${run}`).toEqual(['migrations/V2__drop_other.sql:1', 'migrations/V3__system.sql:1', 'migrations/V4__existing_role.sql:2']);
        expect(r.findings.filter((f) => f.rule === 'apply-failed'), `run ${run}`).toEqual([]);
        expect(r.summary, `run ${run}`).toMatchObject({ applied: 4, skipped: 0 });
        expect(r.migrations.find((m) => m.file.endsWith('V1__role.sql'))!.rollback).toBe('verified');
      }
      expect((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [victim])).rowCount).toBe(1);
      expect((await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount).toBe(0);
      expect((await admin.query("SELECT 1 FROM pg_file_settings WHERE name = 'work_mem' AND setting = '77MB'")).rowCount).toBe(0);
      expect(await rolconfig()).toEqual(before);
    } finally {
      await admin.exec(`DROP DATABASE IF EXISTS ${victim}`);
      await admin.exec(`DROP ROLE IF EXISTS ${role}`);
      await admin.close();
    }
  }, 60_000);
});

describe('what cluster-wide-statement says about roles, shown on the server [postgres]', () => {
  it('a role created in one database is there in every other, and creating it again fails with 42710', async () => {
    const a = await openScratch(TEST_DATABASE_URL);
    const b = await openScratch(TEST_DATABASE_URL);
    const role = `mg_shared_role_${process.pid}`;
    try {
      await a.db.exec(`CREATE ROLE ${role}`);
      expect((await b.db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount).toBe(1);
      const code = await b.db.exec(`CREATE ROLE ${role}`).then(
        () => undefined,
        (e: { code?: string }) => e.code,
      );
      expect(code).toBe('42710');
    } finally {
      await a.db.exec(`DROP ROLE IF EXISTS ${role}`);
      await a.dispose();
      await b.dispose();
    }
  });
});
