import { describe, expect, it } from 'vitest';
import { OffsetMap, substitutePlaceholders, type PlaceholderContext } from '../../src/load/placeholders.js';
import { LineIndex } from '../../src/load/text.js';
import { parseSql } from '../../src/parse/parser.js';

const ctx = (values: Record<string, string> = {}, builtins: Record<string, string> = {}): PlaceholderContext => ({
  values,
  builtins,
});

describe('substitutePlaceholders', () => {
  it('leaves text without placeholders alone', () => {
    const r = substitutePlaceholders('SELECT $1, $$x$$, $tag$ y $tag$;', ctx({ x: 'no' }));
    expect(r.text).toBe('SELECT $1, $$x$$, $tag$ y $tag$;');
    expect(r.unknown).toEqual([]);
    expect(r.map.toOriginal(12)).toBe(12);
  });

  it('matches names case-insensitively in both directions', () => {
    const r = substitutePlaceholders('GRANT SELECT ON ${Schema}.t TO ${APP_ROLE}, ${app_role};', ctx({ SCHEMA: 'sales', App_Role: 'reader' }));
    expect(r.text).toBe('GRANT SELECT ON sales.t TO reader, reader;');
    expect(r.unknown).toEqual([]);
  });

  it('fills ${flyway:…} built-ins, also case-insensitively, and keeps them apart from user values', () => {
    const r = substitutePlaceholders(
      "COMMENT ON TABLE t IS '${flyway:filename} by ${flyway:user} in ${FLYWAY:defaultschema}, not ${filename}';",
      ctx({ filename: 'user value' }, { filename: 'V3__t.sql', user: 'deploy', defaultSchema: 'public' }),
    );
    expect(r.text).toBe("COMMENT ON TABLE t IS 'V3__t.sql by deploy in public, not user value';");
  });

  it('substitutes everywhere, as Flyway does: in strings, comments and dollar quotes', () => {
    const r = substitutePlaceholders("-- ${s}\nSELECT '${s}', $$${s}$$;", ctx({ s: 'v' }));
    expect(r.text).toBe("-- v\nSELECT 'v', $$v$$;");
  });

  it('does not substitute inside substituted values', () => {
    const r = substitutePlaceholders('${a}', ctx({ a: '${b}', b: 'no' }));
    expect(r.text).toBe('${b}');
    expect(r.unknown).toEqual([]);
  });

  it('reports unknown placeholders with their offsets in the substituted text, and leaves them as written', () => {
    const text = 'SELECT ${long_value}, ${missing};\nSELECT ${flyway:nope};';
    const r = substitutePlaceholders(text, ctx({ long_value: 'a_much_longer_value' }));
    expect(r.text).toBe('SELECT a_much_longer_value, ${missing};\nSELECT ${flyway:nope};');
    expect(r.unknown).toEqual([
      { name: 'missing', placeholder: '${missing}', builtin: false, unterminated: false, offset: r.text.indexOf('${missing}'), length: 10 },
      { name: 'flyway:nope', placeholder: '${flyway:nope}', builtin: true, unterminated: false, offset: r.text.indexOf('${flyway:nope}'), length: 14 },
    ]);
    // ...which map back to where they are written.
    expect(r.unknown.map((u) => r.map.toOriginal(u.offset))).toEqual([text.indexOf('${missing}'), text.indexOf('${flyway:nope}')]);
  });

  it('reports unknown placeholders even when nothing was substituted', () => {
    const r = substitutePlaceholders('SELECT 1;\n  SELECT ${x};', ctx());
    expect(r.unknown.map((u) => [u.name, u.offset])).toEqual([['x', 19]]);
    expect(r.text).toBe('SELECT 1;\n  SELECT ${x};');
  });

  it('takes everything between prefix and suffix as the name, as PlaceholderReplacingReader does', () => {
    // ${} and ${a b} are placeholders Flyway has no value for; "$ {a}" is not one.
    const r = substitutePlaceholders('SELECT ${}, ${a b}, $ {a};', ctx({ a: 'v' }));
    expect(r.text).toBe('SELECT ${}, ${a b}, $ {a};');
    expect(r.unknown.map((u) => u.placeholder)).toEqual(['${}', '${a b}']);
  });
});

describe('OffsetMap', () => {
  it('maps offsets before, inside and after replacements', () => {
    // "AB${x}CD${yy}EF" with x → "1234567", yy → ""
    const text = 'AB${x}CD${yy}EF';
    const r = substitutePlaceholders(text, ctx({ x: '1234567', yy: '' }));
    expect(r.text).toBe('AB1234567CDEF');
    const back = (s: string) => r.map.toOriginal(r.text.indexOf(s));
    expect(back('AB')).toBe(0);
    expect(back('1234567')).toBe(2);
    expect(r.map.toOriginal(r.text.indexOf('7'))).toBe(2); // inside a value: the placeholder's start
    expect(back('CD')).toBe(text.indexOf('CD'));
    expect(back('EF')).toBe(text.indexOf('EF'));
    expect(r.map.toOriginal(r.text.length)).toBe(text.length);
  });

  it('identity map', () => {
    expect(OffsetMap.identity.toOriginal(42)).toBe(42);
  });

  it('gives the original line and column of a statement after a long substituted value', () => {
    const text = 'SET search_path TO ${schema}; CREATE INDEX i ON t (a);\nALTER TABLE ${schema}.t ADD COLUMN b int; SELECT 1;';
    const r = substitutePlaceholders(text, ctx({ schema: 'a_schema_name_that_is_much_longer_than_the_placeholder' }));
    const parsed = parseSql(r.text);
    expect(parsed.errors).toEqual([]);
    const lines = new LineIndex(text);
    const positions = parsed.statements.map((s) => lines.position(r.map.toOriginal(s.start)));
    expect(positions).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 31 },
      { line: 2, column: 1 },
      { line: 2, column: 43 },
    ]);
    // An AST location after the value (the column name "b") maps back too.
    const alter = parsed.statements[2]!;
    const colDef = alter.node['cmds'][0]['AlterTableCmd']['def']['ColumnDef'];
    expect(lines.position(r.map.toOriginal(alter.offsetOf(colDef.location)))).toEqual({ line: 2, column: 36 });
  });

  it('maps lines after a value that spans several lines', () => {
    const text = '${body}\nSELECT 2;';
    const r = substitutePlaceholders(text, ctx({ body: 'SELECT 1;\n\n\n' }));
    const parsed = parseSql(r.text);
    const lines = new LineIndex(text);
    expect(parsed.statements.map((s) => lines.position(r.map.toOriginal(s.start)))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
    ]);
  });
});
