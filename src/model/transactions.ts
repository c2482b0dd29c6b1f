/**
 * Which transaction each statement of a migration file runs in, modelled once for every rule.
 *
 * A file's top-level statements run one by one on one session. Each runs in one of three kinds of
 * transaction:
 * - `statement`: its own implicit transaction (autocommit), committed when it ends;
 * - `block`: a transaction block the file opened — with BEGIN / START TRANSACTION, or with
 *   COMMIT AND CHAIN / ROLLBACK AND CHAIN, which end a block and at once start a new one with the
 *   same isolation level and access mode;
 * - `runner`: the block the runner opened around the whole file (it sends BEGIN before the file
 *   and COMMIT after it; see `runnerWraps`).
 *
 * The boundaries, as PostgreSQL's xact.c (BeginTransactionBlock, EndTransactionBlock,
 * UserAbortTransactionBlock, PrepareTransactionBlock, DefineSavepoint …) handles them at top level,
 * measured on PostgreSQL 15 and PGlite in test/model/transactions.test.ts:
 * - BEGIN in a block: WARNING "there is already a transaction in progress", nothing changes;
 * - COMMIT / END / ROLLBACK / ABORT outside a block: WARNING "there is no transaction in
 *   progress", nothing changes (PREPARE TRANSACTION likewise);
 * - COMMIT AND CHAIN / ROLLBACK AND CHAIN outside a block, and SAVEPOINT / RELEASE / ROLLBACK TO
 *   outside a block: ERROR "… can only be used in transaction blocks" (SQLSTATE 25P01);
 * - SAVEPOINT / RELEASE / ROLLBACK TO in a block: no boundary, the block goes on;
 * - PREPARE TRANSACTION in a block ends it: its changes are handed to COMMIT PREPARED (or, with
 *   max_prepared_transactions = 0, the statement fails and they are rolled back);
 * - COMMIT PREPARED / ROLLBACK PREPARED cannot run in a block (statements.ts, nonTransactional);
 * - a DO block or CALL that COMMITs (statements.ts, endsTransaction — what plan.ts uses to run such
 *   a file without a transaction) fails in a block with "invalid transaction termination"
 *   (SQLSTATE 2D000); outside one it commits what ran before its COMMIT and goes on in new
 *   transactions, so its nested statements are not in one transaction (`transactionOf` is then
 *   undefined).
 */
import type { SqlStatement } from '../parse/parser.js';
import { nameListKey } from './ast.js';
import { mustRunOutsideTransaction, endsTransaction, type RoutineLookup } from './statements.js';

export type BoundaryKind =
  | 'begin'
  | 'commit'
  | 'rollback'
  | 'savepoint'
  | 'release'
  | 'rollback-to'
  | 'prepare'
  | 'commit-prepared'
  | 'rollback-prepared';

/** A transaction-control statement: its kind and, for COMMIT / ROLLBACK, AND CHAIN. */
export interface Boundary {
  kind: BoundaryKind;
  chain: boolean;
  /** As PostgreSQL names it in its messages: "COMMIT AND CHAIN", "ROLLBACK TO SAVEPOINT" … */
  word: string;
}

const KINDS: Record<string, [BoundaryKind, string]> = {
  TRANS_STMT_BEGIN: ['begin', 'BEGIN'],
  TRANS_STMT_START: ['begin', 'START TRANSACTION'],
  TRANS_STMT_COMMIT: ['commit', 'COMMIT'],
  TRANS_STMT_ROLLBACK: ['rollback', 'ROLLBACK'],
  TRANS_STMT_SAVEPOINT: ['savepoint', 'SAVEPOINT'],
  TRANS_STMT_RELEASE: ['release', 'RELEASE SAVEPOINT'],
  TRANS_STMT_ROLLBACK_TO: ['rollback-to', 'ROLLBACK TO SAVEPOINT'],
  TRANS_STMT_PREPARE: ['prepare', 'PREPARE TRANSACTION'],
  TRANS_STMT_COMMIT_PREPARED: ['commit-prepared', 'COMMIT PREPARED'],
  TRANS_STMT_ROLLBACK_PREPARED: ['rollback-prepared', 'ROLLBACK PREPARED'],
};

/** The boundary a statement is (libpg-query's TransactionStmt), or undefined. */
export function boundaryOf(stmt: SqlStatement): Boundary | undefined {
  if (stmt.kind !== 'TransactionStmt') return undefined;
  const k = KINDS[String(stmt.node['kind'])];
  if (!k) return undefined;
  const chain = Boolean(stmt.node['chain']);
  return { kind: k[0], chain, word: chain ? `${k[1]} AND CHAIN` : k[1] };
}

/**
 * What a top-level statement does to the session's transaction, as the runner (plan.ts, apply.ts)
 * needs to know it — boundaryOf, coarser. `commit-chain` / `rollback-chain`: COMMIT / ROLLBACK AND
 * CHAIN end the block and open the next one at once (PostgreSQL docs, COMMIT: "a new transaction
 * is immediately started with the same transaction characteristics"), so the session is still in
 * a block after them. SAVEPOINT, RELEASE and ROLLBACK TO are `savepoint`: no boundary in a block.
 */
