import { describe, expect, it } from 'vitest';
import rule from '../../rules/unique-constraint-without-index.js';
import { lintSpec, ruleTester, type ProjectSpec } from '../helpers/rule-tester.js';

const init = 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE TABLE legacy_codes (code text NOT NULL, label text);\nCOMMIT;\n';
const events = 'BEGIN;\nCREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);\nCOMMIT;\n';

/** The safe pattern: build the unique index concurrently, then attach it as the constraint. */
const SAFE_UNIQUE: ProjectSpec & { name: string } = {
  name: 'safe pattern: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX',
  files: {
    'V1__init.sql': init,
    'V2__users_email_index.sql': 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);',
    'V3__users_email_unique.sql':
      "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;\nCOMMIT;",
  },
};

const SAFE_PRIMARY_KEY: ProjectSpec & { name: string } = {
  name: 'safe pattern: CREATE UNIQUE INDEX CONCURRENTLY on NOT NULL columns, then ADD PRIMARY KEY USING INDEX',
  files: {
    'V1__init.sql': init,
    'V2__legacy_codes_index.sql': 'CREATE UNIQUE INDEX CONCURRENTLY legacy_codes_pkey ON legacy_codes (code);',
    'V3__legacy_codes_pkey.sql':
      "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE legacy_codes ADD CONSTRAINT legacy_codes_pkey PRIMARY KEY USING INDEX legacy_codes_pkey;\nCOMMIT;",
  },
};

ruleTester(rule, {
  valid: [
    SAFE_UNIQUE,
    SAFE_PRIMARY_KEY,
    'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;',
    'ALTER TABLE users ADD PRIMARY KEY USING INDEX users_id_idx;',
    'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);',
    // a table created in the same file is empty
    'BEGIN;\nCREATE TABLE accounts (id bigint, email text);\nALTER TABLE accounts ADD PRIMARY KEY (id);\nALTER TABLE accounts ADD UNIQUE (email);\nCOMMIT;',
    'CREATE TABLE accounts (id bigint PRIMARY KEY, email text UNIQUE, UNIQUE (id, email));',
    {
      name: 'with --base, a table created by another new migration of the change set is new',
      base: { 'V1__init.sql': init },
      files: {
        'V1__init.sql': init,
        'V2__accounts.sql': 'BEGIN;\nCREATE TABLE accounts (id bigint, email text);\nCOMMIT;',
        'V3__accounts_keys.sql': 'BEGIN;\nALTER TABLE accounts ADD PRIMARY KEY (id), ADD UNIQUE (email);\nCOMMIT;',
      },
    },
    // other constraints are other rules' business
    'ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> \'\') NOT VALID;',
    // dynamic SQL: the linter cannot see it and stays quiet
    "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE users ADD UNIQUE (email)';\nEND $$;",
    { files: { 'V2__ok.sql': 'SELECT 1;', 'seeds/dev.sql': 'ALTER TABLE users ADD UNIQUE (email);' } },
  ],
  invalid: [
    {
      code: 'BEGIN;\nALTER TABLE users\n  ADD CONSTRAINT users_email_key UNIQUE (email);\nCOMMIT;',
      errors: [{ line: 3, column: 7, message: 'ADD UNIQUE on existing table users builds its unique index while holding ACCESS EXCLUSIVE on users: all reads and writes wait' }],
    },
    { code: 'ALTER TABLE users ADD UNIQUE NULLS NOT DISTINCT (email);', errors: [{ line: 1, column: 23 }] },
    { code: 'ALTER TABLE billing.invoices ADD PRIMARY KEY (id);', errors: [{ line: 1, column: 34, message: 'ADD PRIMARY KEY on existing table billing.invoices' }] },
    {
      name: 'a UNIQUE column added to an existing table',
      code: 'ALTER TABLE users ADD COLUMN handle text UNIQUE;',
      errors: [{ line: 1, column: 42, message: 'ADD COLUMN handle … UNIQUE on existing table users' }],
    },
    {
      name: 'an identity PRIMARY KEY column added to an existing table',
      code: 'ALTER TABLE legacy_codes ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
      errors: [{ line: 1, column: 76, message: 'ADD COLUMN id … PRIMARY KEY' }],
    },
    {
      name: 'inside a DO block',
      code: 'DO $$\nBEGIN\n  ALTER TABLE users ADD UNIQUE (email);\nEND $$;',
      errors: [{ line: 3, column: 25 }],
    },
    {
      name: 'without --base, a table created by an earlier migration existed before',
      files: { 'V1__init.sql': init, 'V2__unique.sql': 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);' },
      errors: [{ file: 'V2__unique.sql', line: 1, column: 23 }],
    },
    {
      name: 'partitioned table: help goes through the partitions',
      files: { 'V1__events.sql': events, 'V2__unique.sql': 'ALTER TABLE events ADD UNIQUE (id, at);' },
      errors: [{ file: 'V2__unique.sql', line: 1, column: 24 }],
    },
    {
      name: 'USING INDEX on a partitioned table is rejected by PostgreSQL',
      files: { 'V1__events.sql': events, 'V2__unique.sql': 'ALTER TABLE events ADD CONSTRAINT events_key UNIQUE USING INDEX events_idx;' },
      errors: [{ file: 'V2__unique.sql', line: 1, column: 24, message: 'is not supported on partitioned tables' }],
    },
  ],
});

describe('unique-constraint-without-index', () => {
  it('help for PRIMARY KEY says the columns must be NOT NULL first', () => {
    const [f] = lintSpec({ files: { 'V2__pk.sql': 'ALTER TABLE legacy_codes ADD PRIMARY KEY (code);' } }, [rule]);
    expect(f!.help).toContain('PRIMARY KEY USING INDEX');
    expect(f!.help).toContain('NOT NULL');
  });

  it('help for a partitioned table goes through the partitions', () => {
    const [f] = lintSpec({ files: { 'V1__events.sql': events, 'V2__unique.sql': 'ALTER TABLE events ADD UNIQUE (id, at);' } }, [rule]);
    expect(f!.help).toContain('On each partition of events');
  });

  for (const spec of [SAFE_UNIQUE, SAFE_PRIMARY_KEY]) {
    it(`${spec.name}: no rule has anything to say (but rollback-missing and migration-documented)`, () => {
      const found = lintSpec(spec).filter((f) => f.rule !== 'rollback-missing' && f.rule !== 'migration-documented');
      expect(found).toEqual([]);
    });
  }
});
