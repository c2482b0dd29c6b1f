/**
 * Each runner's way of sending a file to PostgreSQL (#15, src/load/layouts Execution) as
 * transaction-wrapping and cannot-run-in-transaction see it, and the line numbers of findings in
 * files that hold both directions (goose, dbmate).
 */
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../rules/index.js';
import { lintSpec, type ProjectSpec } from '../helpers/rule-tester.js';
import type { LayoutSetting } from '../../src/load/layouts/index.js';

const TX_RULES = ['transaction-wrapping', 'cannot-run-in-transaction'];
const CIC = 'CREATE INDEX CONCURRENTLY t_id ON t (id);\n';

/** Findings of the rules, as "rule file:line" and the messages. */
function run(layout: LayoutSetting, files: Record<string, string>, ids = TX_RULES) {
  const spec: ProjectSpec = { layout, files };
  const found = lintSpec(spec, ids.map((id) => ruleById(id)!));
  return { at: found.map((f) => `${f.rule} ${f.file.replace(/^migrations\//, '')}:${f.line}`), messages: found.map((f) => f.message), found };
}

describe('CREATE INDEX CONCURRENTLY under each runner', () => {
  it('goose: wrapped by default → error; `-- +goose NO TRANSACTION` → none', () => {
    const wrapped = run({ name: 'goose' }, { '1_a.sql': `-- +goose Up\n${CIC}-- +goose Down\nDROP INDEX t_id;\n` });
    expect(wrapped.at).toEqual(['transaction-wrapping 1_a.sql:2']);
    expect(wrapped.messages[0]).toContain('goose runs each migration in a transaction, and CREATE INDEX CONCURRENTLY cannot run inside a transaction block');
    expect(wrapped.found[0]!.help).toContain('-- +goose NO TRANSACTION');
    expect(run({ name: 'goose' }, { '1_a.sql': `-- +goose NO TRANSACTION\n-- +goose Up\n${CIC}-- +goose Down\nDROP INDEX CONCURRENTLY t_id;\n` }).at).toEqual([]);
    // Anywhere in the file (goose reads it wherever it is).
    expect(run({ name: 'goose' }, { '1_a.sql': `-- +goose Up\n${CIC}-- +goose Down\nDROP INDEX CONCURRENTLY t_id;\n-- +goose NO TRANSACTION\n` }).at).toEqual([]);
  });

  it('goose NO TRANSACTION: CIC beside a transactional statement → half-applied finding', () => {
    const r = run({ name: 'goose' }, { '1_a.sql': `-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE t (id int);\n${CIC}-- +goose Down\nDROP TABLE t;\n` });
    expect(r.at).toEqual(['transaction-wrapping 1_a.sql:4']);
    expect(r.messages[0]).toContain('runs beside statements that could be atomic (line 3), and a failure half-way leaves the migration half applied');
  });

  it('goose NO TRANSACTION with only transactional statements → "nothing needs it"', () => {
    const r = run({ name: 'goose' }, { '1_a.sql': '-- +goose Up\n-- +goose NO TRANSACTION\nCREATE TABLE u (id int);\nCREATE TABLE v (id int);\n-- +goose Down\nDROP TABLE v;\nDROP TABLE u;\n' });
    // NO TRANSACTION applies to both directions: the Down section too (line 6).
    expect(r.at).toEqual(['transaction-wrapping 1_a.sql:3', 'transaction-wrapping 1_a.sql:6']);
    expect(r.messages[0]).toContain('nothing in this migration needs to run outside a transaction');
    expect(r.messages[1]).toContain('nothing in this migration needs to run outside a transaction');
  });

  const dieselCic = { '2016-01-07-082941_x/up.sql': CIC, '2016-01-07-082941_x/down.sql': 'DROP INDEX CONCURRENTLY t_id;\n' };
  it('diesel: metadata.toml run_in_transaction = false and a lone CIC → none; no metadata.toml → error', () => {
    expect(run({ name: 'diesel' }, { ...dieselCic, '2016-01-07-082941_x/metadata.toml': 'run_in_transaction = false\n' }).at).toEqual([]);
    const r = run({ name: 'diesel' }, dieselCic);
    // down.sql runs in diesel's transaction too.
    expect(r.at).toEqual(['transaction-wrapping 2016-01-07-082941_x/down.sql:1', 'transaction-wrapping 2016-01-07-082941_x/up.sql:1']);
    expect(r.messages[1]).toContain('diesel runs each migration in a transaction');
    expect(r.found[1]!.help).toContain('metadata.toml with `run_in_transaction = false`');
  });

  it('diesel: run_in_transaction = false, CIC beside another statement → still one query: error', () => {
    const r = run({ name: 'diesel' }, { '2016-01-07-082941_x/up.sql': `SET lock_timeout = '1s';\n${CIC}`, '2016-01-07-082941_x/metadata.toml': 'run_in_transaction = false\n' });
    expect(r.at).toEqual(['transaction-wrapping 2016-01-07-082941_x/up.sql:2']);
  });

  it('diesel: a metadata.toml without the key → migration-format AND unwrapped', () => {
    const r = run({ name: 'diesel' }, { ...dieselCic, '2016-01-07-082941_x/metadata.toml': '# nothing here\nother = 1\n' }, [...TX_RULES, 'migration-format']);
    expect(r.at).toEqual(['migration-format 2016-01-07-082941_x/up.sql:1']);
    expect(r.messages[0]).toContain('metadata.toml has no run_in_transaction: diesel then reads it as false');
  });

  it('diesel: run_in_transaction = "false" (a string) → migration-format AND wrapped', () => {
    const r = run({ name: 'diesel' }, { ...dieselCic, '2016-01-07-082941_x/metadata.toml': 'run_in_transaction = "false"\n' }, [...TX_RULES, 'migration-format']);
    expect(r.at.sort()).toEqual(['migration-format 2016-01-07-082941_x/up.sql:1', 'transaction-wrapping 2016-01-07-082941_x/down.sql:1', 'transaction-wrapping 2016-01-07-082941_x/up.sql:1']);
    expect(r.messages.join('\n')).toContain('run_in_transaction = "false" is not a boolean: diesel fails to read metadata.toml');
  });

  it('diesel: a metadata.toml that is not TOML → migration-format AND wrapped', () => {
    const r = run({ name: 'diesel' }, { ...dieselCic, '2016-01-07-082941_x/metadata.toml': 'run_in_transaction = \n' }, [...TX_RULES, 'migration-format']);
    expect(r.at.sort()).toEqual(['migration-format 2016-01-07-082941_x/up.sql:1', 'transaction-wrapping 2016-01-07-082941_x/down.sql:1', 'transaction-wrapping 2016-01-07-082941_x/up.sql:1']);
    expect(r.messages.join('\n')).toContain('metadata.toml is not valid TOML');
  });

  it('golang-migrate: a lone CIC → none; CIC beside anything (even SET, even after COMMIT) → error', () => {
    expect(run({ name: 'golang-migrate' }, { '1_a.up.sql': CIC }).at).toEqual([]);
    const set = run({ name: 'golang-migrate' }, { '1_a.up.sql': `SET lock_timeout = '1s';\n${CIC}` });
    expect(set.at).toEqual(['transaction-wrapping 1_a.up.sql:2']);
    expect(set.messages[0]).toContain('golang-migrate sends the whole file to PostgreSQL as one query, and PostgreSQL runs a query of several statements as one transaction: CREATE INDEX CONCURRENTLY fails there');
    const afterCommit = run({ name: 'golang-migrate' }, { '1_a.up.sql': `CREATE TABLE t (id int);\nCOMMIT;\n${CIC}` });
    expect(afterCommit.at).toEqual(['transaction-wrapping 1_a.up.sql:2', 'transaction-wrapping 1_a.up.sql:3']);
    expect(afterCommit.messages[0]).toContain('COMMIT in the middle of the migration');
    expect(afterCommit.messages[1]).toContain('even after a COMMIT');
    // CIC first, the other statement after it: the same.
    expect(run({ name: 'golang-migrate' }, { '1_a.up.sql': `${CIC}ANALYZE t;\n` }).at).toEqual(['transaction-wrapping 1_a.up.sql:1']);
  });

  it('golang-migrate: a COMMIT mid-file → half-applied', () => {
    const r = run({ name: 'golang-migrate' }, { '1_a.up.sql': 'CREATE TABLE t (id int);\nCOMMIT;\nCREATE TABLE u (id int);\n' });
    expect(r.at).toEqual(['transaction-wrapping 1_a.up.sql:2']);
    expect(r.messages[0]).toContain('COMMIT in the middle of the migration commits what came before it: if a statement after it fails, the migration is half applied');
  });

  it('golang-migrate with `transaction: true` (the project runner wraps): a lone CIC → error', () => {
    const r = run({ name: 'golang-migrate', transaction: true }, { '1_a.up.sql': CIC });
    expect(r.at).toEqual(['transaction-wrapping 1_a.up.sql:1']);
    expect(r.messages[0]).toContain("the project's runner runs each migration in a transaction");
  });

  it('dbmate: `-- migrate:up transaction:false` and a lone CIC → none; without it → error', () => {
    const down = '-- migrate:down\nDROP INDEX CONCURRENTLY t_id;\n';
    expect(run({ name: 'dbmate' }, { '1_a.sql': `-- migrate:up transaction:false\n${CIC}\n${down.replace('down', 'down transaction:false')}` }).at).toEqual([]);
    const r = run({ name: 'dbmate' }, { '1_a.sql': `-- migrate:up\n${CIC}\n-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY t_id;\n` });
    expect(r.at).toEqual(['transaction-wrapping 1_a.sql:2']);
    expect(r.found[0]!.help).toContain('`-- migrate:up transaction:false`');
    // transaction:false, yet the section is one query: CIC beside another statement fails.
    expect(run({ name: 'dbmate' }, { '1_a.sql': `-- migrate:up transaction:false\nCREATE TABLE t (id int);\n${CIC}-- migrate:down\nDROP TABLE t;\n` }).at).toEqual(['transaction-wrapping 1_a.sql:3']);
  });

  it('sqlx: `-- no-transaction` as the first bytes and a lone CIC → none; anywhere else → wrapped → error', () => {
    expect(run({ name: 'sqlx' }, { '1_a.sql': `-- no-transaction\n${CIC}` }).at).toEqual([]);
    const late = run({ name: 'sqlx' }, { '1_a.sql': `\n-- no-transaction\n${CIC}` });
    expect(late.at).toEqual(['transaction-wrapping 1_a.sql:3']);
    expect(late.messages[0]).toContain('sqlx runs each migration in a transaction');
    expect(run({ name: 'sqlx' }, { '1_a.sql': ` -- no-transaction\n${CIC}` }).at).toEqual(['transaction-wrapping 1_a.sql:2']);
    expect(run({ name: 'sqlx' }, { '1_a.sql': `-- migration\n-- no-transaction\n${CIC}` }).at).toEqual(['transaction-wrapping 1_a.sql:3']);
  });

  it('prisma: a lone CIC → none; CIC beside another statement → error', () => {
    expect(run({ name: 'prisma' }, { 'x/migration.sql': CIC }).at).toEqual([]);
    const r = run({ name: 'prisma' }, { 'x/migration.sql': `CREATE TABLE t (id int);\n${CIC}` });
    expect(r.at).toEqual(['transaction-wrapping x/migration.sql:2']);
    expect(r.messages[0]).toContain('Prisma Migrate sends migration.sql to PostgreSQL as one query');
  });
});

