/**
 * Text and JSON for the database commands, and the progress printer: on a terminal one live
 * line per migration (name, elapsed), otherwise plain lines; always on stderr so that stdout
 * holds only the report (JSON stays clean).
 */
import type { CreateResult } from '../commands/db.js';
import type { AttributedIndex, MigrationFailure, MigrateResult, ProgressEvent, RepairResult, ResetResult, RollbackResult, StatusResult, ValidateResult } from '../db/runner.js';
import type { ValidationIssue } from '../db/validator.js';
import type { RunMetrics } from '../db/metrics.js';
import { formatMetricsLine } from './metrics.js';
import { LiveLine } from './progress.js';
import { plural, secs } from './format.js';

export const formatDbJson = (result: unknown): string => JSON.stringify(result, null, 2) + '\n';


/** One line per issue: `file:line:col: error CODE: message`. */
export function issueLines(issues: ValidationIssue[]): string[] {
  return issues.map((i) => `${i.location ? `${i.location}: ` : ''}error ${i.code}: ${i.message}`);
}

function invalidIndexLines(list: AttributedIndex[]): string[] {
  return list.map(
    (i) => `warning: index ${i.schema}.${i.name} on ${i.table} is INVALID (left by a failed or running CONCURRENTLY build${i.createdBy ? ` of ${i.createdBy}` : ''}); remove it with: ${i.fix}`,
  );
}

export function failureLines(f: MigrationFailure, action: 'migration' | 'rollback'): string[] {
  const lines = [`${f.location}: ${f.sqlstate ? `${f.sqlstate} ` : ''}${f.message}`];
  if (f.detail) lines.push(`  detail: ${f.detail}`);
  if (f.hint) lines.push(`  hint: ${f.hint}`);
  for (const i of f.invalidIndexes ?? []) {
    lines.push(`  PostgreSQL left the index ${i.schema}.${i.name} on ${i.table} INVALID (never used, still updated); remove it with: ${i.fix}`);
  }
  const undo = `  Its version ${f.version ?? ''} is now recorded as failed: finish or undo the half-done rollback by hand, run \`migration-guard repair\` (the version is then pending), and migrate again.`;
  if (f.mode === 'no-transaction') {
    lines.push(
      `✖ ${action} ${f.script} failed outside a transaction after ${plural(f.committedStatements, 'statement')} had completed` +
        (f.recordedAsFailed ? '; it is recorded as failed (success = false) in the schema history.' : '.'),
    );
    if (action === 'rollback' && f.recordedAsFailed) lines.push(undo);
    if (action === 'migration') {
      lines.push(
        (f.invalidIndexes ?? []).length > 0 && f.committedStatements === 0
          ? '  The next migrate drops an invalid index of the same name before building it again; run `migration-guard repair`, then migrate again.'
          : '  Remove its half-applied changes, then run `migration-guard repair` and migrate again.',
      );
    }
  } else if (f.recordedAsFailed) {
    lines.push(`✖ ${action} ${f.script} failed after ${plural(f.committedStatements, 'statement')} had committed; it is recorded as failed in the schema history.`);
    lines.push(action === 'rollback' ? undo : '  Remove its half-applied changes, then run `migration-guard repair` and migrate again.');
  } else {
    lines.push(`✖ ${action} ${f.script} failed; its transaction was rolled back and nothing of it was recorded.`);
  }
  return lines;
}

function header(database: string, history: string): string {
  return `Database: ${database}\nSchema history: ${history}`;
}

