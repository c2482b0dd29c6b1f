export const id = 443;
export const ids = [443];
export const modules = {

/***/ 6477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ApplyError)
/* harmony export */ });
class ApplyError extends Error {
    file;
    line;
    column;
    sqlstate;
    detail;
    hint;
    name = 'ApplyError';
    statementIndex;
    committedBefore;
    connectionLost;
    atCommit;
    constructor(message, file, line, column, sqlstate, detail, hint, facts = {}) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.sqlstate = sqlstate;
        this.detail = detail;
        this.hint = hint;
        this.statementIndex = facts.statementIndex ?? -1;
        this.committedBefore = facts.committedBefore ?? 0;
        this.connectionLost = facts.connectionLost ?? false;
        this.atCommit = facts.atCommit ?? false;
    }
    /** `file:line:col: SQLSTATE message` plus detail and hint lines. */
    describe() {
        const head = `${this.file}:${this.line}:${this.column}: ${this.sqlstate ? `${this.sqlstate} ` : ''}${this.message}`;
        return [head, this.detail && `  detail: ${this.detail}`, this.hint && `  hint: ${this.hint}`].filter(Boolean).join('\n');
    }
}


/***/ }),

/***/ 2154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XK: () => (/* binding */ applyInside),
/* harmony export */   ZI: () => (/* binding */ applyFile),
/* harmony export */   d5: () => (/* reexport safe */ _apply_error_js__WEBPACK_IMPORTED_MODULE_0__.d),
/* harmony export */   eS: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_2__.eS)
/* harmony export */ });
/* unused harmony export statementText */
/* harmony import */ var _apply_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6477);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5978);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8643);





/** An error of the `beforeCommit` hook (the schema history write), not of the file's statements. */
class HookError extends Error {
    cause;
    constructor(cause) {
        super('beforeCommit hook failed');
        this.cause = cause;
    }
}
async function runHook(hook) {
    try {
        await hook?.();
    }
    catch (e) {
        throw new HookError(e);
    }
}
/** SQLSTATEs of a backend that is going away (57P01 admin shutdown/terminate, 57P02 crash, 57P03 cannot connect now). */
const GOING_AWAY = new Set(['57P01', '57P02', '57P03']);
/** Offset in file.text of PostgreSQL's 1-based character (code point) position in `text`. */
function positionOffset(text, position) {
    let units = 0;
    for (let cp = 1; cp < position && units < text.length; cp++) {
        const c = text.charCodeAt(units);
        units += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    return units;
}
function errorAt(file, stmt, error, where) {
    const hook = error instanceof HookError;
    const e = hook ? error.cause : error;
    const db = (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .asDbError */ .$w)(e);
    let offset = stmt?.start ?? 0;
    if (stmt && db?.position !== undefined) {
        offset = stmt.start + positionOffset(file.text.slice(stmt.start, stmt.end), db.position);
    }
    const pos = hook ? file.position(stmt?.end ?? 0) : file.position(offset);
    const facts = { statementIndex: where.index, committedBefore: where.committed, atCommit: where.atCommit };
    // The file's statements all ran when the history write fails: say so, not "this line failed".
    const lead = hook ? 'the statements ran, but writing the schema history row failed: ' : '';
    if (!db) {
        const message = e instanceof Error ? e.message : String(e);
        return new _apply_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApplyError */ .d(`${lead}the connection to the database was lost (${message})`, file.path, pos.line, pos.column, undefined, undefined, undefined, { ...facts, connectionLost: true });
    }
    return new _apply_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApplyError */ .d(`${lead}${db.message}`, file.path, pos.line, pos.column, db.code, db.detail, db.hint, { ...facts, connectionLost: GOING_AWAY.has(db.code ?? '') });
}
function statementText(file, stmt) {
    return file.text.slice(stmt.start, stmt.end);
}
/**
 * Applies a file; throws ApplyError (after rolling back what a transaction held). A file the
 * plan refuses (does not decode, does not parse) throws before anything is sent.
 */
async function applyFile(db, file, hooks = {}, plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planFile */ .eS)(file, hooks.routine)) {
    const stmts = plan.statements;
    const mode = plan.mode;
    const last = stmts[stmts.length - 1];
    if (mode === 'one-query') {
        await applyOneQuery(db, file, plan, hooks);
        return mode;
    }
    if (mode === 'transaction') {
        let i = 0;
        let atCommit = false;
        try {
            await db.exec('BEGIN');
            for (; i < stmts.length; i++) {
                if (!hooks.skip?.(stmts[i]))
                    await db.exec(statementText(file, stmts[i]));
                if (stmts[i].stmt)
                    await hooks.afterStatement?.(stmts[i].stmt, i);
            }
            await runHook(hooks.beforeCommit);
            atCommit = true;
            await db.exec('COMMIT');
        }
        catch (e) {
            await db.exec('ROLLBACK').catch(() => undefined);
            const at = Math.min(i, stmts.length - 1);
            throw errorAt(file, stmts[at], e, { index: at, committed: 0, atCommit });
        }
        return mode;
    }
    const lastCommit = findLastIndex(stmts, (s) => s.control === 'commit');
    // The history row commits with the last block only when nothing runs after that block.
    const hookAt = mode === 'as-written' && lastCommit === stmts.length - 1 ? lastCommit : -1;
    let open = false;
    let committed = 0;
    for (let i = 0; i < stmts.length; i++) {
        const s = stmts[i];
        try {
            if (i === hookAt)
                await runHook(hooks.beforeCommit);
            const send = () => db.exec(statementText(file, s));
            if (hooks.skip?.(s)) {
                /* not sent */
            }
            else if (s.outside && !open && hooks.outside)
                await hooks.outside(s, send);
            else
                await send();
            if (s.control === 'begin')
                open = true;
            else if (s.control === 'commit' || s.control === 'rollback')
                open = false;
            // AND CHAIN: what came before is committed (or discarded), and the session is in the next block.
            if (!open || s.control === 'commit-chain' || s.control === 'rollback-chain')
                committed = i + 1;
            if (s.stmt)
                await hooks.afterStatement?.(s.stmt, i);
        }
        catch (e) {
            if (open)
                await db.exec('ROLLBACK').catch(() => undefined);
            throw errorAt(file, s, e, { index: i, committed, atCommit: i === hookAt });
        }
    }
    if (open) {
        await db.exec('ROLLBACK').catch(() => undefined);
        throw new _apply_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApplyError */ .d('BEGIN without COMMIT: the transaction was rolled back', file.path, 1, 1, undefined, undefined, undefined, {
            statementIndex: stmts.length - 1,
            committedBefore: committed,
        });
    }
    if (hookAt < 0) {
        try {
            await runHook(hooks.beforeCommit);
        }
        catch (e) {
            throw errorAt(file, last, e, { index: stmts.length - 1, committed, atCommit: true });
        }
    }
    return mode;
}
/**
 * Another runner's way (plan.ts `one-query`): the whole text as one simple query, inside
 * BEGIN … COMMIT when the runner sends them. PostgreSQL's error position (of the whole text)
 * finds the failing statement; without one, a 25001 is the first statement that cannot run in a
 * transaction. The whole text is one piece: no lock trace, no skipped statements.
 */
async function applyOneQuery(db, file, plan, hooks) {
    if (emulable(plan.statements))
        return emulateOneQuery(db, file, plan, hooks);
    const whole = { start: 0, end: file.text.length, control: undefined };
    let atCommit = false;
    try {
        if (plan.wrap)
            await db.exec('BEGIN');
        await db.exec(file.text);
        await runHook(hooks.beforeCommit);
        atCommit = true;
        if (plan.wrap)
            await db.exec('COMMIT');
    }
    catch (e) {
        // Wrapped or not: a BEGIN of the file's own leaves the session in the failed transaction block
        // (PostgreSQL ends the implicit one itself), and the snapshot after the failure needs the session.
        await db.exec('ROLLBACK').catch(() => undefined);
        const db_ = (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .asDbError */ .$w)(e instanceof HookError ? e.cause : e);
        const stmts = plan.statements;
        let index = db_?.position !== undefined ? stmts.findIndex((s) => s.end >= positionOffset(file.text, db_.position)) : -1;
        if (index < 0 && db_?.code === '25001')
            index = stmts.findIndex((s) => s.outside);
        const at = index >= 0 ? stmts[index] : undefined;
        const err = errorAt(file, db_?.position !== undefined ? whole : at, e, { index: Math.max(index, 0), committed: 0, atCommit });
        throw err;
    }
}
/**
 * Whether statement-by-statement sending does to the database what one multi-statement query
 * does (see emulateOneQuery): no statement that must run outside a transaction (PostgreSQL
 * refuses those anywhere in a multi-statement query, even after a COMMIT) and no SAVEPOINT,
 * RELEASE or ROLLBACK TO before a BEGIN of the file (refused in an implicit block).
 */
