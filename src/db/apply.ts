/**
 * Runs one migration file on a database, statement by statement (PostgreSQL runs several
 * statements sent together as one implicit transaction, which CONCURRENTLY and COMMITting DO
 * blocks refuse). Three modes:
 * - transactional (the default): BEGIN, the statements, `beforeCommit` (the history row), COMMIT;
 * - as written: the file has its own BEGIN … COMMIT; `beforeCommit` runs just before its last
 *   COMMIT, so the history row commits with the changes;
 * - outside a transaction: statements that cannot run in one (CREATE INDEX CONCURRENTLY, a DO
 *   block that COMMITs…) run one by one in autocommit.
 * A failing statement becomes an ApplyError with SQLSTATE, message, detail, hint and the exact
 * file:line:column (PostgreSQL's error position mapped back into the file).
 */
import type { MigrationFile } from '../model/project.js';
import { mustRunOutsideTransaction, transactionControl } from '../model/statements.js';
import type { SqlStatement } from '../parse/parser.js';
import { asDbError, type Db } from './engine.js';

export type ApplyMode = 'transaction' | 'as-written' | 'no-transaction';

export class ApplyError extends Error {
  override readonly name = 'ApplyError';
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly sqlstate?: string,
    readonly detail?: string,
    readonly hint?: string,
    /** Index of the failing top-level statement, -1 when the file could not be run at all. */
    readonly statementIndex = -1,
    /** Statements that committed before the failure (autocommit mode only). */
    readonly committedBefore = 0,
  ) {
    super(message);
  }
  /** `file:line:col: SQLSTATE message` plus detail and hint lines. */
  describe(): string {
    const head = `${this.file}:${this.line}:${this.column}: ${this.sqlstate ? `${this.sqlstate} ` : ''}${this.message}`;
    return [head, this.detail && `  detail: ${this.detail}`, this.hint && `  hint: ${this.hint}`].filter(Boolean).join('\n');
  }
}

export interface ApplyHooks {
  /** Runs inside the migration's transaction, after its statements (transactional modes). */
  beforeCommit?: () => Promise<void>;
  /** After each top-level statement succeeded (the lock trace reads pg_locks here). */
  afterStatement?: (stmt: SqlStatement, index: number) => Promise<void>;
  /** Looks up procedures, so CALL of a COMMITting procedure runs outside a transaction. */
  routine?: (key: string) => SqlStatement | undefined;
}

export function applyMode(file: MigrationFile, routine?: ApplyHooks['routine']): ApplyMode {
  const stmts = file.parsed.statements;
  if (stmts.some((s) => transactionControl(s) === 'begin' || transactionControl(s) === 'commit')) return 'as-written';
  if (stmts.some((s) => mustRunOutsideTransaction(s, routine))) return 'no-transaction';
  return 'transaction';
}

/** Offset in file.text of PostgreSQL's 1-based character (code point) position in `text`. */
function positionOffset(text: string, position: number): number {
  let units = 0;
  for (let cp = 1; cp < position && units < text.length; cp++) {
    const c = text.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return units;
}

function errorAt(file: MigrationFile, stmt: SqlStatement | undefined, index: number, e: unknown, committed: number): ApplyError {
  const db = asDbError(e);
  if (!db) throw e;
  let offset = stmt?.start ?? 0;
  if (stmt && db.position !== undefined) {
    offset = stmt.start + positionOffset(file.text.slice(stmt.start, stmt.end), db.position);
  }
  const pos = file.position(offset);
  return new ApplyError(db.message, file.path, pos.line, pos.column, db.code, db.detail, db.hint, index, committed);
}

export function statementText(file: MigrationFile, stmt: SqlStatement): string {
  return file.text.slice(stmt.start, stmt.end);
}

/** Applies a file; throws ApplyError (after rolling back what a transaction held). */
export async function applyFile(db: Db, file: MigrationFile, hooks: ApplyHooks = {}, mode = applyMode(file, hooks.routine)): Promise<ApplyMode> {
  if (file.parsed.errors.length > 0) {
    const e = file.parsed.errors[0]!;
    const pos = file.position(e.offset);
    throw new ApplyError(`does not parse: ${e.message}`, file.path, pos.line, pos.column, '42601');
  }
  const stmts = file.parsed.statements;
  if (mode === 'transaction') {
    await db.exec('BEGIN');
    let i = 0;
    try {
      for (; i < stmts.length; i++) {
        await db.exec(statementText(file, stmts[i]!));
        await hooks.afterStatement?.(stmts[i]!, i);
      }
      i = -1;
      await hooks.beforeCommit?.();
      await db.exec('COMMIT');
    } catch (e) {
      await db.exec('ROLLBACK').catch(() => undefined);
      throw i >= 0 ? errorAt(file, stmts[i], i, e, 0) : e;
    }
    return mode;
  }
  const lastCommit = mode === 'as-written' ? findLastIndex(stmts, (s) => transactionControl(s) === 'commit') : -1;
  let open = false;
  let committed = 0;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!;
    const tc = transactionControl(s);
    try {
      if (i === lastCommit) await hooks.beforeCommit?.();
      await db.exec(statementText(file, s));
      if (tc === 'begin') open = true;
      else if (tc === 'commit' || tc === 'rollback') open = false;
      if (!open) committed = i + 1;
      await hooks.afterStatement?.(s, i);
    } catch (e) {
      if (open) await db.exec('ROLLBACK').catch(() => undefined);
      throw errorAt(file, s, i, e, committed);
    }
  }
  if (open) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw new ApplyError('BEGIN without COMMIT: the transaction was rolled back', file.path, 1, 1, undefined, undefined, undefined, stmts.length - 1, committed);
  }
  if (lastCommit < 0) await hooks.beforeCommit?.();
  return mode;
}

function findLastIndex<T>(list: T[], pred: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i]!)) return i;
  return -1;
}
