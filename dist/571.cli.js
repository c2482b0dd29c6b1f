export const id = 571;
export const ids = [571];
export const modules = {

/***/ 5824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ dangerousLocks),
/* harmony export */   Zl: () => (/* binding */ LockTracer)
/* harmony export */ });
/* unused harmony exports LOCK_MODES, lockModeName, lockBlocks */
/** Lock modes, weakest first, as PostgreSQL's documentation names them. */
const LOCK_MODES = [
    'ACCESS SHARE',
    'ROW SHARE',
    'ROW EXCLUSIVE',
    'SHARE UPDATE EXCLUSIVE',
    'SHARE',
    'SHARE ROW EXCLUSIVE',
    'EXCLUSIVE',
    'ACCESS EXCLUSIVE',
];
/** pg_locks.mode ("AccessExclusiveLock") → "ACCESS EXCLUSIVE". */
function lockModeName(pgMode) {
    const words = pgMode
        .replace(/Lock$/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toUpperCase();
    return LOCK_MODES.includes(words) ? words : undefined;
}
/** What other sessions cannot do on the relation while the lock is held; undefined: reads and writes go on. */
function lockBlocks(mode) {
    if (mode === 'ACCESS EXCLUSIVE')
        return 'reads and writes';
    if (mode === 'EXCLUSIVE' || mode === 'SHARE ROW EXCLUSIVE' || mode === 'SHARE')
        return 'writes';
    return undefined;
}
const QUIET_KINDS = new Set(['TransactionStmt', 'VariableSetStmt', 'VariableShowStmt']);
const now = () => performance.now();
function shortText(file, stmt) {
    const first = file.text.slice(stmt.start, stmt.end).split('\n')[0].trim();
    return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}
async function relations(db) {
    const r = await db.query(`SELECT c.oid::text AS oid, n.nspname::text AS s, c.relname::text AS name, c.relkind::text AS kind,
            c.relfilenode::text AS filenode, tn.nspname::text AS ts, t.relname::text AS t
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
       LEFT JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`);
    const out = new Map();
    for (const row of r.rows) {
        const relkind = row.kind === 'i' || row.kind === 'I' ? 'index' : row.kind === 'm' ? 'materialized view' : 'table';
        out.set(String(row.oid), {
            name: `${row.s}.${row.name}`,
            relkind,
            table: row.t ? `${row.ts}.${row.t}` : undefined,
            filenode: String(row.filenode),
        });
    }
    return out;
}
/**
 * Traces one application of a migration:
 *   const tracer = await LockTracer.start(db, file);
 *   await applyFile(db, file, tracer.hooks);
 *   const trace = await tracer.finish();
 */
class LockTracer {
    db;
    file;
    before;
    held = new Map();
    done = [];
    statements = [];
    last = now();
    /** relfilenode of each pre-existing table and materialized view, as of the last statement. */
    filenodes = new Map();
    constructor(db, file, before) {
        this.db = db;
        this.file = file;
        this.before = before;
    }
    /** Records the relations that exist now (before the migration). */
    static async start(db, file) {
        const t = new LockTracer(db, file, await relations(db));
        for (const [oid, rel] of t.before)
            if (rel.relkind !== 'index' && rel.filenode !== '0')
                t.filenodes.set(oid, rel.filenode);
        t.last = now();
        return t;
    }
    hooks = {
        afterStatement: (stmt, index) => this.afterStatement(stmt, index),
    };
    async afterStatement(stmt, index) {
        const ended = now();
        const pos = this.file.position(stmt.start);
        const traced = {
            index,
            line: pos.line,
            column: pos.column,
            text: shortText(this.file, stmt),
            durationMs: ended - this.last,
            rewrote: [],
        };
        this.statements.push(traced);
        const started = this.last;
        // One round trip: the locks this backend holds now, and the relfilenode of each pre-existing
        // table (a new one means PostgreSQL wrote the relation anew — a rewrite — whatever the statement).
        const r = await this.db.query(`SELECT 'lock' AS k, relation::text AS oid, mode::text AS v FROM pg_catalog.pg_locks
        WHERE pid = pg_catalog.pg_backend_pid() AND locktype = 'relation' AND granted
       UNION ALL
       SELECT 'filenode', oid::text, relfilenode::text FROM pg_catalog.pg_class WHERE oid = ANY($1::oid[])`, [[...this.filenodes.keys()]]);
        for (const row of r.rows) {
            if (row.k !== 'filenode' || row.v === this.filenodes.get(row.oid))
                continue;
            traced.rewrote.push(this.before.get(row.oid).name);
            this.filenodes.set(row.oid, row.v);
        }
        // The strongest mode per pre-existing relation held now.
        const current = new Map();
        for (const row of r.rows) {
            if (row.k !== 'lock')
                continue;
            const oid = String(row.oid);
            if (!this.before.has(oid))
                continue;
            const mode = lockModeName(row.v);
            if (!mode)
                continue;
            const prev = current.get(oid);
            if (!prev || LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(prev))
                current.set(oid, mode);
        }
        // Locks gone since the last statement were released by it (COMMIT): they were held until `ended`.
        for (const [oid, h] of this.held) {
            const mode = current.get(oid);
            if (mode === undefined) {
                h.released = ended;
                this.done.push(h);
                this.held.delete(oid);
            }
            else if (!QUIET_KINDS.has(stmt.kind)) {
                h.heldWhile.push(traced);
            }
        }
        for (const [oid, mode] of current) {
            const h = this.held.get(oid);
            if (!h)
                this.held.set(oid, { oid, mode, stmt: traced, since: started, heldWhile: [] });
            else if (LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(h.mode)) {
                // A stronger lock from this statement on: it is the one that matters.
                h.mode = mode;
                h.stmt = traced;
                h.since = started;
                h.heldWhile = [];
            }
        }
        this.last = now();
    }
    /** After the migration committed: releases what is left, compares relfilenodes. */
    async finish() {
        const end = now();
        for (const h of this.held.values()) {
            h.released = end;
            this.done.push(h);
        }
        this.held.clear();
        const after = await relations(this.db);
        const rewritten = new Set();
        for (const [oid, rel] of this.before) {
            const cur = after.get(oid);
            if (cur && cur.filenode !== rel.filenode && rel.filenode !== '0')
                rewritten.add(oid);
        }
        // One entry per relation: the strongest mode it was held in.
        const strongest = new Map();
        for (const h of this.done) {
            const prev = strongest.get(h.oid);
            if (!prev || LOCK_MODES.indexOf(h.mode) > LOCK_MODES.indexOf(prev.mode))
                strongest.set(h.oid, h);
        }
        const locks = [];
        for (const h of strongest.values()) {
            const rel = this.before.get(h.oid);
            const blocks = lockBlocks(h.mode);
            locks.push({
                relation: rel.name,
                relkind: rel.relkind,
                table: rel.table,
                mode: h.mode,
                blocks,
                statement: h.stmt,
                heldMs: (h.released ?? end) - h.since,
                heldWhile: h.heldWhile,
                rewritten: rewritten.has(h.oid),
                dangerous: blocks !== undefined && h.heldWhile.length > 0,
            });
        }
        locks.sort((a, b) => a.statement.index - b.statement.index || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0));
        return {
            locks,
            rewritten: [...rewritten].map((oid) => this.before.get(oid).name).sort(),
            statements: this.statements,
        };
    }
}
/** Locks worth a `dangerous-lock` finding: an index's lock is left out when its table's lock is reported. */
function dangerousLocks(trace) {
    const tables = new Set(trace.locks.filter((l) => l.dangerous && l.relkind !== 'index').map((l) => l.relation));
    return trace.locks.filter((l) => l.dangerous && !(l.relkind === 'index' && l.table && tables.has(l.table)));
}


