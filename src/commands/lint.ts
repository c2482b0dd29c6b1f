/**
 * `lint`: config → files on disk (and at --base) → project model → rules → findings.
 * Shared by the CLI and the Action; printing is left to the caller.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { rules } from '../../rules/index.js';
import { CHECK_RULE_IDS } from '../check/rules.js';
import { ConfigError, UsageError } from '../errors.js';
import { buildId, DirectoryLintCache, lintCacheDir } from '../lint/cache-store.js';
import type { LintCache } from '../lint/cache.js';
import { lintProject, SUPPRESSION_RULE, type LintOptions } from '../lint/engine.js';
import type { Finding, SeveritySetting } from '../lint/types.js';
import { loadConfig, type Config } from '../load/config.js';
import { assertInside, configuredLocations, isInside, kindOfPath, readLocations, realPathOf } from '../load/fs.js';
import { readFilesAtRef } from '../load/git.js';
import { classifyBaseName, namingOf } from '../load/naming.js';
import { chooseLayout, EXTRA_FILES, goMigrations, keepFor } from '../load/layout-choice.js';
import { compareVersions, versionKey, type Version } from '../load/version.js';
import { prepareProject, type MigrationFile, type Project, type SourceFile } from '../model/project.js';
import { initParser, LazyParsed } from '../parse/parser.js';
import { parseAll } from '../parse/pool.js';

export interface LintRequest {
  cwd: string;
  paths: string[];
  base?: string;
  configPath?: string;
  environment?: string;
  /** Extra placeholder values (override the config). */
  placeholders?: Record<string, string>;
  /** Parser worker threads (see parse/pool.ts); 0 or none: parse in-process. */
  workers?: number;
  /**
   * The files as they are at the base (`path` relative to cwd), instead of reading `base` from git:
   * the Action builds them through the GitHub API when the checkout lacks the base commit.
   */
  baseFiles?: SourceFile[];
  /** Rule severities that override the config's `rules:` (--rule ID=LEVEL, --exclude-rule ID). */
  rules?: Record<string, SeveritySetting>;
  /**
   * `lint -`: one file's content, linted as if it were the file at `path` (relative to cwd; it
   * need not exist) in its migrations directory. `paths` must then be empty.
   */
  stdin?: { path: string; bytes: Uint8Array };
  /** The user's environment (FLYWAY_* settings, what flyway.config.js reads); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Flyway's settings given on the command line (`-url=…`, `-locations=…`), by key. */
  flywayArgs?: Record<string, string>;
  /** Called with the configuration once it is read (the CLI prints `describeSources` and its warnings). */
  onConfig?: (config: Config) => void;
  /** Called with a line the user should see on stderr (the layout detected from the files). */
  onNote?: (line: string) => void;
  /**
   * ${flyway:user} and ${flyway:database} as the database says them (current_user,
   * current_database(), as Flyway's PostgreSQLDatabase reads them); default "postgres" for a lint
   * that has no connection.
   */
  connection?: { user: string; database: string };
  /** --no-cache: neither read nor write the lint cache (src/lint/cache.ts), nor check's database state cache. */
  noCache?: boolean;
  /** --cache-dir: where the caches live (the lint cache in DIR/lint); default: cache-store.ts lintCacheDir. */
  cacheDir?: string;
}

export interface LintSummary {
  errors: number;
  warnings: number;
  /** SQL files read. */
  files: number;
  /** Versioned and repeatable migrations among them. */
  migrations: number;
}

export interface LintResult {
  findings: Finding[];
  summary: LintSummary;
  config: Config;
}

export const knownRuleIds = () => [...rules.map((r) => r.meta.id), SUPPRESSION_RULE, ...CHECK_RULE_IDS];

export interface LoadedProject {
  project: Project;
  /** Paths (relative to the root) named on the command line; undefined: the whole directory. */
  targets?: Set<string>;
}

/** Config, then every migrations root named (or configured), read and parsed into the model. */
/**
 * With `lazy`, a file is parsed when something first reads its statements (LazyParsed), not
 * before: the lint cache leaves the files it holds unparsed. Otherwise all are parsed here (on
 * `req.workers` threads when asked).
 */
