/**
 * Our glue to libpg-query's WASM (src/parse/wasm.ts) must return exactly what libpg-query's own
 * JS wrapper returns for the same text: the same trees, the same errors and cursors, the same
 * tokens — on ASCII, multi-byte UTF-8 (2-, 3- and 4-byte characters, so byte and character
 * offsets differ), texts large enough to grow the WASM memory between calls, and texts
 * PostgreSQL rejects. The wrapper is the reference: it is what the project used before.
 */
import { loadModule, parsePlPgSQLSync, parseSync, scanSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParserModule, parsePlpgsql, parseQuery, PgSyntaxError, scanTokens } from '../../src/parse/wasm.js';

beforeAll(async () => {
  await Promise.all([loadModule(), loadParserModule()]);
});

type Outcome = { ok: unknown } | { error: string; cursor?: number };

function reference(fn: () => unknown): Outcome {
  try {
    return { ok: fn() };
  } catch (e) {
    const d = (e as { sqlDetails?: { message: string; cursorPosition: number } }).sqlDetails;
    return d ? { error: d.message, cursor: d.cursorPosition } : { error: (e as Error).message };
  }
}

function ours(fn: () => unknown): Outcome {
  try {
    return { ok: fn() };
  } catch (e) {
    return e instanceof PgSyntaxError ? { error: e.message, cursor: e.cursor } : { error: (e as Error).message };
  }
}

const bigInsert = `INSERT INTO t (a, b) VALUES ${Array.from({ length: 20_000 }, (_, i) => `(${i}, 'zeile ${i} – ä€😀')`).join(', ')};`;

const TEXTS = [
  'SELECT 1',
  'CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\nCREATE INDEX CONCURRENTLY users_name ON users (name);',
  "COMMENT ON TABLE t IS 'Größe – 😀 €';\nALTER TABLE t ADD COLUMN c text DEFAULT 'ü';",
  "SELECT 'é€', (1 +;",
  "SELECT '😀😀😀' FROM;",
  'SELECT 1;\nSELEC 2;',
  "SELECT 'unterminated",
  '/* ünterminated comment',
  "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;",
  bigInsert,
  'SELECT 2',
];

describe('the glue to libpg-query WASM', () => {
  it.each(TEXTS.map((t) => [t.length > 80 ? `${t.slice(0, 60)}… (${t.length} chars)` : t, t]))('parses %j as libpg-query parseSync does', (_label, text) => {
    expect(ours(() => parseQuery(text))).toEqual(reference(() => parseSync(text)));
  });

  it('a syntax error carries the cursor as a 0-based character offset', () => {
    const text = "SELECT '😀', 'é' FROM;";
    const e = ours(() => parseQuery(text));
    expect(e).toMatchObject({ error: 'syntax error at or near ";"' });
    expect([...text][(e as { cursor: number }).cursor]).toBe(';');
  });

  it.each([
    'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE x int := 1; BEGIN x := x + 1; RETURN x; END $$',
    "DO $$ BEGIN RAISE NOTICE 'ä😀'; PERFORM 1; END $$",
    'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETRUN 1; END $$',
    'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = ; END $$',
  ])('compiles PL/pgSQL %j as parsePlPgSQLSync does', (text) => {
    expect(ours(() => parsePlpgsql(text))).toEqual(reference(() => parsePlPgSQLSync(text)));
  });

  it.each(["SELECT 'ä' -- kommentar 😀\n, 1 /* block */", "SELECT 'open", bigInsert.slice(0, 5000)])('scans %j as scanSync does', (text) => {
    const ref = reference(() => scanSync(text).tokens);
    const got = ours(() => scanTokens(text));
    if ('error' in ref) expect(got).toHaveProperty('error');
    else expect(got).toEqual(ref);
  });

  it('gives the same trees after the memory has grown (views of the heap are re-read)', () => {
    const small = 'ALTER TABLE a ADD COLUMN b int';
    const before = parseQuery(small);
    parseQuery(bigInsert + bigInsert.replace('INSERT INTO t', 'INSERT INTO u'));
    expect(parseQuery(small)).toEqual(before);
    expect(parseQuery(small)).toEqual(parseSync(small));
  });
});
