/**
 * The lint cache parses only what it must (issue #16 §1): a warm run parses no file, suppression
 * comments included; after a new migration at the end, the files parsed are it and the file that
 * defines a function it calls (the engine follows the call into its body) — and, for an ALTER TABLE
 * that changes storage (SET LOGGED …), the file whose CREATE TABLE made the table (its storage
 * clauses are read from that statement).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DirectoryLintCache } from '../../src/lint/cache-store.js';
import type { LintCache } from '../../src/lint/cache.js';
import { lintProject } from '../../src/lint/engine.js';
import type { Project } from '../../src/model/project.js';
import { LazyParsed } from '../../src/parse/parser.js';
import { makeProject, type ProjectSpec } from '../helpers/rule-tester.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-lint-cache-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files: ProjectSpec['files'] = {
  'V1__orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n',
  'rollback/V1__rollback.sql': 'DROP TABLE orders;\n',
  'V2__fn.sql': 'CREATE FUNCTION bump() RETURNS void LANGUAGE plpgsql AS $$ BEGIN ALTER TABLE orders ADD COLUMN n int NOT NULL; END $$;\n',
  'rollback/V2__rollback.sql': 'DROP FUNCTION bump();\n',
  'V3__index.sql': '-- migration-guard-ignore require-concurrent-index: orders is empty in every environment\nCREATE INDEX orders_total ON orders (total);\n',
  'rollback/V3__rollback.sql': '',
};
const options = { settings: { transactions: 'runner' as const } };
const store = new DirectoryLintCache(dir);
const parsed = (p: Project) => p.files.filter((f) => !(f.parsed as LazyParsed).pending).map((f) => f.rel);

it('a warm run parses no file, and prints what a cold one does (a suppression comment included)', () => {
  const spec = { files };
  const want = lintProject(makeProject(spec), rules, options);
  expect(want.some((f) => f.rule === 'invalid-suppression' || f.rule === 'require-concurrent-index')).toBe(false);
  const cache: LintCache = { store, buildId: 'test' };
  expect(lintProject(makeProject(spec, true), rules, options, cache)).toEqual(want);
  const warm = makeProject(spec, true);
  const stats: LintCache = { store, buildId: 'test' };
  expect(lintProject(warm, rules, options, stats)).toEqual(want);
  expect(stats.stats).toEqual({ migrations: 3, replayed: 3, others: 3, othersReplayed: 3 });
  expect(parsed(warm)).toEqual([]);
});

it('a new migration at the end: it is parsed, and only the files whose statements its findings need', () => {
  const spec = { files: { ...files, 'V4__call.sql': 'SELECT bump();\n' } };
  const want = lintProject(makeProject(spec), rules, options);
  // The call runs bump()'s ALTER TABLE: the finding is reported at the call.
  expect(want.some((f) => f.file === 'migrations/V4__call.sql' && /in function bump at migrations\/V2__fn.sql:1/.test(f.message))).toBe(true);
  const p = makeProject(spec, true);
  const cache: LintCache = { store, buildId: 'test' };
  expect(lintProject(p, rules, options, cache)).toEqual(want);
  expect(cache.stats?.replayed).toBe(3);
  expect(parsed(p).sort()).toEqual(['V2__fn.sql', 'V4__call.sql']);
});

it('a new ALTER TABLE … SET UNLOGGED: the file that created the table is parsed for its storage, and only it', () => {
  const spec = { files: { ...files, 'V4__unlogged.sql': 'ALTER TABLE orders SET UNLOGGED;\n' } };
  const want = lintProject(makeProject(spec), rules, options);
  expect(want.some((f) => f.rule === 'table-rewrite' && f.file === 'migrations/V4__unlogged.sql')).toBe(true);
  const p = makeProject(spec, true);
  const cache: LintCache = { store, buildId: 'test' };
  expect(lintProject(p, rules, options, cache)).toEqual(want);
  expect(cache.stats?.replayed).toBe(3);
  expect(parsed(p).sort()).toEqual(['V1__orders.sql', 'V4__unlogged.sql']);
});
