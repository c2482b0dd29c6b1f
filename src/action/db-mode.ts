/**
 * modes `status`, `validate`, `plan`, `migrate`, `rollback`: against `database-url` (a long-lived
 * environment), results to the job summary and outputs. `migrate` and `rollback` on a production
 * environment first require the deployed commit to be peer reviewed (review.ts); `plan` changes
 * nothing, so it does not judge reviews.
 */
import * as core from '@actions/core';
import { runMigrate, runRollback, runStatus, runValidate, type DbRequest } from '../commands/db.js';
import { UsageError } from '../errors.js';
import { knownRuleIds } from '../commands/lint.js';
import { loadConfig } from '../load/config.js';
import { formatConnectRetry, formatMigrate, formatRollback, formatStatus, formatValidate, progressPrinter } from '../report/db.js';
import { formatPlan, migrateMarkdown, planMarkdown, rollbackMarkdown, statusMarkdown, validateMarkdown } from '../report/db-markdown.js';
import { boolInput, input, logConfigNotes, maskDatabaseUrl } from './inputs.js';
import { requirePeerReview } from './review.js';

export type DbMode = 'plan' | 'migrate' | 'status' | 'validate' | 'rollback';

export async function dbMode(mode: DbMode, cwd: string, databaseUrl: string | undefined): Promise<void> {
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
  // Peer reviewed (§9.1): on production, before anything touches the database (a production
  // rollback not allowed is refused by the runner's own check first).
  if (mode === 'migrate' || (mode === 'rollback' && boolInput('allow-production-rollback'))) {
    await requirePeerReview(mode, await loadConfig({ cwd, configPath: req.configPath, environment: req.environment, knownRules: knownRuleIds(), env: process.env }));
  }
  // The job summary is Markdown as GitHub renders it (tables, headings); the log is plain text.
  let summary: string;
  let log: string;
  let ok = true;
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
      summary = planMarkdown(status, validate);
      log = formatPlan(status, validate);
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
    for (const i of r.failure?.invalidIndexes ?? []) core.error(`${r.failure!.location}: PostgreSQL left the index ${i.schema}.${i.name} INVALID; remove it with: ${i.fix}`);
    core.setOutput('applied', r.applied.length);
    core.setOutput('pending', 0);
    core.setOutput('current-version', r.initialVersion ?? '');
    core.setOutput('target-version', r.currentVersion ?? '');
    summary = migrateMarkdown(r);
    log = formatMigrate(r);
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
    summary = rollbackMarkdown(r, before ?? undefined);
    log = formatRollback(r);
  }
  core.info(log.trimEnd());
  await core.summary.addRaw(summary, true).write();
  if (!ok) core.setFailed(`migration-guard ${mode} failed`);
}

