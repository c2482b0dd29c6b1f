import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFile } from '../../src/db/plan.js';
import { fileTransactions, runnerWraps, transactionOf, withFileRoutines, type StatementTransaction } from '../../src/model/transactions.js';
import { parseSql } from '../../src/parse/parser.js';
import { describeEachEngine, TEST_DATABASE_URL, type TestEngine } from '../helpers/db.js';
import { makeProject } from '../helpers/rule-tester.js';

const model = (sql: string, wrapped = false) => {
  const statements = parseSql(sql).statements;
  return { statements, tx: fileTransactions(statements, { wrapped, lookup: withFileRoutines(statements) }) };
};
/** Transaction ids of the statements, in order. */
const ids = (sql: string, wrapped = false) => model(sql, wrapped).tx.statements.map((s) => s.tx.id);
const effects = (sql: string) => model(sql).tx.statements.map((s) => s.effect);

describe('fileTransactions', () => {
  it('COMMIT AND CHAIN ends the block and starts a new one at once: what follows is inside it (issue #12)', () => {
    const { statements, tx } = model("BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE t ADD COLUMN x int;\nCOMMIT;");
    const [begin, select, chain, set, alter, commit] = tx.statements as [StatementTransaction, ...StatementTransaction[]];
    expect([begin, select, chain].map((s) => s!.tx.id)).toEqual([1, 1, 1]);
    expect([set, alter, commit].map((s) => s!.tx.id)).toEqual([2, 2, 2]);
    expect(tx.statements.every((s) => s.inBlock && s.tx.kind === 'block' && !s.effect)).toBe(true);
    expect(alter!.tx.opener).toBe(statements[2]);
    expect(alter!.committedBefore).toBe(3);
    expect(alter!.lastEnd).toEqual({ stmt: statements[2], outcome: 'commit' });
    expect(begin.tx.end).toEqual({ stmt: statements[2], outcome: 'commit' });
    expect(alter!.tx.end).toEqual({ stmt: statements[5], outcome: 'commit' });
    expect(tx.open).toBeUndefined();
  });

  it('a plain COMMIT ends the block: what follows runs each in its own transaction', () => {
    const { tx } = model("BEGIN;\nSELECT 1;\nCOMMIT;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE t ADD COLUMN x int;");
    expect(tx.statements.map((s) => [s.tx.id, s.tx.kind, s.inBlock])).toEqual([
      [1, 'block', true], [1, 'block', true], [1, 'block', true],
      [2, 'statement', false], [3, 'statement', false],
    ]);
    expect(tx.statements[4]!.committedBefore).toBe(4);
  });

  it('ROLLBACK AND CHAIN and ABORT end with a rollback; END is COMMIT; START TRANSACTION is BEGIN', () => {
    const { statements, tx } = model('START TRANSACTION;\nSELECT 1;\nROLLBACK AND CHAIN;\nSELECT 2;\nABORT;\nBEGIN;\nEND;');
    expect(tx.statements.map((s) => s.tx.id)).toEqual([1, 1, 1, 2, 2, 3, 3]);
    expect(tx.statements[0]!.tx.end).toEqual({ stmt: statements[2], outcome: 'rollback' });
    expect(tx.statements[3]!.tx.end).toEqual({ stmt: statements[4], outcome: 'rollback' });
    expect(tx.statements[6]!.tx.end).toEqual({ stmt: statements[6], outcome: 'commit' });
  });

  it('SAVEPOINT, RELEASE and ROLLBACK TO stay inside the block', () => {
    expect(ids('BEGIN;\nSAVEPOINT a;\nSELECT 1;\nROLLBACK TO SAVEPOINT a;\nRELEASE SAVEPOINT a;\nCOMMIT;')).toEqual([1, 1, 1, 1, 1, 1]);
    expect(effects('BEGIN;\nSAVEPOINT a;\nROLLBACK TO a;\nRELEASE a;\nCOMMIT;').every((e) => e === undefined)).toBe(true);
  });

  it('PREPARE TRANSACTION ends the block; COMMIT PREPARED is a statement of its own outside one', () => {
    const { statements, tx } = model("BEGIN;\nSELECT 1;\nPREPARE TRANSACTION 'a';\nSELECT 2;\nCOMMIT PREPARED 'a';");
    expect(tx.statements.map((s) => [s.tx.id, s.inBlock])).toEqual([[1, true], [1, true], [1, true], [2, false], [3, false]]);
    expect(tx.statements[0]!.tx.end).toEqual({ stmt: statements[2], outcome: 'prepare' });
  });

  it('a BEGIN or AND CHAIN that nothing ends is the open block', () => {
    expect(model('BEGIN;\nSELECT 1;').tx.open?.id).toBe(1);
    const { statements, tx } = model('BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nSELECT 2;');
    expect(tx.open?.opener).toBe(statements[2]);
    expect(model('BEGIN;\nCOMMIT;').tx.open).toBeUndefined();
  });

  it('the runner’s transaction holds every statement until a COMMIT of the file ends it', () => {
    const { tx } = model('CREATE TABLE a (id int);\nSELECT 1;', true);
    expect(tx.statements.map((s) => [s.tx.id, s.tx.kind, s.inBlock])).toEqual([[1, 'runner', true], [1, 'runner', true]]);
    const early = model('CREATE TABLE a (id int);\nCOMMIT;\nSELECT 1;', true).tx;
    expect(early.statements.map((s) => [s.tx.kind, s.inBlock])).toEqual([['runner', true], ['runner', true], ['statement', false]]);
    expect(early.statements.map((s) => s.effect)).toEqual([undefined, undefined, undefined]);
    expect(model('BEGIN;\nSELECT 1;', true).tx.statements[0]!.effect).toEqual({ kind: 'ignored', warning: 'there is already a transaction in progress' });
  });

  it('a DO block that COMMITs is its own transaction outside a block, fails inside one, and its statements have no single transaction', () => {
    const body = 'DO $$\nBEGIN\n  UPDATE t SET x = 1;\n  COMMIT;\nEND\n$$;';
    const outside = model(`${body}\nSELECT 1;`);
    expect(outside.tx.statements.map((s) => [s.tx.id, s.inBlock, s.effect])).toEqual([[1, false, undefined], [2, false, undefined]]);
    expect(transactionOf(outside.tx, outside.statements[0]!.nested[0]!)).toBeUndefined();
    const inside = model(`BEGIN;\n${body}\nCOMMIT;`);
    expect(inside.tx.statements[1]!.effect).toEqual({ kind: 'fails', error: 'invalid transaction termination', sqlstate: '2D000' });
    const plain = model('BEGIN;\nDO $$ BEGIN UPDATE t SET x = 1; END $$;\nCOMMIT;');
    expect(transactionOf(plain.tx, plain.statements[1]!.nested[0]!)?.tx.id).toBe(1);
  });

  it('a CALL of a procedure the file defines that COMMITs fails inside a block', () => {
    const { tx } = model('CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$;\nBEGIN;\nCALL p();\nCOMMIT;');
    expect(tx.statements[2]!.effect?.kind).toBe('fails');
  });
});

