/**
 * The seed guide's own examples (test/fixtures/seed/, extracted from our database migration
 * guide DB-MIG-001; the template's {placeholders} filled in with concrete names) and the
 * findings a careful reviewer gives them with the checklist rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSpec } from './helpers/rule-tester.js';

const dir = new URL('./fixtures/seed/', import.meta.url);
const files: Record<string, string> = {};
for (const name of readdirSync(dir)) {
  const text = readFileSync(new URL(name, dir), 'utf8');
  files[name === 'rollback-template.sql' ? 'rollback/V100__rollback.sql' : name] = text;
}

describe('the seed guide examples', () => {
  const all = lintSpec({ files });
  const line = (f: (typeof all)[number]) => `${f.file.replace('migrations/', '')}:${f.line}:${f.column} ${f.rule}`;
  // migration-documented's findings (the examples have no header, the template its placeholders) are the third test's.
  const findings = all.filter((f) => f.rule !== 'migration-documented').map(line);

  it('get exactly the checklist findings a reviewer would give', () => {
    expect(findings).toEqual([
      // V007: the backfill rewrites all of users in one transaction
      'V007__add_user_preferences.sql:1:1 rollback-missing',
      // Each migration's first strong lock on an existing table runs without a lock_timeout
      'V007__add_user_preferences.sql:5:13 lock-timeout-missing',
      'V007__add_user_preferences.sql:9:8 unbatched-data-change',
      // … and SET NOT NULL on users scans the whole table under ACCESS EXCLUSIVE (no validated CHECK first)
      'V007__add_user_preferences.sql:15:14 set-not-null',
      // V008: CREATE INDEX CONCURRENTLY between BEGIN and COMMIT fails at run time
      'V008__rename_product_title.sql:1:1 rollback-missing',
      'V008__rename_product_title.sql:5:13 lock-timeout-missing',
      'V008__rename_product_title.sql:9:8 unbatched-data-change',
      'V008__rename_product_title.sql:15:14 set-not-null',
      'V008__rename_product_title.sql:18:1 cannot-run-in-transaction',
      // V009: correct (CONCURRENTLY, no BEGIN); only the rollback is missing
      'V009__add_performance_indexes.sql:1:1 rollback-missing',
      'V010__change_price_precision.sql:1:1 rollback-missing',
      'V010__change_price_precision.sql:5:13 lock-timeout-missing',
      'V010__change_price_precision.sql:9:8 unbatched-data-change',
      // V010: price is renamed away and price_new takes its name: price's NOT NULL, indexes and views stay on price_old
      'V010__change_price_precision.sql:14:1 breaking-rename',
      // V011/V012: INSERT … SELECT copies whole existing tables in one statement
      'V011__partition_order_history.sql:1:1 rollback-missing',
      'V011__partition_order_history.sql:20:15 unbatched-data-change',
      // V011: the table swap leaves foreign keys, views and late writes with order_status_history_old
      'V011__partition_order_history.sql:23:13 lock-timeout-missing',
      'V011__partition_order_history.sql:23:34 breaking-rename',
      'V012__split_user_profile.sql:1:1 rollback-missing',
      // V012: REFERENCES users takes SHARE ROW EXCLUSIVE on users
      'V012__split_user_profile.sql:7:38 lock-timeout-missing',
      'V012__split_user_profile.sql:26:6 unbatched-data-change',
      'V012__split_user_profile.sql:30:6 unbatched-data-change',
      // V013: DROP INDEX without CONCURRENTLY, mixed with CONCURRENTLY statements
      'V013__optimize_indexes.sql:1:1 rollback-missing',
      'V013__optimize_indexes.sql:4:1 lock-timeout-missing',
      'V013__optimize_indexes.sql:4:1 require-concurrent-index',
      'V013__optimize_indexes.sql:5:1 require-concurrent-index',
      'V013__optimize_indexes.sql:8:1 transaction-wrapping',
      'V014__maintenance_operations.sql:1:1 rollback-missing',
      // The template: CONCURRENTLY inside BEGIN … COMMIT, and an unbatched UPDATE
      'V100__template.sql:22:1 cannot-run-in-transaction',
      // … and a CHECK added to orders without NOT VALID: a full scan under ACCESS EXCLUSIVE
      'V100__template.sql:26:13 lock-timeout-missing',
      'V100__template.sql:27:5 constraint-not-valid',
      'V100__template.sql:31:8 unbatched-data-change',
    ]);
  });

  it('the rollback template pairs with its migration and parses', () => {
    expect(findings.filter((f) => f.startsWith('V100__template.sql:1:1') || f.startsWith('rollback/'))).toEqual([]);
  });

  it("are not documented: the examples have only their file's name, the template its placeholders (§3.2, §7.1)", () => {
    const documented = all.filter((f) => f.rule === 'migration-documented').map((f) => `${f.file.replace('migrations/', '')}:${f.line}:${f.column} ${f.message.replace(/: (write|add|insert) .*/, '')}`);
    const examples = Object.keys(files).filter((n) => /^V0\d\d__/.test(n)).sort();
    expect(examples).toHaveLength(8);
    expect(documented).toEqual([
      ...examples.flatMap((n) => ['Author', 'Date', 'Description', 'Rollback'].map((field) => `${n}:1:1 the header has no ${field} line`)),
      `V100__template.sql:1:1 line 1 still holds the template's placeholder {VERSION}`,
      `V100__template.sql:2:1 "-- Author:" still holds the template's placeholder {AUTHOR}`,
      `V100__template.sql:3:1 "-- Date:" still holds the template's placeholder {DATE}`,
      `V100__template.sql:4:1 "-- Description:" still holds the template's placeholder {DETAILED_DESCRIPTION}`,
      `V100__template.sql:5:1 "-- Rollback:" still holds the template's placeholder {VERSION}`,
      `rollback/V100__rollback.sql:2:1 "-- Rollback for:" still holds the template's placeholder {VERSION}, but this file is the rollback of V100__template.sql`,
    ]);
  });
});
