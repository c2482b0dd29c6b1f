import rule from '../../rules/unknown-placeholder.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'SELECT 1;',
    "SELECT '$notaplaceholder', $$ { } $$;",
    { name: 'a known placeholder', files: { 'V2__change.sql': 'CREATE TABLE ${schema}.t (id int);' }, placeholders: { schema: 'app' } },
    { name: 'names are case-insensitive', files: { 'V2__change.sql': 'CREATE TABLE ${SCHEMA}.t (id int);' }, placeholders: { Schema: 'app' } },
    { name: 'flyway built-ins', files: { 'V2__change.sql': "SELECT '${flyway:defaultSchema}', '${flyway:user}', '${flyway:filename}', '${flyway:timestamp}';" } },
    { name: 'built-in names are case-insensitive too', files: { 'V2__change.sql': "SELECT '${Flyway:DefaultSchema}';" } },
  ],
  invalid: [
    {
      code: 'CREATE TABLE ${schema}.t (id int);',
      errors: [{ line: 1, column: 14, message: 'no value for placeholder ${schema}: Flyway stops with "No value provided for placeholder: ${schema}.  Check your configuration!"' }],
    },
    {
      name: 'after a known placeholder on the same line: columns of the file as written',
      files: { 'V2__change.sql': 'SELECT 1;\nCREATE TABLE ${schema}.${table} (id int);' },
      placeholders: { schema: 'a_much_longer_schema_name' },
      errors: [{ line: 2, column: 24, message: '${table}' }],
    },
    {
      name: 'every unknown placeholder, in a seed, a rollback and a repeatable too',
      files: {
        'seeds/dev.sql': "INSERT INTO t VALUES ('${env}');",
        'rollback/V2__rollback.sql': '\n  DROP TABLE ${schema}.t;',
        'R__views.sql': 'CREATE VIEW ${a} AS SELECT ${b};',
        'V2__change.sql': 'SELECT 1;',
      },
      errors: [
        { file: 'R__views.sql', line: 1, column: 13, message: '${a}' },
        { file: 'R__views.sql', line: 1, column: 28, message: '${b}' },
        { file: 'rollback/V2__rollback.sql', line: 2, column: 14, message: '${schema}' },
        { file: 'seeds/dev.sql', line: 1, column: 24, message: '${env}' },
      ],
    },
    {
      name: 'an unknown flyway built-in',
      code: "SELECT '${flyway:nonsense}';",
      errors: [{ line: 1, column: 9, message: '${flyway:nonsense}' }],
    },
    {
      name: 'inside a comment Flyway still replaces, and fails',
      code: '-- owner: ${owner}\nSELECT 1;',
      errors: [{ line: 1, column: 11, message: '${owner}' }],
    },
  ],
});