export async function loadProjects(req: LintRequest, lazy = false): Promise<{ config: Config; projects: LoadedProject[] }> {
  const config = await loadConfig({ cwd: req.cwd, configPath: req.configPath, environment: req.environment, knownRules: knownRuleIds(), env: req.env ?? process.env, flywayArgs: req.flywayArgs });
  req.onConfig?.(config);
  if (req.rules) config.rules = { ...config.rules, ...req.rules };
  // The parser's WASM compiles on V8's background threads while the files are read (~20 ms).
  const parser = initParser();
  const projects: LoadedProject[] = [];
  const naming = configured(() => namingOf(config));
  const shownDir = (dir: string) => relative(req.cwd, dir).split(sep).join('/') || '.';
  for (const group of groupByRoot(req, config)) {
    const { roots } = group;
    const root = roots[0]!;
    const stdin = req.stdin;
    const read = readLocations(roots, {
      cwd: req.cwd,
      suffixes: [...naming.sqlMigrationSuffixes, ...EXTRA_FILES],
      boundaryOf: (r) => boundaryOf(r, config),
      ...(stdin ? { each: (files, r) => withStdin(files, r, req.cwd, stdin) } : {}),
    });
    const layout = chooseLayout(read, config, naming, root, req.onNote);
    const unread = layout?.name === 'goose' ? goMigrations(read) : [];
    if (unread.length) {
      const names = unread.map((u) => u.rel);
      req.onNote?.(`goose runs ${names.length} Go migration${names.length === 1 ? '' : 's'} here that migration-guard cannot read (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}): the SQL migrations after ${names.length === 1 ? 'it' : 'them'} are checked without what ${names.length === 1 ? 'it does' : 'they do'}`);
    }
    const keep = keepFor(layout, naming.sqlMigrationSuffixes);
    const sources = read.filter((f) => keep(f.rel));
    let targets = group.targets;
    // Locations named whole (not all of them): every file of theirs is reported on.
    if (targets && group.named) for (const f of sources) if (group.named.has(resolve(req.cwd, f.location!))) targets.add(f.rel);
    const base = req.baseFiles
      ? roots.flatMap((r) => baseFilesUnder(r, req.baseFiles!, req.cwd))
      : req.base
        ? roots.flatMap((r) => readFilesAtRef(r, req.base!, req.cwd, [...naming.sqlMigrationSuffixes, ...EXTRA_FILES]))
        : undefined;
    const prepared = prepareProject(shownDir(root), sources, {
      rollbackPattern: config.rollbackPattern,
      seedsDir: config.seeds,
      naming,
      locations: roots.map(shownDir),
      placeholders: { environment: config.environment, ...config.placeholders, ...req.placeholders },
      placeholderPrefix: config.placeholderPrefix,
      placeholderSuffix: config.placeholderSuffix,
      placeholderReplacement: config.placeholderReplacement,
      encoding: config.encoding,
      builtins: {
        defaultSchema: config.schema,
        user: req.connection?.user ?? 'postgres',
        database: req.connection?.database ?? 'postgres',
        timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19),
        table: config.historyTable,
        environment: config.environment,
        workingDirectory: req.cwd,
      },
      base: base?.filter((f) => keep(f.rel)),
      targets,
      ...(layout ? { layout, env: req.env ?? process.env } : {}),
    });
    await parser;
    const project = prepared.finish(lazy && !req.workers ? prepared.texts.map((t) => new LazyParsed(t)) : await parseAll(prepared.texts, { workers: req.workers }));
    if (unread.length) project.unread = unread;
    if (targets) pairTargets(project, targets);
    // With a base and no files named, the report is about the change: files added, modified or
    // deleted since the base. The whole history is still read (catalog, ordering, duplicates).
    else if (project.base) project.targets = targets = changedSinceBase(project);
    projects.push({ project, targets });
  }
  await parser; // loaded even when nothing was read (check and the runner parse later)
  return { config, projects };
}

