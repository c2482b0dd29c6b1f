/**
 * check's database state cache (src/check/db-cache.ts, db-cache-server.ts): with --base, the
 * state after the merged migrations is saved once and the next check starts from it, on embedded
 * PGlite (a tarball in the cache directory) and on a server (a database there): a warm run must
 * report what a cold run reports.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { connect } from '../../src/db/engine.js';
import { runCheck, type CheckResult } from '../../src/commands/check.js';
import { formatCheckJson, formatCheckText } from '../../src/report/check.js';
import { renderComment } from '../../src/report/markdown.js';
import { describeEachEngine, TEST_DATABASE_URL, type TestEngine } from '../helpers/db.js';
import { tmpProject, writeFiles } from '../helpers/tmp.js';

// Merged: tables with identities and data, an index, a function and trigger, an enum, a view.
const merged: Record<string, string> = {};
for (let i = 1; i <= 12; i++) {
  const v = String(i).padStart(2, '0');
  const sql =
    i === 1
      ? 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(10,2) NOT NULL DEFAULT 0, note text);\nCREATE SEQUENCE ticket_seq;\n'
      : i === 2
        ? "INSERT INTO orders (total) SELECT g FROM generate_series(1, 50) g;\nSELECT nextval('ticket_seq'), nextval('ticket_seq'), nextval('ticket_seq');\n"
        : i === 3
          ? "CREATE TYPE order_state AS ENUM ('new', 'paid');\nALTER TABLE orders ADD COLUMN state order_state NOT NULL DEFAULT 'new';\n"
          : i === 4
            ? 'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, \'-\'); RETURN NEW; END $$;\nCREATE TRIGGER orders_touch BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch();\n'
            : i === 5
              ? 'CREATE VIEW paid_orders AS SELECT id, total FROM orders WHERE state = \'paid\';\n'
              : `CREATE TABLE t${v} (id int PRIMARY KEY, orders_id bigint REFERENCES orders (id), v text);\nCREATE INDEX t${v}_v ON t${v} (v);\n`;
  merged[`migrations/V${v}__m${v}.sql`] = sql;
}
const changeSet: Record<string, string> = {
  // Rewrites an existing table under ACCESS EXCLUSIVE (table-rewrite, dangerous-lock), with a rollback.
  'migrations/V13__retype.sql': 'ALTER TABLE orders ALTER COLUMN note TYPE int USING length(note);\nCREATE INDEX orders_note ON orders (note);\n',
  // A rollback that recreates a merged trigger function (as crates.io's do) does not stop the cache:
  // only a procedure, which a CALL may look up, does.
  'migrations/rollback/V13__rollback.sql':
    "DROP INDEX orders_note;\nALTER TABLE orders ALTER COLUMN note TYPE text;\nCREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, '-'); RETURN NEW; END $$;\n",
  // The restored state must be the state: the data, the sequence where it was (no skip after a restore).
  'migrations/V14__state.sql':
    "DO $$ BEGIN\n  IF (SELECT count(*) FROM orders) <> 50 THEN RAISE EXCEPTION 'rows lost'; END IF;\n  IF nextval('ticket_seq') <> 4 THEN RAISE EXCEPTION 'sequence skipped'; END IF;\nEND $$;\nALTER TABLE t06 ADD COLUMN w int;\n",
  'migrations/rollback/V14__rollback.sql': 'ALTER TABLE t06 DROP COLUMN w;\n',
  // A rollback that leaves something behind (rollback-incomplete).
  'migrations/V15__leftover.sql': 'CREATE TABLE audit (id int);\nCREATE INDEX audit_id ON audit (id);\n',
  'migrations/rollback/V15__rollback.sql': 'DROP INDEX audit_id;\n',
};

function project(): string {
  const dir = tmpProject(merged);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  writeFiles(dir, changeSet);
  return dir;
}

const cacheDirs: string[] = [];
const serverKeys = new Set<string>();
afterAll(async () => {
  for (const d of cacheDirs) rmSync(d, { recursive: true, force: true });
  if (serverKeys.size === 0) return;
  const admin = await connect(TEST_DATABASE_URL);
  for (const k of serverKeys) await admin.exec(`DROP DATABASE IF EXISTS mg_cache_${k}`);
  await admin.close();
});
function newCacheDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'mg-dbcache-'));
  cacheDirs.push(d);
  return d;
}

async function checkOn(engine: TestEngine, dir: string, cache: string, noCache = false): Promise<CheckResult> {
  const r = await runCheck({ cwd: dir, paths: ['migrations'], base: 'HEAD', env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: cache }, noCache, databaseUrl: engine.url, cacheOnServer: true });
  for (const u of r.cache ?? []) serverKeys.add(u.key);
  return r;
}

/** Runs SQL on the test server's admin database. */
async function onServer(sql: string): Promise<void> {
  const admin = await connect(TEST_DATABASE_URL);
  await admin.exec(sql).finally(() => admin.close());
}

