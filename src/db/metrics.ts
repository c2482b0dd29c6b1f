/**
 * Deploy monitoring (the guide's §10.1): before and after each `migrate`, `rollback` (`undo`) and
 * `check`, the number of tables and indexes in the managed schemas and the database's size; the
 * duration of each migration and of the whole run; a warning when the run took longer than
 * `slowMigrationSeconds`. One catalog query before the run and one after it; a reading that fails
 * is reported as unavailable and never fails the run.
 *
 * "Managed schemas" (`managedSchemas`): the configured `schema` (where the schema history lives
 * and where unqualified names go: the runner puts it first on the search_path) and every schema a
 * file of the migration set names — CREATE SCHEMA (or its AUTHORIZATION role), a schema-qualified
 * relation in any statement, DROP of a qualified object or of a schema, ALTER … SET SCHEMA,
 * ALTER SCHEMA … RENAME, CREATE EXTENSION … SCHEMA, SET search_path — nested statements (DO
 * blocks, function bodies) included. System schemas (pg_*, information_schema) never count. The
 * list comes from the files, not the database, so before and after count the same schemas and a
 * schema the run creates counts 0 before it.
 *
 * Counted (pg_class, PostgreSQL docs "pg_class"): tables = relkind 'r' (ordinary, partitions
 * included) and 'p' (partitioned); indexes = relkind 'i' and 'I' (partitioned index). The schema
 * history table and its indexes are not counted: the numbers are the application's, so the first
 * migrate (which creates the history table) shows only what the migrations did.
 * Size: pg_database_size(current_database()), bytes on disk of the whole database (PostgreSQL docs
 * "Database Object Management Functions"). test/db/metrics.test.ts measures all of this on the
 * server and on PGlite (relkinds of a partitioned table and its indexes, the schema an index
 * lands in, the size growing with the rows inserted).
 */
import type { MigrationFile, Project } from '../model/project.js';
import { eachStatement } from '../model/statements.js';
import type { AstNode } from '../parse/parser.js';
import { walk } from '../model/ast.js';
import { asDbError, maskSecrets, type Db } from './engine.js';

/** One reading of the database. */
export interface MetricsReading {
  /** Ordinary and partitioned tables (relkind r, p) in the managed schemas, the history table not counted. */
  tables: number;
  /** Indexes (relkind i, I) in the managed schemas, the history table's not counted. */
  indexes: number;
  /** pg_database_size(current_database()): bytes. */
  sizeBytes: number;
}

/** How long one migration (or rollback file) took. */
export interface MigrationDuration {
  /** The file, as reports show it (relative to the working directory). */
  file: string;
  /** Its version; null for a repeatable migration. */
  version: string | null;
  /** Milliseconds, as the runner times it (the statements and the history row). */
  durationMs: number;
}

/** What a run records; the JSON reports and the Action output `metrics-json` carry it as is. */
export interface RunMetrics {
  command: 'migrate' | 'rollback' | 'check';
  /** `target`: the database the command changed; `scratch`: check's throw-away database. */
  database: 'target' | 'scratch';
  /** The managed schemas counted, sorted. */
  schemas: string[];
  /** Before the run; null when it could not be read (see `unavailable`). */
  before: MetricsReading | null;
  /** After the run; null when it could not be read. */
  after: MetricsReading | null;
  /** Why a reading is missing (the database's message, secrets masked); absent when both were read. */
  unavailable?: string;
  /** Wall-clock milliseconds from the before reading to the after reading (lock wait included). */
  durationMs: number;
  /** Each migration applied (migrate, check) or rollback file run (rollback), in order. */
  migrations: MigrationDuration[];
  /** The limit the run was held to (seconds; 0: no limit). */
  slowMigrationSeconds: number;
  /** durationMs is above slowMigrationSeconds (never with 0). */
  slow: boolean;
  /**
   * The run-total warning, when one is due: the run is slow and no single migration was already
   * reported slow (that warning names the file; this one would say the same again).
   */
  warning?: string;
}

/** A command's result with the run's metrics. */
export type Measured<T> = T & { metrics: RunMetrics };

/** The history table (excluded from the counts). */
export interface HistoryTable {
  schema: string;
  table: string;
}

const isSystem = (s: string) => s.startsWith('pg_') || s === 'information_schema';

