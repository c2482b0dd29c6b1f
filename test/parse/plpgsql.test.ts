import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/load/text.js';
import { parseSql, type SqlStatement } from '../../src/parse/parser.js';

function at(text: string, offset: number): string {
  const p = new LineIndex(text).position(offset);
  return `${p.line}:${p.column}`;
}

/** Nested statements as [kind, "line:column", text]. */
function nested(text: string, stmt: SqlStatement) {
  return stmt.nested.map((n) => [n.kind, at(text, n.start), text.slice(n.start, n.end)]);
}

function only(text: string): SqlStatement {
  const r = parseSql(text);
  expect(r.errors).toEqual([]);
  expect(r.statements).toHaveLength(1);
  return r.statements[0]!;
}

describe('DO blocks', () => {
  const text = [
    'SELECT 1;',
    'DO $$',
    'DECLARE',
    '  r record;',
    'BEGIN',
    "  UPDATE accounts SET note = 'é😀' WHERE id = 1;",
    '  PERFORM pg_sleep(0.1);',
    '  IF EXISTS (SELECT 1 FROM accounts) THEN',
    '    DELETE FROM accounts',
    '      WHERE closed;',
    '  END IF;',
    '  WHILE false LOOP',
    '    INSERT INTO log VALUES (1);',
    '  END LOOP;',
    '  FOR r IN SELECT id FROM accounts LOOP',
    '    UPDATE accounts SET checked = true WHERE id = r.id;',
    '  END LOOP;',
    "  EXECUTE 'DROP TABLE ' || 'old_accounts';",
    'END',
    '$$;',
  ].join('\n');

  it('gives nested statements their exact file line and column', () => {
    const r = parseSql(text);
    expect(r.errors).toEqual([]);
    const block = r.statements[1]!;
    expect(block.kind).toBe('DoStmt');
    expect(at(text, block.start)).toBe('2:1');
    expect(nested(text, block)).toEqual([
      ['UpdateStmt', '6:3', "UPDATE accounts SET note = 'é😀' WHERE id = 1"],
      ['SelectStmt', '7:3', 'PERFORM pg_sleep(0.1)'],
      ['DeleteStmt', '9:5', 'DELETE FROM accounts\n      WHERE closed'],
      ['InsertStmt', '13:5', 'INSERT INTO log VALUES (1)'],
      ['SelectStmt', '15:12', 'SELECT id FROM accounts'],
      ['UpdateStmt', '16:5', 'UPDATE accounts SET checked = true WHERE id = r.id'],
    ]);
  });

  it('maps AST locations inside nested statements to the file', () => {
    const block = parseSql(text).statements[1]!;
    const [update, perform, del] = block.nested;
    const where = update!.node['whereClause']['A_Expr']['lexpr']['ColumnRef'];
    expect(at(text, update!.offsetOf(where.location))).toBe('6:42');
    const call = perform!.node['targetList'][0]['ResTarget']['val']['FuncCall'];
    expect(at(text, perform!.offsetOf(call.location))).toBe('7:11');
    const closed = del!.node['whereClause']['ColumnRef'];
    expect(at(text, del!.offsetOf(closed.location))).toBe('10:13');
  });

  it('marks loops, and links nested statements to their block', () => {
    const block = parseSql(text).statements[1]!;
    expect(block.nested.map((n) => [n.context.via, n.context.inLoop, n.context.loopCommits])).toEqual([
      ['plpgsql', false, false],
      ['plpgsql', false, false],
      ['plpgsql', false, false],
      ['plpgsql', true, false],
      ['plpgsql', false, false], // the FOR query runs once, before the loop
      ['plpgsql', true, false],
    ]);
    expect(block.nested.every((n) => n.context.parent === block)).toBe(true);
    expect(block.body).toEqual({ language: 'plpgsql', transactionControl: false, variables: ['found', 'r'] });
  });

  it('does not make a nested statement of EXECUTE (dynamic SQL)', () => {
    const block = only("DO $$ BEGIN EXECUTE 'DROP TABLE x'; EXECUTE format('DELETE FROM %I', 't'); END $$;");
    expect(block.nested).toEqual([]);
    const loop = only("DO $$ DECLARE r record; BEGIN FOR r IN EXECUTE 'SELECT 1' LOOP END LOOP; END $$;");
    expect(loop.nested).toEqual([]);
  });

  it('a loop that COMMITs makes each iteration a batch', () => {
    const body = [
      'DO $batch$',
      'BEGIN',
      '  FOR i IN 1..100 LOOP',
      '    UPDATE orders SET archived = true WHERE id BETWEEN i * 1000 AND i * 1000 + 999;',
      '    COMMIT;',
      '  END LOOP;',
      '  LOOP',
      '    DELETE FROM sessions WHERE ctid = ANY(ARRAY(SELECT ctid FROM sessions LIMIT 1000));',
      '    EXIT WHEN NOT FOUND;',
      '  END LOOP;',
      'END',
      '$batch$;',
    ].join('\n');
    const block = only(body);
    expect(block.body?.transactionControl).toBe(true);
    expect(nested(body, block).map((n) => n.slice(0, 2))).toEqual([
      ['UpdateStmt', '4:5'],
      ['DeleteStmt', '8:5'],
    ]);
    expect(block.nested.map((n) => [n.context.inLoop, n.context.loopCommits])).toEqual([
      [true, true],
      [true, false],
    ]);
  });

  it('a COMMIT in an outer loop covers the loops inside it', () => {
    const block = only('DO $$ BEGIN LOOP FOR i IN 1..3 LOOP DELETE FROM t WHERE id = i; END LOOP; COMMIT; EXIT; END LOOP; END $$;');
    expect(block.nested.map((n) => [n.kind, n.context.inLoop, n.context.loopCommits])).toEqual([['DeleteStmt', true, true]]);
  });

  it('handles a body on one line with repeated statements, in order', () => {
    const text = 'DO $$ BEGIN UPDATE t SET a = 1; UPDATE t SET a = 1; UPDATE t SET a = 1; END $$;';
    expect(nested(text, only(text))).toEqual([
      ['UpdateStmt', '1:13', 'UPDATE t SET a = 1'],
      ['UpdateStmt', '1:33', 'UPDATE t SET a = 1'],
      ['UpdateStmt', '1:53', 'UPDATE t SET a = 1'],
    ]);
  });

  it('maps SELECT … INTO (PL/pgSQL blanks out the INTO clause)', () => {
    const text = 'DO $$\nDECLARE n int;\nBEGIN\n  SELECT count(*) INTO STRICT n FROM orders WHERE total > 0;\nEND $$;';
    const block = only(text);
    expect(nested(text, block)).toEqual([['SelectStmt', '4:3', 'SELECT count(*) INTO STRICT n FROM orders WHERE total > 0']]);
    const sel = block.nested[0]!;
    const from = sel.node['fromClause'][0]['RangeVar'];
    expect(at(text, sel.offsetOf(from.location))).toBe('4:38');
    const total = sel.node['whereClause']['A_Expr']['lexpr']['ColumnRef'];
    expect(at(text, sel.offsetOf(total.location))).toBe('4:51');
  });

  it("maps a single-quoted body through its '' escapes", () => {
    const text = "DO LANGUAGE plpgsql 'BEGIN\n  UPDATE t SET a = ''x'' WHERE b = ''y'';\n  DELETE FROM t;\nEND';";
    const block = only(text);
    expect(nested(text, block)).toEqual([
      ['UpdateStmt', '2:3', "UPDATE t SET a = ''x'' WHERE b = ''y''"],
      ['DeleteStmt', '3:3', 'DELETE FROM t'],
    ]);
    const b = block.nested[0]!.node['whereClause']['A_Expr']['lexpr']['ColumnRef'];
    expect(at(text, block.nested[0]!.offsetOf(b.location))).toBe('2:32');
  });

  it("maps an E'' body through its backslash escapes", () => {
    const text = "DO E'BEGIN\\n  UPDATE t SET a = \\'x\\';\\n  DELETE FROM t; END';";
    const block = only(text);
    expect(nested(text, block)).toEqual([
      ['UpdateStmt', '1:15', "UPDATE t SET a = \\'x\\'"],
      ['DeleteStmt', '1:42', 'DELETE FROM t'],
    ]);
  });

  it('counts lines of a CRLF body like the file does', () => {
    const text = 'DO $body$\r\nBEGIN\r\n  UPDATE t SET a = 1;\r\n\r\n    DELETE FROM t;\r\nEND\r\n$body$;\r\n';
    expect(nested(text, only(text))).toEqual([
      ['UpdateStmt', '3:3', 'UPDATE t SET a = 1'],
      ['DeleteStmt', '5:5', 'DELETE FROM t'],
    ]);
  });

  it('keeps the same nested statements when another statement of the file does not parse', () => {
    const good = parseSql(text).statements[1]!;
    const withError = parseSql(`${text}\nSELEC 1;`);
    expect(withError.errors).toHaveLength(1);
    expect(nested(text, withError.statements[1]!)).toEqual(nested(text, good));
  });
});

