/**
 * The GitHub Action: reads `mode` and hands over to check-mode.ts (pull requests and pushes) or
 * db-mode.ts (a long-lived database); a usage, configuration or internal error fails the step
 * with the database URL masked.
 */
import * as core from '@actions/core';
import { maskSecrets } from '../db/url.js';
import { ConfigError, UsageError } from '../errors.js';
import { heading } from '../report/db-markdown.js';
import { escapeMarkdown } from '../report/markdown-text.js';
import { checkMode } from './check-mode.js';
import { dbMode } from './db-mode.js';
import { input, maskDatabaseUrl, workingDirectory } from './inputs.js';

const MODES = ['check', 'plan', 'migrate', 'status', 'validate', 'rollback'] as const;
type Mode = (typeof MODES)[number];

export async function run(): Promise<void> {
  let databaseUrl: string | undefined;
  let mode = 'check';
  try {
    const cwd = workingDirectory();
    const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
    databaseUrl = input('database-url');
    if (databaseUrl) maskDatabaseUrl(databaseUrl);
    mode = input('mode') ?? 'check';
    if (!MODES.includes(mode as Mode)) throw new UsageError(`mode must be one of ${MODES.join(', ')} (got "${mode}")`);
    if (mode === 'check') await checkMode(cwd, eventName, databaseUrl);
    else await dbMode(mode as Exclude<Mode, 'check'>, cwd, databaseUrl);
  } catch (e) {
    // The same masking as the CLI (the runner's log masking only knows the password, not the URL).
    const usage = e instanceof UsageError || e instanceof ConfigError;
    const message = usage ? maskSecrets(e.message, databaseUrl) : `internal error: ${maskSecrets(e instanceof Error ? e.message : String(e), databaseUrl)}`;
    core.setFailed(message);
    await stoppedSummary(mode, message);
  }
}

/**
 * A run stopped before its own report (a refused deploy, a configuration error): the job summary
 * still says what happened, as every summary does — a heading with the verdict, then the reason.
 */
async function stoppedSummary(mode: string, message: string): Promise<void> {
  try {
    const what = MODES.includes(mode as Mode) ? mode : 'run';
    await core.summary.addRaw(`${heading(what, false, 'stopped')}${escapeMarkdown(message)}\n`, true).write();
  } catch {
    // No summary file (run outside a runner): the failure is in the log.
  }
}
