/**
 * `check`'s database state cache (issue #16 §2). With --base (a PR), the migrations before the
 * change set's first one are the same on every push: the scratch database's state after them is
 * saved once and the next `check` starts from it, applying and verifying only the rest.
 *
 * An entry is keyed by everything that decides that state: the entry format, migration-guard's
 * version (how files are split and sent), the engine build (PGlite's package version and scratch
 * settings), the extensions the instance is started with, the effective configuration (schema,
 * history table, placeholders, transactions …, as JSON), the runner's layout and tracking table,
 * and, in order, every merged migration's path, kind, version, description, the text as sent
 * (after placeholders and the layout's replacements), the text as written (the tracking rows) and
 * how the runner sends it. Any difference is another key, so a stale entry is never used.
 *
 * On disk, in cacheDir() (pglite-template.ts): `check-<key>.tar.gz` (PGlite's dumpDataDir, gzip)
 * and `check-<key>.json` (what the cold run recorded about those migrations, and the tarball's
 * SHA-256), each written to a temporary file and renamed. An entry whose JSON does not parse,
 * whose tarball is missing or does not match its hash, or that PGlite cannot load, is deleted and
 * counts as a miss: the run is then a cold one and saves a new entry. At most CACHE_ENTRIES
 * entries are kept (the newest, by modification time; a hit touches its entry).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { removeQuietly, removeStaleTemporaries, writeAtomically } from '../db/pglite-template.js';
import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import type { ApplyMode } from '../db/apply.js';
import type { MetricsReading } from '../db/metrics.js';
import { configJson, type Config } from '../load/config.js';
import { nameListKey } from '../model/ast.js';
import { mayCreateRoutine } from '../model/statements.js';
import { inChangeSet, type MigrationFile, type Project } from '../model/project.js';

/**
 * Entries kept in the cache directory, and cache databases on a server. On PGlite an entry is a
 * gzip tarball: 5.3 MB for 300 generated migrations (bench/chain.mjs). Uncompressed (39 MB) was
 * measured here too: warm check 2.70 s instead of 2.82 s, but 449 MB peak RSS instead of 346 MB
 * when saving; kept gzip.
 */
export const CACHE_ENTRIES = 8;
export const FORMAT = 1;

/** What the cold run found about one merged migration, reported again on a warm run. */
export interface CachedMigration {
  mode?: ApplyMode;
  durationMs?: number;
}

export interface CacheMeta {
  format: number;
  key: string;
  /** Merged migrations applied to reach the state. */
  migrations: number;
  createdAt: string;
  /** SHA-256 (hex) and size in bytes of the tarball. */
  sha256: string;
  bytes: number;
  entries: CachedMigration[];
  /** The scratch database's metrics before its first migration (src/db/metrics.ts), as the cold run read them. */
  before: MetricsReading | null;
}

/** Whether a record read back (a file's JSON, a cache database's comment) is the record of `plan`'s entry. */
export function isRecordOf(meta: CacheMeta, plan: CachePlan): boolean {
  return meta.format === FORMAT && meta.key === plan.key && meta.migrations === plan.count && meta.entries?.length === plan.count;
}

/** Which state of one project can be cached: the first `count` migrations, under `key`. */
export interface CachePlan {
  key: string;
  count: number;
  dir: string;
}

/** What a run did with the cache, per project; the report says it. */
export interface CacheUse {
  status: 'restored' | 'saved';
  key: string;
  /** Merged migrations restored (or saved) as one state. */
  migrations: number;
}

/**
 * The cacheable prefix of a project's chain and its key, or undefined when there is none: no
 * --base, no merged migration before the change set, or a file outside the prefix redefines a
 * procedure the prefix defines (the runner's CALL handling looks procedures up project-wide; a
 * rollback that recreates a trigger function of the prefix, as crates.io's do, is no such case).
 * `engine` names the engine build and `extensions` the extensions the instance starts with.
 */