describe('runnerWraps agrees with the runner’s plan (plan.ts)', () => {
  const files = [
    'CREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN x int;',
    'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;',
    'CREATE TABLE a (id int);\nCOMMIT AND CHAIN;\nSELECT 1;',
    'CREATE INDEX CONCURRENTLY i ON a (id);',
    'SAVEPOINT s;\nCREATE TABLE a (id int);\nRELEASE s;',
    'DO $$ BEGIN COMMIT; END $$;',
    'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$;\nCALL p();',
    "SET lock_timeout = '1s';\nVACUUM a;",
  ];
  for (const text of files) {
    it(text.replace(/\s+/g, ' ').slice(0, 70), () => {
      const project = makeProject({ files: { 'V1__a.sql': text } });
      const file = project.files[0]!;
      const statements = file.parsed.statements;
      const lookup = withFileRoutines(statements);
      expect(runnerWraps(statements, 'runner', lookup)).toBe(planFile(file, lookup).mode === 'transaction');
      expect(runnerWraps(statements, 'explicit', lookup)).toBe(false);
    });
  }
});

/** One session that reports, per statement, the WARNING it raised or the error it failed with. */
interface Session {
  run(sql: string): Promise<{ rows: Record<string, unknown>[]; warnings: string[]; error?: { code: string; message: string } }>;
  close(): Promise<void>;
}

async function session(engine: TestEngine): Promise<Session> {
  let warnings: string[] = [];
  const error = (e: unknown) => {
    const x = e as { code?: string; message?: string };
    return { code: String(x.code), message: String(x.message) };
  };
  if (engine.name === 'postgres') {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    client.on('notice', (n) => {
      if (n.severity === 'WARNING') warnings.push(n.message ?? '');
    });
    return {
      async run(sql) {
        warnings = [];
        try {
          const r = await client.query(sql);
          return { rows: r.rows, warnings };
        } catch (e) {
          return { rows: [], warnings, error: error(e) };
        }
      },
      close: () => client.end(),
    };
  }
  const db = await PGlite.create();
  return {
    async run(sql) {
      warnings = [];
      try {
        const r = await db.exec(sql, {
          onNotice: (n) => {
            if (n.severity === 'WARNING') warnings.push(n.message ?? '');
          },
        });
        return { rows: (r[r.length - 1]?.rows ?? []) as Record<string, unknown>[], warnings };
      } catch (e) {
        return { rows: [], warnings, error: error(e) };
      }
    },
    close: () => db.close(),
  };
}

