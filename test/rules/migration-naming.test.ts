import rule from '../../rules/migration-naming.js';
import { ruleTester, type InvalidCase } from '../helpers/rule-tester.js';

const sql = 'SELECT 1;\n';

/** A single badly named file: reported at 1:1 with its problem. */
const bad = (name: string, message: string | RegExp): InvalidCase => ({
  name: `${name}: ${String(message)}`,
  files: { [name]: sql },
  errors: [{ file: name, line: 1, column: 1, message }],
});

ruleTester(rule, {
  valid: [
    { files: { 'V1__init.sql': sql, 'V1_1__patch.sql': sql, 'V2.0.1__x.sql': sql, 'V003__y.sql': sql } },
    { name: 'repeatables', files: { 'R__views.sql': sql, 'R__refresh_functions.sql': sql } },
    { name: 'subfolders are scanned like Flyway does', files: { 'billing/V4__invoices.sql': sql, 'views/R__billing.sql': sql } },
    { name: 'a rollback paired by version (V001 and V1)', files: { 'V001__init.sql': sql, 'rollback/V1__rollback.sql': sql } },
    { name: 'seeds/ files are not migrations', files: { 'seeds/development.sql': sql, 'seeds/demo/users.sql': sql, 'seeds/V1_oops.sql': sql } },
    { name: 'a description with double underscores', files: { 'V5__add__things.sql': sql } },
  ],
  invalid: [
    bad('V1_init.sql', 'missing the "__" (double underscore) between version and description'),
    bad('V1-init.sql', 'missing the "__"'),
    bad('V__init.sql', 'missing version after "V"'),
    bad('V1a__init.sql', '"1a" is not a version'),
    bad('V1.__init.sql', '"1." is not a version'),
    bad('V-1__init.sql', '"-1" is not a version'),
    bad('v1__init.sql', 'the prefix must be an uppercase "V" (Flyway ignores "v" files)'),
    bad('r__views.sql', 'the prefix must be an uppercase "R__"'),
    bad('R_views.sql', 'a repeatable migration needs "R__" (double underscore)'),
    bad('init.sql', /^not a migration name: expected V\{version\}__\{description\}\.sql or R__\{description\}\.sql: Flyway/),
    bad('2024_01_01_init.sql', 'not a migration name'),
    bad('billing/create_invoices.sql', 'not a migration name'),
    {
      name: 'the message says what Flyway does with it',
      files: { 'v2__x.sql': sql },
      errors: [{ file: 'v2__x.sql', line: 1, column: 1, message: 'Flyway ignores or rejects this file, so it never runs' }],
    },
    {
      name: 'orphan rollback: no migration with that version',
      files: { 'V1__init.sql': sql, 'rollback/V1__rollback.sql': sql, 'rollback/V2__rollback.sql': sql },
      errors: [{ file: 'rollback/V2__rollback.sql', line: 1, column: 1, message: 'rollback for version 2, but no migration has that version' }],
    },
    {
      name: 'a file in rollback/ that does not match the rollback pattern',
      files: { 'V1__init.sql': sql, 'rollback/V1__undo_init.sql': sql },
      errors: [
        {
          file: 'rollback/V1__undo_init.sql',
          line: 1,
          column: 1,
          message: 'rollback file name does not match the rollback pattern "rollback/V{version}__rollback.sql": it is not paired with any migration',
        },
      ],
    },
    {
      name: 'reported files come in path order',
      files: { 'b.sql': sql, 'a.sql': sql, 'V1__ok.sql': sql },
      errors: [
        { file: 'a.sql', line: 1, column: 1 },
        { file: 'b.sql', line: 1, column: 1 },
      ],
    },
  ],
});