/** What must not depend on the cache: everything but times and the cache's own report. */
function comparable(r: CheckResult) {
  return {
    // Times measured on this run, in messages, aside.
    findings: r.findings.map((f) => ({ ...f, message: f.message.replace(/\d+(\.\d+)? (ms|s)\b/g, 'T') })),
    disagreements: r.disagreements,
    changeSet: r.migrations
      .filter((m) => m.isNew || m.kind === 'seed')
      .map((m) => ({
        ...m,
        durationMs: undefined,
        rollbackDurationMs: undefined,
        // Which statement was slowest is a matter of timing.
        slowest: undefined,
        locks: m.locks.map((l) => ({ ...l, heldMs: undefined, statement: { ...l.statement, durationMs: undefined }, heldWhile: l.heldWhile.map((h) => ({ ...h, durationMs: undefined })) })),
      })),
    merged: r.migrations.filter((m) => !m.isNew && m.kind !== 'seed').map((m) => [m.file, m.applied, m.rollback, m.mode]),
    schemaDiff: r.schemaDiff,
    schemaChanges: r.schemaChanges,
    complete: r.complete,
    summary: { ...r.summary, durationMs: undefined, restored: undefined },
    tables: [r.metrics?.before?.tables, r.metrics?.before?.indexes, r.metrics?.after?.tables, r.metrics?.after?.indexes],
  };
}

const entries = (cache: string) => readdirSync(cache).filter((n) => n.startsWith('check-')).sort();

