/**
 * Schema snapshot: every user-visible object of a database as `key → normalized definition`,
 * read from the catalogs with PostgreSQL's own deparsers (pg_get_indexdef, pg_get_constraintdef,
 * pg_get_viewdef, pg_get_functiondef, pg_get_triggerdef), so two snapshots diff cleanly.
 *
 * Stable across PostgreSQL 15 and PGlite (PostgreSQL 18): names are always schema-qualified (the
 * deparsers run with search_path = pg_catalog), PostgreSQL 18's catalogued NOT NULL constraints
 * are left out (nullability is part of the column), and nothing depends on OIDs or data.
 * Left out: pg_catalog, information_schema, pg_toast, temporary schemas, objects that belong to
 * an extension (the extension itself is listed) and the schema history table.
 */
import { parseQuery } from '../parse/wasm.js';
import type { Db } from '../db/engine.js';
import { Utf8Offsets } from '../load/text.js';
import { initParser } from '../parse/parser.js';

export type ObjectKind =
  | 'schema'
  | 'extension'
  | 'table'
  | 'column'
  | 'index'
  | 'constraint'
  | 'trigger'
  | 'policy'
  | 'view'
  | 'materialized view'
  | 'sequence'
  | 'foreign table'
  | 'function'
  | 'procedure'
  | 'aggregate'
  | 'enum'
  | 'domain'
  | 'type';

export interface SchemaObject {
  kind: ObjectKind;
  /** Schema-qualified name; columns, constraints, triggers and policies as schema.table.name. */
  name: string;
  /** Normalized definition: what a change to the object changes. */
  definition: string;
  /** Key of the object this one belongs to (a column's table, an index's table …). */
  parent?: string;
}

/** Objects by key (`kind name`), e.g. `index public.users_email_key`. */
export type Snapshot = Map<string, SchemaObject>;

export interface SnapshotOptions {
  /** The schema history table to leave out (default flyway_schema_history, in any schema). */
  historyTable?: string;
  historySchema?: string;
}

export const objectKey = (kind: ObjectKind, name: string): string => `${kind} ${name}`;

const USER_SCHEMA = (col: string) =>
  `${col} NOT IN ('pg_catalog', 'information_schema') AND ${col} NOT LIKE 'pg\\_toast%' AND ${col} NOT LIKE 'pg\\_temp\\_%'`;

/** Not a member of an extension (CREATE EXTENSION's objects are covered by the extension). */
const NOT_EXTENSION_MEMBER = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

/** An identifier as the snapshot names objects: bare when PostgreSQL would print it so, else quoted. */
export const quoteName = (s: string) => (/^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);
const qi = quoteName;

/** Trailing blanks and line endings never count as a change. */
export function normalizeDefinition(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .trim();
}

/**
 * A view's query as PostgreSQL 16+ prints it. Up to PostgreSQL 15 a view's rule had two hidden
 * range-table entries (OLD and NEW), so pg_get_viewdef qualified every column even when the
 * query reads one table (`SELECT products.id FROM products`); from 16 on it does not
 * (`SELECT id FROM products`). On a query level that is not a set operation and reads exactly
 * one FROM item without a join, the redundant qualifier is removed, in that level only
 * (subqueries keep theirs, as PostgreSQL 16+ keeps them).
 */
export function normalizeViewDefinition(sql: string): string {
  let tree: { stmts?: { stmt?: Record<string, unknown> }[] };
  try {
    tree = parseQuery(sql) as typeof tree;
  } catch {
    return sql;
  }
  const select = tree.stmts?.[0]?.stmt?.['SelectStmt'] as Record<string, unknown> | undefined;
  if (!select || (select['op'] && select['op'] !== 'SETOP_NONE')) return sql;
  const from = select['fromClause'] as Record<string, Record<string, unknown>>[] | undefined;
  if (!from || from.length !== 1) return sql;
  const item = from[0]!;
  const rv = item['RangeVar'] ?? item['RangeSubselect'] ?? item['RangeFunction'];
  if (!rv) return sql;
  const alias = (rv['alias'] as { aliasname?: string } | undefined)?.aliasname ?? (rv['relname'] as string | undefined);
  if (!alias) return sql;
  const cuts: number[] = [];
  const walk = (node: unknown, top: boolean): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n, top);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'SelectStmt' && !top) continue; // a subquery: its own level
      if (key === 'fromClause' || key === 'withClause') continue;
      if (key === 'ColumnRef') {
        const ref = value as { fields?: { String?: { sval?: string } }[]; location?: number };
        if (ref.fields?.length === 2 && ref.fields[0]?.String?.sval === alias && ref.location !== undefined) cuts.push(ref.location);
        continue;
      }
      walk(value, false);
    }
  };
  walk(select, true);
  if (cuts.length === 0) return sql;
  const utf8 = new Utf8Offsets(sql);
  const quoted = /^[a-z_][a-z0-9_$]*$/.test(alias) ? alias : `"${alias.replace(/"/g, '""')}"`;
  let out = sql;
  for (const at of cuts.map((b) => utf8.toStringOffset(b)).sort((a, b) => b - a)) {
    if (out.startsWith(`${quoted}.`, at)) out = out.slice(0, at) + out.slice(at + quoted.length + 1);
  }
  return out;
}

