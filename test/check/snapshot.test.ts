import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFile } from '../../src/db/apply.js';
import type { Scratch } from '../../src/db/engine.js';
import { describeDiff, diffSnapshots, isEmptyDiff } from '../../src/check/diff.js';
import { takeSnapshot, type Snapshot } from '../../src/check/snapshot.js';
import { loadProjects } from '../../src/commands/lint.js';
import { describeEachEngine, engines } from '../helpers/db.js';

/** One of every kind of object the snapshot reads. */
const SCHEMA = `
CREATE SCHEMA app;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN positive_int AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b text);
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TABLE accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  name varchar(80) COLLATE "C",
  m mood DEFAULT 'ok',
  n positive_int,
  total numeric(10,2) GENERATED ALWAYS AS (n * 2) STORED,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
CREATE TABLE app.events (id serial PRIMARY KEY, account_id bigint REFERENCES accounts (id) ON DELETE CASCADE, at timestamptz);
ALTER TABLE app.events ADD CONSTRAINT events_at_past CHECK (at <= now()) NOT VALID;
ALTER TABLE app.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_all ON app.events FOR SELECT USING (account_id > 0);
CREATE VIEW account_names AS SELECT a.id, upper(a.email) AS e FROM accounts a WHERE a.name IS NOT NULL;
CREATE MATERIALIZED VIEW account_counts AS SELECT count(*) AS n FROM accounts;
CREATE SEQUENCE ticket_seq START 100 INCREMENT 5;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := now(); RETURN NEW; END $$;
CREATE TRIGGER events_touch BEFORE INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION touch();
CREATE PROCEDURE noop(x integer) LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY);
`;

