/**
 * The statement forms the differential suite applies to a populated table, and the migration that
 * creates and fills that table. Each form is what a migration would say; the suite runs it on
 * PostgreSQL and asks lint about it, and nothing here says what either of them should answer.
 */

/** The earlier migration (V1): the tables every form runs against, 2,000 rows each. */
export const SCHEMA = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE mood2 AS ENUM ('sad', 'ok', 'happy', 'ecstatic');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN plainint AS integer;
CREATE DOMAIN shorttext AS text CHECK (length(VALUE) <= 20);
CREATE DOMAIN plaintext AS text;
CREATE SEQUENCE t_counter;
CREATE TABLE ref (id integer PRIMARY KEY) WITH (autovacuum_enabled = false);
CREATE TABLE t (
  id integer PRIMARY KEY,
  ref_id integer NOT NULL,
  n integer,
  big bigint NOT NULL,
  sm smallint,
  a text NOT NULL,
  b text,
  s text,
  j text,
  v varchar(20),
  c char(5),
  amount numeric(10,2) NOT NULL,
  f real,
  at timestamp,
  at3 timestamp(3),
  atz timestamptz,
  day date,
  flag boolean,
  doc jsonb,
  m mood,
  p posint,
  pi plainint,
  d plaintext,
  ip cidr,
  bits varbit(8),
  tags integer[]
) WITH (autovacuum_enabled = false);
CREATE TABLE u (id integer NOT NULL, x integer) WITH (autovacuum_enabled = false);
INSERT INTO ref SELECT g FROM generate_series(1, 2000) g;
INSERT INTO t
SELECT g, g, g, g * 1000, g % 100, 'row ' || g, 'b' || g, g::text, '{"k": ' || g || '}', 'v' || g, 'c' || (g % 1000),
       g * 1.25, g / 4.0, timestamp '2024-01-01' + g * interval '1 hour', timestamp '2024-01-01' + g * interval '1 minute',
       timestamptz '2024-01-01 00:00+00' + g * interval '1 hour', date '2024-01-01' + g, g % 2 = 0,
       jsonb_build_object('k', g), (ARRAY['sad', 'ok', 'happy'])[g % 3 + 1]::mood, g, g, 'd' || g,
       ('10.' || (g / 256) || '.' || (g % 256) || '.0/24')::cidr, (g % 256)::bit(8)::varbit, ARRAY[g, g + 1]
  FROM generate_series(1, 2000) g;
