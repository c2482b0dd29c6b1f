import rule from '../../rules/rollback-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const up = 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;';
const down = 'BEGIN;\nDROP TABLE t;\nCOMMIT;';

ruleTester(rule, {
  valid: [
    { files: { 'V2__change.sql': up, 'rollback/V2__rollback.sql': down } },
    { name: 'paired by version, not by spelling: V001 and V1', files: { 'V001__init.sql': up, 'rollback/V1__rollback.sql': down } },
    { name: 'V1_1 and V1.1.0', files: { 'V1_1__init.sql': up, 'rollback/V1.1.0__rollback.sql': down } },
    { name: 'migrations in subfolders pair with rollback/', files: { 'core/V3__init.sql': up, 'rollback/V3__rollback.sql': down } },
    { name: 'repeatables need none', files: { 'R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1 AS x;' } },
    { name: 'seeds need none', files: { 'seeds/dev.sql': "INSERT INTO t VALUES (1);" } },
    {
      name: 'file-level suppression',
      files: { 'V2__change.sql': '-- migration-guard-ignore-file rollback-missing: data fix, nothing to undo\n' + up },
    },
    {
      name: 'file-level suppression anywhere in the file',
      files: { 'V2__change.sql': up + '\n-- migration-guard-ignore-file transaction-wrapping, rollback-missing: irreversible by design' },
    },
  ],
  invalid: [
    {
      code: up,
      errors: [{ line: 1, column: 1, message: 'no rollback script for version 2' }],
    },
    {
      name: 'the message names the expected path, with the version as written',
      files: { 'V001__init.sql': up },
      errors: [{ file: 'V001__init.sql', line: 1, column: 1, message: '(expected migrations/rollback/V001__rollback.sql)' }],
    },
    {
      name: 'a rollback for another version does not count',
      files: { 'V1__a.sql': up, 'V2__b.sql': up, 'rollback/V1__rollback.sql': down },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1, message: 'rollback/V2__rollback.sql' }],
    },
    {
      name: 'a rollback with a name outside the pattern does not count',
      files: { 'V2__b.sql': up, 'rollback/V2__undo.sql': down },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1 }],
    },
    {
      name: 'statement-level suppression does not excuse a whole-file finding',
      files: { 'V2__b.sql': '-- migration-guard-ignore rollback-missing: no\n' + up },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1 }],
    },
    {
      name: 'a file-level suppression for another rule does not excuse it',
      files: { 'V2__b.sql': '-- migration-guard-ignore-file transaction-wrapping: runner wraps\n' + up },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1 }],
    },
  ],
});
