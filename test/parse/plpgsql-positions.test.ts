/**
 * Where lint places a PL/pgSQL "syntax error at end of input" must be where PostgreSQL places it:
 * each text is run on the engine (CREATE FUNCTION / DO checks the body) and PostgreSQL's error
 * position (1-based, in characters) is compared with the offset lint reports for the same text.
 * An incomplete expression or statement inside the body (`RETURN 1 +;`) is placed just past its
 * last character; a body that ends too early (a missing END IF) at the body's end.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asDbError, type Scratch } from '../../src/db/engine.js';
import { parseSql } from '../../src/parse/parser.js';
import { describeEachEngine } from '../helpers/db.js';

const fn = (body: string, quote = '$$') => `CREATE FUNCTION mg_pos_f() RETURNS int LANGUAGE plpgsql AS ${quote}\nDECLARE x int;\nBEGIN\n${body}\nEND\n${quote};`;

const CASES: [string, string][] = [
  ['RETURN with an incomplete expression', fn('  RETURN 1 +;')],
  ['whitespace before the terminator', fn('  RETURN 1 + ;')],
  ['an IF condition cut at THEN', fn('  IF 1 + THEN RETURN 1; END IF;\n  RETURN 2;')],
  ['an incomplete UPDATE', fn("  UPDATE pg_class SET relname = ;\n  RETURN 1;")],
  ['an assignment across lines', fn('  x := 1 +\n ;\n  RETURN x;')],
  ['PERFORM, after multi-byte text', fn("  PERFORM 'Größe – 😀';\n  PERFORM 1 +;\n  RETURN 1;")],
  ['a WHILE condition cut at LOOP', fn('  WHILE x < LOOP x := x + 1; END LOOP;\n  RETURN x;')],
  ['the second of two incomplete expressions is not the one', fn('  x := 1;\n  RETURN x *;\n  RETURN 2 -;')],
  ["a single-quoted body with '' escapes", fn("  PERFORM ''it''''s'';\n  RETURN 1 +;", "'")],
  ['a missing END IF: the body ends too early', fn('  IF true THEN\n    RETURN 1;\n')],
  ['a DO block cut short', 'DO $$\nBEGIN\n  PERFORM 1;\n$$;'],
];

/** String offset of PostgreSQL's 1-based character position in `text`. */
const offsetOf = (text: string, position: number) => [...text].slice(0, position - 1).join('').length;

describeEachEngine('PL/pgSQL errors at end of input are placed where PostgreSQL places them', (engine) => {
  let scratch: Scratch;
  beforeAll(async () => {
    scratch = await engine.scratch();
  });
  afterAll(async () => {
    await scratch?.dispose();
  });

  it.each(CASES)('%s', async (_name, sql) => {
    let position: number | undefined;
    let message: string | undefined;
    try {
      await scratch.db.exec(sql);
    } catch (e) {
      const err = asDbError(e);
      message = err?.message;
      position = err?.position;
    }
    expect(message).toBe('syntax error at end of input');
    expect(position).toBeDefined();
    const errors = parseSql(sql).errors;
    expect(errors.map((e) => e.message)).toEqual(['PL/pgSQL: syntax error at end of input']);
    expect(errors[0]!.offset).toBe(offsetOf(sql, position!));
  });
});
