/**
 * The job summaries of the database modes (status, plan, validate, migrate, rollback) as GitHub
 * renders Markdown (CommonMark + GFM): a heading with the verdict, the database as a short list,
 * the migrations as GFM tables, problems as list items, and plain text (a failure's detail) only
 * inside <pre> with a blank line before and after it, so that no HTML block swallows what follows
 * (an HTML block of kind 6, such as <h2>, runs on to the next blank line: CommonMark §4.6).
 * Also the plan's plain-text log, which lists each migration once.
 *
 * Everything from files or the database is escaped with escapeMarkdown / the <pre> entities.
 */
import type { MigrateResult, RollbackResult, StatusResult, ValidateResult, AttributedIndex } from '../db/runner-types.js';
import type { MigrationInfo, ValidationIssue } from '../db/validator.js';
import { failureLines, issueLines } from './db.js';
import { escapeMarkdown } from './markdown-text.js';
import { plural, secs } from './format.js';

const md = escapeMarkdown;
const version = (v: string | null | undefined) => v ?? '(none)';

/** Plain text as a <pre> HTML block (entities, so nothing in it is read as HTML or a mention), blank lines around it. */
export function preBlock(text: string): string {
  const escaped = text.trimEnd().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;');
  return `\n<pre>${escaped}</pre>\n\n`;
}

function tableOf(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n\n';
}

/** `verdict` is Markdown already (escaped by the caller). */
/** A summary's first line: `## ✅|❌ migration-guard MODE: verdict` (the verdict already Markdown). */
export function heading(mode: string, ok: boolean, verdict: string): string {
  return `## ${ok ? '✅' : '❌'} migration-guard ${mode}: ${verdict}\n\n`;
}

function facts(r: { database: string; history: string }, more: [string, string][] = []): string {
  const items: [string, string][] = [['Database', r.database], ['Schema history', r.history], ...more];
  return items.map(([k, v]) => `- **${k}:** ${md(v)}`).join('\n') + '\n\n';
}

function issueList(issues: ValidationIssue[]): string {
  if (!issues.length) return '';
  return issues.map((i) => `- ❌ **${md(i.code)}**${i.location ? ` ${md(i.location)}` : ''}: ${md(i.message)}`).join('\n') + '\n\n';
}

function invalidIndexList(list: AttributedIndex[]): string {
  if (!list.length) return '';
  return (
    list
      .map((i) => `- ⚠️ index ${md(`${i.schema}.${i.name}`)} on ${md(i.table)} is INVALID${i.createdBy ? ` (left by ${md(i.createdBy)})` : ''}; remove it with: ${md(i.fix)}`)
      .join('\n') + '\n\n'
  );
}

const versionCell = (m: Pick<MigrationInfo, 'version' | 'kind'>) => m.version ?? (m.kind === 'repeatable' ? 'R' : '');

/** mode `status`: every migration once, in one table. */
export function statusMarkdown(r: StatusResult): string {
  const ok = r.issues.length === 0;
  const counts = Object.entries(r.summary).filter(([, n]) => n > 0).map(([state, n]) => `${n} ${state}`);
  let out = heading('status', ok, `version ${version(r.currentVersion)}${counts.length ? `, ${counts.join(', ')}` : ''}`);
  out += facts(r, [['Current version', `${version(r.currentVersion)}${r.historyExists ? '' : ' (history not created yet)'}`]]);
  if (r.migrations.length) {
    out += tableOf(
      ['Version', 'Description', 'State', 'Checksum', 'Installed on', 'Time'],
      r.migrations.map((m) => [
        md(versionCell(m)),
        md(m.description),
        md(m.state),
        m.checksum.state === 'n/a' ? '' : md(m.checksum.state),
        m.installedOn ? md(m.installedOn.replace('T', ' ').slice(0, 19)) : '',
        m.executionTime !== undefined ? secs(m.executionTime) : '',
      ]),
    );
  } else out += 'No migrations.\n\n';
  out += issueList(r.issues) + invalidIndexList(r.invalidIndexes);
  if (r.runningPid !== undefined) out += `A migration run holds the migration lock now (backend pid ${r.runningPid}): a failed row or an invalid index may belong to a migration still running.\n\n`;
  return out;
}

/** A migration a plan would run: from migrate's dry run (its target applied), else status's pending ones. */
export interface WouldRun {
  version: string | null;
  description: string;
  script: string;
}

const pendingOf = (s: StatusResult, wouldRun?: WouldRun[]): WouldRun[] =>
  wouldRun ?? s.migrations.filter((m) => m.state === 'pending').map((m) => ({ version: versionCell(m) || null, description: m.description, script: m.script }));
const runVersion = (m: WouldRun) => m.version ?? 'R';

