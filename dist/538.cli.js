export const id = 538;
export const ids = [538];
export const modules = {

/***/ 9296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ changeKey),
/* harmony export */   F0: () => (/* binding */ fmtCost),
/* harmony export */   OA: () => (/* binding */ comparePlans),
/* harmony export */   WE: () => (/* binding */ explain)
/* harmony export */ });
/* unused harmony export shapeOf */
/* harmony import */ var _db_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5978);
/**
 * Query plans for query-plan-regression: EXPLAIN without ANALYZE (the query is planned, never run,
 * so planning it after every migration is cheap and a DML query changes nothing), read from
 * `EXPLAIN (VERBOSE, FORMAT JSON)` (PostgreSQL docs: EXPLAIN; the JSON keys are those of
 * src/backend/commands/explain.c: "Node Type", "Relation Name", "Schema", "Index Name",
 * "Total Cost", "Plan Rows", "Plans"), and compared: an index or bitmap scan on a relation that
 * became a sequential scan, an index the plan used that is gone, and estimated total cost grown
 * by more than a factor.
 */

/** Index-based access: what query-plan-regression protects from turning into a Seq Scan. */
const INDEX_NODES = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Heap Scan']);
/** EXPLAIN of `sql` on `db`: its plan, or the error PostgreSQL gave (never thrown). */
async function explain(db, sql) {
    try {
        const json = await db.query(`EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`);
        const raw = json.rows[0]?.['QUERY PLAN'];
        const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw);
        const top = doc[0].Plan;
        const text = await db.query(`EXPLAIN ${sql}`);
        const scans = [];
        collectScans(top, scans);
        return { plan: { shape: shapeOf(top), cost: Number(top['Total Cost']), rows: Number(top['Plan Rows']), scans, text: text.rows.map((r) => r['QUERY PLAN']) } };
    }
    catch (e) {
        const err = (0,_db_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .asDbError */ .$w)(e);
        if (!err)
            throw e;
        return { error: { sqlstate: err.code, message: err.message } };
    }
}
const relationOf = (n) => (n['Relation Name'] ? `${n['Schema'] ? `${n['Schema']}.` : ''}${n['Relation Name']}` : undefined);
const indexOf = (n) => (n['Index Name'] ? `${n['Schema'] ? `${n['Schema']}.` : ''}${n['Index Name']}` : undefined);
function collectScans(n, out) {
    const relation = relationOf(n);
    if (relation) {
        const own = indexOf(n);
        const bitmap = [];
        if (n['Node Type'] === 'Bitmap Heap Scan')
            collectBitmapIndexes(n, bitmap);
        out.push({ relation, node: String(n['Node Type']), indexes: own ? [own] : [...new Set(bitmap)] });
    }
    for (const child of n['Plans'] ?? [])
        collectScans(child, out);
}
function collectBitmapIndexes(n, out) {
    for (const child of n['Plans'] ?? []) {
        // The index of a Bitmap Index Scan is in the Bitmap Heap Scan's schema.
        if (child['Node Type'] === 'Bitmap Index Scan' && child['Index Name'])
            out.push(`${n['Schema'] ? `${n['Schema']}.` : ''}${child['Index Name']}`);
        collectBitmapIndexes(child, out);
    }
}
function label(n) {
    const index = n['Index Name'] ? ` using ${n['Index Name']}` : '';
    const relation = relationOf(n);
    return `${n['Node Type']}${index}${relation ? ` on ${relation}` : ''}`;
}
/** The plan tree on one line: a node with one child "A → B", with several "A (B; C)". */
function shapeOf(n) {
    const children = (n['Plans'] ?? []).map(shapeOf);
    if (children.length === 0)
        return label(n);
    if (children.length === 1)
        return `${label(n)} → ${children[0]}`;
    return `${label(n)} (${children.join('; ')})`;
}
/** A stable key for a change, to find the migration after which it first appears. */
const changeKey = (c) => `${c.kind}:${c.relation ?? ''}`;
const fmtCost = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));
/** How `relation` is read in a plan, for messages: "Index Scan using i", "Seq Scan". */
function access(plan, relation) {
    const on = plan.scans.filter((s) => s.relation === relation);
    return [...new Set(on.map((s) => `${s.node}${s.indexes.length ? ` using ${s.indexes.map((i) => i.slice(i.indexOf('.') + 1)).join(', ')}` : ''}`))].join(', ');
}
/**
 * How `after` is worse than `before`. `exists(index)` says whether an index (schema-qualified)
 * still exists at the point of `after`. A relation read by an index before and by a Seq Scan only
 * after is seq-scan (naming the indexes that are gone); an index that is gone while the relation is
 * still read by another index is index-gone only when the cost grew (an equivalent replacement is
 * no regression); cost: after > before × costFactor. A query that planned before and fails after: fails.
 */
function comparePlans(before, after, costFactor, exists) {
    if (!before.plan)
        return [];
    if (!after.plan)
        return [{ kind: 'fails', goneIndexes: [], before: `${before.plan.shape} (cost ${fmtCost(before.plan.cost)})`, after: after.error.message }];
    const b = before.plan;
    const a = after.plan;
    const out = [];
    for (const relation of [...new Set(b.scans.map((s) => s.relation))]) {
        const used = b.scans.filter((s) => s.relation === relation && INDEX_NODES.has(s.node));
        if (used.length === 0)
            continue;
        const gone = [...new Set(used.flatMap((s) => s.indexes))].filter((i) => !exists(i));
        const now = a.scans.filter((s) => s.relation === relation);
        const seqOnly = now.length > 0 && now.every((s) => !INDEX_NODES.has(s.node)) && now.some((s) => s.node === 'Seq Scan');
        if (seqOnly)
            out.push({ kind: 'seq-scan', relation, goneIndexes: gone, before: access(b, relation), after: access(a, relation) });
        else if (gone.length && now.length && a.cost > b.cost * 1.01)
            out.push({ kind: 'index-gone', relation, goneIndexes: gone, before: access(b, relation), after: access(a, relation) });
    }
    if (a.cost > b.cost * costFactor)
        out.push({ kind: 'cost', goneIndexes: [], before: fmtCost(b.cost), after: fmtCost(a.cost) });
    return out;
}



/***/ }),

/***/ 4538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./rules/index.ts + 34 modules
var rules = __webpack_require__(3080);
// EXTERNAL MODULE: ./src/db/apply.ts
var apply = __webpack_require__(2154);
// EXTERNAL MODULE: ./src/model/statements.ts
var statements = __webpack_require__(7043);
// EXTERNAL MODULE: ./src/db/engine.ts
var db_engine = __webpack_require__(5978);
// EXTERNAL MODULE: ./src/db/executor.ts
var executor = __webpack_require__(8661);
// EXTERNAL MODULE: ./src/db/history.ts
var db_history = __webpack_require__(3966);
// EXTERNAL MODULE: ./src/model/ast.ts
var ast = __webpack_require__(3293);
// EXTERNAL MODULE: ./src/load/version.ts
var version = __webpack_require__(8472);
// EXTERNAL MODULE: ./src/model/project.ts + 3 modules
var model_project = __webpack_require__(8692);
// EXTERNAL MODULE: ./src/parse/wasm.ts
var wasm = __webpack_require__(9143);
// EXTERNAL MODULE: ./src/load/text.ts
var load_text = __webpack_require__(3497);
// EXTERNAL MODULE: ./src/parse/parser.ts + 4 modules
var parser = __webpack_require__(8098);
;// CONCATENATED MODULE: ./src/check/snapshot.ts
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



