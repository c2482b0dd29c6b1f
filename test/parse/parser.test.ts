import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/load/text.js';
import { findUnterminated, lexSql } from '../../src/parse/lexer.js';
import { parseSql, shortenMessage, splitStatements } from '../../src/parse/parser.js';
import { parseQuery, PgSyntaxError } from '../../src/parse/wasm.js';

/** Statements as [kind, "line:column", text] and errors as ["line:column", message]. */
function summary(text: string) {
  const lines = new LineIndex(text);
  const at = (o: number) => {
    const p = lines.position(o);
    return `${p.line}:${p.column}`;
  };
  const r = parseSql(text);
  return {
    statements: r.statements.map((s) => [s.kind, at(s.start), text.slice(s.start, s.end)]),
    errors: r.errors.map((e) => [at(e.offset), e.message]),
  };
}

const BROKEN = '\nSELEC broken;';
const BROKEN_ERROR = 'syntax error at or near "SELEC"';

/**
 * Parses `text` alone (PostgreSQL accepts it: the fast path) and followed by a broken statement
 * (the split-and-parse path), and expects the same statements both times.
 */
function bothPaths(text: string) {
  const alone = summary(text);
  expect(alone.errors).toEqual([]);
  // (A last statement without ";" gets one, so that the broken statement stays separate.)
  const broken = summary(text + (/;\s*$/.test(text) ? '' : ';') + BROKEN);
  expect(broken.statements).toEqual(alone.statements);
  const lastLine = text.split('\n').length + 1;
  expect(broken.errors).toEqual([[`${lastLine}:1`, BROKEN_ERROR]]);
  return alone.statements;
}

describe('statement positions', () => {
  it('gives each statement its exact line and column, after comments and blank lines', () => {
    const text = [
      '-- header comment',
      '/* block',
      '   comment */ CREATE TABLE a (id int);',
      '',
      '    ALTER TABLE a ADD COLUMN b text; -- trailing',
      '--',
      '\tDROP TABLE a;',
    ].join('\n');
    expect(bothPaths(text)).toEqual([
      ['CreateStmt', '3:15', 'CREATE TABLE a (id int)'],
      ['AlterTableStmt', '5:5', 'ALTER TABLE a ADD COLUMN b text'],
      ['DropStmt', '7:2', 'DROP TABLE a'],
    ]);
  });

  it('counts columns on CRLF files without the "\\r"', () => {
    const text = 'SELECT 1;\r\n\r\n  SELECT 2;\r\nSELECT 3; SELECT 4;\r\n';
    expect(bothPaths(text)).toEqual([
      ['SelectStmt', '1:1', 'SELECT 1'],
      ['SelectStmt', '3:3', 'SELECT 2'],
      ['SelectStmt', '4:1', 'SELECT 3'],
      ['SelectStmt', '4:11', 'SELECT 4'],
    ]);
  });

  it('keeps exact columns after non-ASCII text in strings, identifiers and comments', () => {
    const text = [
      "-- Größe € 😀",
      "INSERT INTO t VALUES ('ü😀€'); UPDATE t SET \"naïve\" = '😀'; /* ß */ DELETE FROM t;",
      "SELECT '中文', 1;",
    ].join('\n');
    expect(bothPaths(text)).toEqual([
      ['InsertStmt', '2:1', "INSERT INTO t VALUES ('ü😀€')"],
      ['UpdateStmt', '2:32', 'UPDATE t SET "naïve" = \'😀\''],
      ['DeleteStmt', '2:69', 'DELETE FROM t'],
      ['SelectStmt', '3:1', "SELECT '中文', 1"],
    ]);
  });

  it('maps AST locations after multi-byte characters to file offsets', () => {
    const text = "SELECT '😀😀'; CREATE INDEX idx ON tbl (col);";
    const r = parseSql(text);
    const index = r.statements[1]!;
    expect(text.slice(index.offsetOf(index.node['relation']['location']))).toBe('tbl (col);');
    expect(index.offsetOf(undefined)).toBe(index.start);
    expect(index.offsetOf(-1)).toBe(index.start);
  });

  it('ends a statement at its last token, not at trailing comments', () => {
    expect(bothPaths('SELECT 1 -- one\n;\nSELECT 2 /* two */')).toEqual([
      ['SelectStmt', '1:1', 'SELECT 1'],
      ['SelectStmt', '3:1', 'SELECT 2'],
    ]);
  });

  it('takes a last statement without a semicolon', () => {
    expect(bothPaths('SELECT 1;\nSELECT 2\n\n')).toEqual([
      ['SelectStmt', '1:1', 'SELECT 1'],
      ['SelectStmt', '2:1', 'SELECT 2'],
    ]);
  });
});