function emulable(stmts) {
    if (stmts.some((s) => s.outside))
        return false;
    const firstBegin = stmts.findIndex((s) => s.control === 'begin');
    return !stmts.some((s, i) => s.control === 'savepoint' && (firstBegin < 0 || i < firstBegin));
}
/**
 * One multi-statement query, sent statement by statement with the same effect (PostgreSQL docs,
 * "Multiple Statements in a Simple Query"; measured in test/db/simple-query-facts.test.ts): the
 * statements outside the file's own blocks run in an implicit transaction — here a BEGIN sent
 * before the first of them —, a BEGIN of the file continues it (retroactively including what came
 * before), a COMMIT or ROLLBACK of the file ends it and the statements after it start the next one,
 * which the end of the query commits. Sent this way, a failing statement is known even when
 * PostgreSQL's error has no position (a division by zero), and the lock trace sees each statement.
 */
async function emulateOneQuery(db, file, plan, hooks) {
    const stmts = plan.statements;
    let open = false;
    let committed = 0;
    let i = 0;
    let atCommit = false;
    try {
        if (plan.wrap) {
            await db.exec('BEGIN');
            open = true;
        }
        for (; i < stmts.length; i++) {
            const st = stmts[i];
            if (!open) {
                await db.exec('BEGIN');
                open = true;
            }
            if (!hooks.skip?.(st))
                await db.exec(statementText(file, st));
            if (st.control === 'commit' || st.control === 'rollback' || st.control === 'prepare') {
                open = false;
                committed = i + 1;
            }
            else if (st.control === 'commit-chain' || st.control === 'rollback-chain')
                committed = i + 1;
            if (st.stmt)
                await hooks.afterStatement?.(st.stmt, i);
        }
        await runHook(hooks.beforeCommit);
        atCommit = true;
        if (open)
            await db.exec('COMMIT');
    }
    catch (e) {
        await db.exec('ROLLBACK').catch(() => undefined);
        const at = Math.min(i, stmts.length - 1);
        throw errorAt(file, stmts[at], e, { index: at, committed, atCommit });
    }
}
/**
 * Runs an atomic file's statements inside a transaction the caller opened (its own BEGIN and
 * COMMIT, if it is written as one block, are left out), so the caller can roll all of it back:
 * `check` verifies a rollback this way without disturbing the chain. Throws ApplyError at the
 * failing statement; the transaction is then aborted and the caller must ROLLBACK.
 */
async function applyInside(db, file, plan, skip) {
    if (!plan.atomic)
        throw new Error(`applyInside: ${file.path} is not atomic`);
    const stmts = plan.mode === 'as-written' ? plan.statements.slice(1, -1) : plan.statements;
    for (let i = 0; i < stmts.length; i++) {
        try {
            if (!skip?.(stmts[i]))
                await db.exec(statementText(file, stmts[i]));
        }
        catch (e) {
            throw errorAt(file, stmts[i], e, { index: i + (plan.mode === 'as-written' ? 1 : 0), committed: 0 });
        }
    }
}
function findLastIndex(list, pred) {
    for (let i = list.length - 1; i >= 0; i--)
        if (pred(list[i]))
            return i;
    return -1;
}


/***/ }),

/***/ 9645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ invalidIndexes),
/* harmony export */   _U: () => (/* binding */ dropInvalidBefore),
/* harmony export */   du: () => (/* binding */ builtIndex),
/* harmony export */   wN: () => (/* binding */ watchBackend)
/* harmony export */ });
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3966);

/**
 * Every invalid index (pg_index.indisvalid = false) outside PostgreSQL's own schemas, or only in
 * `schemas` when given.
 */
async function invalidIndexes(db, schemas) {
    const r = await db.query(`SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name, tn.nspname AS tschema, t.relname AS tname
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE NOT i.indisvalid
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
        AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[]))
      ORDER BY 2, 3`, [schemas ?? null]);
    return r.rows.map((x) => ({
        oid: String(x.oid),
        schema: x.schema,
        name: x.name,
        table: `${x.tschema}.${x.tname}`,
        fix: `DROP INDEX CONCURRENTLY IF EXISTS ${(0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(x.schema)}.${(0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(x.name)};`,
    }));
}
/** The index a CREATE INDEX CONCURRENTLY builds, when it is named: its name and its table as written. */
function builtIndex(stmt) {
    if (stmt.kind !== 'IndexStmt' || !stmt.node['concurrent'] || !stmt.node['idxname'])
        return undefined;
    const rel = stmt.node['relation'];
    if (!rel?.relname)
        return undefined;
    const table = rel.schemaname ? `${(0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(rel.schemaname)}.${(0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(rel.relname)}` : (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(rel.relname);
    return { name: String(stmt.node['idxname']), table };
}
/**
 * Drops an invalid index named like the one `stmt` builds, in its table's schema (where
 * PostgreSQL puts an index), so the build starts clean. Runs in autocommit on `db`; returns the
 * index dropped, if any.
 */
async function dropInvalidBefore(db, stmt) {
    const target = builtIndex(stmt);
    if (!target)
        return undefined;
    const r = await db.query(`SELECT c.oid::text AS oid, n.nspname AS schema, t.relname AS tname, tn.nspname AS tschema
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
       JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
      WHERE NOT i.indisvalid AND c.relname = $1
        AND c.relnamespace = (SELECT relnamespace FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass($2))`, [target.name, target.table]);
    const row = r.rows[0];
    if (!row)
        return undefined;
    const fix = `DROP INDEX CONCURRENTLY IF EXISTS ${(0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(row.schema)}.${(0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdent */ .v4)(target.name)}`;
    await db.exec(fix);
    return { oid: row.oid, schema: row.schema, name: target.name, table: `${row.tschema}.${row.tname}`, fix: `${fix};` };
}
/**
 * Polls the backend `pid` from another session every `everyMs` while a CONCURRENTLY statement
 * runs, and hands what it sees to `report`. Returns a stop function.
 */
function watchBackend(control, pid, everyMs, report) {
    let busy = false;
    const timer = setInterval(() => {
        if (busy)
            return;
        busy = true;
        control
            .query(`SELECT p.phase, pg_catalog.pg_blocking_pids(a.pid) AS blockers, a.wait_event_type AS wet, a.wait_event AS we,
                p.blocks_done::text AS bd, p.blocks_total::text AS bt
           FROM pg_catalog.pg_stat_activity a LEFT JOIN pg_catalog.pg_stat_progress_create_index p ON p.pid = a.pid
          WHERE a.pid = $1`, [pid])
            .then((r) => {
            const x = r.rows[0];
            if (!x)
                return;
            report({
                phase: x.phase ?? undefined,
                blockers: (x.blockers ?? []).map(Number),
                waitEvent: x.wet ? `${x.wet}: ${x.we}` : undefined,
                blocksDone: x.bd === null ? undefined : Number(x.bd),
                blocksTotal: x.bt === null ? undefined : Number(x.bt),
            });
        })
            .catch(() => undefined)
            .finally(() => (busy = false));
    }, everyMs);
    return () => clearInterval(timer);
}


/***/ }),

/***/ 8661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ openWorkSession),
/* harmony export */   Ju: () => (/* binding */ failureFrom),
/* harmony export */   M6: () => (/* binding */ MigrationExecutor),
/* harmony export */   T4: () => (/* binding */ RESET_SESSION),
/* harmony export */   pD: () => (/* binding */ useSchema),
/* harmony export */   wD: () => (/* binding */ resetSession),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_locks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5824);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2154);
/* harmony import */ var _concurrent_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9645);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3966);
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4272);
/**
 * The executor (Flyway's DbMigrate/SqlMigrationExecutor in one): applies one migration file on
 * the work session and keeps the schema history true about it, whatever stops it.
 *
 * - An atomic file (transactional, or one BEGIN … COMMIT block) writes its success row inside its
 *   own transaction.
 * - A file that can stop half-way gets a success = false row first, on the control session, and
 *   its last step turns it into a success (inside the last transaction block when the file ends
 *   with COMMIT): a SIGKILL or a terminated backend leaves it failed, never pending or applied.
 * - After any failure the history, read on the control session, says whether the last COMMIT went
 *   through; invalid indexes that appeared are named with the statement that removes them.
 * - CONCURRENTLY statements follow the policy in concurrent.ts.
 * - With Flyway's `group`, `applyGroup` applies all pending (atomic) migrations in ONE
 *   transaction with their history rows: all of them commit, or none.
 */






