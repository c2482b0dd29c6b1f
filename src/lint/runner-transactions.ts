/**
 * transaction-wrapping under another runner's layout (issue #15): what goes wrong when that
 * runner sends the file as its layout says (src/load/layouts, Execution). The PostgreSQL facts
 * the messages state are measured in test/db/simple-query-facts.test.ts (a file sent as one
 * query) and test/model/transactions.test.ts (BEGIN / COMMIT in and out of blocks).
 */
import type { Execution } from '../load/layouts/index.js';
import { boundaryOf, type FileTransactions } from '../model/transactions.js';
import { isNeutral } from '../model/statements.js';
import { alterTableCommands } from '../model/ast.js';
import { isAddEnumValue, SPLIT_ADD_VALUE } from './enum-values.js';
import type { SqlStatement } from '../parse/parser.js';
import type { ReportDescriptor } from './types.js';


/**
 * A statement that is a reason to run a migration without a transaction although each of its
 * statements could run in one: ALTER TYPE … ADD VALUE (a later use of the value in the same
 * transaction fails, 55P04), a data change (batches committed one by one, so no lock is held for
 * the whole backfill), VALIDATE CONSTRAINT (after a NOT VALID constraint and its backfill, so the
 * lock of the ADD is not held through them).
 */
function deliberatelyApart(s: SqlStatement): boolean {
  if (isAddEnumValue(s)) return true;
  if (s.kind === 'InsertStmt' || s.kind === 'UpdateStmt' || s.kind === 'DeleteStmt' || s.kind === 'MergeStmt' || s.kind === 'DoStmt' || s.kind === 'CallStmt') return true;
  return s.kind === 'AlterTableStmt' && alterTableCommands(s.node).some((c) => c.subtype === 'AT_ValidateConstraint');
}
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The findings for a file of another runner: `outsideOf` says why a top-level statement cannot
 * run in a transaction block (if it cannot), `line` gives its line, `model` the file's
 * transactions as PostgreSQL runs them under this execution.
 */
export function runnerTransactionProblems(
  exec: Execution,
  stmts: SqlStatement[],
  opts: {
    outsideOf: (s: SqlStatement) => string | undefined;
    line: (s: SqlStatement) => number;
    model: FileTransactions;
    /** The other direction of the same file (goose), whose needs the file-wide annotation also serves. */
    sibling?: SqlStatement[];
  },
): ReportDescriptor[] {
  const out: ReportDescriptor[] = [];
  const { outsideOf, line, model } = opts;
  const work = stmts.filter((s) => !boundaryOf(s) && !isNeutral(s));
  const outside = stmts.filter((s) => outsideOf(s) && !(model.of(s)?.tx.kind === 'block'));
  const atomicOnes = work.filter((s) => !outsideOf(s));
  const oneQuery = exec.unit === 'file' && stmts.length > 1;

  if (exec.wrapped || oneQuery) {
    const first = outside[0];
    if (first) {
      const what = outsideOf(first)!;
      out.push(
        exec.wrapped
          ? {
              stmt: first,
              message: `${exec.why}, and ${what} cannot run inside a transaction block: PostgreSQL rejects it (SQLSTATE 25001) and the migration fails`,
              help:
                `${sentence(exec.unwrap ?? 'run it outside a transaction')}` +
                (exec.unit === 'file'
                  ? ', and keep the statement alone in its migration: the file is still sent as one query, and PostgreSQL refuses it beside any other statement in that query.'
                  : '; each statement then commits on its own, so keep that migration to the statements that need it.'),
            }
          : {
              stmt: first,
              message: `${exec.why}, and PostgreSQL runs a query of several statements as one transaction: ${what} fails there (SQLSTATE 25001) beside any other statement of the file — before or after it, even after a COMMIT`,
              help: 'Put it in a migration of its own with nothing else in it (not even SET).',
            },
      );
    }
  } else if (exec.unit === 'statement') {
    // Each statement is its own query, committed as it runs.
    if (outside.length > 0 && atomicOnes.length > 0) {
      out.push({
        stmt: outside[0]!,
        message: `${exec.why}: ${outsideOf(outside[0]!)} runs beside statements that could be atomic (line ${line(atomicOnes[0]!)}), and a failure half-way leaves the migration half applied`,
        help: 'Keep a migration without a transaction to the statements that need it (one CREATE INDEX CONCURRENTLY each); put the rest in a migration that runs in a transaction.',
      });
    } else if (outside.length === 0 && work.length > 1 && !work.some(deliberatelyApart) && !(opts.sibling ?? []).some((x) => outsideOf(x) || deliberatelyApart(x))) {
      out.push({
        stmt: work[0],
        message: `${exec.why}, yet nothing in this migration needs to run outside a transaction: if a later statement fails, the earlier ones stay applied and the schema is left half migrated`,
        help: 'Remove the annotation so the runner wraps the migration in a transaction.',
      });
    }
  }

  // The file's own transaction control, as PostgreSQL runs it under this execution.
  for (const [i, s] of stmts.entries()) {
    const st = model.statements[i]!;
    const b = st.boundary;
    if (!b) continue;
    const later = stmts.slice(i + 1).some((x) => !boundaryOf(x) && !isNeutral(x));
    if (st.effect?.kind === 'fails' && b.kind !== 'commit-prepared' && b.kind !== 'rollback-prepared') {
      out.push({ stmt: s, message: `${b.word} here fails: PostgreSQL raises "${st.effect.error}" (SQLSTATE ${st.effect.sqlstate}) ${oneQuery ? 'in the implicit transaction of a query of several statements' : 'outside a transaction block'}, and the migration stops there` });
    } else if (exec.wrapped && (b.kind === 'begin' || b.kind === 'commit' || b.kind === 'rollback')) {
      const addsValue = b.kind === 'commit' && stmts.slice(0, i).some(isAddEnumValue);
      const effect =
        b.kind === 'begin'
          ? 'PostgreSQL only warns "there is already a transaction in progress" and ignores it'
          : b.kind === 'commit'
            ? "commits the runner's transaction early: the statements after it, and the runner's record of the migration, are no longer atomic with the changes before it"
            : "undoes the statements before it, yet the runner records the migration as applied";
      out.push({
        stmt: s,
        message: `explicit ${b.word}: ${exec.why}, so this ${effect}`,
        help: addsValue
          ? SPLIT_ADD_VALUE
          : 'Remove BEGIN/COMMIT from the file: the runner wraps it.',
      });
    } else if (b.kind === 'rollback' && st.inBlock) {
      out.push({ stmt: s, message: `${b.word} in a migration: everything before it in the transaction is undone, yet the runner records the migration as applied`, help: 'Raise an exception (RAISE EXCEPTION in a DO block) to make it fail instead.' });
    } else if (b.kind === 'commit' && later && !exec.wrapped) {
      out.push({
        stmt: s,
        message: `${b.word} in the middle of the migration commits what came before it: if a statement after it fails, the migration is half applied`,
        help: 'Split the migration in two files at this COMMIT, or remove it.',
      });
    }
  }
  return out;
}
