/**
 * Other runners' layouts (#15), without a database: names, order, duplicates and up/down pairing
 * as each runner reads them (docs/design/runner-layouts.md; src/load/layouts/*.ts).
 */
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../rules/index.js';
import { lintSpec, makeProject, type ProjectSpec } from '../helpers/rule-tester.js';
import type { LayoutSetting } from '../../src/load/layouts/index.js';

const T = 'CREATE TABLE t (id int);\n';
const goose = (up = T, down = 'DROP TABLE t;\n') => `-- +goose Up\n${up}-- +goose Down\n${down}`;
const dbmate = (up = T, down = 'DROP TABLE t;\n') => `-- migrate:up\n${up}-- migrate:down\n${down}`;

/** Migrations in the order the project runs them (rel paths). */
const order = (layout: LayoutSetting, files: Record<string, string>) =>
  makeProject({ layout, files }).migrations.map((f) => f.rel);
const versions = (layout: LayoutSetting, files: Record<string, string>) =>
  makeProject({ layout, files }).migrations.map((f) => f.version!.raw);

/** Findings of the given rules, as "rule file:line message". */
function found(spec: ProjectSpec, ...ids: string[]): { rule: string; file: string; line: number; message: string }[] {
  return lintSpec(spec, ids.map((id) => ruleById(id)!)).map((f) => ({ rule: f.rule, file: f.file.replace(/^migrations\//, ''), line: f.line, message: f.message }));
}

describe('order', () => {
  it('golang-migrate: numeric (2 before 10)', () => {
    expect(order({ name: 'golang-migrate' }, { '10_b.up.sql': T, '2_a.up.sql': T, '1_z.up.sql': T })).toEqual(['1_z.up.sql', '2_a.up.sql', '10_b.up.sql']);
  });
  it('goose: numeric (2 before 10, 20240101000000 after 3)', () => {
    expect(order({ name: 'goose' }, { '20240101000000_c.sql': goose(), '10_b.sql': goose(), '2_a.sql': goose(), '3_x.sql': goose() })).toEqual(['2_a.sql', '3_x.sql', '10_b.sql', '20240101000000_c.sql']);
  });
  it('sqlx: numeric (2 before 10), simple and reversible files alike', () => {
    expect(order({ name: 'sqlx' }, { '10_b.sql': T, '2_a.up.sql': T, '2_a.down.sql': 'DROP TABLE t;' })).toEqual(['2_a.up.sql', '10_b.sql']);
  });
  it('dbmate: text order of the file names (10 before 9; 100000022_c before 10_b since "0" < "_")', () => {
    expect(order({ name: 'dbmate' }, { '9_a.sql': dbmate(), '10_b.sql': dbmate(), '100000022_c.sql': dbmate() })).toEqual(['100000022_c.sql', '10_b.sql', '9_a.sql']);
    // "-" sorts before the digits: 1-a before 10-b.
    expect(order({ name: 'dbmate' }, { '10-b.sql': dbmate(), '1-a.sql': dbmate() })).toEqual(['1-a.sql', '10-b.sql']);
  });
  it('dbmate: the version is the leading digits, no "_" needed', () => {
    expect(versions({ name: 'dbmate' }, { '0001-init.sql': dbmate(), '20240101abc.sql': dbmate() })).toEqual(['0001', '20240101']);
  });
  it('diesel: folder name up to "_" without "-" as the version, in text order', () => {
    const files = { '2016-01-07-082941_create_posts/up.sql': T, '2024-01-01-000000-0000_y/up.sql': T, '2016-01-07-082941_create_posts/down.sql': 'DROP TABLE t;' };
    expect(versions({ name: 'diesel' }, files)).toEqual(['20160107082941', '202401010000000000']);
    // Text order: "9_x" comes after "10_y" (diesel compares version strings).
    expect(order({ name: 'diesel' }, { '9_x/up.sql': T, '10_y/up.sql': T })).toEqual(['10_y/up.sql', '9_x/up.sql']);
  });
  it('prisma: folders sorted with localeCompare (a before B, unlike byte order)', () => {
    const files = { 'B_second/migration.sql': T, 'a_first/migration.sql': T, '20240101000000_init/migration.sql': T };
    expect(order({ name: 'prisma' }, files)).toEqual(['20240101000000_init/migration.sql', 'a_first/migration.sql', 'B_second/migration.sql']);
  });
});

describe('duplicate versions', () => {
  it('golang-migrate: 1_a and 001_b are one version: ErrDuplicateMigration', () => {
    expect(found({ layout: { name: 'golang-migrate' }, files: { '1_a.up.sql': T, '001_b.up.sql': T } }, 'duplicate-version')).toEqual([
      { rule: 'duplicate-version', file: '1_a.up.sql', line: 1, message: expect.stringContaining('also used by migrations/001_b.up.sql: golang-migrate refuses the directory (ErrDuplicateMigration)') },
    ]);
  });
  it('goose: 1_a and 001_b are one version', () => {
    const f = found({ layout: { name: 'goose' }, files: { '1_a.sql': goose(), '001_b.sql': goose() } }, 'duplicate-version');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('goose stops with "found duplicate migration version"');
  });
  it('sqlx: 1_a and 001_b are one version', () => {
    const f = found({ layout: { name: 'sqlx' }, files: { '1_a.sql': T, '001_b.sql': T } }, 'duplicate-version');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("sqlx fails on its tracking table's primary key");
  });
  it('an up file and its down file are not duplicates', () => {
    expect(found({ layout: { name: 'golang-migrate' }, files: { '1_a.up.sql': T, '1_a.down.sql': 'DROP TABLE t;' } }, 'duplicate-version')).toEqual([]);
  });
});

describe('invalid names → migration-naming, with what the runner does with them', () => {
  const cases: [string, LayoutSetting, Record<string, string>, string, string][] = [
    ['golang-migrate: no direction', { name: 'golang-migrate' }, { '1_a.up.sql': T, '2_b.sql': T }, '2_b.sql', 'golang-migrate skips it without a word, so it never runs'],
    ['golang-migrate: subdirectory', { name: 'golang-migrate' }, { '1_a.up.sql': T, 'sub/2_b.up.sql': T }, 'sub/2_b.up.sql', 'golang-migrate reads only the top level of its directory'],
    ['golang-migrate: version beyond uint64', { name: 'golang-migrate' }, { '18446744073709551616_x.up.sql': T }, '18446744073709551616_x.up.sql', 'not a version the runner reads (an unsigned 64-bit integer)'],
    ['goose: no "_"', { name: 'goose' }, { '1_a.sql': goose(), 'foo.sql': goose() }, 'foo.sql', 'not a goose name'],
    ['goose: version 0', { name: 'goose' }, { '0_a.sql': goose() }, '0_a.sql', 'migration IDs must be greater than zero'],
    ['goose: subdirectory', { name: 'goose' }, { 'sub/2_b.sql': goose() }, 'sub/2_b.sql', 'goose reads only the top level'],
    ['dbmate: no leading digits', { name: 'dbmate' }, { 'init.sql': dbmate() }, 'init.sql', 'not a dbmate name'],
    ['dbmate: subdirectory', { name: 'dbmate' }, { 'sub/1_a.sql': dbmate() }, 'sub/1_a.sql', 'dbmate reads only the top level'],
    ['diesel: top-level file', { name: 'diesel' }, { '2016-01-07-082941_x/up.sql': T, 'stray.sql': T }, 'stray.sql', 'diesel reads only {folder}/up.sql and down.sql'],
    ['diesel: folder without up.sql', { name: 'diesel' }, { '2016-01-07-082941_x/change.sql': T }, '2016-01-07-082941_x/change.sql', 'has no up.sql: diesel stops with "Invalid migration directory"'],
    ['diesel: an other file beside up.sql', { name: 'diesel' }, { '2016-01-07-082941_x/up.sql': T, '2016-01-07-082941_x/extra.sql': T }, '2016-01-07-082941_x/extra.sql', 'diesel runs only up.sql and down.sql of a migration folder'],
    ['diesel: nested folder', { name: 'diesel' }, { 'a/b/up.sql': T }, 'a/b/up.sql', 'diesel reads only {folder}/up.sql'],
    ['sqlx: no "_"', { name: 'sqlx' }, { '1.sql': T }, '1.sql', 'sqlx skips it, so it never runs'],
    ['sqlx: non-integer prefix', { name: 'sqlx' }, { 'v1_init.sql': T }, 'v1_init.sql', 'sqlx stops with "expected integer version prefix"'],
    ['sqlx: subdirectory', { name: 'sqlx' }, { 'sub/1_a.sql': T }, 'sub/1_a.sql', 'sqlx reads only the top level'],
    ['prisma: a file outside a folder', { name: 'prisma' }, { 'x/migration.sql': T, 'loose.sql': T }, 'loose.sql', 'Prisma Migrate runs only {folder}/migration.sql'],
    ['prisma: another file in a folder', { name: 'prisma' }, { 'x/migration.sql': T, 'x/notes.sql': T }, 'x/notes.sql', 'Prisma Migrate runs only {folder}/migration.sql'],
  ];
  for (const [title, layout, files, file, message] of cases) {
    it(title, () => {
      expect(found({ layout, files }, 'migration-naming')).toEqual([{ rule: 'migration-naming', file, line: 1, message: expect.stringContaining(message) }]);
      // The file is not a migration of the project: nothing else lints it as one.
      expect(makeProject({ layout, files }).migrations.map((f) => f.rel)).not.toContain(file);
    });
  }
});

describe('up/down pairing → rollback-missing', () => {
  const missing = (layout: LayoutSetting, files: Record<string, string>) => found({ layout, files }, 'rollback-missing');
  it('golang-migrate: names the .down.sql to add; a present one pairs', () => {
    expect(missing({ name: 'golang-migrate' }, { '3_users.up.sql': T })).toEqual([{ rule: 'rollback-missing', file: '3_users.up.sql', line: 1, message: expect.stringContaining('(add 3_users.down.sql)') }]);
    expect(missing({ name: 'golang-migrate' }, { '3_users.up.sql': T, '3_users.down.sql': 'DROP TABLE t;' })).toEqual([]);
    // Paired by version number: 003 and 3 are one version.
    expect(missing({ name: 'golang-migrate' }, { '003_users.up.sql': T, '3_users.down.sql': 'DROP TABLE t;' })).toEqual([]);
  });
  it('goose: names the `-- +goose Down` section to add', () => {
    expect(missing({ name: 'goose' }, { '1_a.sql': `-- +goose Up\n${T}` })).toEqual([
      { rule: 'rollback-missing', file: '1_a.sql', line: 1, message: expect.stringContaining('add a `-- +goose Down` section to 1_a.sql') },
    ]);
    expect(missing({ name: 'goose' }, { '1_a.sql': goose() })).toEqual([]);
  });
  it('dbmate: a file with both sections has its rollback', () => {
    expect(missing({ name: 'dbmate' }, { '1_a.sql': dbmate() })).toEqual([]);
    // Without `-- migrate:down` dbmate refuses the file (migration-format) and there is no rollback.
    expect(missing({ name: 'dbmate' }, { '1_a.sql': `-- migrate:up\n${T}` })).toEqual([
      { rule: 'rollback-missing', file: '1_a.sql', line: 1, message: expect.stringContaining('add a `-- migrate:down` section to 1_a.sql') },
    ]);
  });
  it('diesel: names the folder\'s down.sql', () => {
    expect(missing({ name: 'diesel' }, { '2016-01-07-082941_x/up.sql': T })).toEqual([
      { rule: 'rollback-missing', file: '2016-01-07-082941_x/up.sql', line: 1, message: expect.stringContaining('(add 2016-01-07-082941_x/down.sql)') },
    ]);
    expect(missing({ name: 'diesel' }, { '2016-01-07-082941_x/up.sql': T, '2016-01-07-082941_x/down.sql': 'DROP TABLE t;' })).toEqual([]);
  });
  it('sqlx: a simple .sql has no down; a .up.sql names its .down.sql', () => {
    expect(missing({ name: 'sqlx' }, { '1_a.sql': T })).toEqual([
      { rule: 'rollback-missing', file: '1_a.sql', line: 1, message: expect.stringContaining('a simple sqlx migration has no down: rename it to 1_a.up.sql and add 1_a.down.sql') },
    ]);
    expect(missing({ name: 'sqlx' }, { '2_b.up.sql': T })).toEqual([{ rule: 'rollback-missing', file: '2_b.up.sql', line: 1, message: expect.stringContaining('(add 2_b.down.sql)') }]);
    expect(missing({ name: 'sqlx' }, { '2_b.up.sql': T, '2_b.down.sql': 'DROP TABLE t;' })).toEqual([]);
  });
  it('prisma: no down migrations, so never', () => {
    expect(missing({ name: 'prisma' }, { '20240101000000_init/migration.sql': T })).toEqual([]);
  });
  it('a down file without its up: migration-naming names the orphan', () => {
    const f = found({ layout: { name: 'golang-migrate' }, files: { '1_a.up.sql': T, '1_a.down.sql': 'DROP TABLE t;', '2_b.down.sql': 'SELECT 1;' } }, 'migration-naming');
    expect(f).toEqual([{ rule: 'migration-naming', file: '2_b.down.sql', line: 1, message: 'rollback for version 2, but no migration has that version' }]);
  });
});
