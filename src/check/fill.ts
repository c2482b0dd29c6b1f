/**
 * Synthetic rows for the planner (`performance.rows: {orders: 200000}`): one
 * `INSERT … SELECT … FROM generate_series` per table, each column's value generated in SQL from the
 * row number `g` and the column's type as the catalog gives it (pg_attribute, format_type, pg_type;
 * domains by their base type, arrays by their element type). The values are distinct per row for
 * every type that has room for them, so UNIQUE and PRIMARY KEY hold; NOT NULL columns get a
 * value; identity, serial and other defaults are used where present (not for UNIQUE columns with a
 * constant default); generated columns are left to PostgreSQL; a single-column CHECK of the form
 * `col IN (…)` (`= ANY (ARRAY[…])` in pg_get_constraintdef) takes its values from the list; a
 * foreign key takes the referenced table's existing keys, so referenced tables are filled first.
 * Whatever PostgreSQL still rejects (another CHECK, a UNIQUE a foreign key cannot satisfy) is
 * reported as a FillError naming the constraint, never as a crash.
 */
import { asDbError, type Db } from '../db/engine.js';
/** Always quoted: a column may be named like a keyword (order, user). */
const quoteName = (s: string) => `"${s.replace(/"/g, '""')}"`;

export interface FillResult {
  /** schema.table as PostgreSQL names it. */
  table: string;
  rows: number;
  durationMs: number;
}

export class FillError extends Error {
  override readonly name = 'FillError';
}

interface Column {
  name: string;
  type: string;
  notNull: boolean;
  identity: string;
  generated: string;
  def: string | null;
  /** The base type (domains resolved, arrays: of the element): pg_type.typname, typtype. */
  base: string;
  baseKind: string;
  baseType: string;
  isArray: boolean;
  typmod: number;
}

interface Constraint {
  name: string;
  type: 'p' | 'u' | 'f' | 'c';
  columns: string[];
  def: string;
  refTable?: string;
  refColumns?: string[];
}

const COLUMNS_SQL = `
WITH RECURSIVE cols AS (
  SELECT a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.attidentity::text AS identity, a.attgenerated::text AS generated,
         pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS def, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped),
base(attnum, oid, typmod, depth, is_array) AS (
  SELECT attnum, atttypid, atttypmod, 0, false FROM cols
  UNION ALL
  SELECT b.attnum, CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.typelem END,
         CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE b.typmod END, b.depth + 1, b.is_array OR t.typtype <> 'd'
    FROM base b JOIN pg_catalog.pg_type t ON t.oid = b.oid
   WHERE (t.typtype = 'd' OR (t.typcategory = 'A' AND t.typelem <> 0)) AND b.depth < 10)
SELECT c.attname AS name, c.type, c.attnotnull AS "notNull", c.identity, c.generated, c.def,
       t.typname AS base, t.typtype::text AS "baseKind", pg_catalog.format_type(t.oid, NULL) AS "baseType", b.is_array AS "isArray", b.typmod
  FROM cols c
  JOIN LATERAL (SELECT * FROM base WHERE base.attnum = c.attnum ORDER BY depth DESC LIMIT 1) b ON true
  JOIN pg_catalog.pg_type t ON t.oid = b.oid
 ORDER BY c.attnum`;

const CONSTRAINTS_SQL = `
SELECT c.conname AS name, c.contype::text AS type, pg_catalog.pg_get_constraintdef(c.oid) AS def,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
       CASE WHEN c.contype = 'f' THEN c.confrelid::regclass::text END AS "refTable",
       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS "refColumns"
  FROM pg_catalog.pg_constraint c
 WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'u', 'f', 'c')
 ORDER BY c.conname`;

/** Unique indexes that are not constraints (CREATE UNIQUE INDEX): their columns must be distinct too. */
const UNIQUE_INDEX_SQL = `
SELECT ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) k(n) JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n) AS columns
  FROM pg_catalog.pg_index i WHERE i.indrelid = $1::regclass AND i.indisunique`;

/** The table's name as PostgreSQL resolves it (search_path), schema-qualified; undefined if it does not exist. */
export async function resolveTable(db: Db, name: string): Promise<string | undefined> {
  const r = await db.query<{ name: string | null }>(
    `SELECT (SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = pg_catalog.to_regclass($1)) AS name`,
    [name],
  );
  return r.rows[0]?.name ?? undefined;
}

/**
 * The configured tables (resolved names) in an order that fills a referenced table before the
 * tables that reference it (a cycle keeps the configured order).
 */