describe('functions and procedures', () => {
  it('LANGUAGE plpgsql: nested statements, parameters and variables', () => {
    const text = [
      'CREATE OR REPLACE FUNCTION archive_orders(cutoff date) RETURNS void',
      'LANGUAGE plpgsql AS $fn$',
      'DECLARE',
      '  moved int;',
      'BEGIN',
      '  INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < cutoff;',
      '  GET DIAGNOSTICS moved = ROW_COUNT;',
      '  RETURN;',
      'END',
      '$fn$;',
    ].join('\n');
    const fn = only(text);
    expect(fn.kind).toBe('CreateFunctionStmt');
    expect(nested(text, fn)).toEqual([
      ['InsertStmt', '6:3', 'INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < cutoff'],
    ]);
    expect(fn.body).toEqual({ language: 'plpgsql', transactionControl: false, variables: ['cutoff', 'found', 'moved'] });
  });

  it('RETURN QUERY and FOR … IN query in a set-returning function', () => {
    const text = [
      'CREATE FUNCTION open_orders() RETURNS SETOF int LANGUAGE plpgsql AS $$',
      'DECLARE r record;',
      'BEGIN',
      '  FOR r IN SELECT id FROM orders LOOP RETURN NEXT r.id; END LOOP;',
      '  RETURN QUERY SELECT id FROM orders WHERE open;',
      'END $$;',
    ].join('\n');
    expect(nested(text, only(text))).toEqual([
      ['SelectStmt', '4:12', 'SELECT id FROM orders'],
      ['SelectStmt', '5:16', 'SELECT id FROM orders WHERE open'],
    ]);
  });

  it('a procedure that commits in a loop', () => {
    const text = 'CREATE PROCEDURE purge() LANGUAGE plpgsql AS $$\nBEGIN\n  LOOP\n    DELETE FROM t WHERE id IN (SELECT id FROM t LIMIT 100);\n    COMMIT;\n    EXIT WHEN NOT FOUND;\n  END LOOP;\nEND $$;';
    const proc = only(text);
    expect(proc.body?.transactionControl).toBe(true);
    expect(proc.nested.map((n) => [n.kind, at(text, n.start), n.context.inLoop, n.context.loopCommits])).toEqual([
      ['DeleteStmt', '4:5', true, true],
    ]);
  });

  it('LANGUAGE sql with a dollar-quoted body', () => {
    const text = 'CREATE FUNCTION bump() RETURNS void LANGUAGE sql AS $$\n  UPDATE counters SET n = n + 1;\n  DELETE FROM counters WHERE n > 10;\n$$;';
    const fn = only(text);
    expect(nested(text, fn)).toEqual([
      ['UpdateStmt', '2:3', 'UPDATE counters SET n = n + 1'],
      ['DeleteStmt', '3:3', 'DELETE FROM counters WHERE n > 10'],
    ]);
    expect(fn.nested.map((n) => n.context.via)).toEqual(['sql-body', 'sql-body']);
    expect(fn.body).toEqual({ language: 'sql', transactionControl: false, variables: [] });
  });

  it("LANGUAGE sql with a single-quoted body, AS before LANGUAGE", () => {
    const text = "CREATE FUNCTION tag(x text) RETURNS text AS 'SELECT ''<'' || x || ''>'';' LANGUAGE sql;";
    const fn = only(text);
    expect(nested(text, fn)).toEqual([['SelectStmt', '1:46', "SELECT ''<'' || x || ''>''"]]);
    const x = fn.nested[0]!.node['targetList'][0]['ResTarget']['val']['A_Expr']['lexpr']['A_Expr']['rexpr']['ColumnRef'];
    expect(at(text, fn.nested[0]!.offsetOf(x.location))).toBe('1:62');
    expect(fn.body?.variables).toEqual(['x']);
  });

  it('BEGIN ATOMIC: each statement of the body with its span', () => {
    const text = [
      'CREATE FUNCTION pick(a int, b int) RETURNS int LANGUAGE sql',
      'BEGIN ATOMIC',
      '  INSERT INTO picks VALUES (a);',
      '  SELECT CASE WHEN a > b THEN a ELSE b END;',
      'END;',
    ].join('\n');
    const fn = only(text);
    expect(nested(text, fn)).toEqual([
      ['InsertStmt', '3:3', 'INSERT INTO picks VALUES (a)'],
      ['SelectStmt', '4:3', 'SELECT CASE WHEN a > b THEN a ELSE b END'],
    ]);
    expect(fn.nested.map((n) => n.context.via)).toEqual(['sql-body', 'sql-body']);
  });

  it('RETURN expression bodies', () => {
    const text = 'CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE\n  RETURN a + b;';
    expect(nested(text, only(text))).toEqual([['ReturnStmt', '2:3', 'RETURN a + b']]);
  });

  it('leaves bodies in other languages alone', () => {
    const fn = only("CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS $$ return 1; DROP $$;");
    expect(fn.nested).toEqual([]);
    expect(fn.body?.language).toBe('plpython3u');
  });
});

