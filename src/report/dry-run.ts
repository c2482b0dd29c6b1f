/**
 * Text for `migrate --dry-run` and `baseline` (their JSON is the result as is, formatDbJson).
 */
import type { DryRunResult } from '../db/runner.js';
import type { ApplyMode } from '../db/plan.js';
import { plural } from './format.js';
import { issueLines } from './db.js';


/** How the runner runs a file (plan.ts's modes), in words. */
export const MODE_TEXT: Record<ApplyMode, string> = {
  transaction: 'in one transaction with its history row',
  'as-written': 'as written (its own BEGIN/COMMIT)',
  'no-transaction': 'statement by statement, outside a transaction',
  'one-query': "as one query, as the project's runner sends it",
};

/**
 * "Would apply, in order:" then one line per migration — version (R for a repeatable),
 * description, statement count, transaction mode, file — and what would stop migrate.
 */
export function formatDryRun(r: DryRunResult): string {
  const lines = [`Database: ${r.database}\nSchema history: ${r.history}`, `Dry run: nothing was applied. Schema at version ${r.currentVersion ?? '(none)'}.`];
  if (r.createsHistory) lines.push(`migrate would create ${r.history}${r.baselined ? ` with a baseline row at version ${r.baselined} (baselineOnMigrate)` : ''}.`);
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  if (r.issues.length) {
    lines.push(...issueLines(r.issues));
    lines.push(`✖ migrate would stop before applying anything (${plural(r.issues.length, 'issue')})`);
    return lines.join('\n') + '\n';
  }
  if (r.migrations.length === 0) {
    lines.push('✔ nothing to apply: the schema is up to date');
    return lines.join('\n') + '\n';
  }
  lines.push('Would apply, in order:');
  const vw = Math.max(...r.migrations.map((m) => (m.version ?? 'R').length));
  const dw = Math.max(...r.migrations.map((m) => m.description.length));
  const sw = Math.max(...r.migrations.map((m) => plural(m.statements, 'statement').length));
  for (const m of r.migrations) {
    lines.push(`  ${(m.version ?? 'R').padEnd(vw)}  ${m.description.padEnd(dw)}  ${plural(m.statements, 'statement').padEnd(sw)}  ${MODE_TEXT[m.mode]}  ${m.path}`);
  }
  lines.push(`${plural(r.migrations.length, 'migration')} would be applied${r.group ? ', all in one transaction (group)' : ''}`);
  return lines.join('\n') + '\n';
}

export function formatBaseline(r: { database: string; history: string; version: string; skipped?: boolean }): string {
  return `Database: ${r.database}\nSchema history: ${r.history}\n${r.skipped ? `✔ already baselined at version ${r.version}: nothing to do` : `✔ baselined at version ${r.version}: migrate applies only the versions above it`}\n`;
}