/** The schemas one statement names (see the module comment for which forms). */
function schemasNamed(kind: string, node: AstNode, add: (s: unknown) => void): void {
  walk(node, (n) => {
    // RangeVar, wherever it sits (typed fields are not wrapped in {RangeVar: …}).
    if (typeof n['relname'] === 'string') add(n['schemaname']);
  });
  const strings = (list: unknown): string[] =>
    Array.isArray(list) ? list.map((x: AstNode) => x?.['String']?.sval).filter((x): x is string => typeof x === 'string') : [];
  switch (kind) {
    case 'CreateSchemaStmt':
      add(node['schemaname'] ?? node['authrole']?.rolename);
      break;
    case 'DropStmt':
      for (const o of node['objects'] ?? []) {
        const items = strings(o?.List?.items);
        // A trigger, rule or policy is named by its table: [schema.]table.name (DROP TRIGGER t ON
        // s.tbl); an operator class or family by its access method first: am.[schema.]name.
        const removeType = String(node['removeType']);
        const onTable = ['OBJECT_TRIGGER', 'OBJECT_RULE', 'OBJECT_POLICY'].includes(removeType);
        const withMethod = ['OBJECT_OPCLASS', 'OBJECT_OPFAMILY'].includes(removeType);
        if (onTable || withMethod) {
          if (items.length >= 3) add(items[items.length - (onTable ? 3 : 2)]);
        } else if (items.length >= 2) add(items[items.length - 2]);
        else if (removeType === 'OBJECT_SCHEMA') add(o?.String?.sval);
      }
      break;
    case 'AlterObjectSchemaStmt':
      add(node['newschema']);
      break;
    case 'RenameStmt':
      if (node['renameType'] === 'OBJECT_SCHEMA') for (const s of [node['subname'], node['newname']]) add(s);
      break;
    case 'CreateExtensionStmt':
      for (const o of node['options'] ?? []) if (o?.DefElem?.defname === 'schema') add(o.DefElem.arg?.String?.sval);
      break;
    case 'VariableSetStmt':
      if (String(node['name']).toLowerCase() !== 'search_path') break;
      for (const a of node['args'] ?? []) {
        const v = a?.A_Const?.sval?.sval;
        if (typeof v !== 'string') continue;
        // SET search_path = 'a, b' is one string; SET search_path TO a, "B" are several.
        for (const part of v.split(',')) add(part.trim().replace(/^"(.*)"$/, '$1'));
      }
      break;
  }
}

/**
 * The managed schemas of a migration set: `schema` (the configured one) and every schema its
 * files name (versioned, repeatable, rollback and seed files alike), sorted, system schemas left
 * out. Pure: reads the parsed files only.
 */
export function managedSchemas(project: Pick<Project, 'files'>, schema: string): string[] {
  const found = new Set<string>([schema]);
  const add = (s: unknown) => {
    if (typeof s === 'string' && s !== '' && s !== '$user' && !isSystem(s)) found.add(s);
  };
  eachStatement(project.files as MigrationFile[], (st) => schemasNamed(st.kind, st.node, add));
  return [...found].sort();
}

const READING_SQL = `
SELECT
  (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY ($1::text[])
      AND NOT (n.nspname = $2 AND c.relname = $3))::int AS tables,
  (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
    WHERE c.relkind IN ('i', 'I') AND n.nspname = ANY ($1::text[])
      AND NOT (n.nspname = $2 AND t.relname = $3))::int AS indexes,
  pg_catalog.pg_database_size(pg_catalog.current_database())::text AS size`;

/**
 * One reading: one query on `db`. Throws what the database throws (`measureRun` catches it).
 * An index lives in its table's schema (PostgreSQL docs, CREATE INDEX: "the index is always
 * created in the same schema as its parent table"), so indexes are counted by their own schema.
 */
export async function readMetrics(db: Db, schemas: string[], history: HistoryTable): Promise<MetricsReading> {
  const r = await db.query<{ tables: number; indexes: number; size: string }>(READING_SQL, [schemas, history.schema, history.table]);
  const row = r.rows[0]!;
  return { tables: Number(row.tables), indexes: Number(row.indexes), sizeBytes: Number(row.size) };
}

export interface MeasureOptions {
  command: RunMetrics['command'];
  database: RunMetrics['database'];
  schemas: string[];
  history: HistoryTable;
  slowMigrationSeconds: number;
  /** A URL whose password must not appear in `unavailable`. */
  url?: string;
  /** The reading before the run, when it was taken earlier (check's database state cache restores a later state). */
  before?: MetricsReading;
}

/** Reads, or says why not (one line, secrets masked). */
export async function tryRead(db: Db, opts: MeasureOptions): Promise<MetricsReading | string> {
  try {
    return await readMetrics(db, opts.schemas, opts.history);
  } catch (e) {
    const d = asDbError(e);
    const message = d ? `${d.code} ${d.message}` : e instanceof Error ? e.message : String(e);
    return maskSecrets(message.replace(/\s+/g, ' '), opts.url);
  }
}

/**
 * Runs `run` between two readings and returns its result with `metrics`. `durations` lists what
 * ran; `slowReported` says whether a single migration was already reported slow (then no
 * run-total warning is added). A failing reading never fails the run.
 */
