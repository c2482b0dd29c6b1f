import rule from '../../rules/empty-migration.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'SELECT 1;',
    '-- a comment\nBEGIN;\nCOMMIT;',
    { name: 'a parse error is reported by parse-error, not as empty', files: { 'V2__change.sql': 'SELEC 1;' } },
    { name: 'a file that does not decode is parse-error’s, not empty', files: { 'V2__change.sql': new Uint8Array([0x00, 0x53, 0x00, 0x45]), 'V3__nul.sql': 'SELECT 1;\0' } },
    { name: 'empty seeds are not migrations', files: { 'V2__change.sql': 'SELECT 1;', 'seeds/empty.sql': '' } },
    { name: 'empty rollbacks are rollback-empty’s', files: { 'V2__change.sql': 'SELECT 1;', 'rollback/V2__rollback.sql': '-- nothing to undo\n' } },
  ],
  invalid: [
    { code: '', errors: [{ line: 1, column: 1, message: 'the migration contains no SQL statement: it is recorded as applied and changes nothing' }] },
    { code: '\n\n   \n', errors: [{ line: 1, column: 1 }] },
    { code: '-- TODO: add the index\n/* later */\n', errors: [{ line: 1, column: 1 }] },
    { code: ';\n;;\n', errors: [{ line: 1, column: 1 }] },
    { name: 'an empty repeatable', files: { 'R__views.sql': '-- views go here' }, errors: [{ file: 'R__views.sql', line: 1, column: 1 }] },
    {
      name: 'only a file-level suppression excuses it',
      files: {
        'V2__a.sql': '-- migration-guard-ignore-file empty-migration: placeholder for a hotfix version\n',
        'V3__b.sql': '-- migration-guard-ignore empty-migration: no statement to attach to\n',
      },
      errors: [{ file: 'V3__b.sql', line: 1, column: 1 }],
    },
  ],
});
