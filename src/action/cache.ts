/**
 * The Action's cache directory kept between workflow runs with @actions/cache (issue #16). On a
 * runner every job starts on a new machine, so the lint cache (DIR/lint, src/lint/cache-store.ts),
 * check's database state cache (DIR/check-<key>.tar.gz, src/check/db-cache.ts) and PGlite's fresh
 * data directory (DIR/pglite-<build>-fresh.tar.gz, src/db/pglite-template.ts) would always be
 * empty: the directory is restored before `check` and saved after it.
 *
 * Keys. A key of GitHub's cache is immutable (a second save under it is refused), so an entry is
 * saved under a key unique to what produced its content: `migration-guard-v1-<RUNNER_OS>-<hex>`,
 * hex = SHA-256 (first 32 hex digits) of the tool (version and bundle, buildId), the effective
 * configuration, the working directory inside the repository, and every migration file's path
 * and bytes at HEAD. A restore asks, in order, for HEAD's key (a re-run: this content exactly),
 * the same key built from the BASE commit's files (what the base branch's push saved), then any
 * entry of the prefix `migration-guard-v1-<RUNNER_OS>-` (the service returns the newest it lets this
 * run see: a pull request sees its own branch's, its base branch's and the default branch's). Entries of the caches inside are keyed by their own content, so a
 * restored entry of other files is never a wrong result: what does not match is a miss.
 *
 * Failures of the cache service (no service outside GitHub, network errors, 4xx/5xx) never fail
 * the step: @actions/cache logs its own warning and returns nothing, this module logs one line
 * saying what was restored or saved, and the run goes on cold. @actions/cache 6.3 (measured with
 * test/helpers/fake-cache-service.ts): on the v2 service a call answered 500/502/503/504 is tried
 * 5 times, waiting 3 s, then ×1.5 each time (~30 s in all), once for the restore and once for the
 * save; a refused connection fails at once.
 */
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildId } from '../lint/cache-store.js';
import { configJson, type Config } from '../load/config.js';
import { readSqlFiles } from '../load/fs.js';
import { readFilesAtRef } from '../load/git.js';
import { LAYOUT_EXTRA_FILES } from '../load/layouts/index.js';
import type { SourceFile } from '../model/project.js';

/** Part of every key: a change of what the directory holds (or of the key's parts) starts a new line of entries. */
const KEY_FORMAT = 'v1';

/**
 * The directory restored, passed to check as its cache directory and saved: MIGRATION_GUARD_CACHE_DIR
 * when the workflow sets it, else `migration-guard-cache` in the runner's RUNNER_TEMP (emptied
 * after every job; the same path on every job of a repository, which @actions/cache needs: the
 * path is part of an entry's version), else in the system's temporary directory.
 */
export function actionCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['MIGRATION_GUARD_CACHE_DIR'] || join(env['RUNNER_TEMP'] || tmpdir(), 'migration-guard-cache');
}

/** `migration-guard-v1-<os>-`: every key starts so; RUNNER_OS (Linux, Windows, macOS), else Node's platform. */
export function keyPrefix(env: NodeJS.ProcessEnv = process.env): string {
  return `migration-guard-${KEY_FORMAT}-${env['RUNNER_OS'] || process.platform}-`;
}

/** What, besides the migration files, decides the directory's content: the same for HEAD's key and the base's. */
export interface KeyFacts {
  /** migration-guard's version (inputs.ts toolVersion). */
  version: string;
  /** The effective configuration (placeholders, rules, locations, …). */
  config: Config;
  /** The working directory inside the repository ("" or "db/"). */
  prefix: string;
}

/**
 * The key for `files` (paths relative to the working directory, any order) under `facts`:
 * keyPrefix() + 32 hex digits of SHA-256. Each file is hashed as its path, its length in bytes
 * and its bytes, in path order, so two listings with the same files give the same key.
 */
export function contentKey(facts: KeyFacts, files: readonly SourceFile[], env: NodeJS.ProcessEnv = process.env): string {
  const h = createHash('sha256');
  const config = configJson(facts.config);
  h.update(JSON.stringify([KEY_FORMAT, facts.version, buildId(), facts.prefix])).update('\0').update(config).update('\0');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(`${f.path}\0${f.bytes.length}\0`).update(f.bytes);
  }
  return keyPrefix(env) + h.digest('hex').slice(0, 32);
}

/** What is read as a migration below the roots: .sql, Flyway's sqlMigrationSuffixes, a layout's own files (diesel's metadata.toml). */
const suffixesOf = (config: Config) => [...config.sqlMigrationSuffixes, ...LAYOUT_EXTRA_FILES];

