/**
 * Fault injection (issue #10): the built CLI migrates a history of mixed migrations —
 * transactional, CONCURRENTLY, several transaction blocks, a repeatable — and is interrupted at a
 * random moment, by SIGKILL of the process or by pg_terminate_backend of its backends. After each
 * interruption the history must not claim more than PostgreSQL did; then status, validate, repair
 * (for a failed row) and migrate must bring the database to every migration applied exactly once.
 *
 * FAULT_TRIALS sets the number of trials (default 6; the closing notes report long runs) and
 * FAULT_SEED the random seed, printed with each failure so a trial can be replayed.
 */
import { spawn, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, openScratch, type Db, type Scratch } from '../../src/db/engine.js';
import { SchemaHistory } from '../../src/db/history.js';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const TRIALS = Number(process.env['FAULT_TRIALS'] ?? 6);
const SEED = Number(process.env['FAULT_SEED'] ?? Date.now() % 1_000_000);
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

/** The trials, drawn from FAULT_SEED so that a failing one can be replayed. */
const PLAN = fc.sample(fc.record({ kill: fc.boolean(), delayMs: fc.integer({ min: 0, max: 1100 }) }), { seed: SEED, numRuns: TRIALS });

const FILES: Record<string, string> = {
  'migrations/V1__create_items.sql':
    'CREATE TABLE items (id int PRIMARY KEY, k int);\nINSERT INTO items SELECT g, g % 97 FROM generate_series(1, 20000) g;\nSELECT pg_sleep(0.1);\n',
  'migrations/V2__index_items.sql':
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS items_k_idx ON items (k);\nSELECT pg_sleep(0.1);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS items_k_id_idx ON items (k, id);\n',
  'migrations/V3__two_blocks.sql':
    'BEGIN;\nCREATE TABLE IF NOT EXISTS tags (id int);\nSELECT pg_sleep(0.1);\nCOMMIT;\nBEGIN;\nCREATE TABLE IF NOT EXISTS item_tags (item int, tag int);\nSELECT pg_sleep(0.1);\nCOMMIT;\n',
  'migrations/V4__add_note.sql': 'ALTER TABLE items ADD COLUMN note text;\nSELECT pg_sleep(0.1);\n',
  'migrations/R__items_view.sql': 'CREATE OR REPLACE VIEW items_view AS SELECT id, k, note FROM items;\n',
};

/** What each migration leaves when it has completed. */
const OBJECTS: Record<string, string> = {
  '1': "SELECT count(*) = 20000 AS ok FROM items",
  '2': `SELECT count(*) = 2 AS ok FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE c.relname IN ('items_k_idx', 'items_k_id_idx') AND i.indisvalid`,
  '3': "SELECT to_regclass('tags') IS NOT NULL AND to_regclass('item_tags') IS NOT NULL AS ok",
  '4': "SELECT count(*) = 1 AS ok FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'note'",
  R: "SELECT to_regclass('items_view') IS NOT NULL AS ok",
};