const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failureFrom = (file, e, mode, recorded, invalid = []) => ({
    script: file.rel,
    path: file.path,
    version: file.version ? (0,_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .versionText */ .KA)(file.version) : null,
    description: file.description ?? '',
    mode,
    location: `${e.file}:${e.line}:${e.column}`,
    sqlstate: e.sqlstate,
    message: e.message,
    detail: e.detail,
    hint: e.hint,
    recordedAsFailed: recorded,
    committedStatements: e.committedBefore,
    invalidIndexes: invalid,
    connectionLost: e.connectionLost,
});
/** Opens the work session next to `control` (the same session on PGlite), set up by resetSession. */
async function openWorkSession(control, settings) {
    const db = await control.sibling();
    try {
        const history = new _history_js__WEBPACK_IMPORTED_MODULE_4__/* .SchemaHistory */ .cm(db, settings.schema, settings.historyTable);
        const pid = db.engine === 'postgres' ? (await db.query('SELECT pg_backend_pid() AS pid')).rows[0]?.pid : undefined;
        const work = { db, history, pid };
        await resetSession(work, settings);
        return work;
    }
    catch (e) {
        await db.close();
        throw e;
    }
}
/**
 * Puts the work session back to the runner's settings before each migration, so what one
 * migration SETs (search_path, ROLE, SESSION AUTHORIZATION, any setting) never leaks into the
 * next — as Flyway restores the connection's original state between migrations (DbMigrate).
 * RESET ALL leaves role and session_authorization alone (GUC_NO_RESET_ALL), hence the two RESETs.
 * Then: lock_timeout, statement_timeout, the configured schema first on the search_path and, on
 * PostgreSQL 14+, client_connection_check_interval = 1s, so that a statement whose client is gone
 * (a killed runner) is cancelled instead of running on unseen (PostgreSQL docs, "Connection Settings").
 */
async function resetSession(work, settings) {
    const { db } = work;
    await db.exec(RESET_SESSION);
    if (db.engine === 'postgres')
        await db.query("SELECT set_config('client_connection_check_interval', '1s', false)").catch(() => undefined);
    await sessionTimeouts(db, settings.lockTimeout, settings.statementTimeout);
    if (settings.schema !== 'public' && (await work.history.schemaExists()))
        await useSchema(db, settings.schema);
}
/** What a migration SET in its session, undone: RESET ALL leaves role and session_authorization alone. */
const RESET_SESSION = 'RESET SESSION AUTHORIZATION; RESET ROLE; RESET ALL';
/** Migrations run with the configured schema first on the search_path, as Flyway does. */
async function useSchema(db, schema) {
    if (schema !== 'public')
        await db.query("SELECT set_config('search_path', $1, false)", [`${(0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .quoteIdent */ .v4)(schema)}, public`]);
}
async function sessionTimeouts(db, lockTimeout, statementTimeout) {
    await db.query("SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)", [lockTimeout || '0', statementTimeout || '0']);
}
class MigrationExecutor {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    async apply(file, plan) {
        const base = { script: file.rel, path: file.path };
        const mode = plan.mode;
        const work = this.ctx.work;
        // A file that can stop half-way is recorded as failed before it starts, and marked a success
        // by its last step: whatever kills the run (SIGKILL, a terminated backend), the history never
        // shows it as pending or applied when part of it ran. An atomic file needs no such row.
        const marked = !plan.atomic;
        const row = {
            version: file.version ? (0,_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .versionText */ .KA)(file.version) : null,
            description: file.description ?? '',
            type: 'SQL',
            script: file.rel,
            checksum: file.checksum,
        };
        const notes = [];
        for (let attempt = 0;; attempt++) {
            await resetSession(work, this.ctx.settings);
            const startRank = await this.ctx.history.maxRank();
            const invalidBefore = marked ? new Set((await (0,_concurrent_js__WEBPACK_IMPORTED_MODULE_5__/* .invalidIndexes */ .We)(this.ctx.control)).map((i) => i.oid)) : undefined;
            const tracer = this.ctx.opts.traceLocks ? await _check_locks_js__WEBPACK_IMPORTED_MODULE_1__/* .LockTracer */ .Zl.start(work.db, file) : undefined;
            const marker = marked ? await this.ctx.history.insert({ ...row, executionTime: 0, success: false }) : undefined;
            const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
            const elapsed = () => Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - started);
            this.ctx.progress({ type: 'start', action: 'migrate', ...base });
            try {
                await (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .applyFile */ .ZI)(work.db, file, {
                    ...tracer?.hooks,
                    outside: (p, send) => this.runOutside(file, p, send, notes),
                    beforeCommit: async () => {
                        // A SET ROLE of the migration's must not decide who may write the history.
                        await work.db.exec('RESET ROLE');
                        if (marker !== undefined)
                            await work.history.succeed(marker, elapsed());
                        else
                            await work.history.insert({ ...row, executionTime: elapsed(), success: true });
                    },
                }, plan);
            }
            catch (e) {
                if (!(e instanceof _apply_js__WEBPACK_IMPORTED_MODULE_2__/* .ApplyError */ .d5))
                    throw e;
                const ms = elapsed();
                // The history, read on the control session, says whether the last COMMIT went through.
                const after = (await this.ctx.history.rows()).filter((r) => r.installedRank > startRank && r.script === file.rel);
                if (after.some((r) => r.success)) {
                    notes.push(`the connection broke as the migration finished (${e.message}), but PostgreSQL had committed it: it is recorded as applied`);
                    this.ctx.progress({ type: 'done', action: 'migrate', ...base, ms, slow: false });
                    return { applied: { ...base, version: row.version, description: row.description, mode, executionTime: ms, slow: false, retries: attempt, notes } };
                }
                this.ctx.progress({ type: 'failed', action: 'migrate', ...base, ms });
                // Outside a transaction, statements before the failure stayed, and a failed CONCURRENTLY
                // build leaves an invalid index: such a run stays recorded as failed, as Flyway records it.
                const partial = marked && (mode === 'no-transaction' || e.committedBefore > 0);
                if (marker !== undefined) {
                    if (partial)
                        await this.ctx.history.setExecutionTime(marker, ms);
                    else
                        await this.ctx.history.deleteRanks([marker]);
                }
                if (!partial && !e.connectionLost && e.sqlstate === '55P03' && attempt < this.ctx.settings.lockRetries) {
                    const delayMs = (this.ctx.opts.retryDelayMs ?? 1000) * 2 ** attempt;
                    this.ctx.progress({ type: 'retry', script: file.rel, attempt: attempt + 1, delayMs, message: e.message });
                    await sleep(delayMs);
                    continue;
                }
                const invalid = invalidBefore ? (await (0,_concurrent_js__WEBPACK_IMPORTED_MODULE_5__/* .invalidIndexes */ .We)(this.ctx.control)).filter((i) => !invalidBefore.has(i.oid)) : [];
                return { failure: failureFrom(file, e, mode, partial, invalid) };
            }
            const ms = elapsed();
            const slow = this.ctx.settings.slowMigrationSeconds > 0 && ms > this.ctx.settings.slowMigrationSeconds * 1000;
            const trace = tracer ? await tracer.finish() : undefined;
            this.ctx.progress({ type: 'done', action: 'migrate', ...base, ms, slow });
            return {
                applied: {
                    ...base,
                    version: row.version,
                    description: row.description,
                    mode,
                    executionTime: ms,
                    slow,
                    retries: attempt,
                    notes,
                    ...(trace ? { dangerousLocks: (0,_check_locks_js__WEBPACK_IMPORTED_MODULE_1__/* .dangerousLocks */ .Bk)(trace) } : {}),
                },
            };
        }
    }
    /**
     * Flyway's `group` (DbMigrate.applyMigrations with executeGroupInTransaction): every file in one
     * transaction on the work session, each after the session reset Flyway does between
     * migrations, each with its success row written inside that transaction. A failure rolls all of
     * it back — nothing applied, nothing recorded (Flyway: "Changes successfully rolled back") — and
     * is returned as the failing file's failure. Every plan must be atomic (`firstNonAtomic`); a
     * file written as one BEGIN … COMMIT block runs without its own BEGIN and COMMIT. Not retried on
     * lock_timeout, and no lock trace.
     */
    async applyGroup(files) {
        const work = this.ctx.work;
        await resetSession(work, this.ctx.settings);
        const startRank = await this.ctx.history.maxRank();
        const applied = [];
        let current;
        let atCommit = false;
        try {
            await work.db.exec('BEGIN');
            for (const entry of files) {
                current = entry;
                const [file, plan] = entry;
                const base = { script: file.rel, path: file.path };
                if (applied.length > 0)
                    await resetSession(work, this.ctx.settings);
                this.ctx.progress({ type: 'start', action: 'migrate', ...base });
                const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
                await (0,_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .applyInside */ .XK)(work.db, file, plan);
                await work.db.exec('RESET ROLE');
                const ms = Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - started);
                const version = file.version ? (0,_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .versionText */ .KA)(file.version) : null;
                await work.history.insert({ version, description: file.description ?? '', type: 'SQL', script: file.rel, checksum: file.checksum, executionTime: ms, success: true });
                const slow = this.ctx.settings.slowMigrationSeconds > 0 && ms > this.ctx.settings.slowMigrationSeconds * 1000;
                this.ctx.progress({ type: 'done', action: 'migrate', ...base, ms, slow });
                applied.push({ ...base, version, description: file.description ?? '', mode: plan.mode, executionTime: ms, slow, retries: 0, notes: ['applied in one transaction with the other pending migrations (group: true)'] });
            }
            current = undefined;
            atCommit = true;
            await work.db.exec('COMMIT');
            return { applied };
        }
        catch (e) {
            await work.db.exec('ROLLBACK').catch(() => undefined);
            // A connection lost while COMMIT was on its way: the history, read on the control session, decides.
            if (atCommit) {
                const after = (await this.ctx.history.rows()).filter((r) => r.installedRank > startRank && r.success);
                if (after.length === files.length)
                    return { applied };
            }
            const [file, plan] = current ?? files[files.length - 1];
            const error = e instanceof _apply_js__WEBPACK_IMPORTED_MODULE_2__/* .ApplyError */ .d5 ? e : new _apply_js__WEBPACK_IMPORTED_MODULE_2__/* .ApplyError */ .d5(`the group's transaction failed: ${e.message}`, file.path, 1, 1);
            this.ctx.progress({ type: 'failed', action: 'migrate', script: file.rel, path: file.path, ms: 0 });
            const failure = failureFrom(file, error, plan.mode, false);
            failure.message += ` (group: true, so the whole group was rolled back: none of the ${files.length} pending migrations was applied)`;
            return { failure };
        }
    }
    /**
     * The CONCURRENTLY policy (concurrent.ts): no lock_timeout or statement_timeout of ours on the
     * statement, an invalid index of the same name dropped before a build, progress while it runs.
     */
    async runOutside(file, p, send, notes) {
        if (!/CONCURRENTLY/.test(p.outside ?? ''))
            return send();
        const work = this.ctx.work;
        await sessionTimeouts(work.db, '0', '0');
        try {
            const dropped = p.stmt ? await (0,_concurrent_js__WEBPACK_IMPORTED_MODULE_5__/* .dropInvalidBefore */ ._U)(work.db, p.stmt) : undefined;
            if (dropped) {
                const index = `${dropped.schema}.${dropped.name}`;
                notes.push(`dropped the invalid index ${index} that an earlier failed build left, before building it again`);
                this.ctx.progress({ type: 'invalid-index-dropped', script: file.rel, index });
            }
            const line = file.position(p.start).line;
            const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
            const stop = work.pid !== undefined && work.db.engine === 'postgres'
                ? (0,_concurrent_js__WEBPACK_IMPORTED_MODULE_5__/* .watchBackend */ .wN)(this.ctx.control, work.pid, this.ctx.opts.progressEveryMs ?? 5000, (x) => this.ctx.progress({ type: 'concurrent', script: file.rel, path: file.path, line, elapsedMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - started), ...x }))
                : () => undefined;
            try {
                await send();
            }
            finally {
                stop();
            }
        }
        finally {
            await sessionTimeouts(work.db, this.ctx.settings.lockTimeout, this.ctx.settings.statementTimeout).catch(() => undefined);
        }
    }
}