describe('errors in bodies', () => {
  it('a PL/pgSQL syntax error, at the token PostgreSQL names', () => {
    const text = 'SELECT 1;\nDO $$\nBEGIN\n  IF true THEN\n    NULL;\n  END;\nEND $$;\nSELECT 3;';
    const r = parseSql(text);
    expect(r.statements.map((s) => s.kind)).toEqual(['SelectStmt', 'DoStmt', 'SelectStmt']);
    expect(r.errors.map((e) => [at(text, e.offset), e.message])).toEqual([['6:6', 'PL/pgSQL: syntax error at or near ";"']]);
    expect(text.slice(r.errors[0]!.start, r.errors[0]!.end)).toBe('DO $$\nBEGIN\n  IF true THEN\n    NULL;\n  END;\nEND $$');
  });

  it('an error token that also appears earlier in the body', () => {
    const text = 'DO $$\nBEGIN\n  PERFORM 1;\n  PERFORM 2;\n  x := 1;\nEND $$;';
    expect(parseSql(text).errors.map((e) => [at(text, e.offset), e.message])).toEqual([
      ['5:3', 'PL/pgSQL: "x" is not a known variable'],
    ]);
  });

  it('a SQL syntax error inside a PL/pgSQL statement', () => {
    const text = 'DO $$\nBEGIN\n  UPDATE t SET a = a + 1;\n  UPDATE t SETT a = a + 1;\nEND $$;';
    expect(parseSql(text).errors.map((e) => [at(text, e.offset), e.message])).toEqual([
      ['4:17', 'PL/pgSQL: syntax error at or near "a"'],
    ]);
  });

  it('an error without a token points into the body', () => {
    const text = 'DO $$\nBEGIN\n  FOR r IN SELECT 1 LOOP\n  END LOOP;\nEND $$;';
    const [err] = parseSql(text).errors;
    expect(err?.message).toBe('PL/pgSQL: loop variable of loop over rows must be a record variable or list of scalar variables');
    expect(at(text, err!.offset)).toMatch(/^3:/);
  });

  it('a body cut short', () => {
    const text = 'DO $$\nBEGIN\n  PERFORM 1;\n$$;';
    const [err] = parseSql(text).errors;
    expect(err?.message).toMatch(/^PL\/pgSQL: syntax error at end of input/);
    expect(at(text, err!.offset)).toBe('4:1');
  });

  it('a syntax error in a LANGUAGE sql body, where PostgreSQL points', () => {
    const text = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\n  SELECT 1;\n  SELEC 2;\n$$;\nSELECT 3;';
    const r = parseSql(text);
    expect(r.statements.map((s) => s.kind)).toEqual(['CreateFunctionStmt', 'SelectStmt']);
    expect(r.errors.map((e) => [at(text, e.offset), e.message])).toEqual([['3:3', 'syntax error at or near "SELEC"']]);
  });
});