describe("BEGIN/COMMIT in a file the runner wraps", () => {
  const body = 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n';
  const wrappedRunners: [string, LayoutSetting, Record<string, string>, number, number][] = [
    ['goose', { name: 'goose' }, { '1_a.sql': `-- +goose Up\n${body}-- +goose Down\nDROP TABLE t;\n` }, 2, 4],
    ['dbmate', { name: 'dbmate' }, { '1_a.sql': `-- migrate:up\n${body}-- migrate:down\nDROP TABLE t;\n` }, 2, 4],
    ['diesel', { name: 'diesel' }, { '2016-01-07-082941_x/up.sql': body, '2016-01-07-082941_x/down.sql': 'DROP TABLE t;' }, 1, 3],
    ['sqlx', { name: 'sqlx' }, { '1_a.up.sql': body, '1_a.down.sql': 'DROP TABLE t;' }, 1, 3],
  ];
  for (const [title, layout, files, begin, commit] of wrappedRunners) {
    it(`${title}: explicit BEGIN is ignored, explicit COMMIT commits the runner's transaction early`, () => {
      const r = run(layout, files);
      const file = Object.keys(files)[0]!;
      expect(r.at).toEqual([`transaction-wrapping ${file}:${begin}`, `transaction-wrapping ${file}:${commit}`]);
      expect(r.messages[0]).toMatch(/^explicit BEGIN: .* so this PostgreSQL only warns "there is already a transaction in progress"/);
      expect(r.messages[1]).toMatch(/^explicit COMMIT: .* so this commits the runner's transaction early/);
      expect(r.found[1]!.help).toBe('Remove BEGIN/COMMIT from the file: the runner wraps it.');
    });
  }
});

describe('sections: line numbers and what belongs to which direction', () => {
  it('goose: a CIC in the Down section of a wrapped file is reported on its line of the file', () => {
    const text = '-- +goose Up\nCREATE TABLE t (id int);\nCREATE INDEX t_id ON t (id);\n\n-- +goose Down\nSELECT 1;\nDROP INDEX CONCURRENTLY t_id;\nDROP TABLE t;\n';
    const r = run({ name: 'goose' }, { '1_a.sql': text }, ['cannot-run-in-transaction', 'transaction-wrapping']);
    // goose wraps the Down section as it wraps the Up: its CIC fails there (line 7 of the file),
    // and the Up section's plain CREATE INDEX is no finding of these rules.
    expect(r.at).toEqual(['transaction-wrapping 1_a.sql:7']);
    expect(r.messages[0]).toContain('goose runs each migration in a transaction, and DROP INDEX CONCURRENTLY cannot run inside a transaction block');
  });

  it('dbmate: rollback-empty on an empty down section names the directive line', () => {
    const r = run({ name: 'dbmate' }, { '1_a.sql': '-- migrate:up\nCREATE TABLE t (id int);\n\n-- migrate:down\n' }, ['rollback-empty']);
    expect(r.at).toEqual(['rollback-empty 1_a.sql:4']);
  });

  it('goose: the Up section never sees the Down statements (no DROP findings on the up side)', () => {
    const text = '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n';
    const found = lintSpec({ layout: { name: 'goose' }, files: { '1_a.sql': text } });
    expect(found.filter((f) => f.line >= 3).map((f) => f.rule)).toEqual([]);
  });
});

describe("require-concurrent-index's help: where CONCURRENTLY goes under the runner", () => {
  const existing = { name: 'goose' } as const;
  it('goose: with NO TRANSACTION; diesel: metadata.toml and nothing else in the file', () => {
    const goose = lintSpec({ layout: existing, files: { '00001_a.sql': '-- +goose Up\nCREATE TABLE t (id int);\n', '00002_b.sql': '-- +goose Up\nCREATE INDEX t_id ON t (id);\n' }, base: { '00001_a.sql': '-- +goose Up\nCREATE TABLE t (id int);\n' } });
    expect(goose.find((f) => f.rule === 'require-concurrent-index')?.help).toBe('Use CREATE INDEX CONCURRENTLY in a migration of its own: add the line `-- +goose NO TRANSACTION` to the file.');
    const diesel = lintSpec({ layout: { name: 'diesel' }, files: { '2024-01-01-000000_a/up.sql': 'CREATE TABLE t (id int);\n', '2024-01-02-000000_b/up.sql': 'CREATE INDEX t_id ON t (id);\n' }, base: { '2024-01-01-000000_a/up.sql': 'CREATE TABLE t (id int);\n' } });
    expect(diesel.find((f) => f.rule === 'require-concurrent-index')?.help).toBe('Use CREATE INDEX CONCURRENTLY in a migration of its own: add metadata.toml with `run_in_transaction = false` to the migration folder, with nothing else in the file.');
  });
});

describe('goose NO TRANSACTION is file-wide', () => {
  it("no 'nothing needs it' on a Down section when the Up section needs it, nor on an Up whose Down needs it", () => {
    const upNeeds = '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY a_id ON a (id);\nCREATE INDEX CONCURRENTLY a_v ON a (v);\n-- +goose Down\nDROP INDEX a_id;\nDROP INDEX a_v;\n';
    const downNeeds = '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE b (id int);\nCREATE TABLE c (id int);\n-- +goose Down\nDROP INDEX CONCURRENTLY a_id;\n';
    const both = '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE d (id int);\nCREATE TABLE e (id int);\n-- +goose Down\nDROP TABLE d;\nDROP TABLE e;\n';
    const found = lintSpec({ layout: { name: 'goose' }, files: { '00001_a.sql': '-- +goose Up\nCREATE TABLE a (id int, v int);\n', '00002_up.sql': upNeeds, '00003_down.sql': downNeeds, '00004_both.sql': both } })
      .filter((f) => f.rule === 'transaction-wrapping' && /nothing in this migration needs/.test(f.message))
      .map((f) => `${f.file.split('/').pop()}:${f.line}`);
    expect(found).toEqual(['00004_both.sql:3', '00004_both.sql:6']);
  });
});