/***/ }),

/***/ 3966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cm: () => (/* binding */ SchemaHistory),
/* harmony export */   sO: () => (/* binding */ abbreviateDescription),
/* harmony export */   v4: () => (/* binding */ quoteIdent)
/* harmony export */ });
/* unused harmony exports BASELINE_DESCRIPTION, SCHEMA_CREATION_DESCRIPTION, abbreviateScript, baselineRow */
const BASELINE_DESCRIPTION = '<< Flyway Baseline >>';
const SCHEMA_CREATION_DESCRIPTION = '<< Flyway Schema Creation >>';
/** Flyway's abbreviations so long values fit their columns. */
function abbreviateDescription(d) {
    return d.length <= 200 ? d : `${d.slice(0, 197)}...`;
}
function abbreviateScript(s) {
    return s.length <= 1000 ? s : `...${s.slice(3, 1000)}`;
}
const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;
/** Java's String.hashCode (UTF-16 code units, 32-bit overflow). */
function javaHashCode(s) {
    let h = 0;
    for (let i = 0; i < s.length; i++)
        h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
    return h;
}
const FLYWAY_LOCK_MAGIC = 0x466c79776179n; // "Flyway"
class SchemaHistory {
    db;
    schema;
    table;
    /** `"schema"."table"`, as Flyway prints (and hashes) it. */
    qualified;
    constructor(db, schema, table) {
        this.db = db;
        this.schema = schema;
        this.table = table;
        this.qualified = `${quoteIdent(schema)}.${quoteIdent(table)}`;
    }
    /** The advisory lock key Flyway uses for this table. */
    get lockKey() {
        return (FLYWAY_LOCK_MAGIC + BigInt(javaHashCode(this.qualified))).toString();
    }
    async exists() {
        const r = await this.db.query(`SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')) AS found`, [this.schema, this.table]);
        return r.rows[0]?.found === true;
    }
    async schemaExists() {
        const r = await this.db.query('SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1) AS found', [this.schema]);
        return r.rows[0]?.found === true;
    }
    /**
     * Creates the table (and the schema, with Flyway's schema-creation marker row, when it does not
     * exist), optionally with a baseline row, in one transaction.
     */
    async create(baselineVersion) {
        const t = this.qualified;
        await this.db.exec('BEGIN');
        try {
            const createSchema = !(await this.schemaExists());
            if (createSchema)
                await this.db.exec(`CREATE SCHEMA ${quoteIdent(this.schema)}`);
            await this.db.exec(`CREATE TABLE ${t} (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
)`);
            await this.db.exec(`ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(`${this.table}_pk`)} PRIMARY KEY ("installed_rank")`);
            await this.db.exec(`CREATE INDEX ${quoteIdent(`${this.table}_s_idx`)} ON ${t} ("success")`);
            if (createSchema) {
                await this.insertWithRank(0, {
                    version: null,
                    description: SCHEMA_CREATION_DESCRIPTION,
                    type: 'SCHEMA',
                    script: quoteIdent(this.schema),
                    checksum: null,
                    executionTime: 0,
                    success: true,
                });
            }
            if (baselineVersion !== undefined)
                await this.insert(baselineRow(baselineVersion));
            await this.db.exec('COMMIT');
        }
        catch (e) {
            await this.db.exec('ROLLBACK').catch(() => undefined);
            throw e;
        }
    }
    /** Every row, by installed_rank. */
    async rows() {
        const r = await this.db.query(`SELECT installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success
         FROM ${this.qualified} ORDER BY installed_rank`);
        return r.rows.map((x) => ({
            installedRank: Number(x['installed_rank']),
            version: x['version'] === null ? null : String(x['version']),
            description: String(x['description']),
            type: String(x['type']),
            script: String(x['script']),
            checksum: x['checksum'] === null ? null : Number(x['checksum']),
            installedBy: String(x['installed_by']),
            installedOn: x['installed_on'] instanceof Date ? x['installed_on'] : new Date(String(x['installed_on'])),
            executionTime: Number(x['execution_time']),
            success: x['success'] === true,
        }));
    }
    /** Adds a row with the next installed_rank; installed_by is session_user. Returns the rank. */
    async insert(row) {
        const r = await this.db.query(`INSERT INTO ${this.qualified}
         (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       SELECT coalesce(max(installed_rank), 0) + 1, $1, $2, $3, $4, $5, left(session_user, 100), $6, $7 FROM ${this.qualified}
       RETURNING installed_rank AS rank`, rowParams(row));
        return Number(r.rows[0].rank);
    }
    /** Marks a row (written as failed before a migration that can stop half-way) as a success. */
    async succeed(rank, executionTime) {
        await this.db.query(`UPDATE ${this.qualified} SET success = true, execution_time = $2 WHERE installed_rank = $1`, [rank, executionTime]);
    }
    /** Sets a row's success flag (a rollback that can stop half-way marks its version failed first). */
    async setSuccess(rank, success) {
        await this.db.query(`UPDATE ${this.qualified} SET success = $2 WHERE installed_rank = $1`, [rank, success]);
    }
    async setExecutionTime(rank, executionTime) {
        await this.db.query(`UPDATE ${this.qualified} SET execution_time = $2 WHERE installed_rank = $1`, [rank, executionTime]);
    }
    /** The highest installed_rank, 0 for an empty table. */
    async maxRank() {
        const r = await this.db.query(`SELECT coalesce(max(installed_rank), 0) AS rank FROM ${this.qualified}`);
        return Number(r.rows[0].rank);
    }
    async insertWithRank(rank, row) {
        await this.db.query(`INSERT INTO ${this.qualified}
         (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
       VALUES ($8, $1, $2, $3, $4, $5, left(session_user, 100), $6, $7)`, [...rowParams(row), rank]);
    }
    async deleteRanks(ranks) {
        if (ranks.length === 0)
            return;
        await this.db.query(`DELETE FROM ${this.qualified} WHERE installed_rank = ANY($1::int[])`, [ranks]);
    }
    /** Session advisory lock; returns false when another session holds it. */
    async tryLock() {
        const r = await this.db.query('SELECT pg_try_advisory_lock($1::bigint) AS ok', [this.lockKey]);
        return r.rows[0]?.ok === true;
    }
    async unlock() {
        await this.db.query('SELECT pg_advisory_unlock($1::bigint)', [this.lockKey]);
    }
    /** The backend holding the lock, for a "waiting for …" message. */
    async lockHolder() {
        const key = BigInt(this.lockKey);
        const r = await this.db.query(`SELECT pid FROM pg_catalog.pg_locks
        WHERE locktype = 'advisory' AND granted AND classid = $1 AND objid = $2 AND objsubid = 1
          AND database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
          AND pid <> pg_catalog.pg_backend_pid()
        LIMIT 1`, [Number(key >> 32n), Number(key & 0xffffffffn)]);
        return r.rows[0]?.pid;
    }
}
function rowParams(row) {
    return [
        row.version,
        abbreviateDescription(row.description),
        row.type,
        abbreviateScript(row.script),
        row.checksum,
        row.executionTime,
        row.success,
    ];
}
function baselineRow(version) {
    return {
        version: version.replace(/_/g, '.'),
        description: BASELINE_DESCRIPTION,
        type: 'BASELINE',
        script: BASELINE_DESCRIPTION,
        checksum: null,
        executionTime: 0,
        success: true,
    };
}


