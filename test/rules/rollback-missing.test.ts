import rule from '../../rules/rollback-missing.js';
import { describe, expect, it } from 'vitest';
import { lintSpec, ruleTester } from '../helpers/rule-tester.js';

const up = 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;';
const down = 'BEGIN;\nDROP TABLE t;\nCOMMIT;';

ruleTester(rule, {
  valid: [
    { files: { 'V2__change.sql': up, 'rollback/V2__rollback.sql': down } },
    { name: 'paired by version, not by spelling: V001 and V1', files: { 'V001__init.sql': up, 'rollback/V1__rollback.sql': down } },
    { name: 'V1_1 and V1.1.0', files: { 'V1_1__init.sql': up, 'rollback/V1.1.0__rollback.sql': down } },
    { name: 'migrations in subfolders pair with rollback/', files: { 'core/V3__init.sql': up, 'rollback/V3__rollback.sql': down } },
    { name: 'repeatables need none', files: { 'R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1 AS x;' } },
    { name: 'seeds need none', files: { 'seeds/dev.sql': "INSERT INTO t VALUES (1);" } },
    {
      name: 'file-level suppression',
      files: { 'V2__change.sql': '-- migration-guard-ignore-file rollback-missing: data fix, nothing to undo\n' + up },
    },
    {
      name: 'file-level suppression anywhere in the file',
      files: { 'V2__change.sql': up + '\n-- migration-guard-ignore-file transaction-wrapping, rollback-missing: irreversible by design' },
    },
  ],
  invalid: [
    {
      code: up,
      errors: [{ line: 1, column: 1, message: 'no rollback script for version 2' }],
    },
    {
      name: 'the message names the expected path, with the version as written',
      files: { 'V001__init.sql': up },
      errors: [{ file: 'V001__init.sql', line: 1, column: 1, message: '(expected migrations/rollback/V001__rollback.sql)' }],
    },
    {
      name: 'a rollback for another version does not count',
      files: { 'V1__a.sql': up, 'V2__b.sql': up, 'rollback/V1__rollback.sql': down },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1, message: 'rollback/V2__rollback.sql' }],
    },
    {
      name: 'a rollback with a name outside the pattern does not count',
      files: { 'V2__b.sql': up, 'rollback/V2__undo.sql': down },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1 }],
    },
    {
      name: 'statement-level suppression does not excuse a whole-file finding',
      files: { 'V2__b.sql': '-- migration-guard-ignore rollback-missing: no\n' + up },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1 }],
    },
    {
      name: 'a file-level suppression for another rule does not excuse it',
      files: { 'V2__b.sql': '-- migration-guard-ignore-file transaction-wrapping: runner wraps\n' + up },
      errors: [{ file: 'V2__b.sql', line: 1, column: 1 }],
    },
  ],
});

describe('rollback-missing under Flyway', () => {
  it("suggests Flyway's undo naming when the layout's rollback path is one Flyway would run as a migration", () => {
    const [f] = lintSpec({ settings: { runner: 'flyway' }, files: { 'V7__add_note.sql': up } }, [rule]);
    expect(f!.help).toBe(
      "Add a rollback script that reverses this migration, named so that Flyway does not run it as a migration: set rollbackPattern: U{version}__{description}.sql and add migrations/U7__add_note.sql (Flyway's undo naming; Flyway would read migrations/rollback/V7__rollback.sql as a second version 7).",
    );
  });

  it('keeps the configured path when Flyway would not read it as a migration', () => {
    const [f] = lintSpec({ settings: { runner: 'flyway' }, rollbackPattern: 'U{version}__{description}.sql', files: { 'V7__add_note.sql': up } }, [rule]);
    expect(f!.help).toBe('Add migrations/U7__add_note.sql that reverses this migration (drop what it adds, restore what it changes).');
    const [own] = lintSpec({ files: { 'V7__add_note.sql': up } }, [rule]);
    expect(own!.help).toBe('Add migrations/rollback/V7__rollback.sql that reverses this migration (drop what it adds, restore what it changes).');
  });
});
