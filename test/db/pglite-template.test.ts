/**
 * The cached fresh PGlite data directory (src/db/pglite-template.ts): written once, loaded
 * afterwards, never carrying what an instance did after its start, and rebuilt when broken.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPglite } from '../../src/db/engine.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-cache-'));
const saved = process.env['MIGRATION_GUARD_CACHE_DIR'];
beforeAll(() => {
  process.env['MIGRATION_GUARD_CACHE_DIR'] = dir;
});
afterAll(() => {
  if (saved === undefined) delete process.env['MIGRATION_GUARD_CACHE_DIR'];
  else process.env['MIGRATION_GUARD_CACHE_DIR'] = saved;
});

const tarball = () => readdirSync(dir).filter((f) => f.endsWith('-fresh.tar.gz'));

it('the first instance writes the fresh data directory; the next loads it, without what the first did', async () => {
  const first = await openPglite();
  expect(tarball()).toHaveLength(1);
  const written = statSync(join(dir, tarball()[0]!)).mtimeMs;
  await first.exec('CREATE TABLE only_in_first (id int)');
  const second = await openPglite();
  expect(statSync(join(dir, tarball()[0]!)).mtimeMs).toBe(written); // loaded, not rewritten
  expect((await second.query("SELECT to_regclass('only_in_first') IS NULL AS fresh")).rows).toEqual([{ fresh: true }]);
  expect((await second.query("SELECT current_setting('server_version_num')::int >= 180000 AS pg18")).rows).toEqual([{ pg18: true }]);
  await first.close();
  await second.close();
});

it('a loaded instance gets its contrib extensions', async () => {
  const db = await openPglite(undefined, ['pgcrypto']);
  await db.exec('CREATE EXTENSION pgcrypto');
  expect((await db.query("SELECT length(digest('x', 'sha256')) AS n")).rows).toEqual([{ n: 32 }]);
  await db.close();
});

it('a corrupt tarball is a miss: the instance starts and the tarball is rebuilt', async () => {
  const file = join(dir, tarball()[0]!);
  writeFileSync(file, 'not a tarball');
  const db = await openPglite();
  expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  await db.close();
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file).length).toBeGreaterThan(100_000);
});

it('a truncated tarball (a gzip stream cut short) is a miss too: no error escapes, the tarball is rebuilt', async () => {
  const file = join(dir, tarball()[0]!);
  const whole = readFileSync(file);
  writeFileSync(file, whole.subarray(0, 1000));
  const db = await openPglite();
  expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  await db.close();
  expect(readFileSync(file).length).toBeGreaterThan(100_000);
  // And the rebuilt one loads.
  const again = await openPglite();
  expect((await again.query("SELECT to_regclass('pg_class') IS NOT NULL AS ok")).rows).toEqual([{ ok: true }]);
  await again.close();
});
