/**
 * The GitHub Action.
 *
 * mode `check` (default): on a pull request, the PR's changed migrations (GitHub API, or `git diff`
 * without a token), the base contents (the checkout's base commit, else the API, so
 * applied-migration-modified and out-of-order-version work on a shallow checkout), then `check`
 * (lint + apply on a scratch database: `database-url`, else embedded PGlite), then annotations,
 * the job summary, the one living PR comment, SARIF, outputs, and the gate (`fail-on`). On a push,
 * the same check of the whole directory without a comment.
 *
 * modes `status`, `validate`, `plan`, `migrate`, `rollback`: against `database-url` (a long-lived
 * environment), results to the job summary and outputs.
 */
import * as core from '@actions/core';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { rules } from '../../rules/index.js';
import { CHECK_RULES } from '../check/rules.js';
import { exitCodeFor } from '../lint/exit-code.js';
import { runCheck, type CheckResult } from '../commands/check.js';
import { runMigrate, runRollback, runStatus, runValidate, type DbRequest } from '../commands/db.js';
import { maskSecrets, urlPasswords } from '../db/url.js';
import { knownRuleIds } from '../commands/lint.js';
import { ConfigError, UsageError } from '../errors.js';
import { CONFIG_FILES, configNotes, loadConfig, type Config } from '../load/config.js';
import { FLYWAY_FILES } from '../load/flyway/index.js';
import { configuredLocations, isInside, readSqlFiles } from '../load/fs.js';
import type { SourceFile } from '../model/project.js';
import { formatConnectRetry, formatMigrate, formatRollback, formatStatus, formatValidate, progressPrinter } from '../report/db.js';
import { formatJson } from '../report/json.js';
import { COMMENT_MARKER, escapeMarkdown, renderComment, renderNoMigrations, renderSummary } from '../report/markdown.js';
import { toSarif } from '../report/sarif.js';
import { createGitHubClient, type ChangedFile, type GitHubClient } from './github.js';

const MODES = ['check', 'plan', 'migrate', 'status', 'validate', 'rollback'] as const;
type Mode = (typeof MODES)[number];
type FailOn = 'error' | 'warning' | 'never';

function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

function boolInput(name: string): boolean {
  const v = input(name);
  if (v === undefined) return false;
  if (/^(true|yes|1)$/i.test(v)) return true;
  if (/^(false|no|0)$/i.test(v)) return false;
  throw new UsageError(`${name} must be true or false (got "${v}")`);
}

/**
 * Registers the URL's password (as written and decoded) with the runner so it is masked in the
 * log, read as the CLI reads it (a raw "@", "#" or space in it included).
 */
function maskDatabaseUrl(url: string): void {
  for (const password of urlPasswords(url)) core.setSecret(password);
}

interface PullRequest {
  number: number;
  owner: string;
  repo: string;
  baseRef: string;
  baseSha: string;
  headSha: string;
}

interface Event {
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string };
  };
  repository?: { full_name?: string };
}

function readEvent(): Event {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Event;
  } catch (e) {
    throw new UsageError(`cannot read the event payload ${path}: ${(e as Error).message}`);
  }
}

function pullRequestOf(event: Event): PullRequest | undefined {
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

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }).toString('utf8');
}

