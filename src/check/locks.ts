/**
 * Lock trace of one migration: which locks its statements take on relations that existed before
 * it, which statement took each lock first, which statements ran while the lock was held, how
 * long it was held (until COMMIT), and whether the relation was rewritten (new relfilenode).
 *
 * Read from pg_locks of the migration's own backend after every top-level statement, inside the
 * migration's transaction (applyFile's afterStatement hook). A statement run in autocommit
 * (CREATE INDEX CONCURRENTLY) has released its locks when the hook runs: nothing is held across
 * statements there, so nothing is reported.
 */
import type { ApplyHooks } from '../db/apply.js';
import type { Db } from '../db/engine.js';
import type { MigrationFile } from '../model/project.js';
import type { SqlStatement } from '../parse/parser.js';

/** Lock modes, weakest first, as PostgreSQL's documentation names them. */
export const LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;
export type LockMode = (typeof LOCK_MODES)[number];

/** pg_locks.mode ("AccessExclusiveLock") → "ACCESS EXCLUSIVE". */
export function lockModeName(pgMode: string): LockMode | undefined {
  const words = pgMode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
  return (LOCK_MODES as readonly string[]).includes(words) ? (words as LockMode) : undefined;
}

/** What other sessions cannot do on the relation while the lock is held; undefined: reads and writes go on. */
export function lockBlocks(mode: LockMode): 'reads and writes' | 'writes' | undefined {
  if (mode === 'ACCESS EXCLUSIVE') return 'reads and writes';
  if (mode === 'EXCLUSIVE' || mode === 'SHARE ROW EXCLUSIVE' || mode === 'SHARE') return 'writes';
  return undefined;
}

export interface TracedStatement {
  /** Index among the file's top-level statements. */
  index: number;
  line: number;
  column: number;
  /** The statement's first line, shortened. */
  text: string;
  durationMs: number;
  /** Tables and materialized views that existed before the migration and got a new relfilenode from this statement (rewritten). */
  rewrote: string[];
}

export interface LockEntry {
  /** schema.name */
  relation: string;
  relkind: 'table' | 'index' | 'materialized view';
  /** For an index: its table. */
  table?: string;
  /** The strongest mode the migration held on it. */
  mode: LockMode;
  /** What the mode blocks for other sessions. */
  blocks?: 'reads and writes' | 'writes';
  /** The statement that first took this mode. */
  statement: TracedStatement;
  /** From the start of that statement until the lock was released (COMMIT). */
  heldMs: number;
  /** Statements (other than SET and transaction control) that ran while the lock was held. */
  heldWhile: TracedStatement[];
  rewritten: boolean;
  /** Blocks reads or writes and is held while further statements run. */
  dangerous: boolean;
}

export interface LockTrace {
  locks: LockEntry[];
  /** Relations with a new relfilenode after the migration (rewritten, or truncated). */
  rewritten: string[];
  statements: TracedStatement[];
}

interface Relation {
  name: string;
  relkind: LockEntry['relkind'];
  table?: string;
  filenode: string;
}

interface Held {
  oid: string;
  mode: LockMode;
  stmt: TracedStatement;
  since: number;
  released?: number;
  heldWhile: TracedStatement[];
}

const QUIET_KINDS = new Set(['TransactionStmt', 'VariableSetStmt', 'VariableShowStmt']);

const now = () => performance.now();

function shortText(file: MigrationFile, stmt: SqlStatement): string {
  const first = file.text.slice(stmt.start, stmt.end).split('\n')[0]!.trim();
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}

async function relations(db: Db): Promise<Map<string, Relation>> {
  const r = await db.query<{ oid: string; s: string; name: string; kind: string; filenode: string; ts: string | null; t: string | null }>(
    `SELECT c.oid::text AS oid, n.nspname::text AS s, c.relname::text AS name, c.relkind::text AS kind,
            c.relfilenode::text AS filenode, tn.nspname::text AS ts, t.relname::text AS t
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
       LEFT JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`,
  );
  const out = new Map<string, Relation>();
  for (const row of r.rows) {
    const relkind = row.kind === 'i' || row.kind === 'I' ? 'index' : row.kind === 'm' ? 'materialized view' : 'table';
    out.set(String(row.oid), {
      name: `${row.s}.${row.name}`,
      relkind,
      table: row.t ? `${row.ts}.${row.t}` : undefined,
      filenode: String(row.filenode),
    });
  }
  return out;
}

/**
 * Traces one application of a migration:
 *   const tracer = await LockTracer.start(db, file);
 *   await applyFile(db, file, tracer.hooks);
 *   const trace = await tracer.finish();
 */
export class LockTracer {
  private readonly held = new Map<string, Held>();
  private readonly done: Held[] = [];
  private readonly statements: TracedStatement[] = [];
  private last = now();
  /** relfilenode of each pre-existing table and materialized view, as of the last statement. */
  private readonly filenodes = new Map<string, string>();

  private constructor(
    private readonly db: Db,
    private readonly file: MigrationFile,
    private readonly before: Map<string, Relation>,
  ) {}