export function cachePlan(project: Project, config: Config, engine: string, extensions: Iterable<string>, dir: string): CachePlan | undefined {
  if (!project.base) return undefined;
  const first = project.migrations.findIndex((m) => inChangeSet(project, m));
  const count = first < 0 ? project.migrations.length : first;
  if (count === 0) return undefined;
  const prefix = project.migrations.slice(0, count);
  const inPrefix = new Set(prefix);
  const routines = (files: MigrationFile[]) =>
    // Procedures only: what the lookup decides is whether a CALL commits (statements.ts endsTransaction).
    new Set(files.flatMap((f) => (!mayCreateRoutine(f.text) ? [] : f.parsed.statements).filter((s) => s.kind === 'CreateFunctionStmt' && s.node['is_procedure']).map((s) => nameListKey(s.node['funcname']) ?? '')));
  const defined = routines(prefix);
  for (const r of routines(project.files.filter((f) => !inPrefix.has(f)))) if (r && defined.has(r)) return undefined;
  const h = createHash('sha256');
  const part = (x: unknown) => h.update(JSON.stringify(x) ?? 'undefined').update('\0');
  part([FORMAT, pkg.version, engine, [...extensions].sort()]);
  h.update(configJson(config)).update('\0');
  const layout = project.layout;
  part(layout ? [layout.name, layout.tracking?.table, layout.tracking?.create, layout.replace] : null);
  for (const m of prefix) {
    part([m.rel, m.kind, m.version?.raw, m.description, m.execution, m.section, m.chunks, m.companionText, m.decoded.problem ?? null]);
    h.update(m.text).update('\0').update(m.decoded.text).update('\0');
  }
  return { key: h.digest('hex').slice(0, 24), count, dir };
}

const files = (plan: CachePlan) => ({ tar: join(plan.dir, `check-${plan.key}.tar.gz`), meta: join(plan.dir, `check-${plan.key}.json`) });

/** Deletes an entry (both files); never throws (a read-only cache keeps it: it stays a miss). */
export function dropEntry(plan: CachePlan): void {
  const f = files(plan);
  removeQuietly(f.meta);
  removeQuietly(f.tar);
}

/**
 * The entry for `plan`: its record and tarball, or undefined (a miss). An entry that does not
 * read back whole (JSON, hash, size, counts) is deleted first.
 */
export function loadEntry(plan: CachePlan): { meta: CacheMeta; dump: Blob } | undefined {
  const f = files(plan);
  let text: string;
  try {
    text = readFileSync(f.meta, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const meta = JSON.parse(text) as CacheMeta;
    if (!isRecordOf(meta, plan)) throw new Error('another entry');
    const bytes = readFileSync(f.tar);
    if (bytes.length !== meta.bytes || createHash('sha256').update(bytes).digest('hex') !== meta.sha256) throw new Error('tarball does not match');
    try {
      const now = new Date();
      utimesSync(f.meta, now, now); // the newest, for pruning
    } catch {
      /* a read-only cache: used as it is */
    }
    return { meta, dump: new Blob([bytes]) };
  } catch {
    dropEntry(plan);
    return undefined;
  }
}

/**
 * Writes an entry (tarball first, then its record, each atomically) and prunes the directory to
 * the newest CACHE_ENTRIES entries. True when written; otherwise why not (a read-only or full
 * disk, a file in the way): the next run is cold again, and the caller says so.
 */
export async function saveEntry(plan: CachePlan, dump: Blob, entries: CachedMigration[], before: MetricsReading | null): Promise<true | string> {
  const f = files(plan);
  try {
    const bytes = Buffer.from(await dump.arrayBuffer());
    const meta: CacheMeta = {
      format: FORMAT,
      key: plan.key,
      migrations: plan.count,
      createdAt: new Date().toISOString(),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      entries,
      before,
    };
    writeAtomically(f.tar, bytes);
    writeAtomically(f.meta, JSON.stringify(meta));
  } catch (e) {
    return (e as Error).message;
  }
  try {
    prune(plan.dir);
  } catch {
    /* saved; pruned next time */
  }
  return true;
}

/** Keeps the newest CACHE_ENTRIES entries (by their record's mtime); deletes the rest and stray temporary files over an hour old. */
function prune(dir: string): void {
  const names = readdirSync(dir);
  const entries = names
    .filter((n) => /^check-[0-9a-f]+\.json$/.test(n))
    .map((n) => ({ key: n.slice(6, -5), mtime: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const e of entries.slice(CACHE_ENTRIES)) dropEntry({ key: e.key, count: 0, dir });
  const live = new Set(entries.slice(0, CACHE_ENTRIES).map((e) => e.key));
  for (const n of names) {
    const tar = /^check-([0-9a-f]+)\.tar\.gz$/.exec(n);
    // A tarball without its record (a run stopped between the two renames) is an orphan.
    if (tar && !live.has(tar[1]!) && !names.includes(`check-${tar[1]}.json`)) removeQuietly(join(dir, n));
  }
  removeStaleTemporaries(dir, names, 'check-');
}
