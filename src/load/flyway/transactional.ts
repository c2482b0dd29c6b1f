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