/** mode `plan`: what would run, in order (each once), and whether the applied ones match their files. */
export function planMarkdown(s: StatusResult, v: ValidateResult, refused?: string, wouldRun?: WouldRun[]): string {
  const pending = pendingOf(s, wouldRun);
  const applied = s.migrations.filter((m) => m.state === 'applied' || m.state === 'out-of-order').length;
  const verdict = refused ?? (v.ok ? (pending.length ? `${plural(pending.length, 'migration')} would run` : 'nothing to run') : `${plural(v.issues.length, 'problem')} to fix first`);
  let out = heading('plan', v.ok && refused === undefined, verdict);
  out += facts(s, [['Current version', version(s.currentVersion)], ['Applied', String(applied)]]);
  if (pending.length) {
    out += '### Would run, in order\n\n';
    out += tableOf(['#', 'Version', 'Description', 'Script'], pending.map((m, i) => [String(i + 1), md(runVersion(m)), md(m.description), md(m.script)]));
  } else out += 'Nothing would run: the database is up to date.\n\n';
  out += issueList(v.issues) + invalidIndexList(v.invalidIndexes.filter((i) => !i.createdBy));
  out += v.ok ? 'The applied migrations match the files.\n' : `Validation failed: ${plural(v.issues.length, 'problem')}.\n`;
  return out;
}

/** The plan as plain text for the log: the same facts, each migration once. */
export function formatPlan(s: StatusResult, v: ValidateResult, wouldRun?: WouldRun[]): string {
  const pending = pendingOf(s, wouldRun);
  const lines = [`Database: ${s.database}`, `Schema history: ${s.history}`, `Current version: ${version(s.currentVersion)}`];
  if (pending.length) lines.push('Would run, in order:', ...pending.map((m, i) => `  ${i + 1}. ${runVersion(m)} ${m.description} (${m.script})`));
  else lines.push('Nothing would run: the database is up to date.');
  lines.push(...issueLines(v.issues));
  for (const i of v.invalidIndexes.filter((x) => !x.createdBy)) lines.push(`warning: index ${i.schema}.${i.name} on ${i.table} is INVALID; remove it with: ${i.fix}`);
  lines.push(v.ok ? '✔ the applied migrations match the files' : `✖ validation failed: ${plural(v.issues.length, 'problem')}`);
  return lines.join('\n') + '\n';
}

/** mode `validate`. */
export function validateMarkdown(r: ValidateResult): string {
  let out = heading('validate', r.ok, r.ok ? 'the applied migrations match the files' : plural(r.issues.length, 'problem'));
  out += facts(r);
  out += issueList(r.issues) + invalidIndexList(r.invalidIndexes.filter((i) => !i.createdBy));
  if (r.pending.length) out += `${plural(r.pending.length, 'migration')} pending: ${r.pending.map(md).join(', ')}\n\n`;
  return out;
}

/** mode `migrate`: one row per migration applied; a failure's detail as plain text (failureLines). */
export function migrateMarkdown(r: MigrateResult): string {
  const verdict = r.issues.length
    ? `nothing applied, ${plural(r.issues.length, 'problem')} to fix first`
    : r.failure
      ? `${md(r.failure.script)} failed`
      : r.applied.length
        ? `applied ${plural(r.applied.length, 'migration')}`
        : 'up to date';
  let out = heading('migrate', r.ok, verdict);
  out += facts(r, [
    ['Version before', version(r.initialVersion)],
    ['Version after', version(r.currentVersion)],
    ...(r.baselined ? ([['Baselined at', r.baselined]] as [string, string][]) : []),
  ]);
  if (r.applied.length) {
    out += tableOf(
      ['Migration', 'Time', 'Mode', 'Notes'],
      r.applied.map((a) => [
        md(a.script),
        secs(a.executionTime),
        md(a.mode),
        md([a.slow ? 'slow' : '', a.retries ? `${a.retries} lock-timeout ${a.retries === 1 ? 'retry' : 'retries'}` : '', ...(a.dangerousLocks ?? []).map((l) => `${l.mode} on ${l.relation}`), ...a.notes].filter(Boolean).join('; ')),
      ]),
    );
  }
  if (r.warnings.length) out += r.warnings.map((w) => `- ⚠️ ${md(w)}`).join('\n') + '\n\n';
  out += issueList(r.issues);
  if (r.failure) out += '### Failure\n' + preBlock(failureLines(r.failure, 'migration').join('\n'));
  return out;
}

/** mode `rollback`: one row per version rolled back; `before` is the version before the run. */
export function rollbackMarkdown(r: RollbackResult, before: string | undefined): string {
  const verdict = r.issues.length
    ? 'nothing rolled back'
    : r.failure
      ? `${md(r.failure.script)} failed`
      : r.rolledBack.length
        ? `rolled back ${plural(r.rolledBack.length, 'version')}`
        : 'nothing to roll back';
  let out = heading('rollback', r.ok, verdict);
  out += facts(r, [
    ['Version before', before ?? (r.ok ? '(none)' : 'not read')],
    ['Version after', r.currentVersion ?? (r.ok ? '(none)' : 'not read')],
  ]);
  if (r.rolledBack.length) {
    out += tableOf(
      ['Version', 'Description', 'Rollback script', 'Time', 'Notes'],
      r.rolledBack.map((b) => [
        md(b.version),
        md(b.description),
        md(b.rollbackScript),
        secs(b.executionTime),
        b.repeatablesToRerun.length ? md(`the next migrate runs ${b.repeatablesToRerun.join(', ')} again`) : '',
      ]),
    );
  }
  out += issueList(r.issues);
  if (r.failure) out += '### Failure\n' + preBlock(failureLines(r.failure, 'rollback').join('\n'));
  return out;
}