INSERT INTO u SELECT g, g FROM generate_series(1, 2000) g;
CREATE INDEX t_n_idx ON t (n);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_v_idx ON t (v);
CREATE INDEX t_at_idx ON t (at);
CREATE INDEX t_amount_idx ON t (amount);
CREATE UNIQUE INDEX t_big_uidx ON t (big);
CREATE UNIQUE INDEX u_id_uidx ON u (id);
CREATE UNIQUE INDEX u_x_uidx ON u (x);
ANALYZE ref, t, u;
`;

export interface Form {
  /** What the table shows (the statement, shortened). */
  name: string;
  category: 'add column' | 'column type' | 'set not null' | 'constraint' | 'index' | 'dml' | 'alter' | 'matrix';
  /** The statement(s) judged: the migration under test, run inside BEGIN … ROLLBACK. */
  sql: string;
  /** The populated table it acts on (default t). */
  table?: string;
  /** Statements before it in the same migration and transaction (SET TimeZone …). */
  pre?: string;
  /** Earlier migrations, committed before the form runs and undone by `teardown` after it. */
  setup?: string[];
  teardown?: string;
  /** Cannot run in a transaction block (CONCURRENTLY, VACUUM): run alone; locks are not observable. */
  autocommit?: boolean;
  /** The PostgreSQL major version that accepts the syntax (older ones refuse it: observed, not judged). */
  since?: number;
  /** The SQLSTATE it fails with on the populated table (a data fact, not a lock/rewrite/scan claim). */
  fails?: string;
}

const addColumn = (def: string, table = 't'): Form => ({
  name: `ADD COLUMN ${def}${table === 't' ? '' : ` (on ${table})`}`,
  category: 'add column',
  sql: `ALTER TABLE ${table} ADD COLUMN ${def}`,
  table,
});

const ADD_COLUMN: Form[] = [
  // no default
  ...['x integer', 'x text', 'x jsonb', 'x mood', 'x integer NULL', 'x integer[]'].map((d) => addColumn(d)),
  // constants
  ...[
    'x integer DEFAULT 0', 'x integer DEFAULT -1', "x text DEFAULT 'active'", 'x boolean DEFAULT true', 'x integer DEFAULT NULL',
    "x jsonb DEFAULT '{}'::jsonb", 'x numeric(10,2) DEFAULT 1.50', "x mood DEFAULT 'ok'", 'x text[] DEFAULT ARRAY[]::text[]',
    'x integer[] DEFAULT ARRAY[1, 2]', "x text DEFAULT 'a' || 'b'", 'x integer DEFAULT 1 + 1', "x date DEFAULT '2024-01-01'",
    "x uuid DEFAULT '00000000-0000-0000-0000-000000000000'", "x interval DEFAULT '1 day'", 'x text COLLATE "C" DEFAULT \'a\'',
    'x integer DEFAULT coalesce(NULL, 1)', 'x integer DEFAULT greatest(1, 2)', "x text DEFAULT CASE WHEN true THEN 'y' ELSE 'n' END",
  ].map((d) => addColumn(d)),
  // stable
  ...[
    'x timestamptz DEFAULT now()', 'x timestamptz DEFAULT CURRENT_TIMESTAMP', 'x date DEFAULT CURRENT_DATE',
    'x timestamp DEFAULT LOCALTIMESTAMP', 'x timestamptz DEFAULT statement_timestamp()', 'x timestamptz DEFAULT transaction_timestamp()',
    "x text DEFAULT current_setting('application_name')", "x timestamptz DEFAULT now() + interval '30 days'", 'x name DEFAULT current_user',
    'x text DEFAULT current_database()', "x text DEFAULT to_char(now(), 'YYYY')", "x text DEFAULT concat('a', 'b')",
    "x text DEFAULT format('%s-%s', 'a', 'b')", 'x jsonb DEFAULT to_jsonb(now())', 'x bigint DEFAULT txid_current()',
    'x date DEFAULT now()::date', "x jsonb DEFAULT jsonb_build_object('v', 1)",
  ].map((d) => addColumn(d)),
  // volatile
  ...[
    'x double precision DEFAULT random()', 'x timestamptz DEFAULT clock_timestamp()', 'x uuid DEFAULT gen_random_uuid()',
    'x text DEFAULT timeofday()', 'x integer DEFAULT (random() * 100)::integer', "x bigint DEFAULT nextval('t_counter')",
    'x text DEFAULT md5(random()::text)', 'x uuid NOT NULL DEFAULT gen_random_uuid()', 'x text DEFAULT random()::text',
  ].map((d) => addColumn(d)),
  { ...addColumn('x double precision DEFAULT random_normal()'), since: 16 },
  // immutable built-ins
  ...[
    'x double precision DEFAULT sqrt(2)', 'x int4range DEFAULT int4range(1, 10)', "x text DEFAULT regexp_replace('abc', 'b', 'x')",
    'x double precision DEFAULT pi()', 'x double precision DEFAULT power(2, 10)', 'x integer DEFAULT abs(-5)', "x text DEFAULT lower('ABC')",
    "x text DEFAULT upper('abc')", "x integer DEFAULT length('abc')", "x text DEFAULT md5('abc')", "x text DEFAULT left('abc', 2)",
    "x text DEFAULT split_part('a,b', ',', 1)", 'x date DEFAULT make_date(2024, 1, 1)', 'x numrange DEFAULT numrange(1, 2)',
    "x daterange DEFAULT daterange('2024-01-01', '2024-02-01')", 'x point DEFAULT point(1, 2)', "x text DEFAULT btrim('  a  ')",
    'x numeric DEFAULT round(2.567, 2)', 'x integer DEFAULT mod(7, 3)', 'x text DEFAULT chr(65)', "x text DEFAULT repeat('a', 3)",
    "x text DEFAULT replace('abc', 'b', 'x')", "x text DEFAULT translate('abc', 'b', 'x')",
    'x integer DEFAULT array_length(ARRAY[1, 2, 3], 1)', "x text DEFAULT pg_catalog.lower('X')",
  ].map((d) => addColumn(d)),
  // casts
  ...[
    "x integer DEFAULT '42'::integer", "x integer DEFAULT CAST('42' AS integer)", 'x date DEFAULT CAST(now() AS date)',
    'x text DEFAULT now()::text', "x varchar(10) DEFAULT 'abc'::varchar(10)", "x mood DEFAULT 'happy'::mood",
    'x numeric(10,2) DEFAULT 5::numeric(10,2)',
  ].map((d) => addColumn(d)),
  // serial, identity, generated
  ...[
    'x serial', 'x bigserial', 'x smallserial', 'x integer GENERATED ALWAYS AS IDENTITY', 'x bigint GENERATED BY DEFAULT AS IDENTITY',
    'x serial UNIQUE', 'x integer GENERATED ALWAYS AS (n * 2) STORED', 'x text GENERATED ALWAYS AS (lower(a)) STORED',
  ].map((d) => addColumn(d)),
  { ...addColumn('x integer GENERATED ALWAYS AS (n * 2) VIRTUAL'), since: 18 },
  // domains
  ...['x posint', 'x posint DEFAULT 1', 'x plainint', 'x plainint DEFAULT 1', "x plaintext DEFAULT 'a'", "x shorttext DEFAULT 'a'", 'x shorttext'].map((d) =>
    addColumn(d),
  ),
  // NOT NULL, with and without a default
  ...[
    'x integer NOT NULL', 'x integer NOT NULL DEFAULT 0', "x text NOT NULL DEFAULT ''", 'x timestamptz NOT NULL DEFAULT now()',
    'x integer NOT NULL DEFAULT NULL', 'x posint NOT NULL DEFAULT 1',
  ].map((d) => addColumn(d)),
  addColumn('x2 integer PRIMARY KEY', 'u'),
  // constraints on the new column
  ...[
    'x integer CHECK (x > 0)', 'x integer DEFAULT 1 CHECK (x > 0)', 'x integer REFERENCES ref (id)', 'x integer DEFAULT 1 REFERENCES ref (id)',
    'x integer UNIQUE',
  ].map((d) => addColumn(d)),
  // Every one of the 2,000 rows gets 1: the unique index cannot be built (a fact of the data, which lint does not see).
  { ...addColumn('x integer DEFAULT 1 UNIQUE'), fails: '23505' },
  { name: 'ADD COLUMN x integer DEFAULT 0, ADD COLUMN y uuid DEFAULT gen_random_uuid()', category: 'add column', sql: 'ALTER TABLE t ADD COLUMN x integer DEFAULT 0, ADD COLUMN y uuid DEFAULT gen_random_uuid()' },
  { name: 'ADD COLUMN IF NOT EXISTS n integer (exists)', category: 'add column', sql: 'ALTER TABLE t ADD COLUMN IF NOT EXISTS n integer' },
  { name: 'ADD COLUMN IF NOT EXISTS x uuid DEFAULT gen_random_uuid()', category: 'add column', sql: 'ALTER TABLE t ADD COLUMN IF NOT EXISTS x uuid DEFAULT gen_random_uuid()' },
];

const typeChange = (column: string, type: string, pre?: string): Form => ({
  name: `${pre ? `${pre}; ` : ''}ALTER COLUMN ${column} TYPE ${type}`,
  category: 'column type',
  sql: `ALTER TABLE t ALTER COLUMN ${column} TYPE ${type}`,
  pre,
});

const COLUMN_TYPE: Form[] = [
  ...(
    [
      ['v', 'varchar(50)'], ['v', 'varchar(10)'], ['v', 'text'], ['v', 'varchar'], ['v', 'varchar(20)'], ['v', 'varchar(50) COLLATE "C"'],
      ['a', 'varchar(10)'], ['a', 'varchar'], ['a', 'text COLLATE "C"'], ['a', 'shorttext'], ['a', 'plaintext'],
      ['n', 'bigint'], ['n', 'numeric'], ['n', 'smallint'], ['n', 'text'], ['n', 'double precision'], ['n', 'posint'], ['n', 'plainint'],
      ['n', 'integer'], ['n', 'bigint USING n::bigint'], ['n', 'integer USING n + 1'], ['n', 'bigint USING n'],
      ['amount', 'numeric(12,2)'], ['amount', 'numeric(10,3)'], ['amount', 'numeric'], ['amount', 'numeric(8,2)'], ['amount', 'numeric(12,4)'],
      ['amount', 'double precision'], ['amount', 'numeric(12,2) USING amount'],
      ['at', 'timestamp(3)'], ['at', 'date'], ['at3', 'timestamp'], ['at3', 'timestamp(6)'], ['at', "timestamptz USING at AT TIME ZONE 'UTC'"],
      ['j', 'jsonb USING j::jsonb'], ['s', 'integer USING s::integer'], ['doc', 'text'], ['doc', 'json'],
      ['m', 'text'], ['m', 'text USING m::text'], ['m', 'mood2 USING m::text::mood2'],
      ['p', 'integer'], ['p', 'bigint'], ['pi', 'integer'], ['d', 'text'], ['b', 'plaintext'], ['b', 'shorttext'],
      ['sm', 'integer'], ['big', 'integer'], ['f', 'double precision'], ['flag', 'integer USING flag::integer'],
      ['ip', 'inet'], ['bits', 'varbit(16)'], ['bits', 'bit varying'], ['c', 'char(10)'], ['c', 'text'], ['c', 'varchar(5)'],
      ['tags', 'bigint[]'], ['day', 'timestamp'],
    ] as const
  ).map(([c, t]) => typeChange(c, t)),
  // timestamp ↔ timestamptz depends on the session TimeZone
  ...['UTC', 'GMT', 'Europe/Paris', 'America/New_York'].flatMap((tz) => [
    typeChange('at', 'timestamptz', `SET TimeZone = '${tz}'`),
    typeChange('atz', 'timestamp', `SET TimeZone = '${tz}'`),
  ]),
  typeChange('at', 'timestamptz'),
  typeChange('at', 'timestamp with time zone', "SET TimeZone = 'UTC'"),
  { name: 'ALTER COLUMN n TYPE bigint, ALTER COLUMN v TYPE text', category: 'column type', sql: 'ALTER TABLE t ALTER COLUMN n TYPE bigint, ALTER COLUMN v TYPE text' },
  { name: 'ALTER COLUMN v SET DATA TYPE varchar(40)', category: 'column type', sql: 'ALTER TABLE t ALTER COLUMN v SET DATA TYPE varchar(40)' },
];

const dropCheck = 'ALTER TABLE t DROP CONSTRAINT IF EXISTS t_n_nn';
const afterCheck = (label: string, ...setup: string[]): Form => ({
  name: `SET NOT NULL n after ${label}`,
  category: 'set not null',
  sql: 'ALTER TABLE t ALTER COLUMN n SET NOT NULL',
  setup,
  teardown: dropCheck,
});

const SET_NOT_NULL: Form[] = [
  { name: 'SET NOT NULL n (no CHECK)', category: 'set not null', sql: 'ALTER TABLE t ALTER COLUMN n SET NOT NULL' },
  afterCheck('a validated CHECK (n IS NOT NULL)', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n IS NOT NULL);'),
  afterCheck('CHECK (n IS NOT NULL) NOT VALID', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n IS NOT NULL) NOT VALID;'),
  afterCheck('NOT VALID then VALIDATE (two migrations)', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n IS NOT NULL) NOT VALID;', 'ALTER TABLE t VALIDATE CONSTRAINT t_n_nn;'),
  afterCheck('CHECK (n > 0)', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n > 0);'),
  afterCheck('CHECK (n IS NOT NULL AND n > 0)', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n IS NOT NULL AND n > 0);'),
  afterCheck('CHECK (n BETWEEN 1 AND 100000)', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n BETWEEN 1 AND 100000);'),
  afterCheck('CHECK (NOT (n IS NULL))', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (NOT (n IS NULL));'),
  afterCheck('CHECK (n IS NOT NULL OR b IS NOT NULL)', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n IS NOT NULL OR b IS NOT NULL);'),
  afterCheck('CHECK (b IS NOT NULL) (another column)', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (b IS NOT NULL);'),
  afterCheck('CHECK (coalesce(n, 0) >= 0)', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (coalesce(n, 0) >= 0);'),
  afterCheck('CHECK (n IS NOT NULL) NOT VALID, VALIDATE in the same migration', 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n IS NOT NULL) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT t_n_nn;'),
  {
    name: 'ADD CHECK (n IS NOT NULL); SET NOT NULL n (one transaction)',
    category: 'set not null',
    sql: 'ALTER TABLE t ADD CONSTRAINT t_n_nn CHECK (n IS NOT NULL);\nALTER TABLE t ALTER COLUMN n SET NOT NULL',
  },
  { name: 'SET NOT NULL a (already NOT NULL)', category: 'set not null', sql: 'ALTER TABLE t ALTER COLUMN a SET NOT NULL' },
  { name: 'SET NOT NULL p (domain column)', category: 'set not null', sql: 'ALTER TABLE t ALTER COLUMN p SET NOT NULL' },
  { name: 'SET NOT NULL n, SET NOT NULL b', category: 'set not null', sql: 'ALTER TABLE t ALTER COLUMN n SET NOT NULL, ALTER COLUMN b SET NOT NULL' },
  { name: 'SET NOT NULL x (on u)', category: 'set not null', sql: 'ALTER TABLE u ALTER COLUMN x SET NOT NULL', table: 'u' },
  { name: 'ADD CONSTRAINT t_n_nn NOT NULL n', category: 'set not null', sql: 'ALTER TABLE t ADD CONSTRAINT t_n_nn NOT NULL n', since: 18 },
  { name: 'ADD CONSTRAINT t_n_nn NOT NULL n NOT VALID', category: 'set not null', sql: 'ALTER TABLE t ADD CONSTRAINT t_n_nn NOT NULL n NOT VALID', since: 18 },
];

const con = (name: string, sql: string, table = 't', extra: Partial<Form> = {}): Form => ({ name, category: 'constraint', sql, table, ...extra });

const CONSTRAINT: Form[] = [
  con('ADD CHECK (n > 0)', 'ALTER TABLE t ADD CONSTRAINT t_n_pos CHECK (n > 0)'),
  con('ADD CHECK (n > 0) NOT VALID', 'ALTER TABLE t ADD CONSTRAINT t_n_pos CHECK (n > 0) NOT VALID'),
  con('ADD CHECK (n > 0) NO INHERIT', 'ALTER TABLE t ADD CONSTRAINT t_n_pos CHECK (n > 0) NO INHERIT'),
  con('ADD CHECK (p < 100000) (domain column)', 'ALTER TABLE t ADD CONSTRAINT t_p_max CHECK (p < 100000)'),
  con('ADD CHECK NOT VALID; VALIDATE (one transaction)', 'ALTER TABLE t ADD CONSTRAINT t_n_pos CHECK (n > 0) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT t_n_pos'),
  con('VALIDATE a CHECK added NOT VALID earlier', 'ALTER TABLE t VALIDATE CONSTRAINT t_n_pos', 't', {
    setup: ['ALTER TABLE t ADD CONSTRAINT t_n_pos CHECK (n > 0) NOT VALID;'],
    teardown: 'ALTER TABLE t DROP CONSTRAINT IF EXISTS t_n_pos',
  }),
  con('ADD FOREIGN KEY (ref_id)', 'ALTER TABLE t ADD CONSTRAINT t_ref_fk FOREIGN KEY (ref_id) REFERENCES ref (id)'),
  con('ADD FOREIGN KEY (ref_id) NOT VALID', 'ALTER TABLE t ADD CONSTRAINT t_ref_fk FOREIGN KEY (ref_id) REFERENCES ref (id) NOT VALID'),
  con('ADD FOREIGN KEY (ref_id) ON DELETE CASCADE', 'ALTER TABLE t ADD FOREIGN KEY (ref_id) REFERENCES ref (id) ON DELETE CASCADE'),
  con('ADD FOREIGN KEY NOT VALID; VALIDATE (one transaction)', 'ALTER TABLE t ADD CONSTRAINT t_ref_fk FOREIGN KEY (ref_id) REFERENCES ref (id) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT t_ref_fk'),
  con('VALIDATE a FOREIGN KEY added NOT VALID earlier', 'ALTER TABLE t VALIDATE CONSTRAINT t_ref_fk', 't', {
    setup: ['ALTER TABLE t ADD CONSTRAINT t_ref_fk FOREIGN KEY (ref_id) REFERENCES ref (id) NOT VALID;'],
    teardown: 'ALTER TABLE t DROP CONSTRAINT IF EXISTS t_ref_fk',
  }),
  con('ADD UNIQUE (a)', 'ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a)'),
  con('ADD UNIQUE (a) DEFERRABLE', 'ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a) DEFERRABLE'),
  con('ADD UNIQUE USING INDEX t_big_uidx', 'ALTER TABLE t ADD CONSTRAINT t_big_key UNIQUE USING INDEX t_big_uidx'),
  con('ADD EXCLUDE USING btree (id WITH =)', 'ALTER TABLE t ADD CONSTRAINT t_id_excl EXCLUDE USING btree (id WITH =)'),
  con('ADD PRIMARY KEY (id) (on u)', 'ALTER TABLE u ADD PRIMARY KEY (id)', 'u'),
  con('ADD PRIMARY KEY (x) (nullable, on u)', 'ALTER TABLE u ADD PRIMARY KEY (x)', 'u'),
  con('ADD PRIMARY KEY USING INDEX u_id_uidx (NOT NULL column, on u)', 'ALTER TABLE u ADD CONSTRAINT u_pkey PRIMARY KEY USING INDEX u_id_uidx', 'u'),
  con('ADD PRIMARY KEY USING INDEX u_x_uidx (nullable column, on u)', 'ALTER TABLE u ADD CONSTRAINT u_pkey PRIMARY KEY USING INDEX u_x_uidx', 'u'),
];

const idx = (name: string, sql: string, extra: Partial<Form> = {}): Form => ({ name, category: 'index', sql, ...extra });

const INDEX: Form[] = [
  idx('CREATE INDEX ON t (b)', 'CREATE INDEX t_b_idx ON t (b)'),
  idx('CREATE UNIQUE INDEX ON t (a)', 'CREATE UNIQUE INDEX t_a_uidx ON t (a)'),
  idx('CREATE INDEX CONCURRENTLY ON t (b)', 'CREATE INDEX CONCURRENTLY t_b_idx ON t (b)', { autocommit: true, teardown: 'DROP INDEX IF EXISTS t_b_idx' }),
  idx('CREATE UNIQUE INDEX CONCURRENTLY ON t (a)', 'CREATE UNIQUE INDEX CONCURRENTLY t_a_uidx ON t (a)', { autocommit: true, teardown: 'DROP INDEX IF EXISTS t_a_uidx' }),
  idx('CREATE INDEX ON t (lower(b))', 'CREATE INDEX t_b_lower_idx ON t (lower(b))'),
  idx('CREATE INDEX ON t (n) WHERE n > 1000', 'CREATE INDEX t_n_part_idx ON t (n) WHERE n > 1000'),
  idx('CREATE INDEX ON t USING gin (doc)', 'CREATE INDEX t_doc_idx ON t USING gin (doc)'),
  idx('CREATE INDEX ON t USING hash (b)', 'CREATE INDEX t_b_hash ON t USING hash (b)'),
  idx('CREATE INDEX ON t USING brin (at)', 'CREATE INDEX t_at_brin ON t USING brin (at)'),
  idx('CREATE INDEX ON t (n) INCLUDE (a)', 'CREATE INDEX t_n_incl ON t (n) INCLUDE (a)'),
  idx('CREATE INDEX IF NOT EXISTS t_n_idx (exists)', 'CREATE INDEX IF NOT EXISTS t_n_idx ON t (n)'),
  idx('DROP INDEX t_n_idx', 'DROP INDEX t_n_idx'),
  idx('DROP INDEX CONCURRENTLY t_n_idx', 'DROP INDEX CONCURRENTLY t_n_idx', { autocommit: true, teardown: 'CREATE INDEX IF NOT EXISTS t_n_idx ON t (n)' }),
  idx('REINDEX INDEX t_n_idx', 'REINDEX INDEX t_n_idx'),
  idx('REINDEX TABLE t', 'REINDEX TABLE t'),
  idx('REINDEX TABLE CONCURRENTLY t', 'REINDEX TABLE CONCURRENTLY t', { autocommit: true }),
  idx('CLUSTER t USING t_pkey', 'CLUSTER t USING t_pkey'),
  idx('VACUUM FULL t', 'VACUUM FULL t', { autocommit: true }),
];

const alter = (name: string, sql: string, table = 't', extra: Partial<Form> = {}): Form => ({ name, category: 'alter', sql, table, ...extra });

const ALTER: Form[] = [
  alter('SET UNLOGGED', 'ALTER TABLE t SET UNLOGGED'),
  alter('SET LOGGED (already logged)', 'ALTER TABLE t SET LOGGED'),
  alter('SET TABLESPACE pg_default (where it is)', 'ALTER TABLE t SET TABLESPACE pg_default'),
  alter('SET ACCESS METHOD heap (what it has)', 'ALTER TABLE t SET ACCESS METHOD heap', 't', { since: 15 }),
  alter('ALTER COLUMN n SET DEFAULT (random() * 10)::integer', 'ALTER TABLE t ALTER COLUMN n SET DEFAULT (random() * 10)::integer'),
  alter("ALTER COLUMN b SET DEFAULT 'x'", "ALTER TABLE t ALTER COLUMN b SET DEFAULT 'x'"),
  alter('ALTER COLUMN n DROP DEFAULT', 'ALTER TABLE t ALTER COLUMN n DROP DEFAULT'),
  alter('ALTER COLUMN big DROP NOT NULL', 'ALTER TABLE t ALTER COLUMN big DROP NOT NULL'),
  alter('ALTER COLUMN n SET STATISTICS 500', 'ALTER TABLE t ALTER COLUMN n SET STATISTICS 500'),
  alter('SET (fillfactor = 70)', 'ALTER TABLE t SET (fillfactor = 70)'),
  alter('ALTER COLUMN b SET STORAGE EXTERNAL', 'ALTER TABLE t ALTER COLUMN b SET STORAGE EXTERNAL'),
  alter('DROP COLUMN b', 'ALTER TABLE t DROP COLUMN b'),
  alter('RENAME COLUMN b TO b2', 'ALTER TABLE t RENAME COLUMN b TO b2'),
  alter('RENAME TO t2', 'ALTER TABLE t RENAME TO t2'),
  alter('ALTER COLUMN big ADD GENERATED BY DEFAULT AS IDENTITY', 'ALTER TABLE t ALTER COLUMN big ADD GENERATED BY DEFAULT AS IDENTITY'),
  alter('ADD COLUMN x integer, ALTER COLUMN n TYPE bigint', 'ALTER TABLE t ADD COLUMN x integer, ALTER COLUMN n TYPE bigint'),
];

const dml = (name: string, sql: string, extra: Partial<Form> = {}): Form => ({ name, category: 'dml', sql, ...extra });

const DML: Form[] = [
  dml('UPDATE t SET n = n + 1', 'UPDATE t SET n = n + 1'),
  dml('UPDATE t … WHERE id <= 100', 'UPDATE t SET b = upper(b) WHERE id <= 100'),
  dml('UPDATE t … WHERE b IS NULL', "UPDATE t SET b = 'x' WHERE b IS NULL"),
  dml('UPDATE t … WHERE n > 1000', 'UPDATE t SET n = n WHERE n > 1000'),
  dml('UPDATE t … FROM ref', 'UPDATE t SET n = r.id FROM ref r WHERE r.id = t.id'),
  dml('UPDATE t … WHERE id IN (… LIMIT 100)', 'UPDATE t SET amount = amount * 2 WHERE id IN (SELECT id FROM t ORDER BY id LIMIT 100)'),
  dml('DELETE FROM t', 'DELETE FROM t'),
  dml('DELETE FROM t WHERE id = 5', 'DELETE FROM t WHERE id = 5'),
  dml('DELETE FROM t WHERE n > 1000', 'DELETE FROM t WHERE n > 1000'),
  dml('WITH gone AS (DELETE … WHERE id > 1990)', 'WITH gone AS (DELETE FROM t WHERE id > 1990 RETURNING id) SELECT count(*) FROM gone'),
  dml('MERGE INTO t USING ref … UPDATE', 'MERGE INTO t USING ref ON t.id = ref.id WHEN MATCHED THEN UPDATE SET n = t.n + 1', { since: 15 }),
  dml('MERGE INTO t USING ref … DELETE', 'MERGE INTO t USING ref ON t.id = ref.id WHEN MATCHED AND ref.id <= 10 THEN DELETE', { since: 15 }),
  dml('INSERT INTO t SELECT … FROM t', 'INSERT INTO t (id, ref_id, big, a, amount) SELECT id + 10000, ref_id, big + 10000000, a, amount FROM t'),
];

/** The forms always run (at least 150). */
export const CURATED: Form[] = [...ADD_COLUMN, ...COLUMN_TYPE, ...SET_NOT_NULL, ...CONSTRAINT, ...INDEX, ...ALTER, ...DML];

/** More type changes, every column of t to every type: DIFF_FORMS=N runs the first N forms of CURATED followed by these. */
function matrix(): Form[] {
  const columns = ['n', 'big', 'sm', 'a', 'b', 's', 'j', 'v', 'c', 'amount', 'f', 'at', 'at3', 'atz', 'day', 'flag', 'doc', 'm', 'p', 'pi', 'd', 'ip', 'bits', 'tags'];
  const types = [
    'integer', 'bigint', 'smallint', 'numeric', 'numeric(12,2)', 'numeric(10,3)', 'real', 'double precision', 'text', 'varchar', 'varchar(10)',
    'varchar(50)', 'char(10)', 'timestamp', 'timestamptz', 'date', 'jsonb', 'json', 'boolean', 'mood', 'mood2', 'posint', 'plainint',
    'plaintext', 'inet', 'bytea',
  ];
  return columns.flatMap((c) => types.map((ty) => ({ ...typeChange(c, ty), category: 'matrix' as const })));
}

export function formsToRun(limit = process.env['DIFF_FORMS']): Form[] {
  const all = [...CURATED, ...matrix()];
  const n = limit ? Number(limit) : CURATED.length;
  if (!Number.isInteger(n) || n < 1) throw new Error(`DIFF_FORMS must be a positive integer, not ${limit}`);
  return all.slice(0, n);
}
