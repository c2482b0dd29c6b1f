/**
 * modes `status`, `validate`, `plan`, `migrate`, `rollback`: against `database-url` (a long-lived
 * environment), results to the job summary and outputs. `migrate` and `rollback` on a production
 * environment first require the deployed commit to be peer reviewed (review.ts); `plan` changes
 * nothing, so it does not judge reviews.
 */
import * as core from '@actions/core';
import { runDryRun, runMigrate, runRollback, runStatus, runValidate, type DbRequest } from '../commands/db.js';
import { APPLIED_ON_ENV, type DeployChecks } from '../commands/deploy.js';
import type { RunMetrics } from '../db/metrics.js';
import type { MigrationFailure } from '../db/runner-types.js';
import { UsageError } from '../errors.js';
import { knownRuleIds } from '../commands/lint.js';
import { loadConfig } from '../load/config.js';
import { formatConnectRetry, formatMigrate, issueLines, formatRollback, formatStatus, formatValidate, progressPrinter } from '../report/db.js';
import { formatDeployChecks } from '../report/deploy.js';
import { escapeMarkdown } from '../report/markdown-text.js';
import { formatMetricsJson, formatMetricsMarkdown } from '../report/metrics.js';
import { formatPlan, migrateMarkdown, planMarkdown, rollbackMarkdown, statusMarkdown, validateMarkdown } from '../report/db-markdown.js';
import { boolInput, input, logConfigNotes, maskDatabaseUrl } from './inputs.js';
import { repoPaths } from './pull-request.js';
import { requirePeerReview } from './review.js';

export type DbMode = 'plan' | 'migrate' | 'status' | 'validate' | 'rollback';

/**
 * The deploy guards' lines (staging first, backup) as plain text for the log and a list for the
 * summary; the backup file becomes the output backup-file.
 */
function deployChecks(checks: DeployChecks, cwd: string): { log: string; summary: string } {
  if (checks.backup?.status === 'taken') core.setOutput('backup-file', checks.backup.file);
  const log = formatDeployChecks(checks, cwd);
  const lines = log.split('\n').filter(Boolean);
  const issues = checks.appliedOn?.issues ?? [];
  const problems = issueLines(issues);
  return {
    log: log + problems.map((l) => l + '\n').join(''),
    summary: lines.length || problems.length ? `\n### Deploy guards\n\n${[...lines, ...problems].map((l) => `- ${escapeMarkdown(l)}`).join('\n')}\n\n` : '',
  };
}

/** The failed migration as an error annotation on its statement (location: file:line:column). */
function failureAnnotation(f: MigrationFailure, toRepo: (file: string) => string): void {
  const at = /^(.*):(\d+):(\d+)$/.exec(f.location);
  const text = `${f.sqlstate ? `${f.sqlstate} ` : ''}${f.message}${f.detail ? `\n${f.detail}` : ''}${f.hint ? `\nhint: ${f.hint}` : ''}`;
  core.error(text, at ? { file: toRepo(at[1]!), startLine: Number(at[2]), startColumn: Number(at[3]), title: `${f.script} failed` } : { title: `${f.script} failed` });
}

