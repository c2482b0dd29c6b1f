/**
 * modes `status`, `validate`, `plan`, `migrate`, `rollback`: against `database-url` (a long-lived
 * environment), results to the job summary and outputs.
 */
import * as core from '@actions/core';
import { runDryRun, runMigrate, runRollback, runStatus, runValidate, type DbRequest } from '../commands/db.js';
import { APPLIED_ON_ENV, type DeployChecks } from '../commands/deploy.js';
import { UsageError } from '../errors.js';
import { formatConnectRetry, formatMigrate, formatRollback, formatStatus, formatValidate, progressPrinter } from '../report/db.js';
import { formatDeployChecks } from '../report/deploy.js';
import { escapeMarkdown } from '../report/markdown.js';
import type { RunMetrics } from '../db/metrics.js';
import { formatMetricsJson, formatMetricsMarkdown } from '../report/metrics.js';
import { boolInput, input, logConfigNotes, maskDatabaseUrl, pre } from './inputs.js';

export type DbMode = 'plan' | 'migrate' | 'status' | 'validate' | 'rollback';

/** The deploy guards' lines (staging first, backup) for the summary; the backup file as the output backup-file. */
function deployChecks(checks: DeployChecks, cwd: string): string {
  if (checks.backup?.status === 'taken') core.setOutput('backup-file', checks.backup.file);
  const text = formatDeployChecks(checks, cwd);
  return text ? pre(text) : '';
}

export async function dbMode(mode: DbMode, cwd: string, databaseUrl: string | undefined): Promise<void> {
  // The database of the environment named by requireAppliedOn (staging): a secret too.
  const appliedOnDatabaseUrl = input('applied-on-database-url');
  for (const u of [appliedOnDatabaseUrl, process.env[APPLIED_ON_ENV]]) if (u) maskDatabaseUrl(u);
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
      logConfigNotes(config);
    },
    onConnectRetry: (...retry) => core.info(formatConnectRetry(...retry).trimEnd()),
    // The log shows each migration, and what a long CONCURRENTLY build waits for, as it happens.
    onProgress: progressPrinter((s) => core.info(s.trimEnd()), false).onProgress,
  };
  const sections: string[] = [];
  let ok = true;
  let metrics: RunMetrics | undefined;
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
      // What migrate would check first: staging applied all of it; the backup it would take.
      const dry = await runDryRun(req);
      sections.push(deployChecks(dry, cwd));
      if (dry.appliedOn?.issues.length) {
        ok = false;
        sections.push(pre(dry.appliedOn.issues.map((i) => `${i.location ? `${i.location}: ` : ''}error ${i.code}: ${i.message}`).join('\n') + '\n'));
      }
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
    sections.push(deployChecks(r, cwd), pre(formatMigrate(r)));
    metrics = r.metrics;
  } else {
    // As the CLI's rollback: without target-version, undo the newest applied version.
    const r = await runRollback({ ...req, to: input('target-version'), forceProduction: boolInput('allow-production-rollback') }).catch((e: unknown) => {
      if (e instanceof UsageError) throw new UsageError(e.message.replace('pass --force-production', 'set the input allow-production-rollback: true'));
      throw e;
    });
    ok = r.ok;
    core.setOutput('rolled-back', r.rolledBack.length);
    sections.push(deployChecks(r, cwd), pre(formatRollback(r)));
    metrics = r.metrics;
  }
  if (metrics) {
    // For the workflow's monitoring (shape in the README); the run total past slowMigrationSeconds is a warning.
    core.setOutput('metrics-json', formatMetricsJson(metrics));
    if (metrics.warning) core.warning(metrics.warning);
  }
  const text = sections.join('\n');
  core.info(text.replace(/<\/?pre>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#64;/g, '@').replace(/&amp;/g, '&'));
  await core.summary.addHeading(`migration-guard ${mode}`, 2).addRaw(text + (metrics ? formatMetricsMarkdown(metrics) : ''), true).write();
  if (!ok) core.setFailed(`migration-guard ${mode} failed`);
}

