/**
 * What PostgreSQL does with a migration file sent whole as one simple-protocol query — how
 * golang-migrate, Prisma's `migrate deploy`, and diesel / sqlx / dbmate with their transaction
 * turned off send it (docs/design/runner-layouts.md, issue #15). Measured on the server and on
 * PGlite, so the layouts' transaction semantics in lint rest on what PostgreSQL did, not on a
 * reading of its documentation ("Multiple Statements in a Simple Query", protocol-flow.html).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asDbError, type Scratch } from '../../src/db/engine.js';
import { describeEachEngine } from '../helpers/db.js';

describeEachEngine('one simple query holding a whole migration file', (engine) => {
  let scratch: Scratch;
  beforeAll(async () => {
    scratch = await engine.scratch();
    await scratch.db.exec("CREATE TABLE t (id int); CREATE TYPE mood AS ENUM ('calm')");
  });
  afterAll(() => scratch.dispose());

  /** The SQLSTATE and message the query failed with, or 'ok'. */
  const run = async (sql: string): Promise<string> => {
    try {
      await scratch.db.exec(sql);
      return 'ok';
    } catch (e) {
      const d = asDbError(e);
      if (!d) throw e;
      return `${d.code} ${d.message}`;
    }
  };
  const exists = async (name: string) => (await scratch.db.query<{ r: string | null }>('SELECT to_regclass($1)::text AS r', [name])).rows[0]!.r !== null;

  it('is one implicit transaction: a failing statement undoes the ones before it', async () => {
    expect(await run('CREATE TABLE undone (id int); INSERT INTO undone VALUES (1); SELECT 1/0;')).toBe('22012 division by zero');
    expect(await exists('undone')).toBe(false);
  });

  it('cannot hold CREATE INDEX CONCURRENTLY or VACUUM beside any other statement, first or last; alone they run', async () => {
    const refused = '25001 CREATE INDEX CONCURRENTLY cannot run inside a transaction block';
    expect(await run('SELECT 1; CREATE INDEX CONCURRENTLY t_a ON t (id)')).toBe(refused);
    expect(await run('CREATE INDEX CONCURRENTLY t_b ON t (id); SELECT 1')).toBe(refused);
    // Not even after a COMMIT in the same string.
    expect(await run('SELECT 1; COMMIT; CREATE INDEX CONCURRENTLY t_c ON t (id)')).toBe(refused);
    expect(await exists('t_a')).toBe(false);
    expect(await run('SELECT 1; VACUUM t')).toBe('25001 VACUUM cannot run inside a transaction block');
    expect(await run('CREATE INDEX CONCURRENTLY t_alone ON t (id)')).toBe('ok');
    expect(await exists('t_alone')).toBe(true);
    expect(await run('VACUUM t')).toBe('ok');
  });

  it('a COMMIT in the file commits what came before it; a failure after it undoes only what follows', async () => {
    expect(await run('CREATE TABLE kept (id int); COMMIT; CREATE TABLE lost (id int); SELECT 1/0;')).toBe('22012 division by zero');
    expect([await exists('kept'), await exists('lost')]).toEqual([true, false]);
    expect(await run('CREATE TABLE kept2 (id int); BEGIN; INSERT INTO kept2 VALUES (1); COMMIT; SELECT 1/0;')).toBe('22012 division by zero');
    expect(await exists('kept2')).toBe(true);
  });

  it('ALTER TYPE … ADD VALUE and a use of the new value in one file fail together (55P04); alone it runs', async () => {
    expect(await run("ALTER TYPE mood ADD VALUE 'tense'; SELECT 'tense'::mood")).toBe('55P04 unsafe use of new value "tense" of enum type mood');
    expect((await scratch.db.query<{ r: string }>('SELECT enum_range(NULL::mood)::text AS r')).rows[0]!.r).toBe('{calm}');
    expect(await run("ALTER TYPE mood ADD VALUE 'tense'")).toBe('ok');
  });
});