describeEachEngine('what PostgreSQL does at each boundary, as the model says', (engine) => {
  let s: Session;
  beforeAll(async () => {
    s = await session(engine);
    await s.run('SET lock_timeout = 0');
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  const scripts = [
    "COMMIT;\nROLLBACK;\nEND;\nABORT;\nPREPARE TRANSACTION 'mg_none';\nCOMMIT AND CHAIN;\nROLLBACK AND CHAIN;\nSAVEPOINT a;\nRELEASE SAVEPOINT a;\nROLLBACK TO SAVEPOINT a;",
    'BEGIN;\nBEGIN;\nSAVEPOINT a;\nRELEASE SAVEPOINT a;\nSAVEPOINT b;\nROLLBACK TO SAVEPOINT b;\nCOMMIT AND CHAIN;\nSTART TRANSACTION;\nROLLBACK AND CHAIN;\nCOMMIT;\nCOMMIT;',
    'DO $$ BEGIN COMMIT; END $$;\nCOMMIT;',
    'BEGIN;\nDO $$ BEGIN COMMIT; END $$;',
    "BEGIN;\nCOMMIT PREPARED 'mg_none';",
  ];
  for (const script of scripts) {
    it(`warnings and errors statement by statement: ${script.replace(/\s+/g, ' ').slice(0, 60)}`, async () => {
      const { statements, tx } = model(script);
      const seen = [];
      for (const st of statements) {
        const r = await s.run(script.slice(st.start, st.end));
        seen.push(r.error ? { kind: 'fails', error: r.error.message, sqlstate: r.error.code } : r.warnings.length ? { kind: 'ignored', warning: r.warnings.join('; ') } : undefined);
      }
      await s.run('ROLLBACK');
      expect(seen).toEqual(tx.statements.map((x) => x.effect));
    });
  }

  it('SET LOCAL after COMMIT AND CHAIN lasts in the chained transaction; one set before the chain is gone', async () => {
    const show = async () => (await s.run('SHOW lock_timeout')).rows[0]!['lock_timeout'];
    await s.run('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await s.run("SET LOCAL lock_timeout = '2s'");
    expect(await show()).toBe('2s');
    await s.run('COMMIT AND CHAIN');
    expect(await show()).toBe('0');
    // The new transaction keeps the isolation level: a transaction block, not autocommit.
    expect((await s.run('SHOW transaction_isolation')).rows[0]!['transaction_isolation']).toBe('repeatable read');
    const set = await s.run("SET LOCAL lock_timeout = '3s'");
    expect(set.warnings).toEqual([]);
    expect(await show()).toBe('3s');
    const commit = await s.run('COMMIT');
    expect(commit.warnings).toEqual([]);
    expect(await show()).toBe('0');
  });

  it('SET LOCAL after a plain COMMIT, outside any block, has no effect', async () => {
    await s.run('BEGIN');
    await s.run('COMMIT');
    const set = await s.run("SET LOCAL lock_timeout = '3s'");
    expect(set.warnings).toEqual(['SET LOCAL can only be used in transaction blocks']);
    expect((await s.run('SHOW lock_timeout')).rows[0]!['lock_timeout']).toBe('0');
  });

  it('what ran before COMMIT AND CHAIN stays committed when the chained transaction rolls back', async () => {
    await s.run('CREATE TEMP TABLE IF NOT EXISTS mg_chain (id int)');
    await s.run('BEGIN');
    await s.run('INSERT INTO mg_chain VALUES (1)');
    await s.run('COMMIT AND CHAIN');
    await s.run('INSERT INTO mg_chain VALUES (2)');
    await s.run('ROLLBACK');
    expect((await s.run('SELECT array_agg(id) AS ids FROM mg_chain')).rows[0]!['ids']).toEqual([1]);
    await s.run('DROP TABLE mg_chain');
  });

  it('SET LOCAL survives SAVEPOINT and RELEASE', async () => {
    await s.run('BEGIN');
    await s.run("SET LOCAL lock_timeout = '4s'");
    await s.run('SAVEPOINT a');
    await s.run('RELEASE SAVEPOINT a');
    expect((await s.run('SHOW lock_timeout')).rows[0]!['lock_timeout']).toBe('4s');
    await s.run('COMMIT');
  });

  it('PREPARE TRANSACTION ends the block, whether or not prepared transactions are enabled', async () => {
    const gid = `mg_probe_${process.pid}_${Date.now()}`;
    await s.run('BEGIN');
    await s.run('SELECT 1');
    const prepared = await s.run(`PREPARE TRANSACTION '${gid}'`);
    // Not in a block any more: SAVEPOINT refuses to run.
    const after = await s.run('SAVEPOINT a');
    if (!prepared.error) await s.run(`ROLLBACK PREPARED '${gid}'`);
    expect(after.error).toEqual({ code: '25P01', message: 'SAVEPOINT can only be used in transaction blocks' });
  });
});
