/**
 * Runs one migration file on a database, statement by statement (PostgreSQL runs several
 * statements sent together as one implicit transaction, which CONCURRENTLY and COMMITting DO
 * blocks refuse), following its plan (plan.ts). Three modes:
 * - transactional (the default): BEGIN, the statements, `beforeCommit` (the history row), COMMIT;
 * - as written: the file has its own BEGIN … COMMIT; `beforeCommit` runs just before its last
 *   COMMIT when nothing follows that COMMIT (so the history row commits with the changes), else
 *   after the last statement;
 * - outside a transaction: statements that cannot run in one (CREATE INDEX CONCURRENTLY, a DO
 *   block that COMMITs…) run one by one in autocommit; `beforeCommit` runs after the last one.
 * A failing statement becomes an ApplyError with SQLSTATE, message, detail, hint and the exact
 * file:line:column (PostgreSQL's error position mapped back into the file). A broken connection
 * becomes an ApplyError without SQLSTATE, `connectionLost` set; a failure while the last COMMIT
 * was under way has `atCommit` set, because then only the schema history knows the outcome.
 */
import type { MigrationFile } from '../model/project.js';
import type { RoutineLookup } from '../model/statements.js';
import type { SqlStatement } from '../parse/parser.js';
import { ApplyError } from './apply-error.js';
import { asDbError, type Db } from './engine.js';
import { planFile, type ApplyMode, type ApplyPlan, type PlannedStatement } from './plan.js';

export { ApplyError } from './apply-error.js';
export { applyMode, planFile, type ApplyMode, type ApplyPlan, type PlannedStatement } from './plan.js';

export interface ApplyHooks {
  /** Runs after the file's statements: inside its transaction when the file is atomic or ends with COMMIT. */
  beforeCommit?: () => Promise<void>;
  /** After each top-level statement succeeded (the lock trace reads pg_locks here). Parsed statements only. */
  afterStatement?: (stmt: SqlStatement, index: number) => Promise<void>;
  /** Looks up procedures, so CALL of a COMMITting procedure runs outside a transaction. */
  routine?: RoutineLookup;
  /**
   * Wraps each statement that must run outside a transaction block (CREATE INDEX CONCURRENTLY, …);
   * `send` sends it. The runner sets its CONCURRENTLY policy here.
   */
  outside?: (stmt: PlannedStatement, send: () => Promise<void>) => Promise<void>;
  /** True for a statement not to send (check keeps cluster-wide statements off a real server). */
  skip?: (stmt: PlannedStatement) => boolean;
}

/** An error of the `beforeCommit` hook (the schema history write), not of the file's statements. */
class HookError extends Error {
  constructor(override readonly cause: unknown) {
    super('beforeCommit hook failed');
  }
}

async function runHook(hook: (() => Promise<void>) | undefined): Promise<void> {
  try {
    await hook?.();
  } catch (e) {
    throw new HookError(e);
  }
}

/** SQLSTATEs of a backend that is going away (57P01 admin shutdown/terminate, 57P02 crash, 57P03 cannot connect now). */
const GOING_AWAY = new Set(['57P01', '57P02', '57P03']);