  /** Records the relations that exist now (before the migration). */
  static async start(db: Db, file: MigrationFile): Promise<LockTracer> {
    const t = new LockTracer(db, file, await relations(db));
    for (const [oid, rel] of t.before) if (rel.relkind !== 'index' && rel.filenode !== '0') t.filenodes.set(oid, rel.filenode);
    t.last = now();
    return t;
  }

  readonly hooks: ApplyHooks = {
    afterStatement: (stmt, index) => this.afterStatement(stmt, index),
  };

  private async afterStatement(stmt: SqlStatement, index: number): Promise<void> {
    const ended = now();
    const pos = this.file.position(stmt.start);
    const traced: TracedStatement = {
      index,
      line: pos.line,
      column: pos.column,
      text: shortText(this.file, stmt),
      durationMs: ended - this.last,
      rewrote: [],
    };
    this.statements.push(traced);
    const started = this.last;
    // One round trip: the locks this backend holds now, and the relfilenode of each pre-existing
    // table (a new one means PostgreSQL wrote the relation anew — a rewrite — whatever the statement).
    const r = await this.db.query<{ k: 'lock' | 'filenode'; oid: string; v: string }>(
      `SELECT 'lock' AS k, relation::text AS oid, mode::text AS v FROM pg_catalog.pg_locks
        WHERE pid = pg_catalog.pg_backend_pid() AND locktype = 'relation' AND granted
       UNION ALL
       SELECT 'filenode', oid::text, relfilenode::text FROM pg_catalog.pg_class WHERE oid = ANY($1::oid[])`,
      [[...this.filenodes.keys()]],
    );
    for (const row of r.rows) {
      if (row.k !== 'filenode' || row.v === this.filenodes.get(row.oid)) continue;
      traced.rewrote.push(this.before.get(row.oid)!.name);
      this.filenodes.set(row.oid, row.v);
    }
    // The strongest mode per pre-existing relation held now.
    const current = new Map<string, LockMode>();
    for (const row of r.rows) {
      if (row.k !== 'lock') continue;
      const oid = String(row.oid);
      if (!this.before.has(oid)) continue;
      const mode = lockModeName(row.v);
      if (!mode) continue;
      const prev = current.get(oid);
      if (!prev || LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(prev)) current.set(oid, mode);
    }
    // Locks gone since the last statement were released by it (COMMIT): they were held until `ended`.
    for (const [oid, h] of this.held) {
      const mode = current.get(oid);
      if (mode === undefined) {
        h.released = ended;
        this.done.push(h);
        this.held.delete(oid);
      } else if (!QUIET_KINDS.has(stmt.kind)) {
        h.heldWhile.push(traced);
      }
    }
    for (const [oid, mode] of current) {
      const h = this.held.get(oid);
      if (!h) this.held.set(oid, { oid, mode, stmt: traced, since: started, heldWhile: [] });
      else if (LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(h.mode)) {
        // A stronger lock from this statement on: it is the one that matters.
        h.mode = mode;
        h.stmt = traced;
        h.since = started;
        h.heldWhile = [];
      }
    }
    this.last = now();
  }

  /** After the migration committed: releases what is left, compares relfilenodes. */
  async finish(): Promise<LockTrace> {
    const end = now();
    for (const h of this.held.values()) {
      h.released = end;
      this.done.push(h);
    }
    this.held.clear();
    const after = await relations(this.db);
    const rewritten = new Set<string>();
    for (const [oid, rel] of this.before) {
      const cur = after.get(oid);
      if (cur && cur.filenode !== rel.filenode && rel.filenode !== '0') rewritten.add(oid);
    }
    // One entry per relation: the strongest mode it was held in.
    const strongest = new Map<string, Held>();
    for (const h of this.done) {
      const prev = strongest.get(h.oid);
      if (!prev || LOCK_MODES.indexOf(h.mode) > LOCK_MODES.indexOf(prev.mode)) strongest.set(h.oid, h);
    }
    const locks: LockEntry[] = [];
    for (const h of strongest.values()) {
      const rel = this.before.get(h.oid)!;
      const blocks = lockBlocks(h.mode);
      locks.push({
        relation: rel.name,
        relkind: rel.relkind,
        table: rel.table,
        mode: h.mode,
        blocks,
        statement: h.stmt,
        heldMs: (h.released ?? end) - h.since,
        heldWhile: h.heldWhile,
        rewritten: rewritten.has(h.oid),
        dangerous: blocks !== undefined && h.heldWhile.length > 0,
      });
    }
    locks.sort((a, b) => a.statement.index - b.statement.index || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0));
    return {
      locks,
      rewritten: [...rewritten].map((oid) => this.before.get(oid)!.name).sort(),
      statements: this.statements,
    };
  }
}

/** Locks worth a `dangerous-lock` finding: an index's lock is left out when its table's lock is reported. */
export function dangerousLocks(trace: Pick<LockTrace, 'locks'>): LockEntry[] {
  const tables = new Set(trace.locks.filter((l) => l.dangerous && l.relkind !== 'index').map((l) => l.relation));
  return trace.locks.filter((l) => l.dangerous && !(l.relkind === 'index' && l.table && tables.has(l.table)));
}