/**
 * Paths (relative to the root) of the files that differ from the base: added, modified (other
 * text, as decoded) or deleted (findings on a deleted file name its path at the base).
 */
export function changedSinceBase(project: Project): Set<string> {
  const base = project.base!;
  const changed = new Set<string>();
  const now = new Set<string>();
  for (const f of project.files) {
    now.add(f.rel);
    const b = base.get(f.rel);
    // diesel's metadata.toml decides how up.sql runs: a change to it is a change of the migration.
    if (!b || b.text !== f.decoded.text || b.companionText !== f.companionText) changed.add(f.rel);
  }
  for (const [rel, b] of base) {
    if (now.has(rel)) continue;
    changed.add(rel);
    // A deleted rollback file leaves its migration without one: that migration is in the change.
    const undone = b.kind === 'rollback' && b.version ? project.migrations.find((m) => m.version && versionKey(m.version) === versionKey(b.version!)) : undefined;
    if (undone) changed.add(undone.rel);
  }
  pairTargets(project, changed);
  return changed;
}

/**
 * A migration and its rollback file are one unit: naming either names both, so that checking a
 * named migration reports what its rollback does, and naming a rollback file checks it against
 * its migration. `targets` (paths relative to the root) is extended in place.
 */
export function pairTargets(project: Project, targets: Set<string>): void {
  for (const m of project.migrations) {
    if (m.rollback && (targets.has(m.rel) || targets.has(m.rollback.rel))) {
      targets.add(m.rel);
      targets.add(m.rollback.rel);
    }
  }
}

/** The given base files that lie under `root`, with `rel` relative to it. */
function baseFilesUnder(root: string, files: SourceFile[], cwd: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const f of files) {
    const abs = resolve(cwd, f.path);
    if (abs === root || !isInside(root, abs)) continue;
    const rel = relative(root, abs);
    out.push({ ...f, rel: rel.split(sep).join('/') });
  }
  return out;
}

/** The engine's options from the configuration (shared by lint and check). */
export function lintOptionsFor(config: Config, project?: Project): LintOptions {
  // Under Flyway: each migration wrapped as Flyway wraps it, and no lock_timeout from a runner.
  // Under another runner's layout: that runner sets no lock_timeout either (none of the six does).
  const flyway = config.runner === 'flyway' || project?.layout !== undefined;
  return {
    settings: { transactions: flyway ? 'runner' : config.transactions, runnerLockTimeout: flyway ? undefined : config.lockTimeout, runner: config.runner, mixed: config.mixed, documentation: config.documentation },
    severities: config.rules,
  };
}

/**
 * The lint cache of a run (src/lint/cache.ts) in its directory (cache-store.ts lintCacheDir), or
 * none with --no-cache; `done()`, after the last project, bounds the directory and says on
 * `req.onNote` what could not be saved. Shared by lint and check.
 */
export function lintCacheFor(req: LintRequest, config: Config): { cache?: LintCache; done(): void } {
  if (req.noCache) return { done: () => undefined };
  const store = new DirectoryLintCache(lintCacheDir(config.baseDir, req.env ?? process.env, req.cacheDir));
  return {
    cache: { store, buildId: buildId() },
    done() {
      store.prune();
      for (const p of store.problems) req.onNote?.(p);
    },
  };
}

/** Files a report is about: those named, else every file (a goose or dbmate file, two sections of the project, is one file). */
export function reportedFiles(project: Project, targets: Set<string> | undefined): number {
  return targets ? targets.size : new Set(project.files.map((f) => f.path)).size;
}

export async function runLint(req: LintRequest): Promise<LintResult> {
  const { config, projects } = await loadProjects(req, !req.noCache);
  const lintCache = lintCacheFor(req, config);
  const findings: Finding[] = [];
  let files = 0;
  let migrations = 0;
  for (const { project, targets } of projects) {
    files += reportedFiles(project, targets);
    migrations += project.migrations.filter((m) => !targets || targets.has(m.rel)).length;
    findings.push(...lintProject(project, rules, lintOptionsFor(config, project), lintCache.cache));
  }
  lintCache.done();
  sortInMigrationOrder(findings, projects.map((p) => p.project));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { findings, summary: { errors, warnings: findings.length - errors, files, migrations }, config };
}

