/**
 * The Markdown report: the one living PR comment (found again by its hidden marker) and the job
 * summary. A headline verdict; a table with one row per changed migration (lint errors/warnings,
 * applied ✓/✗ with time, rollback verified ✓/✗/–, dangerous locks); per file the findings with
 * line links to the PR's head commit and their help; the critical queries' plans (markdown-plans.ts);
 * the schema diff; the PostgreSQL version.
 *
 * Everything that comes from a migration (file names, messages, SQL, object names) is escaped:
 * it cannot break the Markdown or a table, inject HTML, @mention anyone or link an issue.
 * The comment stays within GitHub's 65,536 characters by rendering with ever tighter limits
 * (findings per file, files, rows, diff lines, text length) until it fits; the last resort is a
 * bounded headline with a pointer to the job summary.
 */
import { migrationName } from './format.js';
import type { CheckResult } from '../commands/check.js';
import { dangerousLocks } from '../check/locks.js';
import type { MigrationCheck } from '../check/run.js';
import type { Finding } from '../lint/types.js';
import { duration, notCheckedLine } from './format.js';
import { plansSection } from './markdown-plans.js';
import { clip, codeBlock, encodePath, escapeHtml, escapeMarkdown, neutralise, normPath, oneLine } from './markdown-text.js';

export { escapeHtml, escapeMarkdown } from './markdown-text.js';

/** The hidden marker the living comment is found by. */
export const COMMENT_MARKER = '<!-- migration-guard:comment -->';

/** GitHub rejects issue-comment bodies longer than this (characters). */
export const MAX_COMMENT_LENGTH = 65_536;

/** Job summaries are limited to 1 MiB per step; leave room for whatever else the step writes. */
export const MAX_SUMMARY_BYTES = 1_000_000;

/** The lint's result without a database part. */
export interface LintOnly {
  findings: Finding[];
  summary: { errors: number; warnings: number; files?: number; migrations?: number };
}

export interface CommentContext {
  /** "owner/name" */
  repository: string;
  /** The PR's head commit: line links point there. */
  headSha: string;
  /** Default https://github.com. */
  serverUrl?: string;
  /** Paths of the migrations the PR changes, as the findings name them; undefined: all. */
  changedFiles?: string[];
  /** The documentation page of a rule: rule ids link there (the Action: ruleDocLinks, as SARIF's helpUri). */
  ruleUrl?: (rule: string) => string;
  /**
   * Where the findings' paths are relative to, inside the repository ("db/" for a working
   * directory db; default the root): prepended in blob links.
   */
  pathPrefix?: string;
}

export interface RenderOptions {
  /** Upper bound on the result's size (characters, or UTF-8 bytes with `measure: 'bytes'`). */
  maxLength?: number;
  measure?: 'chars' | 'bytes';
}

// ---------------------------------------------------------------------------------------------
// Pieces

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

const isCheck = (r: CheckResult | LintOnly): r is CheckResult => 'migrations' in r && 'postgres' in r;

interface Limits {
  findingsPerFile: number;
  files: number;
  rows: number;
  diffLines: number;
  /** Longest message, help, name or diff line shown. */
  text: number;
}

const LADDER: Limits[] = [
  { findingsPerFile: Infinity, files: Infinity, rows: Infinity, diffLines: Infinity, text: Infinity },
  { findingsPerFile: 200, files: 200, rows: 300, diffLines: 300, text: 2000 },
  { findingsPerFile: 50, files: 100, rows: 150, diffLines: 150, text: 1000 },
  { findingsPerFile: 20, files: 50, rows: 100, diffLines: 80, text: 600 },
  { findingsPerFile: 8, files: 30, rows: 60, diffLines: 40, text: 400 },
  { findingsPerFile: 3, files: 20, rows: 40, diffLines: 20, text: 300 },
  { findingsPerFile: 1, files: 10, rows: 20, diffLines: 10, text: 200 },
  { findingsPerFile: 0, files: 0, rows: 10, diffLines: 0, text: 120 },
];

