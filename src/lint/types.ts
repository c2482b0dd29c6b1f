import type { FileKind } from '../load/naming.js';
import type { DocumentationField } from '../load/settings.js';
import type { Position } from '../load/text.js';
import type { Catalog } from '../model/catalog.js';
import type { NodeKind, NodeOf } from '../model/ast.js';
import type { MigrationFile, Project } from '../model/project.js';
import type { SqlStatement } from '../parse/parser.js';
import type { FileTransactions, StatementTransaction } from '../model/transactions.js';

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

/** One problem, as every output format shows it. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Path relative to the working directory. */
  file: string;
  line: number;
  column: number;
  /** What goes wrong in PostgreSQL: which lock, which failure. */
  message: string;
  /** The safe pattern. */
  help: string;
}

export interface RuleMeta {
  /** Rule id: part of the interface (config, suppressions, SARIF). */
  id: string;
  /** One line: what the rule flags. */
  description: string;
  /** Default severity. */
  severity: Severity;
  /** Default help line (a report may give a more specific one). */
  help: string;
  /** Which files the rule looks at; default: versioned and repeatable migrations. */
  appliesTo?: FileKind[];
  /**
   * 'project': the rule's findings on a file depend on other files' names (their versions, the
   * rollback pairing, what exists at --base), not only on the file, the migrations before it and
   * the settings. The lint cache (src/lint/cache.ts) keeps no findings of such a rule: it runs on
   * every file, every run, and must not visit statements (its `project`, `file` and `fileExit`
   * visitors read names and text, so a file the cache holds is not parsed for it).
   */
  reads?: 'project';
}

export interface ReportDescriptor {
  /** Defaults to the file being visited. */
  file?: MigrationFile;
  /** Statement the finding is about; the finding points at it unless `node` or `offset` say more. */
  stmt?: SqlStatement;
  /** A node with a `location` inside `stmt`: the finding points there. */
  node?: { location?: number } | undefined;
  /** A string offset in `file.text`. */
  offset?: number;
  /** An explicit line/column in the file as written (for problems found before parsing). */
  position?: Position;
  message: string;
  help?: string;
}

export interface LintSettings {
  /** explicit: each versioned migration wraps itself in BEGIN…COMMIT; runner: the runner does. */
  transactions: 'explicit' | 'runner';
  /** lock_timeout the runner sets before each migration ('' or undefined: none). */
  runnerLockTimeout?: string;
  /** flyway: Flyway applies the migrations, and wraps each as it decides (src/load/flyway/transactional.ts). */
  runner?: 'migration-guard' | 'flyway';
  /** Flyway's mixed: a migration may mix transactional and non-transactional statements. */
  mixed?: boolean;
  /** The header lines migration-documented requires; default all (src/load/settings.ts DOCUMENTATION_FIELDS). */
  documentation?: { required: readonly DocumentationField[] };
}

export interface RuleContext {
  readonly project: Project;
  readonly settings: LintSettings;
  /** State of the schema before the statement being visited. */
  readonly catalog: Catalog;
  report(descriptor: ReportDescriptor): void;
  /**
   * True when the statement runs inside a transaction block its file opened (BEGIN, START
   * TRANSACTION, or the new block COMMIT/ROLLBACK AND CHAIN starts); not the runner's wrapping.
   */
  inTransactionBlock(stmt: SqlStatement): boolean;
  /**
   * The transaction the statement runs in, from the file's model (src/model/transactions.ts);
   * undefined when a body it runs in COMMITs (each batch is its own transaction).
   */
  transaction(stmt: SqlStatement): StatementTransaction | undefined;
  /** The model of the file being visited. */
  fileTransactions(): FileTransactions;
}

type StatementVisitors = {
  [K in NodeKind]?: (node: NodeOf<K>, stmt: SqlStatement, file: MigrationFile) => void;
};

export interface RuleVisitors extends StatementVisitors {
  /** Once per run, before any file. */
  project?: () => void;
  /** Once per file the rule applies to, before its statements. */
  file?: (file: MigrationFile) => void;
  /** After the file's statements. */
  fileExit?: (file: MigrationFile) => void;
  /** Every statement that runs: top-level, inside DO blocks, inside functions the migration calls. */
  statement?: (stmt: SqlStatement, file: MigrationFile) => void;
}

export interface RuleModule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitors;
}

/** Identity helper that gives a rule module its types. */
export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}
