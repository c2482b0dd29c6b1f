/**
 * ApplyError: one migration file that could not be applied, at an exact file:line:column, with
 * what PostgreSQL said (SQLSTATE, message, detail, hint) when PostgreSQL said it. An error of our
 * own making (a file refused before anything was sent, a lost connection) has no SQLSTATE.
 */
export interface ApplyErrorFacts {
  /** Index of the failing top-level statement, -1 when nothing of the file was sent. */
  statementIndex?: number;
  /** Statements that had committed before the failure (outside a transaction block). */
  committedBefore?: number;
  /** The connection to the server broke (terminated backend, network): no SQLSTATE to show. */
  connectionLost?: boolean;
  /**
   * The failure came while the file's last COMMIT was on its way: the server may have committed.
   * Only the schema history (read on another connection) can tell.
   */
  atCommit?: boolean;
}

export class ApplyError extends Error {
  override readonly name = 'ApplyError';
  readonly statementIndex: number;
  readonly committedBefore: number;
  readonly connectionLost: boolean;
  readonly atCommit: boolean;
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly sqlstate?: string,
    readonly detail?: string,
    readonly hint?: string,
    facts: ApplyErrorFacts = {},
  ) {
    super(message);
    this.statementIndex = facts.statementIndex ?? -1;
    this.committedBefore = facts.committedBefore ?? 0;
    this.connectionLost = facts.connectionLost ?? false;
    this.atCommit = facts.atCommit ?? false;
  }
  /** `file:line:col: SQLSTATE message` plus detail and hint lines. */
  describe(): string {
    const head = `${this.file}:${this.line}:${this.column}: ${this.sqlstate ? `${this.sqlstate} ` : ''}${this.message}`;
    return [head, this.detail && `  detail: ${this.detail}`, this.hint && `  hint: ${this.hint}`].filter(Boolean).join('\n');
  }
}