interface Row {
  file: string;
  check?: MigrationCheck;
  errors: number;
  warnings: number;
}

interface Model {
  result: CheckResult | LintOnly;
  check?: CheckResult;
  ctx: Required<Pick<CommentContext, 'repository' | 'headSha' | 'serverUrl'>> & Pick<CommentContext, 'ruleUrl' | 'pathPrefix'>;
  rows: Row[];
  /** The caller said which files the PR changes. */
  changedKnown: boolean;
  /** Files with findings, changed ones first, each with its findings in order. */
  files: { file: string; findings: Finding[] }[];
}

function buildModel(result: CheckResult | LintOnly, ctx: CommentContext): Model {
  const check = isCheck(result) ? result : undefined;
  const changed = ctx.changedFiles ? new Set(ctx.changedFiles.map(normPath)) : undefined;
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = normPath(f.file);
    byFile.set(key, [...(byFile.get(key) ?? []), f]);
  }
  const count = (files: string[]) => {
    let errors = 0;
    let warnings = 0;
    for (const file of files) for (const f of byFile.get(file) ?? []) f.severity === 'error' ? errors++ : warnings++;
    return { errors, warnings };
  };

  const rows: Row[] = [];
  const covered = new Set<string>();
  for (const m of check?.migrations ?? []) {
    const file = normPath(m.file);
    const rollback = m.rollbackFile === undefined ? undefined : normPath(m.rollbackFile);
    if (changed && !changed.has(file) && !(rollback && changed.has(rollback))) continue;
    covered.add(file);
    if (rollback) covered.add(rollback);
    // A goose or dbmate Down section is in the migration's own file: its findings counted once.
    rows.push({ file, check: m, ...count(rollback && rollback !== file ? [file, rollback] : [file]) });
  }
  const extra = changed ? [...changed] : [...byFile.keys()];
  for (const file of extra.filter((f) => !covered.has(f)).sort()) rows.push({ file, ...count([file]) });

  const files = [...byFile.entries()].map(([file, findings]) => ({ file, findings }));
  if (changed) files.sort((a, b) => Number(!changed.has(a.file)) - Number(!changed.has(b.file)));

  return {
    result,
    check,
    ctx: {
      repository: ctx.repository,
      headSha: ctx.headSha,
      serverUrl: (ctx.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
      ruleUrl: ctx.ruleUrl,
      pathPrefix: ctx.pathPrefix,
    },
    rows,
    changedKnown: !!changed,
    files,
  };
}

/** `text` linked to the file (at `line`) in the repository at the head commit; plain text when either is unknown. */
function fileLink(model: Model, text: string, file: string, line?: number): string {
  return model.ctx.repository && model.ctx.headSha ? `[${text}](${blobUrl(model, file, line)})` : text;
}

