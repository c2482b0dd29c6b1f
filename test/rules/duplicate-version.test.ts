import rule from '../../rules/duplicate-version.js';
import { ruleTester } from '../helpers/rule-tester.js';

const sql = 'BEGIN;\nSELECT 1;\nCOMMIT;\n';

ruleTester(rule, {
  valid: [
    { files: { 'V1__a.sql': sql, 'V2__b.sql': sql, 'V1_1__c.sql': sql } },
    { name: 'V1.1 and V1.10 differ (numeric parts)', files: { 'V1.1__a.sql': sql, 'V1.10__b.sql': sql } },
    { name: 'V1 and V10 differ', files: { 'V1__a.sql': sql, 'V10__b.sql': sql } },
    { name: 'a rollback shares its migration version', files: { 'V1__a.sql': sql, 'rollback/V1__rollback.sql': sql } },
    { name: 'repeatables with different descriptions', files: { 'R__views.sql': sql, 'R__functions.sql': sql } },
    { name: 'seeds are not migrations', files: { 'V1__a.sql': sql, 'seeds/V1__a.sql': sql } },
    { name: 'runner: flyway, rollbacks named as Flyway undo migrations (U…): Flyway does not run them as migrations', rollbackPattern: 'U{version}__{description}.sql', settings: { runner: 'flyway' }, files: { 'V1__a.sql': sql, 'U1__a.sql': sql } },
    { name: 'runner: flyway, rollbacks whose names Flyway skips', rollbackPattern: 'rollback/{version}__rollback.sql', settings: { runner: 'flyway' }, files: { 'V1__a.sql': sql, 'rollback/1__rollback.sql': sql, 'seeds/test.sql': sql } },
  ],
  invalid: [
    {
      name: "runner: flyway, the guide's rollback/V1__rollback.sql is one more version 1 to Flyway",
      settings: { runner: 'flyway' },
      files: { 'V1__a.sql': sql, 'rollback/V1__rollback.sql': sql },
      errors: [{ file: 'rollback/V1__rollback.sql', line: 1, column: 1, message: 'Flyway reads this rollback file as versioned migration 1, the version of migrations/V1__a.sql: it scans migrations recursively, so migrate stops with "Found more than one migration with version 1"' }],
    },
    {
      name: 'runner: flyway, a seed named like a migration would be run by Flyway',
      settings: { runner: 'flyway' },
      files: { 'V1__a.sql': sql, 'seeds/V7__demo.sql': sql },
      errors: [{ file: 'seeds/V7__demo.sql', line: 1, column: 1, message: 'Flyway reads this seed file as versioned migration 7 and would run it as a migration' }],
    },
    {
      name: 'V002 and V2',
      files: { 'V002__a.sql': sql, 'V2__b.sql': sql },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1, message: 'version 2 is also used by migrations/V002__a.sql (the same version as 002): Flyway stops with "Found more than one migration with version 2"' }],
    },
    {
      name: 'V1_1 and V1.1.0',
      files: { 'V1_1__a.sql': sql, 'V1.1.0__b.sql': sql },
      errors: [{ file: 'V1_1__a.sql', line: 1, column: 1, message: 'version 1_1 is also used by migrations/V1.1.0__b.sql' }],
    },
    {
      name: 'three files with one version: the later two are reported',
      files: { 'V3__a.sql': sql, 'V03__b.sql': sql, 'V3.0__c.sql': sql },
      errors: [
        { file: 'V3.0__c.sql', line: 1, column: 1, message: 'migrations/V03__b.sql' },
        { file: 'V3__a.sql', line: 1, column: 1, message: 'migrations/V03__b.sql' },
      ],
    },
    {
      name: 'the same version in different folders',
      files: { 'core/V4__a.sql': sql, 'billing/V4__b.sql': sql },
      errors: [{ file: 'core/V4__a.sql', line: 1, column: 1, message: 'migrations/billing/V4__b.sql' }],
    },
    {
      name: 'two R__ with the same description in different folders',
      files: { 'a/R__views.sql': sql, 'b/R__views.sql': sql },
      errors: [{ file: 'b/R__views.sql', line: 1, column: 1, message: 'repeatable description "views" is also used by migrations/a/R__views.sql' }],
    },
    {
      name: 'with --base, the new file is the one reported, whatever the path order',
      base: { 'V2__b.sql': sql },
      files: { 'V002__a.sql': sql, 'V2__b.sql': sql },
      errors: [{ file: 'V002__a.sql', line: 1, column: 1, message: 'version 002 is also used by migrations/V2__b.sql' }],
    },
  ],
});