export function formatStatus(r: StatusResult): string {
  const lines = [header(r.database, r.history) + (r.historyExists ? '' : ' (not created yet)')];
  lines.push(`Current version: ${r.currentVersion ?? '(empty)'}`, '');
  const rows = r.migrations.map((m) => [
    m.version ?? (m.kind === 'repeatable' ? 'R' : ''),
    m.description,
    m.state,
    m.checksum.state === 'n/a' ? '' : m.checksum.state,
    m.installedOn ? m.installedOn.replace('T', ' ').slice(0, 19) : '',
    m.executionTime !== undefined ? secs(m.executionTime) : '',
  ]);
  const head = ['Version', 'Description', 'State', 'Checksum', 'Installed on', 'Time'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (row: string[]) => row.map((c, i) => c.padEnd(width[i]!)).join('  ').trimEnd();
  lines.push(fmt(head), fmt(width.map((w) => '-'.repeat(w))), ...rows.map(fmt));
  if (rows.length === 0) lines.push('(no migrations)');
  const counts = Object.entries(r.summary)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state}`);
  lines.push('', counts.length ? counts.join(', ') : 'nothing to report');
  if (r.issues.length) lines.push('', ...issueLines(r.issues));
  if (r.invalidIndexes.length) lines.push('', ...invalidIndexLines(r.invalidIndexes));
  if (r.runningPid !== undefined) {
    lines.push('', `note: a migration run holds the migration lock now (backend pid ${r.runningPid}): a failed row or an invalid index may belong to a migration still running`);
  }
  return lines.join('\n') + '\n';
}

export function formatValidate(r: ValidateResult): string {
  const lines = [header(r.database, r.history)];
  lines.push(...issueLines(r.issues));
  lines.push(...invalidIndexLines(r.invalidIndexes.filter((i) => !i.createdBy)));
  if (r.pending.length) lines.push(`${plural(r.pending.length, 'migration')} pending: ${r.pending.join(', ')}`);
  lines.push(r.ok ? '✔ the applied migrations match the files' : `✖ validation failed: ${plural(r.issues.length, 'problem')}`);
  return lines.join('\n') + '\n';
}

export function formatMigrate(r: MigrateResult & { metrics?: RunMetrics }): string {
  const lines = [header(r.database, r.history) + (r.createdHistory ? ' (created)' : '')];
  if (r.baselined) lines.push(`Baselined the existing schema at version ${r.baselined}`);
  for (const a of r.applied) {
    lines.push(`  applied ${a.script} (${secs(a.executionTime)}${a.mode === 'transaction' ? '' : `, ${a.mode}`}${a.retries ? `, after ${a.retries} ${a.retries === 1 ? 'retry' : 'retries'} on lock timeout` : ''})`);
    for (const l of a.dangerousLocks ?? []) {
      lines.push(`    ⚠ ${l.mode} on ${l.relation} (blocks ${l.blocks}) from line ${l.statement.line}, held ${secs(l.heldMs)} while ${plural(l.heldWhile.length, 'more statement')} ran`);
    }
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  for (const a of r.applied) for (const n of a.notes ?? []) lines.push(`note: ${a.script}: ${n}`);
  if (r.issues.length) {
    lines.push(...issueLines(r.issues), `✖ nothing applied: ${plural(r.issues.length, 'problem')} to fix first`);
  } else if (r.failure) {
    lines.push(...failureLines(r.failure, 'migration'));
    lines.push(`Schema is at version ${r.currentVersion ?? '(none)'}; ${plural(r.applied.length, 'migration')} applied before the failure.`);
  } else if (r.applied.length === 0) {
    lines.push(`✔ schema is up to date at version ${r.currentVersion ?? '(none)'}`);
  } else {
    const total = r.applied.reduce((n, a) => n + a.executionTime, 0);
    lines.push(`✔ applied ${plural(r.applied.length, 'migration')} in ${secs(total)}; schema now at version ${r.currentVersion ?? '(none)'}`);
  }
  if (r.metrics) lines.push(formatMetricsLine(r.metrics));
  return lines.join('\n') + '\n';
}

export function formatRollback(r: RollbackResult & { metrics?: RunMetrics }): string {
  const lines = [header(r.database, r.history)];
  for (const b of r.rolledBack) {
    lines.push(`  rolled back ${b.version} ${b.description} with ${b.rollbackScript} (${secs(b.executionTime)})`);
    // The runner removes the rows of repeatables applied after the version (they may depend on it).
    if (b.repeatablesToRerun?.length) lines.push(`    removed the history rows of ${b.repeatablesToRerun.join(', ')}, applied after it: the next migrate runs ${b.repeatablesToRerun.length === 1 ? 'it' : 'them'} again`);
  }
  if (r.issues.length) lines.push(...issueLines(r.issues), '✖ nothing rolled back');
  else if (r.failure) lines.push(...failureLines(r.failure, 'rollback'));
  else if (r.rolledBack.length === 0) lines.push(`✔ nothing to roll back${r.target ? ` above version ${r.target}` : ''}`);
  else lines.push(`✔ rolled back ${plural(r.rolledBack.length, 'version')}; schema now at version ${r.currentVersion ?? '(none)'}`);
  if (r.metrics) lines.push(formatMetricsLine(r.metrics));
  return lines.join('\n') + '\n';
}

export function formatRepair(r: RepairResult): string {
  const lines = [header(r.database, r.history)];
  for (const x of r.removed) lines.push(`  removed failed row ${x.version ?? 'R'} ${x.description} (${x.script})`);
  lines.push(r.removed.length ? `✔ removed ${plural(r.removed.length, 'failed row')}` : '✔ no failed migrations to repair');
  return lines.join('\n') + '\n';
}

export function formatReset(r: ResetResult): string {
  return `Dropped everything in schema "${r.schema}".\n${formatMigrate(r.migrate)}`;
}

export function formatCreate(r: CreateResult): string {
  return `created ${r.migration}\ncreated ${r.rollback}\n`;
}

/** Progress on stderr: a live line with elapsed time on a terminal, plain lines otherwise. */
/** One wait between connection attempts (connectRetries), e.g. "connecting to … failed (ECONNREFUSED); retry 2 of 3 in 2.0 s". */
export function formatConnectRetry(attempt: number, of: number, delayMs: number, message: string): string {
  return `${message}; retry ${attempt} of ${of} in ${secs(delayMs)}\n`;
}

export function progressPrinter(write: (s: string) => void, tty: boolean): { onProgress: (e: ProgressEvent) => void; stop: () => void } {
  const live = new LiveLine(write, tty);
  const verb = (a: 'migrate' | 'rollback') => (a === 'migrate' ? 'applying' : 'rolling back');
  const onProgress = (e: ProgressEvent) => {
    switch (e.type) {
      case 'lock-wait':
        write(`waiting for another migration run to finish${e.holderPid ? ` (backend pid ${e.holderPid} holds the lock)` : ''}…\n`);
        return;
      case 'concurrent': {
        if (tty) write('\n');
        const what = e.blockers.length
          ? `waiting for backend${e.blockers.length > 1 ? 's' : ''} ${e.blockers.join(', ')}${e.phase ? ` (${e.phase})` : ''}`
          : (e.phase ?? e.waitEvent ?? 'running');
        const blocks = e.blocksTotal ? `, ${Math.round(((e.blocksDone ?? 0) / e.blocksTotal) * 100)} % of blocks` : '';
        write(`${e.path}:${e.line}: CONCURRENTLY statement ${what}${blocks}, ${secs(e.elapsedMs)} so far (no lock_timeout: it does not block reads or writes)\n`);
        return;
      }
      case 'invalid-index-dropped':
        if (tty) write('\n');
        write(`${e.script}: dropped the invalid index ${e.index} left by an earlier failed build; building it again\n`);
        return;
      case 'retry':
        if (tty) write('\n');
        write(`${e.script}: ${e.message}; retry ${e.attempt} in ${secs(e.delayMs)}\n`);
        return;
      case 'start':
        if (!tty) write(`${verb(e.action)} ${e.path}\n`);
        else live.start((ms) => `… ${verb(e.action)} ${e.path} ${secs(ms)}`);
        return;
      case 'done':
      case 'failed': {
        const mark = e.type === 'done' ? '✔' : '✖';
        const slow = e.type === 'done' && e.slow ? ' (slow)' : '';
        live.finish(`${mark} ${e.path} ${secs(e.ms)}${slow}`);
        return;
      }
    }
  };
  return { onProgress, stop: () => live.stop() };
}
