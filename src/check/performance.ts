/**
 * "Performance impact assessed" (guide §8.2) inside `check`: the critical queries
 * (`performance.queries`) are planned on the scratch database before the change set's first
 * migration and again after each migration from there on, and query-plan-regression reports a plan
 * that got worse, at the migration after which it first did.
 *
 * Points: `point()` before the first change-set migration, then `point(m)` after each migration
 * applied from there on. At each point, first the volume: every table of `performance.rows` that
 * exists and was not filled yet gets its synthetic rows (fill.ts) and ANALYZE, then its imported
 * statistics (statistics.ts, PostgreSQL 18) — so a table the change set creates is filled right
 * after the migration that creates it. Then each query is EXPLAINed (no ANALYZE: planned, not run).
 * A query's "before" is the first point where it plans (a query that reads a table the change set
 * creates plans only after that migration); its "after" is the last point. ANALYZE runs only right
 * after a fill, so costs move only with what the migrations change.
 */
import { resolve } from 'node:path';
import { asDbError, type Db } from '../db/engine.js';
import { RESET_SESSION } from '../db/executor.js';
import type { Config } from '../load/config.js';
import type { MigrationFile } from '../model/project.js';
import { fillOrder, fillTable, FillError, resolveTable, withTriggersOff } from './fill.js';
import { changeKey, comparePlans, explain, fmtCost, type PlanChange, type PlanOutcome, type QueryPlan } from './plans.js';
import { readCriticalQueries, type CriticalQuery } from './queries.js';
import { importStatistics, readStatistics, STATISTICS_MIN_VERSION, type TableStatistics } from './statistics.js';
import type { RawFinding } from './findings.js';

/** What `check` loads once per run from `performance:` (undefined when it is not configured). */
export interface PerformanceSetup {
  queries: CriticalQuery[];
  rows: Record<string, number>;
  costFactor: number;
  statistics?: TableStatistics[];
  /** slowMigrationSeconds in ms (0: none): filling and planning longer than this gets a note. */
  budgetMs: number;
}

/** Reads the queries folder and the statistics file (paths relative to the config file). ConfigError on a bad file. */
export async function loadPerformance(config: Config, cwd: string): Promise<PerformanceSetup | undefined> {
  const p = config.performance;
  if (!p) return undefined;
  const queries = await readCriticalQueries(resolve(config.baseDir, p.queries), { baseDir: config.baseDir, cwd, encoding: config.encoding });
  const statistics = p.statistics ? await readStatistics(resolve(config.baseDir, p.statistics), { cwd }) : undefined;
  return { queries, rows: p.rows, costFactor: p.costFactor, budgetMs: config.slowMigrationSeconds * 1000, ...(statistics ? { statistics } : {}) };
}

/** A query's plan at a point: after which migration (undefined: before the change set). */
export interface PlanAt {
  /** The migration just applied ("before the change set" when undefined). */
  after?: string;
  plan?: QueryPlan;
  error?: { sqlstate?: string; message: string };
}

export interface QueryReport {
  name: string;
  file: string;
  before?: PlanAt;
  after?: PlanAt;
  /** How the plan got worse from before to after (empty: it did not). */
  changes: PlanChange[];
}

/** Where the planner's volume came from, per table. */
export interface TableVolume {
  table: string;
  /** Synthetic rows inserted (performance.rows). */
  synthetic?: number;
  fillMs?: number;
  /** Production statistics imported (performance.statistics). */
  statistics?: boolean;
  /** The rows the planner counts for it at the last point (pg_class.reltuples; -1: never analysed), for tables the queries read. */
  plannerRows?: number;
}

export interface PerformanceReport {
  queries: QueryReport[];
  tables: TableVolume[];
  /** Things to know: a fill that failed, statistics not imported and why, a query that never planned. */
  notes: string[];
  costFactor: number;
  /** Time spent filling, analysing, importing and planning. */
  durationMs: number;
}

interface Point {
  migration?: MigrationFile;
  outcomes: PlanOutcome[];
  /** Indexes seen in any plan so far that exist at this point. */
  indexes: Set<string>;
}