export type TransactionControl = 'begin' | 'commit' | 'rollback' | 'commit-chain' | 'rollback-chain' | 'savepoint' | 'prepare' | undefined;

export function transactionControl(stmt: SqlStatement): TransactionControl {
  const b = boundaryOf(stmt);
  switch (b?.kind) {
    case undefined:
      return undefined;
    case 'begin':
      return 'begin';
    case 'commit':
      return b.chain ? 'commit-chain' : 'commit';
    case 'rollback':
      return b.chain ? 'rollback-chain' : 'rollback';
    case 'prepare':
    case 'commit-prepared':
    case 'rollback-prepared':
      return 'prepare';
    default:
      return 'savepoint';
  }
}

export type Outcome = 'commit' | 'rollback' | 'prepare';

/** One transaction of the file. */
export interface Transaction {
  /** 1, 2, … in the order the transactions start. */
  id: number;
  kind: 'statement' | 'block' | 'runner';
  /** What started a block: BEGIN / START TRANSACTION, or the COMMIT/ROLLBACK AND CHAIN before it. */
  opener?: SqlStatement;
  /** The statement that ended it and how; undefined: a statement's own, the runner's, or left open. */
  end?: { stmt: SqlStatement; outcome: Outcome };
  /**
   * Kind `runner` only: the implicit transaction block of a multi-statement simple query (the
   * runner sent the file as one query and no BEGIN), not a BEGIN the runner sent.
   */
  implicit?: boolean;
}

/**
 * What PostgreSQL does with a statement that does not do what it says (see the module comment):
 * `ignored` — a WARNING and nothing changes; `fails` — an ERROR.
 */
export type Effect =
  | { kind: 'ignored'; warning: string }
  | { kind: 'fails'; error: string; sqlstate: string };

export interface StatementTransaction {
  tx: Transaction;
  /** PostgreSQL is in a transaction block (the file's or the runner's): SET LOCAL lasts, CONCURRENTLY is refused. */
  inBlock: boolean;
  /** How many of the file's first statements have ended their transaction (committed or rolled back) when it starts. */
  committedBefore: number;
  /** The last boundary before it that ended a block of the file, and how. */
  lastEnd?: { stmt: SqlStatement; outcome: Outcome };
  boundary?: Boundary;
  effect?: Effect;
}

export interface FileTransactions {
  /** For each top-level statement, in file order. */
  statements: StatementTransaction[];
  /** The block still open after the last statement (a BEGIN or AND CHAIN nothing ends); not the runner's. */
  open?: Transaction;
  /** Per top-level statement. */
  of(stmt: SqlStatement): StatementTransaction | undefined;
}

/**
 * Whether the runner wraps the file in its own transaction: the project says the runner wraps
 * migrations (`transactions: runner`), and the file is what plan.ts (modeOf) runs as one
 * transaction — no BEGIN / COMMIT of its own and no statement that must run outside a
 * transaction (CONCURRENTLY, VACUUM, a COMMITting DO block or CALL …).
 */
export function runnerWraps(statements: SqlStatement[], transactions: 'explicit' | 'runner', lookup?: RoutineLookup): boolean {
  if (transactions !== 'runner') return false;
  return !statements.some((s) => {
    const b = boundaryOf(s);
    return b?.kind === 'begin' || b?.kind === 'commit' || mustRunOutsideTransaction(s, lookup) !== undefined;
  });
}

/**
 * Flyway's `mixed = false` rule (ParserSqlScript.parse), which the runner applies too: going
 * through a file's top-level statements in order, the first one at which the file has shown both
 * a statement that cannot run in a transaction (`outside` set: PostgreSQL's own list,
 * `mustRunOutsideTransaction` — CREATE/DROP INDEX CONCURRENTLY, VACUUM, CREATE DATABASE, ALTER
 * SYSTEM, …, a superset of Flyway's PostgreSQLParser list) and one that can (any other statement,
 * SET and BEGIN/COMMIT included: Flyway's parser deems a statement it does not recognise
 * transactional). Undefined when the file is not mixed. Used by the runner's plan (db/plan.ts)
 * and by transaction-wrapping, so that lint reports exactly the files migrate refuses.
 */
export function mixedStatement<T extends { outside?: string | undefined }>(statements: T[]): T | undefined {
  let inside = false;
  let outside = false;
  for (const s of statements) {
    if (s.outside) outside = true;
    else inside = true;
    if (inside && outside) return s;
  }
  return undefined;
}

const outsideBlock = (word: string): Effect => ({ kind: 'fails', error: `${word} can only be used in transaction blocks`, sqlstate: '25P01' });

/**
 * The transactions of a file's top-level statements. `wrapped`: the runner sends BEGIN before the
 * file and COMMIT after it (see runnerWraps). `lookup` finds procedures a CALL runs.
 */
