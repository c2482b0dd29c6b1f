/**
 * The lint engine: walks the project in Flyway's execution order, feeds every statement that
 * runs to the rules' visitors, keeps the catalog in step, and owns suppressions, severities
 * and the order of findings. Rules never do I/O and never see how findings are printed.
 */
import { CHECK_RULE_IDS } from '../check/rules.js';
import { findAll, nameListKey } from '../model/ast.js';
import { Catalog } from '../model/catalog.js';
import { topLevelStatement } from '../model/statements.js';
import { flywayWraps } from '../load/flyway/transactional.js';
import { fileTransactions, runnerWraps, transactionOf, withFileRoutines, type FileTransactions } from '../model/transactions.js';
import type { MigrationFile, Project } from '../model/project.js';
import { lintWithCache, type LintCache } from './cache.js';
import type { SqlStatement } from '../parse/parser.js';
import type { Position } from '../load/text.js';
import { parseSuppressions, type Suppression } from './suppressions.js';
import type {
  Finding,
  LintSettings,
  ReportDescriptor,
  RuleContext,
  RuleModule,
  RuleVisitors,
  Severity,
  SeveritySetting,
} from './types.js';

export interface LintOptions {
  settings: LintSettings;
  /** Per-rule severity overrides; "off" disables a rule. */
  severities?: Record<string, SeveritySetting>;
}

export interface RawFinding {
  rule: string;
  severity: Severity;
  file: MigrationFile;
  /** Offset in file.text; undefined for whole-file findings (reported at 1:1). */
  offset?: number;
  position?: Position;
  message: string;
  help: string;
}

export const SUPPRESSION_RULE = 'invalid-suppression';

/**
 * Lints the project. With `cache`, findings of files the lint cache holds are replayed instead
 * of computed (src/lint/cache.ts); the result is the same, byte for byte.
 */
export function lintProject(project: Project, rules: RuleModule[], options: LintOptions, cache?: LintCache): Finding[] {
  if (cache) return lintWithCache(project, rules, options, cache);
  const session = new LintSession(project, rules, options);
  session.start();
  for (const file of session.order) session.lintFile(file);
  return session.finish();
}

interface RuleInstance {
  rule: RuleModule;
  visitors: RuleVisitors;
  appliesTo: Set<string>;
}

/**
 * One lint run: the rules' instances, the catalog they share, the findings so far. `lintFile`
 * lints files one at a time in `order`; the lint cache also replays findings it holds
 * (`replayFindings`) and runs only the rules that read the whole project on such a file.
 */
export class LintSession {
  readonly raw: RawFinding[] = [];
  readonly catalog: Catalog;
  /** Migrations first, in execution order (the catalog follows them), then everything else. */
  readonly order: MigrationFile[];
  /** How often a rule or the engine read the catalog (the lint cache records whether a file's findings depend on it). */
  catalogReads = 0;
  private readonly instances: RuleInstance[];
  /** Ids of the rules that read other files' names (RuleMeta.reads): their findings are never cached. */
  private readonly projectRules: Set<string>;
  private readonly known: Set<string>;
  private readonly severities: Record<string, SeveritySetting>;
  private transactions: FileTransactions = fileTransactions([], { wrapped: false });
  private current: MigrationFile | undefined;
  /** Suppression comments of files, known without parsing them again (knowSuppressions). */
  private readonly suppressions = new Map<MigrationFile, Suppression[]>();

  constructor(
    readonly project: Project,
    rules: RuleModule[],
    private readonly options: LintOptions,
  ) {
    this.severities = options.severities ?? {};
    const active = rules.filter((r) => this.severities[r.meta.id] !== 'off');
    // Suppressions may also name the findings `check` adds from running the migrations.
    this.known = new Set(rules.map((r) => r.meta.id).concat(SUPPRESSION_RULE, CHECK_RULE_IDS));
    const catalog = (this.catalog = new Catalog(project));
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const session = this;
    this.instances = active.map((rule) => {
      const severity: Severity = (this.severities[rule.meta.id] as Severity | undefined) ?? rule.meta.severity;
      const context: RuleContext = {
        project,
        settings: options.settings,
        get catalog() {
          session.catalogReads++;
          return catalog;
        },
        inTransactionBlock: (stmt) => this.transactions.of(topLevelStatement(stmt))?.tx.kind === 'block',
        transaction: (stmt) => transactionOf(this.transactions, stmt),
        fileTransactions: () => this.transactions,
        report: (d: ReportDescriptor) => {
          const file = d.file ?? this.current;
          if (!file) throw new Error(`rule ${rule.meta.id} reported outside a file`);
          this.raw.push(locate(rule, severity, file, d));
        },
      };
      return { rule, visitors: rule.create(context), appliesTo: new Set(rule.meta.appliesTo ?? ['versioned', 'repeatable']) };
    });
    this.projectRules = new Set(rules.filter((r) => r.meta.reads === 'project').map((r) => r.meta.id));
    this.order = [...project.migrations, ...project.files.filter((f) => !project.migrations.includes(f))];
  }

