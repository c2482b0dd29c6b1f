/**
 * Every rule, in the order of the checklist. A rule is one module: meta + create(context).
 */
import type { RuleModule } from '../src/lint/types.js';
import appliedMigrationModified from './applied-migration-modified.js';
import cannotRunInTransaction from './cannot-run-in-transaction.js';
import duplicateVersion from './duplicate-version.js';
import emptyMigration from './empty-migration.js';
import migrationDocumented from './migration-documented.js';
import migrationNaming from './migration-naming.js';
import migrationFormat from './migration-format.js';
import outOfOrderVersion from './out-of-order-version.js';
import parseError from './parse-error.js';
import requireConcurrentIndex from './require-concurrent-index.js';
import rollbackEmpty from './rollback-empty.js';
import rollbackMissing from './rollback-missing.js';
import transactionWrapping from './transaction-wrapping.js';
import unbatchedDataChange from './unbatched-data-change.js';
import unknownPlaceholder from './unknown-placeholder.js';
// Online safety (locks, rewrites, breaking changes)
import constraintNotValid from './constraint-not-valid.js';
import setNotNull from './set-not-null.js';
import notNullColumnWithoutDefault from './not-null-column-without-default.js';
import volatileDefault from './volatile-default.js';
import columnTypeChange from './column-type-change.js';
import uniqueConstraintWithoutIndex from './unique-constraint-without-index.js';
import lockTimeoutMissing from './lock-timeout-missing.js';
import breakingDrop from './breaking-drop.js';
import breakingRename from './breaking-rename.js';
import breakingRequiredColumn from './breaking-required-column.js';
import tableRewrite from './table-rewrite.js';
import clusterWideStatement from './cluster-wide-statement.js';

export const rules: RuleModule[] = [
  parseError,
  transactionWrapping,
  cannotRunInTransaction,
  requireConcurrentIndex,
  rollbackMissing,
  rollbackEmpty,
  appliedMigrationModified,
  outOfOrderVersion,
  duplicateVersion,
  migrationNaming,
  migrationFormat,
  migrationDocumented,
  unbatchedDataChange,
  unknownPlaceholder,
  emptyMigration,
  constraintNotValid,
  setNotNull,
  notNullColumnWithoutDefault,
  volatileDefault,
  columnTypeChange,
  uniqueConstraintWithoutIndex,
  lockTimeoutMissing,
  breakingDrop,
  breakingRename,
  breakingRequiredColumn,
  tableRewrite,
  clusterWideStatement,
];

export function ruleById(id: string): RuleModule | undefined {
  return rules.find((r) => r.meta.id === id);
}