/**
 * Directories are migration roots; a file is linted within its migrations root (so rollbacks,
 * ordering and history replay still see the whole directory) but only its findings are kept.
 */
/**
 * What the files under `root` must stay inside: the repository when `root` is written as a path
 * inside it (so a `migrations/` that is a symlink to elsewhere is refused), else the directory the
 * user named outside it (`lint /other/project/migrations`): their choice, but symlinks in it
 * must not leave it.
 */
function boundaryOf(root: string, config: Config): string {
  return isInside(config.baseDir, root) ? config.baseDir : root;
}

/** Directories read as one migration set, and what of it was named on the command line. */
interface RootGroup {
  /** The configured locations (migrations first), or one directory named that is not one of them. */
  roots: string[];
  /** Files named (paths relative to their location); undefined: every file. */
  targets?: Set<string>;
  /** Locations named whole when not all of them are: their files join `targets` once read. */
  named?: Set<string>;
}

/**
 * Groups the paths named into migration sets. The configured locations (`migrations` and
 * `locations:`, as Flyway's `locations`) are ONE set: with no path, or when several of them are
 * named (`lint sql1 sql2` with `locations: [sql2]` and `migrations: sql1`), they are read
 * together, and a file inside one of them is read within that set. A directory that is not a
 * configured location (including a subdirectory of one) is a set of its own, as is the
 * directory of a file outside every location.
 */
function groupByRoot(req: LintRequest, config: Config): RootGroup[] {
  const locations = configured(() => configuredLocations(config));
  const setOf = new Map<string, RootGroup>();
  const all: RootGroup = { roots: locations, targets: new Set(), named: new Set() };
  const locationOf = (p: string) => locations.filter((l) => isInside(l, p)).sort((a, b) => b.length - a.length)[0];
  if (req.stdin && req.paths.length) throw new UsageError('lint - reads one file from stdin: name no other path');
  const stdinPath = req.stdin && resolve(req.cwd, req.stdin.path);
  const paths = stdinPath ? [stdinPath] : req.paths.length ? req.paths.map((p) => resolve(req.cwd, p)) : locations;
  for (const p of paths) {
    let kind = kindOfPath(p);
    if (p === stdinPath) {
      // The file need not exist yet (an editor's unsaved buffer); its directory must.
      if (kind === 'dir') throw new UsageError(`--stdin-filepath ${req.stdin!.path} is a directory, not a file`);
      let parent = dirname(p);
      if (kind === 'missing' && kindOfPath(parent) !== 'dir') {
        // A new migration's own folder (diesel, Prisma: one per migration) need not exist yet, inside a migrations location.
        if (!locationOf(p)) throw new UsageError(`--stdin-filepath ${req.stdin!.path}: no such directory ${relative(req.cwd, parent) || '.'}`);
        while (kindOfPath(parent) === 'missing') parent = dirname(parent);
        if (kindOfPath(parent) !== 'dir') throw new UsageError(`--stdin-filepath ${req.stdin!.path}: ${relative(req.cwd, parent)} is not a directory`);
      }
      assertInside(parent, realPathOf(boundaryOf(parent, config)), { cwd: req.cwd });
      kind = 'file';
    } else if (kind === 'missing') {
      throw new UsageError(
        `no such file or directory: ${relative(req.cwd, p) || p}${req.paths.length ? '' : p === locations[0] ? ' (the configured migrations directory; pass a path or set `migrations:` in migration-guard.yml)' : ' (a configured location)'}`,
      );
    }
    if (kind === 'dir') {
      if (locations.includes(p)) {
        setOf.set(locations[0]!, all);
        all.named!.add(p);
      } else setOf.set(p, { roots: [p] });
      continue;
    }
    // A file named on the command line (a directory's root is checked when it is read).
    if (p !== stdinPath) assertInside(p, realPathOf(boundaryOf(dirname(p), config)), { cwd: req.cwd });
    const location = locationOf(p);
    if (location) {
      setOf.set(locations[0]!, all);
      all.targets!.add(relative(location, p).split(sep).join('/'));
      continue;
    }
    const root = dirname(p);
    const group = setOf.get(root) ?? { roots: [root], targets: new Set<string>() };
    group.targets?.add(relative(root, p).split(sep).join('/'));
    setOf.set(root, group);
  }
  // Every location named whole (or none named): the whole set.
  if (locations.every((l) => all.named!.has(l))) {
    delete all.targets;
    delete all.named;
  } else if (all.named!.size === 0) delete all.named;
  if (setOf.has(locations[0]!)) {
    for (const l of locations.slice(1)) {
      if (kindOfPath(l) !== 'dir') throw new UsageError(`no such directory: ${relative(req.cwd, l) || l} (a configured location)`);
    }
  }
  return [...setOf.values()];
}