export async function fillOrder(db: Db, tables: string[]): Promise<string[]> {
  const refs = new Map<string, Set<string>>();
  for (const t of tables) {
    const r = await db.query<{ ref: string }>(`SELECT DISTINCT confrelid::regclass::text AS ref FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid = $1::regclass AND confrelid <> conrelid`, [t]);
    // One query at a time: a connection runs one query at a time (node-postgres queues, and warns).
    const resolved: string[] = [];
    for (const x of r.rows) {
      const name = await resolveTable(db, x.ref);
      if (name && tables.includes(name)) resolved.push(name);
    }
    refs.set(t, new Set(resolved));
  }
  const out: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (out.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const p of refs.get(t) ?? []) visit(p);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

/**
 * Runs `fn` with the tables' ordinary triggers off (`session_replication_role = replica`: a
 * trigger fires then only if it is ENABLE REPLICA or ENABLE ALWAYS — PostgreSQL docs, "ALTER TABLE
 * … ENABLE TRIGGER" and "session_replication_role"), so generated rows do not run the
 * application's triggers (an audit table filling up with a row per generated row, a fill many
 * times slower). Foreign keys are enforced by triggers too, which is why the fill itself takes
 * referenced keys from existing rows. Setting it needs superuser (or, PostgreSQL 15+, a GRANT
 * SET on the parameter); without it `fn` runs with the triggers on and the result says so.
 * Returns fn's result and whether the triggers were off.
 */
export async function withTriggersOff<T>(db: Db, fn: () => Promise<T>): Promise<{ result: T; triggersOff: boolean }> {
  let triggersOff = false;
  try {
    await db.exec('SET session_replication_role = replica');
    triggersOff = true;
  } catch (e) {
    if (!asDbError(e)) throw e;
  }
  try {
    return { result: await fn(), triggersOff };
  } finally {
    if (triggersOff) await db.exec('RESET session_replication_role');
  }
}

/**
 * Inserts `rows` generated rows into `table` (a resolved, quoted name) and returns what it did.
 * Throws FillError with a message for people: a type it cannot generate for a NOT NULL column
 * without a default, a referenced table without rows, a constraint that rejects the rows.
 */
export async function fillTable(db: Db, table: string, rows: number): Promise<FillResult> {
  const started = performance.now();
  const columns = (await db.query<Column>(COLUMNS_SQL, [table])).rows;
  const constraints = (await db.query<Constraint>(CONSTRAINTS_SQL, [table])).rows;
  const uniqueIndexes = (await db.query<{ columns: string[] }>(UNIQUE_INDEX_SQL, [table])).rows;
  const unique = new Set([...constraints.filter((c) => c.type === 'p' || c.type === 'u').flatMap((c) => c.columns), ...uniqueIndexes.flatMap((i) => i.columns)]);
  const existing = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);

  const exprs = new Map<string, string>();
  const joins: string[] = [];
  // Foreign keys: the referenced table's existing keys, row g taking key number g mod count.
  for (const fk of constraints.filter((c) => c.type === 'f')) {
    if (fk.columns.some((c) => exprs.has(c))) continue;
    const cols = fk.columns.map((n) => columns.find((c) => c.name === n)!);
    const nullable = cols.every((c) => !c.notNull);
    const parent = (await resolveTable(db, fk.refTable!)) ?? fk.refTable!;
    const count = parent === table ? 0 : Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${parent}`)).rows[0]?.n ?? 0);
    if (count === 0) {
      if (!nullable) {
        throw new FillError(
          parent === table
            ? `${table}.${fk.columns.join(', ')} references the table itself (foreign key ${fk.name}) and is NOT NULL: the first rows cannot reference anything; fill it through seeds instead`
            : `${table}.${fk.columns.join(', ')} references ${parent} (foreign key ${fk.name}), which has no rows: add ${parent} to performance.rows`,
        );
      }
      for (const c of fk.columns) exprs.set(c, 'NULL');
      continue;
    }
    const alias = `fk${joins.length}`;
    const picked = fk.refColumns!.map((c, i) => `${quoteName(c)} AS k${i}`).join(', ');
    joins.push(`JOIN (SELECT ${picked}, pg_catalog.row_number() OVER () - 1 AS rn FROM ${parent}) ${alias} ON ${alias}.rn = g % ${count}`);
    fk.columns.forEach((c, i) => exprs.set(c, `${alias}.k${i}`));
  }
  for (const check of constraints.filter((c) => c.type === 'c' && c.columns.length === 1)) {
    const col = check.columns[0]!;
    const list = inList(check.def);
    if (list && !exprs.has(col)) exprs.set(col, `(ARRAY[${list.join(', ')}])[1 + (g % ${list.length})::int]`);
  }

  const names: string[] = [];
  const values: string[] = [];
  const unfillable: string[] = [];
  for (const c of columns) {
    if (c.generated) continue;
    let expr = exprs.get(c.name);
    if (expr === undefined) {
      if (c.identity) continue;
      if (c.def !== null && (!unique.has(c.name) || /^nextval\(/.test(c.def))) continue;
      expr = generate(c);
      if (expr === undefined) {
        if (!c.notNull) continue;
        unfillable.push(`${c.name} (${c.type})`);
        continue;
      }
    }
    names.push(quoteName(c.name));
    values.push(expr === 'NULL' ? 'NULL' : `(${expr})::${c.type}`);
  }
  if (unfillable.length) {
    throw new FillError(`cannot generate values for ${table}: NOT NULL column${unfillable.length > 1 ? 's' : ''} without a default of a type the fill does not know: ${unfillable.join(', ')}; give it a DEFAULT or fill the table through seeds`);
  }
  // Without a column of its own to set (all defaults), a zero-column SELECT inserts default rows.
  const sql = `INSERT INTO ${table} ${names.length ? `(${names.join(', ')}) ` : ''}SELECT ${values.join(', ')} FROM pg_catalog.generate_series(${existing + 1}::bigint, ${existing + rows}::bigint) AS s(g) ${joins.join(' ')}`;
  try {
    await db.exec(sql);
  } catch (e) {
    const err = asDbError(e);
    if (!err) throw e;
    throw new FillError(rejected(table, err.code, err.message, err.detail, constraints));
  }
  return { table, rows, durationMs: performance.now() - started };
}

function rejected(table: string, code: string | undefined, message: string, detail: string | undefined, constraints: Constraint[]): string {
  const named = constraints.find((c) => message.includes(`"${c.name}"`));
  const what =
    code === '23514' && named
      ? `the CHECK constraint ${named.name} (${named.def}) rejects the generated rows`
      : code === '23505' && named
        ? `the generated rows break ${named.type === 'p' ? 'the primary key' : 'the unique constraint'} ${named.name}${named.type === 'u' || named.type === 'p' ? ` (${named.columns.join(', ')})` : ''}: a unique column whose values come from a foreign key, or a type with too few values for this many rows`
        : `PostgreSQL rejects the generated rows: ${code ? `ERROR ${code}: ` : ''}${message}`;
  return `cannot fill ${table}: ${what}${detail ? ` (${detail})` : ''}; fill it through seeds instead, or fewer rows`;
}

/** The literals of `CHECK ((col = ANY (ARRAY['a'::text, 'b'::text])))`, as pg_get_constraintdef prints `col IN ('a', 'b')`. */
export function inList(def: string): string[] | undefined {
  const m = /^CHECK \(\(?\(?[\w"]+\)?(?:::[\w ]+)? = ANY \(\(?ARRAY\[(.*)\]\)?(?:::[\w ]+\[\])?\)\)\)?$/.exec(def);
  if (!m) return undefined;
  const items = m[1]!.match(/'(?:[^']|'')*'(?:::[\w ]+)?|-?[\d.]+(?:::[\w ]+)?/g);
  return items && items.length ? items : undefined;
}

/**
 * An SQL expression of the column's base type from the row number `g` (bigint), distinct per row
 * where the type has room; undefined for a type the fill does not know.
 */
function generate(c: Column): string | undefined {
  const scalar = scalarValue(c);
  if (scalar === undefined) return undefined;
  return c.isArray ? `ARRAY[${scalar}]` : scalar;
}

function scalarValue(c: Column): string | undefined {
  if (c.baseKind === 'e') {
    const t = c.baseType;
    return `(pg_catalog.enum_range(NULL::${t}))[1 + (g % pg_catalog.cardinality(pg_catalog.enum_range(NULL::${t})))::int]`;
  }
  switch (c.base) {
    case 'int2':
      return 'g % 32767';
    case 'int4':
    case 'int8':
    case 'oid':
      return 'g';
    case 'float4':
    case 'float8':
      return 'g + (g % 100) / 100.0';
    case 'numeric': {
      if (c.typmod < 0 || c.isArray) return 'g + (g % 100) / 100.0';
      const precision = ((c.typmod - 4) >> 16) & 0xffff;
      const scale = (c.typmod - 4) & 0xffff;
      const room = precision - scale;
      const int = room >= 18 ? 'g' : room > 0 ? `g % ${10 ** room}` : '0';
      return scale > 0 ? `${int} + (g % 10) / 10.0` : int;
    }
    case 'money':
      return 'g::numeric';
    case 'text':
    case 'varchar':
    case 'bpchar':
    case 'name':
    case 'citext': {
      const limit = c.typmod > 4 && c.base !== 'text' ? c.typmod - 4 : Infinity;
      const prefix = c.name.replace(/'/g, "''");
      return limit >= prefix.length + 9 ? `'${prefix}-' || g` : 'g::text';
    }
    case 'uuid':
      return 'pg_catalog.md5(g::text)::uuid';
    case 'timestamp':
      return `timestamp '2020-01-01' + g * interval '1 second'`;
    case 'timestamptz':
      return `timestamptz '2020-01-01 00:00:00+00' + g * interval '1 second'`;
    case 'date':
      return `date '2000-01-01' + (g % 2000000)::int`;
    case 'time':
    case 'timetz':
      return `time '00:00' + (g % 86400) * interval '1 second'`;
    case 'interval':
      return `g * interval '1 second'`;
    case 'bool':
      return 'g % 2 = 0';
    case 'json':
    case 'jsonb':
      return `pg_catalog.json_build_object('n', g)`;
    case 'bytea':
      return `pg_catalog.decode(pg_catalog.md5(g::text), 'hex')`;
    case 'inet':
      return `'10.0.0.0'::inet + g`;
    case 'tsvector':
      return `pg_catalog.to_tsvector('simple', 'w' || g)`;
    default:
      return undefined;
  }
}
