/**
 * The words of check's findings that several steps share: durations, an apply failure, a lock
 * held, migrations check could not run.
 */
import type { ApplyError } from '../db/apply.js';
import { compareVersions } from '../load/version.js';
import type { MigrationFile, Project } from '../model/project.js';
import type { LockEntry } from './locks.js';
import type { RawFinding } from './findings.js';
import type { ApplyFailure } from './types.js';

export function seconds(msValue: number): string {
  return msValue >= 10_000 ? `${(msValue / 1000).toFixed(0)} s` : msValue >= 1000 ? `${(msValue / 1000).toFixed(1)} s` : `${Math.round(msValue)} ms`;
}

export function failureOf(e: ApplyError): ApplyFailure {
  return { file: e.file, line: e.line, column: e.column, sqlstate: e.sqlstate, message: e.message, detail: e.detail, hint: e.hint };
}

export function describeFailure(e: ApplyError): string {
  let s = `${e.sqlstate ? `ERROR ${e.sqlstate}: ` : ''}${e.message}`;
  if (e.detail) s += ` (detail: ${e.detail})`;
  return s;
}

/** dangerous-lock's message for a lock held while later statements run. */
export function lockMessage(l: LockEntry): string {
  const what = l.relkind === 'index' ? `index ${l.relation}` : l.relkind === 'materialized view' ? `materialized view ${l.relation}` : `table ${l.relation}`;
  const blocks = l.blocks === 'reads and writes' ? 'every read and write' : 'every write (INSERT, UPDATE, DELETE)';
  const others = l.heldWhile.length;
  const lines = l.heldWhile.slice(0, 5).map((s) => s.line);
  const where = `line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}${others > lines.length ? ', …' : ''}`;
  const rewrite = l.rewritten ? ' It also rewrites the table (new relfilenode), so the lock lasts as long as the copy.' : '';
  return (
    `takes ${/^[AEIOU]/.test(l.mode) ? 'an' : 'a'} ${l.mode} lock on ${what} and holds it while ${others} more statement${others === 1 ? ' runs' : 's run'} (${where}) until COMMIT ` +
    `(${seconds(l.heldMs)} here, on an empty table): it blocks ${blocks} on ${l.relation} for that whole time, ` +
    `and queries queue behind it while it waits for the lock.${rewrite}`
  );
}

/** The runner's migrations before `m` that check could not run (goose's Go migrations), as a clause. */
export function unreadBefore(project: Project, m: MigrationFile): string {
  const before = (project.unread ?? []).filter((u) => m.version && compareVersions(u.version, m.version) < 0).map((u) => u.rel);
  if (before.length === 0) return '';
  const last = before.sort()[before.length - 1]!;
  return ` (goose runs ${before.length === 1 ? 'a Go migration' : `${before.length} Go migrations`} before it that check cannot, the last ${last}: what ${before.length === 1 ? 'it does' : 'they do'} is missing here)`;
}

/** An apply-failed finding at the failing statement; PostgreSQL's hint, when it gives one, is the help. */
export function applyFailed(file: MigrationFile, e: ApplyError, message: string, help?: string): RawFinding {
  return {
    rule: 'apply-failed',
    file,
    offset: failedOffset(file, e),
    line: e.line,
    column: e.column,
    message,
    help: e.hint ? `PostgreSQL's hint: ${e.hint}` : help,
  };
}

/** The statement an ApplyError points at, for statement-level suppressions. */
export function failedOffset(file: MigrationFile, e: ApplyError): number | undefined {
  return e.statementIndex >= 0 ? file.parsed.statements[e.statementIndex]?.start : undefined;
}