export class PlanTracker {
  private readonly points: Point[] = [];
  private readonly filled = new Set<string>();
  private readonly imported = new Set<string>();
  private readonly volumes = new Map<string, TableVolume>();
  private readonly notes: string[] = [];
  private readonly seenIndexes = new Set<string>();
  private readonly plannerRows = new Map<string, { rows: number; empty: boolean }>();
  private spentMs = 0;

  constructor(
    private readonly db: Db,
    private readonly setup: PerformanceSetup,
    private readonly serverVersionNum: number,
  ) {}

  /** Before the change set (no migration) or right after `migration`: volume for new tables, then the plans. */
  async point(migration?: MigrationFile): Promise<void> {
    const started = performance.now();
    // What the migration SET in its session (search_path, a role) does not change how the queries plan.
    await this.db.exec(RESET_SESSION);
    await this.fill();
    await this.importStats();
    const outcomes: PlanOutcome[] = [];
    for (const q of this.setup.queries) {
      const o = await explain(this.db, q.sql);
      for (const s of o.plan?.scans ?? []) for (const i of s.indexes) this.seenIndexes.add(i);
      outcomes.push(o);
    }
    const indexes = new Set<string>();
    for (const i of this.seenIndexes) {
      const r = await this.db.query<{ ok: boolean }>('SELECT pg_catalog.to_regclass($1) IS NOT NULL AS ok', [i]);
      if (r.rows[0]?.ok) indexes.add(i);
    }
    this.points.push({ migration, outcomes, indexes });
    await this.countRows(outcomes);
    this.spentMs += performance.now() - started;
  }

  /** pg_class.reltuples of every relation the plans read: an empty one plans as 1 row (planner-facts.test.ts). */
  private async countRows(outcomes: PlanOutcome[]): Promise<void> {
    this.plannerRows.clear();
    for (const relation of new Set(outcomes.flatMap((o) => o.plan?.scans.map((x) => x.relation) ?? []))) {
      const dot = relation.indexOf('.');
      const r = await this.db.query<{ n: number; bytes: string }>(
        'SELECT c.reltuples::float8 AS n, pg_catalog.pg_relation_size(c.oid) AS bytes FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relname = $2',
        [relation.slice(0, dot), relation.slice(dot + 1)],
      );
      if (r.rows[0]) this.plannerRows.set(relation, { rows: Number(r.rows[0].n), empty: Number(r.rows[0].bytes) === 0 });
    }
  }

  private async fill(): Promise<void> {
    const byResolved = new Map<string, string>();
    for (const name of Object.keys(this.setup.rows)) {
      if (this.filled.has(name)) continue;
      const table = await resolveTable(this.db, name);
      if (table) byResolved.set(table, name);
    }
    if (byResolved.size === 0) return;
    const order = await fillOrder(this.db, [...byResolved.keys()]);
    const { triggersOff } = await withTriggersOff(this.db, async () => {
      for (const table of order) {
        const name = byResolved.get(table)!;
        this.filled.add(name);
        try {
          const r = await fillTable(this.db, table, this.setup.rows[name]!);
          await this.db.exec(`ANALYZE ${table}`);
          this.volumes.set(table, { ...this.volumes.get(table), table, synthetic: r.rows, fillMs: Math.round(r.durationMs) });
        } catch (e) {
          const err = asDbError(e);
          if (!(e instanceof FillError) && !err) throw e;
          this.notes.push(`performance.rows: ${e instanceof FillError ? e.message : `cannot fill ${table}: ${err!.message}`}`);
        }
      }
    });
    if (!triggersOff) this.noteOnce('performance.rows: the tables\' triggers fired for the generated rows (turning them off, session_replication_role = replica, needs a superuser): an audit or other trigger may have written rows of its own');
  }

