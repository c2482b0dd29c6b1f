/**
 * `lint`: config → files on disk (and at --base) → project model → rules → findings.
 * Shared by the CLI and the Action; printing is left to the caller.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { rules } from '../../rules/index.js';
import { CHECK_RULE_IDS } from '../check/rules.js';
import { UsageError } from '../errors.js';
import { lintProject, sortFindings, SUPPRESSION_RULE, type LintOptions } from '../lint/engine.js';
import type { Finding } from '../lint/types.js';
import { loadConfig, type Config } from '../load/config.js';
import { assertInside, isInside, kindOfPath, readSqlFiles, realPathOf } from '../load/fs.js';
import { readFilesAtRef } from '../load/git.js';
import { prepareProject, type Project, type SourceFile } from '../model/project.js';
import { initParser } from '../parse/parser.js';
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
export async function loadProjects(req: LintRequest): Promise<{ config: Config; projects: LoadedProject[] }> {
  const config = loadConfig({ cwd: req.cwd, configPath: req.configPath, environment: req.environment, knownRules: knownRuleIds() });
  await initParser();
  const projects: LoadedProject[] = [];
  for (const [root, targets] of groupByRoot(req, config)) {
    const sources = readSqlFiles(root, { cwd: req.cwd, boundary: boundaryOf(root, config) });
    const base = req.baseFiles ? baseFilesUnder(root, req.baseFiles, req.cwd) : req.base ? readFilesAtRef(root, req.base, req.cwd) : undefined;
    const shownRoot = relative(req.cwd, root).split(sep).join('/') || '.';
    const prepared = prepareProject(shownRoot, sources, {
      rollbackPattern: config.rollbackPattern,
      seedsDir: config.seeds,
      placeholders: { environment: config.environment, ...config.placeholders, ...req.placeholders },
      placeholderPrefix: config.placeholderPrefix,
      placeholderSuffix: config.placeholderSuffix,
      placeholderReplacement: config.placeholderReplacement,
      encoding: config.encoding,
      builtins: {
        defaultSchema: config.schema,
        user: 'postgres',
        database: 'postgres',
        timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19),
        table: config.historyTable,
        environment: config.environment,
        workingDirectory: req.cwd,
      },
      base,
      targets,
    });
    const project = prepared.finish(await parseAll(prepared.texts, { workers: req.workers }));
    if (targets) pairTargets(project, targets);
    projects.push({ project, targets });
  }
  return { config, projects };
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
export function lintOptionsFor(config: Config): LintOptions {
  return { settings: { transactions: config.transactions, runnerLockTimeout: config.lockTimeout }, severities: config.rules };
}

export async function runLint(req: LintRequest): Promise<LintResult> {
  const { config, projects } = await loadProjects(req);
  const findings: Finding[] = [];
  let files = 0;
  let migrations = 0;
  for (const { project, targets } of projects) {
    files += targets ? targets.size : project.files.length;
    migrations += project.migrations.filter((m) => !targets || targets.has(m.rel)).length;
    findings.push(...lintProject(project, rules, lintOptionsFor(config)));
  }
  sortFindings(findings);
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

function groupByRoot(req: LintRequest, config: Config): Map<string, Set<string> | undefined> {
  const roots = new Map<string, Set<string> | undefined>();
  const paths = req.paths.length ? req.paths.map((p) => resolve(req.cwd, p)) : [config.migrationsDir];
  for (const p of paths) {
    const kind = kindOfPath(p);
    if (kind === 'missing') {
      throw new UsageError(
        `no such file or directory: ${relative(req.cwd, p) || p}${req.paths.length ? '' : ' (the configured migrations directory; pass a path or set `migrations:` in migration-guard.yml)'}`,
      );
    }
    if (kind === 'dir') {
      roots.set(p, undefined);
      continue;
    }
    // A file named on the command line (a directory's root is checked when it is read).
    assertInside(p, realPathOf(boundaryOf(dirname(p), config)), { cwd: req.cwd });
    const inConfigured = isInside(config.migrationsDir, p);
    const root = inConfigured ? config.migrationsDir : dirname(p);
    if (roots.has(root) && roots.get(root) === undefined) continue;
    const set = roots.get(root) ?? new Set<string>();
    set.add(relative(root, p).split(sep).join('/'));
    roots.set(root, set);
  }
  return roots;
}