describe('tokens that hide semicolons', () => {
  it('dollar quotes, with and without tags, nested in each other', () => {
    const text = [
      'SELECT $$ a; b $$;',
      'SELECT $fn$ x; $$ y; $$ $inner$ ; $inner$ $fn$, $a$;$a$;',
      'SELECT 3;',
    ].join('\n');
    expect(bothPaths(text)).toEqual([
      ['SelectStmt', '1:1', 'SELECT $$ a; b $$'],
      ['SelectStmt', '2:1', 'SELECT $fn$ x; $$ y; $$ $inner$ ; $inner$ $fn$, $a$;$a$'],
      ['SelectStmt', '3:1', 'SELECT 3'],
    ]);
  });

  it("E'' strings with \\' escapes, and '' in plain strings", () => {
    const text = "SELECT E'it\\'s; \\\\'; SELECT 'it''s; fine', e'\\';';\nSELECT 3;";
    expect(bothPaths(text)).toEqual([
      ['SelectStmt', '1:1', "SELECT E'it\\'s; \\\\'"],
      ['SelectStmt', '1:22', "SELECT 'it''s; fine', e'\\';'"],
      ['SelectStmt', '2:1', 'SELECT 3'],
    ]);
  });

  it('quoted identifiers', () => {
    expect(bothPaths('CREATE TABLE "a;b" ("x"";" int);\nSELECT 2;')).toEqual([
      ['CreateStmt', '1:1', 'CREATE TABLE "a;b" ("x"";" int)'],
      ['SelectStmt', '2:1', 'SELECT 2'],
    ]);
  });

  it('nested block comments', () => {
    const text = '/* outer; /* inner; */ still a comment; */ SELECT 1;\nSELECT /* a /* b */ ; */ 2;';
    expect(bothPaths(text)).toEqual([
      ['SelectStmt', '1:44', 'SELECT 1'],
      ['SelectStmt', '2:1', 'SELECT /* a /* b */ ; */ 2'],
    ]);
  });

  it('BEGIN ATOMIC function bodies with inner semicolons (and CASE … END inside)', () => {
    const text = [
      'CREATE FUNCTION total(a int, b int) RETURNS int LANGUAGE sql',
      'BEGIN ATOMIC',
      '  SELECT 1;',
      '  SELECT CASE WHEN a > b THEN a ELSE b END;',
      'END;',
      'SELECT 2;',
    ].join('\n');
    const stmts = bothPaths(text);
    expect(stmts.map((s) => s.slice(0, 2))).toEqual([
      ['CreateFunctionStmt', '1:1'],
      ['SelectStmt', '6:1'],
    ]);
    expect(stmts[0]![2]).toBe(text.slice(0, text.lastIndexOf('END;') + 3));
  });

  it('CREATE RULE with a parenthesised list of actions', () => {
    const text = [
      'CREATE RULE log_change AS ON UPDATE TO orders DO ALSO (',
      '  INSERT INTO audit VALUES (1);',
      '  INSERT INTO audit VALUES (2)',
      ');',
      'SELECT 2;',
    ].join('\n');
    const stmts = bothPaths(text);
    expect(stmts.map((s) => s.slice(0, 2))).toEqual([
      ['RuleStmt', '1:1'],
      ['SelectStmt', '5:1'],
    ]);
    expect(stmts[0]![2]).toBe(text.slice(0, text.lastIndexOf(');') + 1));
  });
});