const objectKey = (kind, name) => `${kind} ${name}`;
const USER_SCHEMA = (col) => `${col} NOT IN ('pg_catalog', 'information_schema') AND ${col} NOT LIKE 'pg\\_toast%' AND ${col} NOT LIKE 'pg\\_temp\\_%'`;
/** Not a member of an extension (CREATE EXTENSION's objects are covered by the extension). */
const NOT_EXTENSION_MEMBER = (catalog, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
/** An identifier as the snapshot names objects: bare when PostgreSQL would print it so, else quoted. */
const quoteName = (s) => (/^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);
const qi = quoteName;
/** Trailing blanks and line endings never count as a change. */
function normalizeDefinition(text) {
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
function normalizeViewDefinition(sql) {
    let tree;
    try {
        tree = (0,wasm/* parseQuery */.mA)(sql);
    }
    catch {
        return sql;
    }
    const select = tree.stmts?.[0]?.stmt?.['SelectStmt'];
    if (!select || (select['op'] && select['op'] !== 'SETOP_NONE'))
        return sql;
    const from = select['fromClause'];
    if (!from || from.length !== 1)
        return sql;
    const item = from[0];
    const rv = item['RangeVar'] ?? item['RangeSubselect'] ?? item['RangeFunction'];
    if (!rv)
        return sql;
    const alias = rv['alias']?.aliasname ?? rv['relname'];
    if (!alias)
        return sql;
    const cuts = [];
    const walk = (node, top) => {
        if (Array.isArray(node)) {
            for (const n of node)
                walk(n, top);
            return;
        }
        if (!node || typeof node !== 'object')
            return;
        for (const [key, value] of Object.entries(node)) {
            if (key === 'SelectStmt' && !top)
                continue; // a subquery: its own level
            if (key === 'fromClause' || key === 'withClause')
                continue;
            if (key === 'ColumnRef') {
                const ref = value;
                if (ref.fields?.length === 2 && ref.fields[0]?.String?.sval === alias && ref.location !== undefined)
                    cuts.push(ref.location);
                continue;
            }
            walk(value, false);
        }
    };
    walk(select, true);
    if (cuts.length === 0)
        return sql;
    const utf8 = new load_text/* Utf8Offsets */.As(sql);
    const quoted = /^[a-z_][a-z0-9_$]*$/.test(alias) ? alias : `"${alias.replace(/"/g, '""')}"`;
    let out = sql;
    for (const at of cuts.map((b) => utf8.toStringOffset(b)).sort((a, b) => b - a)) {
        if (out.startsWith(`${quoted}.`, at))
            out = out.slice(0, at) + out.slice(at + quoted.length + 1);
    }
    return out;
}
/**
 * The rows of a catalog query whose columns are all text, fetched as one JSON array: one value
 * to decode instead of one per field. Measured on the Lemmy history (343 migrations, three
 * snapshots each) on PGlite: decoding the protocol's rows field by field took ~8 s of 50.
 */
async function rows(db, sql, params = []) {
    const r = await db.query(`SELECT pg_catalog.json_agg(q)::text AS j FROM (${sql}) q`, params);
    const j = r.rows[0]?.j;
    return j ? JSON.parse(j) : [];
}
/** Reads the snapshot. Runs outside a transaction; leaves the session's search_path as it was. */
async function takeSnapshot(db, opts = {}) {
    const historyTable = opts.historyTable ?? 'flyway_schema_history';
    const historySchema = opts.historySchema;
    await (0,parser/* initParser */.cd)();
    const saved = (await rows(db, "SELECT pg_catalog.current_setting('search_path') AS p"))[0]?.['p'] ?? '"$user", public';
    await db.query("SELECT pg_catalog.set_config('search_path', 'pg_catalog', false)");
    try {
        return await read(db, historyTable, historySchema);
    }
    finally {
        await db.query("SELECT pg_catalog.set_config('search_path', $1, false)", [saved]);
    }
}
async function read(db, historyTable, historySchema) {
    const snap = new Map();
    const add = (o) => snap.set(objectKey(o.kind, o.name), { ...o, definition: normalizeDefinition(o.definition) });
    const isHistory = (schema, table) => table === historyTable && (historySchema === undefined || schema === historySchema);
    for (const r of await rows(db, `SELECT nspname::text AS s FROM pg_namespace WHERE ${USER_SCHEMA('nspname')}`)) {
        add({ kind: 'schema', name: qi(r['s']), definition: 'schema' });
    }
    for (const r of await rows(db, `SELECT e.extname::text AS name, e.extversion::text AS version, n.nspname::text AS s
       FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`)) {
        add({ kind: 'extension', name: qi(r['name']), definition: `version ${r['version']} in schema ${qi(r['s'])}` });
    }
    // Relations: tables, views, materialized views, sequences, foreign tables, composite types.
    const relations = await rows(db, `SELECT n.nspname::text AS s, c.relname::text AS name, c.relkind::text AS kind, c.relpersistence::text AS persistence,
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
        AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`);
    for (const r of relations) {
        if (isHistory(r['s'], r['name']))
            continue;
        const name = `${qi(r['s'])}.${qi(r['name'])}`;
        switch (r['kind']) {
            case 'r':
            case 'p': {
                const parts = [r['persistence'] === 'u' ? 'unlogged table' : 'table'];
                if (r['partkey'])
                    parts.push(`partitioned by ${r['partkey']}`);
                if (r['partition_of'])
                    parts.push(`partition of ${r['partition_of']}`);
                if (r['rls'] === 'true')
                    parts.push('row level security');
                if (r['force_rls'] === 'true')
                    parts.push('forced');
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
    for (const r of await rows(db, `SELECT n.nspname::text AS s, c.relname::text AS t, c.relkind::text AS kind, a.attname::text AS name,
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
        AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`)) {
        if (isHistory(r['s'], r['t']))
            continue;
        const table = `${qi(r['s'])}.${qi(r['t'])}`;
        const parts = [r['type']];
        if (r['coll'])
            parts.push(`COLLATE ${r['coll']}`);
        if (r['notnull'] === 'true')
            parts.push('NOT NULL');
        if (r['identity'] === 'a')
            parts.push('GENERATED ALWAYS AS IDENTITY');
        else if (r['identity'] === 'd')
            parts.push('GENERATED BY DEFAULT AS IDENTITY');
        else if (r['generated'] === 's' && r['def'])
            parts.push(`GENERATED ALWAYS AS (${r['def']}) STORED`);
        else if (r['generated'] === 'v' && r['def'])
            parts.push(`GENERATED ALWAYS AS (${r['def']}) VIRTUAL`);
        else if (r['def'])
            parts.push(`DEFAULT ${r['def']}`);
        add({
            kind: 'column',
            name: `${table}.${qi(r['name'])}`,
            definition: parts.join(' '),
            parent: objectKey(r['kind'] === 'f' ? 'foreign table' : 'table', table),
        });
    }
    // Indexes (of tables and materialized views), with their validity.
    for (const r of await rows(db, `SELECT n.nspname::text AS s, ic.relname::text AS name, tn.nspname::text AS ts, t.relname::text AS t, t.relkind::text AS tkind,
            pg_get_indexdef(i.indexrelid) AS def, i.indisvalid::text AS valid
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
       JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
      WHERE ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_class', 'ic.oid')}`)) {
        if (isHistory(r['ts'], r['t']))
            continue;
        const table = `${qi(r['ts'])}.${qi(r['t'])}`;
        add({
            kind: 'index',
            name: `${qi(r['s'])}.${qi(r['name'])}`,
            definition: `${r['def']}${r['valid'] === 'true' ? '' : ' (INVALID: a failed CREATE INDEX CONCURRENTLY)'}`,
            parent: objectKey(r['tkind'] === 'm' ? 'materialized view' : 'table', table),
        });
    }
    // Constraints of tables and domains; NOT NULL is part of the column / domain (PostgreSQL 18 catalogs it too).
    for (const r of await rows(db, `SELECT n.nspname::text AS s, COALESCE(t.relname, ty.typname)::text AS owner, (t.oid IS NULL)::text AS is_domain,
            co.conname::text AS name, pg_get_constraintdef(co.oid) AS def
       FROM pg_constraint co
       LEFT JOIN pg_class t ON t.oid = co.conrelid AND co.conrelid <> 0
       LEFT JOIN pg_type ty ON ty.oid = co.contypid AND co.contypid <> 0
       JOIN pg_namespace n ON n.oid = COALESCE(t.relnamespace, ty.typnamespace)
      WHERE co.contype <> 'n' AND (t.oid IS NOT NULL OR ty.oid IS NOT NULL) AND ${USER_SCHEMA('n.nspname')}
        AND ${NOT_EXTENSION_MEMBER('pg_constraint', 'co.oid')}`)) {
        if (r['is_domain'] === 'false' && isHistory(r['s'], r['owner']))
            continue;
        const owner = `${qi(r['s'])}.${qi(r['owner'])}`;
        add({
            kind: 'constraint',
            name: `${owner}.${qi(r['name'])}`,
            definition: r['def'] ?? '',
            parent: objectKey(r['is_domain'] === 'true' ? 'domain' : 'table', owner),
        });
    }
    for (const r of await rows(db, `SELECT n.nspname::text AS s, c.relname::text AS t, c.relkind::text AS kind, tg.tgname::text AS name, pg_get_triggerdef(tg.oid) AS def
       FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT tg.tgisinternal AND ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_trigger', 'tg.oid')}`)) {
        if (isHistory(r['s'], r['t']))
            continue;
        const table = `${qi(r['s'])}.${qi(r['t'])}`;
        const parentKind = r['kind'] === 'v' ? 'view' : r['kind'] === 'f' ? 'foreign table' : 'table';
        add({ kind: 'trigger', name: `${table}.${qi(r['name'])}`, definition: r['def'] ?? '', parent: objectKey(parentKind, table) });
    }
    for (const r of await rows(db, `SELECT n.nspname::text AS s, c.relname::text AS t, p.polname::text AS name, p.polcmd::text AS cmd, p.polpermissive::text AS permissive,
            (SELECT string_agg(CASE WHEN rid = 0 THEN 'public' ELSE quote_ident(pg_get_userbyid(rid)::text) END, ', ' ORDER BY 1)
               FROM unnest(p.polroles) AS rid) AS roles,
            pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS wcheck
       FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMA('n.nspname')}`)) {
        const table = `${qi(r['s'])}.${qi(r['t'])}`;
        const cmd = { r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE', '*': 'ALL' }[r['cmd'] ?? '*'] ?? 'ALL';
        const parts = [r['permissive'] === 'true' ? 'PERMISSIVE' : 'RESTRICTIVE', `FOR ${cmd}`, `TO ${r['roles'] ?? 'public'}`];
        if (r['qual'])
            parts.push(`USING (${r['qual']})`);
        if (r['wcheck'])
            parts.push(`WITH CHECK (${r['wcheck']})`);
        add({ kind: 'policy', name: `${table}.${qi(r['name'])}`, definition: parts.join(' '), parent: objectKey('table', table) });
    }
    // Functions, procedures, aggregates: signature as key, pg_get_functiondef as definition.
    for (const r of await rows(db, `SELECT p.oid::regprocedure::text AS sig, p.prokind::text AS kind,
            CASE WHEN p.prokind IN ('f', 'p', 'w') THEN pg_get_functiondef(p.oid)
                 ELSE 'aggregate returning ' || format_type(p.prorettype, NULL) END AS def
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p.oid')}`)) {
        const kind = r['kind'] === 'p' ? 'procedure' : r['kind'] === 'a' ? 'aggregate' : 'function';
        add({ kind, name: r['sig'], definition: r['def'] ?? '' });
    }
    // Enums, domains, range types (composite types come with the relations above).
    for (const r of await rows(db, `SELECT n.nspname::text AS s, t.typname::text AS name, t.typtype::text AS kind,
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
      WHERE t.typtype IN ('e', 'd', 'r') AND ${USER_SCHEMA('n.nspname')} AND ${NOT_EXTENSION_MEMBER('pg_type', 't.oid')}`)) {
        const name = `${qi(r['s'])}.${qi(r['name'])}`;
        if (r['kind'] === 'e')
            add({ kind: 'enum', name, definition: `(${r['def'] ?? ''})` });
        else if (r['kind'] === 'd')
            add({ kind: 'domain', name, definition: r['def'] ?? '' });
        else
            add({ kind: 'type', name, definition: r['def'] ?? 'range' });
    }
    return new Map([...snap.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** An empty snapshot (the state before anything ran, when nothing was taken). */
const emptySnapshot = () => new Map();

;// CONCATENATED MODULE: ./src/check/diff.ts
/**
 * Differences between two schema snapshots: objects added, changed and dropped, and a
 * human-readable form that folds an added or dropped table's columns, indexes and constraints
 * into one line for the table.
 */

/**
 * `foldedSince` (ms since the epoch): definitions that differ only in date/time literals from that
 * moment on are the same. PostgreSQL folds `'now'::timestamp`, `'today'::date` and the like to a
 * constant when it stores a view or a default (docs: "Date/Time Types", special values), so an
 * object re-created from the very same text later in the run stores another constant.
 */
function diffSnapshots(before, after, foldedSince) {
    const added = [];
    const changed = [];
    const dropped = [];
    for (const [key, a] of after) {
        const b = before.get(key);
        if (!b)
            added.push(a);
        else if (b.definition !== a.definition &&
            !sameButWhitespace(b.definition, a.definition) &&
            !(foldedSince !== undefined && sameButFoldedTimes(b.definition, a.definition, foldedSince))) {
            changed.push({ kind: a.kind, name: a.name, before: b.definition, after: a.definition, parent: a.parent });
        }
    }
    for (const [key, b] of before)
        if (!after.has(key))
            dropped.push(b);
    return { added, changed, dropped };
}
const isEmptyDiff = (d) => d.added.length + d.changed.length + d.dropped.length === 0;
const emptyDiff = () => ({ added: [], changed: [], dropped: [] });
const PARENTS = ['table', 'foreign table', 'materialized view', 'domain', 'view'];
function plural(n, word) {
    if (n === 1)
        return `1 ${word}`;
    return `${n} ${word === 'index' ? 'indexes' : word === 'policy' ? 'policies' : `${word}s`}`;
}
/** What an added or dropped table brings with it: "3 columns, 1 index". */
function childrenSummary(children) {
    const counts = new Map();
    for (const c of children)
        counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
    const order = ['column', 'constraint', 'index', 'sequence', 'trigger', 'policy'];
    return order.filter((k) => counts.has(k)).map((k) => plural(counts.get(k), k)).join(', ');
}
const oneLine = (s, max = 160) => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
/**
 * Lines for people: children of an added or dropped parent are folded into the parent's line;
 * short changed definitions show before → after, long ones (views, functions) say "definition changed".
 */
/**
 * The net effect of diffs taken one after the other (each migration's before → after): what the
 * first one found before and the last one left after, per object. An object added and dropped
 * again, or changed back, is no change. Lets a PR's schema diff leave out what unchanged
 * migrations (an R__ file that runs after the new ones) did in between.
 */
function composeDiffs(diffs) {
    const state = new Map();
    const touch = (before, after, o) => {
        const key = objectKey(o.kind, o.name);
        const s = state.get(key);
        if (s)
            s.after = after;
        else
            state.set(key, { before, after });
    };
    for (const d of diffs) {
        for (const o of d.added)
            touch(undefined, o, o);
        for (const c of d.changed) {
            touch({ kind: c.kind, name: c.name, definition: c.before, parent: c.parent }, { kind: c.kind, name: c.name, definition: c.after, parent: c.parent }, c);
        }
        for (const o of d.dropped)
            touch(o, undefined, o);
    }
    const out = { added: [], changed: [], dropped: [] };
    for (const { before, after } of state.values()) {
        if (!before && after)
            out.added.push(after);
        else if (before && !after)
            out.dropped.push(before);
        else if (before && after && before.definition !== after.definition) {
            out.changed.push({ kind: after.kind, name: after.name, before: before.definition, after: after.definition, parent: after.parent });
        }
    }
    return out;
}
/**
 * Definitions equal but for runs of white space (a function body re-created with another
 * indentation: PostgreSQL keeps a body's text as written). A change inside a string literal that
 * is only white space is not seen — the price of not reporting indentation.
 */
function sameButWhitespace(a, b) {
    const squeeze = (s) => s.replace(/\s+/g, ' ').trim();
    return squeeze(a) === squeeze(b);
}
/** A date or timestamp literal as PostgreSQL prints it: '2026-11-30 06:30:01.5+00'::timestamp with time zone. */
const TIME_LITERAL = /'(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2}(?:\.\d+)?)?(?:[+-]\d{2}(?::?\d{2})?)?)'::(?:timestamp|date|time)[a-z ]*/g;
const DAY = 86_400_000;
function sameButFoldedTimes(a, b, since) {
    // A day of slack either way: a literal without a time zone is in the server's TimeZone.
    const recent = (lit) => {
        const t = Date.parse(lit.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
        return Number.isFinite(t) && t >= since - DAY && t <= Date.now() + DAY;
    };
    const mask = (s) => s.replace(TIME_LITERAL, (whole, lit) => (recent(lit) ? whole.replace(lit, '<now>') : whole));
    return mask(a) === mask(b);
}
/** The lines of `before` and `after` that differ, first few, for a message: "- line / + line". */
function changedLines(before, after, max = 3) {
    const b = before.split('\n').map((l) => l.trim());
    const a = after.split('\n').map((l) => l.trim());
    const gone = b.filter((l) => !a.includes(l));
    const come = a.filter((l) => !b.includes(l));
    const parts = [...gone.slice(0, max).map((l) => `- ${oneLine(l, 80)}`), ...come.slice(0, max).map((l) => `+ ${oneLine(l, 80)}`)];
    if (gone.length > max || come.length > max)
        parts.push('…');
    return parts.join(' / ');
}
function describeDiff(diff) {
    const lines = [];
    const fold = (list, change) => {
        const parents = new Set(list.filter((o) => PARENTS.includes(o.kind)).map((o) => objectKey(o.kind, o.name)));
        const children = new Map();
        for (const o of list) {
            if (o.parent && parents.has(o.parent))
                children.set(o.parent, [...(children.get(o.parent) ?? []), o]);
        }
        for (const o of list) {
            if (o.parent && parents.has(o.parent))
                continue;
            const kids = children.get(objectKey(o.kind, o.name));
            const def = o.definition === o.kind ? '' : oneLine(o.definition, kids?.length ? 80 : 120);
            const text = kids?.length ? `${def ? `${def}; ` : ''}with ${childrenSummary(kids)}` : def;
            lines.push({ change, kind: o.kind, name: o.name, text });
        }
    };
    fold(diff.added, 'added');
    for (const c of diff.changed) {
        const short = c.before.length <= 100 && c.after.length <= 100 && !c.before.includes('\n') && !c.after.includes('\n');
        lines.push({ change: 'changed', kind: c.kind, name: c.name, text: short ? `${c.before} → ${c.after}` : `definition changed: ${changedLines(c.before, c.after) || 'the same lines in another order'}` });
    }
    fold(diff.dropped, 'dropped');
    return lines;
}
/** "index public.idx_a (CREATE INDEX …)" */
function describeLine(l) {
    return `${l.kind} ${l.name}${l.text ? ` (${l.text})` : ''}`;
}

// EXTERNAL MODULE: ./src/check/locks.ts
var locks = __webpack_require__(5824);
;// CONCATENATED MODULE: ./src/check/rollback.ts
/**
 * Verifying a migration's rollback without disturbing the forward chain (issue #11): right after
 * `m` was applied on the scratch database, its rollback runs, the schema is compared with the
 * snapshot taken before `m`, and `m` runs again (up → down → up) — on a state that is thrown away
 * afterwards, so a rollback that is broken, incomplete or deliberately irreversible never stops
 * the migrations after it from being applied and checked.
 *
 * - Both files atomic (transactional, or one BEGIN … COMMIT block): inside one transaction on the
 *   scratch database — the rollback, the snapshot, a SAVEPOINT, `m` again — then ROLLBACK. Cheap,
 *   and PostgreSQL's own transaction is the copy. (A file's own BEGIN and COMMIT are left out.)
 * - Otherwise (CONCURRENTLY, several transaction blocks, a COMMITting DO block): on a copy of the
 *   scratch database (Scratch.copy: CREATE DATABASE … TEMPLATE on a server; on PGlite the
 *   instance itself, checkpointed and restored from its data directory afterwards).
 * - Without a copy: in place, as before; a failure there is reported as disturbing the chain.
 *
 * Each step starts from a reset session (RESET_SESSION), as the runner runs each file: what the
 * migration SET in its session does not carry into its rollback.
 */



const now = () => performance.now();
async function verifyRollback(ctx, m, rollback, before) {
    let rbPlan;
    let mPlan;
    try {
        rbPlan = (0,apply/* planFile */.eS)(rollback, ctx.routine);
    }
    catch (e) {
        if (!(e instanceof apply/* ApplyError */.d5))
            throw e;
        return { how: 'transaction', failure: e, disturbed: false };
    }
    try {
        mPlan = (0,apply/* planFile */.eS)(m, ctx.routine);
    }
    catch (e) {
        if (!(e instanceof apply/* ApplyError */.d5))
            throw e;
        return { how: 'transaction', reapplyError: e, disturbed: false };
    }
    if (rbPlan.atomic && mPlan.atomic)
        return inTransaction(ctx, m, mPlan, rollback, rbPlan, before);
    if (ctx.copy) {
        const copy = await ctx.copy();
        try {
            return { ...(await upDownUp(ctx, copy.db, m, mPlan, rollback, rbPlan, before)), how: 'copy', disturbed: false };
        }
        finally {
            await copy.dispose();
        }
    }
    const v = await upDownUp(ctx, ctx.db, m, mPlan, rollback, rbPlan, before);
    return { ...v, how: 'in-place', disturbed: v.failure !== undefined || v.reapplyError !== undefined };
}
async function inTransaction(ctx, m, mPlan, rollback, rbPlan, before) {
    const { db } = ctx;
    await db.exec('BEGIN');
    try {
        const run = (file, plan) => (0,apply/* applyInside */.XK)(db, file, plan, ctx.skip?.(file));
        return { ...(await downUp(ctx, db, run, m, mPlan, rollback, rbPlan, before)), how: 'transaction', disturbed: false };
    }
    finally {
        await db.exec('ROLLBACK');
    }
}
function upDownUp(ctx, db, m, mPlan, rollback, rbPlan, before) {
    const run = async (file, plan) => {
        await (0,apply/* applyFile */.ZI)(db, file, { routine: ctx.routine, skip: ctx.skip?.(file) }, plan);
    };
    return downUp(ctx, db, run, m, mPlan, rollback, rbPlan, before);
}
/** The rollback, the comparison with `before`, the migration again: each step run by `run`. */
async function downUp(ctx, db, run, m, mPlan, rollback, rbPlan, before) {
    const step = async (name, file, plan) => {
        const done = ctx.phase?.(name);
        try {
            await db.exec(executor/* RESET_SESSION */.T4);
            await run(file, plan);
            done?.(true);
            return undefined;
        }
        catch (e) {
            if (!(e instanceof apply/* ApplyError */.d5))
                throw e;
            done?.(false);
            return e;
        }
    };
    const started = now();
    const failure = await step('rollback', rollback, rbPlan);
    if (failure)
        return { failure };
    const downMs = now() - started;
    const diff = diffSnapshots(before, await ctx.snapshot(db), ctx.foldedSince);
    const reapplyError = await step('reapply', m, mPlan);
    return reapplyError ? { downMs, diff, reapplyError } : { downMs, diff };
}

// EXTERNAL MODULE: ./src/lint/suppressions.ts
var lint_suppressions = __webpack_require__(4529);
// EXTERNAL MODULE: ./src/lint/engine.ts + 1 modules
var lint_engine = __webpack_require__(6469);
// EXTERNAL MODULE: ./rules/table-rewrite.ts
var table_rewrite = __webpack_require__(8575);
// EXTERNAL MODULE: ./src/check/rules.ts
var check_rules = __webpack_require__(4327);
;// CONCATENATED MODULE: ./src/check/findings.ts
/**
 * check's findings: suppression comments and severities applied as the lint applies them, merged
 * with the lint's, and the lint predictions the scratch database contradicted.
 */




/** Suppression comments and configured severities, as the lint applies them. */
function finish(raw, severities, targets) {
    const cache = new Map();
    const suppressions = (f) => {
        let s = cache.get(f);
        if (!s)
            cache.set(f, (s = (0,lint_suppressions/* parseSuppressions */.Q)(f)));
        return s;
    };
    const out = [];
    for (const f of raw) {
        const setting = severities[f.rule];
        if (setting === 'off')
            continue;
        if (targets && !targets.has(f.file.rel) && !(f.alsoFiles ?? []).some((o) => targets.has(o.rel)))
            continue;
        const excused = suppressions(f.file).some((s) => s.rules.includes(f.rule) && (s.scope === 'file' || (f.offset !== undefined && f.offset >= s.start && f.offset <= s.end))) || (f.alsoFiles ?? []).some((o) => suppressions(o).some((s) => s.rules.includes(f.rule) && s.scope === 'file'));
        if (excused)
            continue;
        const meta = f.rule === 'table-rewrite' ? table_rewrite/* default */.A.meta : (0,check_rules/* checkRule */.T9)(f.rule);
        out.push({
            rule: f.rule,
            severity: setting ?? f.severity ?? meta.severity,
            file: f.file.path,
            line: f.line,
            column: f.column,
            message: f.message,
            help: f.help ?? meta.help,
        });
    }
    return out;
}
/**
 * Lint and check findings together, sorted like the lint's. An apply-failed at the very place
 * the lint already reports a parse error says nothing new and is dropped.
 */
function combineFindings(lint, check, migrations = []) {
    const parseErrors = new Set(lint.filter((f) => f.rule === 'parse-error').map((f) => `${f.file}:${f.line}:${f.column}`));
    // A rewrite PostgreSQL showed at a statement the lint already reports as rewriting: once.
    const where = statementLocator(migrations);
    const rewriteClaims = new Set(lint.filter(claimsRewrite).map(where));
    // An empty rollback is rollback-empty's; its rollback-incomplete would say the same again.
    const emptyRollbacks = new Set(lint.filter((f) => f.rule === 'rollback-empty').map((f) => f.file));
    const keep = (f) => !(f.rule === 'apply-failed' && parseErrors.has(`${f.file}:${f.line}:${f.column}`)) &&
        !(f.rule === 'table-rewrite' && rewriteClaims.has(where(f))) &&
        !(f.rule === 'rollback-incomplete' && emptyRollbacks.has(f.file));
    return (0,lint_engine/* sortFindings */.Tc)([...lint, ...check.filter(keep)]);
}
/**
 * The traced statement a finding falls in (the last one starting at or before it), as
 * "file#index"; "file:line" when the file was not traced. Lint findings point at a clause, check
 * findings at the statement's start: both map to the same statement.
 */
function statementLocator(migrations) {
    const byFile = new Map(migrations.filter((m) => m.statements).map((m) => [m.file, m.statements]));
    return (f) => {
        const list = byFile.get(f.file);
        return list ? `${f.file}#${statementAt(list, f)}` : `${f.file}:${f.line}`;
    };
}
/** Index of the last statement starting at or before the finding's position (-1: none). */
function statementAt(list, f) {
    let at = -1;
    list.forEach((s, i) => {
        if (s.line < f.line || (s.line === f.line && s.column <= f.column))
            at = i;
    });
    return at;
}
/**
 * How the rules' messages claim a table rewrite: "rewrites the whole table", "rewrites it", "rewrites
 * each", "rewrites every table", "copies all of it". Not a claim: "needs no rewrite" (an index-only
 * change), "may be volatile". One pattern for check's disagreements and the differential test.
 */
const REWRITE_CLAIM = /\brewrites (?:the whole table|it\b|each\b|every table)|\bcopies all of it\b/;
const REWRITE_RULES = new Set(['table-rewrite', 'column-type-change', 'volatile-default']);
/** A lint finding that says PostgreSQL rewrites a table. */
const claimsRewrite = (f) => REWRITE_RULES.has(f.rule) && REWRITE_CLAIM.test(f.message);
/**
 * Lint findings that claim a rewrite at a statement check traced, where PostgreSQL rewrote no
 * table (every pre-existing table kept its relfilenode): counted in the JSON report, so false
 * alarms can be measured.
 */
function disagreements(lint, migrations) {
    const traced = new Map();
    for (const m of migrations)
        if (m.statements && m.applied === 'ok')
            traced.set(m.file, m.statements);
    const out = [];
    for (const f of lint.filter(claimsRewrite)) {
        const list = traced.get(f.file) ?? [];
        const stmt = list[statementAt(list, f)];
        if (!stmt || stmt.rewrote.length > 0)
            continue;
        out.push({ rule: f.rule, file: f.file, line: f.line, column: f.column, predicted: f.message, observed: 'no table rewritten: every table that existed before kept its relfilenode' });
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/check/fill.ts
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

/** Always quoted: a column may be named like a keyword (order, user). */
const fill_quoteName = (s) => `"${s.replace(/"/g, '""')}"`;
class FillError extends Error {
    name = 'FillError';
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
async function resolveTable(db, name) {
    const r = await db.query(`SELECT (SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = pg_catalog.to_regclass($1)) AS name`, [name]);
    return r.rows[0]?.name ?? undefined;
}
/**
 * The configured tables (resolved names) in an order that fills a referenced table before the
 * tables that reference it (a cycle keeps the configured order).
 */
async function fillOrder(db, tables) {
    const refs = new Map();
    for (const t of tables) {
        const r = await db.query(`SELECT DISTINCT confrelid::regclass::text AS ref FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid = $1::regclass AND confrelid <> conrelid`, [t]);
        // One query at a time: a connection runs one query at a time (node-postgres queues, and warns).
        const resolved = [];
        for (const x of r.rows) {
            const name = await resolveTable(db, x.ref);
            if (name && tables.includes(name))
                resolved.push(name);
        }
        refs.set(t, new Set(resolved));
    }
    const out = [];
    const visiting = new Set();
    const visit = (t) => {
        if (out.includes(t) || visiting.has(t))
            return;
        visiting.add(t);
        for (const p of refs.get(t) ?? [])
            visit(p);
        out.push(t);
    };
    for (const t of tables)
        visit(t);
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
async function withTriggersOff(db, fn) {
    let triggersOff = false;
    try {
        await db.exec('SET session_replication_role = replica');
        triggersOff = true;
    }
    catch (e) {
        if (!(0,db_engine/* asDbError */.$w)(e))
            throw e;
    }
    try {
        return { result: await fn(), triggersOff };
    }
    finally {
        if (triggersOff)
            await db.exec('RESET session_replication_role');
    }
}
/**
 * Inserts `rows` generated rows into `table` (a resolved, quoted name) and returns what it did.
 * Throws FillError with a message for people: a type it cannot generate for a NOT NULL column
 * without a default, a referenced table without rows, a constraint that rejects the rows.
 */
async function fillTable(db, table, rows) {
    const started = performance.now();
    const columns = (await db.query(COLUMNS_SQL, [table])).rows;
    const constraints = (await db.query(CONSTRAINTS_SQL, [table])).rows;
    const uniqueIndexes = (await db.query(UNIQUE_INDEX_SQL, [table])).rows;
    const unique = new Set([...constraints.filter((c) => c.type === 'p' || c.type === 'u').flatMap((c) => c.columns), ...uniqueIndexes.flatMap((i) => i.columns)]);
    const existing = Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);
    const exprs = new Map();
    const joins = [];
    // Foreign keys: the referenced table's existing keys, row g taking key number g mod count.
    for (const fk of constraints.filter((c) => c.type === 'f')) {
        if (fk.columns.some((c) => exprs.has(c)))
            continue;
        const cols = fk.columns.map((n) => columns.find((c) => c.name === n));
        const nullable = cols.every((c) => !c.notNull);
        const parent = (await resolveTable(db, fk.refTable)) ?? fk.refTable;
        const count = parent === table ? 0 : Number((await db.query(`SELECT count(*) AS n FROM ${parent}`)).rows[0]?.n ?? 0);
        if (count === 0) {
            if (!nullable) {
                throw new FillError(parent === table
                    ? `${table}.${fk.columns.join(', ')} references the table itself (foreign key ${fk.name}) and is NOT NULL: the first rows cannot reference anything; fill it through seeds instead`
                    : `${table}.${fk.columns.join(', ')} references ${parent} (foreign key ${fk.name}), which has no rows: add ${parent} to performance.rows`);
            }
            for (const c of fk.columns)
                exprs.set(c, 'NULL');
            continue;
        }
        const alias = `fk${joins.length}`;
        const picked = fk.refColumns.map((c, i) => `${fill_quoteName(c)} AS k${i}`).join(', ');
        joins.push(`JOIN (SELECT ${picked}, pg_catalog.row_number() OVER () - 1 AS rn FROM ${parent}) ${alias} ON ${alias}.rn = g % ${count}`);
        fk.columns.forEach((c, i) => exprs.set(c, `${alias}.k${i}`));
    }
    for (const check of constraints.filter((c) => c.type === 'c' && c.columns.length === 1)) {
        const col = check.columns[0];
        const list = inList(check.def);
        if (list && !exprs.has(col))
            exprs.set(col, `(ARRAY[${list.join(', ')}])[1 + (g % ${list.length})::int]`);
    }
    const names = [];
    const values = [];
    const unfillable = [];
    for (const c of columns) {
        if (c.generated)
            continue;
        let expr = exprs.get(c.name);
        if (expr === undefined) {
            if (c.identity)
                continue;
            if (c.def !== null && (!unique.has(c.name) || /^nextval\(/.test(c.def)))
                continue;
            expr = generate(c);
            if (expr === undefined) {
                if (!c.notNull)
                    continue;
                unfillable.push(`${c.name} (${c.type})`);
                continue;
            }
        }
        names.push(fill_quoteName(c.name));
        values.push(expr === 'NULL' ? 'NULL' : `(${expr})::${c.type}`);
    }
    if (unfillable.length) {
        throw new FillError(`cannot generate values for ${table}: NOT NULL column${unfillable.length > 1 ? 's' : ''} without a default of a type the fill does not know: ${unfillable.join(', ')}; give it a DEFAULT or fill the table through seeds`);
    }
    // Without a column of its own to set (all defaults), a zero-column SELECT inserts default rows.
    const sql = `INSERT INTO ${table} ${names.length ? `(${names.join(', ')}) ` : ''}SELECT ${values.join(', ')} FROM pg_catalog.generate_series(${existing + 1}::bigint, ${existing + rows}::bigint) AS s(g) ${joins.join(' ')}`;
    try {
        await db.exec(sql);
    }
    catch (e) {
        const err = (0,db_engine/* asDbError */.$w)(e);
        if (!err)
            throw e;
        throw new FillError(rejected(table, err.code, err.message, err.detail, constraints));
    }
    return { table, rows, durationMs: performance.now() - started };
}
function rejected(table, code, message, detail, constraints) {
    const named = constraints.find((c) => message.includes(`"${c.name}"`));
    const what = code === '23514' && named
        ? `the CHECK constraint ${named.name} (${named.def}) rejects the generated rows`
        : code === '23505' && named
            ? `the generated rows break ${named.type === 'p' ? 'the primary key' : 'the unique constraint'} ${named.name}${named.type === 'u' || named.type === 'p' ? ` (${named.columns.join(', ')})` : ''}: a unique column whose values come from a foreign key, or a type with too few values for this many rows`
            : `PostgreSQL rejects the generated rows: ${code ? `ERROR ${code}: ` : ''}${message}`;
    return `cannot fill ${table}: ${what}${detail ? ` (${detail})` : ''}; fill it through seeds instead, or fewer rows`;
}
/** The literals of `CHECK ((col = ANY (ARRAY['a'::text, 'b'::text])))`, as pg_get_constraintdef prints `col IN ('a', 'b')`. */
function inList(def) {
    const m = /^CHECK \(\(?\(?[\w"]+\)?(?:::[\w ]+)? = ANY \(\(?ARRAY\[(.*)\]\)?(?:::[\w ]+\[\])?\)\)\)?$/.exec(def);
    if (!m)
        return undefined;
    const items = m[1].match(/'(?:[^']|'')*'(?:::[\w ]+)?|-?[\d.]+(?:::[\w ]+)?/g);
    return items && items.length ? items : undefined;
}
/**
 * An SQL expression of the column's base type from the row number `g` (bigint), distinct per row
 * where the type has room; undefined for a type the fill does not know.
 */
function generate(c) {
    const scalar = scalarValue(c);
    if (scalar === undefined)
        return undefined;
    return c.isArray ? `ARRAY[${scalar}]` : scalar;
}
function scalarValue(c) {
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
            if (c.typmod < 0 || c.isArray)
                return 'g + (g % 100) / 100.0';
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

// EXTERNAL MODULE: ./src/check/plans.ts
var plans = __webpack_require__(9296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/load/fs.ts
var fs = __webpack_require__(3865);
;// CONCATENATED MODULE: ./src/check/queries.ts
/**
 * The critical queries of `performance.queries` (guide §8.2: test/performance/): every `.sql` file
 * of the folder is one query, named by its file. A file that is not exactly one query (SELECT,
 * WITH, VALUES, INSERT, UPDATE, DELETE or MERGE: what EXPLAIN plans) is a ConfigError at its
 * file:line:column, exit 2. Queries are only ever EXPLAINed, never run, so a DML query changes nothing.
 */






/** Statement kinds EXPLAIN accepts and plans (PostgreSQL docs: EXPLAIN, "statement"). */
const PLANNABLE = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);
const toPosix = (p) => p.split('\\').join('/');
/**
 * Reads `dir` (absolute): its `.sql` files in name order, each parsed. Throws ConfigError for a
 * folder that is missing or outside `baseDir`, and for a file that is empty, has a syntax error,
 * holds more than one statement, is not a query, or has a $n parameter (EXPLAIN needs values).
 */
async function readCriticalQueries(dir, opts) {
    const shown = (p) => toPosix((0,external_node_path_.relative)(opts.cwd, p)) || '.';
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
            .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.sql'))
            .map((d) => d.name)
            .sort();
    }
    catch (e) {
        throw new errors/* ConfigError */.xL(`performance.queries: cannot read the folder ${shown(dir)} (${e.code ?? e.message})`);
    }
    if (!(0,fs/* isInside */.FK)((0,fs/* realPathOf */.dN)(opts.baseDir), (0,fs/* realPathOf */.dN)(dir))) {
        throw new errors/* ConfigError */.xL(`performance.queries: ${shown(dir)} leaves the repository (${opts.baseDir}); point it at a folder inside it`);
    }
    await (0,parser/* initParser */.cd)();
    return names.map((name) => readQuery((0,external_node_path_.join)(dir, name), shown((0,external_node_path_.join)(dir, name)), name.replace(/\.sql$/i, ''), opts.encoding));
}
function readQuery(path, file, name, encoding) {
    const decoded = (0,load_text/* decodeSql */.xM)((0,external_node_fs_.readFileSync)(path), encoding);
    const lines = new load_text/* LineIndex */.rr(decoded.text);
    const fail = (offset, message) => {
        const pos = lines.position(offset);
        throw new errors/* ConfigError */.xL(message, file, pos.line, pos.column);
    };
    if (decoded.problem)
        fail(decoded.problem.offset, decoded.problem.message);
    const parsed = (0,parser/* parseSql */.eg)(decoded.text);
    const error = parsed.errors[0];
    if (error)
        fail(error.offset, `not a valid query: ${error.message}`);
    const [first, second] = parsed.statements;
    if (!first)
        fail(0, 'empty: a critical query file holds one query (SELECT …)');
    if (second)
        fail(second.start, `holds more than one statement: a critical query file holds exactly one query, named by its file`);
    if (!PLANNABLE.has(first.kind)) {
        fail(first.start, `is not a query (${first.kind.replace(/Stmt$/, '')}): a critical query file holds one SELECT, INSERT, UPDATE, DELETE or MERGE`);
    }
    const param = findParam(first.node);
    if (param !== undefined) {
        fail(first.offsetOf(param), `has a parameter ($n): EXPLAIN needs the query with values, so write one typical value in its place`);
    }
    return { name, file, sql: decoded.text.slice(first.start, first.end) };
}
/** The location of the first ParamRef ($1) in a parse tree. */
function findParam(node) {
    if (!node || typeof node !== 'object')
        return undefined;
    if ('ParamRef' in node)
        return node['ParamRef']['location'] ?? -1;
    for (const v of Object.values(node)) {
        const at = Array.isArray(v) ? v.map(findParam).find((x) => x !== undefined) : findParam(v);
        if (at !== undefined)
            return at;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/check/statistics.ts
/**
 * Production statistics for the planner (`performance.statistics`): a file written by
 * `pg_dump --statistics-only` (PostgreSQL 18), whose statements are calls of
 * `pg_catalog.pg_restore_relation_stats(…)` and `pg_catalog.pg_restore_attribute_stats(…)` with
 * 'schemaname' and 'relname' arguments (PostgreSQL docs: "Statistics Manipulation Functions";
 * src/bin/pg_dump/pg_dump.c dumpRelationStats). Only those calls are kept (SET lines and psql's
 * \restrict are left out) and run table by table once the table exists on the scratch database.
 * PostgreSQL before 18 has no such functions: the caller says so instead of running them.
 */







/** The first PostgreSQL version (server_version_num) with pg_restore_relation_stats. */
const STATISTICS_MIN_VERSION = 180000;
const CALL = /pg_catalog\s*\.\s*pg_restore_(relation|attribute)_stats\s*\(/i;
const arg = (text, name) => new RegExp(`'${name}'\\s*,\\s*'((?:[^']|'')*)'`).exec(text)?.[1]?.replace(/''/g, "'");
/** Reads the statistics file, grouped by table. Throws ConfigError when it cannot be read or holds no restore call. */
async function readStatistics(path, opts) {
    const shown = (0,external_node_path_.relative)(opts.cwd, path).split('\\').join('/');
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (e) {
        throw new errors/* ConfigError */.xL(`performance.statistics: cannot read ${shown} (${e.code ?? e.message})`);
    }
    // psql meta-commands (\restrict, \unrestrict) are not SQL: blanked, so offsets stay.
    const text = (0,load_text/* decodeSql */.xM)(bytes).text.replace(/^\\.*$/gm, (l) => ' '.repeat(l.length));
    await (0,parser/* initParser */.cd)();
    const parsed = (0,parser/* parseSql */.eg)(text);
    const byTable = new Map();
    for (const s of parsed.statements) {
        const sql = text.slice(s.start, s.end);
        if (s.kind !== 'SelectStmt' || !CALL.test(sql))
            continue;
        const schema = arg(sql, 'schemaname');
        const rel = arg(sql, 'relname');
        if (!schema || !rel)
            continue;
        const table = `${quoteName(schema)}.${quoteName(rel)}`;
        const list = byTable.get(table) ?? [];
        // Relation statistics first: pg_dump writes them first, and attribute statistics need the table's.
        if (/pg_restore_relation_stats/i.test(sql))
            list.unshift(sql);
        else
            list.push(sql);
        byTable.set(table, list);
    }
    if (byTable.size === 0) {
        throw new errors/* ConfigError */.xL(`performance.statistics: ${shown} holds no pg_restore_relation_stats / pg_restore_attribute_stats call (write it with pg_dump --statistics-only, PostgreSQL 18)`);
    }
    return [...byTable].map(([table, statements]) => ({ table, statements }));
}
/**
 * Runs one table's restore calls. Returns the problems: a call PostgreSQL rejected (an error), or
 * one that returned false (PostgreSQL warns and skips what it cannot apply, e.g. a column that
 * does not exist).
 */
async function importStatistics(db, stats) {
    const problems = [];
    for (const sql of stats.statements) {
        const what = arg(sql, 'attname') ? `column ${arg(sql, 'attname')}` : 'the table';
        try {
            const r = await db.query(sql);
            const value = r.rows[0] ? Object.values(r.rows[0])[0] : undefined;
            if (value === false)
                problems.push(`the statistics of ${what} were not (all) applied: PostgreSQL warned and skipped some`);
        }
        catch (e) {
            const err = (0,db_engine/* asDbError */.$w)(e);
            if (!err)
                throw e;
            problems.push(`the statistics of ${what} were rejected: ${err.message}`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/check/performance.ts
/**
 * "Performance impact assessed" (guide §8.2) inside `check`: the critical queries
 * (`performance.queries`) are planned on the scratch database before the change set's first
 * migration and again after each migration from there on, and query-plan-regression reports a plan
 * that got worse, at the migration after which it first did.
 *
 * Points: `point()` before the first change-set migration, then `point(m)` after each migration
 * applied from there on. At each point, first the volume: every table of `performance.rows` that
 * exists and was not filled yet gets its synthetic rows (fill.ts) and ANALYZE, then its imported
 * statistics (statistics.ts, PostgreSQL 18) — so a table the change set creates is filled right
 * after the migration that creates it. Then each query is EXPLAINed (no ANALYZE: planned, not run).
 * A query's "before" is the first point where it plans (a query that reads a table the change set
 * creates plans only after that migration); its "after" is the last point. ANALYZE runs only right
 * after a fill, so costs move only with what the migrations change.
 */







/** Reads the queries folder and the statistics file (paths relative to the config file). ConfigError on a bad file. */
async function loadPerformance(config, cwd) {
    const p = config.performance;
    if (!p)
        return undefined;
    const queries = await readCriticalQueries((0,external_node_path_.resolve)(config.baseDir, p.queries), { baseDir: config.baseDir, cwd, encoding: config.encoding });
    const statistics = p.statistics ? await readStatistics((0,external_node_path_.resolve)(config.baseDir, p.statistics), { cwd }) : undefined;
    return { queries, rows: p.rows, costFactor: p.costFactor, budgetMs: config.slowMigrationSeconds * 1000, ...(statistics ? { statistics } : {}) };
}
class PlanTracker {
    db;
    setup;
    serverVersionNum;
    points = [];
    filled = new Set();
    imported = new Set();
    volumes = new Map();
    notes = [];
    seenIndexes = new Set();
    plannerRows = new Map();
    spentMs = 0;
    constructor(db, setup, serverVersionNum) {
        this.db = db;
        this.setup = setup;
        this.serverVersionNum = serverVersionNum;
    }
    /** Before the change set (no migration) or right after `migration`: volume for new tables, then the plans. */
    async point(migration) {
        const started = performance.now();
        // What the migration SET in its session (search_path, a role) does not change how the queries plan.
        await this.db.exec(executor/* RESET_SESSION */.T4);
        await this.fill();
        await this.importStats();
        const outcomes = [];
        for (const q of this.setup.queries) {
            const o = await (0,plans/* explain */.WE)(this.db, q.sql);
            for (const s of o.plan?.scans ?? [])
                for (const i of s.indexes)
                    this.seenIndexes.add(i);
            outcomes.push(o);
        }
        const indexes = new Set();
        for (const i of this.seenIndexes) {
            const r = await this.db.query('SELECT pg_catalog.to_regclass($1) IS NOT NULL AS ok', [i]);
            if (r.rows[0]?.ok)
                indexes.add(i);
        }
        this.points.push({ migration, outcomes, indexes });
        await this.countRows(outcomes);
        this.spentMs += performance.now() - started;
    }
    /** pg_class.reltuples of every relation the plans read: an empty one plans as 1 row (planner-facts.test.ts). */
    async countRows(outcomes) {
        this.plannerRows.clear();
        for (const relation of new Set(outcomes.flatMap((o) => o.plan?.scans.map((x) => x.relation) ?? []))) {
            const dot = relation.indexOf('.');
            const r = await this.db.query('SELECT c.reltuples::float8 AS n, pg_catalog.pg_relation_size(c.oid) AS bytes FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relname = $2', [relation.slice(0, dot), relation.slice(dot + 1)]);
            if (r.rows[0])
                this.plannerRows.set(relation, { rows: Number(r.rows[0].n), empty: Number(r.rows[0].bytes) === 0 });
        }
    }
    async fill() {
        const byResolved = new Map();
        for (const name of Object.keys(this.setup.rows)) {
            if (this.filled.has(name))
                continue;
            const table = await resolveTable(this.db, name);
            if (table)
                byResolved.set(table, name);
        }
        if (byResolved.size === 0)
            return;
        const order = await fillOrder(this.db, [...byResolved.keys()]);
        const { triggersOff } = await withTriggersOff(this.db, async () => {
            for (const table of order) {
                const name = byResolved.get(table);
                this.filled.add(name);
                try {
                    const r = await fillTable(this.db, table, this.setup.rows[name]);
                    await this.db.exec(`ANALYZE ${table}`);
                    this.volumes.set(table, { ...this.volumes.get(table), table, synthetic: r.rows, fillMs: Math.round(r.durationMs) });
                }
                catch (e) {
                    const err = (0,db_engine/* asDbError */.$w)(e);
                    if (!(e instanceof FillError) && !err)
                        throw e;
                    this.notes.push(`performance.rows: ${e instanceof FillError ? e.message : `cannot fill ${table}: ${err.message}`}`);
                }
            }
        });
        if (!triggersOff)
            this.noteOnce('performance.rows: the tables\' triggers fired for the generated rows (turning them off, session_replication_role = replica, needs a superuser): an audit or other trigger may have written rows of its own');
    }
    async importStats() {
        const all = this.setup.statistics ?? [];
        if (all.length === 0)
            return;
        if (this.serverVersionNum < STATISTICS_MIN_VERSION) {
            if (this.imported.size === 0) {
                this.imported.add('');
                const v = `${Math.floor(this.serverVersionNum / 10000)}`;
                this.notes.push(`performance.statistics: not imported: importing statistics (pg_restore_relation_stats) needs PostgreSQL 18, and this is PostgreSQL ${v}; run check on embedded PostgreSQL (PGlite, 18) or a PostgreSQL 18 server`);
            }
            return;
        }
        for (const stats of all) {
            if (this.imported.has(stats.table))
                continue;
            const table = await resolveTable(this.db, stats.table);
            if (!table)
                continue;
            this.imported.add(stats.table);
            const problems = await importStatistics(this.db, stats);
            for (const p of problems)
                this.notes.push(`performance.statistics: ${stats.table}: ${p}`);
            this.volumes.set(table, { ...this.volumes.get(table), table, statistics: true });
        }
    }
    /** The findings: one per query that got worse, at the migration after which it first did. */
    findings() {
        const out = [];
        this.setup.queries.forEach((q, qi) => {
            const { base, changes } = this.compare(qi);
            if (base < 0 || changes.length === 0)
                return;
            // The migration after which each change first shows, compared with the query's "before".
            const byMigration = new Map();
            for (const c of changes) {
                let k = base + 1;
                for (; k < this.points.length; k++) {
                    const found = (0,plans/* comparePlans */.OA)(this.points[base].outcomes[qi], this.points[k].outcomes[qi], this.setup.costFactor, (i) => this.points[k].indexes.has(i));
                    if (found.some((f) => (0,plans/* changeKey */.Cy)(f) === (0,plans/* changeKey */.Cy)(c)))
                        break;
                }
                const at = Math.min(k, this.points.length - 1);
                byMigration.set(at, [...(byMigration.get(at) ?? []), c]);
            }
            for (const [k, list] of byMigration) {
                const m = this.points[k].migration;
                if (!m)
                    continue;
                out.push(this.finding(q, m, list, this.points[base].outcomes[qi].plan, this.points[k].outcomes[qi]));
            }
        });
        return out;
    }
    compare(qi) {
        const base = this.points.findIndex((p) => p.outcomes[qi].plan !== undefined);
        const last = this.points[this.points.length - 1];
        if (base < 0 || !last)
            return { base, changes: [] };
        return { base, changes: (0,plans/* comparePlans */.OA)(this.points[base].outcomes[qi], last.outcomes[qi], this.setup.costFactor, (i) => last.indexes.has(i)) };
    }
    finding(q, m, changes, before, at) {
        const parts = [];
        for (const c of changes) {
            const gone = c.goneIndexes.length ? ` (index ${c.goneIndexes.join(', ')} ${c.goneIndexes.length > 1 ? 'are' : 'is'} gone)` : '';
            if (c.kind === 'fails')
                parts.push(`planned before (${c.before}) and fails after it: ${c.after}`);
            else if (c.kind === 'seq-scan')
                parts.push(`${c.relation}: ${c.before} → ${c.after}${gone}`);
            else if (c.kind === 'index-gone')
                parts.push(`${c.relation}: ${c.before} → ${c.after}${gone}, and the plan costs more`);
            else
                parts.push(`estimated cost ${c.before} → ${c.after} (×${(at.plan.cost / Math.max(before.cost, 0.01)).toFixed(1)}, more than costFactor ${this.setup.costFactor})`);
        }
        if (at.plan && !changes.some((c) => c.kind === 'cost'))
            parts.push(`estimated cost ${(0,plans/* fmtCost */.F0)(before.cost)} → ${(0,plans/* fmtCost */.F0)(at.plan.cost)}`);
        const stmt = statementFor(m, changes, at, before);
        const fails = changes.some((c) => c.kind === 'fails');
        return {
            rule: 'query-plan-regression',
            file: m,
            offset: stmt?.start,
            line: stmt ? m.position(stmt.start).line : 1,
            column: stmt ? m.position(stmt.start).column : 1,
            message: `after ${m.rel}, the critical query ${q.file} ${fails ? '' : 'plans worse: '}${parts.join('; ')}`,
            ...(fails ? { severity: 'error', help: 'The change breaks a critical query: change the query in the same pull request, or keep what it reads (a view under the old name, the old column until the code no longer uses it).' } : {}),
        };
    }
    report() {
        const last = this.points[this.points.length - 1];
        if (!last)
            this.noteOnce('no migration is new in this change set: the critical queries were not planned');
        for (const name of Object.keys(this.setup.rows)) {
            if (last && !this.filled.has(name))
                this.noteOnce(`performance.rows: ${name} was not filled: no such table after the change set`);
        }
        for (const s of this.setup.statistics ?? []) {
            if (last && this.serverVersionNum >= STATISTICS_MIN_VERSION && !this.imported.has(s.table))
                this.noteOnce(`performance.statistics: ${s.table} was not imported: no such table after the change set`);
        }
        const queries = this.setup.queries.map((q, qi) => {
            const { base, changes } = this.compare(qi);
            const at = (i) => {
                const p = this.points[i];
                if (!p)
                    return undefined;
                const o = p.outcomes[qi];
                return { ...(p.migration ? { after: p.migration.rel } : {}), ...(o.plan ? { plan: o.plan } : { error: o.error }) };
            };
            if (base < 0 && last)
                this.noteOnce(`${q.file} does not plan at any point: ${last.outcomes[qi].error?.message ?? 'no plan'}`);
            return { name: q.name, file: q.file, before: base >= 0 ? at(base) : undefined, after: at(this.points.length - 1), changes };
        });
        if (this.setup.budgetMs > 0 && this.spentMs > this.setup.budgetMs) {
            this.noteOnce(`filling the tables and planning the queries took ${(this.spentMs / 1000).toFixed(1)} s, more than slowMigrationSeconds (${this.setup.budgetMs / 1000} s): lower performance.rows`);
        }
        // Every table the queries read, with the rows the planner counts; an empty one is worth a note.
        const tables = [...this.volumes.values()];
        const unquote = (t) => t.replace(/"/g, '');
        for (const [relation, { rows, empty }] of this.plannerRows) {
            const known = tables.find((t) => unquote(t.table) === relation);
            if (known)
                known.plannerRows = rows;
            else
                tables.push({ table: relation, plannerRows: rows });
            // PostgreSQL scales its estimate by the pages on disk: an empty table plans as one, statistics or not.
            if (empty && known?.synthetic === undefined) {
                this.noteOnce(`${relation} is empty: the plans read it as an empty table's${known?.statistics ? ' (imported statistics do not change that)' : ''}; add it to performance.rows`);
            }
        }
        return { queries, tables, notes: [...this.notes], costFactor: this.setup.costFactor, durationMs: Math.round(this.spentMs) };
    }
    noteOnce(note) {
        if (!this.notes.includes(note))
            this.notes.push(note);
    }
}
/** The statement of `m` a finding points at: the one naming a gone index, the relation, or what the error names. */
function statementFor(m, changes, at, before) {
    const bare = (n) => n.slice(n.indexOf('.') + 1);
    const names = [
        ...changes.flatMap((c) => c.goneIndexes.map((i) => i.slice(i.indexOf('.') + 1))),
        ...changes.flatMap((c) => (c.relation ? [c.relation.slice(c.relation.indexOf('.') + 1)] : [])),
        ...[...(at.error?.message.matchAll(/"([^"]+)"/g) ?? [])].map((x) => x[1]),
        ...before.scans.map((s) => bare(s.relation)),
    ];
    const statements = m.parsed.statements.filter((s) => s.kind !== 'TransactionStmt');
    for (const name of names) {
        const re = new RegExp(`(^|[^\\w$])"?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?($|[^\\w$])`, 'i');
        const hit = statements.find((s) => re.test(m.text.slice(s.start, s.end)));
        if (hit)
            return hit;
    }
    return statements[0] ?? m.parsed.statements[0];
}

;// CONCATENATED MODULE: ./src/check/messages.ts

function seconds(msValue) {
    return msValue >= 10_000 ? `${(msValue / 1000).toFixed(0)} s` : msValue >= 1000 ? `${(msValue / 1000).toFixed(1)} s` : `${Math.round(msValue)} ms`;
}
function failureOf(e) {
    return { file: e.file, line: e.line, column: e.column, sqlstate: e.sqlstate, message: e.message, detail: e.detail, hint: e.hint };
}
function describeFailure(e) {
    let s = `${e.sqlstate ? `ERROR ${e.sqlstate}: ` : ''}${e.message}`;
    if (e.detail)
        s += ` (detail: ${e.detail})`;
    return s;
}
/** dangerous-lock's message for a lock held while later statements run. */
function lockMessage(l) {
    const what = l.relkind === 'index' ? `index ${l.relation}` : l.relkind === 'materialized view' ? `materialized view ${l.relation}` : `table ${l.relation}`;
    const blocks = l.blocks === 'reads and writes' ? 'every read and write' : 'every write (INSERT, UPDATE, DELETE)';
    const others = l.heldWhile.length;
    const lines = l.heldWhile.slice(0, 5).map((s) => s.line);
    const where = `line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}${others > lines.length ? ', …' : ''}`;
    const rewrite = l.rewritten ? ' It also rewrites the table (new relfilenode), so the lock lasts as long as the copy.' : '';
    return (`takes ${/^[AEIOU]/.test(l.mode) ? 'an' : 'a'} ${l.mode} lock on ${what} and holds it while ${others} more statement${others === 1 ? ' runs' : 's run'} (${where}) until COMMIT ` +
        `(${seconds(l.heldMs)} here, on an empty table): it blocks ${blocks} on ${l.relation} for that whole time, ` +
        `and queries queue behind it while it waits for the lock.${rewrite}`);
}
/** The runner's migrations before `m` that check could not run (goose's Go migrations), as a clause. */
function unreadBefore(project, m) {
    const before = (project.unread ?? []).filter((u) => m.version && (0,version/* compareVersions */.Zy)(u.version, m.version) < 0).map((u) => u.rel);
    if (before.length === 0)
        return '';
    const last = before.sort()[before.length - 1];
    return ` (goose runs ${before.length === 1 ? 'a Go migration' : `${before.length} Go migrations`} before it that check cannot, the last ${last}: what ${before.length === 1 ? 'it does' : 'they do'} is missing here)`;
}
/** An apply-failed finding at the failing statement; PostgreSQL's hint, when it gives one, is the help. */
function applyFailed(file, e, message, help) {
    return {
        rule: 'apply-failed',
        file,
        offset: failedOffset(file, e),
        line: e.line,
        column: e.column,
        message,
        help: e.hint ? `PostgreSQL's hint: ${e.hint}` : help,
    };
}
/** The statement an ApplyError points at, for statement-level suppressions. */
function failedOffset(file, e) {
    return e.statementIndex >= 0 ? file.parsed.statements[e.statementIndex]?.start : undefined;
}

;// CONCATENATED MODULE: ./src/check/run.ts
/**
 * The `check` pipeline on one scratch database, pure of printing:
 *  1. apply every migration in the runner's order (Flyway's, or another layout's) to the empty database (then seeds/test.sql);
 *  2. for each migration new in the change set with a rollback file: snapshot, apply (lock
 *     trace), rollback, snapshot, compare, apply again (up → down → up);
 *  3. the lock trace of each new migration (dangerous-lock);
 *  4. the schema diff of the change set: before the first new migration → after the last;
 *  5. timing (slow-migration);
 *  6. with `performance:`, the critical queries planned before the change set and after each of its
 *     migrations (performance.ts: query-plan-regression).
 * Rollbacks are verified on a state thrown away afterwards (rollback.ts), so only a migration that
 * fails to apply stops the chain (later migrations are reported as skipped); everything found so
 * far is returned. Findings go through the files' suppression comments and the
 * configured severities like the lint's.
 */
















async function postgresInfo(db) {
    const r = await db.query("SELECT pg_catalog.current_setting('server_version') AS v, pg_catalog.version() AS full");
    const row = r.rows[0];
    return { engine: db.engine, version: (row?.v ?? '').split(' ')[0] ?? '', full: row?.full ?? '', label: db.label };
}
async function serverVersionNum(db) {
    const r = await db.query("SELECT pg_catalog.current_setting('server_version_num') AS v");
    return Number(r.rows[0]?.v ?? 0);
}
const ms = (start) => performance.now() - start;
/** Procedures defined anywhere in the project, so CALL of one that COMMITs runs outside a transaction. */
function routineLookup(project) {
    const routines = new Map();
    for (const f of project.files) {
        if (!(0,statements/* mayCreateRoutine */.CR)(f.text))
            continue;
        for (const s of f.parsed.statements) {
            if (s.kind !== 'CreateFunctionStmt')
                continue;
            const key = (0,ast/* nameListKey */.jZ)(s.node['funcname']);
            if (key)
                routines.set(key, s);
        }
    }
    return (key) => routines.get(key);
}
/** Applies the project on `db` (an empty database) and verifies what is new. */
async function checkProject(db, project, opts) {
    const { config } = opts;
    const runStarted = Date.now();
    const postgres = await postgresInfo(db);
    // Flyway (and migrate) create the schema history table before the first migration runs, and
    // migrations may use it (GRANT or REVOKE on it, a view or trigger on it): the scratch database
    // has it too, empty. Snapshots leave it out.
    // Another runner creates its own tracking table before the first migration, and writes a row
    // for each (src/load/layouts): the same here, so histories that touch it apply.
    const tracking = project.layout?.tracking;
    const restored = opts.restored;
    if (restored) {
        // Restored: the tracking table and its rows are in the state already.
    }
    else if (project.layout) {
        for (const sql of tracking?.create ?? [])
            await db.exec(sql);
    }
    else {
        const history = new db_history/* SchemaHistory */.cm(db, config.schema, config.historyTable);
        if (!(await history.exists()))
            await history.create();
    }
    // The runner writes its row in the migration's own transaction (where it has one): a row it
    // cannot write (a trigger the history put on its table, as Lemmy's forbid_diesel_cli does) fails
    // the migration under that runner — reported as the migration's failure, at its first line.
    const record = (m) => tracking && m.kind === 'versioned' && m.version
        ? async () => {
            try {
                for (const r of tracking.record(m.version.raw, m.description ?? '', m.decoded.text))
                    await db.query(r.sql, r.params);
            }
            catch (e) {
                const d = (0,db_engine/* asDbError */.$w)(e);
                if (!d)
                    throw e;
                const runner = project.layout?.runner ?? 'the runner';
                throw new apply/* ApplyError */.d5(`${runner} could not record it in ${tracking.table}: ${d.message}`, m.path, 1, 1, d.code, d.detail, d.hint);
            }
        }
        : undefined;
    const snapOpts = tracking
        ? { historyTable: tracking.table, historySchema: 'public' }
        : { historyTable: config.historyTable, historySchema: config.schema };
    const snapshot = () => takeSnapshot(db, snapOpts);
    const routine = routineLookup(project);
    const raw = [];
    const results = [];
    const seedRel = `${config.seeds.replace(/\/+$/, '')}/test.sql`;
    const seed = project.files.find((f) => f.kind === 'seed' && f.rel === seedRel);
    const total = project.migrations.length + (seed ? 1 : 0);
    const isInChangeSet = (m) => (0,model_project/* inChangeSet */.Mm)(project, m);
    const slowMs = config.slowMigrationSeconds > 0 ? config.slowMigrationSeconds * 1000 : Infinity;
    const progress = (file, phase, index) => {
        const started = performance.now();
        opts.onProgress?.({ file: file.path, phase, status: 'start', elapsedMs: 0, index, total });
        return (ok) => opts.onProgress?.({ file: file.path, phase, status: ok ? 'ok' : 'failed', elapsedMs: ms(started), index, total });
    };
    // On a server, statements that act on the whole cluster would escape the scratch database:
    // DROP DATABASE, ALTER SYSTEM, tablespaces, and changes to roles that existed before the run are
    // not sent (a finding says so); roles the migrations create are, and are dropped afterwards.
    const createdRoles = new Set();
    const skippedAt = new Set();
    const skip = (file) => (p) => {
        const c = db.engine === 'postgres' && p.stmt ? (0,statements/* clusterWide */.MO)(p.stmt) : undefined;
        if (!c || !p.stmt)
            return false;
        const roles = (0,statements/* rolesNamed */.DU)(p.stmt);
        if (p.stmt.kind === 'CreateRoleStmt') {
            for (const r of roles)
                createdRoles.add(r);
            return false;
        }
        if (c.object === 'role' && roles.length > 0 && roles.every((r) => createdRoles.has(r)))
            return false;
        const key = `${file.path}:${p.start}`;
        if (!skippedAt.has(key)) {
            skippedAt.add(key);
            const pos = file.position(p.start);
            raw.push({
                rule: 'cluster-statement-skipped',
                file,
                offset: p.start,
                line: pos.line,
                column: pos.column,
                message: `check did not run this ${c.verb} on the server: it acts on the whole cluster (${c.object === 'role' ? 'a role that existed before the check' : `a ${c.object}`}), outside the scratch database, so running it there could change what other databases see; the rest of ${file.rel} was checked without it`,
            });
        }
        return true;
    };
    // With a base, unchanged migrations can run after the first new one (an R__ file, an older
    // version merged meanwhile): the PR's schema diff is then the sum of its own migrations' diffs.
    const firstNew = project.migrations.findIndex(isInChangeSet);
    const mixed = firstNew >= 0 && project.migrations.slice(firstNew).some((m) => !isInChangeSet(m));
    const effects = [];
    // Critical queries: planned before the change set and after each migration from there on (performance.ts).
    const plans = opts.performance ? new PlanTracker(db, opts.performance, await serverVersionNum(db)) : undefined;
    let planned = false;
    let base;
    let stopped = false;
    let index = 0;
    // check's database state cache: the state after the merged migrations, saved before anything
    // else touches the database, only when they applied with nothing to say and created no role.
    const saveAt = opts.saveAt;
    const saveIfDue = async () => {
        if (!saveAt || index !== saveAt.count || stopped || raw.length > 0 || createdRoles.size > 0)
            return;
        await saveAt.save(results.slice(0, saveAt.count).map((r) => ({ mode: r.mode, durationMs: r.durationMs })));
    };
    for (const m of project.migrations) {
        await saveIfDue();
        index++;
        const isNew = isInChangeSet(m);
        const entry = {
            file: m.path,
            kind: m.kind === 'repeatable' ? 'repeatable' : 'versioned',
            version: m.version ? (0,version/* versionKey */._5)(m.version) : undefined,
            description: m.description,
            isNew,
            applied: 'skipped',
            // A runner without down migrations (Prisma) misses none: rollback-missing asks for none either.
            rollback: isNew && m.kind === 'versioned' && !m.rollback && project.layout?.rollbacks !== 'none' ? 'missing' : 'none',
            rollbackFile: m.kind === 'versioned' ? m.rollback?.path : undefined,
            locks: [],
            rewritten: [],
            dangerousLocks: 0,
        };
        results.push(entry);
        if (restored && index <= restored.count) {
            const cached = restored.entries[index - 1];
            Object.assign(entry, { applied: 'ok', restored: true }, cached?.mode ? { mode: cached.mode } : {}, cached?.durationMs !== undefined ? { durationMs: cached.durationMs } : {});
            continue;
        }
        if (stopped)
            continue;
        // Parsed now if not yet (LazyParsed: a migration the state cache restored is never parsed),
        // so that the parse is not counted in the migration's own time below.
        void m.parsed.statements;
        void m.rollback?.parsed.statements;
        const verify = isNew && m.kind === 'versioned' && m.rollback !== undefined;
        if (plans && isNew && !planned) {
            planned = true;
            await plans.point();
        }
        let justTaken;
        if (isNew && !base)
            base = justTaken = await snapshot();
        const before = verify || (mixed && isNew) ? (justTaken ?? (await snapshot())) : undefined;
        // Up, traced when new, on a session reset as the runner resets it before each migration:
        // what an earlier migration SET does not carry into this one.
        await db.exec(executor/* RESET_SESSION */.T4);
        const tracer = isNew ? await locks/* LockTracer */.Zl.start(db, m) : undefined;
        let done = progress(m, 'apply', index);
        const started = performance.now();
        try {
            entry.mode = await (0,apply/* applyFile */.ZI)(db, m, { ...tracer?.hooks, routine, skip: skip(m) });
            // The runner's row, after the lock trace ended (so its writes are not the migration's).
            await record(m)?.();
        }
        catch (e) {
            if (!(e instanceof apply/* ApplyError */.d5))
                throw e;
            done(false);
            entry.applied = 'failed';
            entry.error = failureOf(e);
            const missing = db.engine === 'pglite' && e.sqlstate === '0A000' ? /^extension "(.+)" is not available$/.exec(e.message)?.[1] : undefined;
            raw.push(missing
                ? {
                    rule: 'extension-unavailable',
                    file: m,
                    offset: failedOffset(m, e),
                    line: e.line,
                    column: e.column,
                    message: `embedded PostgreSQL (PGlite ${postgres.version}) does not ship the extension "${missing}", so ${m.rel} and the migrations after it were not checked here`,
                }
                : applyFailed(m, e, `${m.rel} fails on a fresh database: ${describeFailure(e)}; the migrations after it were not applied${unreadBefore(project, m)}`));
            stopped = true;
            continue;
        }
        entry.durationMs = ms(started);
        entry.applied = 'ok';
        done(true);
        if (plans && planned)
            await plans.point(m);
        if (tracer) {
            const trace = await tracer.finish();
            entry.locks = trace.locks;
            entry.rewritten = trace.rewritten;
            entry.slowest = [...trace.statements].sort((a, b) => b.durationMs - a.durationMs)[0];
            const dangerous = (0,locks/* dangerousLocks */.Bk)(trace);
            entry.dangerousLocks = dangerous.length;
            for (const l of dangerous) {
                const stmt = m.parsed.statements[l.statement.index];
                raw.push({ rule: 'dangerous-lock', file: m, offset: stmt?.start, line: l.statement.line, column: l.statement.column, message: lockMessage(l) });
            }
            // What PostgreSQL showed: a table that existed before the change got a new relfilenode.
            entry.statements = trace.statements.map((s) => ({ line: s.line, column: s.column, rewrote: s.rewrote }));
            for (const s of trace.statements) {
                const tables = s.rewrote.filter((name) => existedBeforeChange(base, name));
                if (tables.length === 0)
                    continue;
                const stmt = m.parsed.statements[s.index];
                const held = tables.map((t) => trace.locks.find((l) => l.relation === t && l.statement.index === s.index)?.mode).filter(Boolean);
                raw.push({
                    rule: 'table-rewrite',
                    file: m,
                    offset: stmt?.start,
                    line: s.line,
                    column: s.column,
                    message: `observed on PostgreSQL ${postgres.version}: this statement rewrote ${tables.length > 1 ? 'the existing tables' : 'the existing table'} ${tables.join(', ')} (new relfilenode)` +
                        (held.length ? ` under ${held[0]} lock` : '') +
                        ': every row is copied, and on production data that takes as long as the table is large',
                });
            }
        }
        if (isNew && entry.durationMs > slowMs) {
            const s = entry.slowest;
            const stmt = s ? m.parsed.statements[s.index] : undefined;
            raw.push({
                rule: 'slow-migration',
                file: m,
                offset: stmt?.start,
                line: s?.line ?? 1,
                column: s?.column ?? 1,
                message: `${m.rel} took ${seconds(entry.durationMs)} on an empty scratch database (limit: slowMigrationSeconds = ${config.slowMigrationSeconds})` +
                    (s ? `; the slowest statement is this one (${seconds(s.durationMs)})` : '') +
                    ': on production data it will take longer, holding its locks all the while',
            });
        }
        if (mixed && isNew && before)
            effects.push(diffSnapshots(before, await snapshot()));
        if (!verify || !before)
            continue;
        const rollback = m.rollback;
        // Down, compare, up again: on a state thrown away afterwards (rollback.ts), so that what the
        // rollback does never changes what the next migration is applied to.
        const verdict = await verifyRollback({ db, copy: opts.copy, snapshot: (d) => takeSnapshot(d, snapOpts), routine, skip, foldedSince: runStarted, phase: (name) => progress(name === 'rollback' ? rollback : m, name, index) }, m, rollback, before);
        if (verdict.disturbed)
            stopped = true;
        if (verdict.failure) {
            const e = verdict.failure;
            entry.rollback = 'failed';
            raw.push({
                rule: 'rollback-failed',
                file: rollback,
                offset: failedOffset(rollback, e),
                line: e.line,
                column: e.column,
                message: `the rollback of ${m.rel} fails right after the migration: ${describeFailure(e)}`,
                help: e.hint ? `PostgreSQL's hint: ${e.hint}` : undefined,
            });
            continue;
        }
        entry.rollbackDurationMs = verdict.downMs === undefined ? undefined : Math.round(verdict.downMs);
        const problems = [];
        const diff = verdict.diff;
        if (diff && !isEmptyDiff(diff)) {
            entry.rollbackDiff = diff;
            const lines = describeDiff(diff);
            const group = (change, label) => {
                const items = lines.filter((l) => l.change === change).map(describeLine);
                if (items.length)
                    problems.push(`${label}: ${items.join('; ')}`);
            };
            group('added', 'left behind');
            group('dropped', 'lost (existed before the migration, gone after the rollback)');
            group('changed', 'not restored');
            if (lines.some((l) => l.change === 'changed' && l.kind === 'enum')) {
                problems.push('PostgreSQL cannot drop an enum value (ALTER TYPE … DROP VALUE is refused): a rollback removes an added value only by creating the type again (a new type without it, the columns converted, the old one dropped), or the value stays and the rollback says so');
            }
        }
        const reapplyError = verdict.reapplyError;
        if (reapplyError) {
            problems.push(`applying ${m.rel} again after the rollback fails at ${reapplyError.file}:${reapplyError.line}:${reapplyError.column}: ${describeFailure(reapplyError)}`);
        }
        if (problems.length === 0) {
            entry.rollback = 'verified';
            continue;
        }
        entry.rollback = 'incomplete';
        // A goose/dbmate down section: at its directive line, named as the section of the file.
        const at = rollback.sectionStart !== undefined ? rollback.position(rollback.sectionStart) : { line: 1, column: 1 };
        const what = rollback.section === 'down' ? `the down section of ${rollback.rel} does not undo its up section` : `${rollback.rel} does not undo ${m.rel}`;
        raw.push({
            rule: 'rollback-incomplete',
            file: rollback,
            line: at.line,
            column: at.column,
            alsoFiles: [m],
            message: `${what}: ${problems.join('. ')}` + (verdict.disturbed ? '; the migrations after it were not applied' : ''),
        });
    }
    await saveIfDue(); // a chain with nothing new: the state after all of it
    const schemaDiff = mixed ? composeDiffs(effects) : base ? diffSnapshots(base, await snapshot()) : emptyDiff();
    if (seed && !stopped) {
        index++;
        const done = progress(seed, 'seed', index);
        const started = performance.now();
        const entry = { file: seed.path, kind: 'seed', isNew: seed.isNew, applied: 'ok', rollback: 'none', locks: [], rewritten: [], dangerousLocks: 0 };
        try {
            await db.exec(executor/* RESET_SESSION */.T4);
            entry.mode = await (0,apply/* applyFile */.ZI)(db, seed, { routine, skip: skip(seed) });
            entry.durationMs = ms(started);
            done(true);
        }
        catch (e) {
            if (!(e instanceof apply/* ApplyError */.d5))
                throw e;
            done(false);
            entry.applied = 'failed';
            entry.error = failureOf(e);
            raw.push(applyFailed(seed, e, `${seed.rel} fails after the migrations: ${describeFailure(e)}`, 'Keep the test seed in step with the schema the migrations build.'));
        }
        results.push(entry);
    }
    else if (seed) {
        results.push({ file: seed.path, kind: 'seed', isNew: seed.isNew, applied: 'skipped', rollback: 'none', locks: [], rewritten: [], dangerousLocks: 0 });
    }
    if (plans)
        raw.push(...plans.findings());
    return {
        root: project.root,
        ...(plans ? { performance: plans.report() } : {}),
        findings: finish(raw, config.rules, project.targets),
        migrations: results,
        schemaDiff,
        schemaChanges: describeDiff(schemaDiff),
        complete: !stopped,
        postgres,
    };
}
/** Did the relation `schema.name` (as the lock trace names it) exist before the change set's first migration? */
function existedBeforeChange(base, name) {
    if (!base)
        return false;
    const dot = name.indexOf('.');
    const key = `${quoteName(name.slice(0, dot))}.${quoteName(name.slice(dot + 1))}`;
    return base.has(objectKey('table', key)) || base.has(objectKey('materialized view', key));
}

// EXTERNAL MODULE: ./src/db/pglite-template.ts
var pglite_template = __webpack_require__(5840);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/load/config.ts + 10 modules
var load_config = __webpack_require__(679);
;// CONCATENATED MODULE: ./src/check/db-cache.ts
/**
 * `check`'s database state cache (issue #16 §2). With --base (a PR), the migrations before the
 * change set's first one are the same on every push: the scratch database's state after them is
 * saved once and the next `check` starts from it, applying and verifying only the rest.
 *
 * An entry is keyed by everything that decides that state: the entry format, migration-guard's
 * version (how files are split and sent), the engine build (PGlite's package version and scratch
 * settings), the extensions the instance is started with, the effective configuration (schema,
 * history table, placeholders, transactions …, as JSON), the runner's layout and tracking table,
 * and, in order, every merged migration's path, kind, version, description, the text as sent
 * (after placeholders and the layout's replacements), the text as written (the tracking rows) and
 * how the runner sends it. Any difference is another key, so a stale entry is never used.
 *
 * On disk, in cacheDir() (pglite-template.ts): `check-<key>.tar.gz` (PGlite's dumpDataDir, gzip)
 * and `check-<key>.json` (what the cold run recorded about those migrations, and the tarball's
 * SHA-256), each written to a temporary file and renamed. An entry whose JSON does not parse,
 * whose tarball is missing or does not match its hash, or that PGlite cannot load, is deleted and
 * counts as a miss: the run is then a cold one and saves a new entry. At most CACHE_ENTRIES
 * entries are kept (the newest, by modification time; a hit touches its entry).
 */









/**
 * Entries kept in the cache directory, and cache databases on a server. On PGlite an entry is a
 * gzip tarball: 5.3 MB for 300 generated migrations (bench/chain.mjs). Uncompressed (39 MB) was
 * measured here too: warm check 2.70 s instead of 2.82 s, but 449 MB peak RSS instead of 346 MB
 * when saving; kept gzip.
 */
const CACHE_ENTRIES = 8;
const FORMAT = 1;
/** Whether a record read back (a file's JSON, a cache database's comment) is the record of `plan`'s entry. */
function isRecordOf(meta, plan) {
    return meta.format === FORMAT && meta.key === plan.key && meta.migrations === plan.count && meta.entries?.length === plan.count;
}
/**
 * The cacheable prefix of a project's chain and its key, or undefined when there is none: no
 * --base, no merged migration before the change set, or a file outside the prefix redefines a
 * procedure the prefix defines (the runner's CALL handling looks procedures up project-wide; a
 * rollback that recreates a trigger function of the prefix, as crates.io's do, is no such case).
 * `engine` names the engine build and `extensions` the extensions the instance starts with.
 */
function cachePlan(project, config, engine, extensions, dir) {
    if (!project.base)
        return undefined;
    const first = project.migrations.findIndex((m) => (0,model_project/* inChangeSet */.Mm)(project, m));
    const count = first < 0 ? project.migrations.length : first;
    if (count === 0)
        return undefined;
    const prefix = project.migrations.slice(0, count);
    const inPrefix = new Set(prefix);
    const routines = (files) => 
    // Procedures only: what the lookup decides is whether a CALL commits (statements.ts endsTransaction).
    new Set(files.flatMap((f) => (!(0,statements/* mayCreateRoutine */.CR)(f.text) ? [] : f.parsed.statements).filter((s) => s.kind === 'CreateFunctionStmt' && s.node['is_procedure']).map((s) => (0,ast/* nameListKey */.jZ)(s.node['funcname']) ?? '')));
    const defined = routines(prefix);
    for (const r of routines(project.files.filter((f) => !inPrefix.has(f))))
        if (r && defined.has(r))
            return undefined;
    const h = (0,external_node_crypto_.createHash)('sha256');
    const part = (x) => h.update(JSON.stringify(x) ?? 'undefined').update('\0');
    part([FORMAT, package_0/* version */.rE, engine, [...extensions].sort()]);
    h.update((0,load_config/* configJson */.B2)(config)).update('\0');
    const layout = project.layout;
    part(layout ? [layout.name, layout.tracking?.table, layout.tracking?.create, layout.replace] : null);
    for (const m of prefix) {
        part([m.rel, m.kind, m.version?.raw, m.description, m.execution, m.section, m.chunks, m.companionText, m.decoded.problem ?? null]);
        h.update(m.text).update('\0').update(m.decoded.text).update('\0');
    }
    return { key: h.digest('hex').slice(0, 24), count, dir };
}
const files = (plan) => ({ tar: (0,external_node_path_.join)(plan.dir, `check-${plan.key}.tar.gz`), meta: (0,external_node_path_.join)(plan.dir, `check-${plan.key}.json`) });
/** Deletes an entry (both files); never throws (a read-only cache keeps it: it stays a miss). */
function dropEntry(plan) {
    const f = files(plan);
    (0,pglite_template/* removeQuietly */.S2)(f.meta);
    (0,pglite_template/* removeQuietly */.S2)(f.tar);
}
/**
 * The entry for `plan`: its record and tarball, or undefined (a miss). An entry that does not
 * read back whole (JSON, hash, size, counts) is deleted first.
 */
function loadEntry(plan) {
    const f = files(plan);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(f.meta, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const meta = JSON.parse(text);
        if (!isRecordOf(meta, plan))
            throw new Error('another entry');
        const bytes = (0,external_node_fs_.readFileSync)(f.tar);
        if (bytes.length !== meta.bytes || (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') !== meta.sha256)
            throw new Error('tarball does not match');
        try {
            const now = new Date();
            (0,external_node_fs_.utimesSync)(f.meta, now, now); // the newest, for pruning
        }
        catch {
            /* a read-only cache: used as it is */
        }
        return { meta, dump: new Blob([bytes]) };
    }
    catch {
        dropEntry(plan);
        return undefined;
    }
}
/**
 * Writes an entry (tarball first, then its record, each atomically) and prunes the directory to
 * the newest CACHE_ENTRIES entries. True when written; otherwise why not (a read-only or full
 * disk, a file in the way): the next run is cold again, and the caller says so.
 */
async function saveEntry(plan, dump, entries, before) {
    const f = files(plan);
    try {
        const bytes = Buffer.from(await dump.arrayBuffer());
        const meta = {
            format: FORMAT,
            key: plan.key,
            migrations: plan.count,
            createdAt: new Date().toISOString(),
            sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            bytes: bytes.length,
            entries,
            before,
        };
        (0,pglite_template/* writeAtomically */.vK)(f.tar, bytes);
        (0,pglite_template/* writeAtomically */.vK)(f.meta, JSON.stringify(meta));
    }
    catch (e) {
        return e.message;
    }
    try {
        prune(plan.dir);
    }
    catch {
        /* saved; pruned next time */
    }
    return true;
}
/** Keeps the newest CACHE_ENTRIES entries (by their record's mtime); deletes the rest and stray temporary files over an hour old. */
function prune(dir) {
    const names = (0,external_node_fs_.readdirSync)(dir);
    const entries = names
        .filter((n) => /^check-[0-9a-f]+\.json$/.test(n))
        .map((n) => ({ key: n.slice(6, -5), mtime: (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, n)).mtimeMs }))
        .sort((a, b) => b.mtime - a.mtime);
    for (const e of entries.slice(CACHE_ENTRIES))
        dropEntry({ key: e.key, count: 0, dir });
    const live = new Set(entries.slice(0, CACHE_ENTRIES).map((e) => e.key));
    for (const n of names) {
        const tar = /^check-([0-9a-f]+)\.tar\.gz$/.exec(n);
        // A tarball without its record (a run stopped between the two renames) is an orphan.
        if (tar && !live.has(tar[1]) && !names.includes(`check-${tar[1]}.json`))
            (0,pglite_template/* removeQuietly */.S2)((0,external_node_path_.join)(dir, n));
    }
    (0,pglite_template/* removeStaleTemporaries */.D9)(dir, names, 'check-');
}

;// CONCATENATED MODULE: ./src/check/db-cache-server.ts
/**
 * check's database state cache on a PostgreSQL server (see db-cache.ts for the key and what is
 * cached): the state is a database on that server, `mg_cache_<key>`, a copy of the scratch
 * database taken when the merged migrations are applied (CREATE DATABASE … TEMPLATE), and the next
 * check's scratch database is created from it. Its record (db-cache.ts CacheMeta without the
 * tarball's hash) is the database's comment. The copy is made under a scratch name (dropped as a
 * leftover if the run dies) and renamed when complete; a cache database whose comment is not a
 * record for its key is dropped and counts as a miss. At most CACHE_ENTRIES cache databases are
 * kept on a server (the newest by their record), each as large as the schema it holds (~8 MB
 * for an empty database).
 */


const serverCacheName = (plan) => `mg_cache_${plan.key}`;
/** The record of `plan`'s cache database on the server at `url`, or undefined (none, or dropped as broken). Never throws. */
async function serverEntry(url, plan) {
    const admin = await (0,db_engine/* connect */.Ng)(url).catch(() => undefined);
    if (!admin)
        return undefined;
    try {
        const r = await admin.query("SELECT pg_catalog.shobj_description(oid, 'pg_database') AS c FROM pg_catalog.pg_database WHERE datname = $1", [serverCacheName(plan)]);
        if (r.rows.length === 0)
            return undefined;
        try {
            const meta = JSON.parse(r.rows[0].c ?? '');
            if (!isRecordOf(meta, plan))
                throw new Error('another record');
            return meta;
        }
        catch {
            await admin.exec(`DROP DATABASE IF EXISTS ${serverCacheName(plan)}`).catch(() => undefined);
            return undefined;
        }
    }
    catch {
        return undefined;
    }
    finally {
        await admin.close();
    }
}
/** Saves the scratch database as `plan`'s cache database, then keeps the newest CACHE_ENTRIES. False when it could not. */
async function saveServerEntry(url, scratch, plan, entries, before) {
    if (!scratch.saveAs)
        return false;
    const admin = await (0,db_engine/* connect */.Ng)(url).catch(() => undefined);
    if (!admin)
        return false;
    // A scratch name: dropped as a leftover (engine.ts dropLeftovers) if this run dies before the rename.
    const tmp = `mg_check_${process.pid}_${Date.now().toString(36)}_${db_engine/* HOST_TAG */.q4}_cache`;
    try {
        const meta = { format: FORMAT, key: plan.key, migrations: plan.count, createdAt: new Date().toISOString(), sha256: '', bytes: 0, entries, before };
        await scratch.saveAs(tmp);
        await admin.exec(`COMMENT ON DATABASE ${tmp} IS '${JSON.stringify(meta).replace(/'/g, "''")}'`);
        await admin.exec(`ALTER DATABASE ${tmp} RENAME TO ${serverCacheName(plan)}`);
        await db_cache_server_prune(admin);
        return true;
    }
    catch {
        await admin.exec(`DROP DATABASE IF EXISTS ${tmp}`).catch(() => undefined);
        return false;
    }
    finally {
        await admin.close();
    }
}
async function db_cache_server_prune(admin) {
    const r = await admin.query("SELECT datname AS d, pg_catalog.shobj_description(oid, 'pg_database') AS c FROM pg_catalog.pg_database WHERE datname ~ '^mg_cache_[0-9a-f]+$'");
    const created = (c) => {
        try {
            return Date.parse(JSON.parse(c ?? '').createdAt) || 0;
        }
        catch {
            return 0;
        }
    };
    const old = r.rows.sort((a, b) => created(b.c) - created(a.c)).slice(CACHE_ENTRIES);
    // One in use (being copied) stays until a later run.
    for (const { d } of old)
        await admin.exec(`DROP DATABASE IF EXISTS ${d}`).catch(() => undefined);
}

// EXTERNAL MODULE: ./src/db/extensions.ts
var db_extensions = __webpack_require__(5338);
// EXTERNAL MODULE: ./src/db/metrics.ts
var metrics = __webpack_require__(1159);
// EXTERNAL MODULE: ./src/db/url.ts
var url = __webpack_require__(879);
// EXTERNAL MODULE: ./src/commands/lint.ts + 3 modules
var commands_lint = __webpack_require__(3452);
;// CONCATENATED MODULE: ./src/commands/check.ts
/**
 * `check`: the lint, then every migration set (the configured `migrations` and `locations:`
 * together, as one chain in Flyway's order; any other directory named, alone) applied to a scratch database of its own
 * (embedded PGlite without --database-url; a temporary database on the server with one, dropped
 * afterwards), with rollback verification, lock trace, schema diff and timing. Printing is left
 * to the caller (src/report/check.ts).
 */













async function runCheck(req) {
    const started = performance.now();
    if (req.databaseUrl)
        req = { ...req, databaseUrl: (0,url/* toPostgresUrl */.Cm)(req.databaseUrl).url }; // jdbc:postgresql URLs too
    // Embedded PostgreSQL: V8's compact WASM settings before any WASM (the parser's too) is compiled.
    if (!req.databaseUrl)
        (0,db_engine/* compactWasm */.g6)();
    // Lazily parsed: what the state cache restores and the lint cache holds is never parsed.
    const { config, projects } = await (0,commands_lint/* loadProjects */.RT)(req, !req.noCache);
    const env = req.env ?? process.env;
    // The lint cache (src/lint/cache.ts) as `lint` uses it (--cache-dir DIR: DIR/lint).
    const lintCache = (0,commands_lint/* lintCacheFor */.zz)(req, config);
    // check's database state cache and the fresh PGlite data directory: --cache-dir DIR itself.
    const stateDir = req.cacheDir ?? (0,pglite_template/* cacheDir */.e8)(env);
    const perfSetup = await loadPerformance(config, req.cwd);
    let perf;
    const lint = [];
    const found = [];
    const migrations = [];
    const schemaDiff = { added: [], changed: [], dropped: [] };
    const schemaChanges = [];
    let complete = true;
    let postgres;
    let files = 0;
    let migrationCount = 0;
    // The migrations the counts are about: those named (all without PATHs); the others only build the state.
    const inScope = new Set();
    const measured = [];
    const cacheUses = [];
    const slowMs = config.slowMigrationSeconds * 1000;
    // A new migration over the limit is already a slow-migration finding: no run-total warning then.
    const slowFinding = (list) => config.slowMigrationSeconds > 0 && list.some((m) => m.isNew && m.kind !== 'seed' && (m.durationMs ?? 0) > slowMs);
    for (const { project, targets } of projects) {
        files += (0,commands_lint/* reportedFiles */.nx)(project, targets);
        const named = project.migrations.filter((m) => !targets || targets.has(m.rel));
        migrationCount += named.length;
        for (const m of named)
            inScope.add(m.path);
        lint.push(...(0,lint_engine/* lintProject */.RO)(project, rules/* rules */.a, (0,commands_lint/* lintOptionsFor */.xw)(config, project), lintCache.cache));
        const engine = req.databaseUrl ? `a scratch database on ${(0,db_engine/* maskUrl */.yP)(req.databaseUrl)}` : 'embedded PostgreSQL (PGlite)';
        const total = project.migrations.length;
        const engineStarted = performance.now();
        const extensions = (0,db_extensions/* requestedExtensions */.Pr)(project);
        // check's database state cache, with --base: a tarball of PGlite's data directory (db-cache.ts),
        // or a database on the server (db-cache-server.ts).
        const url = req.databaseUrl;
        const plan = req.noCache || (url && !req.cacheOnServer) ? undefined : cachePlan(project, config, url ? 'postgres' : (0,db_engine/* pgliteBuild */.UP)(), extensions, stateDir);
        let hit = plan ? (url ? await serverEntry(url, plan).then((meta) => meta && { meta }) : loadEntry(plan)) : undefined;
        req.onProgress?.({ file: engine, phase: 'engine', status: 'start', elapsedMs: 0, index: 0, total });
        const open = (from) => (0,db_engine/* openScratch */.jd)(url, {
            connectRetries: config.connectRetries,
            onRetry: req.onConnectRetry,
            extensions,
            roles: (0,statements/* rolesCreatedBy */.T6)(project.files),
            cacheDir: stateDir,
            ...(from ? { from } : {}),
            ...(url && hit && plan ? { template: serverCacheName(plan) } : {}),
        });
        const scratch = await (hit?.dump
            ? open(hit.dump).catch(() => {
                // A tarball PGlite cannot load: a miss; the entry is deleted and saved again below.
                dropEntry(plan);
                hit = undefined;
                return open();
            })
            : open()).catch((e) => {
            req.onProgress?.({ file: engine, phase: 'engine', status: 'failed', elapsedMs: performance.now() - engineStarted, index: 0, total });
            throw e;
        });
        req.onProgress?.({ file: engine, phase: 'engine', status: 'ok', elapsedMs: performance.now() - engineStarted, index: 0, total });
        if (url && !scratch.restored)
            hit = undefined; // the cache database was in use or gone: started empty
        try {
            const measure = {
                command: 'check',
                database: 'scratch',
                schemas: (0,metrics/* managedSchemas */.YO)(project, config.schema),
                // The runner's own table is bookkeeping, as Flyway's history table is.
                history: project.layout ? { schema: 'public', table: project.layout.tracking?.table ?? config.historyTable } : { schema: config.schema, table: config.historyTable },
                slowMigrationSeconds: config.slowMigrationSeconds,
                url: req.databaseUrl,
            };
            // The metrics before the first migration: the cold run's, when the state is restored.
            const before = hit?.meta.before ?? (plan ? await (0,metrics/* tryRead */.o_)(scratch.db, measure) : undefined);
            const cacheOpts = hit
                ? { restored: { count: plan.count, entries: hit.meta.entries } }
                : plan
                    ? {
                        saveAt: {
                            count: plan.count,
                            save: async (entries) => {
                                const reading = typeof before === 'object' ? before : null;
                                const dump = (0,db_engine/* dumpState */.Yr)(scratch.db);
                                const saved = url ? await saveServerEntry(url, scratch, plan, entries, reading) : dump ? await saveEntry(plan, await dump, entries, reading) : false;
                                if (saved === true) {
                                    cacheUses.push({ status: 'saved', key: plan.key, migrations: plan.count });
                                }
                                else if (typeof saved === 'string') {
                                    req.onNote?.(`the database state could not be saved in ${plan.dir} (${saved}): the next check applies the merged migrations again`);
                                }
                            },
                        },
                    }
                    : {};
            if (hit)
                cacheUses.push({ status: 'restored', key: plan.key, migrations: plan.count });
            const r = await (0,metrics/* measureRun */.uw)(scratch.db, { ...measure, ...(typeof before === 'object' ? { before } : {}) }, () => checkProject(scratch.db, project, { config, onProgress: req.onProgress, copy: () => scratch.copy(), performance: perfSetup, ...cacheOpts }), (p) => p.migrations.filter((m) => m.kind !== 'seed' && m.applied === 'ok').map((m) => ({ file: m.file, version: m.version ?? null, durationMs: Math.round(m.durationMs ?? 0) })), (p) => slowFinding(p.migrations));
            // What a deploy would spend is the migrations' own time: check's other work (snapshots, rollback
            // verification, the synthetic fill and the query plans) is left out of the duration and its warning.
            const applying = r.metrics.migrations.reduce((sum, m) => sum + m.durationMs, 0);
            measured.push((0,metrics/* withoutTime */.qL)(r.metrics, r.metrics.durationMs - applying, slowFinding(r.migrations)));
            if (r.performance)
                perf = mergePerformance(perf, r.performance);
            found.push(...r.findings);
            migrations.push(...r.migrations);
            schemaDiff.added.push(...r.schemaDiff.added);
            schemaDiff.changed.push(...r.schemaDiff.changed);
            schemaDiff.dropped.push(...r.schemaDiff.dropped);
            schemaChanges.push(...r.schemaChanges);
            complete &&= r.complete;
            postgres ??= r.postgres;
        }
        finally {
            await scratch.dispose();
        }
    }
    lintCache.done();
    // In migration order (V2 before V10, a rollback after its migration), as lint lists them.
    const findings = (0,commands_lint/* sortInMigrationOrder */.iH)(combineFindings((0,lint_engine/* sortFindings */.Tc)(lint), found, migrations), projects.map((p) => p.project));
    const disagreed = disagreements(lint, migrations);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const counted = migrations.filter((m) => m.kind !== 'seed' && inScope.has(m.file));
    const summary = {
        errors,
        warnings: findings.length - errors,
        files,
        migrations: migrationCount,
        // Migrations only (seeds/test.sql runs too, but is not one), and only those named.
        applied: counted.filter((m) => m.applied === 'ok').length,
        failed: counted.filter((m) => m.applied === 'failed').length,
        skipped: counted.filter((m) => m.applied === 'skipped').length,
        rollbacksVerified: counted.filter((m) => m.rollback === 'verified').length,
        rollbacksBroken: counted.filter((m) => m.rollback === 'failed' || m.rollback === 'incomplete').length,
        dangerousLocks: findings.filter((f) => f.rule === 'dangerous-lock').length,
        restored: migrations.filter((m) => m.restored).length,
        durationMs: performance.now() - started,
    };
    return {
        findings,
        summary,
        migrations,
        schemaDiff,
        schemaChanges,
        complete,
        postgres: postgres ?? { engine: req.databaseUrl ? 'postgres' : 'pglite', version: '', full: '', label: '' },
        disagreements: disagreed,
        config,
        metrics: (0,metrics/* combineMetrics */.hf)(measured, slowFinding(migrations)),
        ...(perf ? { performance: perf } : {}),
        ...(cacheUses.length ? { cache: cacheUses } : {}),
    };
}
function mergePerformance(a, b) {
    if (!a)
        return b;
    return { ...a, queries: [...a.queries, ...b.queries], tables: [...a.tables, ...b.tables], notes: [...a.notes, ...b.notes], durationMs: a.durationMs + b.durationMs };
}


/***/ })

};