/***/ }),

/***/ 5978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ asDbError),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   QU: () => (/* reexport safe */ _url_js__WEBPACK_IMPORTED_MODULE_8__.QU),
/* harmony export */   UP: () => (/* binding */ pgliteBuild),
/* harmony export */   Yr: () => (/* binding */ dumpState),
/* harmony export */   g6: () => (/* binding */ compactWasm),
/* harmony export */   i8: () => (/* binding */ openPglite),
/* harmony export */   jd: () => (/* binding */ openScratch),
/* harmony export */   q4: () => (/* binding */ HOST_TAG),
/* harmony export */   yP: () => (/* reexport safe */ _url_js__WEBPACK_IMPORTED_MODULE_8__.yP)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8476);
/* harmony import */ var _extensions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5338);
/* harmony import */ var _pglite_template_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5840);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(879);









// URL parsing and masking live in url.ts; these names are kept for the code that imports them here.

function asDbError(e) {
    if (!e || typeof e !== 'object' || !('message' in e))
        return undefined;
    const x = e;
    if (typeof x['code'] !== 'string' || !/^[0-9A-Z]{5}$/.test(x['code']))
        return undefined;
    const position = x['position'] !== undefined ? Number(x['position']) : undefined;
    return {
        code: x['code'],
        message: String(x['message']),
        detail: typeof x['detail'] === 'string' ? x['detail'] : undefined,
        hint: typeof x['hint'] === 'string' ? x['hint'] : undefined,
        position: position !== undefined && Number.isFinite(position) ? position : undefined,
        where: typeof x['where'] === 'string' ? x['where'] : undefined,
    };
}
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', '57P03', '53300']);
class PgDb {
    client;
    label;
    reopen;
    engine = 'postgres';
    constructor(client, label, reopen) {
        this.client = client;
        this.label = label;
        this.reopen = reopen;
    }
    /**
     * Runs `fn` with this session disconnected, then connects again (session settings are reset):
     * CREATE DATABASE … TEMPLATE needs the template database to have no session at all.
     */
    async disconnectedFor(fn) {
        await this.client.end().catch(() => undefined);
        try {
            return await fn();
        }
        finally {
            const fresh = (await this.reopen());
            this.client = fresh.client;
        }
    }
    sibling() {
        return this.reopen();
    }
    async query(sql, params) {
        const r = await this.client.query(sql, params);
        return { rows: r.rows, rowCount: r.rowCount ?? 0 };
    }
    async exec(sql) {
        await this.client.query(sql);
    }
    async close() {
        await this.client.end().catch(() => undefined);
    }
}
class PgliteDb {
    db;
    reopen;
    engine = 'pglite';
    label = 'embedded PGlite';
    /**
     * @param db the running instance (replaced when a checkpoint is put back)
     * @param reopen a new instance from a data directory tarball, with this one's options; absent
     *   for a `pglite:DIR` database, which is never checkpointed
     */
    constructor(db, reopen) {
        this.db = db;
        this.reopen = reopen;
    }
    /**
     * Saves this database as it is now (a gzip tarball of its data directory, PGlite's
     * dumpDataDir) and returns the function that puts it back: that function closes the instance
     * and starts a new one from the tarball, so everything done in between is gone, session state
     * included. One instance at a time: a second PGlite instance (PGlite's clone()) costs ~200 MB
     * of RSS, measured on the real histories; restoring costs ~1 s. The dump leaves ~100 MB of
     * ArrayBuffers (the uncompressed tarball, gzip chunks) and a restore as much (the tarball
     * unpacked): collected at once, their memory is reused by what comes next instead of adding
     * to it. Measured (`check` on PGlite, one machine, alternating runs): crates.io's 285 diesel
     * migrations, peak RSS 405/414 → 376/374 MB; hatchet's 224 goose migrations, 408/418/400 →
     * 353/364/359 MB; run time within noise (±3 %). The peak left is this dump itself (+~105 MB).
     */
    /**
     * This database as it is now: a gzip tarball of its data directory (PGlite's dumpDataDir) after
     * a CHECKPOINT (see checkpoint()); the instance goes on as it was. ~5.5 MB for 300 generated migrations.
     */
    async dump() {
        await this.db.exec('CHECKPOINT');
        return this.db.dumpDataDir('gzip');
    }
    async checkpoint() {
        const reopen = this.reopen;
        if (!reopen)
            throw new Error('only an in-memory PGlite database can be checkpointed');
        // A CHECKPOINT first: the tarball is then the state itself, not a crash image that the new
        // instance recovers from WAL (after which, as after any crash, a sequence skips ahead by the
        // values it had logged in advance: its last_value was 33 where it had been 1).
        await this.db.exec('CHECKPOINT');
        const dump = await this.db.dumpDataDir('gzip');
        collectGarbage(); // the dump's uncompressed tarball and gzip chunks (~100 MB)
        return async () => {
            await this.db.close().catch(() => undefined);
            collectGarbage(); // the closed instance's WASM memory, before the new one takes as much
            this.db = await reopen(dump);
            collectGarbage(); // the tarball unpacked into the new instance's files
        };
    }
    /** PGlite is one session: the sibling is the same database object, whose close() is left to its owner. */
    async sibling() {
        return { engine: this.engine, label: this.label, query: (q, p) => this.query(q, p), exec: (q) => this.exec(q), sibling: () => this.sibling(), close: async () => undefined };
    }
    async query(sql, params) {
        const r = await this.db.query(sql, params);
        // PGlite reports affectedRows 0 for a SELECT: count its rows instead.
        return { rows: r.rows, rowCount: r.rows.length > 0 ? r.rows.length : (r.affectedRows ?? 0) };
    }
    async exec(sql) {
        await this.db.exec(sql);
    }
    async close() {
        if (!this.db.closed)
            await this.db.close();
    }
}
let compacted = false;
/**
 * Before the first scratch PGlite is compiled (check calls it before linting, so that the
 * parser's WASM is compiled the same way): V8 compiles WebAssembly functions when first
 * called (--wasm-lazy-compilation) and with its baseline compiler only (--liftoff-only), not
 * again with TurboFan for the hot ones. PostgreSQL is ~9 MB of WASM of which a migration run
 * calls a part. Measured on the Lemmy history (343 migrations, `check` on PGlite): peak RSS
 * 490 → 390 MB for 0–15% more time; a short run is faster (no optimizing compiles on 2 cores).
 * Flags of this process, set once; a library user who set their own keeps theirs for the rest.
 */