describe('syntax errors', () => {
  it('a bad statement 2 of 4: one error where PostgreSQL points, statements 1, 3 and 4 still parsed', () => {
    const text = [
      'CREATE TABLE orders (id bigint);',
      'ALTER TABLE orders ADD COLUMN total numeric DEFAULT;',
      'CREATE INDEX orders_total ON orders (total);',
      'DROP TABLE old_orders;',
    ].join('\n');
    expect(summary(text)).toEqual({
      statements: [
        ['CreateStmt', '1:1', 'CREATE TABLE orders (id bigint)'],
        ['IndexStmt', '3:1', 'CREATE INDEX orders_total ON orders (total)'],
        ['DropStmt', '4:1', 'DROP TABLE old_orders'],
      ],
      errors: [['2:52', 'syntax error at or near ";"']],
    });
    const err = parseSql(text).errors[0]!;
    expect(text.slice(err.start, err.end)).toBe('ALTER TABLE orders ADD COLUMN total numeric DEFAULT');
  });

  it.each([
    'SELECT 1;\nALTER TABLE t ADD COLUMN c int DEFAULT;\nSELECT 3;',
    "SELECT '😀';\nSELECT 'é€', (1 +;\nSELECT 3;",
    'SELECT 1;\nSELECT (1;\nSELECT 3;',
    'CREATE TABLE t (a int);\nCREATE INDEX ON t (a) WHERE;',
    "SELECT 1;\nSELECT 'x' 'y';",
    'SELECT 1;\nSELECT 2 FROM;\nSELEC 3;',
  ])('the first error is the one PostgreSQL reports for the whole text: %j', (text) => {
    let expected: { message: string; offset: number } | undefined;
    try {
      parseQuery(text);
    } catch (e) {
      if (!(e instanceof PgSyntaxError)) throw e;
      expected = { message: e.message, offset: [...text].slice(0, e.cursor).join('').length };
    }
    expect(expected).toBeDefined();
    expect(parseSql(text).errors[0]).toMatchObject(expected!);
  });

  it('two bad statements give two errors', () => {
    const text = 'SELECT 1;\nSELEC 2;\nSELECT 3;\n  CREATE TABLE (x int);\nSELECT 5;';
    expect(summary(text)).toEqual({
      statements: [
        ['SelectStmt', '1:1', 'SELECT 1'],
        ['SelectStmt', '3:1', 'SELECT 3'],
        ['SelectStmt', '5:1', 'SELECT 5'],
      ],
      errors: [
        ['2:1', BROKEN_ERROR],
        ['4:16', 'syntax error at or near "("'],
      ],
    });
  });

  it('points at the right column after non-ASCII characters in the same statement (the cursor counts characters)', () => {
    const text = "SELECT 1;\nSELECT '😀', 'é', '€',);";
    expect(summary(text).errors).toEqual([['2:23', 'syntax error at or near ")"']]);
  });

  it('reports scanner errors at their token and splits the rest with our own lexer', () => {
    const text = "SELECT 1;\nSELECT 'é', 123abc;\nSELECT E'\\u00';\nSELECT 4;";
    expect(summary(text)).toEqual({
      statements: [
        ['SelectStmt', '1:1', 'SELECT 1'],
        ['SelectStmt', '4:1', 'SELECT 4'],
      ],
      errors: [
        ['2:13', 'trailing junk after numeric literal at or near "123abc"'],
        ['3:10', 'invalid Unicode escape'],
      ],
    });
  });

  it('an unbalanced "(" does not swallow the statements after it', () => {
    const text = 'SELECT 1;\nSELECT (1;\nSELECT 3;\nSELECT (4;\nSELECT 5;';
    expect(summary(text)).toEqual({
      statements: [
        ['SelectStmt', '1:1', 'SELECT 1'],
        ['SelectStmt', '3:1', 'SELECT 3'],
        ['SelectStmt', '5:1', 'SELECT 5'],
      ],
      errors: [
        ['2:10', 'syntax error at or near ";"'],
        ['4:10', 'syntax error at or near ";"'],
      ],
    });
    const errors = parseSql(text).errors;
    expect(errors.map((e) => text.slice(e.start, e.end))).toEqual(['SELECT (1', 'SELECT (4']);
  });

  it('a broken CREATE RULE stays one statement with one error', () => {
    const text = 'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUE (1); INSERT INTO b VALUES (2));\nSELECT 2;';
    expect(summary(text)).toEqual({
      statements: [['SelectStmt', '2:1', 'SELECT 2']],
      errors: [['1:56', 'syntax error at or near "VALUE"']],
    });
  });

  it.each([
    ['quoted string', "SELECT 1;\nCREATE TABLE t (a int);\nSELECT 'abc;\nSELECT 4;", '3:8', 'unterminated quoted string at or near "\'abc;…"'],
    ["E'' string", "SELECT 1;\nCREATE TABLE t (a int);\nSELECT E'abc\\';\nSELECT 4;", '3:8', 'unterminated quoted string at or near "E\'abc\\\';…"'],
    ['dollar quote', 'SELECT 1;\nCREATE TABLE t (a int);\nSELECT $body$ abc $body;\nSELECT 4;', '3:8', 'unterminated dollar-quoted string at or near "$body$ abc $body;…"'],
    ['block comment', 'SELECT 1;\nCREATE TABLE t (a int);\nSELECT /* a /* b */ 3;\nSELECT 4;', '3:8', 'unterminated /* comment at or near "/* a /* b */ 3;…"'],
    ['quoted identifier', 'SELECT 1;\nCREATE TABLE t (a int);\nSELECT "abc;\nSELECT 4;', '3:8', 'unterminated quoted identifier at or near ""abc;…"'],
  ])('an unterminated %s: one error at its start, the statements before it still parse', (_name, text, at, message) => {
    const s = summary(text);
    expect(s.errors).toEqual([[at, message]]);
    expect(s.statements).toEqual([
      ['SelectStmt', '1:1', 'SELECT 1'],
      ['CreateStmt', '2:1', 'CREATE TABLE t (a int)'],
    ]);
  });

  it('an error span starts at its first token, even after an unterminated nested comment', () => {
    const text = 'SELECT 1;\n  /* a /* b */ c';
    const [err] = parseSql(text).errors;
    expect(err).toMatchObject({ offset: 12, start: 12, end: text.length });
  });

  it('keeps the message short when PostgreSQL quotes the rest of the file', () => {
    expect(shortenMessage('unterminated quoted string at or near "\'abc\nSELECT 2;"')).toBe(
      'unterminated quoted string at or near "\'abc…"',
    );
    expect(shortenMessage(`syntax error at or near "${'x'.repeat(50)}"`)).toBe(`syntax error at or near "${'x'.repeat(40)}…"`);
    expect(shortenMessage('syntax error at or near "SELEC"')).toBe('syntax error at or near "SELEC"');
    expect(shortenMessage('syntax error at end of input')).toBe('syntax error at end of input');
  });

  it('stops at a NUL character, as PostgreSQL does', () => {
    expect(summary('SELECT 1;\nSELECT 2;\0 garbage (((')).toEqual({
      statements: [
        ['SelectStmt', '1:1', 'SELECT 1'],
        ['SelectStmt', '2:1', 'SELECT 2'],
      ],
      errors: [],
    });
  });
});