/***/ }),

/***/ 1159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YO: () => (/* binding */ managedSchemas),
/* harmony export */   hf: () => (/* binding */ combineMetrics),
/* harmony export */   o_: () => (/* binding */ tryRead),
/* harmony export */   qL: () => (/* binding */ withoutTime),
/* harmony export */   uw: () => (/* binding */ measureRun)
/* harmony export */ });
/* unused harmony exports readMetrics, runMetrics */
/* harmony import */ var _model_statements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7043);
/* harmony import */ var _model_ast_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3293);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5978);



const isSystem = (s) => s.startsWith('pg_') || s === 'information_schema';
/** The schemas one statement names (see the module comment for which forms). */
function schemasNamed(kind, node, add) {
    (0,_model_ast_js__WEBPACK_IMPORTED_MODULE_2__/* .walk */ .GG)(node, (n) => {
        // RangeVar, wherever it sits (typed fields are not wrapped in {RangeVar: …}).
        if (typeof n['relname'] === 'string')
            add(n['schemaname']);
    });
    const strings = (list) => Array.isArray(list) ? list.map((x) => x?.['String']?.sval).filter((x) => typeof x === 'string') : [];
    switch (kind) {
        case 'CreateSchemaStmt':
            add(node['schemaname'] ?? node['authrole']?.rolename);
            break;
        case 'DropStmt':
            for (const o of node['objects'] ?? []) {
                const items = strings(o?.List?.items);
                // A trigger, rule or policy is named by its table: [schema.]table.name (DROP TRIGGER t ON
                // s.tbl); an operator class or family by its access method first: am.[schema.]name.
                const removeType = String(node['removeType']);
                const onTable = ['OBJECT_TRIGGER', 'OBJECT_RULE', 'OBJECT_POLICY'].includes(removeType);
                const withMethod = ['OBJECT_OPCLASS', 'OBJECT_OPFAMILY'].includes(removeType);
                if (onTable || withMethod) {
                    if (items.length >= 3)
                        add(items[items.length - (onTable ? 3 : 2)]);
                }
                else if (items.length >= 2)
                    add(items[items.length - 2]);
                else if (removeType === 'OBJECT_SCHEMA')
                    add(o?.String?.sval);
            }
            break;
        case 'AlterObjectSchemaStmt':
            add(node['newschema']);
            break;
        case 'RenameStmt':
            if (node['renameType'] === 'OBJECT_SCHEMA')
                for (const s of [node['subname'], node['newname']])
                    add(s);
            break;
        case 'CreateExtensionStmt':
            for (const o of node['options'] ?? [])
                if (o?.DefElem?.defname === 'schema')
                    add(o.DefElem.arg?.String?.sval);
            break;
        case 'VariableSetStmt':
            if (String(node['name']).toLowerCase() !== 'search_path')
                break;
            for (const a of node['args'] ?? []) {
                const v = a?.A_Const?.sval?.sval;
                if (typeof v !== 'string')
                    continue;
                // SET search_path = 'a, b' is one string; SET search_path TO a, "B" are several.
                for (const part of v.split(','))
                    add(part.trim().replace(/^"(.*)"$/, '$1'));
            }
            break;
    }
}
/**
 * The managed schemas of a migration set: `schema` (the configured one) and every schema its
 * files name (versioned, repeatable, rollback and seed files alike), sorted, system schemas left
 * out. Pure: reads the parsed files only.
 */
function managedSchemas(project, schema) {
    const found = new Set([schema]);
    const add = (s) => {
        if (typeof s === 'string' && s !== '' && s !== '$user' && !isSystem(s))
            found.add(s);
    };
    (0,_model_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .eachStatement */ .zz)(project.files, (st) => schemasNamed(st.kind, st.node, add));
    return [...found].sort();
}
const READING_SQL = `
SELECT
  (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY ($1::text[])
      AND NOT (n.nspname = $2 AND c.relname = $3))::int AS tables,
  (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
    WHERE c.relkind IN ('i', 'I') AND n.nspname = ANY ($1::text[])
      AND NOT (n.nspname = $2 AND t.relname = $3))::int AS indexes,
  pg_catalog.pg_database_size(pg_catalog.current_database())::text AS size`;
/**
 * One reading: one query on `db`. Throws what the database throws (`measureRun` catches it).
 * An index lives in its table's schema (PostgreSQL docs, CREATE INDEX: "the index is always
 * created in the same schema as its parent table"), so indexes are counted by their own schema.
 */
async function readMetrics(db, schemas, history) {
    const r = await db.query(READING_SQL, [schemas, history.schema, history.table]);
    const row = r.rows[0];
    return { tables: Number(row.tables), indexes: Number(row.indexes), sizeBytes: Number(row.size) };
}
/** Reads, or says why not (one line, secrets masked). */
async function tryRead(db, opts) {
    try {
        return await readMetrics(db, opts.schemas, opts.history);
    }
    catch (e) {
        const d = (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .asDbError */ .$w)(e);
        const message = d ? `${d.code} ${d.message}` : e instanceof Error ? e.message : String(e);
        return (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecrets */ .QU)(message.replace(/\s+/g, ' '), opts.url);
    }
}
/**
 * Runs `run` between two readings and returns its result with `metrics`. `durations` lists what
 * ran; `slowReported` says whether a single migration was already reported slow (then no
 * run-total warning is added). A failing reading never fails the run.
 */
async function measureRun(db, opts, run, durations, slowReported = () => false) {
    const before = opts.before ?? (await tryRead(db, opts));
    const started = performance.now();
    const result = await run();
    const durationMs = Math.round(performance.now() - started);
    const after = await tryRead(db, opts);
    const metrics = runMetrics(opts, before, after, durationMs, durations(result), slowReported(result));
    return Object.assign(result, { metrics });
}
/** The RunMetrics of readings (or the reasons they failed), a duration and what ran. */
function runMetrics(opts, before, after, durationMs, migrations, slowReported) {
    const why = [typeof before === 'string' ? `before: ${before}` : '', typeof after === 'string' && after !== before ? `after: ${after}` : ''].filter(Boolean);
    if (typeof after === 'string' && after === before)
        why[0] = `before and after: ${before}`;
    const limit = opts.slowMigrationSeconds;
    const slow = limit > 0 && durationMs > limit * 1000;
    const metrics = {
        command: opts.command,
        database: opts.database,
        schemas: opts.schemas,
        before: typeof before === 'string' ? null : before,
        after: typeof after === 'string' ? null : after,
        ...(why.length ? { unavailable: why.join('; ') } : {}),
        durationMs,
        migrations,
        slowMigrationSeconds: limit,
        slow,
    };
    if (slow && !slowReported) {
        const what = opts.command === 'check' ? 'check on the scratch database' : opts.command;
        const n = migrations.length;
        metrics.warning =
            `${what} took ${(durationMs / 1000).toFixed(1)} s in total (${n} ${opts.command === 'rollback' ? 'rollback file' : 'migration'}${n === 1 ? '' : 's'}), more than slowMigrationSeconds (${limit} s)` +
                (opts.command === 'check' ? ': on production data the deploy will take longer' : ': the migration lock was held all that time');
    }
    return metrics;
}
/**
 * `m` without `ms` of work done during the run that is not the migrations' (check's synthetic
 * fill and query planning, performance.rows): durationMs, slow and the warning recomputed, so a
 * fill of many rows does not read as a slow deploy. Readings and migrations unchanged.
 */
