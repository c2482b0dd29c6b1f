/**
 * What the runner sends for one migration file: its statements (offsets into `file.text`), how
 * each one relates to transactions, and how the file as a whole runs (in one transaction, as
 * written with its own BEGIN/COMMIT, or statement by statement in autocommit).
 *
 * A plan is made before anything is sent, so a file that cannot be run whole is refused whole:
 * one that does not decode in the configured encoding, one that PostgreSQL's parser rejects.
 * Such a refusal is an ApplyError without a SQLSTATE — PostgreSQL was never asked.
 *
 * Files over the lint parser's limit (MAX_PARSE_CHARS) are planned in blocks of whole
 * statements: each block is parsed, reduced to its plan entries and dropped, so memory holds the
 * text once plus one block's parse trees. A single statement larger than the limit is not parsed
 * at all; it is run as written when it is plain DML (INSERT/UPDATE/DELETE/MERGE/SELECT/WITH/
 * VALUES), the shape of a large seed, and refused otherwise.
 */
import type { MigrationFile } from '../model/project.js';
import type { Execution } from '../load/layouts/index.js';
import { mustRunOutsideTransaction, type RoutineLookup } from '../model/statements.js';
import { mixedStatement, transactionControl, type TransactionControl } from '../model/transactions.js';
import { statementBlocks } from '../parse/lexer.js';
import type { Position } from '../load/text.js';
import { MAX_PARSE_CHARS, parseSql, type SqlParseError, type SqlStatement } from '../parse/parser.js';
import { ApplyError } from './apply-error.js';

/**
 * `one-query`: another runner's way (src/load/layouts): the whole text as ONE simple query,
 * inside BEGIN … COMMIT when `ApplyPlan.wrap` — what golang-migrate, dbmate, diesel, sqlx and
 * Prisma send, used when the file's own transaction control or a statement that cannot run in a
 * transaction makes the difference to running its statements one by one.
 */
export type ApplyMode = 'transaction' | 'as-written' | 'no-transaction' | 'one-query';

export interface PlannedStatement {
  /** String offsets in `file.text`. */
  start: number;
  end: number;
  control: TransactionControl;
  /** Why it cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, …), if so. */
  outside?: string;
  /** The parse; absent for statements of a file planned in blocks. */
  stmt?: SqlStatement;
}

export interface ApplyPlan {
  mode: ApplyMode;
  statements: PlannedStatement[];
  /**
   * All or nothing: a transactional file, or one written as exactly one BEGIN … COMMIT block with
   * nothing outside it. Anything else can stop half-way with part of it committed.
   */
  atomic: boolean;
  /** `one-query` only: the runner sends BEGIN before the query and COMMIT after it. */
  wrap?: boolean;
}

/** Blocks of about this many characters are parsed at once when a file is over the limit. */
const BLOCK_CHARS = 1 << 18;
const PLAIN_DML = /^(?:INSERT|UPDATE|DELETE|MERGE|SELECT|WITH|VALUES)$/i;

export interface PlanOptions {
  /**
   * Flyway's `mixed`: false refuses a file with both statements that cannot run in a transaction
   * and any other statement (see `mixedStatement` in model/transactions.ts). Default true: `check` and rollbacks plan
   * files without this rule; the runner passes the configured value.
   */
  mixed?: boolean;
}

/**
 * The plan for a file. Throws ApplyError (no SQLSTATE, statementIndex -1) when the file does not
 * decode, PostgreSQL's parser rejects a statement, an over-large statement is not plain DML, or
 * (with `mixed: false`) the file mixes transactional and non-transactional statements.
 */
export function planFile(file: MigrationFile, routine?: RoutineLookup, opts: PlanOptions = {}): ApplyPlan {
  const problem = file.decoded.problem;
  if (problem) throw refused(file, file.lines.position(problem.offset), problem.message);
  const tooLarge = file.parsed.errors.some((e) => e.tooLarge);
  if (!tooLarge && file.parsed.errors.length > 0) throw parserRejects(file, file.parsed.errors[0]!, 0);
  const statements = tooLarge ? planInBlocks(file, routine) : file.parsed.statements.map((s) => planned(s, 0, routine, true));
  if (file.execution) return runnerPlan(file, statements, file.execution);
  const rollback = statements.find((s) => s.control === 'rollback' || s.control === 'rollback-chain');
  if (rollback && file.kind !== 'seed') {
    throw refused(
      file,
      file.position(rollback.start),
      'this ROLLBACK throws away what its transaction did, yet the file would be recorded as applied; end the block with COMMIT (or remove what should not run)',
    );
  }
  if (opts.mixed === false) {
    const offending = mixedStatement(statements);
    if (offending) {
      const line = file.position(offending.start).line;
      const sql = file.text.slice(offending.start, offending.end).replace(/\s+/g, ' ').trim();
      const shown = sql.length > 80 ? `${sql.slice(0, 77)}...` : sql;
      throw refused(
        file,
        file.position(offending.start),
        `Detected both transactional and non-transactional statements within the same migration (even though mixed is false). ` +
          `Offending statement found at line ${line}: ${shown}${offending.outside ? ' [non-transactional]' : ''} ` +
          `(Flyway's rule; put ${offending.outside ? 'this statement' : 'the non-transactional statements'} in a migration of its own, or set mixed: true to run the whole file outside a transaction)`,
      );
    }
  }
  return { mode: modeOf(statements), statements, atomic: isAtomic(statements) };
}