describeEachEngine('check: the database state cache', (e) => {
  const server = e.name === 'postgres';
  const check = (dir: string, cache: string, noCache = false) => checkOn(e, dir, cache, noCache);
  /** The keys of the cache entries: files in the cache directory, or databases on the server. */
  const stored = async (cache: string): Promise<string[]> => {
    if (!server) return entries(cache).filter((n) => n.endsWith('.json')).map((n) => n.slice(6, -5));
    const admin = await connect(TEST_DATABASE_URL);
    const r = await admin.query<{ d: string }>("SELECT datname AS d FROM pg_catalog.pg_database WHERE datname LIKE 'mg_cache_%'").finally(() => admin.close());
    return r.rows.map((x) => x.d.slice(9)).filter((k) => serverKeys.has(k));
  };
  it('a warm run restores the merged migrations and reports exactly what the cold run reported', async () => {
    const dir = project();
    const cache = newCacheDir();
    const cold = await check(dir, cache);
    expect(cold.cache).toEqual([{ status: 'saved', key: expect.stringMatching(/^[0-9a-f]{24}$/), migrations: 12 }]);
    expect(cold.summary.restored).toBe(0);
    // The change set found something of each kind the state matters to.
    const rules = new Set(cold.findings.map((f) => f.rule));
    for (const r of ['dangerous-lock', 'rollback-incomplete']) expect(rules).toContain(r);
    expect(cold.migrations.find((m) => m.file.endsWith('V13__retype.sql'))?.rewritten).toContain('public.orders');
    expect(cold.migrations.filter((m) => m.isNew).map((m) => m.applied)).toEqual(['ok', 'ok', 'ok']);

    // The lint inside check kept its findings too (src/lint/cache.ts), in the same directory.
    const lintEntries = () => readdirSync(join(cache, 'lint')).sort().map((n) => [n, statSync(join(cache, 'lint', n)).mtimeMs]);
    const written = lintEntries();
    expect(written.some(([n]) => String(n).startsWith('seg-'))).toBe(true);
    const warm = await check(dir, cache);
    // … and the warm run replayed them: nothing written again.
    expect(lintEntries()).toEqual(written);
    expect(warm.cache).toEqual([{ status: 'restored', key: cold.cache![0]!.key, migrations: 12 }]);
    expect(warm.summary.restored).toBe(12);
    expect(warm.migrations.filter((m) => m.restored).length).toBe(12);
    expect(comparable(warm)).toEqual(comparable(cold));
    expect(formatCheckText(warm, false)).toContain(`restored the database after 12 merged migrations from the cache (key ${cold.cache![0]!.key}): only what follows them was applied`);
    expect(formatCheckText(cold, false)).toContain(`saved the database after 12 merged migrations to the cache (key ${cold.cache![0]!.key}) for the next check`);
    expect(JSON.parse(formatCheckJson(warm)).cache).toEqual(warm.cache);
    expect(JSON.parse(formatCheckJson(warm)).summary.restored).toBe(12);
    expect(renderComment(warm, { repository: 'acme/shop', headSha: '' })).toContain('12 merged migrations restored from the cache');
    expect(renderComment(cold, { repository: 'acme/shop', headSha: '' })).not.toContain('restored from the cache');

    // --no-cache: neither read nor written, the same report.
    const empty = newCacheDir();
    const off = await check(dir, empty, true);
    expect(off.cache).toBeUndefined();
    expect(off.summary.restored).toBe(0);
    expect(entries(empty)).toEqual([]);
    expect(readdirSync(empty)).not.toContain('lint');
    expect(comparable(off)).toEqual(comparable(cold));
    const offWarm = await check(dir, cache, true);
    expect(offWarm.cache).toBeUndefined();
    expect(comparable(offWarm)).toEqual(comparable(cold));
  });

  it('a changed merged migration is another key: a miss, applied cold and saved beside the old entry', async () => {
    const dir = project();
    const cache = newCacheDir();
    const first = await check(dir, cache);
    // The base moves: a merged migration now reads differently (one more row).
    writeFileSync(join(dir, 'migrations/V02__m02.sql'), "INSERT INTO orders (total) SELECT g FROM generate_series(1, 51) g;\nSELECT nextval('ticket_seq'), nextval('ticket_seq'), nextval('ticket_seq');\n");
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'base moved'], { cwd: dir });
    const moved = await check(dir, cache);
    expect(moved.cache?.[0]?.status).toBe('saved');
    expect(moved.cache?.[0]?.key).not.toBe(first.cache?.[0]?.key);
    // Cold on the new chain: V14 sees 51 rows and fails, as it would without a cache.
    expect(moved.findings.some((f) => f.rule === 'apply-failed' && f.file === 'migrations/V14__state.sql' && /rows lost/.test(f.message))).toBe(true);
    expect(await stored(cache)).toEqual(expect.arrayContaining([first.cache![0]!.key, moved.cache![0]!.key]));
  });

  it('a corrupt entry is a miss: deleted, the run is cold, a good entry replaces it', async () => {
    const dir = project();
    const cache = newCacheDir();
    const cold = await check(dir, cache);
    const key = cold.cache![0]!.key;
    const saved = [{ status: 'saved', key, migrations: 12 }];
    const tar = join(cache, `check-${key}.tar.gz`);
    const meta = join(cache, `check-${key}.json`);

    if (!server) {
      // A truncated tarball: its hash no longer matches.
      writeFileSync(tar, readFileSync(tar).subarray(0, 1000));
      const a = await check(dir, cache);
      expect(a.cache).toEqual(saved);
      expect(comparable(a)).toEqual(comparable(cold));
      expect((await check(dir, cache)).cache?.[0]?.status).toBe('restored');

      // A tarball that matches its record but is not a data directory: PGlite cannot load it.
      const junk = Buffer.from('not a tarball at all');
      const record = JSON.parse(readFileSync(meta, 'utf8'));
      writeFileSync(tar, junk);
      writeFileSync(meta, JSON.stringify({ ...record, bytes: junk.length, sha256: (await import('node:crypto')).createHash('sha256').update(junk).digest('hex') }));
      const b = await check(dir, cache);
      expect(b.cache).toEqual(saved);
      expect(comparable(b)).toEqual(comparable(cold));

      // A record that is not JSON.
      writeFileSync(meta, '{"format": 1, "key"');
    } else {
      // The cache database in use by another session: it cannot be a template; the run starts empty.
      const holder = await connect(TEST_DATABASE_URL.replace(/\/[^/]*$/, `/mg_cache_${key}`));
      try {
        const busy = await check(dir, cache);
        expect(busy.cache?.[0]?.status).not.toBe('restored');
        expect(busy.summary.restored).toBe(0);
        expect(comparable(busy)).toEqual(comparable(cold));
      } finally {
        await holder.close();
      }
      // A record that is not JSON.
      await onServer(`COMMENT ON DATABASE mg_cache_${key} IS '{"format": 1, "key"'`);
    }
    const c = await check(dir, cache);
    expect(c.cache).toEqual(saved);
    expect(comparable(c)).toEqual(comparable(cold));
    const warm = await check(dir, cache);
    expect(warm.cache?.[0]?.status).toBe('restored');
    expect(comparable(warm)).toEqual(comparable(cold));
  });
});