function withoutTime(m, ms, slowReported) {
    if (ms <= 0)
        return m;
    const opts = { command: m.command, database: m.database, schemas: m.schemas, slowMigrationSeconds: m.slowMigrationSeconds };
    const reason = m.unavailable ?? 'unavailable';
    const r = runMetrics(opts, m.before ?? reason, m.after ?? reason, Math.max(0, m.durationMs - Math.round(ms)), m.migrations, slowReported);
    if (m.unavailable !== undefined)
        r.unavailable = m.unavailable;
    else
        delete r.unavailable;
    return r;
}
/**
 * Several runs as one (check with several migration sets, each on its own scratch database):
 * readings summed (null when any is missing), durations added, migrations in order. One run
 * is returned as it is; `slowReported` is for several.
 */
function combineMetrics(parts, slowReported) {
    const first = parts[0];
    const opts = {
        command: first?.command ?? 'check',
        database: first?.database ?? 'scratch',
        schemas: [...new Set(parts.flatMap((p) => p.schemas))].sort(),
        slowMigrationSeconds: first?.slowMigrationSeconds ?? 0,
    };
    const sum = (pick) => {
        const readings = parts.map(pick);
        if (readings.length === 0)
            return 'nothing was run';
        if (readings.some((r) => r === null))
            return parts.map((p) => p.unavailable).filter(Boolean).join('; ');
        return readings.reduce((a, r) => ({ tables: a.tables + r.tables, indexes: a.indexes + r.indexes, sizeBytes: a.sizeBytes + r.sizeBytes }), { tables: 0, indexes: 0, sizeBytes: 0 });
    };
    if (parts.length === 1)
        return first;
    const combined = runMetrics(opts, sum((p) => p.before), sum((p) => p.after), parts.reduce((n, p) => n + p.durationMs, 0), parts.flatMap((p) => p.migrations), slowReported);
    // Each set's own reason, as it said it (not "before: before and after: …").
    if (combined.unavailable !== undefined && parts.length > 0)
        combined.unavailable = parts.flatMap((p) => (p.unavailable ? [p.unavailable] : [])).join('; ');
    return combined;
}


/***/ }),

/***/ 8643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eS: () => (/* binding */ planFile),
/* harmony export */   rQ: () => (/* binding */ groupMode)
/* harmony export */ });
/* unused harmony export applyMode */
/* harmony import */ var _model_statements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7043);
/* harmony import */ var _model_transactions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9736);
/* harmony import */ var _parse_lexer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7473);
/* harmony import */ var _parse_parser_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8098);
/* harmony import */ var _apply_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6477);





/** Blocks of about this many characters are parsed at once when a file is over the limit. */
const BLOCK_CHARS = 1 << 18;
const PLAIN_DML = /^(?:INSERT|UPDATE|DELETE|MERGE|SELECT|WITH|VALUES)$/i;
/**
 * The plan for a file. Throws ApplyError (no SQLSTATE, statementIndex -1) when the file does not
 * decode, PostgreSQL's parser rejects a statement, an over-large statement is not plain DML, or
 * (with `mixed: false`) the file mixes transactional and non-transactional statements.
 */
function planFile(file, routine, opts = {}) {
    const problem = file.decoded.problem;
    if (problem)
        throw refused(file, file.lines.position(problem.offset), problem.message);
    const tooLarge = file.parsed.errors.some((e) => e.tooLarge);
    if (!tooLarge && file.parsed.errors.length > 0)
        throw parserRejects(file, file.parsed.errors[0], 0);
    const statements = tooLarge ? planInBlocks(file, routine) : file.parsed.statements.map((s) => planned(s, 0, routine, true));
    if (file.execution)
        return runnerPlan(file, statements, file.execution);
    const rollback = statements.find((s) => s.control === 'rollback' || s.control === 'rollback-chain');
    if (rollback && file.kind !== 'seed') {
        throw refused(file, file.position(rollback.start), 'this ROLLBACK throws away what its transaction did, yet the file would be recorded as applied; end the block with COMMIT (or remove what should not run)');
    }
    if (opts.mixed === false) {
        const offending = (0,_model_transactions_js__WEBPACK_IMPORTED_MODULE_1__/* .mixedStatement */ .tA)(statements);
        if (offending) {
            const line = file.position(offending.start).line;
            const sql = file.text.slice(offending.start, offending.end).replace(/\s+/g, ' ').trim();
            const shown = sql.length > 80 ? `${sql.slice(0, 77)}...` : sql;
            throw refused(file, file.position(offending.start), `Detected both transactional and non-transactional statements within the same migration (even though mixed is false). ` +
                `Offending statement found at line ${line}: ${shown}${offending.outside ? ' [non-transactional]' : ''} ` +
                `(Flyway's rule; put ${offending.outside ? 'this statement' : 'the non-transactional statements'} in a migration of its own, or set mixed: true to run the whole file outside a transaction)`);
        }
    }
    return { mode: modeOf(statements), statements, atomic: isAtomic(statements) };
}
/**
 * How Flyway's `group` applies the pending migrations (DbMigrate.isExecuteGroupInTransaction):
 * in ONE transaction when every migration can run in one — here: its plan is atomic (no statement
 * that must run outside a transaction, at most one BEGIN … COMMIT block around everything, which
 * the group's transaction replaces). When the first migration's kind differs from a later one's
 * and `mixed` is false, Flyway refuses the whole group before running anything: `problem` is its
 * message, naming the first migration of the other kind. Otherwise (all non-atomic, or mixed
 * kinds with `mixed: true`) the group runs without a transaction: here each migration as it runs
 * without `group`, which keeps each transactional one atomic at least.
 */
function groupMode(plans, mixed) {
    if (plans.length === 0)
        return { transaction: false };
    const first = plans[0][1].atomic;
    for (const [file, plan] of plans.slice(1)) {
        if (plan.atomic === first || mixed)
            continue;
        const name = `${file.version ? file.version.raw.replace(/_/g, '.') : ''}${file.description ? ` ${file.description}` : ''}`;
        return {
            transaction: false,
            problem: {
                file,
                message: `Detected both transactional and non-transactional migrations within the same migration group (even though mixed is false). ` +
                    `First offending migration: "${name}"${plan.atomic ? '' : ' [non-transactional]'} (Flyway's rule for group: true; ` +
                    `${plan.atomic ? plans[0][0].path : file.path} cannot run inside one transaction${plan.mode === 'as-written' ? ' (it commits part of its work itself)' : ''}: apply it on its own, or set mixed: true)`,
            },
        };
    }
    return { transaction: plans.every(([, p]) => p.atomic) };
}
/** How a file runs, from its parse (never throws; for reports that only name the mode). */
function applyMode(file, routine) {
    const statements = file.parsed.statements.map((s) => planned(s, 0, routine, false));
    return file.execution ? runnerPlan(file, statements, file.execution).mode : modeOf(statements);
}
/**
 * The plan for another runner's file: what that runner sends (layouts/types.ts Execution), run so
 * that PostgreSQL sees the same thing. Statements sent one by one inside BEGIN … COMMIT are what a
 * multi-statement query does too (one transaction, the same errors), so a file without transaction
 * control and without statements that must run outside a transaction runs statement by statement
 * (the lock trace needs that); otherwise exactly as the runner sends it. goose sends the pieces its
 * own parser cuts (`file.chunks`), which may differ from PostgreSQL's statements.
 */