describeEachEngine('schema snapshot', (engine) => {
  let s: Scratch;
  let snap: Snapshot;
  beforeAll(async () => {
    s = await engine.scratch();
    await s.db.exec(SCHEMA);
    snap = await takeSnapshot(s.db, { historyTable: 'flyway_schema_history', historySchema: 'public' });
  });
  afterAll(async () => {
    await s.dispose();
  });

  const def = (key: string) => snap.get(key)?.definition;

  it('reads every kind of object with a normalized definition', () => {
    expect(def('schema app')).toBe('schema');
    expect(def('extension plpgsql')).toBe('version 1.0 in schema pg_catalog');
    expect(def('enum public.mood')).toBe("('sad', 'ok', 'happy')");
    expect(def('domain public.positive_int')).toBe('integer NOT NULL DEFAULT 1');
    expect(def('constraint public.positive_int.positive_int_check')).toBe('CHECK ((VALUE > 0))');
    expect(def('type public.pair')).toBe('composite (a integer, b text)');
    expect(def('type public.floatrange')).toBe('range of double precision');
    expect(def('table public.accounts')).toBe('table');
    expect(def('column public.accounts.id')).toBe('bigint NOT NULL GENERATED ALWAYS AS IDENTITY');
    expect(def('column public.accounts.name')).toBe('character varying(80) COLLATE pg_catalog."C"');
    expect(def('column public.accounts.m')).toBe("public.mood DEFAULT 'ok'::public.mood");
    expect(def('column public.accounts.total')).toBe('numeric(10,2) GENERATED ALWAYS AS (((n)::integer * 2)) STORED');
    expect(def('column public.accounts.created_at')).toBe('timestamp with time zone NOT NULL DEFAULT now()');
    expect(def('index public.accounts_email_key')).toBe('CREATE UNIQUE INDEX accounts_email_key ON public.accounts USING btree (lower(email))');
    expect(def('constraint public.accounts.accounts_pkey')).toBe('PRIMARY KEY (id)');
    expect(def('constraint app.events.events_account_id_fkey')).toBe('FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE');
    expect(def('constraint app.events.events_at_past')).toBe('CHECK ((at <= now())) NOT VALID');
    expect(def('table app.events')).toBe('table, row level security');
    expect(def('policy app.events.events_all')).toBe('PERMISSIVE FOR SELECT TO public USING ((account_id > 0))');
    expect(def('view public.account_names')).toContain('FROM public.accounts a');
    expect(def('materialized view public.account_counts')).toContain('count(*) AS n');
    expect(def('sequence public.ticket_seq')).toBe('bigint start 100 increment 5 minvalue 1 maxvalue 9223372036854775807 cache 1');
    expect(snap.get('sequence app.events_id_seq')?.parent).toBe('table app.events');
    expect(def('function public.touch()')).toContain('NEW.at := now()');
    expect(def('procedure public.noop(integer)')).toContain('CREATE OR REPLACE PROCEDURE public.noop(IN x integer)');
    expect(def('trigger app.events.events_touch')).toBe(
      'CREATE TRIGGER events_touch BEFORE INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION public.touch()',
    );
  });

  it('leaves out the history table, system schemas and NOT NULL constraints (PostgreSQL 18 catalogs them)', () => {
    const keys = [...snap.keys()];
    expect(keys.filter((k) => k.includes('flyway_schema_history'))).toEqual([]);
    expect(keys.filter((k) => /pg_catalog\.|information_schema|pg_toast/.test(k.split(' ').slice(1).join(' ')))).toEqual([]);
    expect(keys.filter((k) => k.endsWith('_not_null'))).toEqual([]);
  });

  it('does not change the session search_path', async () => {
    await s.db.exec('SET search_path = app, public');
    await takeSnapshot(s.db);
    expect((await s.db.query<{ p: string }>("SELECT current_setting('search_path') AS p")).rows[0]!.p).toBe('app, public');
    await s.db.exec('SET search_path = "$user", public');
  });

  it('diffs added, changed and dropped objects', async () => {
    await s.db.exec(`
      ALTER TABLE accounts ADD COLUMN phone text;
      ALTER TABLE accounts ALTER COLUMN created_at DROP DEFAULT;
      DROP INDEX accounts_email_key;
      ALTER TYPE mood ADD VALUE 'ecstatic';
      CREATE TABLE notes (id int PRIMARY KEY, body text);
      DROP VIEW account_names;
    `);
    const after = await takeSnapshot(s.db, { historyTable: 'flyway_schema_history' });
    const d = diffSnapshots(snap, after);
    expect(d.added.map((o) => `${o.kind} ${o.name}`).sort()).toEqual([
      'column public.accounts.phone',
      'column public.notes.body',
      'column public.notes.id',
      'constraint public.notes.notes_pkey',
      'index public.notes_pkey',
      'table public.notes',
    ]);
    expect(d.changed.map((c) => [`${c.kind} ${c.name}`, c.before, c.after])).toEqual([
      ['column public.accounts.created_at', 'timestamp with time zone NOT NULL DEFAULT now()', 'timestamp with time zone NOT NULL'],
      ['enum public.mood', "('sad', 'ok', 'happy')", "('sad', 'ok', 'happy', 'ecstatic')"],
    ]);
    expect(d.dropped.map((o) => `${o.kind} ${o.name}`).sort()).toEqual(['index public.accounts_email_key', 'view public.account_names']);
    // People read the new table as one line.
    expect(describeDiff(d).map((l) => `${l.change} ${l.kind} ${l.name}: ${l.text}`)).toEqual([
      'added column public.accounts.phone: text',
      'added table public.notes: with 2 columns, 1 constraint, 1 index',
      'changed column public.accounts.created_at: timestamp with time zone NOT NULL DEFAULT now() → timestamp with time zone NOT NULL',
      "changed enum public.mood: ('sad', 'ok', 'happy') → ('sad', 'ok', 'happy', 'ecstatic')",
      'dropped index public.accounts_email_key: CREATE UNIQUE INDEX accounts_email_key ON public.accounts USING btree (lower(email))',
      'dropped view public.account_names: SELECT id, upper(email) AS e FROM public.accounts a WHERE name IS NOT NULL;',
    ]);
  });
});

describe('snapshots agree across PostgreSQL 15 and PGlite (PostgreSQL 18)', () => {
  const scratches: Scratch[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.dispose();
  });

  it('the same schema, built by the same migrations, applied, rolled back and re-applied, snapshots equal', async () => {
    const { projects } = await loadProjects({ cwd: process.cwd(), paths: ['migrations'] });
    const project = projects[0]!.project;
    const snaps: Snapshot[] = [];
    for (const engine of engines) {
      const s = await engine.scratch();
      scratches.push(s);
      await s.db.exec(SCHEMA);
      for (const m of project.migrations) {
        await applyFile(s.db, m);
        if (m.rollback) {
          await applyFile(s.db, m.rollback);
          await applyFile(s.db, m);
        }
      }
      snaps.push(await takeSnapshot(s.db));
    }
    const [pglite, postgres] = snaps as [Snapshot, Snapshot];
    expect(pglite.size).toBeGreaterThan(80);
    const d = diffSnapshots(postgres, pglite);
    expect(describeDiff(d)).toEqual([]);
    expect(isEmptyDiff(d)).toBe(true);
  });
});
