import rule from '../../rules/parse-error.js';
import { ruleTester } from '../helpers/rule-tester.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

ruleTester(rule, {
  valid: [
    'SELECT 1;',
    '',
    '-- only a comment\n/* and a /* nested */ block comment */\n',
    "SELECT E'it\\'s', $tag$ ; $notatag$ $tag$, 'a;b';",
    "DO $$\nBEGIN\n  UPDATE t SET x = 1 WHERE id = 1;\nEND $$;",
    { name: 'UTF-8 with BOM and CRLF', files: { 'V2__change.sql': bytes([0xef, 0xbb, 0xbf], "SELECT 'héllo';\r\nSELECT 2;\r\n") } },
    { name: 'a statement broken only by an unknown placeholder is left to unknown-placeholder', files: { 'V2__change.sql': 'SELECT 1;\nCREATE TABLE ${schema}.t (id int);' } },
    { name: 'placeholders substituted before parsing', files: { 'V2__change.sql': 'CREATE TABLE ${schema}.t (id int);' }, placeholders: { schema: 'app' } },
  ],
  invalid: [
    {
      code: 'SELECT 1;\nCREATE TABLE t (id int,);\nSELECT 2;',
      errors: [{ line: 2, column: 24, message: 'PostgreSQL rejects this statement: syntax error at or near ")"' }],
    },
    {
      name: 'one finding per bad statement; the rest is still parsed',
      code: 'SELECT 1;\nSELEC 2;\nSELECT 3;\nUPDATE t SET WHERE;\n',
      errors: [
        { line: 2, column: 1, message: 'syntax error at or near "SELEC"' },
        { line: 4, column: 14, message: 'syntax error at or near "WHERE"' },
      ],
    },
    {
      name: 'columns count characters, not bytes, after non-ASCII text',
      code: "SELECT 'héllo wörld';\nSELECT 'ééé' 2;\n",
      errors: [{ line: 2, column: 14, message: 'syntax error at or near "2"' }],
    },
    {
      name: 'astral characters count as two UTF-16 columns',
      code: "SELECT '😀😀' 2;",
      errors: [{ line: 1, column: 15, message: 'syntax error at or near "2"' }],
    },
    {
      name: 'non-ASCII text in an earlier statement',
      code: "SELECT 'ü';\nSELECT 'ü' 'x' 3;",
      errors: [{ line: 2, column: 12, message: `syntax error at or near "'x'"` }],
    },
    {
      name: 'CRLF line endings',
      code: 'SELECT 1;\r\n\r\nSELECT , 2;\r\n',
      errors: [{ line: 3, column: 8 }],
    },
    {
      name: 'a BOM does not shift columns',
      files: { 'V2__change.sql': bytes([0xef, 0xbb, 0xbf], 'SELECT , 1;') },
      errors: [{ line: 1, column: 8 }],
    },
    {
      name: 'positions are in the file as written, before placeholder substitution',
      files: { 'V2__change.sql': "SELECT '${schema}' 2;" },
      placeholders: { schema: 'a_much_longer_schema_name' },
      errors: [{ line: 1, column: 20 }],
    },
    {
      name: 'an unknown placeholder in another statement does not hide a syntax error',
      code: 'SELECT 1 2;\nCREATE TABLE ${schema}.t (id int);',
      errors: [{ line: 1, column: 10 }],
    },
    {
      name: 'unterminated string: the statements before it are parsed',
      code: "SELECT 1;\nSELECT 'abc;\nSELECT 2;",
      errors: [{ line: 2, column: 8, message: 'unterminated quoted string' }],
    },
    {
      name: 'unterminated block comment',
      code: 'SELECT 1;\n/* never closed\nSELECT 2;',
      errors: [{ line: 2, column: 1, message: 'unterminated /* comment' }],
    },
    {
      name: 'PL/pgSQL errors in a DO block',
      code: 'SELECT 1;\nDO $$ BEGIN\n  PERFORM 1;\n  IF THEN END IF;\nEND $$;',
      errors: [{ line: 4, column: 6, message: 'PL/pgSQL: missing expression at or near "THEN"' }],
    },
    {
      name: 'invalid UTF-8 is a finding, not a crash',
      files: { 'V2__change.sql': bytes("SELECT 1;\nSELECT 'a", [0xff], "b';\n") },
      errors: [{ line: 2, column: 10, message: 'invalid UTF-8 byte sequence' }],
    },
    {
      name: 'a truncated multi-byte sequence',
      files: { 'V2__change.sql': bytes("SELECT 'é", [0xc3]) },
      errors: [
        { line: 1, column: 8, message: 'unterminated quoted string' },
        { line: 1, column: 10, message: 'invalid UTF-8 byte sequence' },
      ],
    },
    {
      name: 'a NUL byte: only the text before it is checked',
      files: { 'V2__change.sql': bytes('SELECT 1;\nSELECT 2;', [0], 'garbage garbage') },
      errors: [{ line: 2, column: 10, message: 'NUL byte in the file' }],
    },
    {
      name: 'a NUL byte after a bad statement: both reported',
      files: { 'V2__change.sql': bytes('SELEC 1;', [0], '\n') },
      errors: [
        { line: 1, column: 1, message: 'syntax error at or near "SELEC"' },
        { line: 1, column: 9, message: 'NUL byte' },
      ],
    },
    {
      name: 'seed, rollback, repeatable and misnamed files are parsed too',
      files: {
        'V2__a.sql': 'SELECT 1;',
        'R__v.sql': 'CREATE VIEW AS SELECT 1;',
        'bad.sql': 'SELEC 1;',
        'rollback/V2__rollback.sql': 'SELECT 1;\nDROP TABLE;',
        'seeds/dev.sql': 'INSERT INTO t VALUES (1,;',
      },
      errors: [
        { file: 'R__v.sql', line: 1, column: 13, message: 'syntax error at or near "AS"' },
        { file: 'bad.sql', line: 1, column: 1 },
        { file: 'rollback/V2__rollback.sql', line: 2, column: 11 },
        { file: 'seeds/dev.sql', line: 1, column: 25, message: 'syntax error at or near ";"' },
      ],
    },
  ],
});