function blobUrl(model: Model, file: string, line?: number): string {
  const { serverUrl, repository, headSha } = model.ctx;
  const anchor = line !== undefined && line >= 1 ? `#L${Math.floor(line)}` : '';
  const prefix = normPath(model.ctx.pathPrefix ?? '').replace(/\/*$/, '/').replace(/^\/$/, '');
  return `${serverUrl}/${encodePath(repository)}/blob/${encodeURIComponent(headSha)}/${encodePath(prefix + file)}${anchor}`;
}

const baseName = migrationName;

function headline(model: Model): string[] {
  const { summary } = model.result;
  // A chain that stopped (its failure suppressed) is never "no problems": migrations went unchecked.
  const unchecked = model.check !== undefined && !model.check.complete;
  const icon = summary.errors > 0 ? '❌' : summary.warnings > 0 || unchecked ? '⚠️' : '✅';
  const verdict =
    summary.errors + summary.warnings === 0
      ? unchecked
        ? 'not every migration was checked'
        : 'no problems'
      : [summary.errors ? plural(summary.errors, 'error') : '', summary.warnings ? plural(summary.warnings, 'warning') : ''].filter(Boolean).join(', ');
  const out = [`## ${icon} migration-guard: ${verdict}`, ''];
  const c = model.check;
  const facts: string[] = [];
  const changed = model.changedKnown ? model.rows.length : undefined;
  if (c) {
    const s = c.summary;
    if (changed !== undefined) facts.push(plural(changed, 'changed migration'));
    const notRun = [s.failed ? `${s.failed} failed` : '', s.skipped ? `${s.skipped} not run` : ''].filter(Boolean).join(', ');
    facts.push(`${s.applied} of ${plural(s.migrations, 'migration')} applied${notRun ? ` (${notRun})` : ''}`);
    facts.push(`${plural(s.rollbacksVerified, 'rollback')} verified${s.rollbacksBroken ? `, ${s.rollbacksBroken} broken` : ''}`);
    if (s.dangerousLocks) facts.push(plural(s.dangerousLocks, 'dangerous lock'));
  } else {
    const s = model.result.summary;
    facts.push(s.migrations !== undefined ? `${plural(s.migrations, 'migration')} linted` : `${plural(model.rows.length, 'file')} linted`);
    facts.push('no database check');
  }
  out.push(facts.join(' · '), '');
  return out;
}

function appliedCell(m: MigrationCheck | undefined): string {
  if (!m) return '–';
  if (m.applied === 'ok') return `✓ ${duration(m.durationMs)}`.trim();
  if (m.applied === 'failed') return '✗ failed';
  return '– skipped';
}

function rollbackCell(m: MigrationCheck | undefined): string {
  switch (m?.rollback) {
    case 'verified':
      return '✓ verified';
    case 'incomplete':
      return '✗ incomplete';
    case 'failed':
      return '✗ failed';
    case 'missing':
      return '– missing';
    default:
      return '–';
  }
}

function locksCell(model: Model, m: MigrationCheck | undefined, limits: Limits): string {
  if (!m) return '–';
  const reported = model.result.findings.some((f) => f.rule === 'dangerous-lock' && normPath(f.file) === normPath(m.file));
  const dangerous = dangerousLocks(m);
  const parts: string[] = [];
  if (dangerous.length) {
    const shown = dangerous.slice(0, 3).map((l) => escapeMarkdown(clip(`${l.mode} on ${l.relation}`, limits.text)));
    const more = dangerous.length > 3 ? ` +${dangerous.length - 3} more` : '';
    parts.push(reported ? `⚠️ ${shown.join(', ')}${more}` : `${shown.join(', ')}${more} (suppressed)`);
  }
  if (m.rewritten.length) {
    const shown = m.rewritten.slice(0, 3).map((r) => escapeMarkdown(clip(r, limits.text)));
    parts.push(`rewrites ${shown.join(', ')}${m.rewritten.length > 3 ? ` +${m.rewritten.length - 3} more` : ''}`);
  }
  return parts.length ? parts.join('; ') : '–';
}

function lintCell(row: Row): string {
  if (!row.errors && !row.warnings) return '✓';
  return [row.errors ? `❌ ${row.errors.toLocaleString('en-US')}` : '', row.warnings ? `⚠️ ${row.warnings.toLocaleString('en-US')}` : ''].filter(Boolean).join(' ');
}

/** Stops a rendering as soon as it cannot fit any more (characters never exceed UTF-8 bytes). */
class Overflow extends Error {}

interface Budget {
  left: number;
}

function take(budget: Budget, s: string): string {
  budget.left -= s.length + 1;
  if (budget.left < 0) throw new Overflow();
  return s;
}

function table(model: Model, limits: Limits, budget: Budget): string[] {
  if (!model.rows.length) return [];
  const db = !!model.check;
  const out = [db ? '| Migration | Lint | Applied | Rollback | Dangerous locks |' : '| Migration | Lint |', db ? '|---|---|---|---|---|' : '|---|---|'];
  for (const row of model.rows.slice(0, limits.rows)) {
    const name = fileLink(model, escapeMarkdown(clip(baseName(row.file), limits.text)), row.file);
    const cells = [name, lintCell(row)];
    if (db) cells.push(appliedCell(row.check), rollbackCell(row.check), locksCell(model, row.check, limits));
    out.push(take(budget, `| ${cells.join(' | ')} |`));
  }
  if (model.rows.length > limits.rows) {
    const more = `… ${plural(model.rows.length - limits.rows, 'more migration')}`;
    out.push(db ? `| ${more} | | | | |` : `| ${more} | |`);
  }
  out.push('');
  return out;
}

function findingLine(model: Model, f: Finding, limits: Limits): string {
  const icon = f.severity === 'error' ? '❌' : '⚠️';
  const where = f.line >= 1 ? `L${Math.floor(f.line)}` : 'file';
  const link = fileLink(model, where, normPath(f.file), f.line);
  const id = escapeMarkdown(clip(f.rule, 100));
  const rule = model.ctx.ruleUrl ? `[${id}](${model.ctx.ruleUrl(f.rule)})` : id;
  const help = f.help ? `<br>💡 ${escapeMarkdown(clip(f.help, limits.text))}` : '';
  return `- ${icon} ${link} **${rule}**: ${escapeMarkdown(clip(f.message, limits.text))}${help}`;
}

function findingSections(model: Model, limits: Limits, moreNote: string, budget: Budget): string[] {
  if (!model.files.length) return [];
  const out = ['### Findings', ''];
  const open = model.result.findings.length <= 20;
  const shownFiles = model.files.slice(0, limits.files);
  for (const { file, findings } of shownFiles) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const counts = [errors ? plural(errors, 'error') : '', findings.length - errors ? plural(findings.length - errors, 'warning') : ''].filter(Boolean).join(', ');
    out.push(`<details${open ? ' open' : ''}>`, `<summary><b>${escapeHtml(clip(file, limits.text))}</b> — ${counts}</summary>`, '');
    for (const f of findings.slice(0, limits.findingsPerFile)) out.push(take(budget, findingLine(model, f, limits)));
    const hidden = findings.length - Math.min(findings.length, limits.findingsPerFile);
    if (hidden > 0) out.push(`- … ${plural(hidden, 'more finding')}, ${moreNote}`);
    out.push('', '</details>', '');
  }
  const hiddenFiles = model.files.slice(shownFiles.length);
  if (hiddenFiles.length) {
    const n = hiddenFiles.reduce((a, f) => a + f.findings.length, 0);
    out.push(`… ${plural(n, 'more finding')} in ${plural(hiddenFiles.length, 'more file')}, ${moreNote}`, '');
  }
  return out;
}

function schemaSection(model: Model, limits: Limits, moreNote: string, budget: Budget): string[] {
  const c = model.check;
  if (!c) return [];
  const out = ['### Schema changes', ''];
  if (!c.schemaChanges.length) out.push('None.', '');
  else {
    const sign = { added: '+', changed: '~', dropped: '-' } as const;
    const lines = c.schemaChanges
      .slice(0, limits.diffLines)
      .map((l) => neutralise(oneLine(clip(`${sign[l.change]} ${l.kind} ${l.name}${l.text ? `  ${l.text}` : ''}`, limits.text))))
      .map((l) => take(budget, l));
    const hidden = c.schemaChanges.length - lines.length;
    const open = c.schemaChanges.length <= 15 ? ' open' : '';
    out.push(`<details${open}>`, `<summary>${plural(c.schemaChanges.length, 'change')} (before the first new migration → after the last)</summary>`, '');
    out.push(codeBlock(lines, 'diff'), '');
    if (hidden > 0) out.push(`… ${plural(hidden, 'more change')}, ${moreNote}`, '');
    out.push('</details>', '');
  }
  if (!c.complete) out.push(`_Incomplete: ${escapeMarkdown(notCheckedLine(c.migrations) ?? 'a failure stopped the migrations before the end')}._`, '');
  return out;
}

function footer(model: Model, limits: Limits): string[] {
  const parts: string[] = [];
  const c = model.check;
  if (c) {
    const pg = c.postgres;
    const where = pg.engine === 'pglite' ? 'embedded PGlite' : pg.label;
    parts.push(`PostgreSQL ${escapeMarkdown(clip(pg.version || 'unknown version', 60))}${where ? ` (${escapeMarkdown(clip(where, limits.text))})` : ''}`);
    parts.push(`checked in ${duration(c.summary.durationMs)}`);
    // check's database state cache: the merged migrations were not applied again.
    const restored = c.summary.restored ?? 0;
    if (restored > 0) parts.push(`${plural(restored, 'merged migration')} restored from the cache`);
  }
  if (model.ctx.headSha) parts.push(`commit ${escapeMarkdown(model.ctx.headSha.slice(0, 7))}`);
  return [`<sub>${parts.join(' · ')}</sub>`];
}

/** The report within `limits`, or undefined as soon as it grows past `max` characters. */
function render(model: Model, limits: Limits, moreNote: string, max: number): string | undefined {
  const budget: Budget = { left: max };
  try {
    return [
      ...headline(model),
      ...table(model, limits, budget),
      ...findingSections(model, limits, moreNote, budget),
      ...plansSection(model.check?.performance, limits, moreNote).map((l) => take(budget, l)),
      ...schemaSection(model, limits, moreNote, budget),
      ...footer(model, limits),
    ].join('\n');
  } catch (e) {
    if (e instanceof Overflow) return undefined;
    throw e;
  }
}

/** The last resort: counts only, bounded whatever the input. */
function minimal(model: Model, moreNote: string): string {
  const lines = headline(model);
  lines.push(`The full report is too large to show here; ${moreNote}.`, '');
  lines.push(...footer(model, { ...LADDER[LADDER.length - 1]!, text: 60 }));
  return lines.join('\n');
}

function fit(model: Model, prefix: string, max: number, measure: 'chars' | 'bytes', moreNote: string): string {
  const size = (s: string) => (measure === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length);
  for (const limits of LADDER) {
    const report = render(model, limits, moreNote, max);
    if (report === undefined) continue;
    const body = `${prefix}${report}\n`;
    if (size(body) <= max) return body;
  }
  const body = prefix + minimal(model, moreNote) + '\n';
  return size(body) <= max ? body : body.slice(0, Math.max(0, max));
}

/** The living PR comment: the marker first, then the report; at most MAX_COMMENT_LENGTH characters. */
export function renderComment(result: CheckResult | LintOnly, ctx: CommentContext, options: RenderOptions = {}): string {
  return fit(buildModel(result, ctx), `${COMMENT_MARKER}\n`, options.maxLength ?? MAX_COMMENT_LENGTH, options.measure ?? 'chars', 'see the job summary');
}

/** The same report for the job summary (no marker, the summary's larger limit). */
export function renderSummary(result: CheckResult | LintOnly, ctx: CommentContext, options: RenderOptions = {}): string {
  return fit(buildModel(result, ctx), '', options.maxLength ?? MAX_SUMMARY_BYTES, options.measure ?? 'bytes', 'see the JSON report (output report-json)');
}

/** The living comment once the PR no longer touches migrations. */
export function renderNoMigrations(ctx?: Pick<CommentContext, 'headSha'>): string {
  const sha = ctx?.headSha ? `\n\n<sub>commit ${escapeMarkdown(ctx.headSha.slice(0, 7))}</sub>` : '';
  return `${COMMENT_MARKER}\n## ✅ migration-guard: no migration changes\n\nThis pull request no longer changes any migration, so there is nothing to check.${sha}\n`;
}