/** The migration files under `roots` (absolute directories; missing ones skipped) in the working tree. Throws UsageError as readSqlFiles does. */
export function filesInTree(cwd: string, roots: string[], config: Config): SourceFile[] {
  return roots.filter((r) => existsSync(r)).flatMap((root) => readSqlFiles(root, { cwd, boundary: config.baseDir, suffixes: suffixesOf(config) }));
}

/** The migration files under `roots` at the git commit `ref` (paths as if checked out). Throws UsageError for an unknown ref. */
export function filesAtRef(cwd: string, roots: string[], config: Config, ref: string): SourceFile[] {
  return roots.flatMap((root) => readFilesAtRef(root, ref, cwd, suffixesOf(config)));
}

/** The keys of one run: `save`, the key of this run's content; `restore`, the keys asked for, best first. */
export interface CacheKeys {
  save: string;
  restore: string[];
}

/** A restored (or empty) directory and what save() needs to know. */
export interface Persisted {
  dir: string;
  key: string;
  /** The key of the entry restored; undefined when none was. */
  restoredKey: string | undefined;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Makes `dir` and restores the newest entry matching `keys().restore` into it (@actions/cache's
 * restoreCache: a tar archive extracted in place). Returns undefined when the cache service is not
 * available here (ACTIONS_RESULTS_URL with ACTIONS_CACHE_SERVICE_V2, else ACTIONS_CACHE_URL, unset:
 * a run outside GitHub) or the keys could not be computed (a log line says which); never throws.
 * `keys` is called only when the service is available.
 */
export async function restoreDir(dir: string, keys: () => CacheKeys): Promise<Persisted | undefined> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    core.warning(`The cache directory ${dir} could not be made (${message(e)}): running without the cache.`);
    return undefined;
  }
  if (!cache.isFeatureAvailable()) {
    core.info('The Actions cache service is not available here (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL): the caches start empty and are not kept.');
    return undefined;
  }
  let k: CacheKeys;
  try {
    k = keys();
  } catch (e) {
    core.warning(`The cache key could not be computed (${message(e)}): the caches start empty and are not kept.`);
    return undefined;
  }
  const restore = [...new Set(k.restore)];
  let restoredKey: string | undefined;
  try {
    // Failures of the service are logged by restoreCache itself and come back as undefined.
    restoredKey = await cache.restoreCache([dir], restore[0]!, restore.slice(1));
  } catch (e) {
    core.warning(`The cache could not be restored (${message(e)}): running without it.`);
  }
  if (restoredKey) core.info(`Cache restored from key ${restoredKey}${restoredKey === k.save ? ' (this exact content)' : ''}.`);
  else core.info(`No cache restored (keys ${restore.join(', ')}): the caches start empty.`);
  return { dir, key: k.save, restoredKey };
}

/**
 * Saves the directory under `p.key` (@actions/cache's saveCache: a tar archive uploaded), unless
 * that key was the one restored (the entry holds this content already: a key is never saved
 * twice). A refusal (the key exists: saved meanwhile by another job) or any other failure is a log
 * line or warning; never throws.
 */
export async function saveDir(p: Persisted): Promise<void> {
  if (p.restoredKey === p.key) {
    core.info(`Cache not saved: key ${p.key} was restored, so its entry holds this content already.`);
    return;
  }
  try {
    // -1: not saved; saveCache logged why (the key exists, the service failed, cache-mode denies writes).
    const id = await cache.saveCache([p.dir], p.key);
    core.info(id === -1 ? `Cache not saved under key ${p.key} (see above).` : `Cache saved under key ${p.key}.`);
  } catch (e) {
    core.warning(`The cache could not be saved under key ${p.key} (${message(e)}).`);
  }
}

/**
 * The keys of a `check` run (see the module comment): HEAD's from the working tree's files; the
 * base's from `baseFiles` (read through the API) or the files at the git ref `base`, when either is
 * known and readable (an unknown ref is left to check to report). Throws what reading the working
 * tree throws (UsageError).
 */
export function checkKeys(o: { cwd: string; roots: string[]; config: Config; facts: KeyFacts; base?: string; baseFiles?: SourceFile[] }): CacheKeys {
  const save = contentKey(o.facts, filesInTree(o.cwd, o.roots, o.config));
  let baseKey: string | undefined;
  try {
    const files = o.baseFiles ?? (o.base !== undefined ? filesAtRef(o.cwd, o.roots, o.config, o.base) : undefined);
    if (files) baseKey = contentKey(o.facts, files);
  } catch {
    // check reads the base again and says what is wrong with it
  }
  return { save, restore: [save, ...(baseKey ? [baseKey] : []), keyPrefix()] };
}
