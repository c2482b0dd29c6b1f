/**
 * check's database state cache on a PostgreSQL server (see db-cache.ts for the key and what is
 * cached): the state is a database on that server, `mg_cache_<key>`, a copy of the scratch
 * database taken when the merged migrations are applied (CREATE DATABASE … TEMPLATE), and the next
 * check's scratch database is created from it. Its record (db-cache.ts CacheMeta without the
 * tarball's hash) is the database's comment. The copy is made under a scratch name (dropped as a
 * leftover if the run dies) and renamed when complete; a cache database whose comment is not a
 * record for its key is dropped and counts as a miss. At most CACHE_ENTRIES cache databases are
 * kept on a server (the newest by their record), each as large as the schema it holds (~8 MB
 * for an empty database).
 */
import { connect, HOST_TAG, type Scratch } from '../db/engine.js';
import type { MetricsReading } from '../db/metrics.js';
import { CACHE_ENTRIES, FORMAT, isRecordOf, type CachedMigration, type CacheMeta, type CachePlan } from './db-cache.js';

export const serverCacheName = (plan: CachePlan): string => `mg_cache_${plan.key}`;

/** The record of `plan`'s cache database on the server at `url`, or undefined (none, or dropped as broken). Never throws. */
export async function serverEntry(url: string, plan: CachePlan): Promise<CacheMeta | undefined> {
  const admin = await connect(url).catch(() => undefined);
  if (!admin) return undefined;
  try {
    const r = await admin.query<{ c: string | null }>(
      "SELECT pg_catalog.shobj_description(oid, 'pg_database') AS c FROM pg_catalog.pg_database WHERE datname = $1",
      [serverCacheName(plan)],
    );
    if (r.rows.length === 0) return undefined;
    try {
      const meta = JSON.parse(r.rows[0]!.c ?? '') as CacheMeta;
      if (!isRecordOf(meta, plan)) throw new Error('another record');
      return meta;
    } catch {
      await admin.exec(`DROP DATABASE IF EXISTS ${serverCacheName(plan)}`).catch(() => undefined);
      return undefined;
    }
  } catch {
    return undefined;
  } finally {
    await admin.close();
  }
}

/** Saves the scratch database as `plan`'s cache database, then keeps the newest CACHE_ENTRIES. False when it could not. */
export async function saveServerEntry(url: string, scratch: Scratch, plan: CachePlan, entries: CachedMigration[], before: MetricsReading | null): Promise<boolean> {
  if (!scratch.saveAs) return false;
  const admin = await connect(url).catch(() => undefined);
  if (!admin) return false;
  // A scratch name: dropped as a leftover (engine.ts dropLeftovers) if this run dies before the rename.
  const tmp = `mg_check_${process.pid}_${Date.now().toString(36)}_${HOST_TAG}_cache`;
  try {
    const meta: CacheMeta = { format: FORMAT, key: plan.key, migrations: plan.count, createdAt: new Date().toISOString(), sha256: '', bytes: 0, entries, before };
    await scratch.saveAs(tmp);
    await admin.exec(`COMMENT ON DATABASE ${tmp} IS '${JSON.stringify(meta).replace(/'/g, "''")}'`);
    await admin.exec(`ALTER DATABASE ${tmp} RENAME TO ${serverCacheName(plan)}`);
    await prune(admin);
    return true;
  } catch {
    await admin.exec(`DROP DATABASE IF EXISTS ${tmp}`).catch(() => undefined);
    return false;
  } finally {
    await admin.close();
  }
}

async function prune(admin: Awaited<ReturnType<typeof connect>>): Promise<void> {
  const r = await admin.query<{ d: string; c: string | null }>(
    "SELECT datname AS d, pg_catalog.shobj_description(oid, 'pg_database') AS c FROM pg_catalog.pg_database WHERE datname ~ '^mg_cache_[0-9a-f]+$'",
  );
  const created = (c: string | null) => {
    try {
      return Date.parse((JSON.parse(c ?? '') as CacheMeta).createdAt) || 0;
    } catch {
      return 0;
    }
  };
  const old = r.rows.sort((a, b) => created(b.c) - created(a.c)).slice(CACHE_ENTRIES);
  // One in use (being copied) stays until a later run.
  for (const { d } of old) await admin.exec(`DROP DATABASE IF EXISTS ${d}`).catch(() => undefined);
}
