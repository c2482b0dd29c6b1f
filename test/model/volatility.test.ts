/**
 * volatilePart on expressions as the parser gives them: the answer comes from PostgreSQL's
 * catalogs (pg-facts.json) for built-ins and from the replayed history for user functions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/model/catalog.js';
import { volatilePart } from '../../src/model/catalog/volatility.js';
import { initParser, parseSql } from '../../src/parse/parser.js';
import { makeProject } from '../helpers/rule-tester.js';

beforeAll(initParser);

/** The expression of `SELECT expr` after the history's CREATE / ALTER FUNCTION statements. */
function judge(expr: string, history = '') {
  const project = makeProject({ files: { 'V1__h.sql': history || 'SELECT 1;' } });
  const catalog = new Catalog(project);
  for (const f of project.files) for (const s of f.parsed.statements) catalog.apply(s, f);
  const target = parseSql(`SELECT ${expr}`).statements[0]!.node['targetList'][0]['ResTarget']['val'];
  const part = volatilePart(target, (key) => catalog.functions.get(key));
  return part && `${part.certainty}: ${part.what} ${part.reason}`;
}

describe('volatilePart', () => {
  it.each([
    ['int4range(1, 10)'], ['sqrt(2)'], ["regexp_replace('a-b', '-', '')"], ['CURRENT_TIMESTAMP'], ["now() + interval '1 day'"],
    ["'{}'::jsonb"], ['now()::date'], ["1 BETWEEN 0 AND 2"], ["coalesce(NULL, 'a')"], ["ARRAY[1, 2]"], ["txid_current()"],
  ])('%s is not volatile', (expr) => {
    expect(judge(expr)).toBeUndefined();
  });

  it.each([
    ['gen_random_uuid()', 'volatile: gen_random_uuid() is VOLATILE'],
    ["md5(random()::text)", 'volatile: random() is VOLATILE'],
    ["nextval('s')", 'volatile: nextval() is VOLATILE'],
    ['uuid_generate_v4()', 'volatile: uuid_generate_v4() is VOLATILE'],
    ['app.code()', 'may: app.code() is not known to be STABLE or IMMUTABLE'],
    ['1 ### 2', 'may: operator ### is not a built-in operator, so its volatility is not known here'],
  ])('%s', (expr, expected) => {
    expect(judge(expr)).toBe(expected);
  });

  it('follows CREATE FUNCTION (VOLATILE by default) and ALTER FUNCTION', () => {
    const plpgsql = 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;';
    expect(judge('f()', plpgsql)).toBe('volatile: f() is declared VOLATILE (the default of CREATE FUNCTION)');
    expect(judge('f()', `${plpgsql}\nALTER FUNCTION f() STABLE;`)).toBeUndefined();
    expect(judge('f()', `${plpgsql}\nALTER FUNCTION f() STABLE;\nCREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 2; END $$;`)).toMatch(/^volatile/);
  });

  it('follows overloads: by the number of arguments, else "may"', () => {
    const history = [
      'CREATE FUNCTION code(a int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN a; END $$;',
      'CREATE FUNCTION code(a text) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN 1; END $$;',
      'CREATE FUNCTION code() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;',
      'ALTER FUNCTION code(text) VOLATILE;',
    ].join('\n');
    expect(judge('code()', history)).toMatch(/^volatile: code\(\) is declared VOLATILE/);
    expect(judge('code(1)', history)).toBe('may: code() has overloads of different volatility, and which one applies is not known here');
    expect(judge('code(1)', `${history}\nALTER FUNCTION code(text) IMMUTABLE;`)).toBeUndefined();
  });

  it('judges an inlinable LANGUAGE sql function by its body', () => {
    expect(judge('f()', "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 7';")).toBeUndefined();
    expect(judge('f()', 'CREATE FUNCTION f() RETURNS float8 LANGUAGE sql RETURN random();')).toBe(
      "volatile: f() is a LANGUAGE sql function PostgreSQL inlines, and its body's random() is VOLATILE",
    );
    expect(judge('f()', "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT app.g()';")).toMatch(/^may: f\(\) is a LANGUAGE sql function/);
    // not inlined: SECURITY DEFINER, SET, a FROM clause
    expect(judge('f()', "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 7';")).toMatch(/^volatile: f\(\) is declared VOLATILE/);
    expect(judge('f()', "CREATE FUNCTION f() RETURNS int LANGUAGE sql SET work_mem = '1MB' AS 'SELECT 7';")).toMatch(/^volatile/);
    expect(judge('f()', "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 7 FROM pg_class LIMIT 1';")).toMatch(/^volatile/);
  });
});