export async function measureRun<T extends object>(
  db: Db,
  opts: MeasureOptions,
  run: () => Promise<T>,
  durations: (result: T) => MigrationDuration[],
  slowReported: (result: T) => boolean = () => false,
): Promise<Measured<T>> {
  const before = opts.before ?? (await tryRead(db, opts));
  const started = performance.now();
  const result = await run();
  const durationMs = Math.round(performance.now() - started);
  const after = await tryRead(db, opts);
  const metrics = runMetrics(opts, before, after, durationMs, durations(result), slowReported(result));
  return Object.assign(result, { metrics });
}

/** The RunMetrics of readings (or the reasons they failed), a duration and what ran. */
export function runMetrics(
  opts: Omit<MeasureOptions, 'history' | 'url'>,
  before: MetricsReading | string,
  after: MetricsReading | string,
  durationMs: number,
  migrations: MigrationDuration[],
  slowReported: boolean,
): RunMetrics {
  const why = [typeof before === 'string' ? `before: ${before}` : '', typeof after === 'string' && after !== before ? `after: ${after}` : ''].filter(Boolean);
  if (typeof after === 'string' && after === before) why[0] = `before and after: ${before}`;
  const limit = opts.slowMigrationSeconds;
  const slow = limit > 0 && durationMs > limit * 1000;
  const metrics: RunMetrics = {
    command: opts.command,
    database: opts.database,
    schemas: opts.schemas,
    before: typeof before === 'string' ? null : before,
    after: typeof after === 'string' ? null : after,
    ...(why.length ? { unavailable: why.join('; ') } : {}),
    durationMs,
    migrations,
    slowMigrationSeconds: limit,
    slow,
  };
  if (slow && !slowReported) {
    const what = opts.command === 'check' ? 'check on the scratch database' : opts.command;
    const n = migrations.length;
    metrics.warning =
      `${what} took ${(durationMs / 1000).toFixed(1)} s in total (${n} ${opts.command === 'rollback' ? 'rollback file' : 'migration'}${n === 1 ? '' : 's'}), more than slowMigrationSeconds (${limit} s)` +
      (opts.command === 'check' ? ': on production data the deploy will take longer' : ': the migration lock was held all that time');
  }
  return metrics;
}

/**
 * `m` without `ms` of work done during the run that is not the migrations' (check's synthetic
 * fill and query planning, performance.rows): durationMs, slow and the warning recomputed, so a
 * fill of many rows does not read as a slow deploy. Readings and migrations unchanged.
 */
export function withoutTime(m: RunMetrics, ms: number, slowReported: boolean): RunMetrics {
  if (ms <= 0) return m;
  const opts = { command: m.command, database: m.database, schemas: m.schemas, slowMigrationSeconds: m.slowMigrationSeconds };
  const reason = m.unavailable ?? 'unavailable';
  const r = runMetrics(opts, m.before ?? reason, m.after ?? reason, Math.max(0, m.durationMs - Math.round(ms)), m.migrations, slowReported);
  if (m.unavailable !== undefined) r.unavailable = m.unavailable;
  else delete r.unavailable;
  return r;
}

/**
 * Several runs as one (check with several migration sets, each on its own scratch database):
 * readings summed (null when any is missing), durations added, migrations in order. One run
 * is returned as it is; `slowReported` is for several.
 */
export function combineMetrics(parts: RunMetrics[], slowReported: boolean): RunMetrics {
  const first = parts[0];
  const opts = {
    command: first?.command ?? 'check',
    database: first?.database ?? 'scratch',
    schemas: [...new Set(parts.flatMap((p) => p.schemas))].sort(),
    slowMigrationSeconds: first?.slowMigrationSeconds ?? 0,
  } as const;
  const sum = (pick: (p: RunMetrics) => MetricsReading | null): MetricsReading | string => {
    const readings = parts.map(pick);
    if (readings.length === 0) return 'nothing was run';
    if (readings.some((r) => r === null)) return parts.map((p) => p.unavailable).filter(Boolean).join('; ');
    return readings.reduce<MetricsReading>((a, r) => ({ tables: a.tables + r!.tables, indexes: a.indexes + r!.indexes, sizeBytes: a.sizeBytes + r!.sizeBytes }), { tables: 0, indexes: 0, sizeBytes: 0 });
  };
  if (parts.length === 1) return first!;
  const combined = runMetrics(opts, sum((p) => p.before), sum((p) => p.after), parts.reduce((n, p) => n + p.durationMs, 0), parts.flatMap((p) => p.migrations), slowReported);
  // Each set's own reason, as it said it (not "before: before and after: …").
  if (combined.unavailable !== undefined && parts.length > 0) combined.unavailable = parts.flatMap((p) => (p.unavailable ? [p.unavailable] : [])).join('; ');
  return combined;
}
