/**
 * Text for the deploy guards (src/commands/deploy.ts): the staging check and the backup, printed
 * before migrate's, migrate --dry-run's and rollback's own report. Paths relative to `cwd`.
 */
import { relative } from 'node:path';
import type { DeployChecks } from '../commands/deploy.js';
import { secs } from './format.js';

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);

/** A path as the user gave its parts: relative to `cwd` when inside it. */
export const shownPath = (file: string, cwd: string) => {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
};

/** The lines for `checks` (none when neither guard applies), each ending with a newline. */
export function formatDeployChecks(checks: DeployChecks, cwd: string): string {
  const lines: string[] = [];
  const a = checks.appliedOn;
  if (a) {
    lines.push(
      a.issues.length === 0
        ? `Applied on ${a.environment} first: ✔ ${a.checked === 1 ? 'the pending migration is' : `all ${a.checked} pending migrations are`} recorded as successful in ${a.environment}'s ${a.history} (${a.database}, at version ${a.currentVersion ?? '(none)'})`
        : `Applied on ${a.environment} first: ✖ ${a.issues.length} of ${a.checked} pending migrations not applied successfully on ${a.environment} (${a.database}, ${a.history}, at version ${a.currentVersion ?? '(none)'}); nothing was applied here`,
    );
  }
  const b = checks.backup;
  if (b?.status === 'taken') lines.push(`Backup: ${shownPath(b.file, cwd)} (${size(b.bytes)}, ${b.tool}, ${secs(b.ms)})`);
  else if (b?.status === 'planned') lines.push(`Backup: would run ${b.tool} of database "${b.database}" to ${shownPath(b.file, cwd)} (timestamped when it runs) before applying`);
  else if (b?.status === 'disabled') lines.push(`Backup: none (backup.none: ${b.reason})`);
  else if (b?.status === 'skipped') lines.push(`Backup: not taken: ${b.reason}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}