describe('nothing to parse', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n'],
    ['line comments', '-- nothing here\n-- V1: intentionally empty\n'],
    ['block comments', '/* nothing /* nested */ here */\n'],
    ['semicolons only', ';\n ; ;'],
    ['a comment with no newline at the end', '-- the end'],
  ])('%s text: no statements and no errors', (_name, text) => {
    expect(parseSql(text)).toEqual({ statements: [], errors: [] });
  });
});

describe('big inputs', () => {
  it('10,000 nested parentheses: an error, not a crash', () => {
    const text = `SELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};\nSELECT 2;`;
    const r = parseSql(text);
    expect(r.errors.length).toBeGreaterThan(0);
  });

  it('100,000 statements', () => {
    const text = 'SELECT 1;\n'.repeat(100_000);
    const r = parseSql(text);
    expect(r.statements.length).toBe(100_000);
    expect(r.errors).toEqual([]);
    expect(r.statements[99_999]!.start).toBe(999_990);
  });
});

describe('splitStatements', () => {
  it('splits at semicolons and marks chunks with no tokens', () => {
    const chunks = splitStatements('SELECT 1; -- c\n; SELECT (2;3);');
    expect(chunks.map((c) => [c.start, c.end, c.first])).toEqual([
      [0, 8, 0],
      [9, 15, -1],
      [16, 26, 17],
      [27, 29, 27],
      [30, 30, -1],
    ]);
  });

  it('keeps "(a; b)" together only in CREATE [OR REPLACE] RULE', () => {
    const rule = 'create or replace rule r as on insert to t do (select 1; select 2); select (3; 4)';
    expect(splitStatements(rule).map((c) => rule.slice(c.first, c.end))).toEqual([
      'create or replace rule r as on insert to t do (select 1; select 2)',
      'select (3',
      '4)',
    ]);
  });
});

describe('fallback lexer', () => {
  it('finds where an unterminated token starts', () => {
    expect(findUnterminated("SELECT 'a''b', E'c\\'d', $x$ $ $x$, \"q\"\"r\" -- '\n")).toBe(-1);
    expect(findUnterminated("SELECT 'a''b")).toBe(7);
    expect(findUnterminated("SELECT e'a\\'")).toBe(7);
    expect(findUnterminated('SELECT $x$ a $y$')).toBe(7);
    expect(findUnterminated('SELECT /* /* */')).toBe(7);
    expect(findUnterminated('SELECT "a""')).toBe(7);
    expect(findUnterminated("SELECT a$$ 'b")).toBe(11);
  });

  it('tokenises words, strings, comments and punctuation', () => {
    expect(lexSql("SELECT $1, x'0f', 1.5e3; /* c */").map((t) => [t.kind, t.text])).toEqual([
      ['word', 'SELECT'],
      ['word', '$1'],
      ['punct', ','],
      ['word', 'x'],
      ['string', "'0f'"],
      ['punct', ','],
      ['word', '1.5e3'],
      ['punct', ';'],
      ['comment', '/* c */'],
    ]);
  });
});