/** Offset in file.text of PostgreSQL's 1-based character (code point) position in `text`. */
function positionOffset(text: string, position: number): number {
  let units = 0;
  for (let cp = 1; cp < position && units < text.length; cp++) {
    const c = text.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return units;
}

interface Where {
  index: number;
  committed: number;
  atCommit?: boolean;
}

function errorAt(file: MigrationFile, stmt: PlannedStatement | undefined, error: unknown, where: Where): ApplyError {
  const hook = error instanceof HookError;
  const e = hook ? error.cause : error;
  const db = asDbError(e);
  let offset = stmt?.start ?? 0;
  if (stmt && db?.position !== undefined) {
    offset = stmt.start + positionOffset(file.text.slice(stmt.start, stmt.end), db.position);
  }
  const pos = hook ? file.position(stmt?.end ?? 0) : file.position(offset);
  const facts = { statementIndex: where.index, committedBefore: where.committed, atCommit: where.atCommit };
  // The file's statements all ran when the history write fails: say so, not "this line failed".
  const lead = hook ? 'the statements ran, but writing the schema history row failed: ' : '';
  if (!db) {
    const message = e instanceof Error ? e.message : String(e);
    return new ApplyError(`${lead}the connection to the database was lost (${message})`, file.path, pos.line, pos.column, undefined, undefined, undefined, { ...facts, connectionLost: true });
  }
  return new ApplyError(`${lead}${db.message}`, file.path, pos.line, pos.column, db.code, db.detail, db.hint, { ...facts, connectionLost: GOING_AWAY.has(db.code ?? '') });
}

export function statementText(file: MigrationFile, stmt: Pick<PlannedStatement, 'start' | 'end'>): string {
  return file.text.slice(stmt.start, stmt.end);
}

/**
 * Applies a file; throws ApplyError (after rolling back what a transaction held). A file the
 * plan refuses (does not decode, does not parse) throws before anything is sent.
 */
export async function applyFile(db: Db, file: MigrationFile, hooks: ApplyHooks = {}, plan: ApplyPlan = planFile(file, hooks.routine)): Promise<ApplyMode> {
  const stmts = plan.statements;
  const mode = plan.mode;
  const last = stmts[stmts.length - 1];
  if (mode === 'one-query') {
    await applyOneQuery(db, file, plan, hooks);
    return mode;
  }
  if (mode === 'transaction') {
    let i = 0;
    let atCommit = false;
    try {
      await db.exec('BEGIN');
      for (; i < stmts.length; i++) {
        if (!hooks.skip?.(stmts[i]!)) await db.exec(statementText(file, stmts[i]!));
        if (stmts[i]!.stmt) await hooks.afterStatement?.(stmts[i]!.stmt!, i);
      }
      await runHook(hooks.beforeCommit);
      atCommit = true;
      await db.exec('COMMIT');
    } catch (e) {
      await db.exec('ROLLBACK').catch(() => undefined);
      const at = Math.min(i, stmts.length - 1);
      throw errorAt(file, stmts[at], e, { index: at, committed: 0, atCommit });
    }
    return mode;
  }
  const lastCommit = findLastIndex(stmts, (s) => s.control === 'commit');
  // The history row commits with the last block only when nothing runs after that block.
  const hookAt = mode === 'as-written' && lastCommit === stmts.length - 1 ? lastCommit : -1;
  let open = false;
  let committed = 0;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!;
    try {
      if (i === hookAt) await runHook(hooks.beforeCommit);
      const send = () => db.exec(statementText(file, s));
      if (hooks.skip?.(s)) {
        /* not sent */
      } else if (s.outside && !open && hooks.outside) await hooks.outside(s, send);
      else await send();
      if (s.control === 'begin') open = true;
      else if (s.control === 'commit' || s.control === 'rollback') open = false;
      // AND CHAIN: what came before is committed (or discarded), and the session is in the next block.
      if (!open || s.control === 'commit-chain' || s.control === 'rollback-chain') committed = i + 1;
      if (s.stmt) await hooks.afterStatement?.(s.stmt, i);
    } catch (e) {
      if (open) await db.exec('ROLLBACK').catch(() => undefined);
      throw errorAt(file, s, e, { index: i, committed, atCommit: i === hookAt });
    }
  }
  if (open) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw new ApplyError('BEGIN without COMMIT: the transaction was rolled back', file.path, 1, 1, undefined, undefined, undefined, {
      statementIndex: stmts.length - 1,
      committedBefore: committed,
    });
  }
  if (hookAt < 0) {
    try {
      await runHook(hooks.beforeCommit);
    } catch (e) {
      throw errorAt(file, last, e, { index: stmts.length - 1, committed, atCommit: true });
    }
  }
  return mode;
}

/**
 * Another runner's way (plan.ts `one-query`): the whole text as one simple query, inside
 * BEGIN … COMMIT when the runner sends them. PostgreSQL's error position (of the whole text)
 * finds the failing statement; without one, a 25001 is the first statement that cannot run in a
 * transaction. The whole text is one piece: no lock trace, no skipped statements.
 */
