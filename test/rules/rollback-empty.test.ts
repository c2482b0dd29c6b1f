import rule from '../../rules/rollback-empty.js';
import { MAX_PARSE_CHARS } from '../../src/parse/parser.js';
import { ruleTester } from '../helpers/rule-tester.js';

const up = 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;';
const RB = 'rollback/V3__rollback.sql';
/** V3 and its rollback; findings point at the rollback. */
const pair = (rollback: string | Uint8Array) => ({ files: { 'V3__create_t.sql': up, [RB]: rollback } });
const bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]);

ruleTester(rule, {
  valid: [
    { name: 'a rollback with a DROP', ...pair('BEGIN;\nDROP TABLE IF EXISTS t;\nCOMMIT;\n') },
    {
      name: 'the empty rollback of an empty migration (a placeholder kept for its version): nothing to undo',
      files: { 'V1__mysql_only.sql': '-- this change applies to MySQL only\n', 'rollback/V1__rollback.sql': '-- nothing to undo\n' },
    },
    {
      name: 'a rollback that refuses with RAISE EXCEPTION',
      ...pair("DO $$ BEGIN RAISE EXCEPTION 'V3 cannot be rolled back: data was deleted'; END $$;\n"),
    },
    { name: 'only transaction control still has statements (out of scope)', ...pair('-- undo\nBEGIN;\nCOMMIT;\n') },
    { name: 'an empty versioned migration is empty-migration’s', files: { 'V3__create_t.sql': '-- TODO\n', [RB]: 'DROP TABLE t;' } },
    { name: 'an empty repeatable is not a rollback', files: { 'R__views.sql': '' } },
    { name: 'a parse error is parse-error’s', ...pair('-- undo\nDROP TABLEE t;\n') },
    { name: 'an unterminated comment is parse-error’s', ...pair('/* DROP TABLE t;\n') },
    { name: 'invalid UTF-8 is parse-error’s', ...pair(Buffer.from([0x2d, 0x2d, 0x20, 0xff, 0x0a])) },
    { name: 'a NUL byte is parse-error’s', ...pair('\0DROP TABLE t;\n') },
    { name: 'a file too large to parse is parse-error’s, even if all comments', ...pair('-- x\n'.repeat(MAX_PARSE_CHARS / 5 + 1)) },
    {
      name: 'a file-level suppression in the rollback excuses it',
      ...pair('-- migration-guard-ignore-file rollback-empty: V3 is undone by V4__restore.sql\n'),
    },
  ],
  invalid: [
    {
      name: 'zero bytes',
      ...pair(''),
      errors: [{ file: RB, line: 1, column: 1, message: 'the rollback script contains no SQL statement: PostgreSQL executes nothing, so rolling back V3 deletes its schema history row' }],
    },
    { name: 'whitespace only', ...pair('\n\n  \t\r\n'), errors: [{ file: RB, line: 1, column: 1, message: 'the next migrate fails' }] },
    { name: 'only -- comments', ...pair('-- nothing to undo\n-- (V3 only adds a table)\n'), errors: [{ file: RB, line: 1, column: 1 }] },
    { name: 'only a block comment', ...pair('\n/* DROP TABLE t;\n   kept for later */\n'), errors: [{ file: RB, line: 1, column: 1 }] },
    { name: 'BOM and comments', ...pair(bom('-- nothing to undo\n')), errors: [{ file: RB, line: 1, column: 1 }] },
    { name: 'only semicolons', ...pair(';\n;;\n'), errors: [{ file: RB, line: 1, column: 1 }] },
    { name: 'the version as written', files: { 'V003__init.sql': up, 'rollback/V003__rollback.sql': '-- none' }, errors: [{ file: 'rollback/V003__rollback.sql', line: 1, column: 1, message: 'rolling back V003' }] },
    { name: 'a rollback without its migration too', files: { [RB]: '' }, errors: [{ file: RB, line: 1, column: 1 }] },
    {
      name: 'a statement-level suppression does not excuse a whole-file finding',
      ...pair('-- migration-guard-ignore rollback-empty: nothing to undo\n'),
      errors: [{ file: RB, line: 1, column: 1 }],
    },
    {
      name: 'a file-level suppression in the migration does not excuse its rollback',
      files: { 'V3__create_t.sql': '-- migration-guard-ignore-file rollback-empty: irreversible\n' + up, [RB]: '' },
      errors: [{ file: RB, line: 1, column: 1 }],
    },
  ],
});