function runnerPlan(file, parsed, exec) {
    const pieces = exec.unit === 'statement' && file.chunks ? chunkPieces(file.chunks, parsed) : parsed;
    // The file's own BEGIN / COMMIT / ROLLBACK / PREPARE (SAVEPOINTs are no boundary), and what must run outside a transaction.
    const controls = pieces.some((p) => p.control !== undefined && p.control !== 'savepoint');
    const outside = pieces.some((p) => p.outside);
    const plain = !controls && !outside;
    if (exec.unit === 'statement') {
        if (exec.wrapped)
            return { mode: 'transaction', statements: pieces, atomic: plain };
        return { mode: controls ? 'as-written' : 'no-transaction', statements: pieces, atomic: pieces.length <= 1 && plain };
    }
    if (!controls && (!outside || exec.wrapped))
        return { mode: 'transaction', statements: pieces, atomic: plain };
    // One statement alone is autocommitted (CONCURRENTLY works); several are one implicit transaction.
    if (!exec.wrapped && pieces.length === 1)
        return { mode: 'no-transaction', statements: pieces, atomic: false };
    return { mode: 'one-query', statements: pieces, atomic: false, wrap: exec.wrapped };
}
/** goose's pieces as planned statements: a piece that is one parsed statement keeps its parse. */
function chunkPieces(chunks, parsed) {
    return chunks.map(([start, end]) => {
        const inside = parsed.filter((p) => p.start >= start && p.end <= end + 1);
        if (inside.length === 1 && inside[0].start === start)
            return inside[0];
        const outside = inside.find((p) => p.outside)?.outside;
        return { start, end, control: undefined, ...(outside ? { outside } : {}) };
    });
}
function planned(s, shift, routine, keep) {
    const control = (0,_model_transactions_js__WEBPACK_IMPORTED_MODULE_1__/* .transactionControl */ .my)(s);
    const outside = (0,_model_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .mustRunOutsideTransaction */ .iU)(s, routine);
    return { start: s.start + shift, end: s.end + shift, control, ...(outside ? { outside } : {}), ...(keep ? { stmt: s } : {}) };
}
function modeOf(statements) {
    if (statements.some((s) => s.control !== undefined && s.control !== 'savepoint'))
        return 'as-written';
    if (statements.some((s) => s.outside))
        return 'no-transaction';
    return 'transaction';
}
function isAtomic(statements) {
    const m = modeOf(statements);
    if (m === 'transaction')
        return true;
    if (m === 'no-transaction')
        return false;
    const n = statements.length;
    if (n < 2 || statements[0].control !== 'begin' || statements[n - 1].control !== 'commit')
        return false;
    return statements.slice(1, n - 1).every((s) => s.control === undefined || s.control === 'savepoint');
}
function planInBlocks(file, routine) {
    const text = file.text;
    const out = [];
    const blocks = (0,_parse_lexer_js__WEBPACK_IMPORTED_MODULE_4__/* .statementBlocks */ .YT)(text, BLOCK_CHARS);
    for (let b = 0; b < blocks.length; b++) {
        const from = blocks[b];
        const to = blocks[b + 1] ?? text.length;
        if (to - from <= _parse_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PARSE_CHARS */ .VF)
            planBlock(file, from, to, routine, out);
        else {
            // One block over the limit holds one huge statement (and maybe small ones before it).
            const starts = (0,_parse_lexer_js__WEBPACK_IMPORTED_MODULE_4__/* .statementBlocks */ .YT)(text.slice(from, to), 1);
            for (let i = 0; i < starts.length; i++) {
                const s = from + starts[i];
                const e = from + (starts[i + 1] ?? to - from);
                if (e - s <= _parse_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PARSE_CHARS */ .VF)
                    planBlock(file, s, e, routine, out);
                else
                    out.push(unparsedStatement(file, s, e));
            }
        }
    }
    return out;
}
function planBlock(file, from, to, routine, out) {
    const parsed = (0,_parse_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSql */ .eg)(file.text.slice(from, to));
    if (parsed.errors.length > 0)
        throw parserRejects(file, parsed.errors[0], from);
    for (const s of parsed.statements)
        out.push(planned(s, from, routine, false));
}
/** A statement over the parser's limit: run as written when it is plain DML, else refused. */
function unparsedStatement(file, start, end) {
    const head = file.text.slice(start, start + 4096);
    const word = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*\(*\s*([A-Za-z]+)/.exec(head)?.[1] ?? '';
    if (!PLAIN_DML.test(word)) {
        const mb = ((end - start) / (1 << 20)).toFixed(1);
        throw refused(file, file.position(start), `this ${word ? `${word.toUpperCase()} ` : ''}statement is ${mb} MB, more than the ${_parse_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PARSE_CHARS */ .VF / (1 << 20)} MB that is parsed at once; statements that large are run only when they are INSERT, UPDATE, DELETE, MERGE, SELECT, WITH or VALUES`);
    }
    let e = end;
    while (e > start && /[\s;]/.test(file.text[e - 1]))
        e--;
    return { start, end: e, control: undefined };
}
/** A file refused before anything of it was sent: no SQLSTATE, PostgreSQL was never asked. */
function refused(file, pos, why) {
    return new _apply_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ApplyError */ .d(`refused, nothing was sent: ${why}`, file.path, pos.line, pos.column);
}
/** A parse error of libpg-query (PostgreSQL 18's parser) at `base` + its offset in the file text. */
function parserRejects(file, e, base) {
    return refused(file, file.position(base + e.offset), `PostgreSQL's parser (libpg-query, PostgreSQL 18) rejects this statement: ${e.message}`);
}


/***/ }),

/***/ 4272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ pendingIssues),
/* harmony export */   KA: () => (/* binding */ versionText),
/* harmony export */   KH: () => (/* binding */ analyse)
/* harmony export */ });
/* unused harmony export ignoredByPatterns */
/* harmony import */ var _load_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8472);
/* harmony import */ var _load_placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5532);
/* harmony import */ var _model_checksum_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2282);
/* harmony import */ var _load_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6059);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3966);
/**
 * The validator: compares the migrations on disk (resolved by the project model) with the rows
 * of the schema history, the way Flyway does. Pure: no database, no printing. It gives each
 * migration a state (what `status` shows), the validation issues (what `validate` and
 * validateOnMigrate report) and the pending migrations in the order `migrate` applies them.
 */





/**
 * Whether Flyway's ignoreMigrationPatterns let a migration of this kind in this state pass
 * validate (ValidatePattern: `type:state`, `*` for any; compared case-insensitively).
 */
function ignoredByPatterns(patterns, kind, state) {
    return patterns.some((p) => {
        const [type, st] = p.toLowerCase().split(':');
        return (type === '*' || type === kind) && (st === '*' || st === state);
    });
}
/**
 * Flyway's validate errors for migrations not applied yet (MigrationInfoImpl.validate): a pending
 * versioned or repeatable migration, and an outdated repeatable, unless ignoreMigrationPatterns
 * has `*:pending` (or the kind's own pattern). `migrate` validates with pending allowed.
 */
