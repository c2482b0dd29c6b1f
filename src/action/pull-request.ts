/**
 * The pull request the workflow runs for: its event payload, its changed files (the API, else
 * `git diff` against the base), the migration roots they are judged against, and the base
 * versions of the changed migrations read through the API when the checkout lacks the base commit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import { CONFIG_FILES, type Config } from '../load/config.js';
import { FLYWAY_FILES } from '../load/flyway/index.js';
import { configuredLocations, isInside, readSqlFiles } from '../load/fs.js';
import { LAYOUT_EXTRA_FILES } from '../load/layouts/index.js';
import type { SourceFile } from '../model/project.js';
import type { ChangedFile, GitHubClient } from './github.js';

export interface PullRequest {
  number: number;
  owner: string;
  repo: string;
  baseRef: string;
  baseSha: string;
  headSha: string;
}

export interface Event {
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string };
  };
  repository?: { full_name?: string; default_branch?: string };
}

export function readEvent(): Event {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Event;
  } catch (e) {
    throw new UsageError(`cannot read the event payload ${path}: ${(e as Error).message}`);
  }
}

export function pullRequestOf(event: Event): PullRequest | undefined {
  const pr = event.pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const full = event.repository?.full_name ?? pr.base?.repo?.full_name ?? process.env['GITHUB_REPOSITORY'] ?? '';
  const [owner, repo] = full.split('/');
  if (!owner || !repo) throw new UsageError('the pull_request event names no repository');
  return {
    number: pr.number,
    owner,
    repo,
    baseRef: pr.base?.ref ?? process.env['GITHUB_BASE_REF'] ?? '',
    baseSha: pr.base?.sha ?? '',
    headSha: pr.head?.sha ?? process.env['GITHUB_SHA'] ?? '',
  };
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }).toString('utf8');
}

/** The commit `ref` names, when the checkout has it. */
export function localCommit(cwd: string, ref: string): string | undefined {
  if (!ref) return undefined;
  try {
    git(cwd, ['cat-file', '-e', `${ref}^{commit}`]);
    return ref;
  } catch {
    return undefined;
  }
}

const GIT_STATUS: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

/** `git diff --name-status` between the base and HEAD, in the API's shape. */
export function gitChangedFiles(cwd: string, base: string): ChangedFile[] | undefined {
  for (const range of [[`${base}...HEAD`], [base, 'HEAD']]) {
    let out: string;
    try {
      out = git(cwd, ['diff', '--name-status', '-z', '-M', ...range]);
    } catch {
      continue;
    }
    const parts = out.split('\0');
    const files: ChangedFile[] = [];
    for (let i = 0; i < parts.length && parts[i]; ) {
      const code = parts[i++]!;
      const status = GIT_STATUS[code[0]!] ?? 'changed';
      if (status === 'renamed' || status === 'copied') {
        const previous = parts[i++]!;
        files.push({ filename: parts[i++]!, status, previous_filename: previous });
      } else {
        files.push({ filename: parts[i++]!, status });
      }
    }
    return files;
  }
  return undefined;
}

/** The migration roots (absolute directories), as `lint` groups its paths: the configured locations are one set. */
export function migrationRoots(cwd: string, paths: string[], config: Config): string[] {
  let locations: string[];
  try {
    locations = configuredLocations(config);
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  if (paths.length === 0) return locations;
  const roots = new Set<string>();
  for (const p of paths.map((x) => resolve(cwd, x))) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      // missing: runCheck reports it
    }
    if (locations.includes(p) || (!dir && locations.some((l) => isInside(l, p)))) for (const l of locations) roots.add(l);
    else roots.add(dir ? p : dirname(p));
  }
  return [...roots];
}

/**
 * A migration file (.sql, or one of Flyway's sqlMigrationSuffixes, any case) or a file another
 * runner's layout reads beside them (diesel's metadata.toml: whether the migration runs in a
 * transaction) below one of `roots`.
 */
export function under(cwd: string, roots: string[], file: string, suffixes: string[] = []): boolean {
  const extra = LAYOUT_EXTRA_FILES.includes(file.slice(file.lastIndexOf('/') + 1));
  if (!extra && !['.sql', ...suffixes].some((x) => file.toLowerCase().endsWith(x.toLowerCase()))) return false;
  const abs = resolve(cwd, file);
  return roots.some((r) => abs !== r && isInside(r, abs));
}


