import { describe, expect, it } from 'vitest';
import rule from '../../rules/transaction-wrapping.js';
import { ApplyError } from '../../src/db/apply-error.js';
import { planFile } from '../../src/db/plan.js';
import { lintSpec, makeProject, ruleTester } from '../helpers/rule-tester.js';

const runner = { transactions: 'runner' as const };
/** Flyway's mixed = true: a mixed file runs statement by statement instead of being refused. */
const mixed = { mixed: true };
const REFUSED = /^migrate refuses this migration before running anything: /;

// The seed's V009: only CREATE INDEX CONCURRENTLY, which must run unwrapped.
const SEED_V009 = `-- V009__add_performance_indexes.sql

-- Use CONCURRENTLY to avoid locking
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_user_created
ON orders(user_id, created_at DESC);

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_products_search
ON products USING GIN(to_tsvector('english', name || ' ' || description));

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_pending
ON orders(created_at)
WHERE status = 'pending';
`;

// The seed's V013: DROP INDEX (transactional) mixed with CREATE INDEX CONCURRENTLY, unwrapped.
const SEED_V013 = `-- V013__optimize_indexes.sql

-- Remove redundant indexes
DROP INDEX IF EXISTS idx_orders_created_at;
DROP INDEX IF EXISTS idx_orders_user_id;

-- Create compound index that covers both
CREATE INDEX CONCURRENTLY idx_orders_user_created
ON orders(user_id, created_at DESC);

-- Analyze tables after index creation
ANALYZE orders;
`;

// A backfill in batches: the DO block COMMITs, so the migration must not be wrapped.
const BATCH_DO = `DO $$
DECLARE
  done int;
BEGIN
  LOOP
    UPDATE users SET active = true
     WHERE id IN (SELECT id FROM users WHERE active IS NULL LIMIT 5000);
    GET DIAGNOSTICS done = ROW_COUNT;
    EXIT WHEN done = 0;
    COMMIT;
  END LOOP;
END
$$;`;

const BACKFILL_PROC = `CREATE PROCEDURE backfill_active() LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET active = true WHERE id BETWEEN 1 AND 1000;
  COMMIT;
END
$$;`;

