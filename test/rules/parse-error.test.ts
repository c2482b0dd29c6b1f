import { describe, expect, it } from 'vitest';
import rule from '../../rules/parse-error.js';
import { lintProject } from '../../src/lint/engine.js';
import { DEFAULT_ROLLBACK_PATTERN } from '../../src/load/naming.js';
import { buildProject } from '../../src/model/project.js';
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
      name: 'invalid UTF-8: one finding at the bad byte, and nothing else in the file is checked',
      files: { 'V2__change.sql': bytes("SELEC 1;\nSELECT 'a", [0xff], "b';\n") },
      errors: [{ line: 2, column: 10, message: 'invalid UTF-8 byte sequence 0xff (the file is not valid UTF-8; set encoding if it is another encoding); nothing in the file was checked' }],
    },
    {
      name: 'a multi-byte sequence cut off by the end of the file',
      files: { 'V2__change.sql': bytes("SELECT 'é", [0xc3]) },
      errors: [{ line: 1, column: 10, message: 'incomplete UTF-8 byte sequence 0xc3 at the end of the file' }],
    },
    {
      name: 'an overlong sequence, after multi-byte characters',
      files: { 'V2__change.sql': bytes("SELECT 1;\n-- 😀 é ", [0xc0, 0xaf], '\n') },
      errors: [{ line: 2, column: 9, message: 'invalid UTF-8 byte sequence 0xc0 ' }], // "-- " 3 + "😀" 2 + " é " 3
    },
    {
      name: 'an encoded UTF-16 surrogate',
      files: { 'V2__change.sql': bytes('SELECT 1;\nSELECT 2;\n', [0xed, 0xa0, 0x80], ';') },
      errors: [{ line: 3, column: 1, message: 'invalid UTF-8 byte sequence 0xed 0xa0 ' }],
    },
    {
      name: 'a lone continuation byte',
      files: { 'V2__change.sql': bytes("SELECT 'x", [0x80], "';") },
      errors: [{ line: 1, column: 10, message: 'invalid UTF-8 byte sequence 0x80 ' }],
    },
    {
      name: 'a windows-1252 file under the default encoding (UTF-8)',
      files: { 'V2__change.sql': bytes("INSERT INTO t VALUES ('caf", [0xe9], "');\n") },
      errors: [{ line: 1, column: 27, message: 'invalid UTF-8 byte sequence 0xe9 0x27 ' }],
    },
    {
      name: 'a NUL byte in the middle: one finding; the statements on either side are not parsed',
      files: { 'V1__nul_in_middle.sql': bytes('BEGIN; CREATE TABLE nul_a (id int); COMMIT;', [0], 'BEGIN; CREATE TABLE nul_b (id int); COMMIT;') },
      errors: [{ line: 1, column: 44, message: 'NUL byte (0x00): PostgreSQL does not accept NUL in SQL text; nothing in the file was checked' }],
    },
    {
      name: 'a NUL byte after a bad statement: only the NUL (nothing is parsed)',
      files: { 'V2__change.sql': bytes('SELEC 1;', [0], '\n') },
      errors: [{ line: 1, column: 9, message: 'NUL byte' }],
    },
    {
      name: 'UTF-16BE without a byte order mark',
      files: { 'V2__change.sql': Buffer.from('BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n', 'utf16le').swap16() },
      errors: [{ line: 1, column: 1, message: 'the file looks like UTF-16BE without a byte order mark (NUL bytes at every other position): save it as UTF-8, or set encoding: UTF-16BE' }],
    },
    {
      name: 'UTF-16LE without a byte order mark',
      files: { 'V2__change.sql': Buffer.from('BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n', 'utf16le') },
      errors: [{ line: 1, column: 1, message: 'the file looks like UTF-16LE without a byte order mark' }],
    },
    {
      name: 'UTF-32LE without a byte order mark',
      files: { 'V2__change.sql': bytes(...[...'SELECT 1;\n'].map((c) => [c.charCodeAt(0), 0, 0, 0])) },
      errors: [{ line: 1, column: 1, message: 'the file looks like UTF-32LE without a byte order mark (three NUL bytes in every four): save it as UTF-8 (UTF-32 is not supported)' }],
    },
    {
      name: 'a UTF-16LE byte order mark under UTF-8',
      files: { 'V2__change.sql': bytes([0xff, 0xfe], [...Buffer.from('SELECT 1;\n', 'utf16le')]) },
      errors: [{ line: 1, column: 1, message: 'the file starts with a UTF-16LE byte order mark (0xff 0xfe) but the encoding is UTF-8: save it as UTF-8, or set encoding: UTF-16LE' }],
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

describe('parse-error with the encoding setting', () => {
  const lint = (file: Uint8Array, encoding?: string) => {
    const project = buildProject('migrations', [{ rel: 'V2__change.sql', path: 'migrations/V2__change.sql', bytes: file }], {
      rollbackPattern: DEFAULT_ROLLBACK_PATTERN,
      seedsDir: 'seeds',
      placeholders: {},
      builtins: {},
      encoding,
    });
    const findings = lintProject(project, [rule], { settings: { transactions: 'explicit' } });
    return { file: project.files[0]!, found: findings.map((f) => `${f.line}:${f.column} ${f.message}`) };
  };
  const cp1252 = bytes("-- 0x80 is the euro sign: ", [0x80], "\nINSERT INTO prices VALUES ('caf", [0xe9], "', 2);\n");

  it('a windows-1252 file is decoded with encoding: windows-1252, and refused under UTF-8', () => {
    const ok = lint(cp1252, 'windows-1252');
    expect(ok.found).toEqual([]);
    expect(ok.file.decoded.text).toBe("-- 0x80 is the euro sign: €\nINSERT INTO prices VALUES ('café', 2);\n");
    expect(ok.file.parsed.statements).toHaveLength(1);
    const refused = lint(cp1252);
    expect(refused.found).toEqual([
      '1:27 invalid UTF-8 byte sequence 0x80 (the file is not valid UTF-8; set encoding if it is another encoding); nothing in the file was checked',
    ]);
    expect(refused.file.parsed.statements).toEqual([]);
  });

  it('a UTF-16 file is decoded with its encoding set', () => {
    const utf16be = Buffer.from("SELECT 'é';\nSELECT 1 2;\n", 'utf16le').swap16();
    expect(lint(utf16be, 'UTF-16BE').found).toEqual(['2:10 PostgreSQL rejects this statement: syntax error at or near "2"']);
    expect(lint(utf16be).found).toEqual([
      '1:1 the file looks like UTF-16BE without a byte order mark (NUL bytes at every other position): save it as UTF-8, or set encoding: UTF-16BE; nothing in the file was checked',
    ]);
  });

  it('a file that does not decode has no statements, so nothing of it can be run', () => {
    const { file } = lint(bytes('BEGIN; CREATE TABLE nul_a (id int); COMMIT;', [0], 'BEGIN; CREATE TABLE nul_b (id int); COMMIT;'));
    expect(file.parsed.statements).toEqual([]);
    expect(file.text).toBe('');
    expect(file.decoded.problem).toEqual({ offset: 43, message: 'NUL byte (0x00): PostgreSQL does not accept NUL in SQL text' });
    expect(file.lines.position(file.decoded.problem!.offset)).toEqual({ line: 1, column: 44 });
  });

  it('a U+FFFD really in the file is text like any other; a substituted one is refused', () => {
    expect(lint(bytes("SELECT '\ufffd';")).found).toEqual([]);
    expect(lint(bytes("SELECT '", [0xef, 0xbf], "';")).found).toEqual([
      "1:9 invalid UTF-8 byte sequence 0xef 0xbf 0x27 (the file is not valid UTF-8; set encoding if it is another encoding); nothing in the file was checked",
    ]);
  });
});
