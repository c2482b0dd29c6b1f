import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { fillOrder, fillTable, FillError, inList, resolveTable, withTriggersOff } from '../../src/check/fill.js';
import { describeEachEngine } from '../helpers/db.js';

const SCHEMA = `
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE DOMAIN positive_cents AS integer CHECK (VALUE > 0);
CREATE TABLE "user" (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(40) NOT NULL UNIQUE,
  handle char(12) NOT NULL,
  created_on date NOT NULL,
  active boolean NOT NULL DEFAULT true
);
CREATE TABLE orders (
  id uuid PRIMARY KEY,
  "user" bigint NOT NULL REFERENCES "user",
  status order_status NOT NULL,
  kind text NOT NULL CHECK (kind IN ('web', 'shop', 'phone')),
  total numeric(8,2) NOT NULL CHECK (total >= 0),
  cents positive_cents NOT NULL,
  placed_at timestamptz NOT NULL,
  data jsonb NOT NULL,
  tags text[] NOT NULL,
  code smallint NOT NULL UNIQUE,
  doubled bigint GENERATED ALWAYS AS (cents * 2) STORED,
  note text,
  spot point
);
CREATE UNIQUE INDEX orders_placed_at_key ON orders (placed_at);
CREATE TABLE order_notes (order_id uuid NOT NULL REFERENCES orders, body text NOT NULL);
`;

