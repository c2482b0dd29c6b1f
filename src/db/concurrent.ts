/**
 * CONCURRENTLY statements and the invalid indexes they leave behind.
 *
 * Facts (PostgreSQL docs, "Building Indexes Concurrently"; src/backend/commands/indexcmds.c):
 * CREATE INDEX CONCURRENTLY commits the new index to the catalog first (indisvalid = false), then
 * builds it in further transactions, waiting for older transactions between phases. Those waits
 * are lock waits, so `lock_timeout` (and `statement_timeout`) cancel them, and a cancelled,
 * failed or terminated build leaves the index behind, INVALID: never used by queries, still
 * maintained by every write, and in the way of the next build of the same name (42P07, or
 * silently skipped with IF NOT EXISTS). REINDEX CONCURRENTLY leaves `<name>_ccnew` the same way.
 *
 * The runner's policy (README "Runner guarantees"): a statement that runs CONCURRENTLY is sent
 * with lock_timeout and statement_timeout off — the SHARE UPDATE EXCLUSIVE lock it waits for does
 * not block reads or writes of the table (test/db/concurrent.test.ts shows an INSERT going
 * through while it waits) — and its progress is reported while it runs; before a CREATE INDEX
 * CONCURRENTLY, an invalid index of the same name is dropped (DROP INDEX CONCURRENTLY IF EXISTS).
 */
import type { SqlStatement } from '../parse/parser.js';
import type { Db } from './engine.js';
import { quoteIdent } from './history.js';

export interface InvalidIndex {
  oid: string;
  schema: string;
  name: string;
  /** `schema.table` the index is on. */
  table: string;
  /** The statement that removes it. */
  fix: string;
}

/**
 * Every invalid index (pg_index.indisvalid = false) outside PostgreSQL's own schemas, or only in
 * `schemas` when given.
 */
export async function invalidIndexes(db: Db, schemas?: string[]): Promise<InvalidIndex[]> {
  const r = await db.query<{ oid: string; schema: string; name: string; tschema: string; tname: string }>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name, tn.nspname AS tschema, t.relname AS tname
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE NOT i.indisvalid
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
        AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[]))
      ORDER BY 2, 3`,
    [schemas ?? null],
  );
  return r.rows.map((x) => ({
    oid: String(x.oid),
    schema: x.schema,
    name: x.name,
    table: `${x.tschema}.${x.tname}`,
    fix: `DROP INDEX CONCURRENTLY IF EXISTS ${quoteIdent(x.schema)}.${quoteIdent(x.name)};`,
  }));
}

/** The index a CREATE INDEX CONCURRENTLY builds, when it is named: its name and its table as written. */
export function builtIndex(stmt: SqlStatement): { name: string; table: string } | undefined {
  if (stmt.kind !== 'IndexStmt' || !stmt.node['concurrent'] || !stmt.node['idxname']) return undefined;
  const rel = stmt.node['relation'] as { schemaname?: string; relname?: string } | undefined;
  if (!rel?.relname) return undefined;
  const table = rel.schemaname ? `${quoteIdent(rel.schemaname)}.${quoteIdent(rel.relname)}` : quoteIdent(rel.relname);
  return { name: String(stmt.node['idxname']), table };
}

/**
 * Drops an invalid index named like the one `stmt` builds, in its table's schema (where
 * PostgreSQL puts an index), so the build starts clean. Runs in autocommit on `db`; returns the
 * index dropped, if any.
 */
export async function dropInvalidBefore(db: Db, stmt: SqlStatement): Promise<InvalidIndex | undefined> {
  const target = builtIndex(stmt);
  if (!target) return undefined;
  const r = await db.query<{ oid: string; schema: string; tname: string; tschema: string }>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, t.relname AS tname, tn.nspname AS tschema
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE NOT i.indisvalid AND c.relname = $1
        AND c.relnamespace = (SELECT relnamespace FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass($2))`,
    [target.name, target.table],
  );
  const row = r.rows[0];
  if (!row) return undefined;
  const fix = `DROP INDEX CONCURRENTLY IF EXISTS ${quoteIdent(row.schema)}.${quoteIdent(target.name)}`;
  await db.exec(fix);
  return { oid: row.oid, schema: row.schema, name: target.name, table: `${row.tschema}.${row.tname}`, fix: `${fix};` };
}

export interface ConcurrentProgress {
  /** pg_stat_progress_create_index.phase, e.g. "waiting for old snapshots", "building index". */
  phase?: string;
  /** Backends the statement waits for (pg_blocking_pids). */
  blockers: number[];
  /** What the backend waits on (pg_stat_activity.wait_event_type/wait_event), e.g. "Lock: virtualxid". */
  waitEvent?: string;
  blocksDone?: number;
  blocksTotal?: number;
}

/**
 * Polls the backend `pid` from another session every `everyMs` while a CONCURRENTLY statement
 * runs, and hands what it sees to `report`. Returns a stop function.
 */
export function watchBackend(control: Db, pid: number, everyMs: number, report: (p: ConcurrentProgress) => void): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    control
      .query<{ phase: string | null; blockers: number[] | null; wet: string | null; we: string | null; bd: string | null; bt: string | null }>(
        `SELECT p.phase, pg_catalog.pg_blocking_pids(a.pid) AS blockers, a.wait_event_type AS wet, a.wait_event AS we,
                p.blocks_done::text AS bd, p.blocks_total::text AS bt
           FROM pg_catalog.pg_stat_activity a LEFT JOIN pg_catalog.pg_stat_progress_create_index p ON p.pid = a.pid
          WHERE a.pid = $1`,
        [pid],
      )
      .then((r) => {
        const x = r.rows[0];
        if (!x) return;
        report({
          phase: x.phase ?? undefined,
          blockers: (x.blockers ?? []).map(Number),
          waitEvent: x.wet ? `${x.wet}: ${x.we}` : undefined,
          blocksDone: x.bd === null ? undefined : Number(x.bd),
          blocksTotal: x.bt === null ? undefined : Number(x.bt),
        });
      })
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, everyMs);
  return () => clearInterval(timer);
}
