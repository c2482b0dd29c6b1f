/**
 * The GitHub Action: reads `mode` and hands over to check-mode.ts (pull requests and pushes) or
 * db-mode.ts (a long-lived database); a usage, configuration or internal error fails the step
 * with the database URL masked.
 */
import * as core from '@actions/core';
import { maskSecrets } from '../db/url.js';
import { ConfigError, UsageError } from '../errors.js';
import { checkMode } from './check-mode.js';
import { dbMode } from './db-mode.js';
import { input, maskDatabaseUrl, workingDirectory } from './inputs.js';

const MODES = ['check', 'plan', 'migrate', 'status', 'validate', 'rollback'] as const;
type Mode = (typeof MODES)[number];

export async function run(): Promise<void> {
  let databaseUrl: string | undefined;
  try {
    const cwd = workingDirectory();
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
