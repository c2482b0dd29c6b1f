/**
 * check's findings: suppression comments and severities applied as the lint applies them, merged
 * with the lint's, and the lint predictions the scratch database contradicted.
 */
import { parseSuppressions, type Suppression } from '../lint/suppressions.js';
import { sortFindings } from '../lint/engine.js';
import type { Finding, Severity, SeveritySetting } from '../lint/types.js';
import type { MigrationFile } from '../model/project.js';
import tableRewriteRule from '../../rules/table-rewrite.js';
import { checkRule, type CheckRuleId } from './rules.js';
import type { MigrationCheck } from './types.js';

export interface RawFinding {
  /** A check rule, or the lint's table-rewrite when PostgreSQL was seen rewriting a table. */
  rule: CheckRuleId | 'table-rewrite';
  file: MigrationFile;
  /** Offset in file.text the finding is about (statement-level suppressions). */
  offset?: number;
  line: number;
  column: number;
  message: string;
  help?: string;
  /** Files whose file-level suppressions also excuse it. */
  alsoFiles?: MigrationFile[];
  /** This finding's own default severity, when it differs from the rule's (a configured severity still wins). */
  severity?: Severity;
}

/** Suppression comments and configured severities, as the lint applies them. */
export function finish(raw: RawFinding[], severities: Record<string, SeveritySetting>, targets?: Set<string>): Finding[] {
  const cache = new Map<MigrationFile, Suppression[]>();
  const suppressions = (f: MigrationFile) => {
    let s = cache.get(f);
    if (!s) cache.set(f, (s = parseSuppressions(f)));
    return s;
  };
  const out: Finding[] = [];
  for (const f of raw) {
    const setting = severities[f.rule];
    if (setting === 'off') continue;
    if (targets && !targets.has(f.file.rel) && !(f.alsoFiles ?? []).some((o) => targets.has(o.rel))) continue;
    const excused =
      suppressions(f.file).some(
        (s) => s.rules.includes(f.rule) && (s.scope === 'file' || (f.offset !== undefined && f.offset >= s.start && f.offset <= s.end)),
      ) || (f.alsoFiles ?? []).some((o) => suppressions(o).some((s) => s.rules.includes(f.rule) && s.scope === 'file'));
    if (excused) continue;
    const meta = f.rule === 'table-rewrite' ? tableRewriteRule.meta : checkRule(f.rule);
    out.push({
      rule: f.rule,
      severity: (setting as Severity | undefined) ?? f.severity ?? meta.severity,
      file: f.file.path,
      line: f.line,
      column: f.column,
      message: f.message,
      help: f.help ?? meta.help,
    });
  }
  return out;
}

/**
 * Lint and check findings together, sorted like the lint's. An apply-failed at the very place
 * the lint already reports a parse error says nothing new and is dropped.
 */
export function combineFindings(lint: Finding[], check: Finding[], migrations: MigrationCheck[] = []): Finding[] {
  const parseErrors = new Set(lint.filter((f) => f.rule === 'parse-error').map((f) => `${f.file}:${f.line}:${f.column}`));
  // A rewrite PostgreSQL showed at a statement the lint already reports as rewriting: once.
  const where = statementLocator(migrations);
  const rewriteClaims = new Set(lint.filter(claimsRewrite).map(where));
  // An empty rollback is rollback-empty's; its rollback-incomplete would say the same again.
  const emptyRollbacks = new Set(lint.filter((f) => f.rule === 'rollback-empty').map((f) => f.file));
  const keep = (f: Finding) =>
    !(f.rule === 'apply-failed' && parseErrors.has(`${f.file}:${f.line}:${f.column}`)) &&
    !(f.rule === 'table-rewrite' && rewriteClaims.has(where(f))) &&
    !(f.rule === 'rollback-incomplete' && emptyRollbacks.has(f.file));
  return sortFindings([...lint, ...check.filter(keep)]);
}

/**
 * The traced statement a finding falls in (the last one starting at or before it), as
 * "file#index"; "file:line" when the file was not traced. Lint findings point at a clause, check
 * findings at the statement's start: both map to the same statement.
 */
function statementLocator(migrations: MigrationCheck[]): (f: Pick<Finding, 'file' | 'line' | 'column'>) => string {
  const byFile = new Map(migrations.filter((m) => m.statements).map((m) => [m.file, m.statements!]));
  return (f) => {
    const list = byFile.get(f.file);
    return list ? `${f.file}#${statementAt(list, f)}` : `${f.file}:${f.line}`;
  };
}

/** Index of the last statement starting at or before the finding's position (-1: none). */
function statementAt(list: { line: number; column: number }[], f: Pick<Finding, 'line' | 'column'>): number {
  let at = -1;
  list.forEach((s, i) => {
    if (s.line < f.line || (s.line === f.line && s.column <= f.column)) at = i;
  });
  return at;
}

/**
 * How the rules' messages claim a table rewrite: "rewrites the whole table", "rewrites it", "rewrites
 * each", "rewrites every table", "copies all of it". Not a claim: "needs no rewrite" (an index-only
 * change), "may be volatile". One pattern for check's disagreements and the differential test.
 */
export const REWRITE_CLAIM = /\brewrites (?:the whole table|it\b|each\b|every table)|\bcopies all of it\b/;
const REWRITE_RULES = new Set(['table-rewrite', 'column-type-change', 'volatile-default']);
/** A lint finding that says PostgreSQL rewrites a table. */
const claimsRewrite = (f: Finding) => REWRITE_RULES.has(f.rule) && REWRITE_CLAIM.test(f.message);

/** A lint prediction that what PostgreSQL did on the scratch database contradicts. */
export interface Disagreement {
  rule: string;
  file: string;
  line: number;
  column: number;
  /** What the lint said. */
  predicted: string;
  /** What PostgreSQL showed. */
  observed: string;
}

/**
 * Lint findings that claim a rewrite at a statement check traced, where PostgreSQL rewrote no
 * table (every pre-existing table kept its relfilenode): counted in the JSON report, so false
 * alarms can be measured.
 */
export function disagreements(lint: Finding[], migrations: MigrationCheck[]): Disagreement[] {
  const traced = new Map<string, { line: number; column: number; rewrote: string[] }[]>();
  for (const m of migrations) if (m.statements && m.applied === 'ok') traced.set(m.file, m.statements);
  const out: Disagreement[] = [];
  for (const f of lint.filter(claimsRewrite)) {
    const list = traced.get(f.file) ?? [];
    const stmt = list[statementAt(list, f)];
    if (!stmt || stmt.rewrote.length > 0) continue;
    out.push({ rule: f.rule, file: f.file, line: f.line, column: f.column, predicted: f.message, observed: 'no table rewritten: every table that existed before kept its relfilenode' });
  }
  return out;
}
