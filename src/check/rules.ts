/**
 * The findings `check` adds to the lint's: they come from running the migrations on a scratch
 * database, not from reading them. Same shape, suppressions and severities as the lint rules.
 */
import type { RuleMeta } from '../lint/types.js';

export const CHECK_RULES = [
  {
    id: 'apply-failed',
    description: 'a migration (or seeds/test.sql) fails when applied in order to an empty database',
    severity: 'error',
    help: 'Fix the statement: every migration must apply to a fresh database in the order its runner applies them, not only to yours.',
  },
  {
    id: 'extension-unavailable',
    description: 'a migration creates an extension that embedded PostgreSQL (PGlite) does not ship, so check cannot go on there',
    severity: 'warning',
    help: 'Run check against a PostgreSQL server that has the extension: migration-guard check --database-url postgres://…',
  },
  {
    id: 'cluster-statement-skipped',
    description: 'check did not run a statement that acts on the whole cluster (DROP DATABASE, ALTER SYSTEM, tablespaces, existing roles) on the server',
    severity: 'warning',
    help: 'Keep cluster-wide changes out of the migrations (see cluster-wide-statement); check runs everything else of the file.',
  },
  {
    id: 'rollback-failed',
    description: 'a rollback script fails when run right after its migration',
    severity: 'error',
    help: 'Run the rollback against the schema its migration leaves: drop in reverse order, use IF EXISTS, drop dependants first.',
  },
  {
    id: 'rollback-incomplete',
    description: 'migration → rollback does not give back the schema the migration started from, or the migration cannot be applied again after it',
    severity: 'error',
    help: 'Undo everything the migration does, in reverse order: drop what it adds, restore what it changes or drops.',
  },
  {
    id: 'dangerous-lock',
    description: 'a lock that blocks reads or writes on an existing table or index is held while further statements run',
    severity: 'warning',
    help: 'Keep the lock short: one blocking statement per transaction, last before COMMIT, with SET LOCAL lock_timeout; move the rest to their own migration.',
  },
  {
    id: 'slow-migration',
    description: 'a migration takes longer than slowMigrationSeconds (default 60 s) on the scratch database',
    severity: 'warning',
    help: 'Split the work: batch data changes, build indexes CONCURRENTLY in a migration of their own, or raise slowMigrationSeconds if it is expected.',
  },
  {
    id: 'query-plan-regression',
    description:
      'a critical query (performance.queries) plans worse after the change set: an index scan becomes a sequential scan, an index it used is gone, its estimated cost grows by more than costFactor, or it fails (error)',
    severity: 'warning',
    help: 'Keep the index the query needs (or create its replacement before dropping it), or change the query in the same pull request; if the new plan is expected, suppress the finding with the reason.',
  },
] as const satisfies readonly RuleMeta[];

export type CheckRuleId = (typeof CHECK_RULES)[number]['id'];

export const CHECK_RULE_IDS: string[] = CHECK_RULES.map((r) => r.id);

export function checkRule(id: CheckRuleId): RuleMeta {
  return CHECK_RULES.find((r) => r.id === id)!;
}