  private async importStats(): Promise<void> {
    const all = this.setup.statistics ?? [];
    if (all.length === 0) return;
    if (this.serverVersionNum < STATISTICS_MIN_VERSION) {
      if (this.imported.size === 0) {
        this.imported.add('');
        const v = `${Math.floor(this.serverVersionNum / 10000)}`;
        this.notes.push(`performance.statistics: not imported: importing statistics (pg_restore_relation_stats) needs PostgreSQL 18, and this is PostgreSQL ${v}; run check on embedded PostgreSQL (PGlite, 18) or a PostgreSQL 18 server`);
      }
      return;
    }
    for (const stats of all) {
      if (this.imported.has(stats.table)) continue;
      const table = await resolveTable(this.db, stats.table);
      if (!table) continue;
      this.imported.add(stats.table);
      const problems = await importStatistics(this.db, stats);
      for (const p of problems) this.notes.push(`performance.statistics: ${stats.table}: ${p}`);
      this.volumes.set(table, { ...this.volumes.get(table), table, statistics: true });
    }
  }

  /** The findings: one per query that got worse, at the migration after which it first did. */
  findings(): RawFinding[] {
    const out: RawFinding[] = [];
    this.setup.queries.forEach((q, qi) => {
      const { base, changes } = this.compare(qi);
      if (base < 0 || changes.length === 0) return;
      // The migration after which each change first shows, compared with the query's "before".
      const byMigration = new Map<number, PlanChange[]>();
      for (const c of changes) {
        let k = base + 1;
        for (; k < this.points.length; k++) {
          const found = comparePlans(this.points[base]!.outcomes[qi]!, this.points[k]!.outcomes[qi]!, this.setup.costFactor, (i) => this.points[k]!.indexes.has(i));
          if (found.some((f) => changeKey(f) === changeKey(c))) break;
        }
        const at = Math.min(k, this.points.length - 1);
        byMigration.set(at, [...(byMigration.get(at) ?? []), c]);
      }
      for (const [k, list] of byMigration) {
        const m = this.points[k]!.migration;
        if (!m) continue;
        out.push(this.finding(q, m, list, this.points[base]!.outcomes[qi]!.plan!, this.points[k]!.outcomes[qi]!));
      }
    });
    return out;
  }

  private compare(qi: number): { base: number; changes: PlanChange[] } {
    const base = this.points.findIndex((p) => p.outcomes[qi]!.plan !== undefined);
    const last = this.points[this.points.length - 1];
    if (base < 0 || !last) return { base, changes: [] };
    return { base, changes: comparePlans(this.points[base]!.outcomes[qi]!, last.outcomes[qi]!, this.setup.costFactor, (i) => last.indexes.has(i)) };
  }

  private finding(q: CriticalQuery, m: MigrationFile, changes: PlanChange[], before: QueryPlan, at: PlanOutcome): RawFinding {
    const parts: string[] = [];
    for (const c of changes) {
      const gone = c.goneIndexes.length ? ` (index ${c.goneIndexes.join(', ')} ${c.goneIndexes.length > 1 ? 'are' : 'is'} gone)` : '';
      if (c.kind === 'fails') parts.push(`planned before (${c.before}) and fails after it: ${c.after}`);
      else if (c.kind === 'seq-scan') parts.push(`${c.relation}: ${c.before} → ${c.after}${gone}`);
      else if (c.kind === 'index-gone') parts.push(`${c.relation}: ${c.before} → ${c.after}${gone}, and the plan costs more`);
      else parts.push(`estimated cost ${c.before} → ${c.after} (×${(at.plan!.cost / Math.max(before.cost, 0.01)).toFixed(1)}, more than costFactor ${this.setup.costFactor})`);
    }
    if (at.plan && !changes.some((c) => c.kind === 'cost')) parts.push(`estimated cost ${fmtCost(before.cost)} → ${fmtCost(at.plan.cost)}`);
    const stmt = statementFor(m, changes, at, before);
    const fails = changes.some((c) => c.kind === 'fails');
    return {
      rule: 'query-plan-regression',
      file: m,
      offset: stmt?.start,
      line: stmt ? m.position(stmt.start).line : 1,
      column: stmt ? m.position(stmt.start).column : 1,
      message: `after ${m.rel}, the critical query ${q.file} ${fails ? '' : 'plans worse: '}${parts.join('; ')}`,
      ...(fails ? { severity: 'error' as const, help: 'The change breaks a critical query: change the query in the same pull request, or keep what it reads (a view under the old name, the old column until the code no longer uses it).' } : {}),
    };
  }