  /** The rules' `project` visitors, once, before any file. */
  start(): void {
    for (const { visitors } of this.instances) visitors.project?.();
  }

  /**
   * Lints one file with every rule, or (`projectRulesOnly`) only with the rules whose findings
   * depend on other files' names (RuleMeta.reads): the lint cache holds the others' findings.
   */
  lintFile(file: MigrationFile, projectRulesOnly = false): void {
    const catalog = this.catalog;
    this.current = file;
    const here = this.instances.filter((i) => i.appliesTo.has(file.kind) && (!projectRulesOnly || i.rule.meta.reads === 'project'));
    if (projectRulesOnly) {
      for (const { visitors } of here) visitors.file?.(file);
      for (const { visitors } of here) visitors.fileExit?.(file);
      this.current = undefined;
      return;
    }
    // Procedures known before the file runs, and those it defines itself.
    const lookup = withFileRoutines(file.parsed.statements, (key) => {
      this.catalogReads++;
      return catalog.functions.get(key)?.origin.stmt;
    });
    // Another runner's layout says how the file reaches PostgreSQL (src/load/layouts).
    const exec = file.execution;
    const wrapped = exec
      ? exec.wrapped
      : this.options.settings.runner === 'flyway'
        ? flywayWraps(file.parsed.statements)
        : runnerWraps(file.parsed.statements, this.options.settings.transactions, lookup);
    this.transactions = fileTransactions(file.parsed.statements, { wrapped, lookup, implicit: exec?.unit === 'file' });
    for (const { visitors } of here) visitors.file?.(file);
    const runs = file.kind === 'versioned' || file.kind === 'repeatable';
    for (const stmt of file.parsed.statements) {
      visit(stmt, file, here.map((i) => i.visitors), runs ? catalog : undefined, new Set());
    }
    for (const { visitors } of here) visitors.fileExit?.(file);
    this.current = undefined;
  }

  /** Whether a finding came from a rule whose findings the lint cache may keep. */
  isCacheable(f: RawFinding): boolean {
    return !this.projectRules.has(f.rule);
  }

  /** Findings the lint cache held, as lintFile would have reported them. */
  replayFindings(findings: RawFinding[]): void {
    this.raw.push(...findings);
  }

  /** A file's suppression comments as parseSuppressions finds them (held by the lint cache, or just computed): not parsed again. */
  knowSuppressions(file: MigrationFile, suppressions: Suppression[]): void {
    this.suppressions.set(file, suppressions);
  }

  /** Suppressions applied, their own problems reported, sorted. */
  finish(): Finding[] {
    return finish(this.project, this.raw, this.known, this.severities, this.suppressions);
  }
}

type Visitor = (...args: unknown[]) => void;

function visit(
  stmt: SqlStatement,
  file: MigrationFile,
  visitors: RuleVisitors[],
  catalog: Catalog | undefined,
  calling: Set<string>,
): void {
  for (const v of visitors) {
    (v as Record<string, Visitor | undefined>)[stmt.kind]?.(stmt.node, stmt, file);
    v.statement?.(stmt, file);
  }
  // Bodies that run now: DO blocks. Function bodies run when called (below), not when created.
  if (stmt.kind === 'DoStmt') {
    for (const n of stmt.nested) visit(n, file, visitors, catalog, calling);
  }
  if (!catalog) return;
  catalog.apply(stmt, file);
  // A migration that calls a function it (or an earlier migration) defined runs that body.
  // (No function defined yet: nothing to follow, and no need to walk the statement's tree.)
  if (catalog.functions.size === 0) return;
  const calls = stmt.kind === 'CallStmt' ? [stmt.node['funccall']] : findAll(stmt.node, 'FuncCall');
  for (const call of calls) {
    const key = nameListKey(call?.funcname);
    const fn = key ? catalog.functions.get(key) : undefined;
    if (!fn || !key || calling.has(key)) continue;
    calling.add(key);
    const defined = fn.origin.file;
    for (const n of fn.origin.stmt.nested) {
      const callee = {
        name: key.replace(/^public\./, ''),
        where: `${defined.path}:${defined.position(n.start).line}`,
        kind: fn.origin.stmt.node['is_procedure'] ? ('procedure' as const) : ('function' as const),
      };
      visit({ ...n, context: { ...n.context, callSite: stmt, callee } }, file, visitors, catalog, calling);
    }
    calling.delete(key);
  }
}

