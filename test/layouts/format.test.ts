/**
 * migration-format (#15): the directives of goose and dbmate files as their parsers read them
 * (goose internal/sqlparser ParseSQLMigration, dbmate pkg/dbmate/migration.go), with the line of
 * each problem; and the two sections of such a file kept apart, on the file's own lines.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/migration-format.js';
import { ruleById } from '../../rules/index.js';
import { lintSpec, makeProject, ruleTester } from '../helpers/rule-tester.js';

const goose = { name: 'goose' } as const;
const dbmate = { name: 'dbmate' } as const;
const F = '1_a.sql';

const BODY = "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  PERFORM 1;\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\n";

ruleTester(rule, {
  valid: [
    { name: 'goose: Up and Down', layout: goose, files: { [F]: '-- +goose Up\nCREATE TABLE t (id int);\n\n-- +goose Down\nDROP TABLE t;\n' } },
    { name: 'goose: comments before Up, the annotation word in any case', layout: goose, files: { [F]: '-- a comment\n\n-- +goose UP\nCREATE TABLE t (id int);\n-- +goose down\nDROP TABLE t;\n' } },
    { name: 'goose: Up only (Down is optional)', layout: goose, files: { [F]: '-- +goose Up\nCREATE TABLE t (id int);\n' } },
    { name: 'goose: a $$ body inside StatementBegin/End', layout: goose, files: { [F]: `-- +goose Up\n-- +goose StatementBegin\n${BODY}-- +goose StatementEnd\n` } },
    { name: 'goose: a $$ body on one line needs no block', layout: goose, files: { [F]: "-- +goose Up\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\n" } },
    { name: 'goose: a trailing comment after ";"', layout: goose, files: { [F]: '-- +goose Up\nCREATE TABLE t (id int); -- the table\n' } },
    { name: 'goose: NO TRANSACTION and ENVSUB', layout: goose, files: { [F]: '-- +goose NO TRANSACTION\n-- +goose Up\n-- +goose ENVSUB ON\nCREATE INDEX CONCURRENTLY i ON t (id);\n-- +goose ENVSUB OFF\n' } },
    { name: 'dbmate: up and down', layout: dbmate, files: { [F]: '-- migrate:up\nCREATE TABLE t (id int);\n\n-- migrate:down\nDROP TABLE t;\n' } },
    { name: 'dbmate: an empty down block', layout: dbmate, files: { [F]: '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\n' } },
    { name: 'dbmate: comments before up, options, "--migrate:up" without space', layout: dbmate, files: { [F]: '-- header\n--migrate:up transaction:false\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n' } },
    { name: 'diesel: metadata.toml with the key', layout: { name: 'diesel' }, files: { 'x_y/up.sql': 'SELECT 1;', 'x_y/metadata.toml': 'run_in_transaction = true\n' } },
  ],
  invalid: [
    {
      name: 'goose: no Up at all',
      layout: goose,
      files: { [F]: '-- just a comment\n' },
      errors: [{ line: 1, column: 1, message: 'no `-- +goose Up` line: goose refuses the file' }],
    },
    {
      name: 'goose: SQL before Up',
      layout: goose,
      files: { [F]: '-- comment\nCREATE TABLE t (id int);\n-- +goose Up\nSELECT 1;\n' },
      errors: [{ line: 2, column: 1, message: 'SQL before `-- +goose Up`' }],
    },
    {
      name: 'goose: SQL and no Up',
      layout: goose,
      files: { [F]: 'CREATE TABLE t (id int);\n' },
      errors: [
        { line: 1, column: 1, message: 'SQL before `-- +goose Up`' },
        { line: 1, column: 1, message: 'no `-- +goose Up` line' },
      ],
    },
    {
      name: 'goose: "+goose" itself is case-sensitive (strings.Contains): "-- +GOOSE Up" is a comment',
      layout: goose,
      files: { [F]: '-- +GOOSE Up\nCREATE TABLE t (id int);\n' },
      errors: [
        { line: 1, column: 1, message: 'no `-- +goose Up` line' },
        { line: 2, column: 1, message: 'SQL before `-- +goose Up`' },
      ],
    },
    {
      name: 'goose: an indented annotation',
      layout: goose,
      files: { [F]: '-- +goose Up\nCREATE TABLE t (id int);\n  -- +goose Down\nDROP TABLE t;\n' },
      errors: [{ line: 3, column: 1, message: 'starts with whitespace: goose refuses the file ("contains leading whitespace")' }],
    },
    {
      name: 'goose: an unknown annotation',
      layout: goose,
      files: { [F]: '-- +goose Up\n-- +goose NoTransaction\nCREATE TABLE t (id int);\n' },
      errors: [{ line: 2, column: 1, message: '"NoTransaction" is not a goose annotation' }],
    },
    {
      name: 'goose: StatementBegin without StatementEnd',
      layout: goose,
      files: { [F]: `-- +goose Up\nCREATE TABLE t (id int);\n-- +goose StatementBegin\n${BODY}` },
      errors: [{ line: 3, column: 1, message: "`-- +goose StatementBegin` without StatementEnd: goose refuses the file (\"missing '-- +goose StatementEnd' annotation\")" }],
    },
    {
      name: 'goose: StatementEnd without StatementBegin',
      layout: goose,
      files: { [F]: '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose StatementEnd\n' },
      errors: [{ line: 3, column: 1, message: '`-- +goose StatementEnd` without StatementBegin' }],
    },
    {
      name: 'goose: the last statement without ";"',
      layout: goose,
      files: { [F]: '-- +goose Up\nCREATE TABLE t (id int);\nCREATE TABLE u (\n  id int\n)\n\n' },
      errors: [{ line: 5, column: 1, message: 'the last statement does not end with ";"' }],
    },
    {
      name: 'goose: a statement without ";" before Down',
      layout: goose,
      files: { [F]: '-- +goose Up\nCREATE TABLE t (id int)\n\n-- +goose Down\nDROP TABLE t;\n' },
      errors: [{ line: 2, column: 1, message: 'does not end with ";" before `-- +goose Down`' }],
    },
    {
      name: 'goose: Down before Up',
      layout: goose,
      files: { [F]: '-- +goose Down\nDROP TABLE t;\n-- +goose Up\nCREATE TABLE t (id int);\n' },
      errors: [
        { line: 1, column: 1, message: '`-- +goose Down` before `-- +goose Up`' },
        { line: 2, column: 1, message: 'SQL before `-- +goose Up`' },
      ],
    },
    {
      name: 'goose: a $$ body with ";" at line ends and no StatementBegin: cut at line 4',
      layout: goose,
      files: { [F]: `-- +goose Up\n${BODY}` },
      errors: [{ line: 2, column: 1, message: 'goose ends a statement at line 4' }],
    },
    {
      name: 'goose: the same body in the Down section, reported on its line of the file',
      layout: goose,
      files: { [F]: `-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n${BODY}` },
      errors: [{ line: 5, column: 1, message: 'goose ends a statement at line 7' }],
    },
    {
      name: 'dbmate: no up',
      layout: dbmate,
      files: { [F]: 'CREATE TABLE t (id int);\n' },
      errors: [{ line: 1, column: 1, message: 'no `-- migrate:up` line: dbmate refuses the file' }],
    },
    {
      name: 'dbmate: no down (reported at the up line)',
      layout: dbmate,
      files: { [F]: '-- header\n\n-- migrate:up\nCREATE TABLE t (id int);\n' },
      errors: [{ line: 3, column: 1, message: 'no `-- migrate:down` after `-- migrate:up`' }],
    },
    {
      name: 'dbmate: a down before the up does not count',
      layout: dbmate,
      files: { [F]: '-- migrate:down\n-- migrate:up\nCREATE TABLE t (id int);\n' },
      errors: [{ line: 2, column: 1, message: 'no `-- migrate:down` after `-- migrate:up`' }],
    },
    {
      name: 'dbmate: SQL before up',
      layout: dbmate,
      files: { [F]: 'SET x = 1;\n-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n' },
      errors: [{ line: 1, column: 1, message: "SQL before `-- migrate:up`: dbmate refuses the file" }],
    },
    {
      name: 'dbmate: a second up section (amacneil/dbmate#820)',
      layout: dbmate,
      files: { [F]: '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n\n-- migrate:up\nCREATE TABLE u (id int);\n-- migrate:down\nDROP TABLE u;\n' },
      errors: [{ line: 6, column: 1, message: 'a second `-- migrate:up` section' }],
    },
  ],
});

describe('sections: each direction on its own, on the lines of the file', () => {
  const text = '-- +goose Up\nCREATE TABLE t (id int);\n\n-- +goose Down\nDROP TABLE t;\n';
  it('goose: the up section parses only Up statements, the down section only Down ones', () => {
    const p = makeProject({ layout: goose, files: { [F]: text } });
    const sections = p.files.filter((f) => f.rel === F);
    expect(sections.map((f) => f.kind)).toEqual(['versioned', 'rollback']);
    const [up, down] = sections;
    expect(up!.parsed.statements.map((s) => [s.kind, up!.position(s.start).line])).toEqual([['CreateStmt', 2]]);
    expect(down!.parsed.statements.map((s) => [s.kind, down!.position(s.start).line])).toEqual([['DropStmt', 5]]);
    expect(up!.rollback).toBe(down);
  });

  it('dbmate: the same, and a second up/down pair belongs to neither section', () => {
    const two = '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n-- migrate:up\nCREATE TABLE u (id int);\n-- migrate:down\nDROP TABLE u;\n';
    const p = makeProject({ layout: dbmate, files: { [F]: two } });
    const [up, down] = p.files.filter((f) => f.rel === F);
    expect(up!.parsed.statements.map((s) => [s.kind, up!.position(s.start).line])).toEqual([['CreateStmt', 2]]);
    expect(down!.parsed.statements.map((s) => [s.kind, down!.position(s.start).line])).toEqual([['DropStmt', 4]]);
  });

  it('a Down statement is never linted as part of the migration (no breaking-drop for a DROP in Down)', () => {
    const found = lintSpec({ layout: goose, files: { [F]: text } }, [ruleById('breaking-drop')!]);
    expect(found).toEqual([]);
    // The same DROP in the Up section is one.
    const up = lintSpec({ layout: goose, files: { '1_a.sql': '-- +goose Up\nCREATE TABLE t (id int);\n', '2_b.sql': '-- +goose Up\nSELECT 1;\n\nDROP TABLE t;\n' } }, [ruleById('breaking-drop')!]);
    expect(up.map((f) => `${f.file}:${f.line}`)).toEqual(['migrations/2_b.sql:4']);
  });

  it('rollback-empty on an empty Down section: the file, at its Down line', () => {
    const g = lintSpec({ layout: goose, files: { [F]: '-- +goose Up\nCREATE TABLE t (id int);\n\n-- +goose Down\n\n' } }, [ruleById('rollback-empty')!]);
    expect(g.map((f) => `${f.file}:${f.line}`)).toEqual(['migrations/1_a.sql:4']);
    const d = lintSpec({ layout: dbmate, files: { [F]: '-- migrate:up\nCREATE TABLE t (id int);\n\n-- migrate:down\n' } }, [ruleById('rollback-empty')!]);
    expect(d.map((f) => `${f.file}:${f.line}`)).toEqual(['migrations/1_a.sql:4']);
  });

  it('dbmate: a wrapped down section with DROP INDEX CONCURRENTLY, reported on line 6', () => {
    const found = lintSpec({ layout: dbmate, files: { [F]: '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (id);\n\n-- migrate:down\n-- the rollback\nDROP INDEX CONCURRENTLY i;\n' } }, [ruleById('transaction-wrapping')!]);
    expect(found.map((f) => `${f.file}:${f.line}`)).toEqual(['migrations/1_a.sql:6']);
    expect(found[0]!.message).toContain('dbmate runs the down section in a transaction');
  });
});
