/**
 * Production statistics for the planner (`performance.statistics`): a file written by
 * `pg_dump --statistics-only` (PostgreSQL 18), whose statements are calls of
 * `pg_catalog.pg_restore_relation_stats(…)` and `pg_catalog.pg_restore_attribute_stats(…)` with
 * 'schemaname' and 'relname' arguments (PostgreSQL docs: "Statistics Manipulation Functions";
 * src/bin/pg_dump/pg_dump.c dumpRelationStats). Only those calls are kept (SET lines and psql's
 * \restrict are left out) and run table by table once the table exists on the scratch database.
 * PostgreSQL before 18 has no such functions: the caller says so instead of running them.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ConfigError } from '../errors.js';
import { asDbError, type Db } from '../db/engine.js';
import { decodeSql } from '../load/text.js';
import { initParser, parseSql } from '../parse/parser.js';
import { quoteName } from './snapshot.js';

export interface TableStatistics {
  /** schema.table as the file names it (quoted where needed). */
  table: string;
  /** The restore calls for the table, relation statistics first. */
  statements: string[];
}

/** The first PostgreSQL version (server_version_num) with pg_restore_relation_stats. */
export const STATISTICS_MIN_VERSION = 180000;

const CALL = /pg_catalog\s*\.\s*pg_restore_(relation|attribute)_stats\s*\(/i;
const arg = (text: string, name: string) => new RegExp(`'${name}'\\s*,\\s*'((?:[^']|'')*)'`).exec(text)?.[1]?.replace(/''/g, "'");

/** Reads the statistics file, grouped by table. Throws ConfigError when it cannot be read or holds no restore call. */
export async function readStatistics(path: string, opts: { cwd: string }): Promise<TableStatistics[]> {
  const shown = relative(opts.cwd, path).split('\\').join('/');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new ConfigError(`performance.statistics: cannot read ${shown} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // psql meta-commands (\restrict, \unrestrict) are not SQL: blanked, so offsets stay.
  const text = decodeSql(bytes).text.replace(/^\\.*$/gm, (l) => ' '.repeat(l.length));
  await initParser();
  const parsed = parseSql(text);
  const byTable = new Map<string, string[]>();
  for (const s of parsed.statements) {
    const sql = text.slice(s.start, s.end);
    if (s.kind !== 'SelectStmt' || !CALL.test(sql)) continue;
    const schema = arg(sql, 'schemaname');
    const rel = arg(sql, 'relname');
    if (!schema || !rel) continue;
    const table = `${quoteName(schema)}.${quoteName(rel)}`;
    const list = byTable.get(table) ?? [];
    // Relation statistics first: pg_dump writes them first, and attribute statistics need the table's.
    if (/pg_restore_relation_stats/i.test(sql)) list.unshift(sql);
    else list.push(sql);
    byTable.set(table, list);
  }
  if (byTable.size === 0) {
    throw new ConfigError(`performance.statistics: ${shown} holds no pg_restore_relation_stats / pg_restore_attribute_stats call (write it with pg_dump --statistics-only, PostgreSQL 18)`);
  }
  return [...byTable].map(([table, statements]) => ({ table, statements }));
}

/**
 * Runs one table's restore calls. Returns the problems: a call PostgreSQL rejected (an error), or
 * one that returned false (PostgreSQL warns and skips what it cannot apply, e.g. a column that
 * does not exist).
 */
export async function importStatistics(db: Db, stats: TableStatistics): Promise<string[]> {
  const problems: string[] = [];
  for (const sql of stats.statements) {
    const what = arg(sql, 'attname') ? `column ${arg(sql, 'attname')}` : 'the table';
    try {
      const r = await db.query<Record<string, unknown>>(sql);
      const value = r.rows[0] ? Object.values(r.rows[0])[0] : undefined;
      if (value === false) problems.push(`the statistics of ${what} were not (all) applied: PostgreSQL warned and skipped some`);
    } catch (e) {
      const err = asDbError(e);
      if (!err) throw e;
      problems.push(`the statistics of ${what} were rejected: ${err.message}`);
    }
  }
  return problems;
}