ruleTester(rule, {
  valid: [
    { name: 'wrapped in BEGIN … COMMIT', files: { 'V2__change.sql': 'BEGIN;\nCREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN x int;\nCOMMIT;\n' } },
    { name: 'START TRANSACTION … END', files: { 'V2__change.sql': 'START TRANSACTION;\nCREATE TABLE t (id int);\nEND;\n' } },
    { name: 'BEGIN WORK … COMMIT WORK, with comments around', files: { 'V2__change.sql': '-- header\nBEGIN WORK;\nCREATE TABLE t (id int);\nCOMMIT WORK;\n-- trailer\n' } },
    { name: 'SET before BEGIN', files: { 'V2__change.sql': "SET lock_timeout = '5s';\nBEGIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\n" } },
    { name: 'SET LOCAL inside the block', files: { 'V2__change.sql': "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\n" } },
    { name: 'SAVEPOINT inside the block', files: { 'V2__change.sql': 'BEGIN;\nSAVEPOINT a;\nCREATE TABLE t (id int);\nRELEASE SAVEPOINT a;\nCOMMIT;\n' } },
    { name: 'seed V009: only CREATE INDEX CONCURRENTLY, unwrapped', files: { 'V9__add_performance_indexes.sql': SEED_V009 } },
    { name: 'seed V013 fixed, mixed: true: CONCURRENTLY only, with ANALYZE', settings: mixed, files: { 'V2__change.sql': 'DROP INDEX CONCURRENTLY IF EXISTS idx_orders_created_at;\nCREATE INDEX CONCURRENTLY idx_orders_user_created ON orders (user_id, created_at DESC);\nANALYZE orders;\n' } },
    { name: 'seed V013 fixed: CONCURRENTLY only', files: { 'V2__change.sql': 'DROP INDEX CONCURRENTLY IF EXISTS idx_orders_created_at;\nCREATE INDEX CONCURRENTLY idx_orders_user_created ON orders (user_id, created_at DESC);\n' } },
    { name: 'VACUUM alone, unwrapped', files: { 'V2__change.sql': 'VACUUM (ANALYZE) orders;\n' } },
    { name: 'seed V014: ANALYZE only', files: { 'V14__maintenance_operations.sql': '-- Update statistics\nANALYZE;\n\n-- VACUUM ANALYZE orders;\n' } },
    { name: 'a batching DO block that COMMITs, alone and unwrapped', files: { 'V2__change.sql': BATCH_DO } },
    {
      name: 'CALL of a procedure that COMMITs, alone and unwrapped (defined by an earlier migration)',
      files: { 'V1__proc.sql': `BEGIN;\n${BACKFILL_PROC}\nCOMMIT;\n`, 'V2__change.sql': 'CALL backfill_active();\n' },
    },
    {
      name: 'CONCURRENTLY inside BEGIN … COMMIT: left to cannot-run-in-transaction',
      files: { 'V2__change.sql': 'BEGIN;\nALTER TABLE products ADD COLUMN name text;\nCREATE INDEX CONCURRENTLY idx_products_name ON products (name);\nCOMMIT;\n' },
    },
    { name: 'empty file', files: { 'V2__change.sql': '' } },
    { name: 'comment-only file', files: { 'V2__change.sql': '-- nothing yet\n/* still nothing */\n' } },
    { name: 'BEGIN; COMMIT; with nothing between', files: { 'V2__change.sql': 'BEGIN;\nCOMMIT;\n' } },
    { name: 'repeatable migrations are not checked', files: { 'R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1 AS x;\n' } },
    {
      name: 'rollback files are not checked',
      files: { 'V1__a.sql': 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n', 'rollback/V1__rollback.sql': 'DROP TABLE t;\n' },
    },
    { name: 'runner: unwrapped file', files: { 'V2__change.sql': 'CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN x int;\n' }, settings: runner },
    { name: 'runner: SAVEPOINT is fine', files: { 'V2__change.sql': 'SAVEPOINT a;\nCREATE TABLE t (id int);\nRELEASE SAVEPOINT a;\n' }, settings: runner },
    { name: 'runner: CONCURRENTLY alone', files: { 'V2__change.sql': 'CREATE INDEX CONCURRENTLY i ON orders (id);\n' }, settings: runner },
  ],
  invalid: [
    {
      name: 'no BEGIN at all',
      code: '-- add a column\nALTER TABLE users ADD COLUMN x int;\nUPDATE users SET x = 0 WHERE id = 1;\n',
      errors: [{ line: 2, column: 1, message: 'not wrapped in a transaction' }],
    },
    {
      name: 'no BEGIN, but a COMMIT at the end: one finding, naming the COMMIT',
      code: 'ALTER TABLE users ADD COLUMN x int;\nALTER TABLE users ADD COLUMN y int;\nCOMMIT;\n',
      errors: [{ line: 1, column: 1, message: 'the COMMIT on line 3 has no BEGIN' }],
    },
    {
      name: 'unclosed BEGIN',
      code: 'BEGIN;\nALTER TABLE users ADD COLUMN x int;\n',
      errors: [{ line: 1, column: 1, message: 'BEGIN without COMMIT' }],
    },
    {
      name: 'statement after COMMIT',
      code: 'BEGIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\n\n  CREATE TABLE audit (id int);\n',
      errors: [{ line: 5, column: 3, message: 'statement after the COMMIT on line 3 runs outside the transaction' }],
    },
    {
      name: 'statement before BEGIN',
      code: 'CREATE TABLE audit (id int);\nBEGIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\n',
      errors: [{ line: 1, column: 1, message: 'statement before BEGIN' }],
    },
    {
      name: 'one finding per run of statements outside the block',
      code: 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nBEGIN;\nCREATE TABLE c (id int);\nCOMMIT;\nCREATE TABLE d (id int);\nCREATE TABLE e (id int);\n',
      errors: [
        { line: 1, column: 1, message: 'statement before BEGIN' },
        { line: 6, column: 1, message: 'after the COMMIT on line 5' },
      ],
    },
    {
      name: 'two transaction blocks',
      code: 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nBEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\n',
      errors: [{ line: 4, column: 1, message: 'a second transaction block (the first one was committed on line 3)' }],
    },
    {
      name: 'nested BEGIN',
      code: 'BEGIN;\nCREATE TABLE a (id int);\n  BEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\n',
      errors: [{ line: 3, column: 3, message: 'BEGIN inside the transaction opened on line 1' }],
    },
    {
      name: 'nested BEGIN and a second COMMIT: what follows the first COMMIT runs outside',
      code: 'BEGIN;\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nCREATE TABLE b (id int);\nCOMMIT;\n',
      errors: [
        { line: 2, column: 1, message: 'there is already a transaction in progress' },
        { line: 5, column: 1, message: 'after the COMMIT on line 4' },
        { line: 6, column: 1, message: 'COMMIT with no transaction open (the block was already ended on line 4)' },
      ],
    },
    {
      name: 'COMMIT without BEGIN before a block',
      code: 'CREATE TABLE a (id int);\nCOMMIT;\nBEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\n',
      errors: [
        { line: 1, column: 1, message: 'statement before BEGIN' },
        { line: 2, column: 1, message: 'COMMIT without a BEGIN' },
      ],
    },
    {
      name: 'ROLLBACK at the end',
      code: 'BEGIN;\nCREATE TABLE a (id int);\nROLLBACK;\n',
      errors: [{ line: 3, column: 1, message: 'ROLLBACK in a migration' }],
    },
    {
      name: 'ABORT is a ROLLBACK',
      code: 'BEGIN;\nCREATE TABLE a (id int);\nABORT;\n',
      errors: [{ line: 3, column: 1, message: 'ROLLBACK in a migration' }],
    },
    {
      name: 'PREPARE TRANSACTION leaves the changes pending',
      code: "BEGIN;\nCREATE TABLE a (id int);\nPREPARE TRANSACTION 'm2';\n",
      errors: [{ line: 3, column: 1, message: 'COMMIT PREPARED' }],
    },
    {
      name: 'START TRANSACTION without END',
      code: 'START TRANSACTION;\nCREATE TABLE a (id int);\n',
      errors: [{ line: 1, column: 1, message: 'BEGIN without COMMIT' }],
    },
    {
      name: 'SET LOCAL before BEGIN has no effect',
      code: "SET LOCAL lock_timeout = '5s';\nBEGIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\n",
      errors: [{ line: 1, column: 1, message: 'SET LOCAL can only be used in transaction blocks' }],
    },
    {
      name: 'COMMIT AND CHAIN (issue #12): one finding, at the chain; SET LOCAL after it is inside the chained block, and so are the ALTER and the final COMMIT',
      code: "BEGIN;\nALTER TABLE users ADD COLUMN a int;\nCOMMIT AND CHAIN;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE users ADD COLUMN b int;\nCOMMIT;\n",
      errors: [{ line: 3, column: 1, message: 'COMMIT AND CHAIN commits the transaction opened on line 1 and at once starts a new one (same isolation level and access mode) for the statements after it: if one of them fails, what was committed here stays' }],
    },
    {
      name: 'ROLLBACK AND CHAIN: the rollback is reported, and the chained block goes on to the COMMIT',
      code: 'BEGIN;\nCREATE TABLE a (id int);\nROLLBACK AND CHAIN;\nCREATE TABLE b (id int);\nCOMMIT;\n',
      errors: [{ line: 3, column: 1, message: 'ROLLBACK AND CHAIN in a migration: everything before it in the transaction is undone' }],
    },
    {
      name: 'BEGIN inside a chained transaction',
      code: 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT AND CHAIN;\nBEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\n',
      errors: [
        { line: 3, column: 1, message: 'COMMIT AND CHAIN commits the transaction opened on line 1' },
        { line: 4, column: 1, message: 'BEGIN inside the transaction started by the COMMIT AND CHAIN on line 3: PostgreSQL only warns "there is already a transaction in progress"' },
      ],
    },
    {
      name: 'COMMIT AND CHAIN at the end: the chained transaction is never committed',
      code: 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT AND CHAIN;\n',
      errors: [
        { line: 3, column: 1, message: 'COMMIT AND CHAIN commits the transaction opened on line 1' },
        { line: 3, column: 1, message: 'COMMIT AND CHAIN starts a new transaction that no COMMIT ends' },
      ],
    },
    {
      name: 'COMMIT AND CHAIN outside a block fails',
      code: 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nCOMMIT AND CHAIN;\n',
      errors: [{ line: 4, column: 1, message: 'COMMIT AND CHAIN outside a transaction block fails: PostgreSQL raises "COMMIT AND CHAIN can only be used in transaction blocks" (SQLSTATE 25P01)' }],
    },
    {
      name: 'SAVEPOINT outside a block fails',
      code: 'SAVEPOINT a;\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n',
      errors: [{ line: 1, column: 1, message: 'SAVEPOINT outside a transaction block fails: PostgreSQL raises "SAVEPOINT can only be used in transaction blocks" (SQLSTATE 25P01)' }],
    },
    {
      name: 'statements after PREPARE TRANSACTION run outside any transaction',
      code: "BEGIN;\nCREATE TABLE a (id int);\nPREPARE TRANSACTION 'm2';\nCREATE TABLE b (id int);\n",
      errors: [
        { line: 3, column: 1, message: 'COMMIT PREPARED' },
        { line: 4, column: 1, message: 'statement after the PREPARE TRANSACTION on line 3 runs outside the transaction' },
      ],
    },
    {
      name: 'END and ROLLBACK outside a block only warn: the stray one is named',
      code: 'CREATE TABLE a (id int);\nROLLBACK;\n',
      errors: [{ line: 1, column: 1, message: 'the ROLLBACK on line 2 has no BEGIN: PostgreSQL only warns "there is no transaction in progress"' }],
    },
    {
      name: 'mixed: true, seed V013: DROP INDEX without CONCURRENTLY mixed with CREATE INDEX CONCURRENTLY',
      settings: mixed,
      files: { 'V13__optimize_indexes.sql': SEED_V013 },
      errors: [{ line: 8, column: 1, message: /^CREATE INDEX CONCURRENTLY cannot run inside a transaction, but .*\(line 4\)/ }],
    },
    {
      name: 'mixed: true, CONCURRENTLY after a block: mixed',
      settings: mixed,
      code: 'BEGIN;\nALTER TABLE products ADD COLUMN name text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY idx_products_name ON products (name);\n',
      errors: [{ line: 4, column: 1, message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction, but this migration also has statements that must be atomic (line 2)' }],
    },
    {
      name: 'mixed: true, VACUUM mixed with an UPDATE',
      settings: mixed,
      code: 'UPDATE users SET x = 0 WHERE id = 1;\nVACUUM users;\n',
      errors: [{ line: 2, column: 1, message: 'VACUUM cannot run inside a transaction' }],
    },
    {
      name: 'mixed: true, a batching DO block mixed with DDL',
      settings: mixed,
      code: `ALTER TABLE users ADD COLUMN active boolean;\n${BATCH_DO}\n`,
      errors: [{ line: 2, column: 1, message: 'a DO block that COMMITs or ROLLBACKs cannot run inside a transaction' }],
    },
    {
      name: 'mixed: true, CALL of a committing procedure defined in the same file, mixed',
      settings: mixed,
      code: `${BACKFILL_PROC}\nCALL backfill_active();\n`,
      errors: [{ line: 7, column: 1, message: 'CALL backfill_active(), a procedure that COMMITs or ROLLBACKs cannot run inside a transaction' }],
    },
    {
      name: 'mixed: false (the default): the seed V013 is refused by migrate, at the first statement of the other kind',
      files: { 'V13__optimize_indexes.sql': SEED_V013 },
      errors: [{ line: 8, column: 1, message: /^migrate refuses this migration before running anything: CREATE INDEX CONCURRENTLY \(line 8\) cannot run in a transaction, and line 4 is a statement that can/ }],
    },
    {
      name: 'mixed: false: SET before CREATE INDEX CONCURRENTLY is refused as Flyway refuses it (a SET counts)',
      code: "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY idx_users_email ON users (email);\n",
      errors: [{ line: 2, column: 1, message: REFUSED }],
    },
    {
      name: 'mixed: false: ANALYZE after CONCURRENTLY is refused',
      code: 'CREATE INDEX CONCURRENTLY idx_users_email ON users (email);\nANALYZE users;\n',
      errors: [{ line: 2, column: 1, message: REFUSED }],
    },
    {
      name: 'mixed: false: CONCURRENTLY after a committed block',
      code: 'BEGIN;\nALTER TABLE products ADD COLUMN name text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY idx_products_name ON products (name);\n',
      errors: [{ line: 4, column: 1, message: REFUSED }],
    },
    {
      name: 'runner: explicit BEGIN and COMMIT',
      code: 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n',
      settings: runner,
      errors: [
        { line: 1, column: 1, message: 'explicit BEGIN with `transactions: runner`' },
        { line: 3, column: 1, message: "explicit COMMIT with `transactions: runner`: the runner already wraps the migration in a transaction, so this commits the runner's transaction early" },
      ],
    },
    {
      name: 'runner: ROLLBACK',
      code: 'CREATE TABLE a (id int);\nROLLBACK;\n',
      settings: runner,
      errors: [{ line: 2, column: 1, message: 'records the migration as applied' }],
    },
    {
      name: 'runner, mixed: true: mixing is still flagged',
      code: 'CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY i ON orders (id);\n',
      settings: { ...runner, ...mixed },
      errors: [{ line: 2, column: 1, message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction' }],
    },
    {
      name: 'runner: a mixed file is refused',
      code: 'CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY i ON orders (id);\n',
      settings: runner,
      errors: [{ line: 2, column: 1, message: REFUSED }],
    },
    {
      name: 'only versioned files: the versioned one is flagged, the repeatable and rollback are not',
      files: {
        'V1__a.sql': 'CREATE TABLE a (id int);\n',
        'R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1 AS x;\n',
        'rollback/V1__rollback.sql': 'DROP TABLE a;\n',
      },
      errors: [{ file: 'V1__a.sql', line: 1, column: 1, message: 'not wrapped' }],
    },
  ],
});

describe('issue #12, item 5: COMMIT AND CHAIN, with every rule', () => {
  it('no rule says SET LOCAL has no effect, that a statement runs outside the transaction, or that no transaction is in progress', () => {
    const findings = lintSpec({
      files: {
        'V1__users.sql': 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY);\nCOMMIT;\n',
        'V2__chain.sql': "BEGIN;\nUPDATE users SET id = id WHERE id = 1;\nCOMMIT AND CHAIN;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\n",
      },
    }).filter((f) => f.file === 'migrations/V2__chain.sql');
    const messages = findings.map((f) => `${f.rule}: ${f.message}`);
    expect(messages.filter((m) => /has no effect|outside the transaction|no transaction in progress|no lock_timeout/.test(m))).toEqual([]);
    expect(findings.filter((f) => f.rule === 'transaction-wrapping').map((f) => f.line)).toEqual([3]);
  });
});

describe('transaction-wrapping help for a COMMIT after ALTER TYPE … ADD VALUE', () => {
  it('under a wrapping runner, says to split the migration where the new value starts being used', () => {
    const spec = { settings: runner, files: { 'V2__status.sql': "ALTER TYPE status ADD VALUE 'archived';\nCOMMIT;\nUPDATE items SET status = 'archived' WHERE id = 1;\n" } };
    const [f] = lintSpec(spec, [rule]);
    expect(f!.line).toBe(2);
    expect(f!.help).toMatch(/^Split the migration: ALTER TYPE … ADD VALUE/);
    const other = lintSpec({ settings: runner, files: { 'V2__x.sql': "ALTER TYPE status RENAME VALUE 'a' TO 'b';\nCOMMIT;\n" } }, [rule]);
    expect(other[0]!.help).toMatch(/^Remove BEGIN\/COMMIT/);
  });
});

describe('transaction-wrapping and migrate agree on mixed files (mixed: false)', () => {
  const FILES = [
    "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY i ON users (email);\n",
    'CREATE INDEX CONCURRENTLY i ON users (email);\nANALYZE users;\n',
    'CREATE INDEX CONCURRENTLY i ON users (email);\nDROP INDEX CONCURRENTLY j;\n',
    'BEGIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\nVACUUM users;\n',
    'VACUUM users;\n',
    'BEGIN;\nALTER TABLE users ADD COLUMN x int;\nCOMMIT;\n',
    `${BATCH_DO}\n`,
    `ALTER TABLE users ADD COLUMN active boolean;\n${BATCH_DO}\n`,
  ];
  it.each(FILES)('%s', (sql) => {
    const project = makeProject({ files: { 'V2__change.sql': sql } });
    const file = project.migrations[0]!;
    let refused = false;
    try {
      planFile(file, undefined, { mixed: false });
    } catch (e) {
      refused = e instanceof ApplyError && /Detected both transactional and non-transactional/.test(e.message);
    }
    const reported = lintSpec({ files: { 'V2__change.sql': sql } }, [rule]).some((f) => /^migrate refuses this migration/.test(f.message));
    expect(reported).toBe(refused);
  });
});
