/**
 * Which migrations Flyway runs in a transaction. Flyway's PostgreSQL parser marks a statement
 * non-transactional by its leading keywords (PostgreSQLParser.detectCanExecuteInTransaction, on
 * PostgreSQL 12+): CREATE/DROP DATABASE, TABLESPACE or SUBSCRIPTION; ALTER SYSTEM;
 * CREATE [UNIQUE] INDEX CONCURRENTLY and DROP INDEX CONCURRENTLY; REINDEX [VERBOSE]
 * SCHEMA/DATABASE/SYSTEM; VACUUM; DISCARD ALL. A migration with one such statement runs without
 * a transaction, statement by statement in autocommit (ParserSqlScript.executeInTransaction);
 * every other migration runs in one transaction with its history row, whatever BEGIN or COMMIT it
 * holds. A migration with both kinds is refused unless `mixed` is set ("Detected both
 * transactional and non-transactional statements within the same migration", ParserSqlScript),
 * and then runs without a transaction.
 *
 * Not detected by Flyway, so run inside its transaction (where PostgreSQL rejects them):
 * REINDEX TABLE/INDEX CONCURRENTLY, ALTER TABLE … DETACH PARTITION CONCURRENTLY, a DO block or
 * CALL that COMMITs.
 */
import type { SqlStatement } from '../../parse/parser.js';

/** Whether Flyway runs `stmt` inside a transaction (false: it makes its migration non-transactional). */
export function flywayCanExecuteInTransaction(stmt: SqlStatement): boolean {
  const n = stmt.node as unknown as Record<string, unknown>;
  switch (stmt.kind) {
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
    case 'CreateSubscriptionStmt':
    case 'DropSubscriptionStmt':
    case 'AlterSystemStmt':
      return false;
    case 'IndexStmt':
      return n['concurrent'] !== true;
    case 'DropStmt':
      return !(n['removeType'] === 'OBJECT_INDEX' && n['concurrent'] === true);
    case 'ReindexStmt':
      return !['REINDEX_OBJECT_SCHEMA', 'REINDEX_OBJECT_DATABASE', 'REINDEX_OBJECT_SYSTEM'].includes(String(n['kind']));
    case 'VacuumStmt':
      return n['is_vacuumcmd'] !== true; // ANALYZE alone is transactional
    case 'DiscardStmt':
      return n['target'] !== 'DISCARD_ALL';
    default:
      return true;
  }
}

/** Whether Flyway runs a migration of these top-level statements in one transaction. */
export function flywayWraps(statements: SqlStatement[]): boolean {
  return statements.every(flywayCanExecuteInTransaction);
}

/**
 * Flyway refuses the migration (unless `mixed`): it has both statements Flyway runs in a
 * transaction and statements it cannot. Returns the first of the minority kind Flyway names, or
 * undefined.
 */
export function flywayMixedStatement(statements: SqlStatement[]): SqlStatement | undefined {
  const outside = statements.find((s) => !flywayCanExecuteInTransaction(s));
  const inside = statements.find((s) => flywayCanExecuteInTransaction(s));
  if (!outside || !inside) return undefined;
  return statements.indexOf(outside) > statements.indexOf(inside) ? outside : inside;
}

export interface FlywayTransactionProblem {
  stmt: SqlStatement;
  message: string;
  help: string;
}

/**
 * What goes wrong when Flyway applies a migration of these top-level statements, if anything:
 * Flyway refuses it (both kinds of statement and `mixed` off), or runs it in a transaction although
 * PostgreSQL refuses one of its statements there (`mustRunOutside` says which, with what; Flyway's
 * parser does not recognise it). `line` gives a statement's line; `inOwnBlock` skips statements in
 * the file's own BEGIN … COMMIT (cannot-run-in-transaction reports those).
 */
export function flywayTransactionProblem(
  statements: SqlStatement[],
  opts: { mixed: boolean; line: (s: SqlStatement) => number; mustRunOutside: (s: SqlStatement) => string | undefined; inOwnBlock: (s: SqlStatement) => boolean },
): FlywayTransactionProblem | undefined {
  const offending = opts.mixed ? undefined : flywayMixedStatement(statements);
  if (offending) {
    const other = statements.find((s) => flywayCanExecuteInTransaction(s) !== flywayCanExecuteInTransaction(offending))!;
    const [outside, inside] = flywayCanExecuteInTransaction(offending) ? [other, offending] : [offending, other];
    return {
      stmt: offending,
      message: `Flyway refuses this migration: line ${opts.line(outside)} cannot run in a transaction and line ${opts.line(inside)} runs in one ("Detected both transactional and non-transactional statements within the same migration (even though mixed is false)"), so migrate fails before running it`,
      help: `Move the statement on line ${opts.line(outside)} into a migration of its own (nothing else in it, not even SET), or set mixed = true in Flyway's configuration (Flyway then runs the whole file without a transaction).`,
    };
  }
  if (!flywayWraps(statements)) return undefined;
  const refused = statements.find((s) => !opts.inOwnBlock(s) && opts.mustRunOutside(s));
  if (!refused) return undefined;
  return {
    stmt: refused,
    message: `Flyway runs this migration in a transaction (its PostgreSQL parser does not recognise ${opts.mustRunOutside(refused)} as non-transactional), where PostgreSQL refuses it: migrate fails (SQLSTATE 25001 or 2D000)`,
    help: 'Tell Flyway to run this file outside a transaction with a script configuration file beside it (V…__….sql.conf: executeInTransaction=false), in a migration of its own.',
  };
}