/** A configuration problem found while loading (a location outside the repository, an empty naming setting): exit 2 naming it. */
function configured<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) throw e;
    throw new ConfigError((e as Error).message);
  }
}

/** Puts stdin's content in place of (or next to) the files read from disk under `root`. */
function withStdin(sources: SourceFile[], root: string, cwd: string, stdin: NonNullable<LintRequest['stdin']>): void {
  const abs = resolve(cwd, stdin.path);
  if (!isInside(root, abs)) return;
  const rel = relative(root, abs).split(sep).join('/');
  const file: SourceFile = { path: relative(cwd, abs).split(sep).join('/'), rel, bytes: stdin.bytes };
  const at = sources.findIndex((s) => s.rel === rel);
  if (at >= 0) sources[at] = file;
  else sources.push(file);
}

/**
 * Findings in migration order (issue #13): project by project as named, then by file in Flyway's
 * order — versioned migrations by version (a rollback file right after its migration, as
 * Flyway's ResolvedMigrationComparator puts an undo migration after the migration of its
 * version), then repeatables by description, then seeds and other files by path — then by line,
 * column and rule. A file the projects do not hold (deleted since --base) is placed by its name.
 * Sorts in place and returns `findings`.
 */
export function sortInMigrationOrder(findings: Finding[], projects: Project[]): Finding[] {
  const keys = new Map<string, FileOrder>();
  projects.forEach((project, i) => {
    for (const f of project.files) keys.set(f.path, orderOf(i, f));
  });
  const keyOf = (path: string): FileOrder => {
    let k = keys.get(path);
    if (!k) {
      const c = classifyBaseName(path.slice(path.lastIndexOf('/') + 1));
      k = orderOf(projects.length, { kind: c.kind, version: c.version, description: c.description, path });
      keys.set(path, k);
    }
    return k;
  };
  return findings.sort((a, b) => {
    const fa = keyOf(a.file);
    const fb = keyOf(b.file);
    return (
      compareFileOrder(fa, fb) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
    );
  });
}

interface FileOrder {
  project: number;
  /** 0 versioned or rollback, 1 repeatable, 2 seed, 3 anything else. */
  group: number;
  version?: Version;
  /** Within a version: 0 the migration, 1 its rollback. */
  rollback: number;
  description: string;
  path: string;
}

function orderOf(project: number, f: Pick<MigrationFile, 'kind' | 'version' | 'description' | 'path'>): FileOrder {
  const versioned = (f.kind === 'versioned' || f.kind === 'rollback') && f.version !== undefined;
  const group = versioned ? 0 : f.kind === 'repeatable' ? 1 : f.kind === 'seed' ? 2 : 3;
  return { project, group, version: versioned ? f.version : undefined, rollback: f.kind === 'rollback' ? 1 : 0, description: f.description ?? '', path: f.path };
}

function compareFileOrder(a: FileOrder, b: FileOrder): number {
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    a.project - b.project ||
    a.group - b.group ||
    (a.version && b.version ? compareVersions(a.version, b.version) : 0) ||
    a.rollback - b.rollback ||
    (a.group === 1 ? byText(a.description, b.description) : 0) ||
    byText(a.path, b.path)
  );
}