/**
 * How Flyway's `group` applies the pending migrations (DbMigrate.isExecuteGroupInTransaction):
 * in ONE transaction when every migration can run in one — here: its plan is atomic (no statement
 * that must run outside a transaction, at most one BEGIN … COMMIT block around everything, which
 * the group's transaction replaces). When the first migration's kind differs from a later one's
 * and `mixed` is false, Flyway refuses the whole group before running anything: `problem` is its
 * message, naming the first migration of the other kind. Otherwise (all non-atomic, or mixed
 * kinds with `mixed: true`) the group runs without a transaction: here each migration as it runs
 * without `group`, which keeps each transactional one atomic at least.
 */
export function groupMode(plans: [MigrationFile, ApplyPlan][], mixed: boolean): { transaction: boolean; problem?: { file: MigrationFile; message: string } } {
  if (plans.length === 0) return { transaction: false };
  const first = plans[0]![1].atomic;
  for (const [file, plan] of plans.slice(1)) {
    if (plan.atomic === first || mixed) continue;
    const name = `${file.version ? file.version.raw.replace(/_/g, '.') : ''}${file.description ? ` ${file.description}` : ''}`;
    return {
      transaction: false,
      problem: {
        file,
        message:
          `Detected both transactional and non-transactional migrations within the same migration group (even though mixed is false). ` +
          `First offending migration: "${name}"${plan.atomic ? '' : ' [non-transactional]'} (Flyway's rule for group: true; ` +
          `${plan.atomic ? plans[0]![0].path : file.path} cannot run inside one transaction${plan.mode === 'as-written' ? ' (it commits part of its work itself)' : ''}: apply it on its own, or set mixed: true)`,
      },
    };
  }
  return { transaction: plans.every(([, p]) => p.atomic) };
}

/** How a file runs, from its parse (never throws; for reports that only name the mode). */
export function applyMode(file: MigrationFile, routine?: RoutineLookup): ApplyMode {
  const statements = file.parsed.statements.map((s) => planned(s, 0, routine, false));
  return file.execution ? runnerPlan(file, statements, file.execution).mode : modeOf(statements);
}

/**
 * The plan for another runner's file: what that runner sends (layouts/types.ts Execution), run so
 * that PostgreSQL sees the same thing. Statements sent one by one inside BEGIN … COMMIT are what a
 * multi-statement query does too (one transaction, the same errors), so a file without transaction
 * control and without statements that must run outside a transaction runs statement by statement
 * (the lock trace needs that); otherwise exactly as the runner sends it. goose sends the pieces its
 * own parser cuts (`file.chunks`), which may differ from PostgreSQL's statements.
 */
function runnerPlan(file: MigrationFile, parsed: PlannedStatement[], exec: Execution): ApplyPlan {
  const pieces = exec.unit === 'statement' && file.chunks ? chunkPieces(file.chunks, parsed) : parsed;
  // The file's own BEGIN / COMMIT / ROLLBACK / PREPARE (SAVEPOINTs are no boundary), and what must run outside a transaction.
  const controls = pieces.some((p) => p.control !== undefined && p.control !== 'savepoint');
  const outside = pieces.some((p) => p.outside);
  const plain = !controls && !outside;
  if (exec.unit === 'statement') {
    if (exec.wrapped) return { mode: 'transaction', statements: pieces, atomic: plain };
    return { mode: controls ? 'as-written' : 'no-transaction', statements: pieces, atomic: pieces.length <= 1 && plain };
  }
  if (!controls && (!outside || exec.wrapped)) return { mode: 'transaction', statements: pieces, atomic: plain };
  // One statement alone is autocommitted (CONCURRENTLY works); several are one implicit transaction.
  if (!exec.wrapped && pieces.length === 1) return { mode: 'no-transaction', statements: pieces, atomic: false };
  return { mode: 'one-query', statements: pieces, atomic: false, wrap: exec.wrapped };
}