type Row = Record<string, string | null>;

/**
 * The rows of a catalog query whose columns are all text, fetched as one JSON array: one value
 * to decode instead of one per field. Measured on the Lemmy history (343 migrations, three
 * snapshots each) on PGlite: decoding the protocol's rows field by field took ~8 s of 50.
 */
async function rows(db: Db, sql: string, params: unknown[] = []): Promise<Row[]> {
  const r = await db.query<{ j: string | null }>(`SELECT pg_catalog.json_agg(q)::text AS j FROM (${sql}) q`, params);
  const j = r.rows[0]?.j;
  return j ? (JSON.parse(j) as Row[]) : [];
}

/** Reads the snapshot. Runs outside a transaction; leaves the session's search_path as it was. */
export async function takeSnapshot(db: Db, opts: SnapshotOptions = {}): Promise<Snapshot> {
  const historyTable = opts.historyTable ?? 'flyway_schema_history';
  const historySchema = opts.historySchema;
  await initParser();
  const saved = (await rows(db, "SELECT pg_catalog.current_setting('search_path') AS p"))[0]?.['p'] ?? '"$user", public';
  await db.query("SELECT pg_catalog.set_config('search_path', 'pg_catalog', false)");
  try {
    return await read(db, historyTable, historySchema);
  } finally {
    await db.query("SELECT pg_catalog.set_config('search_path', $1, false)", [saved]);
  }
}

