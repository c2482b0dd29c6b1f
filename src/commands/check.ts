/**
 * `check`: the lint, then every migration set (the configured `migrations` and `locations:`
 * together, as one chain in Flyway's order; any other directory named, alone) applied to a scratch database of its own
 * (embedded PGlite without --database-url; a temporary database on the server with one, dropped
 * afterwards), with rollback verification, lock trace, schema diff and timing. Printing is left
 * to the caller (src/report/check.ts).
 */
import { rules } from '../../rules/index.js';
import { combineFindings, checkProject, disagreements, type CheckProgress, type Disagreement, type MigrationCheck, type PostgresInfo } from '../check/run.js';
import type { DiffLine, SchemaDiff } from '../check/diff.js';
import { compactWasm, dumpState, maskUrl, openScratch, pgliteBuild, type ConnectOptions } from '../db/engine.js';
import { cacheDir } from '../db/pglite-template.js';
import { cachePlan, dropEntry, loadEntry, saveEntry, type CachedMigration, type CacheMeta, type CacheUse } from '../check/db-cache.js';
import { saveServerEntry, serverCacheName, serverEntry } from '../check/db-cache-server.js';
import { requestedExtensions } from '../db/extensions.js';
import { combineMetrics, managedSchemas, measureRun, tryRead, withoutTime, type RunMetrics } from '../db/metrics.js';
import { toPostgresUrl } from '../db/url.js';
import { rolesCreatedBy } from '../model/statements.js';
import { lintProject, sortFindings } from '../lint/engine.js';
import type { Finding } from '../lint/types.js';
import type { Config } from '../load/config.js';
import { lintCacheFor, lintOptionsFor, loadProjects, reportedFiles, sortInMigrationOrder, type LintRequest } from './lint.js';
import { loadPerformance, type PerformanceReport } from '../check/performance.js';

export interface CheckRequest extends LintRequest {
  /** A PostgreSQL server to create the scratch database on; undefined: embedded PGlite. */
  databaseUrl?: string;
  onProgress?: (p: CheckProgress) => void;
  /** Told before each wait between connection attempts (connectRetries). */
  onConnectRetry?: ConnectOptions['onRetry'];
  /**
   * --cache-on-server: with --database-url, keep the state cache as mg_cache_* databases on that
   * server. Off by default: check leaves a server as it found it (a service container is new for
   * every job anyway, so only a long-lived server gains from it).
   */
  cacheOnServer?: boolean;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  /** SQL files read. */
  files: number;
  /** Versioned and repeatable migrations. */
  migrations: number;
  applied: number;
  failed: number;
  skipped: number;
  /** New migrations whose rollback was verified (up → down → up). */
  rollbacksVerified: number;
  /** Rollbacks that failed or were incomplete. */
  rollbacksBroken: number;
  dangerousLocks: number;
  /** Merged migrations not applied by this run: their state came from check's database state cache. */
  restored?: number;
  durationMs: number;
}

export interface CheckResult {
  /** Lint findings and check findings, sorted by file then line. */
  findings: Finding[];
  /** Lint predictions (a rewrite) that PostgreSQL contradicted on the scratch database. */
  disagreements: Disagreement[];
  summary: CheckSummary;
  /** Per migration (and seeds/test.sql), in the order they ran, every root one after the other. */
  migrations: MigrationCheck[];
  /** Change-set schema diff (of all roots together). */
  schemaDiff: SchemaDiff;
  /** The same, as people read it. */
  schemaChanges: DiffLine[];
  /** False when a failure stopped a chain before its end. */
  complete: boolean;
  postgres: PostgresInfo;
  config: Config;
  /**
   * Tables, indexes and size of the scratch database before the first migration and after the
   * seeds, each applied migration's duration (src/db/metrics.ts); with several migration sets,
   * their scratch databases summed. Always set by runCheck (optional for results built by hand).
   */
  metrics?: RunMetrics;
  /** The critical queries' plans before/after the change set (performance: configured), every root's together. */
  performance?: PerformanceReport;
  /** What check's database state cache did, per migration set that used it (restored or saved a state). */
  cache?: CacheUse[];
}