/** goose's pieces as planned statements: a piece that is one parsed statement keeps its parse. */
function chunkPieces(chunks: [number, number][], parsed: PlannedStatement[]): PlannedStatement[] {
  return chunks.map(([start, end]) => {
    const inside = parsed.filter((p) => p.start >= start && p.end <= end + 1);
    if (inside.length === 1 && inside[0]!.start === start) return inside[0]!;
    const outside = inside.find((p) => p.outside)?.outside;
    return { start, end, control: undefined, ...(outside ? { outside } : {}) };
  });
}

function planned(s: SqlStatement, shift: number, routine: RoutineLookup | undefined, keep: boolean): PlannedStatement {
  const control = transactionControl(s);
  const outside = mustRunOutsideTransaction(s, routine);
  return { start: s.start + shift, end: s.end + shift, control, ...(outside ? { outside } : {}), ...(keep ? { stmt: s } : {}) };
}

function modeOf(statements: PlannedStatement[]): ApplyMode {
  if (statements.some((s) => s.control !== undefined && s.control !== 'savepoint')) return 'as-written';
  if (statements.some((s) => s.outside)) return 'no-transaction';
  return 'transaction';
}

function isAtomic(statements: PlannedStatement[]): boolean {
  const m = modeOf(statements);
  if (m === 'transaction') return true;
  if (m === 'no-transaction') return false;
  const n = statements.length;
  if (n < 2 || statements[0]!.control !== 'begin' || statements[n - 1]!.control !== 'commit') return false;
  return statements.slice(1, n - 1).every((s) => s.control === undefined || s.control === 'savepoint');
}

function planInBlocks(file: MigrationFile, routine: RoutineLookup | undefined): PlannedStatement[] {
  const text = file.text;
  const out: PlannedStatement[] = [];
  const blocks = statementBlocks(text, BLOCK_CHARS);
  for (let b = 0; b < blocks.length; b++) {
    const from = blocks[b]!;
    const to = blocks[b + 1] ?? text.length;
    if (to - from <= MAX_PARSE_CHARS) planBlock(file, from, to, routine, out);
    else {
      // One block over the limit holds one huge statement (and maybe small ones before it).
      const starts = statementBlocks(text.slice(from, to), 1);
      for (let i = 0; i < starts.length; i++) {
        const s = from + starts[i]!;
        const e = from + (starts[i + 1] ?? to - from);
        if (e - s <= MAX_PARSE_CHARS) planBlock(file, s, e, routine, out);
        else out.push(unparsedStatement(file, s, e));
      }
    }
  }
  return out;
}

function planBlock(file: MigrationFile, from: number, to: number, routine: RoutineLookup | undefined, out: PlannedStatement[]): void {
  const parsed = parseSql(file.text.slice(from, to));
  if (parsed.errors.length > 0) throw parserRejects(file, parsed.errors[0]!, from);
  for (const s of parsed.statements) out.push(planned(s, from, routine, false));
}

/** A statement over the parser's limit: run as written when it is plain DML, else refused. */
function unparsedStatement(file: MigrationFile, start: number, end: number): PlannedStatement {
  const head = file.text.slice(start, start + 4096);
  const word = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*\(*\s*([A-Za-z]+)/.exec(head)?.[1] ?? '';
  if (!PLAIN_DML.test(word)) {
    const mb = ((end - start) / (1 << 20)).toFixed(1);
    throw refused(
      file,
      file.position(start),
      `this ${word ? `${word.toUpperCase()} ` : ''}statement is ${mb} MB, more than the ${MAX_PARSE_CHARS / (1 << 20)} MB that is parsed at once; statements that large are run only when they are INSERT, UPDATE, DELETE, MERGE, SELECT, WITH or VALUES`,
    );
  }
  let e = end;
  while (e > start && /[\s;]/.test(file.text[e - 1]!)) e--;
  return { start, end: e, control: undefined };
}

/** A file refused before anything of it was sent: no SQLSTATE, PostgreSQL was never asked. */
function refused(file: MigrationFile, pos: Position, why: string): ApplyError {
  return new ApplyError(`refused, nothing was sent: ${why}`, file.path, pos.line, pos.column);
}

/** A parse error of libpg-query (PostgreSQL 18's parser) at `base` + its offset in the file text. */
function parserRejects(file: MigrationFile, e: SqlParseError, base: number): ApplyError {
  return refused(file, file.position(base + e.offset), `PostgreSQL's parser (libpg-query, PostgreSQL 18) rejects this statement: ${e.message}`);
}