function pendingIssues(infos, patterns) {
    const issues = [];
    for (const i of infos) {
        if (i.state !== 'pending' && i.state !== 'outdated')
            continue;
        if (i.kind !== 'versioned' && i.kind !== 'repeatable')
            continue;
        if (ignoredByPatterns(patterns, i.kind, 'pending'))
            continue;
        const what = i.state === 'outdated'
            ? `Detected outdated resolved repeatable migration that should be re-applied to database: ${i.description}`
            : i.kind === 'versioned'
                ? `Detected resolved migration not applied to database: ${i.version}`
                : `Detected resolved repeatable migration not applied to database: ${i.description}`;
        issues.push({
            code: 'pending',
            ...(i.version !== null ? { version: i.version } : {}),
            script: i.script,
            message: `${what} (${i.script}). To fix this error, either run migrate, or set ignoreMigrationPatterns: ['*:pending']`,
        });
    }
    return issues;
}
/** Flyway's text for a version: as written, "_" read as ".". */
const versionText = (v) => v.raw.replace(/_/g, '.');
const SYNTHETIC = new Set(['BASELINE', 'SCHEMA', 'DELETE']);
const isoOf = (d) => (Number.isNaN(d.getTime()) ? undefined : d.toISOString());
function appliedFields(row) {
    return { installedRank: row.installedRank, installedOn: isoOf(row.installedOn), installedBy: row.installedBy, executionTime: row.executionTime };
}
function analyse(project, rows, opts) {
    const patterns = opts.ignoreMigrationPatterns ?? _load_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULTS */ .zY.ignoreMigrationPatterns;
    const issues = [];
    const infos = [];
    const versioned = project.migrations.filter((m) => m.kind === 'versioned' && m.version);
    const repeatables = project.migrations.filter((m) => m.kind === 'repeatable');
    // Resolver checks: one file per version and per repeatable description.
    const byVersion = new Map();
    for (const f of versioned) {
        const key = (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .versionKey */ ._5)(f.version);
        const other = byVersion.get(key);
        if (other) {
            issues.push({
                code: 'duplicate-version',
                version: versionText(f.version),
                script: f.rel,
                location: `${f.path}:1:1`,
                message: `found more than one migration with version ${versionText(f.version)}: ${other.path} and ${f.path}`,
            });
        }
        else
            byVersion.set(key, f);
    }
    const byDescription = new Map();
    for (const f of repeatables) {
        const d = f.description ?? '';
        const other = byDescription.get(d);
        if (other) {
            issues.push({ code: 'duplicate-repeatable', script: f.rel, location: `${f.path}:1:1`, message: `found more than one repeatable migration "${d}": ${other.path} and ${f.path}` });
        }
        else
            byDescription.set(d, f);
    }
    // History: the latest row per version and per repeatable description.
    const latestByVersion = new Map();
    const latestRepeatable = new Map();
    let baselineRow;
    for (const r of rows) {
        if (r.type === 'SCHEMA') {
            infos.push({
                kind: 'schema',
                version: null,
                description: r.description,
                script: r.script,
                state: 'schema',
                checksum: { file: null, applied: null, state: 'n/a' },
                ...appliedFields(r),
            });
            continue;
        }
        if (r.type === 'BASELINE') {
            baselineRow = r;
            continue;
        }
        if (r.version !== null) {
            const v = (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(r.version);
            if (v)
                latestByVersion.set((0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .versionKey */ ._5)(v), r);
        }
        else if (!SYNTHETIC.has(r.type))
            latestRepeatable.set(r.description, r);
    }
    const baseline = baselineRow?.version ? (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(baselineRow.version) : undefined;
    if (baselineRow) {
        infos.push({
            kind: 'baseline',
            version: baselineRow.version,
            description: baselineRow.description,
            script: baselineRow.script,
            state: 'baseline',
            checksum: { file: null, applied: null, state: 'n/a' },
            ...appliedFields(baselineRow),
        });
    }
    // The highest version in effect, and the rank at which it was reached (for out-of-order).
    let highest = baseline;
    const appliedVersions = [];
    for (const [, r] of latestByVersion) {
        if (!r.success || SYNTHETIC.has(r.type))
            continue;
        const v = (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(r.version);
        appliedVersions.push({ v, rank: r.installedRank });
        if (!highest || (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(v, highest) > 0)
            highest = v;
    }
    const pending = [];
    const ignored = [];
    const versionedInfos = [];
    for (const [key, f] of byVersion) {
        const v = f.version;
        const text = versionText(v);
        const row = latestByVersion.get(key);
        const info = {
            kind: 'versioned',
            version: text,
            description: f.description ?? '',
            script: f.rel,
            path: f.path,
            state: 'pending',
            checksum: { file: f.checksum, applied: null, state: 'n/a' },
        };
        versionedInfos.push(info);
        if (row && row.type !== 'DELETE') {
            Object.assign(info, appliedFields(row));
            info.checksum = { file: f.checksum, applied: row.checksum, state: row.checksum === f.checksum ? 'match' : 'mismatch' };
            if (!row.success) {
                info.state = 'failed';
                issues.push({
                    code: 'failed',
                    version: text,
                    script: f.rel,
                    location: `${f.path}:1:1`,
                    message: `migration ${text} (${row.description}) failed earlier and may be half-applied (${f.path}): remove its half-completed changes, then run \`migration-guard repair\` and migrate again`,
                });
                continue;
            }
            const laterLower = appliedVersions.some((a) => (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(a.v, v) > 0 && a.rank < row.installedRank);
            info.state = laterLower ? 'out-of-order' : 'applied';
            if (info.checksum.state === 'mismatch') {
                issues.push({
                    code: 'checksum-mismatch',
                    version: text,
                    script: f.rel,
                    location: `${f.path}:1:1`,
                    message: `migration ${text} was changed after it was applied: checksum in the schema history ${row.checksum}, ${f.path} now ${f.checksum}; revert the edit and put the change in a new migration`,
                });
            }
            const desc = (0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .abbreviateDescription */ .sO)(f.description ?? '');
            if (desc !== row.description) {
                issues.push({
                    code: 'description-mismatch',
                    version: text,
                    script: f.rel,
                    location: `${f.path}:1:1`,
                    message: `migration ${text} was applied as "${row.description}" but ${f.path} now describes it as "${desc}"; rename the file back`,
                });
            }
            continue;
        }
        if (baseline && (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(v, baseline) <= 0) {
            info.state = 'below-baseline';
            continue;
        }
        if (highest && (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(v, highest) < 0 && !opts.outOfOrder) {
            info.state = 'ignored';
            ignored.push(f);
            if (ignoredByPatterns(patterns, 'versioned', 'ignored'))
                continue;
            issues.push({
                code: 'ignored',
                version: text,
                script: f.rel,
                location: `${f.path}:1:1`,
                message: `migration ${text} (${f.path}) is not applied but the database is already at version ${versionText(highest)}; give it a version above ${versionText(highest)}, or set outOfOrder: true to apply it anyway`,
            });
            continue;
        }
        pending.push(f);
    }
    // Applied versions with no file.
    const newestFile = versioned.map((f) => f.version).sort(_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy).at(-1);
    for (const [key, r] of latestByVersion) {
        if (byVersion.has(key) || r.type === 'DELETE')
            continue;
        const info = {
            kind: 'versioned',
            version: r.version,
            description: r.description,
            script: r.script,
            state: 'missing',
            checksum: { file: null, applied: r.checksum, state: 'n/a' },
            ...appliedFields(r),
        };
        versionedInfos.push(info);
        if (baseline && (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)((0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(r.version), baseline) <= 0)
            continue;
        // Flyway's FUTURE: applied, above every version the files have (a newer release migrated the
        // database); MISSING otherwise. ignoreMigrationPatterns (default *:future) lets either pass.
        const future = !newestFile || (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)((0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(r.version), newestFile) > 0;
        if (r.success && ignoredByPatterns(patterns, 'versioned', future ? 'future' : 'missing'))
            continue;
        issues.push({
            code: r.success ? 'missing' : 'failed',
            version: r.version,
            script: r.script,
            message: r.success
                ? `migration ${r.version} (${r.script}) is applied to the database but its file is missing from ${project.root}; restore it`
                : `migration ${r.version} (${r.script}) failed earlier and its file is missing from ${project.root}: remove its half-completed changes, then run \`migration-guard repair\``,
        });
    }
    versionedInfos.sort((a, b) => (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)((0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(a.version), (0,_load_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(b.version)));
    const repeatableInfos = [];
    const repeatablePending = [];
    for (const [desc, f] of byDescription) {
        const row = latestRepeatable.get((0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .abbreviateDescription */ .sO)(desc));
        const info = {
            kind: 'repeatable',
            version: null,
            description: desc,
            script: f.rel,
            path: f.path,
            state: 'pending',
            checksum: { file: f.checksum, applied: null, state: 'n/a' },
        };
        repeatableInfos.push(info);
        if (!row) {
            repeatablePending.push(f);
            continue;
        }
        Object.assign(info, appliedFields(row));
        // Flyway's checksumMatches: the checksum after placeholder replacement, or the file's as written.
        info.checksum = { file: f.checksum, applied: row.checksum, state: (0,_model_checksum_js__WEBPACK_IMPORTED_MODULE_1__/* .checksumMatches */ .XK)(f, row.checksum) ? 'match' : 'mismatch' };
        if (!row.success) {
            info.state = 'failed';
            issues.push({
                code: 'failed',
                script: f.rel,
                location: `${f.path}:1:1`,
                message: `repeatable migration "${desc}" (${f.path}) failed earlier and may be half-applied: remove its half-completed changes, then run \`migration-guard repair\` and migrate again`,
            });
        }
        else if (info.checksum.state === 'mismatch') {
            info.state = 'outdated';
            repeatablePending.push(f);
        }
        else
            info.state = 'applied';
    }
    for (const [desc, r] of latestRepeatable) {
        if ([...byDescription.keys()].some((d) => (0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .abbreviateDescription */ .sO)(d) === desc))
            continue;
        repeatableInfos.push({
            kind: 'repeatable',
            version: null,
            description: desc,
            script: r.script,
            state: 'missing',
            checksum: { file: null, applied: r.checksum, state: 'n/a' },
            ...appliedFields(r),
        });
        if (r.success && ignoredByPatterns(patterns, 'repeatable', 'missing'))
            continue;
        issues.push({
            code: r.success ? 'missing' : 'failed',
            script: r.script,
            message: r.success
                ? `repeatable migration "${desc}" (${r.script}) is applied to the database but its file is missing from ${project.root}; restore it`
                : `repeatable migration "${desc}" (${r.script}) failed earlier and its file is missing: remove its half-completed changes, then run \`migration-guard repair\``,
        });
    }
    repeatableInfos.sort((a, b) => a.description.localeCompare(b.description));
    // Files about to run must have every placeholder defined; so must every repeatable, applied or
    // not: Flyway takes each repeatable's checksum after replacement when it resolves the migrations
    // (SqlMigrationResolver), so one unknown placeholder fails info, validate and migrate alike.
    for (const f of new Set([...pending, ...repeatablePending, ...byDescription.values()])) {
        for (const u of f.unknownPlaceholders) {
            const p = f.position(u.offset);
            issues.push({
                code: 'unknown-placeholder',
                script: f.rel,
                location: `${f.path}:${p.line}:${p.column}`,
                message: `${f.path}:${p.line}:${p.column}: ${(0,_load_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .flywayPlaceholderError */ .Qr)(u)} (Flyway); set it under placeholders: in migration-guard.yml or with --placeholder`,
            });
        }
    }
    return {
        infos: [...infos, ...versionedInfos, ...repeatableInfos],
        issues,
        pending: [...pending, ...repeatablePending],
        ignored,
        current: highest ? versionText(highest) : undefined,
        baseline: baseline ? versionText(baseline) : undefined,
    };
}


/***/ })

};
