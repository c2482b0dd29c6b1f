import rule from '../../rules/applied-migration-modified.js';
import { ruleTester } from '../helpers/rule-tester.js';

const v1 = 'BEGIN;\nCREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE plans (id int);\nCOMMIT;\n';
const r1 = 'BEGIN;\nDROP TABLE plans;\nDROP TABLE accounts;\nCOMMIT;\n';
const v2 = 'BEGIN;\nALTER TABLE accounts ADD COLUMN email text;\nCOMMIT;\n';

ruleTester(rule, {
  valid: [
    { name: 'unchanged', base: { 'V1__init.sql': v1, 'rollback/V1__rollback.sql': r1 }, files: { 'V1__init.sql': v1, 'rollback/V1__rollback.sql': r1 } },
    { name: 'a new migration next to merged ones', base: { 'V1__init.sql': v1 }, files: { 'V1__init.sql': v1, 'V2__email.sql': v2 } },
    {
      name: 'CRLF-only change is not a modification (Flyway checksum ignores line endings)',
      base: { 'V1__init.sql': v1 },
      files: { 'V1__init.sql': v1.replace(/\n/g, '\r\n') },
    },
    {
      name: 'a BOM added is not a modification either',
      base: { 'V1__init.sql': v1 },
      files: { 'V1__init.sql': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(v1)]) },
    },
    {
      name: 'a modified repeatable is fine (it runs again)',
      base: { 'R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1 AS x;' },
      files: { 'R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 2 AS x;' },
    },
    {
      name: 'a deleted repeatable or seed is not reported',
      base: { 'R__views.sql': 'CREATE VIEW v AS SELECT 1;', 'seeds/dev.sql': 'SELECT 1;' },
      files: { 'V1__init.sql': v1 },
    },
    { name: 'a modified seed is fine', base: { 'seeds/dev.sql': 'SELECT 1;' }, files: { 'seeds/dev.sql': 'SELECT 2;' } },
    { name: 'nothing without --base', files: { 'V1__init.sql': v1 } },
    {
      name: 'a rollback added later for a merged migration',
      base: { 'V1__init.sql': v1 },
      files: { 'V1__init.sql': v1, 'rollback/V1__rollback.sql': r1 },
    },
  ],
  invalid: [
    {
      name: 'modified: reported at the first changed line',
      base: { 'V1__init.sql': v1 },
      files: { 'V1__init.sql': v1.replace('plans (id int)', 'plans (id bigint)') },
      errors: [{ file: 'V1__init.sql', line: 3, column: 1, message: /^migration 1 was already merged and was modified: .*checksum mismatch/ }],
    },
    {
      name: 'modified and converted to CRLF: still the first changed line',
      base: { 'V1__init.sql': v1 },
      files: { 'V1__init.sql': v1.replace('COMMIT;', 'SELECT 1;\nCOMMIT;').replace(/\n/g, '\r\n') },
      errors: [{ file: 'V1__init.sql', line: 4, column: 1 }],
    },
    {
      name: 'lines removed at the end: reported at the last line',
      base: { 'V1__init.sql': v1 + '-- done\n-- really\n' },
      files: { 'V1__init.sql': v1 },
      errors: [{ file: 'V1__init.sql', line: 5, column: 1 }],
    },
    {
      name: 'a modified comment changes the checksum too',
      base: { 'V1__init.sql': '-- init\n' + v1 },
      files: { 'V1__init.sql': '-- initial schema\n' + v1 },
      errors: [{ file: 'V1__init.sql', line: 1, column: 1, message: 'checksum mismatch' }],
    },
    {
      name: 'deleted',
      base: { 'V1__init.sql': v1, 'V2__email.sql': v2 },
      files: { 'V1__init.sql': v1 },
      errors: [{ file: 'V2__email.sql', line: 1, column: 1, message: 'migration 2 was deleted after it was merged' }],
    },
    {
      name: 'renamed: same content, new name',
      base: { 'V1__init.sql': v1, 'V2__email.sql': v2 },
      files: { 'V1__init.sql': v1, 'V3__email.sql': v2 },
      errors: [{ file: 'V3__email.sql', line: 1, column: 1, message: 'migration 2 was renamed from migrations/V2__email.sql' }],
    },
    {
      name: 'renamed: same version, new description',
      base: { 'V1__init.sql': v1, 'V2__email.sql': v2 },
      files: { 'V1__init.sql': v1, 'V2__add_email.sql': v2.replace('text', 'varchar(320)') },
      errors: [{ file: 'V2__add_email.sql', line: 1, column: 1, message: 'renamed from migrations/V2__email.sql' }],
    },
    {
      name: 'moved to a subfolder',
      base: { 'V2__email.sql': v2 },
      files: { 'accounts/V2__email.sql': v2 },
      errors: [{ file: 'accounts/V2__email.sql', line: 1, column: 1, message: 'renamed from migrations/V2__email.sql' }],
    },
    {
      name: 'two merged migrations with the same content: each rename is matched once',
      base: { 'V1__noop.sql': 'SELECT 1;\n', 'V2__noop.sql': 'SELECT 1;\n' },
      files: { 'V1__noop_a.sql': 'SELECT 1;\n', 'V2__noop_b.sql': 'SELECT 1;\n' },
      errors: [
        { file: 'V1__noop_a.sql', line: 1, column: 1, message: 'renamed from migrations/V1__noop.sql' },
        { file: 'V2__noop_b.sql', line: 1, column: 1, message: 'renamed from migrations/V2__noop.sql' },
      ],
    },
    {
      name: 'rollback modified',
      base: { 'V1__init.sql': v1, 'rollback/V1__rollback.sql': r1 },
      files: { 'V1__init.sql': v1, 'rollback/V1__rollback.sql': r1.replace('DROP TABLE plans;\n', '') },
      errors: [{ file: 'rollback/V1__rollback.sql', line: 2, column: 1, message: 'rollback script for version 1 changed after its migration was merged' }],
    },
    {
      name: 'rollback deleted',
      base: { 'V1__init.sql': v1, 'rollback/V1__rollback.sql': r1 },
      files: { 'V1__init.sql': v1 },
      errors: [{ file: 'rollback/V1__rollback.sql', line: 1, column: 1, message: 'rollback script for version 1 was deleted' }],
    },
    {
      name: 'a deleted migration and its deleted rollback are both reported',
      base: { 'V1__init.sql': v1, 'V2__email.sql': v2, 'rollback/V2__rollback.sql': 'ALTER TABLE accounts DROP COLUMN email;' },
      files: { 'V1__init.sql': v1 },
      errors: [
        { file: 'V2__email.sql', line: 1, column: 1, message: 'was deleted' },
        { file: 'rollback/V2__rollback.sql', line: 1, column: 1, message: 'was deleted' },
      ],
    },
  ],
});