describeEachEngine('synthetic fill', (engine) => {
  let scratch: Scratch;
  beforeAll(async () => {
    scratch = await engine.scratch();
    await scratch.db.exec(SCHEMA);
  });
  afterAll(() => scratch.dispose());
  const one = async <T>(sql: string) => (await scratch.db.query<T>(sql)).rows[0]!;

  it('fills referenced tables first, and every column within NOT NULL, UNIQUE, CHECK, enum, domain and foreign keys', async () => {
    const { db } = scratch;
    const tables: (string | undefined)[] = [];
    for (const t of ['order_notes', 'orders', 'user']) tables.push(await resolveTable(db, t));
    expect(tables).toEqual(['public.order_notes', 'public.orders', 'public."user"']);
    const order = await fillOrder(db, tables as string[]);
    expect(order).toEqual(['public."user"', 'public.orders', 'public.order_notes']);
    const rows: Record<string, number> = { 'public."user"': 500, 'public.orders': 5000, 'public.order_notes': 2000 };
    for (const t of order) expect((await fillTable(db, t, rows[t]!)).rows).toBe(rows[t]);

    expect(await one(`SELECT count(*)::int AS n, count(DISTINCT email)::int AS emails, min(id)::int AS first, count(*) FILTER (WHERE active)::int AS active FROM "user"`)).toEqual({
      n: 500,
      emails: 500,
      first: 1,
      active: 500,
    });
    const o = await one<Record<string, number>>(
      `SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids, count(DISTINCT "user")::int AS users, count(DISTINCT status)::int AS statuses,
              count(DISTINCT kind)::int AS kinds, count(DISTINCT code)::int AS codes, count(DISTINCT placed_at)::int AS times,
              count(*) FILTER (WHERE doubled = cents * 2)::int AS generated, count(note)::int AS notes, count(spot)::int AS spots, min(cents)::int AS min_cents
         FROM orders`,
    );
    // Every user is referenced, every enum label and IN value used; unique columns distinct; nullable columns
    // filled too (the planner sees values), but one of a type the fill does not know (point) left NULL.
    expect(o).toEqual({ n: 5000, ids: 5000, users: 500, statuses: 3, kinds: 3, codes: 5000, times: 5000, generated: 5000, notes: 5000, spots: 0, min_cents: 1 });
    expect(await one(`SELECT count(*)::int AS n FROM order_notes n JOIN orders o ON o.id = n.order_id`)).toEqual({ n: 2000 });
  });

  it('a table filled again continues after the rows it has', async () => {
    const { db } = scratch;
    await db.exec('CREATE TABLE seq_t (id int PRIMARY KEY, name text NOT NULL UNIQUE)');
    await db.exec(`INSERT INTO seq_t VALUES (1, 'name-1'), (2, 'name-2')`);
    await fillTable(db, 'public.seq_t', 100);
    expect(await one(`SELECT count(*)::int AS n, max(id) AS top FROM seq_t`)).toEqual({ n: 102, top: 102 });
  });

  it("does not run the tables' triggers for the generated rows (session_replication_role = replica), and turns them back on", async () => {
    const { db } = scratch;
    await db.exec(`
      CREATE TABLE audited (id int PRIMARY KEY, v text NOT NULL);
      CREATE TABLE audit_log (at_id int);
      CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit_log VALUES (NEW.id); RETURN NEW; END $$;
      CREATE TRIGGER audited_audit AFTER INSERT ON audited FOR EACH ROW EXECUTE FUNCTION audit_row();`);
    const { result, triggersOff } = await withTriggersOff(db, () => fillTable(db, 'public.audited', 1000));
    expect(triggersOff).toBe(true);
    expect(result.rows).toBe(1000);
    expect(await one(`SELECT (SELECT count(*)::int FROM audited) AS rows, (SELECT count(*)::int FROM audit_log) AS audited`)).toEqual({ rows: 1000, audited: 0 });
    // Back on for what runs next (the change set's migrations).
    expect(await one(`SELECT current_setting('session_replication_role') AS role`)).toEqual({ role: 'origin' });
    await db.exec(`INSERT INTO audited VALUES (0, 'by hand')`);
    expect(await one(`SELECT count(*)::int AS audited FROM audit_log`)).toEqual({ audited: 1 });
  });

  it('without the privilege to turn triggers off, fills with them on and says so', async () => {
    const { db } = scratch;
    await db.exec(`CREATE ROLE mg_fill_nosuper_${engine.name}; CREATE TABLE plain_t (id int); GRANT ALL ON plain_t TO mg_fill_nosuper_${engine.name}; SET ROLE mg_fill_nosuper_${engine.name}`);
    try {
      const { triggersOff } = await withTriggersOff(db, () => fillTable(db, 'public.plain_t', 10));
      expect(triggersOff).toBe(false);
      expect(await one(`SELECT count(*)::int AS n FROM plain_t`)).toEqual({ n: 10 });
    } finally {
      await db.exec(`RESET ROLE; DROP TABLE plain_t; DROP ROLE mg_fill_nosuper_${engine.name}`);
    }
  });

  it('says what it cannot do: a type it does not know, a referenced table without rows, a CHECK that rejects the rows', async () => {
    const { db } = scratch;
    await db.exec('CREATE TABLE geo (id int, at point NOT NULL)');
    await expect(fillTable(db, 'public.geo', 10)).rejects.toThrow(
      new FillError('cannot generate values for public.geo: NOT NULL column without a default of a type the fill does not know: at (point); give it a DEFAULT or fill the table through seeds'),
    );
    await db.exec('CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (parent_id int NOT NULL REFERENCES parent)');
    await expect(fillTable(db, 'public.child', 10)).rejects.toThrow(/^public\.child\.parent_id references public\.parent \(foreign key child_parent_id_fkey\), which has no rows: add public\.parent to performance\.rows$/);
    await db.exec('CREATE TABLE strict_t (amount int NOT NULL CONSTRAINT big_amount CHECK (amount > 1000000))');
    await expect(fillTable(db, 'public.strict_t', 10)).rejects.toThrow(
      /^cannot fill public\.strict_t: the CHECK constraint big_amount \(CHECK \(\(amount > 1000000\)\)\) rejects the generated rows .*; fill it through seeds instead, or fewer rows$/,
    );
    expect(await one(`SELECT count(*)::int AS n FROM strict_t`)).toEqual({ n: 0 });
  });
});

it('reads the values of a CHECK … IN (…) as pg_get_constraintdef prints it', () => {
  expect(inList("CHECK ((kind = ANY (ARRAY['web'::text, 'shop'::text])))")).toEqual(["'web'::text", "'shop'::text"]);
  expect(inList('CHECK ((n = ANY (ARRAY[1, 2])))')).toEqual(['1', '2']);
  expect(inList('CHECK ((amount > 0))')).toBeUndefined();
});