function locate(rule: RuleModule, severity: Severity, file: MigrationFile, d: ReportDescriptor): RawFinding {
  let stmt = d.stmt;
  let message = d.message;
  let offset = d.offset;
  if (stmt?.context.callSite && stmt.context.callee) {
    // The statement sits in a function body (maybe in another file): point at the call.
    const { name, where, kind } = stmt.context.callee;
    message = `${message} (in ${kind} ${name} at ${where}, called here)`;
    stmt = stmt.context.callSite;
    offset = undefined;
  } else if (offset === undefined && stmt) {
    offset = d.node?.location !== undefined && d.node.location >= 0 ? stmt.offsetOf(d.node.location) : stmt.start;
  }
  if (offset === undefined && stmt) offset = stmt.start;
  return { rule: rule.meta.id, severity, file, offset, position: d.position, message, help: d.help ?? rule.meta.help };
}

function finish(
  project: Project,
  raw: RawFinding[],
  known: Set<string>,
  severities: Record<string, SeveritySetting>,
  knownSuppressions: ReadonlyMap<MigrationFile, Suppression[]> = new Map(),
): Finding[] {
  const byFile = new Map<MigrationFile, Suppression[]>(knownSuppressions);
  const suppressionsOf = (file: MigrationFile): Suppression[] => {
    let s = byFile.get(file);
    if (!s) {
      s = parseSuppressions(file);
      byFile.set(file, s);
    }
    return s;
  };
  const kept = raw.filter((f) => {
    for (const s of suppressionsOf(f.file)) {
      if (!s.rules.includes(f.rule)) continue;
      if (s.scope === 'file' || (f.offset !== undefined && f.offset >= s.start && f.offset <= s.end)) {
        s.used = true;
        return false;
      }
    }
    return true;
  });
  // Problems with the suppressions themselves.
  if (severities[SUPPRESSION_RULE] !== 'off') {
    const severity = (severities[SUPPRESSION_RULE] as Severity | undefined) ?? 'warning';
    for (const file of project.files) {
      for (const s of suppressionsOf(file)) {
        const push = (message: string, help: string) =>
          kept.push({ rule: SUPPRESSION_RULE, severity, file, offset: s.at, message, help });
        const unknown = s.rules.filter((r) => !known.has(r));
        if (unknown.length) {
          push(
            `suppression names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
            'Use rule ids from `migration-guard rules` (see rules/*.md).',
          );
        }
        if (!s.reason && s.rules.length > 0) {
          push(
            'suppression without a reason',
            `Say why after a colon: -- migration-guard-ignore${s.scope === 'file' ? '-file' : ''} ${s.rules.join(', ')}: <reason>`,
          );
        }
        if (s.rules.length === 0) {
          push('suppression names no rule', 'Name the rules it excuses: -- migration-guard-ignore RULE[, RULE]: <reason>');
        }
        if (s.scope === 'statement' && s.end < s.start) {
          push('suppression is not followed by a statement', 'Put it on the line just before the statement it excuses.');
        }
      }
    }
  }
  const targets = project.targets;
  const findings: Finding[] = kept
    .filter((f) => !targets || targets.has(f.file.rel))
    .map((f) => {
      const pos = f.position ?? (f.offset === undefined ? { line: 1, column: 1 } : f.file.position(f.offset));
      return {
        rule: f.rule,
        severity: f.severity,
        file: f.file.path,
        line: pos.line,
        column: pos.column,
        message: f.message,
        help: f.help,
      };
    });
  return sortFindings(findings);
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