  report(): PerformanceReport {
    const last = this.points[this.points.length - 1];
    if (!last) this.noteOnce('no migration is new in this change set: the critical queries were not planned');
    for (const name of Object.keys(this.setup.rows)) {
      if (last && !this.filled.has(name)) this.noteOnce(`performance.rows: ${name} was not filled: no such table after the change set`);
    }
    for (const s of this.setup.statistics ?? []) {
      if (last && this.serverVersionNum >= STATISTICS_MIN_VERSION && !this.imported.has(s.table)) this.noteOnce(`performance.statistics: ${s.table} was not imported: no such table after the change set`);
    }
    const queries: QueryReport[] = this.setup.queries.map((q, qi) => {
      const { base, changes } = this.compare(qi);
      const at = (i: number): PlanAt | undefined => {
        const p = this.points[i];
        if (!p) return undefined;
        const o = p.outcomes[qi]!;
        return { ...(p.migration ? { after: p.migration.rel } : {}), ...(o.plan ? { plan: o.plan } : { error: o.error }) };
      };
      if (base < 0 && last) this.noteOnce(`${q.file} does not plan at any point: ${last.outcomes[qi]!.error?.message ?? 'no plan'}`);
      return { name: q.name, file: q.file, before: base >= 0 ? at(base) : undefined, after: at(this.points.length - 1), changes };
    });
    if (this.setup.budgetMs > 0 && this.spentMs > this.setup.budgetMs) {
      this.noteOnce(`filling the tables and planning the queries took ${(this.spentMs / 1000).toFixed(1)} s, more than slowMigrationSeconds (${this.setup.budgetMs / 1000} s): lower performance.rows`);
    }
    // Every table the queries read, with the rows the planner counts; an empty one is worth a note.
    const tables = [...this.volumes.values()];
    const unquote = (t: string) => t.replace(/"/g, '');
    for (const [relation, { rows, empty }] of this.plannerRows) {
      const known = tables.find((t) => unquote(t.table) === relation);
      if (known) known.plannerRows = rows;
      else tables.push({ table: relation, plannerRows: rows });
      // PostgreSQL scales its estimate by the pages on disk: an empty table plans as one, statistics or not.
      if (empty && known?.synthetic === undefined) {
        this.noteOnce(`${relation} is empty: the plans read it as an empty table's${known?.statistics ? ' (imported statistics do not change that)' : ''}; add it to performance.rows`);
      }
    }
    return { queries, tables, notes: [...this.notes], costFactor: this.setup.costFactor, durationMs: Math.round(this.spentMs) };
  }

  private noteOnce(note: string): void {
    if (!this.notes.includes(note)) this.notes.push(note);
  }
}

/** The statement of `m` a finding points at: the one naming a gone index, the relation, or what the error names. */
function statementFor(m: MigrationFile, changes: PlanChange[], at: PlanOutcome, before: QueryPlan) {
  const bare = (n: string) => n.slice(n.indexOf('.') + 1);
  const names = [
    ...changes.flatMap((c) => c.goneIndexes.map((i) => i.slice(i.indexOf('.') + 1))),
    ...changes.flatMap((c) => (c.relation ? [c.relation.slice(c.relation.indexOf('.') + 1)] : [])),
    ...[...(at.error?.message.matchAll(/"([^"]+)"/g) ?? [])].map((x) => x[1]!),
    ...before.scans.map((s) => bare(s.relation)),
  ];
  const statements = m.parsed.statements.filter((s) => s.kind !== 'TransactionStmt');
  for (const name of names) {
    const re = new RegExp(`(^|[^\\w$])"?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?($|[^\\w$])`, 'i');
    const hit = statements.find((s) => re.test(m.text.slice(s.start, s.end)));
    if (hit) return hit;
  }
  return statements[0] ?? m.parsed.statements[0];
}