function compactWasm() {
    if (compacted)
        return;
    compacted = true;
    try {
        node_v8__WEBPACK_IMPORTED_MODULE_2___default().setFlagsFromString('--wasm-lazy-compilation');
        node_v8__WEBPACK_IMPORTED_MODULE_2___default().setFlagsFromString('--liftoff-only');
    }
    catch {
        /* a runtime that refuses: only memory is at stake */
    }
}
let gc;
/**
 * A full garbage collection now, where V8 allows it: a closed PGlite instance keeps its WASM
 * memory (~130 MB) until its objects are collected, and V8 does not count that memory as heap,
 * so without this the next instance is created beside the dead one. (`--expose-gc` set at run
 * time, as jest's leak detector does; without it, nothing happens.)
 */
function collectGarbage() {
    if (gc === undefined) {
        try {
            node_v8__WEBPACK_IMPORTED_MODULE_2___default().setFlagsFromString('--expose-gc');
            gc = (0,node_vm__WEBPACK_IMPORTED_MODULE_3__.runInNewContext)('gc');
        }
        catch {
            gc = null;
        }
    }
    gc?.();
}
async function connect(url, opts = {}) {
    const retries = opts.connectRetries ?? 0;
    let delay = opts.retryDelayMs ?? 1000;
    // A malformed URL is a usage error naming the problem, before the driver reads "Invalid URL".
    const parsed = (0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDbUrl */ .Bd)(url);
    const { default: pgLib } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849));
    for (let attempt = 0;; attempt++) {
        let client;
        try {
            // node-postgres's own parser misreads a raw "@", "#", "/" or space in a password: such a URL
            // goes as settings read by our parser, every other one as the string, as before.
            const settings = parsed.needsConfig ? (0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .clientConfig */ .yO)(parsed) : { connectionString: url };
            client = new pgLib.Client({ application_name: opts.applicationName ?? 'migration-guard', ...settings });
            client.on('error', () => undefined); // a dropped connection surfaces on the next query
            await client.connect();
            return new PgDb(client, opts.label ?? parsed.masked, () => connect(url, { ...opts, connectRetries: 0 }));
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb)
                throw e;
            await client?.end().catch(() => undefined);
            const code = e.code ?? '';
            const reason = (0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .maskSecrets */ .QU)(e.message, url);
            if (attempt >= retries || !TRANSIENT.has(code)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot connect to ${parsed.masked}: ${reason}${attempt ? ` (after ${attempt + 1} attempts)` : ''}`);
            }
            opts.onRetry?.(attempt + 1, retries, delay, `connecting to ${parsed.masked} failed (${code || reason})`);
            await new Promise((r) => setTimeout(r, delay));
            delay = Math.min(delay * 2, 30_000);
        }
    }
}
/**
 * Embedded PostgreSQL, in memory or kept in `dataDir`, started with the bundled contrib
 * `extensions` named (extensions.ts: only those, so start-up stays fast).
 */
async function openPglite(dataDir, extensions = [], from, templateDir) {
    if (!dataDir)
        compactWasm();
    const { PGlite } = await __webpack_require__.e(/* import() */ 618).then(__webpack_require__.bind(__webpack_require__, 1618));
    const opts = { extensions: (0,_extensions_js__WEBPACK_IMPORTED_MODULE_6__/* .pgliteExtensions */ .IG)(extensions) };
    if (dataDir)
        return new PgliteDb(await PGlite.create({ ...opts, dataDir }));
    // In memory (check's scratch database): from the cached fresh data directory (pglite-template.ts),
    // or the given tarball (check's database state cache), with the settings for a small scratch database.
    const scratch = { ...opts, postgresqlconf: _pglite_template_js__WEBPACK_IMPORTED_MODULE_7__/* .SCRATCH_CONF */ .Wg };
    const reopen = (dump) => PGlite.create({ ...scratch, loadDataDir: dump });
    const db = await (from ? reopen(from) : (0,_pglite_template_js__WEBPACK_IMPORTED_MODULE_7__/* .createFromTemplate */ .Hu)(PGlite, scratch, templateDir));
    collectGarbage(); // the tarball, unpacked: else held until V8 next collects
    return new PgliteDb(db, reopen);
}
/** The engine build a PGlite state belongs to (package version, initdb and server settings), for cache keys. */
function pgliteBuild() {
    return `pglite-${(0,_pglite_template_js__WEBPACK_IMPORTED_MODULE_7__/* .buildKey */ .sI)()}-${_pglite_template_js__WEBPACK_IMPORTED_MODULE_7__/* .SCRATCH_CONF */ .Wg.join(',')}`;
}
/** A PGlite scratch database's state now (PgliteDb.dump), or undefined for a server's. */
function dumpState(db) {
    return db instanceof PgliteDb ? db.dump() : undefined;
}
/**
 * Drops scratch databases (`mg_check_<pid>_<time>_<host>_…`) that dead runs left: no session is
 * connected to them, and either they are this machine's (`<host>`: a hash of its hostname) and
 * their process is gone, or they are over an hour old. A database some other run still uses
 * always has its session — except for the moment a run copies it (CREATE DATABASE … TEMPLATE
 * needs it without sessions), which is why another machine's database is left an hour: its pid
 * means nothing here.
 */
async function dropLeftovers(admin) {
    const r = await admin.query(`SELECT d.datname AS d FROM pg_catalog.pg_database d
      WHERE d.datname ~ '^mg_check_[0-9]+_[0-9a-z]+_'
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.datname = d.datname)`);
    for (const { d } of r.rows) {
        const [, pid, time, host] = /^mg_check_(\d+)_([0-9a-z]+)_(?:([0-9a-f]{6})_)?/.exec(d);
        const age = Date.now() - parseInt(time, 36);
        const mine = host === HOST_TAG;
        if (age < 3_600_000 && (!mine || processAlive(Number(pid))))
            continue;
        await admin.exec(`DROP DATABASE IF EXISTS "${d}"`).catch(() => undefined);
    }
}
/** This machine, in scratch database names: 6 hex digits of a hash of its hostname. */
const HOST_TAG = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()).digest('hex').slice(0, 6);
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * A fresh, empty database for `check`: on a server, a temporary database created next to the
 * given one (from `template` when given and usable) and dropped afterwards; without a URL,
 * embedded PGlite — started from `from` (a PgliteDb.dump tarball) when given, which throws if
 * PGlite cannot load it, else from the fresh data directory cached in `cacheDir` (pglite-template.ts).
 */
async function openScratch(url, opts = {}) {
    if (!url) {
        const db = (await openPglite(undefined, opts.extensions, opts.from, opts.cacheDir));
        // The copy is the instance itself, checkpointed, and put back when the copy is disposed.
        const scratchOf = (d, dispose) => ({ db: d, dispose, copy: async () => scratchOf(d, await d.checkpoint()) });
        return scratchOf(db, () => db.close());
    }
    const admin = await connect(url, opts);
    await dropLeftovers(admin);
    // Roles are cluster-wide: those the migrations may create and that do not exist yet are
    // dropped with the scratch database, so the next check does not fail on them.
    const existing = new Set((await admin.query('SELECT rolname AS r FROM pg_catalog.pg_roles')).rows.map((x) => x.r));
    const roles = (opts.roles ?? []).filter((r) => !existing.has(r));
    const dropRoles = async () => {
        for (const r of roles)
            await admin.exec(`DROP ROLE IF EXISTS "${r.replace(/"/g, '""')}"`).catch(() => undefined);
    };
    const name = `mg_check_${process.pid}_${Date.now().toString(36)}_${HOST_TAG}_${Math.random().toString(36).slice(2, 6)}`;
    let restored = false;
    try {
        // From a cached state (a database no session uses), else empty: a template in use or gone is a miss.
        if (opts.template)
            restored = await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${opts.template}`).then(() => true, () => false);
        if (!restored)
            await admin.exec(`CREATE DATABASE ${name}`);
    }
    catch (e) {
        await admin.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot create a scratch database on ${(0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .maskUrl */ .yP)(url)}: ${(0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .maskSecrets */ .QU)(asDbError(e)?.message ?? e.message, url)}`);
    }
    let db;
    try {
        // Reports name the server the user gave, not the throw-away database's name.
        db = await connect((0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .withDatabase */ .kR)(url, name), { ...opts, label: (0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .maskUrl */ .yP)(url) });
    }
    catch (e) {
        await admin.exec(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
        await admin.close();
        throw e;
    }
    const drop = (n) => admin.exec(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`).catch(() => admin.exec(`DROP DATABASE IF EXISTS ${n}`));
    let copies = 0;
    const live = new Set([name]);
    // Interrupted (Ctrl-C, a cancelled CI job): drop every database of this run, sessions and all.
    const unregister = (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_5__/* .onInterrupt */ .n)(async () => {
        for (const n of [...live].reverse())
            await drop(n);
        await dropRoles();
    });
    return {
        db,
        restored,
        saveAs: (target) => db.disconnectedFor(() => admin.exec(`CREATE DATABASE ${target} TEMPLATE ${name}`)),
        dispose: async () => {
            unregister();
            await db.close();
            await drop(name);
            await dropRoles();
            await admin.close();
        },
        copy: async () => {
            const copyName = `${name}_c${++copies}`;
            live.add(copyName);
            await db.disconnectedFor(() => admin.exec(`CREATE DATABASE ${copyName} TEMPLATE ${name}`));
            try {
                const cdb = await connect((0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .withDatabase */ .kR)(url, copyName), { ...opts, label: (0,_url_js__WEBPACK_IMPORTED_MODULE_8__/* .maskUrl */ .yP)(url) });
                const copy = {
                    db: cdb,
                    dispose: async () => {
                        await cdb.close();
                        await drop(copyName);
                        live.delete(copyName);
                    },
                    copy: () => Promise.reject(new Error('a copy of a copy is not supported')),
                };
                return copy;
            }
            catch (e) {
                await drop(copyName);
                live.delete(copyName);
                throw e;
            }
        },
    };
}


/***/ }),

/***/ 5338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ pgliteExtensions),
/* harmony export */   Pr: () => (/* binding */ requestedExtensions)
/* harmony export */ });
/* unused harmony exports extensionDir, bundledExtensions */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_statements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7043);
/**
 * The contrib extensions embedded PostgreSQL (PGlite) ships, each a tarball beside its runtime
 * (`<name>.tar.gz` in @electric-sql/pglite's dist; the build copies them to dist/pglite-ext/).
 * A PGlite instance can only CREATE EXTENSION what it was started with, and every extension
 * started with costs start-up time, so `check` and `pglite:DIR` start it with the extensions the
 * migrations ask for (CREATE EXTENSION anywhere in them), and what PGlite does not ship is named.
 */





/**
 * Extensions whose control file `requires` another (contrib/earthdistance/earthdistance.control:
 * requires = 'cube'); CREATE EXTENSION … CASCADE needs the other one loaded too.
 */
const REQUIRES = { earthdistance: ['cube'] };
let dir;
/** Where the tarballs are: beside the bundle, else in the installed package; null when neither has them. */
function extensionDir() {
    if (dir !== undefined)
        return dir;
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    const candidates = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'pglite-ext')];
    try {
        candidates.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve('@electric-sql/pglite')));
    }
    catch {
        /* a bundle without node_modules: only its own copy */
    }
    dir = candidates.find((d) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, 'pgcrypto.tar.gz'))) ?? null;
    return dir;
}
/** Names of the extensions PGlite ships (from the tarballs present), sorted. */
function bundledExtensions() {
    const d = extensionDir();
    if (!d)
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(d)
        .filter((f) => f.endsWith('.tar.gz'))
        .map((f) => f.slice(0, -'.tar.gz'.length))
        .sort();
}
/** PGlite's `extensions` option for these names (unknown names are left out), with what they require. */
function pgliteExtensions(names) {
    const d = extensionDir();
    const shipped = new Set(bundledExtensions());
    const out = {};
    const add = (name) => {
        if (!d || !shipped.has(name) || out[name])
            return;
        const bundlePath = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, `${name}.tar.gz`));
        out[name] = { name, setup: async () => ({ bundlePath }) };
        for (const r of REQUIRES[name] ?? [])
            add(r);
    };
    for (const n of names)
        add(n);
    return out;
}
/** Extensions a project's files create (CREATE EXTENSION, also inside DO blocks; rollbacks too). */
function requestedExtensions(project) {
    const names = new Set();
    (0,_model_statements_js__WEBPACK_IMPORTED_MODULE_4__/* .eachStatement */ .zz)(project.files, (s) => {
        if (s.kind === 'CreateExtensionStmt' && typeof s.node['extname'] === 'string')
            names.add(s.node['extname']);
    });
    return names;
}


/***/ })

};