async function applyOneQuery(db: Db, file: MigrationFile, plan: ApplyPlan, hooks: ApplyHooks): Promise<void> {
  if (emulable(plan.statements)) return emulateOneQuery(db, file, plan, hooks);
  const whole = { start: 0, end: file.text.length, control: undefined };
  let atCommit = false;
  try {
    if (plan.wrap) await db.exec('BEGIN');
    await db.exec(file.text);
    await runHook(hooks.beforeCommit);
    atCommit = true;
    if (plan.wrap) await db.exec('COMMIT');
  } catch (e) {
    // Wrapped or not: a BEGIN of the file's own leaves the session in the failed transaction block
    // (PostgreSQL ends the implicit one itself), and the snapshot after the failure needs the session.
    await db.exec('ROLLBACK').catch(() => undefined);
    const db_ = asDbError(e instanceof HookError ? e.cause : e);
    const stmts = plan.statements;
    let index = db_?.position !== undefined ? stmts.findIndex((s) => s.end >= positionOffset(file.text, db_.position!)) : -1;
    if (index < 0 && db_?.code === '25001') index = stmts.findIndex((s) => s.outside);
    const at = index >= 0 ? stmts[index] : undefined;
    const err = errorAt(file, db_?.position !== undefined ? whole : at, e, { index: Math.max(index, 0), committed: 0, atCommit });
    throw err;
  }
}

/**
 * Whether statement-by-statement sending does to the database what one multi-statement query
 * does (see emulateOneQuery): no statement that must run outside a transaction (PostgreSQL
 * refuses those anywhere in a multi-statement query, even after a COMMIT) and no SAVEPOINT,
 * RELEASE or ROLLBACK TO before a BEGIN of the file (refused in an implicit block).
 */
function emulable(stmts: PlannedStatement[]): boolean {
  if (stmts.some((s) => s.outside)) return false;
  const firstBegin = stmts.findIndex((s) => s.control === 'begin');
  return !stmts.some((s, i) => s.control === 'savepoint' && (firstBegin < 0 || i < firstBegin));
}

/**
 * One multi-statement query, sent statement by statement with the same effect (PostgreSQL docs,
 * "Multiple Statements in a Simple Query"; measured in test/db/simple-query-facts.test.ts): the
 * statements outside the file's own blocks run in an implicit transaction — here a BEGIN sent
 * before the first of them —, a BEGIN of the file continues it (retroactively including what came
 * before), a COMMIT or ROLLBACK of the file ends it and the statements after it start the next one,
 * which the end of the query commits. Sent this way, a failing statement is known even when
 * PostgreSQL's error has no position (a division by zero), and the lock trace sees each statement.
 */
async function emulateOneQuery(db: Db, file: MigrationFile, plan: ApplyPlan, hooks: ApplyHooks): Promise<void> {
  const stmts = plan.statements;
  let open = false;
  let committed = 0;
  let i = 0;
  let atCommit = false;
  try {
    if (plan.wrap) {
      await db.exec('BEGIN');
      open = true;
    }
    for (; i < stmts.length; i++) {
      const st = stmts[i]!;
      if (!open) {
        await db.exec('BEGIN');
        open = true;
      }
      if (!hooks.skip?.(st)) await db.exec(statementText(file, st));
      if (st.control === 'commit' || st.control === 'rollback' || st.control === 'prepare') {
        open = false;
        committed = i + 1;
      } else if (st.control === 'commit-chain' || st.control === 'rollback-chain') committed = i + 1;
      if (st.stmt) await hooks.afterStatement?.(st.stmt, i);
    }
    await runHook(hooks.beforeCommit);
    atCommit = true;
    if (open) await db.exec('COMMIT');
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => undefined);
    const at = Math.min(i, stmts.length - 1);
    throw errorAt(file, stmts[at], e, { index: at, committed, atCommit });
  }
}

/**
 * Runs an atomic file's statements inside a transaction the caller opened (its own BEGIN and
 * COMMIT, if it is written as one block, are left out), so the caller can roll all of it back:
 * `check` verifies a rollback this way without disturbing the chain. Throws ApplyError at the
 * failing statement; the transaction is then aborted and the caller must ROLLBACK.
 */
export async function applyInside(db: Db, file: MigrationFile, plan: ApplyPlan, skip?: ApplyHooks['skip']): Promise<void> {
  if (!plan.atomic) throw new Error(`applyInside: ${file.path} is not atomic`);
  const stmts = plan.mode === 'as-written' ? plan.statements.slice(1, -1) : plan.statements;
  for (let i = 0; i < stmts.length; i++) {
    try {
      if (!skip?.(stmts[i]!)) await db.exec(statementText(file, stmts[i]!));
    } catch (e) {
      throw errorAt(file, stmts[i], e, { index: i + (plan.mode === 'as-written' ? 1 : 0), committed: 0 });
    }
  }
}

function findLastIndex<T>(list: T[], pred: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i]!)) return i;
  return -1;
}