export function fileTransactions(statements: SqlStatement[], options: { wrapped: boolean; lookup?: RoutineLookup; implicit?: boolean }): FileTransactions {
  let next = 1;
  const start = (kind: Transaction['kind'], opener?: SqlStatement): Transaction => ({ id: next++, kind, ...(opener ? { opener } : {}) });
  /** The open block (the runner's or the file's), if any. */
  let block: Transaction | undefined = options.wrapped ? start('runner') : undefined;
  // The whole file is one simple query of several statements (PostgreSQL docs, "Multiple
  // Statements in a Simple Query"): statements outside any block run in an implicit block; a BEGIN
  // turns it into a regular one, retroactively including what ran before; SAVEPOINT is refused in
  // it. Measured in test/db/simple-query-facts.test.ts.
  const implicit = options.implicit === true && statements.length > 1;
  const implicitBlock = (): Transaction => ({ ...start('runner'), implicit: true });
  let committedBefore = 0;
  let lastEnd: StatementTransaction['lastEnd'];
  const out: StatementTransaction[] = [];

  statements.forEach((s, i) => {
    const boundary = boundaryOf(s);
    if (implicit && !block && boundary?.kind !== 'begin') block = implicitBlock();
    const here = (tx: Transaction, effect?: Effect): StatementTransaction => ({
      tx,
      inBlock: tx.kind !== 'statement',
      committedBefore,
      ...(lastEnd ? { lastEnd } : {}),
      ...(boundary ? { boundary } : {}),
      ...(effect ? { effect } : {}),
    });
    const own = () => start('statement');

    if (!boundary) {
      if (block) {
        const ends = endsTransaction(s, options.lookup);
        out.push(here(block, ends ? { kind: 'fails', error: 'invalid transaction termination', sqlstate: '2D000' } : undefined));
      } else {
        out.push(here(own()));
        committedBefore = i + 1;
      }
      return;
    }
    switch (boundary.kind) {
      case 'begin':
        if (block?.implicit) {
          // The implicit block becomes the file's own, the statements before included.
          block.kind = 'block';
          block.opener = s;
          delete block.implicit;
          out.push(here(block));
        } else if (block) out.push(here(block, { kind: 'ignored', warning: 'there is already a transaction in progress' }));
        else {
          block = start('block', s);
          out.push(here(block));
        }
        return;
      case 'commit':
      case 'rollback':
      case 'prepare': {
        if (!block) {
          out.push(here(own(), boundary.chain ? outsideBlock(boundary.word) : { kind: 'ignored', warning: 'there is no transaction in progress' }));
          committedBefore = i + 1;
          return;
        }
        out.push(here(block));
        const outcome: Outcome = boundary.kind;
        block.end = { stmt: s, outcome };
        lastEnd = { stmt: s, outcome };
        committedBefore = i + 1;
        block = boundary.chain ? start('block', s) : undefined;
        return;
      }
      case 'savepoint':
      case 'release':
      case 'rollback-to':
        out.push(block && !block.implicit ? here(block) : here(block ?? own(), outsideBlock(boundary.word)));
        if (!block) committedBefore = i + 1;
        return;
      default:
        // COMMIT / ROLLBACK PREPARED: not in a block (cannot-run-in-transaction reports it there).
        if (block) out.push(here(block, { kind: 'fails', error: `${boundary.word} cannot run inside a transaction block`, sqlstate: '25001' }));
        else {
          out.push(here(own()));
          committedBefore = i + 1;
        }
    }
  });
  const index = new Map(statements.map((s, i) => [s, out[i]!]));
  const open = block?.kind === 'block' ? block : undefined;
  // An implicit block ends with the query: PostgreSQL commits it.
  return { statements: out, ...(open ? { open } : {}), of: (s) => index.get(s) };
}

/**
 * The transaction a statement runs in — a nested one (DO block, called function) runs in its
 * top-level statement's — or undefined when a body on the way COMMITs or ROLLBACKs (each batch
 * is then its own transaction) or the statement is not one of the file's.
 */
/**
 * A lookup that also knows the routines the file itself defines (CREATE PROCEDURE / FUNCTION),
 * so a CALL of a COMMITting procedure defined earlier in the same file is seen before the file runs.
 */
export function withFileRoutines(statements: SqlStatement[], lookup?: RoutineLookup): RoutineLookup {
  const own = new Map<string, SqlStatement>();
  for (const s of statements) {
    if (s.kind !== 'CreateFunctionStmt') continue;
    const key = nameListKey(s.node['funcname']);
    if (key) own.set(key, s);
  }
  return (key) => lookup?.(key) ?? own.get(key);
}

export function transactionOf(model: FileTransactions, stmt: SqlStatement): StatementTransaction | undefined {
  let s = stmt;
  while (s.context.callSite || s.context.parent) {
    if (s.context.parent?.body?.transactionControl || s.context.loopCommits) return undefined;
    s = s.context.callSite ?? s.context.parent!;
  }
  return model.of(s);
}
