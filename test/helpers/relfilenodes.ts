/**
 * What a statement rebuilt, as PostgreSQL shows it: the relations of schema `m` (tables and
 * indexes) whose pg_class.relfilenode changed. Each case runs in a fresh schema `m` of one
 * scratch database.
 */
import type { Db } from '../../src/db/engine.js';

const FILENODES = `SELECT c.relname, c.relfilenode::text AS node FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'm' AND c.relkind IN ('r', 'i') ORDER BY 1`;

async function filenodes(db: Db): Promise<Map<string, string>> {
  const r = await db.query<{ relname: string; node: string }>(FILENODES);
  return new Map(r.rows.map((x) => [x.relname, x.node]));
}

/** Runs setup then change in a fresh schema m; returns the names of the rebuilt relations, sorted. */
export async function rebuiltBy(db: Db, setup: string, change: string, session = ''): Promise<string[]> {
  await db.exec('DROP SCHEMA IF EXISTS m CASCADE');
  await db.exec('CREATE SCHEMA m');
  await db.exec('SET search_path = m, public');
  if (session) await db.exec(session);
  await db.exec(setup);
  const before = await filenodes(db);
  await db.exec(change);
  const after = await filenodes(db);
  await db.exec('RESET search_path');
  await db.exec('RESET TimeZone');
  return [...before].filter(([name, node]) => after.get(name) !== node).map(([name]) => name).sort();
}