it('check with cacheDir keeps every cache there: the state cache and the fresh data directory in DIR, the lint cache in DIR/lint; a warm run reports what the cold one did', async () => {
  const dir = project();
  const cache = newCacheDir();
  const run = () => runCheck({ cwd: dir, paths: ['migrations'], base: 'HEAD', cacheDir: cache, env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: newCacheDir() } });
  const cold = await run();
  const top = readdirSync(cache);
  expect(top.filter((f) => /^check-[0-9a-f]+\.tar\.gz$/.test(f))).toHaveLength(1);
  expect(top.filter((f) => /^pglite-[0-9a-f]+-fresh\.tar\.gz$/.test(f))).toHaveLength(1);
  expect(readdirSync(join(cache, 'lint')).filter((f) => f.endsWith('.bin')).length).toBeGreaterThan(0);
  const warm = await run();
  expect(warm.cache?.map((u) => u.status)).toEqual(['restored']);
  expect(comparable(warm)).toEqual(comparable(cold));
  // --no-cache with the same directory: the same report, nothing read (no restore).
  const off = await runCheck({ cwd: dir, paths: ['migrations'], base: 'HEAD', cacheDir: cache, noCache: true });
  expect(off.cache).toBeUndefined();
  expect(comparable(off)).toEqual(comparable(cold));
});

it('a state cache that cannot be written or cleaned (here a directory where the tarball goes): the same report, and a note saying it was not saved', async () => {
  const dir = project();
  const cache = newCacheDir();
  const notes: string[] = [];
  const run = () => runCheck({ cwd: dir, paths: ['migrations'], base: 'HEAD', env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: cache }, onNote: (n) => notes.push(n) });
  const cold = await run();
  const [tar] = entries(cache).filter((n) => n.endsWith('.tar.gz'));
  expect(tar).toBeDefined();
  // The entry's tarball can be neither read nor deleted nor replaced.
  rmSync(join(cache, tar!));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(cache, tar!, 'x'), { recursive: true });
  const again = await run();
  expect(again.cache).toBeUndefined();
  expect(comparable(again)).toEqual(comparable(cold));
  expect(notes).toEqual([expect.stringMatching(new RegExp(`^the database state could not be saved in ${cache} \\(.+\\): the next check applies the merged migrations again$`))]);
});
