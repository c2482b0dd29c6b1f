/**
 * mode `check`: on a pull request, the PR's changed migrations (GitHub API, or `git diff` without a
 * token), the base contents (the checkout's base commit, else the API, so applied-migration-modified
 * and out-of-order-version work on a shallow checkout), then `check` (lint + apply on a scratch
 * database: `database-url`, else embedded PGlite), then annotations, the job summary, the one living
 * PR comment, SARIF, outputs, and the gate (`fail-on`). On a push, the same check of the whole
 * directory without a comment.
 */
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../rules/index.js';
import { CHECK_RULES } from '../check/rules.js';
import { exitCodeFor } from '../lint/exit-code.js';
import { runCheck, type CheckResult } from '../commands/check.js';
import { knownRuleIds } from '../commands/lint.js';
import { UsageError } from '../errors.js';
import { loadConfig } from '../load/config.js';
import type { SourceFile } from '../model/project.js';
import { formatConnectRetry } from '../report/db.js';
import { formatJson } from '../report/json.js';
import { COMMENT_MARKER, renderComment, renderNoMigrations, renderSummary } from '../report/markdown.js';
import { toSarif } from '../report/sarif.js';
import { formatMetricsJson, formatMetricsMarkdown } from '../report/metrics.js';
import { createGitHubClient, type ChangedFile, type GitHubClient } from './github.js';
import { actionCacheDir, checkKeys, restoreDir, saveDir } from './cache.js';
import { boolInput, input, logConfigNotes, toolVersion } from './inputs.js';
import { ruleDocLinks } from './rule-docs.js';
import { baseFilesFromApi, changedRows, gitChangedFiles, isConfigPath, localCommit, migrationRoots, pullRequestOf, readEvent, repoPaths, under, type PullRequest } from './pull-request.js';

type FailOn = 'error' | 'warning' | 'never';

function writeReportJson(cwd: string, findings: CheckResult['findings'], summary: { errors: number; warnings: number; files: number; migrations: number }, metrics?: CheckResult['metrics']): string {
  const reportPath = join(process.env['RUNNER_TEMP'] ?? cwd, 'migration-guard-report.json');
  writeFileSync(reportPath, formatJson(findings, summary, metrics ? { metrics } : {}));
  return reportPath;
}

export async function checkMode(cwd: string, eventName: string, databaseUrl: string | undefined): Promise<void> {
  const failOn = (input('fail-on') ?? 'error') as FailOn;
  if (!['error', 'warning', 'never'].includes(failOn)) throw new UsageError(`fail-on must be error, warning or never (got "${failOn}")`);
  const paths = (input('path') ?? '').split(/\s+/).filter(Boolean);
  const configPath = input('config');
  const environment = input('environment');
  const sarifFile = input('sarif-file');
  // `cache` (default true): the cache directory restored before check and saved after it (cache.ts).
  const cacheOn = input('cache') === undefined || boolInput('cache');
  const pr = eventName.startsWith('pull_request') ? pullRequestOf(readEvent()) : undefined;
  const token = input('github-token') ?? process.env['GITHUB_TOKEN'];
  if (token) core.setSecret(token);
  const client = token && pr ? createGitHubClient({ token }) : undefined;
  const config = await loadConfig({ cwd, configPath, environment, knownRules: knownRuleIds(), env: process.env });
  logConfigNotes(config);
  const roots = migrationRoots(cwd, paths, config);
  const repoRel = repoPaths(cwd, process.env['GITHUB_WORKSPACE']);

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
    // The API and git name files from the repository's root; everything here is relative to cwd.
    changed = changed?.map((c) => ({ ...c, filename: repoRel.toCwd(c.filename), ...(c.previous_filename !== undefined ? { previous_filename: repoRel.toCwd(c.previous_filename) } : {}) }));
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
        baseFiles = await baseFilesFromApi(client, pr, cwd, roots, config, changed, repoRel.toRepo);
      } else {
        core.warning('The base commit is not in the checkout and there is no token, so applied-migration-modified and out-of-order-version are skipped. Use actions/checkout with fetch-depth: 0, or pass github-token.');
      }
    }
  }

  const cacheDir = cacheOn ? actionCacheDir() : undefined;
  const persisted = cacheDir ? await restoreDir(cacheDir, () => checkKeys({ cwd, roots, config, base, baseFiles, facts: { version: toolVersion(), config, prefix: repoRel.prefix } })) : undefined;
  core.info(`Checking on ${databaseUrl ? 'the PostgreSQL server of database-url' : 'embedded PostgreSQL (PGlite)'}…`);
  const result = await runCheck({
    cwd,
    paths,
    base,
    baseFiles,
    configPath,
    environment,
    databaseUrl,
    noCache: !cacheOn,
    ...(cacheDir ? { cacheDir } : {}),
    onConnectRetry: (...retry) => core.info(formatConnectRetry(...retry).trimEnd()),
    onNote: (line) => core.notice(line),
  });
  if (persisted) await saveDir(persisted);
  const { summary } = result;

  for (const f of result.findings) {
    const props = { file: repoRel.toRepo(f.file), startLine: f.line, startColumn: f.column, title: f.rule };
    const text = `${f.message}\n${f.help}`;
    if (f.severity === 'error') core.error(text, props);
    else core.warning(text, props);
  }

  const reportPath = writeReportJson(cwd, result.findings, summary, result.metrics);
  if (sarifFile) {
    writeSarif(cwd, sarifFile, result.findings.map((f) => ({ ...f, file: repoRel.toRepo(f.file) })));
  }
  core.setOutput('errors', summary.errors);
  core.setOutput('warnings', summary.warnings);
  core.setOutput('report-json', reportPath);
  core.setOutput('applied', summary.applied);
  if (result.metrics) {
    core.setOutput('metrics-json', formatMetricsJson(result.metrics));
    if (result.metrics.warning) core.warning(result.metrics.warning);
  }

  const ctx = {
    repository: pr ? `${pr.owner}/${pr.repo}` : (process.env['GITHUB_REPOSITORY'] ?? ''),
    headSha: pr?.headSha ?? process.env['GITHUB_SHA'] ?? '',
    serverUrl: process.env['GITHUB_SERVER_URL'] || undefined,
    // Without a pull request (a push, workflow_dispatch with base): the migrations new since the base.
    changedFiles: changedMigrations ? changedRows(changedMigrations, result.migrations.map((m) => m.file)) : (base !== undefined || baseFiles !== undefined ? result.migrations.filter((m) => m.isNew).map((m) => m.file) : undefined),
    ruleUrl: ruleDocLinks().helpUri,
    pathPrefix: repoRel.prefix,
  };
  await core.summary.addRaw(renderSummary(result, ctx) + (result.metrics ? formatMetricsMarkdown(result.metrics) : ''), true).write();

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
  const sarif = toSarif(findings, [...rules.map((r) => r.meta), ...CHECK_RULES], toolVersion(), ruleDocLinks());
  writeFileSync(resolve(cwd, sarifFile), JSON.stringify(sarif, null, 2) + '\n');
}