export async function runCheck(req: CheckRequest): Promise<CheckResult> {
  const started = performance.now();
  if (req.databaseUrl) req = { ...req, databaseUrl: toPostgresUrl(req.databaseUrl).url }; // jdbc:postgresql URLs too
  // Embedded PostgreSQL: V8's compact WASM settings before any WASM (the parser's too) is compiled.
  if (!req.databaseUrl) compactWasm();
  // Lazily parsed: what the state cache restores and the lint cache holds is never parsed.
  const { config, projects } = await loadProjects(req, !req.noCache);
  const env = req.env ?? process.env;
  // The lint cache (src/lint/cache.ts) as `lint` uses it (--cache-dir DIR: DIR/lint).
  const lintCache = lintCacheFor(req, config);
  // check's database state cache and the fresh PGlite data directory: --cache-dir DIR itself.
  const stateDir = req.cacheDir ?? cacheDir(env);
  const perfSetup = await loadPerformance(config, req.cwd);
  let perf: PerformanceReport | undefined;
  const lint: Finding[] = [];
  const found: Finding[] = [];
  const migrations: MigrationCheck[] = [];
  const schemaDiff: SchemaDiff = { added: [], changed: [], dropped: [] };
  const schemaChanges: DiffLine[] = [];
  let complete = true;
  let postgres: PostgresInfo | undefined;
  let files = 0;
  let migrationCount = 0;
  // The migrations the counts are about: those named (all without PATHs); the others only build the state.
  const inScope = new Set<string>();
  const measured: RunMetrics[] = [];
  const cacheUses: CacheUse[] = [];
  const slowMs = config.slowMigrationSeconds * 1000;
  // A new migration over the limit is already a slow-migration finding: no run-total warning then.
  const slowFinding = (list: MigrationCheck[]) => config.slowMigrationSeconds > 0 && list.some((m) => m.isNew && m.kind !== 'seed' && (m.durationMs ?? 0) > slowMs);

  for (const { project, targets } of projects) {
    files += reportedFiles(project, targets);
    const named = project.migrations.filter((m) => !targets || targets.has(m.rel));
    migrationCount += named.length;
    for (const m of named) inScope.add(m.path);
    lint.push(...lintProject(project, rules, lintOptionsFor(config, project), lintCache.cache));
    const engine = req.databaseUrl ? `a scratch database on ${maskUrl(req.databaseUrl)}` : 'embedded PostgreSQL (PGlite)';
    const total = project.migrations.length;
    const engineStarted = performance.now();
    const extensions = requestedExtensions(project);
    // check's database state cache, with --base: a tarball of PGlite's data directory (db-cache.ts),
    // or a database on the server (db-cache-server.ts).
    const url = req.databaseUrl;
    const plan = req.noCache || (url && !req.cacheOnServer) ? undefined : cachePlan(project, config, url ? 'postgres' : pgliteBuild(), extensions, stateDir);
    let hit: { meta: CacheMeta; dump?: Blob } | undefined = plan ? (url ? await serverEntry(url, plan).then((meta) => meta && { meta }) : loadEntry(plan)) : undefined;
    req.onProgress?.({ file: engine, phase: 'engine', status: 'start', elapsedMs: 0, index: 0, total });
    const open = (from?: Blob) =>
      openScratch(url, {
        connectRetries: config.connectRetries,
        onRetry: req.onConnectRetry,
        extensions,
        roles: rolesCreatedBy(project.files),
        cacheDir: stateDir,
        ...(from ? { from } : {}),
        ...(url && hit && plan ? { template: serverCacheName(plan) } : {}),
      });
    const scratch = await (hit?.dump
      ? open(hit.dump).catch(() => {
          // A tarball PGlite cannot load: a miss; the entry is deleted and saved again below.
          dropEntry(plan!);
          hit = undefined;
          return open();
        })
      : open()
    ).catch((e: unknown) => {
      req.onProgress?.({ file: engine, phase: 'engine', status: 'failed', elapsedMs: performance.now() - engineStarted, index: 0, total });
      throw e;
    });
    req.onProgress?.({ file: engine, phase: 'engine', status: 'ok', elapsedMs: performance.now() - engineStarted, index: 0, total });
    if (url && !scratch.restored) hit = undefined; // the cache database was in use or gone: started empty
    try {
      const measure = {
        command: 'check' as const,
        database: 'scratch' as const,
        schemas: managedSchemas(project, config.schema),
        // The runner's own table is bookkeeping, as Flyway's history table is.
        history: project.layout ? { schema: 'public', table: project.layout.tracking?.table ?? config.historyTable } : { schema: config.schema, table: config.historyTable },
        slowMigrationSeconds: config.slowMigrationSeconds,
        url: req.databaseUrl,
      };
      // The metrics before the first migration: the cold run's, when the state is restored.
      const before = hit?.meta.before ?? (plan ? await tryRead(scratch.db, measure) : undefined);
      const cacheOpts = hit
        ? { restored: { count: plan!.count, entries: hit.meta.entries } }
        : plan
          ? {
              saveAt: {
                count: plan.count,
                save: async (entries: CachedMigration[]) => {
                  const reading = typeof before === 'object' ? before : null;
                  const dump = dumpState(scratch.db);
                  const saved = url ? await saveServerEntry(url, scratch, plan, entries, reading) : dump ? await saveEntry(plan, await dump, entries, reading) : false;
                  if (saved === true) {
                    cacheUses.push({ status: 'saved', key: plan.key, migrations: plan.count });
                  } else if (typeof saved === 'string') {
                    req.onNote?.(`the database state could not be saved in ${plan.dir} (${saved}): the next check applies the merged migrations again`);
                  }
                },
              },
            }
          : {};
      if (hit) cacheUses.push({ status: 'restored', key: plan!.key, migrations: plan!.count });
      const r = await measureRun(
        scratch.db,
        { ...measure, ...(typeof before === 'object' ? { before } : {}) },
        () => checkProject(scratch.db, project, { config, onProgress: req.onProgress, copy: () => scratch.copy(), performance: perfSetup, ...cacheOpts }),
        (p) => p.migrations.filter((m) => m.kind !== 'seed' && m.applied === 'ok').map((m) => ({ file: m.file, version: m.version ?? null, durationMs: Math.round(m.durationMs ?? 0) })),
        (p) => slowFinding(p.migrations),
      );
      // What a deploy would spend is the migrations' own time: check's other work (snapshots, rollback
      // verification, the synthetic fill and the query plans) is left out of the duration and its warning.
      const applying = r.metrics.migrations.reduce((sum, m) => sum + m.durationMs, 0);
      measured.push(withoutTime(r.metrics, r.metrics.durationMs - applying, slowFinding(r.migrations)));
      if (r.performance) perf = mergePerformance(perf, r.performance);
      found.push(...r.findings);
      migrations.push(...r.migrations);
      schemaDiff.added.push(...r.schemaDiff.added);
      schemaDiff.changed.push(...r.schemaDiff.changed);
      schemaDiff.dropped.push(...r.schemaDiff.dropped);
      schemaChanges.push(...r.schemaChanges);
      complete &&= r.complete;
      postgres ??= r.postgres;
    } finally {
      await scratch.dispose();
    }
  }

  lintCache.done();
  // In migration order (V2 before V10, a rollback after its migration), as lint lists them.
  const findings = sortInMigrationOrder(combineFindings(sortFindings(lint), found, migrations), projects.map((p) => p.project));
  const disagreed = disagreements(lint, migrations);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const counted = migrations.filter((m) => m.kind !== 'seed' && inScope.has(m.file));
  const summary: CheckSummary = {
    errors,
    warnings: findings.length - errors,
    files,
    migrations: migrationCount,
    // Migrations only (seeds/test.sql runs too, but is not one), and only those named.
    applied: counted.filter((m) => m.applied === 'ok').length,
    failed: counted.filter((m) => m.applied === 'failed').length,
    skipped: counted.filter((m) => m.applied === 'skipped').length,
    rollbacksVerified: counted.filter((m) => m.rollback === 'verified').length,
    rollbacksBroken: counted.filter((m) => m.rollback === 'failed' || m.rollback === 'incomplete').length,
    dangerousLocks: findings.filter((f) => f.rule === 'dangerous-lock').length,
    restored: migrations.filter((m) => m.restored).length,
    durationMs: performance.now() - started,
  };
  return {
    findings,
    summary,
    migrations,
    schemaDiff,
    schemaChanges,
    complete,
    postgres: postgres ?? { engine: req.databaseUrl ? 'postgres' : 'pglite', version: '', full: '', label: '' },
    disagreements: disagreed,
    config,
    metrics: combineMetrics(measured, slowFinding(migrations)),
    ...(perf ? { performance: perf } : {}),
    ...(cacheUses.length ? { cache: cacheUses } : {}),
  };
}

function mergePerformance(a: PerformanceReport | undefined, b: PerformanceReport): PerformanceReport {
  if (!a) return b;
  return { ...a, queries: [...a.queries, ...b.queries], tables: [...a.tables, ...b.tables], notes: [...a.notes, ...b.notes], durationMs: a.durationMs + b.durationMs };
}