async function read(db: Db, historyTable: string, historySchema: string | undefined): Promise<Snapshot> {
  const snap: Snapshot = new Map();
  const add = (o: SchemaObject) => snap.set(objectKey(o.kind, o.name), { ...o, definition: normalizeDefinition(o.definition) });
  const isHistory = (schema: string | null | undefined, table: string | null | undefined) =>
    table === historyTable && (historySchema === undefined || schema === historySchema);

  for (const r of await rows(db, `SELECT nspname::text AS s FROM pg_namespace WHERE ${USER_SCHEMA('nspname')}`)) {
    add({ kind: 'schema', name: qi(r['s']!), definition: 'schema' });
  }

  for (const r of await rows(
    db,
    `SELECT e.extname::text AS name, e.extversion::text AS version, n.nspname::text AS s
       FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`,
  )) {
    add({ kind: 'extension', name: qi(r['name']!), definition: `version ${r['version']} in schema ${qi(r['s']!)}` });
  }

  // Relations: tables, views, materialized views, sequences, foreign tables, composite types.
  const relations = await rows(
    db,
    `SELECT n.nspname::text AS s, c.relname::text AS name, c.relkind::text AS kind, c.relpersistence::text AS persistence,
            c.relrowsecurity::text AS rls, c.relforcerowsecurity::text AS force_rls,
            CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey,
            CASE WHEN c.relispartition THEN (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i
                   JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                  WHERE i.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid) END AS partition_of,
            CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS viewdef,
            CASE WHEN c.relkind = 'S' THEN (SELECT format_type(q.seqtypid, NULL) || ' start ' || q.seqstart || ' increment ' || q.seqincrement
                   || ' minvalue ' || q.seqmin || ' maxvalue ' || q.seqmax || ' cache ' || q.seqcache
                   || CASE WHEN q.seqcycle THEN ' cycle' ELSE '' END FROM pg_sequence q WHERE q.seqrelid = c.oid) END AS seq,
            CASE WHEN c.relkind = 'S' THEN (SELECT quote_ident(tn.nspname) || '.' || quote_ident(t.relname) FROM pg_depend d
                   JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
                    AND d.deptype IN ('a', 'i') LIMIT 1) END AS owner,
            CASE WHEN c.relkind = 'c' THEN (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                   FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) END AS attrs
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') AND ${USER_SCHEMA('n.nspname')}
        AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`,
  );
  for (const r of relations) {
    if (isHistory(r['s'], r['name'])) continue;
    const name = `${qi(r['s']!)}.${qi(r['name']!)}`;
    switch (r['kind']) {
      case 'r':
      case 'p': {
        const parts = [r['persistence'] === 'u' ? 'unlogged table' : 'table'];
        if (r['partkey']) parts.push(`partitioned by ${r['partkey']}`);
        if (r['partition_of']) parts.push(`partition of ${r['partition_of']}`);
        if (r['rls'] === 'true') parts.push('row level security');
        if (r['force_rls'] === 'true') parts.push('forced');
        add({ kind: 'table', name, definition: parts.join(', ') });
        break;
      }
      case 'v':
        add({ kind: 'view', name, definition: normalizeViewDefinition(r['viewdef'] ?? '') });
        break;
      case 'm':
        add({ kind: 'materialized view', name, definition: normalizeViewDefinition(r['viewdef'] ?? '') });
        break;
      case 'S':
        // A serial or identity column's sequence belongs to its table.
        add({ kind: 'sequence', name, definition: r['seq'] ?? 'sequence', parent: r['owner'] ? objectKey('table', r['owner']) : undefined });
        break;
      case 'f':
        add({ kind: 'foreign table', name, definition: 'foreign table' });
        break;
      case 'c':
        add({ kind: 'type', name, definition: `composite (${r['attrs'] ?? ''})` });
        break;
    }
  }

  // Columns of tables and foreign tables (a view's columns are part of its definition).
  for (const r of await rows(
    db,
    `SELECT n.nspname::text AS s, c.relname::text AS t, c.relkind::text AS kind, a.attname::text AS name,
            format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull::text AS notnull,
            pg_get_expr(ad.adbin, ad.adrelid) AS def, a.attidentity::text AS identity, a.attgenerated::text AS generated,
            CASE WHEN a.attcollation <> ty.typcollation THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                   FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END AS coll
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type ty ON ty.oid = a.atttypid
       LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND ${USER_SCHEMA('n.nspname')}
        AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`,
  )) {
    if (isHistory(r['s'], r['t'])) continue;
    const table = `${qi(r['s']!)}.${qi(r['t']!)}`;
    const parts = [r['type']!];
    if (r['coll']) parts.push(`COLLATE ${r['coll']}`);
    if (r['notnull'] === 'true') parts.push('NOT NULL');
    if (r['identity'] === 'a') parts.push('GENERATED ALWAYS AS IDENTITY');
    else if (r['identity'] === 'd') parts.push('GENERATED BY DEFAULT AS IDENTITY');
    else if (r['generated'] === 's' && r['def']) parts.push(`GENERATED ALWAYS AS (${r['def']}) STORED`);
    else if (r['generated'] === 'v' && r['def']) parts.push(`GENERATED ALWAYS AS (${r['def']}) VIRTUAL`);
    else if (r['def']) parts.push(`DEFAULT ${r['def']}`);
    add({
      kind: 'column',
      name: `${table}.${qi(r['name']!)}`,
      definition: parts.join(' '),
      parent: objectKey(r['kind'] === 'f' ? 'foreign table' : 'table', table),
    });
  }

  // Indexes (of tables and materialized views), with their validity.
  for (const r of await rows(
    db,
    `SELECT n.nspname::text AS s, ic.relname::text AS name, tn.nspname::text AS ts, t.relname::text AS t, t.relkind::text AS tkind,
            pg_get_indexdef(i.indexrelid) AS def, i.indisvalid::text AS valid
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
       JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
      WHERE ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_class', 'ic.oid')}`,
  )) {
    if (isHistory(r['ts'], r['t'])) continue;
    const table = `${qi(r['ts']!)}.${qi(r['t']!)}`;
    add({
      kind: 'index',
      name: `${qi(r['s']!)}.${qi(r['name']!)}`,
      definition: `${r['def']}${r['valid'] === 'true' ? '' : ' (INVALID: a failed CREATE INDEX CONCURRENTLY)'}`,
      parent: objectKey(r['tkind'] === 'm' ? 'materialized view' : 'table', table),
    });
  }

  // Constraints of tables and domains; NOT NULL is part of the column / domain (PostgreSQL 18 catalogs it too).
  for (const r of await rows(
    db,
    `SELECT n.nspname::text AS s, COALESCE(t.relname, ty.typname)::text AS owner, (t.oid IS NULL)::text AS is_domain,
            co.conname::text AS name, pg_get_constraintdef(co.oid) AS def
       FROM pg_constraint co
       LEFT JOIN pg_class t ON t.oid = co.conrelid AND co.conrelid <> 0
       LEFT JOIN pg_type ty ON ty.oid = co.contypid AND co.contypid <> 0
       JOIN pg_namespace n ON n.oid = COALESCE(t.relnamespace, ty.typnamespace)
      WHERE co.contype <> 'n' AND (t.oid IS NOT NULL OR ty.oid IS NOT NULL) AND ${USER_SCHEMA('n.nspname')}
        AND ${NOT_EXTENSION_MEMBER('pg_constraint', 'co.oid')}`,
  )) {
    if (r['is_domain'] === 'false' && isHistory(r['s'], r['owner'])) continue;
    const owner = `${qi(r['s']!)}.${qi(r['owner']!)}`;
    add({
      kind: 'constraint',
      name: `${owner}.${qi(r['name']!)}`,
      definition: r['def'] ?? '',
      parent: objectKey(r['is_domain'] === 'true' ? 'domain' : 'table', owner),
    });
  }

  for (const r of await rows(
    db,
    `SELECT n.nspname::text AS s, c.relname::text AS t, c.relkind::text AS kind, tg.tgname::text AS name, pg_get_triggerdef(tg.oid) AS def
       FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT tg.tgisinternal AND ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_trigger', 'tg.oid')}`,
  )) {
    if (isHistory(r['s'], r['t'])) continue;
    const table = `${qi(r['s']!)}.${qi(r['t']!)}`;
    const parentKind: ObjectKind = r['kind'] === 'v' ? 'view' : r['kind'] === 'f' ? 'foreign table' : 'table';
    add({ kind: 'trigger', name: `${table}.${qi(r['name']!)}`, definition: r['def'] ?? '', parent: objectKey(parentKind, table) });
  }

  for (const r of await rows(
    db,
    `SELECT n.nspname::text AS s, c.relname::text AS t, p.polname::text AS name, p.polcmd::text AS cmd, p.polpermissive::text AS permissive,
            (SELECT string_agg(CASE WHEN rid = 0 THEN 'public' ELSE quote_ident(pg_get_userbyid(rid)::text) END, ', ' ORDER BY 1)
               FROM unnest(p.polroles) AS rid) AS roles,
            pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS wcheck
       FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMA('n.nspname')}`,
  )) {
    const table = `${qi(r['s']!)}.${qi(r['t']!)}`;
    const cmd = ({ r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE', '*': 'ALL' } as Record<string, string>)[r['cmd'] ?? '*'] ?? 'ALL';
    const parts = [r['permissive'] === 'true' ? 'PERMISSIVE' : 'RESTRICTIVE', `FOR ${cmd}`, `TO ${r['roles'] ?? 'public'}`];
    if (r['qual']) parts.push(`USING (${r['qual']})`);
    if (r['wcheck']) parts.push(`WITH CHECK (${r['wcheck']})`);
    add({ kind: 'policy', name: `${table}.${qi(r['name']!)}`, definition: parts.join(' '), parent: objectKey('table', table) });
  }

  // Functions, procedures, aggregates: signature as key, pg_get_functiondef as definition.
  for (const r of await rows(
    db,
    `SELECT p.oid::regprocedure::text AS sig, p.prokind::text AS kind,
            CASE WHEN p.prokind IN ('f', 'p', 'w') THEN pg_get_functiondef(p.oid)
                 ELSE 'aggregate returning ' || format_type(p.prorettype, NULL) END AS def
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p.oid')}`,
  )) {
    const kind: ObjectKind = r['kind'] === 'p' ? 'procedure' : r['kind'] === 'a' ? 'aggregate' : 'function';
    add({ kind, name: r['sig']!, definition: r['def'] ?? '' });
  }

  // Enums, domains, range types (composite types come with the relations above).
  for (const r of await rows(
    db,
    `SELECT n.nspname::text AS s, t.typname::text AS name, t.typtype::text AS kind,
            CASE t.typtype
              WHEN 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
              WHEN 'd' THEN format_type(t.typbasetype, t.typtypmod)
                || CASE WHEN t.typcollation <> bt.typcollation THEN ' COLLATE ' || (SELECT quote_ident(collname) FROM pg_collation WHERE oid = t.typcollation) ELSE '' END
                || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
                || COALESCE(' DEFAULT ' || t.typdefault, '')
              WHEN 'r' THEN (SELECT 'range of ' || format_type(rg.rngsubtype, NULL) FROM pg_range rg WHERE rg.rngtypid = t.oid)
            END AS def
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
      WHERE t.typtype IN ('e', 'd', 'r') AND ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_type', 't.oid')}`,
  )) {
    const name = `${qi(r['s']!)}.${qi(r['name']!)}`;
    if (r['kind'] === 'e') add({ kind: 'enum', name, definition: `(${r['def'] ?? ''})` });
    else if (r['kind'] === 'd') add({ kind: 'domain', name, definition: r['def'] ?? '' });
    else add({ kind: 'type', name, definition: r['def'] ?? 'range' });
  }

  return new Map([...snap.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** An empty snapshot (the state before anything ran, when nothing was taken). */
export const emptySnapshot = (): Snapshot => new Map();