export async function dbMode(mode: DbMode, cwd: string, databaseUrl: string | undefined): Promise<void> {
  // The database of the environment named by requireAppliedOn (staging): a secret too.
  const appliedOnDatabaseUrl = input('applied-on-database-url');
  for (const u of [appliedOnDatabaseUrl, process.env[APPLIED_ON_ENV]]) if (u) maskDatabaseUrl(u);
  let notesLogged = false;
  const req: DbRequest = {
    cwd,
    paths: (input('path') ?? '').split(/\s+/).filter(Boolean),
    configPath: input('config'),
    environment: input('environment'),
    databaseUrl,
    appliedOnDatabaseUrl,
    onBackupStart: (tool, file) => core.info(`backing up with ${tool} to ${file}`),
    env: process.env,
    onConfig: (config) => {
      // Flyway's url / password (flyway.conf, FLYWAY_PASSWORD, …) are secrets too.
      if (config.databaseUrl) maskDatabaseUrl(config.databaseUrl);
      // plan reads the configuration for status, validate and the dry run: its notes once.
      if (notesLogged) return;
      notesLogged = true;
      logConfigNotes(config);
    },
    onConnectRetry: (...retry) => core.info(formatConnectRetry(...retry).trimEnd()),
    // The log shows each migration, and what a long CONCURRENTLY build waits for, as it happens.
    onProgress: progressPrinter((s) => core.info(s.trimEnd()), false).onProgress,
  };
  // Peer reviewed (§9.1): on production, before anything touches the database (a production
  // rollback not allowed is refused by the runner's own check first).
  if (mode === 'migrate' || (mode === 'rollback' && boolInput('allow-production-rollback'))) {
    await requirePeerReview(mode, await loadConfig({ cwd, configPath: req.configPath, environment: req.environment, knownRules: knownRuleIds(), env: process.env }));
  }
  // The job summary is Markdown as GitHub renders it (tables, headings); the log is plain text.
  let summary: string;
  let log: string;
  let ok = true;
  let metrics: RunMetrics | undefined;
  if (mode === 'status' || mode === 'plan') {
    const status = await runStatus(req);
    const pending = status.migrations.filter((m) => m.state === 'pending');
    core.setOutput('pending', pending.length);
    core.setOutput('applied', status.migrations.filter((m) => m.state === 'applied' || m.state === 'out-of-order').length);
    core.setOutput('current-version', status.currentVersion ?? '');
    if (mode === 'plan') {
      // A plan is about migrations not applied yet: they are what it lists, not a failure.
      const validate = await runValidate({ ...req, allowPending: true });
      ok = validate.ok;
      // What migrate would check first: staging applied all of it; the backup it would take.
      const dry = await runDryRun(req);
      const guards = deployChecks(dry, cwd);
      const refused = dry.appliedOn?.issues.length ? `${dry.appliedOn.issues.length} not applied on ${dry.appliedOn.environment} first` : undefined;
      if (refused) ok = false;
      // What migrate would run is its dry run's list (the configured target applied), unless the
      // dry run stopped on a problem validate also reports: then the pending ones.
      const wouldRun = dry.issues.length === 0 ? dry.migrations : undefined;
      summary = planMarkdown(status, validate, refused, wouldRun) + guards.summary;
      log = formatPlan(status, validate, wouldRun) + guards.log;
    } else {
      summary = statusMarkdown(status);
      log = formatStatus(status);
    }
  } else if (mode === 'validate') {
    const r = await runValidate(req);
    ok = r.ok;
    core.setOutput('pending', r.pending.length);
    summary = validateMarkdown(r);
    log = formatValidate(r);
  } else if (mode === 'migrate') {
    const r = await runMigrate(req);
    ok = r.ok;
    // Slow migrations (past slowMigrationSeconds) and other runner warnings, as annotations.
    for (const w of r.warnings) core.warning(w);
    for (const a of r.applied) for (const n of a.notes) core.warning(`${a.path}: ${n}`);
    if (r.failure) failureAnnotation(r.failure, repoPaths(cwd, process.env['GITHUB_WORKSPACE']).toRepo);
    for (const i of r.failure?.invalidIndexes ?? []) core.error(`${r.failure!.location}: PostgreSQL left the index ${i.schema}.${i.name} INVALID; remove it with: ${i.fix}`);
    core.setOutput('applied', r.applied.length);
    // 0 after a successful run; after a failure the pending count is not known here (see status).
    if (r.ok) core.setOutput('pending', 0);
    core.setOutput('current-version', r.initialVersion ?? '');
    core.setOutput('target-version', r.currentVersion ?? '');
    const guards = deployChecks(r, cwd);
    summary = migrateMarkdown(r) + guards.summary;
    log = guards.log + formatMigrate(r);
    metrics = r.metrics;
  } else {
    // As the CLI's rollback: without target-version, undo the newest applied version.
    const r = await runRollback({ ...req, to: input('target-version'), forceProduction: boolInput('allow-production-rollback') }).catch((e: unknown) => {
      if (e instanceof UsageError) throw new UsageError(e.message.replace('pass --force-production', 'set the input allow-production-rollback: true'));
      throw e;
    });
    ok = r.ok;
    // The version before: the newest one rolled back (or whose rollback failed), else unchanged.
    const before = r.rolledBack[0]?.version ?? r.failure?.version ?? r.currentVersion;
    core.setOutput('rolled-back', r.rolledBack.length);
    // A rollback refused or failed does not read the version again: then the output is left unset.
    if (before !== undefined || r.ok) core.setOutput('current-version', before ?? '');
    if (r.currentVersion !== undefined || r.ok) core.setOutput('target-version', r.currentVersion ?? '');
    const guards = deployChecks(r, cwd);
    summary = rollbackMarkdown(r, before ?? undefined) + guards.summary;
    log = guards.log + formatRollback(r);
    metrics = r.metrics;
  }
  if (metrics) {
    // For the workflow's monitoring (shape in the README); the run total past slowMigrationSeconds is a warning.
    core.setOutput('metrics-json', formatMetricsJson(metrics));
    if (metrics.warning) core.warning(metrics.warning);
    summary += formatMetricsMarkdown(metrics);
  }
  core.info(log.trimEnd());
  await core.summary.addRaw(summary, true).write();
  if (!ok) core.setFailed(`migration-guard ${mode} failed`);
}