/** The commit `ref` names, when the checkout has it. */
function localCommit(cwd: string, ref: string): string | undefined {
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
function gitChangedFiles(cwd: string, base: string): ChangedFile[] | undefined {
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
function migrationRoots(cwd: string, paths: string[], config: Config): string[] {
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

/** A migration file (.sql, or one of Flyway's sqlMigrationSuffixes, any case) below one of `roots`. */
function under(cwd: string, roots: string[], file: string, suffixes: string[] = []): boolean {
  if (!['.sql', ...suffixes].some((x) => file.toLowerCase().endsWith(x.toLowerCase()))) return false;
  const abs = resolve(cwd, file);
  return roots.some((r) => abs !== r && isInside(r, abs));
}

const toPosix = (p: string) => p.split(sep).join('/');

/**
 * The migrations as they are at the base, without the base commit: the checkout's files, with
 * the PR's changes undone from the API (added files dropped, modified/removed/renamed ones read
 * at the base commit).
 */
async function baseFilesFromApi(
  client: GitHubClient,
  pr: PullRequest,
  cwd: string,
  roots: string[],
  config: Config,
  changed: ChangedFile[],
): Promise<SourceFile[]> {
  const byPath = new Map<string, SourceFile>();
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const f of readSqlFiles(root, { cwd, boundary: config.baseDir, suffixes: config.sqlMigrationSuffixes })) byPath.set(f.path, f);
  }
  const fetchAtBase = async (file: string) => {
    const bytes = await client.getFileAt(pr.owner, pr.repo, file, pr.baseSha);
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

function writeReportJson(cwd: string, findings: CheckResult['findings'], summary: { errors: number; warnings: number; files: number; migrations: number }): string {
  const reportPath = join(process.env['RUNNER_TEMP'] ?? cwd, 'migration-guard-report.json');
  writeFileSync(reportPath, formatJson(findings, summary));
  return reportPath;
}

function toolVersion(): string {
  return process.env['MIGRATION_GUARD_VERSION'] ?? '0.1.0';
}

async function checkMode(cwd: string, eventName: string, databaseUrl: string | undefined): Promise<void> {
  const failOn = (input('fail-on') ?? 'error') as FailOn;
  if (!['error', 'warning', 'never'].includes(failOn)) throw new UsageError(`fail-on must be error, warning or never (got "${failOn}")`);
  const paths = (input('path') ?? '').split(/\s+/).filter(Boolean);
  const configPath = input('config');
  const environment = input('environment');
  const sarifFile = input('sarif-file');
  const pr = eventName.startsWith('pull_request') ? pullRequestOf(readEvent()) : undefined;
  const token = input('github-token') ?? process.env['GITHUB_TOKEN'];
  if (token) core.setSecret(token);
  const client = token && pr ? createGitHubClient({ token }) : undefined;
  const config = await loadConfig({ cwd, configPath, environment, knownRules: knownRuleIds(), env: process.env });
  logConfigNotes(config);
  const roots = migrationRoots(cwd, paths, config);

  let base = input('base');
  let baseFiles: SourceFile[] | undefined;
  let changedMigrations: string[] | undefined;
  if (pr) {
    const localBase = localCommit(cwd, pr.baseSha) ?? localCommit(cwd, pr.baseRef ? `origin/${pr.baseRef}` : '');
    let changed: ChangedFile[] | undefined;
    if (client) {
      try {
        changed = await client.listChangedFiles(pr.owner, pr.repo, pr.number);
      } catch (e) {
        core.warning(`Could not list the pull request's files through the API (${(e as Error).message}); using git diff.`);
      }
    }
    if (!changed && localBase) changed = gitChangedFiles(cwd, localBase);
    if (!changed) core.warning('The changed files are unknown (no token and no base commit in the checkout): the report covers every migration.');
    const touched = changed?.filter(
      (c) => under(cwd, roots, c.filename, config.sqlMigrationSuffixes) || (c.previous_filename !== undefined && under(cwd, roots, c.previous_filename, config.sqlMigrationSuffixes)),
    );
    changedMigrations = touched?.map((c) => c.filename);
    // A changed configuration (rules, severities, placeholders, paths) changes the verdict on every
    // migration: then everything is linted and checked as new, as without a base.
    const configChanged = changed?.some((c) => [c.filename, c.previous_filename].some((n) => n !== undefined && isConfigPath(cwd, config, n)));
    if (configChanged) {
      core.info('This pull request changes the configuration: every migration is linted and checked as new.');
      changedMigrations = undefined;
    } else if (touched && touched.length === 0) {
      await noMigrations(client, pr, cwd, sarifFile);
      return;
    } else if (!base) {
      if (localBase) base = localBase;
      else if (client && changed) {
        core.info(`The base commit ${pr.baseSha.slice(0, 7)} is not in the checkout; reading the base versions of the changed migrations through the API.`);
        baseFiles = await baseFilesFromApi(client, pr, cwd, roots, config, changed);
      } else {
        core.warning('The base commit is not in the checkout and there is no token, so applied-migration-modified and out-of-order-version are skipped. Use actions/checkout with fetch-depth: 0, or pass github-token.');
      }
    }
  }

  core.info(`Checking on ${databaseUrl ? 'the PostgreSQL server of database-url' : 'embedded PostgreSQL (PGlite)'}…`);
  const result = await runCheck({ cwd, paths, base, baseFiles, configPath, environment, databaseUrl, onConnectRetry: (...retry) => core.info(formatConnectRetry(...retry).trimEnd()) });
  const { summary } = result;

  for (const f of result.findings) {
    const props = { file: f.file, startLine: f.line, startColumn: f.column, title: f.rule };
    const text = `${f.message}\n${f.help}`;
    if (f.severity === 'error') core.error(text, props);
    else core.warning(text, props);
  }

  const reportPath = writeReportJson(cwd, result.findings, summary);
  if (sarifFile) {
    writeSarif(cwd, sarifFile, result.findings);
  }
  core.setOutput('errors', summary.errors);
  core.setOutput('warnings', summary.warnings);
  core.setOutput('report-json', reportPath);
  core.setOutput('applied', summary.applied);

  const ctx = {
    repository: pr ? `${pr.owner}/${pr.repo}` : (process.env['GITHUB_REPOSITORY'] ?? ''),
    headSha: pr?.headSha ?? process.env['GITHUB_SHA'] ?? '',
    serverUrl: process.env['GITHUB_SERVER_URL'],
    changedFiles: changedMigrations,
  };
  await core.summary.addRaw(renderSummary(result, ctx), true).write();

  if (pr) {
    if (client) {
      await postComment(client, pr, renderComment(result, ctx), true);
    } else {
      core.info('No github-token: no pull request comment (the report is in the job summary and the annotations).');
    }
  }

  if (exitCodeFor(result.findings, failOn) !== 0) {
    core.setFailed(`migration-guard: ${summary.errors} error(s), ${summary.warnings} warning(s)`);
  }
}

async function postComment(client: GitHubClient, pr: PullRequest, body: string, create: boolean): Promise<void> {
  try {
    const r = await client.upsertComment(pr.owner, pr.repo, pr.number, COMMENT_MARKER, body, { create });
    if (r.action === 'skipped') core.info(`No pull request comment: ${r.reason}`);
    else core.info(`Pull request comment ${r.action}: ${r.url ?? r.id}`);
  } catch (e) {
    core.warning(`Could not write the pull request comment: ${(e as Error).message}. The report is in the job summary.`);
  }
}

/** True for the configuration in effect (Flyway's too), or a config file at a standard place, named repository-relative. */
function isConfigPath(cwd: string, config: Config, name: string): boolean {
  const abs = resolve(cwd, name);
  const standard = [...CONFIG_FILES, ...FLYWAY_FILES.map(([f]) => f)];
  return config.sources.some((s) => abs === resolve(cwd, s.file)) || standard.some((f) => abs === resolve(cwd, f));
}

async function noMigrations(client: GitHubClient | undefined, pr: PullRequest, cwd: string, sarifFile: string | undefined): Promise<void> {
  core.info('This pull request changes no migration: nothing to check.');
  // The upload step that follows expects the file: an empty run, not a missing file.
  if (sarifFile) writeSarif(cwd, sarifFile, []);
  const body = renderNoMigrations({ headSha: pr.headSha });
  core.setOutput('errors', 0);
  core.setOutput('warnings', 0);
  core.setOutput('applied', 0);
  core.setOutput('report-json', writeReportJson(cwd, [], { errors: 0, warnings: 0, files: 0, migrations: 0 }));
  await core.summary.addRaw(body.replace(`${COMMENT_MARKER}\n`, ''), true).write();
  // Only an earlier comment is updated: PRs that never touched migrations get none.
  if (client) await postComment(client, pr, body, false);
}

function writeSarif(cwd: string, sarifFile: string, findings: CheckResult['findings']): void {
  const sarif = toSarif(findings, [...rules.map((r) => r.meta), ...CHECK_RULES], toolVersion(), sarifLinks());
  writeFileSync(resolve(cwd, sarifFile), JSON.stringify(sarif, null, 2) + '\n');
}

/** Plain text for the summary, inside <pre> (entities, so nothing in it is read as HTML or a mention). */
function pre(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;');
  return `<pre>${escaped}</pre>\n`;
}

/** Which config files were read (a log line) and what in them is not used (warning annotations). */
function logConfigNotes(config: Config): void {
  for (const line of configNotes(config)) {
    if (line.startsWith('warning: ')) core.warning(line.slice('warning: '.length));
    else core.info(line);
  }
}

async function dbMode(mode: Exclude<Mode, 'check'>, cwd: string, databaseUrl: string | undefined): Promise<void> {
  const req: DbRequest = {
    cwd,
    paths: (input('path') ?? '').split(/\s+/).filter(Boolean),
    configPath: input('config'),
    environment: input('environment'),
    databaseUrl,
    env: process.env,
    onConfig: (config) => {
      // Flyway's url / password (flyway.conf, FLYWAY_PASSWORD, …) are secrets too.
      if (config.databaseUrl) maskDatabaseUrl(config.databaseUrl);
      logConfigNotes(config);
    },
    onConnectRetry: (...retry) => core.info(formatConnectRetry(...retry).trimEnd()),
    // The log shows each migration, and what a long CONCURRENTLY build waits for, as it happens.
    onProgress: progressPrinter((s) => core.info(s.trimEnd()), false).onProgress,
  };
  const sections: string[] = [];
  let ok = true;
  if (mode === 'status' || mode === 'plan') {
    const status = await runStatus(req);
    const pending = status.migrations.filter((m) => m.state === 'pending');
    core.setOutput('pending', pending.length);
    core.setOutput('applied', status.migrations.filter((m) => m.state === 'applied' || m.state === 'out-of-order').length);
    sections.push(pre(formatStatus(status)));
    if (mode === 'plan') {
      // A plan is about migrations not applied yet: they are what it lists, not a failure.
      const validate = await runValidate({ ...req, allowPending: true });
      ok = validate.ok;
      sections.push(
        pending.length
          ? `**Would run, in order:**\n\n${pending.map((m) => `- ${escapeMarkdown(`${m.version ?? 'R'} ${m.description} (${m.script})`)}`).join('\n')}\n`
          : 'Nothing would run: the database is up to date.\n',
        pre(formatValidate(validate)),
      );
    }
  } else if (mode === 'validate') {
    const r = await runValidate(req);
    ok = r.ok;
    core.setOutput('pending', r.pending.length);
    sections.push(pre(formatValidate(r)));
  } else if (mode === 'migrate') {
    const r = await runMigrate(req);
    ok = r.ok;
    // Slow migrations (past slowMigrationSeconds) and other runner warnings, as annotations.
    for (const w of r.warnings) core.warning(w);
    for (const a of r.applied) for (const n of a.notes) core.warning(`${a.path}: ${n}`);
    for (const i of r.failure?.invalidIndexes ?? []) core.error(`${r.failure!.location}: PostgreSQL left the index ${i.schema}.${i.name} INVALID; remove it with: ${i.fix}`);
    core.setOutput('applied', r.applied.length);
    core.setOutput('pending', 0);
    sections.push(pre(formatMigrate(r)));
  } else {
    // As the CLI's rollback: without target-version, undo the newest applied version.
    const r = await runRollback({ ...req, to: input('target-version'), forceProduction: boolInput('allow-production-rollback') }).catch((e: unknown) => {
      if (e instanceof UsageError) throw new UsageError(e.message.replace('pass --force-production', 'set the input allow-production-rollback: true'));
      throw e;
    });
    ok = r.ok;
    core.setOutput('rolled-back', r.rolledBack.length);
    sections.push(pre(formatRollback(r)));
  }
  const text = sections.join('\n');
  core.info(text.replace(/<\/?pre>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#64;/g, '@').replace(/&amp;/g, '&'));
  await core.summary.addHeading(`migration-guard ${mode}`, 2).addRaw(text, true).write();
  if (!ok) core.setFailed(`migration-guard ${mode} failed`);
}

/**
 * Rule pages live in the Action's own repository: the runner names it (GITHUB_ACTION_REPOSITORY
 * and GITHUB_ACTION_REF for `uses: owner/repo@ref`; for `uses: ./` it is the workflow's repository).
 */
function sarifLinks(): { informationUri: string; helpUri: (id: string) => string } | Record<string, never> {
  const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const repo = process.env['GITHUB_ACTION_REPOSITORY'] || process.env['GITHUB_REPOSITORY'];
  if (!repo) return {};
  const ref = process.env['GITHUB_ACTION_REPOSITORY'] ? process.env['GITHUB_ACTION_REF'] || 'main' : process.env['GITHUB_SHA'] || 'main';
  const informationUri = `${server}/${repo}`;
  return { informationUri, helpUri: (id) => `${informationUri}/blob/${encodeURIComponent(ref)}/rules/${encodeURIComponent(id)}.md` };
}

export async function run(): Promise<void> {
  const cwd = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  let databaseUrl: string | undefined;
  try {
    const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
    databaseUrl = input('database-url');
    if (databaseUrl) maskDatabaseUrl(databaseUrl);
    const mode = (input('mode') ?? 'check') as Mode;
    if (!MODES.includes(mode)) throw new UsageError(`mode must be one of ${MODES.join(', ')} (got "${mode}")`);
    if (mode === 'check') await checkMode(cwd, eventName, databaseUrl);
    else await dbMode(mode, cwd, databaseUrl);
  } catch (e) {
    // The same masking as the CLI (the runner's log masking only knows the password, not the URL).
    if (e instanceof UsageError || e instanceof ConfigError) core.setFailed(maskSecrets(e.message, databaseUrl));
    else core.setFailed(`internal error: ${maskSecrets(e instanceof Error ? e.message : String(e), databaseUrl)}`);
  }
}