function cli(dir: string, args: string[]): { code: number; out: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

async function holds(db: Db, sql: string): Promise<boolean> {
  try {
    return (await db.query<{ ok: boolean }>(sql)).rows[0]?.ok === true;
  } catch {
    return false;
  }
}

async function invalidIndexNames(db: Db): Promise<string[]> {
  const r = await db.query<{ n: string }>(
    "SELECT c.relname AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND NOT i.indisvalid",
  );
  return r.rows.map((x) => x.n);
}

/** Waits until no backend of a migration-guard run on this database is left (a killed client's backend ends its statement first). */
async function settle(admin: Db, database: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const r = await admin.query("SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND application_name = 'migration-guard'", [database]);
    if (r.rowCount === 0) return;
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('backends of the interrupted run did not end');
}

describe(`fault injection: ${TRIALS} interrupted migrate runs (FAULT_SEED=${SEED})`, () => {
  let dir: string;
  let admin: Db;
  beforeAll(async () => {
    dir = tmpProject(FILES);
    mkdirSync(join(dir, 'migrations', 'rollback'), { recursive: true });
    // mixed: V2 runs statement by statement in autocommit, the mode whose interruption matters most.
    writeFileSync(join(dir, 'migration-guard.yml'), 'lockTimeout: 2s\nmixed: true\n');
    admin = await connect(TEST_DATABASE_URL, { applicationName: 'fault-injection' });
  });
  afterAll(async () => {
    await admin?.close();
  });

  for (const [trial, { kill, delayMs }] of PLAN.entries()) {
    const how = kill ? 'SIGKILL' : 'pg_terminate_backend';
    it(`trial ${trial + 1}: ${how} after ${delayMs} ms`, async () => {
      let s: Scratch | undefined;
      try {
        s = await openScratch(TEST_DATABASE_URL, { applicationName: 'fault-injection' });
        const url = await urlOf(s.db);
        const database = new URL(url).pathname.slice(1);
        const child = spawn(process.execPath, [CLI, 'migrate', '--database-url', url], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
        await new Promise((res) => setTimeout(res, delayMs));
        if (how === 'SIGKILL') child.kill('SIGKILL');
        else {
          await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'migration-guard'", [database]);
        }
        const code = await exited;
        await settle(admin, database);
        const context = `seed ${SEED} trial ${trial + 1} (${how} after ${delayMs} ms), exit ${code}:\n${out}`;

        // After the interruption: nothing recorded that PostgreSQL did not complete.
        const history = new SchemaHistory(s.db, 'public', 'flyway_schema_history');
        const rows = (await history.exists()) ? await history.rows() : [];
        const sql = rows.filter((r) => r.type === 'SQL');
        for (const r of sql.filter((x) => x.success)) {
          expect(await holds(s.db, OBJECTS[r.version ?? 'R']!), `success row ${r.version ?? 'R'} without its objects; ${context}`).toBe(true);
        }
        const keys = sql.map((r) => r.version ?? 'R');
        expect(new Set(keys).size, `a migration recorded twice; ${context}`).toBe(keys.length);
        const failed = sql.filter((r) => !r.success).map((r) => r.version);
        for (const name of await invalidIndexNames(s.db)) {
          const named = out.includes(name);
          expect(failed.includes('2') || named, `invalid index ${name} with neither a failed row nor a message; ${context}`).toBe(true);
        }

        // Then the user's way back: status, validate, repair when a row failed, migrate.
        const status = cli(dir, ['status', '--database-url', url]);
        expect(status.out, context).not.toMatch(/internal error|at .*\.js:\d+/);
        const validate = cli(dir, ['validate', '--database-url', url]);
        expect([0, 1], `validate: ${validate.out}; ${context}`).toContain(validate.code);
        if (failed.length > 0) {
          expect(validate.code, context).toBe(1);
          expect(cli(dir, ['repair', '--database-url', url]).code, context).toBe(0);
        }
        const migrate = cli(dir, ['migrate', '--database-url', url]);
        expect(migrate.code, `migrate: ${migrate.out}; ${context}`).toBe(0);

        // Every migration applied exactly once, everything it makes there, nothing invalid.
        const final = (await history.rows()).filter((r) => r.type === 'SQL');
        expect(final.map((r) => [r.version ?? 'R', r.success]).sort(), context).toEqual([
          ['1', true],
          ['2', true],
          ['3', true],
          ['4', true],
          ['R', true],
        ]);
        for (const [key, check] of Object.entries(OBJECTS)) expect(await holds(s.db, check), `${key}; ${context}`).toBe(true);
        expect(await invalidIndexNames(s.db), context).toEqual([]);
        expect(cli(dir, ['validate', '--database-url', url]).code, context).toBe(0);
      } finally {
        await s?.dispose();
      }
    }, 180_000);
  }
});