/**
 * The changed files as the report's rows: a layout's own file (diesel's metadata.toml) stands for
 * the migrations of its folder (`migrations`: the files checked), whose way of running it changes.
 */
export function changedRows(changed: string[], migrations: string[]): string[] {
  const folder = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
  const rows = changed.flatMap((f) => {
    if (!LAYOUT_EXTRA_FILES.includes(f.slice(f.lastIndexOf('/') + 1))) return [f];
    const inFolder = migrations.filter((m) => folder(m) === folder(f));
    return inFolder.length ? inFolder : [f];
  });
  return [...new Set(rows)];
}

/**
 * The migrations as they are at the base, without the base commit: the checkout's files, with
 * the PR's changes undone from the API (added files dropped, modified/removed/renamed ones read
 * at the base commit).
 */
export async function baseFilesFromApi(
  client: GitHubClient,
  pr: PullRequest,
  cwd: string,
  roots: string[],
  config: Config,
  changed: ChangedFile[],
  /** A cwd-relative path as the repository names it (the API's path), for a working directory below the root. */
  toRepo: (path: string) => string = (path) => path,
): Promise<SourceFile[]> {
  const byPath = new Map<string, SourceFile>();
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const f of readSqlFiles(root, { cwd, boundary: config.baseDir, suffixes: [...config.sqlMigrationSuffixes, ...LAYOUT_EXTRA_FILES] })) byPath.set(f.path, f);
  }
  const fetchAtBase = async (file: string) => {
    const bytes = await client.getFileAt(pr.owner, pr.repo, toRepo(file), pr.baseSha);
    if (bytes) byPath.set(file, { rel: file, path: file, bytes: new Uint8Array(bytes) });
    else byPath.delete(file);
  };
  for (const c of changed) {
    const inRoots = under(cwd, roots, c.filename, config.sqlMigrationSuffixes);
    if (c.status === 'added') {
      if (inRoots) byPath.delete(c.filename);
    } else if (c.status === 'renamed' || c.status === 'copied') {
      if (inRoots) byPath.delete(c.filename);
      if (c.status === 'renamed' && c.previous_filename && under(cwd, roots, c.previous_filename, config.sqlMigrationSuffixes)) await fetchAtBase(c.previous_filename);
    } else if (inRoots) {
      await fetchAtBase(c.filename);
    }
  }
  return [...byPath.values()];
}

/**
 * Paths between the repository's root (the API's and git's names, annotations, SARIF, blob links)
 * and `cwd` (the working-directory input; everything migration-guard reads is relative to it).
 * The root is git's top level of `cwd`, else `workspace` (the runner's GITHUB_WORKSPACE, where
 * actions/checkout puts the repository), else `cwd`. `prefix`: cwd inside the root, "db/" or "".
 */
export function repoPaths(cwd: string, workspace?: string): { prefix: string; toCwd: (repoPath: string) => string; toRepo: (cwdPath: string) => string } {
  const realCwd = realpathSync(cwd);
  let root = workspace && existsSync(workspace) ? realpathSync(workspace) : realCwd;
  try {
    root = realpathSync(git(cwd, ['rev-parse', '--show-toplevel']).trim());
  } catch {
    // not a git checkout: the working directory is the root
  }
  const posix = (p: string) => p.split(sep).join('/');
  const inside = posix(relative(root, realCwd));
  if (!inside) return { prefix: '', toCwd: (p) => p, toRepo: (p) => p };
  return {
    prefix: `${inside}/`,
    toCwd: (p) => posix(relative(realCwd, resolve(root, p))),
    toRepo: (p) => posix(relative(root, resolve(realCwd, p))),
  };
}

/** True for the configuration in effect (Flyway's too), or a config file at a standard place, named repository-relative. */
export function isConfigPath(cwd: string, config: Config, name: string): boolean {
  const abs = resolve(cwd, name);
  const standard = [...CONFIG_FILES, ...FLYWAY_FILES.map(([f]) => f)];
  return config.sources.some((s) => abs === resolve(cwd, s.file)) || standard.some((f) => abs === resolve(cwd, f));
}

