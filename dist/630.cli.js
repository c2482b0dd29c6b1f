export const id = 630;
export const ids = [630,738];
export const modules = {

/***/ 4630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dbCommand: () => (/* binding */ dbCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/load/git.ts
var git = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/load/version.ts
var load_version = __webpack_require__(8472);
// EXTERNAL MODULE: ./src/db/engine.ts
var engine = __webpack_require__(5978);
// EXTERNAL MODULE: ./src/db/extensions.ts
var extensions = __webpack_require__(5338);
// EXTERNAL MODULE: ./src/db/metrics.ts
var metrics = __webpack_require__(1159);
// EXTERNAL MODULE: ./src/db/url.ts
var db_url = __webpack_require__(879);
// EXTERNAL MODULE: ./src/db/apply.ts
var apply = __webpack_require__(2154);
// EXTERNAL MODULE: ./src/db/plan.ts
var plan = __webpack_require__(8643);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/db/executor.ts
var executor = __webpack_require__(8661);
// EXTERNAL MODULE: ./src/db/validator.ts
var validator = __webpack_require__(4272);
;// CONCATENATED MODULE: ./src/db/rollback.ts
/**
 * rollback: undoes applied versions with their rollback files, newest first, holding the runner's
 * lock (runner.ts). Every file is planned before any runs, so a missing, empty or unparseable
 * rollback refuses the whole command; each rollback deletes its version's history rows, and those
 * of repeatables applied after it (they may depend on what the rollback removed: the next migrate
 * applies them again), in the rollback's own transaction.
 */





/** Rolls back every applied version above `to`, or the newest one without `to`. */
async function rollbackVersions(host, to) {
    const result = { database: host.db.label, history: host.history.qualified, target: to && (0,validator/* versionText */.KA)(to), rolledBack: [], issues: [], ok: true };
    const rows = await host.rows();
    const latest = new Map();
    for (const r of rows) {
        const v = r.version !== null && r.type === 'SQL' ? (0,load_version/* parseVersion */.ot)(r.version) : undefined;
        if (v)
            latest.set((0,load_version/* versionKey */._5)(v), r);
    }
    let targets = [...latest.values()]
        .filter((r) => r.success)
        .map((r) => ({ row: r, v: (0,load_version/* parseVersion */.ot)(r.version) }))
        .sort((a, b) => (0,load_version/* compareVersions */.Zy)(b.v, a.v));
    targets = to ? targets.filter((t) => (0,load_version/* compareVersions */.Zy)(t.v, to) > 0) : targets.slice(0, 1);
    const rollbacks = new Map();
    for (const f of host.project.files)
        if (f.kind === 'rollback' && f.version)
            rollbacks.set((0,load_version/* versionKey */._5)(f.version), f);
    const plans = new Map();
    for (const t of targets) {
        const file = rollbacks.get((0,load_version/* versionKey */._5)(t.v));
        if (!file) {
            result.issues.push({
                code: 'rollback-missing',
                version: t.row.version,
                script: t.row.script,
                message: `no rollback file for applied migration ${t.row.version} (${t.row.script}): expected ${host.project.root}/${host.project.rollbackPattern.pathFor(t.v.raw)}`,
            });
            continue;
        }
        try {
            plans.set(file, (0,apply/* planFile */.eS)(file));
        }
        catch (e) {
            if (!(e instanceof apply/* ApplyError */.d5))
                throw e;
            result.issues.push({ code: 'not-runnable', version: t.row.version, script: file.rel, location: `${e.file}:${e.line}:${e.column}`, message: e.message });
            continue;
        }
        if (plans.get(file).statements.length === 0) {
            result.issues.push({
                code: 'rollback-empty',
                version: t.row.version,
                script: file.rel,
                location: `${file.path}:1:1`,
                message: `${file.path} has no statement: running it would delete the history row of ${t.row.version} (${t.row.script}) while everything it created stays, and the next migrate would fail. Write the statements that undo it, or one that fails loudly when it cannot be undone`,
            });
        }
    }
    if (result.issues.length > 0) {
        result.ok = false;
        return result;
    }
    for (const t of targets) {
        const file = rollbacks.get((0,load_version/* versionKey */._5)(t.v));
        const plan = plans.get(file);
        const mode = plan.mode;
        const started = external_node_perf_hooks_.performance.now();
        let removed = 0;
        let repeatables = [];
        host.progress({ type: 'start', action: 'rollback', script: file.rel, path: file.path });
        const work = host.work;
        await (0,executor/* resetSession */.wD)(work, host.settings);
        // A rollback that can stop half-way marks its version failed first (as migrate records such
        // a migration): if anything kills it, the history never claims the version is intact.
        const marked = !plan.atomic;
        if (marked)
            await host.history.setSuccess(t.row.installedRank, false);
        try {
            await (0,apply/* applyFile */.ZI)(work.db, file, {
                outside: (p, send) => host.executor.runOutside(file, p, send, []),
                beforeCommit: async () => {
                    await work.db.exec('RESET ROLE');
                    const now = await work.history.rows();
                    const ranks = now.filter((r) => r.version !== null && r.type !== 'BASELINE' && sameVersion(r.version, t.v)).map((r) => r.installedRank);
                    const first = Math.min(...ranks, t.row.installedRank);
                    const later = now.filter((r) => r.version === null && r.type === 'SQL' && r.installedRank > first);
                    const dependents = later.map((r) => r.installedRank);
                    await work.history.deleteRanks([...ranks, ...dependents]);
                    removed = ranks.length + dependents.length;
                    repeatables = [...new Set(later.map((r) => r.script))];
                },
            }, plan);
        }
        catch (e) {
            if (!(e instanceof apply/* ApplyError */.d5))
                throw e;
            // A connection lost as the rollback committed: its history rows, read on the control
            // session, say whether PostgreSQL committed it.
            const gone = e.atCommit && !(await host.history.rows()).some((r) => r.installedRank === t.row.installedRank);
            if (!gone) {
                host.progress({ type: 'failed', action: 'rollback', script: file.rel, path: file.path, ms: Math.round(external_node_perf_hooks_.performance.now() - started) });
                const partial = marked && (mode === 'no-transaction' || e.committedBefore > 0);
                if (marked && !partial)
                    await host.history.setSuccess(t.row.installedRank, true);
                result.failure = { ...(0,executor/* failureFrom */.Ju)(file, e, mode, partial), version: t.row.version, description: t.row.description };
                result.ok = false;
                break;
            }
        }
        const ms = Math.round(external_node_perf_hooks_.performance.now() - started);
        host.progress({ type: 'done', action: 'rollback', script: file.rel, path: file.path, ms, slow: false });
        result.rolledBack.push({ version: t.row.version, description: t.row.description, rollbackScript: file.rel, path: file.path, mode, executionTime: ms, removedRows: removed, repeatablesToRerun: repeatables });
    }
    result.currentVersion = await host.current();
    return result;
}
function sameVersion(text, v) {
    const p = (0,load_version/* parseVersion */.ot)(text);
    return p !== undefined && (0,load_version/* versionKey */._5)(p) === (0,load_version/* versionKey */._5)(v);
}

// EXTERNAL MODULE: ./src/db/history.ts
var db_history = __webpack_require__(3966);
;// CONCATENATED MODULE: ./src/db/clean.ts
/**
 * Flyway's clean, as `reset` uses it: the schema dropped and created again, keeping its owner,
 * privileges and comment; refused on production and while cleanDisabled is true (Flyway's default).
 */


const quoteLiteral = (s) => `'${s.replace(/'/g, "''")}'`;
function assertCleanAllowed(settings) {
    if (settings.production) {
        throw new errors/* UsageError */.eb(`refusing to reset: environment "${settings.environment}" is production; reset drops every object in the schema`);
    }
    if (settings.cleanDisabled) {
        throw new errors/* UsageError */.eb('refusing to reset: cleanDisabled is true (the default); set cleanDisabled: false for this environment in migration-guard.yml to allow it');
    }
}
/** Drops and recreates the schema, keeping its owner, privileges and comment. */
async function cleanSchema(db, schema) {
    const q = (0,db_history/* quoteIdent */.v4)(schema);
    const info = await db.query(`SELECT nspowner::regrole::text AS owner, obj_description(oid, 'pg_namespace') AS comment FROM pg_catalog.pg_namespace WHERE nspname = $1`, [schema]);
    if (info.rows.length === 0)
        return;
    const { owner, comment } = info.rows[0];
    const grants = await db.query(`SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS grantee, a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = $1 AND a.grantee <> n.nspowner`, [schema]);
    await db.exec('BEGIN');
    try {
        await db.exec(`DROP SCHEMA ${q} CASCADE`);
        await db.exec(`CREATE SCHEMA ${q}`);
        await db.exec(`ALTER SCHEMA ${q} OWNER TO ${owner}`);
        for (const g of grants.rows) {
            await db.exec(`GRANT ${g.privilege} ON SCHEMA ${q} TO ${g.grantee}${g.grantable ? ' WITH GRANT OPTION' : ''}`);
        }
        if (comment !== null)
            await db.exec(`COMMENT ON SCHEMA ${q} IS ${quoteLiteral(comment)}`);
        await db.exec('COMMIT');
    }
    catch (e) {
        await db.exec('ROLLBACK').catch(() => undefined);
        throw e;
    }
}

// EXTERNAL MODULE: ./src/db/concurrent.ts
var concurrent = __webpack_require__(9645);
;// CONCATENATED MODULE: ./src/db/target.ts
/**
 * Flyway's `target` for migrate: which pending versioned migrations run. Pure.
 *
 * As Flyway reads it (MigrationVersion.fromVersion, ClassicConfiguration.getTarget,
 * MigrationInfoServiceImpl, ResolvedMigration.getState):
 * - `latest` (the default): every pending version;
 * - `current`: none above the version the schema is at (none at all on an empty history);
 * - `next`: only the first pending version;
 * - a version, e.g. `5` or `1.2`: pending versions up to it; the version must belong to a
 *   migration (a file, or a row of the history), else migrate fails with "No migration with a
 *   target version 5 could be found…" (failOnMissingTarget);
 * - a version followed by `?` (`5?`): up to it, whether a migration has it or not.
 * Versions above the target are "Above Target": left pending, not an error. The target limits
 * versioned migrations only; pending repeatables still run.
 */


/** Parses a target as written (`latest`, `current`, `next`, `5`, `1.2?`); a usage error otherwise. */
function parseTarget(text) {
    const t = text.trim();
    const lower = t.toLowerCase();
    if (lower === 'latest')
        return { kind: 'latest' };
    if (lower === 'current')
        return { kind: 'current' };
    if (lower === 'next')
        return { kind: 'next' };
    const mustExist = !t.endsWith('?');
    const version = (0,load_version/* parseVersion */.ot)(mustExist ? t : t.slice(0, -1));
    if (!version)
        throw new errors/* UsageError */.eb(`target must be latest, current, next or a version such as 5 or 1.2 (got "${text}")`);
    return { kind: 'version', version, mustExist };
}
/**
 * The pending migrations (versioned in version order, then repeatables) that run under `target`.
 * `current` is the schema's version (undefined: nothing applied); `known` every version of a
 * migration file or history row. Throws a usage error for a missing target version without `?`.
 */
function pendingUpToTarget(pending, target, current, known) {
    if (target.kind === 'latest')
        return pending;
    const repeatables = pending.filter((f) => !f.version || f.kind !== 'versioned');
    const versioned = pending.filter((f) => f.version && f.kind === 'versioned');
    let limit;
    if (target.kind === 'next')
        return [...versioned.slice(0, 1), ...repeatables];
    if (target.kind === 'current')
        limit = current;
    else {
        limit = target.version;
        if (target.mustExist && !known.some((v) => (0,load_version/* compareVersions */.Zy)(v, target.version) === 0)) {
            throw new errors/* UsageError */.eb(`no migration with the target version ${target.version.raw} could be found (Flyway's rule: the target must be the version of a migration); check the version, or write ${target.version.raw}? to migrate up to it anyway`);
        }
    }
    const upTo = limit;
    return [...(upTo ? versioned.filter((f) => (0,load_version/* compareVersions */.Zy)(f.version, upTo) <= 0) : []), ...repeatables];
}

;// CONCATENATED MODULE: ./src/db/runner.ts
/**
 * The runner: migrate, status, validate, rollback, repair, reset (clean + migrate) and baseline
 * on one database, Flyway-compatible. It reads the schema history (history.ts), compares it with
 * the files (validator.ts) and has the executor (executor.ts) apply each migration and keep the
 * history true about it. Pure of printing: progress goes to a callback.
 *
 * Every command that writes holds Flyway's session advisory lock for the whole run, so two
 * runners never apply at once: the second waits, then reads the history again and finds nothing
 * left to do.
 */













/**
 * Two sessions, as Flyway keeps them: `db` (the control session) holds the advisory lock and
 * writes the schema history outside migrations; migrations run on `work`, a sibling session, so a
 * migration whose backend is terminated still gets its failed row, and the version the schema is
 * at can still be read. A history row that must commit with a migration is written on `work`,
 * inside the migration's transaction. (Embedded PGlite has one session: both are the same.)
 */
class Runner {
    db;
    project;
    settings;
    opts;
    history;
    work;
    executor;
    constructor(db, project, settings, opts = {}) {
        this.db = db;
        this.project = project;
        this.settings = settings;
        this.opts = opts;
        this.history = new db_history/* SchemaHistory */.cm(db, settings.schema, settings.historyTable);
    }
    progress(e) {
        this.opts.onProgress?.(e);
    }
    async rows() {
        return (await this.history.exists()) ? this.history.rows() : [];
    }
    analyse(rows) {
        return (0,validator/* analyse */.KH)(this.project, rows, { outOfOrder: this.settings.outOfOrder, ignoreMigrationPatterns: this.settings.ignoreMigrationPatterns });
    }
    /** Runs fn holding the migration lock, with the session settings from the config. */
    async withLock(fn) {
        const deadline = Date.now() + (this.opts.lockWaitMs ?? 600_000);
        let wait = 50;
        let told = false;
        while (!(await this.history.tryLock())) {
            if (!told) {
                told = true;
                this.progress({ type: 'lock-wait', holderPid: await this.history.lockHolder().catch(() => undefined) });
            }
            if (Date.now() > deadline) {
                throw new errors/* UsageError */.eb(`gave up waiting for the migration lock on ${this.history.qualified}: another runner has held it for ${Math.round((this.opts.lockWaitMs ?? 600_000) / 1000)} s`);
            }
            await (0,executor/* sleep */.yy)(wait);
            wait = Math.min(wait * 2, 1000);
        }
        try {
            this.work = await (0,executor/* openWorkSession */.E7)(this.db, this.settings);
            const { db, history, settings, opts } = this;
            this.executor = new executor/* MigrationExecutor */.M6({ control: db, history, work: this.work, settings, opts, progress: (e) => this.progress(e) });
            return await fn();
        }
        finally {
            await this.work?.db.close();
            this.work = undefined;
            this.executor = undefined;
            await this.history.unlock().catch(() => undefined);
        }
    }
    /** Invalid indexes, each with the recorded migration whose CREATE INDEX CONCURRENTLY names it. */
    async attributedInvalidIndexes(rows) {
        // The managed schemas: the configured one and those on the session's search_path.
        const path = (await this.db.query('SELECT current_schemas(false) AS s')).rows[0]?.s ?? [];
        const invalid = await (0,concurrent/* invalidIndexes */.We)(this.db, [...new Set([this.settings.schema, ...path])]);
        if (invalid.length === 0)
            return [];
        const recorded = new Set(rows.filter((r) => r.success && r.type === 'SQL').map((r) => r.script));
        const creator = new Map();
        for (const f of this.project.migrations) {
            if (!recorded.has(f.rel))
                continue;
            for (const st of f.parsed.statements) {
                const name = (0,concurrent/* builtIndex */.du)(st)?.name;
                if (name !== undefined && !creator.has(name))
                    creator.set(name, f.rel);
            }
        }
        return invalid.map((i) => (creator.has(i.name) ? { ...i, createdBy: creator.get(i.name) } : i));
    }
    async status() {
        const exists = await this.history.exists();
        const rows = exists ? await this.history.rows() : [];
        const a = this.analyse(rows);
        const invalid = await this.attributedInvalidIndexes(rows);
        const runningPid = await this.history.lockHolder();
        const summary = {};
        for (const s of ['applied', 'out-of-order', 'pending', 'failed', 'missing', 'outdated', 'ignored', 'baseline', 'below-baseline', 'schema', 'deleted']) {
            summary[s] = 0;
        }
        for (const m of a.infos)
            summary[m.state]++;
        return {
            database: this.db.label,
            history: this.history.qualified,
            historyExists: exists,
            currentVersion: a.current,
            migrations: a.infos,
            issues: a.issues,
            summary,
            invalidIndexes: invalid,
            ...(runningPid !== undefined ? { runningPid } : {}),
        };
    }
    /** Flyway's validate: the applied migrations match the files; pending ones are listed, not errors. */
    /**
     * Flyway's validate: the applied migrations against the files, and (unless `allowPending` or
     * ignoreMigrationPatterns says `*:pending`) no migration left to apply.
     */
    async validate(opts = {}) {
        const rows = await this.rows();
        const a = this.analyse(rows);
        const invalid = await this.attributedInvalidIndexes(rows);
        const issues = [...a.issues, ...(opts.allowPending ? [] : (0,validator/* pendingIssues */.IV)(a.infos, this.settings.ignoreMigrationPatterns))];
        for (const i of invalid) {
            if (!i.createdBy)
                continue;
            issues.push({
                code: 'invalid-index',
                script: i.createdBy,
                message: `index ${i.schema}.${i.name} on ${i.table} is INVALID (a failed CONCURRENTLY build), though ${i.createdBy} is recorded as applied: PostgreSQL never uses it but keeps updating it. Rebuild it: ${i.fix} then run the CREATE INDEX CONCURRENTLY of ${i.createdBy} again`,
            });
        }
        return {
            database: this.db.label,
            history: this.history.qualified,
            ok: issues.length === 0,
            issues,
            pending: a.pending.map((f) => f.rel),
            invalidIndexes: invalid,
        };
    }
    /** True when the schema holds no relation, routine or type of its own. */
    async schemaIsEmpty() {
        const r = await this.db.query(`SELECT NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1)
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                           WHERE n.nspname = $1 AND t.typrelid = 0 AND t.typcategory <> 'A') AS empty`, [this.settings.schema]);
        return r.rows[0]?.empty === true;
    }
    /**
     * Creates the history table with a baseline row (Flyway's `baseline`, DbBaseline): the same
     * baseline again is skipped; another baseline, or any migration recorded, is refused.
     */
    async baseline(version = this.settings.baselineVersion) {
        return this.withLock(async () => {
            if (await this.history.exists()) {
                const rows = await this.history.rows();
                const marker = rows.find((r) => r.type === 'BASELINE');
                if (marker && marker.version !== null && sameVersion(marker.version, (0,load_version/* parseVersion */.ot)(version.replace(/_/g, '.')))) {
                    return { database: this.db.label, history: this.history.qualified, version: marker.version, skipped: true };
                }
                if (marker)
                    throw new errors/* UsageError */.eb(`cannot baseline at ${version.replace(/_/g, '.')}: ${this.history.qualified} was already baselined at ${marker.version}`);
                if (rows.some((r) => r.type !== 'SCHEMA')) {
                    throw new errors/* UsageError */.eb(`cannot baseline: ${this.history.qualified} already has migrations in it`);
                }
                await this.history.insert({ version: version.replace(/_/g, '.'), description: '<< Flyway Baseline >>', type: 'BASELINE', script: '<< Flyway Baseline >>', checksum: null, executionTime: 0, success: true });
            }
            else
                await this.history.create(version);
            return { database: this.db.label, history: this.history.qualified, version: version.replace(/_/g, '.') };
        });
    }
    /** `target`: Flyway's target (target.ts), default latest. */
    async migrate(opts = {}) {
        return this.withLock(() => this.migrateLocked(opts.target));
    }
    /**
     * migrate --dry-run: what migrate would apply now, in order, with each file's plan (statements,
     * transaction mode). Reads the history, writes nothing, takes no lock: another runner may
     * apply something in between.
     */
    async dryRun(opts = {}) {
        const exists = await this.history.exists();
        const result = { database: this.db.label, history: this.history.qualified, createsHistory: !exists, migrations: [], issues: [], warnings: [], ok: true };
        let rows = exists ? await this.history.rows() : [];
        if (!exists && !(await this.schemaIsEmpty())) {
            if (!this.settings.baselineOnMigrate) {
                result.issues.push({ code: 'non-empty-schema', message: `schema "${this.settings.schema}" is not empty but has no schema history table ${this.history.qualified}: migrate would stop (set baselineOnMigrate: true to adopt it)` });
                result.ok = false;
                return result;
            }
            result.baselined = this.settings.baselineVersion.replace(/_/g, '.');
            rows = [{ installedRank: 1, version: result.baselined, description: '<< Flyway Baseline >>', type: 'BASELINE', script: '<< Flyway Baseline >>', checksum: null, installedBy: '', installedOn: new Date(0), executionTime: 0, success: true }];
        }
        const p = this.prepare(rows, opts.target);
        Object.assign(result, { currentVersion: p.current, issues: p.issues, warnings: p.warnings, ok: p.issues.length === 0 }, p.groupInTransaction ? { group: true } : {});
        for (const file of p.pending) {
            const plan = p.plans.get(file);
            if (!plan)
                continue;
            result.migrations.push({ script: file.rel, path: file.path, version: file.version ? (0,validator/* versionText */.KA)(file.version) : null, description: file.description ?? '', statements: plan.statements.length, mode: plan.mode });
        }
        return result;
    }
    /**
     * What migrate checks before it sends anything: the issues that stop it, the pending files
     * (up to `target`) and the plan of each. A file that cannot run whole (does not decode, does
     * not parse) is an issue, so nothing is applied.
     */
    prepare(rows, target) {
        const a = this.analyse(rows);
        const always = new Set(['failed', 'duplicate-version', 'duplicate-repeatable', 'unknown-placeholder']);
        const issues = a.issues.filter((i) => always.has(i.code) || this.settings.validateOnMigrate);
        const warnings = [];
        if (!this.settings.validateOnMigrate) {
            for (const f of a.ignored)
                warnings.push(`skipped ${f.path}: its version is below the current version ${a.current} and outOfOrder is false`);
        }
        const known = [...this.project.migrations.flatMap((f) => (f.version ? [f.version] : [])), ...rows.flatMap((r) => (r.version !== null && (0,load_version/* parseVersion */.ot)(r.version) ? [(0,load_version/* parseVersion */.ot)(r.version)] : []))];
        const pending = pendingUpToTarget(a.pending, parseTarget(target ?? 'latest'), a.current === undefined ? undefined : (0,load_version/* parseVersion */.ot)(a.current), known);
        const plans = new Map();
        for (const file of pending) {
            if (file.unknownPlaceholders.length > 0)
                continue; // already an issue of its own
            try {
                plans.set(file, (0,apply/* planFile */.eS)(file, undefined, { mixed: this.settings.mixed }));
            }
            catch (e) {
                if (!(e instanceof apply/* ApplyError */.d5))
                    throw e;
                issues.push({ code: 'not-runnable', script: file.rel, location: `${e.file}:${e.line}:${e.column}`, message: e.message });
            }
        }
        // Flyway's group: one transaction for all pending migrations, or refused when their kinds mix.
        const group = this.settings.group && issues.length === 0 ? (0,plan/* groupMode */.rQ)(pending.map((f) => [f, plans.get(f)]), this.settings.mixed) : undefined;
        if (group?.problem)
            issues.push({ code: 'not-runnable', script: group.problem.file.rel, location: `${group.problem.file.path}:1:1`, message: group.problem.message });
        return { current: a.current, issues, warnings, pending, plans, groupInTransaction: group?.transaction === true && pending.length > 1 };
    }
    async migrateLocked(target) {
        const result = {
            database: this.db.label,
            history: this.history.qualified,
            createdHistory: false,
            applied: [],
            issues: [],
            warnings: [],
            ok: true,
        };
        if (!(await this.history.exists())) {
            if (await this.schemaIsEmpty()) {
                await this.history.create();
            }
            else if (this.settings.baselineOnMigrate) {
                await this.history.create(this.settings.baselineVersion);
                result.baselined = this.settings.baselineVersion.replace(/_/g, '.');
            }
            else {
                result.issues.push({
                    code: 'non-empty-schema',
                    message: `schema "${this.settings.schema}" is not empty but has no schema history table ${this.history.qualified}: set baselineOnMigrate: true (and baselineVersion) to adopt the existing schema, or migrate an empty database`,
                });
                result.ok = false;
                return result;
            }
            result.createdHistory = true;
            await (0,executor/* useSchema */.pD)(this.work.db, this.settings.schema);
        }
        // Every pending file is planned before the first is sent (prepare).
        const { current, issues, warnings, pending, plans, groupInTransaction } = this.prepare(await this.history.rows(), target);
        result.initialVersion = current;
        result.issues = issues;
        result.warnings.push(...warnings);
        if (result.issues.length > 0) {
            result.ok = false;
            return result;
        }
        if (groupInTransaction) {
            const outcome = await this.executor.applyGroup(pending.map((f) => [f, plans.get(f)]));
            if ('failure' in outcome) {
                result.failure = outcome.failure;
                result.ok = false;
            }
            else
                result.applied.push(...outcome.applied);
        }
        for (const file of groupInTransaction ? [] : pending) {
            const outcome = await this.executor.apply(file, plans.get(file)).catch((e) => {
                // Not a statement of the file: the control session (lock, history) failed.
                const done = result.applied.map((x) => x.script);
                throw new errors/* UsageError */.eb(`lost the session that holds the migration lock and writes the schema history while applying ${file.path} ` +
                    `(${e instanceof Error ? e.message : String(e)}); ${done.length ? `applied before it: ${done.join(', ')}` : 'nothing was applied before it'}. ` +
                    `Whether ${file.rel} committed is recorded in the history: run \`migration-guard status\` before anything else`);
            });
            if ('failure' in outcome) {
                result.failure = outcome.failure;
                result.ok = false;
                break;
            }
            result.applied.push(outcome.applied);
            if (outcome.applied.slow) {
                result.warnings.push(`${file.path} took ${(outcome.applied.executionTime / 1000).toFixed(1)} s, more than slowMigrationSeconds (${this.settings.slowMigrationSeconds} s): on a large production table it may hold locks for long`);
            }
        }
        // Read on the control session, which outlives a terminated migration backend.
        result.currentVersion = this.analyse(await this.history.rows()).current;
        return result;
    }
    /**
     * Undoes applied versions with their rollback files, newest version first: the newest one, or
     * (with `to`) every applied version above `to`. Each rollback deletes its version's history
     * rows, and those of repeatables applied after it (they may depend on what the rollback
     * removed; the next migrate applies them again), in the rollback's own transaction.
     */
    async rollback(opts = {}) {
        if (this.settings.production && !opts.forceProduction) {
            throw new errors/* UsageError */.eb(`refusing to roll back: environment "${this.settings.environment}" is production (pass --force-production if you really mean to)`);
        }
        const to = opts.to === undefined ? undefined : (0,load_version/* parseVersion */.ot)(opts.to);
        if (opts.to !== undefined && !to)
            throw new errors/* UsageError */.eb(`--to must be a version such as 3 or 1.2 (got "${opts.to}")`);
        return this.withLock(() => rollbackVersions({
            db: this.db,
            project: this.project,
            settings: this.settings,
            history: this.history,
            work: this.work,
            executor: this.executor,
            progress: (e) => this.progress(e),
            rows: () => this.rows(),
            current: async () => this.analyse(await this.rows()).current,
        }, to));
    }
    /** Flyway's repair, for failed runs: removes the success=false rows once the half-applied changes are cleaned up. */
    async repair() {
        return this.withLock(async () => {
            const failed = (await this.rows()).filter((r) => !r.success);
            await this.history.deleteRanks(failed.map((r) => r.installedRank));
            return {
                database: this.db.label,
                history: this.history.qualified,
                removed: failed.map((r) => ({ version: r.version, description: r.description, script: r.script })),
            };
        });
    }
    /**
     * `reset`: drops everything in the schema (Flyway's clean, history table included), then
     * migrates from scratch. Refused unless cleanDisabled is false and the environment is not
     * production.
     */
    async reset() {
        assertCleanAllowed(this.settings);
        return this.withLock(async () => {
            await cleanSchema(this.db, this.settings.schema);
            const migrate = await this.migrateLocked();
            return { database: this.db.label, schema: this.settings.schema, migrate, ok: migrate.ok };
        });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/db/backup.ts
/**
 * The backup a deploy takes before it changes a production database (the guide's §7.2, "backup
 * plan in place"): `pg_dump --format=custom` of the target database to a timestamped file, or the
 * configured command. The connection reaches the child through libpq's environment variables
 * (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, …), never its command line, so no
 * password shows in `ps` or in a log. Pure helpers first; the child processes at the end.
 */





/**
 * libpq's environment variables for a postgres:// URL (libpq "Environment Variables", PostgreSQL
 * docs §34.15): only what the URL says, so anything else keeps what the environment had.
 * node-postgres's `sslmode=no-verify` is libpq's `require` (encrypted, certificate unchecked).
 */
function libpqEnv(url) {
    const u = (0,db_url/* parseDbUrl */.Bd)(url);
    const env = {};
    const set = (name, value) => {
        if (value !== undefined && value !== '')
            env[name] = String(value);
    };
    const p = u.params;
    set('PGHOST', p['host'] || u.host);
    set('PGPORT', p['port'] || u.port);
    set('PGUSER', p['user'] || u.user);
    set('PGPASSWORD', p['password'] || u.password);
    set('PGDATABASE', p['dbname'] || u.database);
    set('PGSSLMODE', p['sslmode'] === 'no-verify' ? 'require' : p['sslmode']);
    set('PGSSLROOTCERT', p['sslrootcert']);
    set('PGSSLCERT', p['sslcert']);
    set('PGSSLKEY', p['sslkey']);
    set('PGAPPNAME', p['application_name']);
    set('PGCONNECT_TIMEOUT', p['connect_timeout']);
    set('PGOPTIONS', p['options']);
    return env;
}
/** `app-20261130T132740Z.dump`: the database name (file-name safe) and the UTC time to the second. */
function backupFileName(database, now) {
    const safe = database.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '') || 'database';
    const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
    return `${safe}-${stamp}.dump`;
}
/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → { major: 15, version: "15.20" }; 9.6 → major 9.6. */
function parsePgDumpVersion(text) {
    const m = /\bpg_dump \(PostgreSQL\) ((\d+)(?:\.(\d+))?[\w.]*)/.exec(text);
    if (!m)
        return undefined;
    const first = Number(m[2]);
    return { major: first >= 10 ? first : Number(`${first}.${m[3] ?? 0}`), version: m[1] };
}
/** server_version_num (e.g. 150020) → major version (15; 90624 → 9.6). */
function serverMajor(versionNum) {
    return versionNum >= 100000 ? Math.floor(versionNum / 10000) : Math.floor(versionNum / 10000) + (Math.floor(versionNum / 100) % 100) / 10;
}
/**
 * Why this pg_dump cannot dump this server, or undefined. pg_dump refuses a server of a newer
 * major version than its own ("aborting because of server version mismatch": pg_dump.c, the
 * check after connecting); an older server it dumps (back to 9.2 for pg_dump 15+).
 */
function pgDumpMismatch(client, server, pgDump) {
    if (client.major >= server.major)
        return undefined;
    return (`the backup cannot be taken: ${pgDump} is pg_dump ${client.version}, older than the server (PostgreSQL ${server.version}), and pg_dump refuses a server of a newer major version ("aborting because of server version mismatch"). ` +
        `Install the PostgreSQL ${server.major} client and point backup.pgDump at its pg_dump: on Debian/Ubuntu (GitHub's runners) add the PGDG apt repository (https://wiki.postgresql.org/wiki/Apt) and run ` +
        `\`sudo apt-get install -y postgresql-client-${server.major}\`, then set backup.pgDump: /usr/lib/postgresql/${server.major}/bin/pg_dump; on macOS \`brew install postgresql@${server.major}\`. Nothing was changed`);
}
/** The file the backup goes to (absolute), and how it is taken, in words. */
function plannedBackup(p) {
    const file = (0,external_node_path_.join)((0,external_node_path_.resolve)(p.baseDir, p.settings.directory), backupFileName(p.database, p.now));
    return { file, tool: p.settings.command ? `backup.command (${p.settings.command})` : `${p.settings.pgDump} --format=custom` };
}
/** `{file}` in a custom command, quoted for sh. */
const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Runs a child; keeps the last 8 KiB of stdout and stderr. Never rejects. */
function runChild(file, args, env, shell = false) {
    return new Promise((done) => {
        const out = [];
        const err = [];
        const keep = (list, b) => {
            list.push(b);
            while (list.length > 1 && list.reduce((n, x) => n + x.length, 0) > 8192)
                list.shift();
        };
        const child = (0,external_node_child_process_.spawn)(file, args, { env, shell, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (b) => keep(out, b));
        child.stderr.on('data', (b) => keep(err, b));
        let error;
        child.on('error', (e) => (error = e));
        child.on('close', (code, signal) => done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8').slice(-4000), ...(error ? { error } : {}) }));
    });
}
/** The child's environment: the inherited one (PATH…) with the URL's connection on top. */
function childEnv(env, url) {
    return { PATH: process.env['PATH'], ...env, ...(/^postgres(ql)?:\/\//i.test(url) ? libpqEnv(url) : {}) };
}
/** `pg_dump --version` of the configured pg_dump; a missing binary is a UsageError saying what to install. */
async function pgDumpVersion(pgDump, env) {
    const r = await runChild(pgDump, ['--version'], env);
    if (r.error?.code === 'ENOENT') {
        throw new errors/* UsageError */.eb(`the backup cannot be taken: ${pgDump} not found. Install the PostgreSQL client of the server's major version (postgresql-client-NN), or set backup.pgDump to its path, or backup.command`);
    }
    const v = parsePgDumpVersion(r.stdout);
    if (r.error || r.code !== 0 || !v) {
        throw new errors/* UsageError */.eb(`the backup cannot be taken: \`${pgDump} --version\` ${r.error ? `failed: ${r.error.message}` : `printed "${(r.stdout + r.stderr).trim().slice(0, 200)}"`}, not pg_dump's version`);
    }
    return v;
}
/**
 * Runs the backup: pg_dump (--format=custom --no-password --file=FILE, the database from
 * PGDATABASE), or `settings.command` through sh with `{file}` replaced by the quoted path and the
 * environment MIGRATION_GUARD_BACKUP_FILE, MIGRATION_GUARD_DATABASE, MIGRATION_GUARD_ENVIRONMENT
 * plus libpq's PG* variables. Throws a UsageError — the command, its exit and its stderr, the
 * password masked — when it fails or leaves no file or an empty one (a partial file is removed).
 */
async function takeBackup(p) {
    const planned = plannedBackup(p);
    const tool = p.tool ?? planned.tool;
    // A dump holds every row: readable by its owner only (a directory created here, and the file).
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.resolve)(p.baseDir, p.settings.directory), { recursive: true, mode: 0o700 });
    // Never over an earlier backup (two runs in the same second): app-…Z-2.dump.
    let file = planned.file;
    for (let n = 2; (0,external_node_fs_.existsSync)(file); n++)
        file = planned.file.replace(/\.dump$/, `-${n}.dump`);
    const env = childEnv(p.env, p.url);
    p.onStart?.(tool, file);
    const started = Date.now();
    const command = p.settings.command;
    const r = command
        ? await runChild(command.split('{file}').join(shellQuote(file)), [], {
            ...env,
            MIGRATION_GUARD_BACKUP_FILE: file,
            MIGRATION_GUARD_DATABASE: p.database,
            MIGRATION_GUARD_ENVIRONMENT: p.environment,
        }, true)
        : await runChild(p.settings.pgDump, ['--format=custom', '--no-password', `--file=${file}`], env);
    const ms = Date.now() - started;
    const fail = (what) => {
        (0,external_node_fs_.rmSync)(file, { force: true });
        throw new errors/* UsageError */.eb((0,db_url/* maskSecrets */.QU)(`the backup failed, so nothing was changed: ${tool} ${what}`, p.url));
    };
    const stderr = r.stderr.trim();
    if (r.error)
        fail(`could not be run (${r.error.code ?? r.error.message})`);
    if (r.code !== 0)
        fail(`${r.signal ? `was killed by ${r.signal}` : `exited with code ${r.code}`}${stderr ? `: ${stderr}` : ' and printed nothing on stderr'}`);
    let bytes = 0;
    try {
        bytes = (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        fail(`exited with code 0 but wrote no file at ${file}${command ? ' (write it to {file} or $MIGRATION_GUARD_BACKUP_FILE)' : ''}`);
    }
    if (bytes === 0)
        fail(`exited with code 0 but wrote an empty file ${file}`);
    (0,external_node_fs_.chmodSync)(file, 0o600);
    return { status: 'taken', file, bytes, ms, tool };
}

;// CONCATENATED MODULE: ./src/db/staging.ts

const when = (i) => (i.installedOn ? ` on ${i.installedOn.replace('T', ' ').slice(0, 19)} UTC` : '');
/**
 * What staging has of one migration, when that is not "applied successfully, same checksum";
 * undefined when it is. `info` is staging's analysis of the same file (by version, or by
 * description for a repeatable); absent when staging's history has no row for it.
 */
function stagingProblem(m, info) {
    if (!info || info.state === 'pending' || info.state === 'ignored')
        return 'its schema history has no row for it';
    if (info.state === 'failed')
        return `it failed there${when(info)} (success = false)`;
    if (info.state === 'below-baseline')
        return 'it is at or below its baseline version: it never ran there';
    if (info.checksum.state === 'mismatch' || info.state === 'outdated') {
        return `it ran there with checksum ${info.checksum.applied}${when(info)}, but the file now has checksum ${info.checksum.file}: the file changed since staging applied it`;
    }
    if (info.state === 'applied' || info.state === 'out-of-order')
        return undefined;
    return `its state there is ${info.state}`;
}
/**
 * One not-applied-on issue per pending migration staging has not applied successfully as it
 * is now, naming what staging has.
 */
function compareWithStaging(pending, stagingInfos, environment, stagingVersion) {
    const byVersion = new Map(stagingInfos.filter((i) => i.kind === 'versioned' && i.version !== null).map((i) => [i.version, i]));
    const byDescription = new Map(stagingInfos.filter((i) => i.kind === 'repeatable').map((i) => [i.description, i]));
    const issues = [];
    for (const m of pending) {
        const info = m.version !== null ? byVersion.get(m.version) : byDescription.get(m.description);
        const problem = stagingProblem(m, info);
        if (!problem)
            continue;
        const what = m.version !== null ? `migration ${m.version} (${m.path})` : `repeatable migration "${m.description}" (${m.path}) as it is now`;
        issues.push({
            code: 'not-applied-on',
            ...(m.version !== null ? { version: m.version } : {}),
            script: m.script,
            location: `${m.path}:1:1`,
            message: `${what} has not been applied successfully on ${environment} first: ${problem} (${environment} is at version ${stagingVersion ?? '(none)'}). Deploy it to ${environment}, then here`,
        });
    }
    return issues;
}
/** Staging's schema history rows (none when the table does not exist). */
async function stagingRows(db, schema, table) {
    const history = new db_history/* SchemaHistory */.cm(db, schema, table);
    const exists = await history.exists();
    return { rows: exists ? await history.rows() : [], history: history.qualified, exists };
}

;// CONCATENATED MODULE: ./src/commands/deploy.ts
/**
 * The guards a deploy passes before it changes a database (issue #14 §3 and §4), run by
 * runMigrate, runDryRun and runRollback (db.ts) and by the Action's plan mode:
 *
 * - staging first: with `environments.NAME.requireAppliedOn: OTHER`, every migration the run would
 *   apply must be recorded as successful, with the same checksum, in OTHER's schema history
 *   (src/db/staging.ts). OTHER's database is `--applied-on-database-url` or
 *   MIGRATION_GUARD_APPLIED_ON_DATABASE_URL (the Action: `applied-on-database-url`); OTHER's own
 *   configuration (`--environment OTHER`) says where its history is and its placeholders.
 * - backup first: on a production environment, the backup of src/db/backup.ts, unless
 *   `backup: { none: reason }`; none when there is nothing to apply; planned, not taken, on a dry run.
 */










const APPLIED_ON_ENV = 'MIGRATION_GUARD_APPLIED_ON_DATABASE_URL';
/**
 * The database of the environment named by requireAppliedOn: --applied-on-database-url, else
 * MIGRATION_GUARD_APPLIED_ON_DATABASE_URL (a jdbc:postgresql URL is converted). A UsageError
 * naming what to pass when the config requires one and none is given; undefined when not required.
 */
function appliedOnUrl(req, config) {
    if (!config.requireAppliedOn)
        return undefined;
    const given = req.appliedOnDatabaseUrl ?? (req.env[APPLIED_ON_ENV] || undefined);
    if (!given) {
        const other = config.requireAppliedOn;
        throw new errors/* UsageError */.eb(`environment "${config.environment}" applies only what "${other}" has applied first (requireAppliedOn: ${other}): pass ${other}'s database as --applied-on-database-url URL or ${APPLIED_ON_ENV} (the Action: the input applied-on-database-url, from a secret)`);
    }
    return (0,db_url/* toPostgresUrl */.Cm)(given).url;
}
/**
 * Compares `pending` with the schema history of the requireAppliedOn environment. Connection,
 * configuration and query failures are one UsageError naming that environment, its password
 * masked: the deploy is refused either way.
 */
async function checkAppliedOn(req, config, url, pending) {
    const name = config.requireAppliedOn;
    let db;
    try {
        const staging = await loadSingleProject({ ...req, environment: name, onConfig: undefined });
        db = await openDatabase(url, req.cwd, staging.config, req.connectRetryDelayMs, req.onConnectRetry, (0,extensions/* requestedExtensions */.Pr)(staging.project));
        const project = await withConnectionBuiltins({ ...req, environment: name, onConfig: undefined }, staging.project, staging.config, db);
        const { rows, history } = await stagingRows(db, staging.config.schema, staging.config.historyTable);
        const a = (0,validator/* analyse */.KH)(project, rows, { outOfOrder: true, ignoreMigrationPatterns: staging.config.ignoreMigrationPatterns });
        return { environment: name, database: db.label, history, currentVersion: a.current, checked: pending.length, issues: compareWithStaging(pending, a.infos, name, a.current) };
    }
    catch (e) {
        const d = (0,engine/* asDbError */.$w)(e);
        const message = d ? `${d.code} ${d.message}` : e.message;
        throw new errors/* UsageError */.eb((0,engine/* maskSecrets */.QU)(`refusing to deploy: cannot check that "${name}" applied these migrations first (requireAppliedOn: ${name}): ${message}`, url));
    }
    finally {
        await db?.close();
    }
}
/**
 * The backup step on a production environment (undefined elsewhere): disabled (backup.none),
 * skipped (`count` is 0), planned (`dryRun`) or taken. The pg_dump version is checked against
 * the server's before anything else, on a dry run too.
 */
async function backupStep(req, config, url, runner, count, what, dryRun) {
    if (!config.production)
        return undefined;
    // A pgDump path like bin/pg_dump is the config file's, as backup.directory is; a bare name is looked up on PATH.
    const s = { ...config.backup, pgDump: config.backup.pgDump.includes('/') ? (0,external_node_path_.resolve)(config.baseDir, config.backup.pgDump) : config.backup.pgDump };
    if (s.none !== undefined)
        return { status: 'disabled', reason: s.none };
    if (count === 0)
        return { status: 'skipped', reason: `nothing to ${what}, so no backup was taken` };
    if (url.startsWith('pglite:') && !s.command) {
        throw new errors/* UsageError */.eb('pg_dump cannot reach an embedded PGlite database: set backup.command (e.g. a copy of its directory to {file}), or backup: { none: "reason" }');
    }
    const { rows } = await runner.db.query("SELECT current_database() AS db, current_setting('server_version_num') AS num, current_setting('server_version') AS v");
    const { db: database, num, v } = rows[0];
    const plan = { settings: s, url, baseDir: config.baseDir, environment: config.environment, database, env: req.env, now: new Date() };
    let tool = plannedBackup(plan).tool;
    if (!s.command) {
        const client = await pgDumpVersion(s.pgDump, childEnv(req.env, url));
        const problem = pgDumpMismatch(client, { major: serverMajor(Number(num)), version: v.split(' ')[0] }, s.pgDump);
        if (problem)
            throw new errors/* UsageError */.eb(problem);
        tool = `pg_dump ${client.version} (${s.pgDump}) --format=custom`;
    }
    if (dryRun)
        return { status: 'planned', file: plannedBackup(plan).file, tool, database };
    return takeBackup({ ...plan, tool, onStart: req.onBackupStart });
}
/** The dry run's migrations as the staging check takes them. */
const pendingOf = (dry) => dry.migrations.map((m) => ({ script: m.script, path: m.path, version: m.version, description: m.description }));
/**
 * Before migrate (and for migrate --dry-run and the Action's plan): what would run, the staging
 * check (issues: refuse), then the backup (taken, or planned when `dryRun`). When the dry run
 * has issues of its own, nothing is checked: migrate stops on them before changing anything.
 */
async function beforeMigrate(req, config, url, stagingUrl, runner, target, dryRun) {
    const dry = await runner.dryRun({ target });
    const checks = {};
    if (!dry.ok)
        return { dry, checks, refused: false };
    const pending = pendingOf(dry);
    if (stagingUrl && pending.length > 0) {
        checks.appliedOn = await checkAppliedOn(req, config, stagingUrl, pending);
        if (checks.appliedOn.issues.length > 0)
            return { dry, checks, refused: true };
    }
    const backup = await backupStep(req, config, url, runner, pending.length, 'apply', dryRun);
    if (backup)
        checks.backup = backup;
    return { dry, checks, refused: false };
}
/** Before rollback: the backup, when some version would be rolled back (`to`: those above it; else the newest). */
async function beforeRollback(req, config, url, runner, to) {
    if (!config.production)
        return {};
    const status = await runner.status();
    const applied = status.migrations.filter((m) => m.kind === 'versioned' && (m.state === 'applied' || m.state === 'out-of-order'));
    const floor = to === undefined ? undefined : (0,load_version/* parseVersion */.ot)(to);
    if (to !== undefined && !floor)
        return {}; // the runner refuses the --to value before anything runs
    const count = floor ? applied.filter((m) => (0,load_version/* compareVersions */.Zy)((0,load_version/* parseVersion */.ot)(m.version), floor) > 0).length : Math.min(applied.length, 1);
    const backup = await backupStep(req, config, url, runner, count, 'roll back', false);
    return backup ? { backup } : {};
}

// EXTERNAL MODULE: ./src/commands/lint.ts + 3 modules
var lint = __webpack_require__(3452);
;// CONCATENATED MODULE: ./src/commands/db.ts
/**
 * The database commands (status, migrate, validate, rollback, repair, reset) and `create`:
 * config + migrations (as for lint) → a connection → the runner → a structured result.
 * Shared by the CLI; printing is left to the caller.
 *
 * The database is `--database-url` or DATABASE_URL: a postgres:// URL, or `pglite:DIR` for an
 * embedded PostgreSQL kept in a directory (a local database without a server). There is no
 * silent fallback to a throw-away database. Passwords never appear in messages.
 */












/**
 * The one migration set a database command works on: the configured locations (`migrations` and
 * `locations:`; all of them when DIRs name them, as Flyway's `locations`), or one other directory.
 */
async function loadSingleProject(req) {
    const { config, projects } = await (0,lint/* loadProjects */.RT)({ ...req, paths: req.paths });
    if (projects.length !== 1 || projects[0].targets) {
        throw new errors/* UsageError */.eb('database commands take one migration set: its directory, or all the configured locations (default: `migrations` and `locations:` of the config), not files or some of the locations');
    }
    const project = projects[0].project;
    // Another runner's migrations: its semantics are modelled for lint and check only (issue #15).
    if (project.layout) {
        throw new errors/* UsageError */.eb(`${project.root} holds ${project.layout.name} migrations (layout: ${project.layout.name}): migration-guard's database commands apply Flyway-layout migrations only, ` +
            `so ${project.layout.runner} applies these; \`migration-guard lint\` and \`migration-guard check\` check them as ${project.layout.runner} runs them`);
    }
    return { config, project };
}
/**
 * --database-url, else DATABASE_URL, else Flyway's url / user / password (config file, FLYWAY_*);
 * a jdbc:postgresql URL is converted (src/db/url.ts, toPostgresUrl).
 */
function databaseUrl(req, config) {
    const given = req.databaseUrl ?? (config?.databaseUrlFromCommandLine ? undefined : req.env['DATABASE_URL']);
    const url = given === undefined ? config?.databaseUrl : (0,db_url/* toPostgresUrl */.Cm)(given).url;
    if (!url) {
        throw new errors/* UsageError */.eb("no database: pass --database-url URL (the Action: the database-url input) or set DATABASE_URL (postgres://user@host:5432/db, or pglite:DIR for an embedded database kept in DIR), or give Flyway's url (flyway.conf, flyway.toml, FLYWAY_URL)");
    }
    return url;
}
/**
 * A postgres:// URL (checked first, then connected with connectRetries) or pglite:DIR, started
 * with the bundled extensions in `extensions`.
 */
async function openDatabase(url, cwd, config, retryDelayMs, onRetry, extensions = []) {
    if (url.startsWith('pglite:')) {
        const dir = url.slice('pglite:'.length).replace(/^\/\/(?=\/)/, '');
        if (!dir)
            throw new errors/* UsageError */.eb('pglite: needs a directory, e.g. --database-url pglite:.pgdata');
        const full = (0,external_node_path_.resolve)(cwd, dir);
        (0,external_node_fs_.mkdirSync)(full, { recursive: true });
        try {
            return await (0,engine/* openPglite */.i8)(full, extensions);
        }
        catch (e) {
            throw new errors/* UsageError */.eb(`cannot open embedded database in ${dir}: ${e.message}`);
        }
    }
    if (!/^postgres(ql)?:\/\//i.test(url)) {
        throw new errors/* UsageError */.eb(`database URL must start with postgres:// or postgresql:// (or be pglite:DIR), got a URL starting with "${/^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? url.slice(0, 1)}"`);
    }
    (0,db_url/* parseDbUrl */.Bd)(url); // a malformed URL: a usage error that names the problem, the password masked
    return (0,engine/* connect */.Ng)(url, { connectRetries: config.connectRetries, retryDelayMs, onRetry });
}
/** Loads, connects, runs, closes; database failures become one masked line (exit 2). */
async function withRunner(req, check, fn) {
    const loaded = await loadSingleProject(req);
    const { config } = loaded;
    check(config);
    const url = databaseUrl(req, config);
    const db = await openDatabase(url, req.cwd, config, req.connectRetryDelayMs, req.onConnectRetry, (0,extensions/* requestedExtensions */.Pr)(loaded.project)).catch((e) => {
        // The URL came from a Flyway file whose ${NAME}s were not all set: say so with the failure.
        const notes = url === config.databaseUrl ? (config.databaseUrlNotes ?? []) : [];
        throw e instanceof errors/* UsageError */.eb && notes.length ? new errors/* UsageError */.eb(`${e.message} (${notes.join('; ')})`) : e;
    });
    try {
        const project = await withConnectionBuiltins(req, loaded.project, config, db);
        return await fn(new Runner(db, project, config, { ...req.runner, onProgress: req.onProgress }), { config, url });
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.eb || e instanceof errors/* ConfigError */.xL)
            throw new errors/* UsageError */.eb((0,engine/* maskSecrets */.QU)(e.message, url));
        const d = (0,engine/* asDbError */.$w)(e);
        const message = d ? `${d.code} ${d.message}` : e.message;
        throw new errors/* UsageError */.eb(`database error on ${db.label}: ${(0,engine/* maskSecrets */.QU)(message, url)}`);
    }
    finally {
        await db.close();
    }
}
/**
 * The project again with ${flyway:user} and ${flyway:database} as this connection says them, when
 * a file uses either (they change what runs and, for repeatables, the checksum Flyway records).
 */
async function withConnectionBuiltins(req, project, config, db) {
    const names = [`${config.placeholderPrefix}flyway:user`, `${config.placeholderPrefix}flyway:database`].map((n) => n.toLowerCase());
    const uses = project.files.some((f) => {
        const text = f.decoded.text.toLowerCase();
        return names.some((n) => text.includes(n));
    });
    if (!uses || !config.placeholderReplacement)
        return project;
    const { rows } = await db.query('SELECT current_user AS user, current_database() AS database');
    return (await loadSingleProject({ ...req, onConfig: undefined, connection: rows[0] })).project;
}
const noCheck = () => undefined;
const runStatus = (req) => withRunner(req, noCheck, (r) => r.status());
/** Flyway's validate; `allowPending` (the Action's plan mode): migrations not applied yet are not an error. */
const runValidate = (req) => withRunner(req, noCheck, (r) => r.validate({ allowPending: req.allowPending }));
/** What measureRun needs to read a runner's database (src/db/metrics.ts). */
function metricsOf(r, command, url) {
    const { schema, historyTable, slowMigrationSeconds } = r.settings;
    return { command, database: 'target', schemas: (0,metrics/* managedSchemas */.YO)(r.project, schema), history: { schema, table: historyTable }, slowMigrationSeconds, url };
}
/**
 * Runs `fn` after the deploy guards of a migrate (deploy.ts) with the target in effect
 * (`req.target`, else the config's `target`): the staging check (refused when the requireAppliedOn
 * environment has not applied a pending migration) and, on production, the backup — planned, not
 * taken, when `dryRun`.
 */
function withMigrateGuards(req, dryRun, fn) {
    let target;
    let stagingUrl;
    return withRunner(req, (c) => {
        target = req.target ?? c.target;
        stagingUrl = appliedOnUrl(req, c);
    }, async (r, { config, url }) => fn(r, url, target, await beforeMigrate(req, config, url, stagingUrl, r, target, dryRun)));
}
/**
 * migrate up to `req.target` (else the config's `target`, default latest), after the deploy
 * guards. With the run's metrics (tables, indexes and size before and after, each migration's
 * duration), measured after the guards; none when refused.
 */
function runMigrate(req) {
    return withMigrateGuards(req, false, async (r, url, target, { dry, checks, refused }) => {
        if (refused) {
            const v = dry.currentVersion;
            return { database: dry.database, history: dry.history, createdHistory: false, initialVersion: v, currentVersion: v, applied: [], issues: checks.appliedOn.issues, warnings: [], ok: false, ...checks };
        }
        const measured = await (0,metrics/* measureRun */.uw)(r.db, metricsOf(r, 'migrate', url), () => r.migrate({ target }), (m) => m.applied.map((a) => ({ file: a.path, version: a.version, durationMs: a.executionTime })), (m) => m.applied.some((a) => a.slow));
        return { ...measured, ...checks };
    });
}
/** migrate --dry-run: what migrate (with the same target) would apply, in order, and the guards' verdicts; nothing is written. */
function runDryRun(req) {
    return withMigrateGuards(req, true, async (_r, _url, _target, { dry, checks, refused }) => refused ? { ...dry, issues: [...dry.issues, ...checks.appliedOn.issues], ok: false, ...checks } : { ...dry, ...checks });
}
/**
 * Flyway's baseline: creates the schema history with a BASELINE row at `version` (default: the
 * config's baselineVersion), the row baselineOnMigrate writes. Refused when the history records
 * migrations.
 */
function runBaseline(req) {
    if (req.version !== undefined && !/^\d+(?:[._]\d+)*$/.test(req.version)) {
        throw new errors/* UsageError */.eb(`--baseline-version must be a version such as 1 or 2.1 (got "${req.version}")`);
    }
    return withRunner(req, noCheck, (r) => r.baseline(req.version));
}
const runRepair = (req) => withRunner(req, noCheck, (r) => r.repair());
const runReset = (req) => withRunner(req, (c) => assertCleanAllowed(c), (r) => r.reset());
/**
 * Rollback files named as Flyway names undo migrations (`U{version}__{description}.sql`, any
 * directory): then Flyway's `undo` means our `rollback`.
 */
function isFlywayUndoPattern(pattern) {
    return /(^|\/)U\{version\}__/.test(pattern);
}
/**
 * `rollback`; `undo` (req.undo: Flyway's name) only when the rollback files follow Flyway's undo
 * naming, else a usage error pointing at `rollback`. With the run's metrics, as migrate.
 */
function runRollback(req) {
    return withRunner(req, (c) => {
        if (req.undo && !isFlywayUndoPattern(c.rollbackPattern)) {
            throw new errors/* UsageError */.eb(`undo runs Flyway's undo migrations (U{version}__{description}.sql), but this project's rollback files are named "${c.rollbackPattern}" (rollbackPattern): run \`migration-guard rollback\`, or set rollbackPattern: U{version}__{description}.sql`);
        }
        if (c.production && !req.forceProduction) {
            throw new errors/* UsageError */.eb(`refusing to roll back: environment "${c.environment}" is production (pass --force-production if you really mean to)`);
        }
    }, async (r, { config, url }) => {
        // On production (with forceProduction), the backup first; then the rollback, measured.
        const checks = await beforeRollback(req, config, url, r, req.to);
        const measured = await (0,metrics/* measureRun */.uw)(r.db, metricsOf(r, 'rollback', url), () => r.rollback({ to: req.to, forceProduction: req.forceProduction }), (b) => b.rolledBack.map((x) => ({ file: x.path, version: x.version, durationMs: x.executionTime })));
        return { ...measured, ...checks };
    });
}
const NAME_RE = /^[a-z0-9_]+$/;
/**
 * `create --name add_user_preferences`: the next version (keeping the zero-padding of the
 * highest existing one: V009 → V010) and its rollback file, from our templates.
 */
async function runCreate(req) {
    const name = req.name;
    if (!name)
        throw new errors/* UsageError */.eb('create needs --name, e.g. --name add_user_preferences');
    if (!NAME_RE.test(name) || /^_|_$|__/.test(name)) {
        throw new errors/* UsageError */.eb(`--name must be lower-case letters, digits and single underscores, e.g. add_user_preferences (got "${name}")`);
    }
    const { config, project } = await loadSingleProject(req);
    const versions = project.files.filter((f) => f.kind === 'versioned' && f.version).map((f) => f.version);
    versions.sort(load_version/* compareVersions */.Zy);
    const highest = versions[versions.length - 1];
    const version = nextVersion(highest?.raw);
    const rootAbs = (0,external_node_path_.resolve)(req.cwd, project.root);
    // Flyway's naming settings: V001__name.sql by default, M001-name.pgsql with M, - and .pgsql.
    const migrationRel = `${config.sqlMigrationPrefix}${version}${config.sqlMigrationSeparator}${name}${config.sqlMigrationSuffixes[0] ?? '.sql'}`;
    const rollbackRel = project.rollbackPattern.pathFor(version, name);
    const shown = (rel) => (0,external_node_path_.relative)(req.cwd, (0,external_node_path_.join)(rootAbs, rel)).split(external_node_path_.sep).join('/');
    for (const rel of [migrationRel, rollbackRel]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(rootAbs, rel)))
            throw new errors/* UsageError */.eb(`${shown(rel)} already exists`);
    }
    const date = (req.now ?? new Date()).toISOString().slice(0, 10);
    // The header of the guide's templates (§3.2, §7.1), as migration-documented checks it.
    const author = (0,git/* authorName */.f)(config.baseDir, req.env ? { ...process.env, ...req.env } : process.env);
    const ctx = {
        version,
        name,
        date,
        author,
        migration: shown(migrationRel),
        rollback: shown(rollbackRel),
        // As the guide writes it (migrations/rollback/V002__rollback.sql): from the repository, not the working directory.
        rollbackFromRepo: (0,external_node_path_.relative)(config.baseDir, (0,external_node_path_.join)(rootAbs, rollbackRel)).split(external_node_path_.sep).join('/'),
        rollbackRel,
        runnerWraps: config.transactions === 'runner',
    };
    for (const [rel, text] of [
        [migrationRel, migrationTemplate(ctx)],
        [rollbackRel, rollbackTemplate(ctx)],
    ]) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(rootAbs, rel)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(rootAbs, rel), text, { flag: 'wx' });
    }
    return { version, migration: ctx.migration, rollback: ctx.rollback };
}
/** "009" → "010", "1_2" → "1_3", "9" → "10", none → "001". */
function nextVersion(raw) {
    if (!raw)
        return '001';
    const m = /^(.*?)(\d+)$/.exec(raw);
    const last = m[2];
    const next = (BigInt(last) + 1n).toString().padStart(last.length, '0');
    return `${m[1]}${next}`;
}
/** "add_user_preferences" → "Add user preferences." (a start: the author says why). */
function describe(name) {
    const words = name.replace(/_/g, ' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}
function migrationTemplate(c) {
    const begin = c.runnerWraps ? '' : 'BEGIN;\n\n';
    const commit = c.runnerWraps ? '' : '\nCOMMIT;\n';
    return `-- ${c.migration.split('/').pop()}
-- Author: ${c.author}
-- Date: ${c.date}
-- Description: ${describe(c.name)}
-- Rollback: ${c.rollbackFromRepo}
--
-- One atomic change${c.runnerWraps ? ' (the runner wraps this file in a transaction)' : ' in one transaction'}. Keep out of it:
-- - CREATE INDEX / DROP INDEX on existing tables: use CREATE INDEX CONCURRENTLY in a migration of its own,
--   with no BEGIN/COMMIT (CONCURRENTLY cannot run inside a transaction block);
-- - large UPDATE/DELETE: batch them (a DO block that COMMITs per batch, in a migration of its own);
-- - new constraints on big tables: ADD CONSTRAINT … NOT VALID here, VALIDATE CONSTRAINT in a later migration.

${begin}-- Fail fast instead of queueing behind long transactions (and blocking everyone queued behind us).
SET LOCAL lock_timeout = '5s';

-- CREATE TABLE example (
--     id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
--     created_at  timestamptz NOT NULL DEFAULT now(),
--     updated_at  timestamptz NOT NULL DEFAULT now()
-- );

-- ALTER TABLE example ADD COLUMN note text;
${commit}`;
}
function rollbackTemplate(c) {
    const begin = c.runnerWraps ? '' : 'BEGIN;\n\n';
    const commit = c.runnerWraps ? '' : '\nCOMMIT;\n';
    return `-- ${c.rollbackRel}
-- Rollback for: ${c.migration.split('/').pop()}
-- Author: ${c.author}
-- Date: ${c.date}
--
-- Undo every change of the migration, in reverse order, so the schema is exactly as before it
-- (\`migration-guard check\` verifies this: up, down, up). A rollback that drops an index of an
-- existing table uses DROP INDEX CONCURRENTLY in a file with no BEGIN/COMMIT.

${begin}SET LOCAL lock_timeout = '5s';

-- ALTER TABLE example DROP COLUMN IF EXISTS note;
-- DROP TABLE IF EXISTS example;
${commit}`;
}

// EXTERNAL MODULE: ./src/cli/lint-commands.ts + 5 modules
var lint_commands = __webpack_require__(535);
// EXTERNAL MODULE: ./src/report/db.ts
var db = __webpack_require__(9738);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/deploy.ts
/**
 * Text for the deploy guards (src/commands/deploy.ts): the staging check and the backup, printed
 * before migrate's, migrate --dry-run's and rollback's own report. Paths relative to `cwd`.
 */


const size = (bytes) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);
/** A path as the user gave its parts: relative to `cwd` when inside it. */
const shownPath = (file, cwd) => {
    const rel = (0,external_node_path_.relative)(cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
};
/** The lines for `checks` (none when neither guard applies), each ending with a newline. */
function formatDeployChecks(checks, cwd) {
    const lines = [];
    const a = checks.appliedOn;
    if (a) {
        lines.push(a.issues.length === 0
            ? `Applied on ${a.environment} first: ✔ ${a.checked === 1 ? 'the pending migration is' : `all ${a.checked} pending migrations are`} recorded as successful in ${a.environment}'s ${a.history} (${a.database}, at version ${a.currentVersion ?? '(none)'})`
            : `Applied on ${a.environment} first: ✖ ${a.issues.length} of ${a.checked} pending migrations not applied successfully on ${a.environment} (${a.database}, ${a.history}, at version ${a.currentVersion ?? '(none)'}); nothing was applied here`);
    }
    const b = checks.backup;
    if (b?.status === 'taken')
        lines.push(`Backup: ${shownPath(b.file, cwd)} (${size(b.bytes)}, ${b.tool}, ${(0,format/* secs */.zG)(b.ms)})`);
    else if (b?.status === 'planned')
        lines.push(`Backup: would run ${b.tool} of database "${b.database}" to ${shownPath(b.file, cwd)} (timestamped when it runs) before applying`);
    else if (b?.status === 'disabled')
        lines.push(`Backup: none (backup.none: ${b.reason})`);
    else if (b?.status === 'skipped')
        lines.push(`Backup: not taken: ${b.reason}`);
    return lines.length ? lines.join('\n') + '\n' : '';
}

;// CONCATENATED MODULE: ./src/report/dry-run.ts


/** How the runner runs a file (plan.ts's modes), in words. */
const MODE_TEXT = {
    transaction: 'in one transaction with its history row',
    'as-written': 'as written (its own BEGIN/COMMIT)',
    'no-transaction': 'statement by statement, outside a transaction',
    'one-query': "as one query, as the project's runner sends it",
};
/**
 * "Would apply, in order:" then one line per migration — version (R for a repeatable),
 * description, statement count, transaction mode, file — and what would stop migrate.
 */
function formatDryRun(r) {
    const lines = [`Database: ${r.database}\nSchema history: ${r.history}`, `Dry run: nothing was applied. Schema at version ${r.currentVersion ?? '(none)'}.`];
    if (r.createsHistory)
        lines.push(`migrate would create ${r.history}${r.baselined ? ` with a baseline row at version ${r.baselined} (baselineOnMigrate)` : ''}.`);
    for (const w of r.warnings)
        lines.push(`warning: ${w}`);
    if (r.issues.length) {
        lines.push(...(0,db.issueLines)(r.issues));
        lines.push(`✖ migrate would stop before applying anything (${(0,format/* plural */.LS)(r.issues.length, 'issue')})`);
        return lines.join('\n') + '\n';
    }
    if (r.migrations.length === 0) {
        lines.push('✔ nothing to apply: the schema is up to date');
        return lines.join('\n') + '\n';
    }
    lines.push('Would apply, in order:');
    const vw = Math.max(...r.migrations.map((m) => (m.version ?? 'R').length));
    const dw = Math.max(...r.migrations.map((m) => m.description.length));
    const sw = Math.max(...r.migrations.map((m) => (0,format/* plural */.LS)(m.statements, 'statement').length));
    for (const m of r.migrations) {
        lines.push(`  ${(m.version ?? 'R').padEnd(vw)}  ${m.description.padEnd(dw)}  ${(0,format/* plural */.LS)(m.statements, 'statement').padEnd(sw)}  ${MODE_TEXT[m.mode]}  ${m.path}`);
    }
    lines.push(`${(0,format/* plural */.LS)(r.migrations.length, 'migration')} would be applied${r.group ? ', all in one transaction (group)' : ''}`);
    return lines.join('\n') + '\n';
}
function formatBaseline(r) {
    return `Database: ${r.database}\nSchema history: ${r.history}\n${r.skipped ? `✔ already baselined at version ${r.version}: nothing to do` : `✔ baselined at version ${r.version}: migrate applies only the versions above it`}\n`;
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/db-commands.ts
/**
 * The database commands — status (Flyway: info), migrate, validate, baseline, rollback (Flyway:
 * undo, for U{version}__ rollback files), repair, reset — and create.
 */








const DB_OPTIONS = {
    'database-url': { type: 'string' },
    format: { type: 'string' },
    config: { type: 'string' },
    environment: { type: 'string' },
    placeholder: { type: 'string', multiple: true },
    // Accepted as lint and check accept them; the database commands print no colour either way.
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
};
const EXTRA = {
    rollback: { to: { type: 'string' }, 'force-production': { type: 'boolean' } },
    create: { name: { type: 'string' } },
    migrate: { 'trace-locks': { type: 'boolean' }, target: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'applied-on-database-url': { type: 'string' } },
    baseline: { 'baseline-version': { type: 'string' } },
};
/** `typed` is the name the user typed (an alias such as info or undo), for help and messages. */
async function dbCommand(command, argv, io, typed = command) {
    const { values, positionals } = (0,options/* parse */.qg)(argv, { ...DB_OPTIONS, ...EXTRA[command] });
    if (values['help']) {
        io.stdout((0,usage/* usageOf */.Fs)(typed));
        return 0;
    }
    if (positionals.length > 1)
        throw new errors/* UsageError */.eb(`${typed} takes at most one migrations directory`);
    const format = (0,options/* choice */.Yq)(values['format'], 'format', ['text', 'json'], 'text');
    const print = (result, text) => io.stdout(format === 'json' ? (0,db.formatDbJson)(result) : text);
    const base = {
        cwd: io.cwd,
        paths: positionals,
        configPath: values['config'],
        environment: values['environment'],
        placeholders: (0,options/* placeholderValues */.m_)(values),
        env: io.env,
        flywayArgs: (0,options/* flywayArgsOf */.hU)(values),
        onConfig: (config) => (0,lint_commands.printConfigNotes)(config, io),
    };
    if (command === 'create') {
        if (values['database-url'] !== undefined)
            throw new errors/* UsageError */.eb('create does not use a database');
        const r = await runCreate({ ...base, name: values['name'] });
        print(r, (0,db.formatCreate)(r));
        return 0;
    }
    const progress = (0,db.progressPrinter)(io.stderr, io.isTTY);
    const req = {
        ...base,
        // -url=… (Flyway's, on the command line) wins over DATABASE_URL: loadConfig reads it.
        databaseUrl: (0,lint_commands.jdbcAware)(values['database-url'] ?? (base.flywayArgs['url'] ? undefined : io.env['DATABASE_URL']), io),
        env: io.env,
        onProgress: progress.onProgress,
        // As Flyway does: one line per wait while connectRetries lasts.
        onConnectRetry: (...retry) => io.stderr((0,db.formatConnectRetry)(...retry)),
        target: values['target'],
        dryRun: values['dry-run'] === true,
        appliedOnDatabaseUrl: (0,lint_commands.jdbcAware)(values['applied-on-database-url'], io),
        onBackupStart: (tool, file) => io.stderr(`backing up with ${tool} to ${shownPath(file, io.cwd)}\n`),
    };
    try {
        switch (command) {
            case 'status': {
                const r = await runStatus(req);
                print(r, (0,db.formatStatus)(r));
                return 0;
            }
            case 'validate': {
                const r = await runValidate(req);
                print(r, (0,db.formatValidate)(r));
                return r.ok ? 0 : 1;
            }
            case 'migrate': {
                if (req.dryRun) {
                    if (values['trace-locks'])
                        throw new errors/* UsageError */.eb('--dry-run applies nothing, so there are no locks to trace: drop --trace-locks');
                    const r = await runDryRun(req);
                    print(r, formatDeployChecks(r, io.cwd) + formatDryRun(r));
                    return r.ok ? 0 : 1;
                }
                const r = await runMigrate({ ...req, runner: { traceLocks: values['trace-locks'] === true } });
                print(r, formatDeployChecks(r, io.cwd) + (0,db.formatMigrate)(r));
                if (r.metrics?.warning)
                    io.stderr(`migration-guard: warning: ${r.metrics?.warning}\n`);
                return r.ok ? 0 : 1;
            }
            case 'baseline': {
                const r = await runBaseline({ ...req, version: values['baseline-version'] });
                print(r, formatBaseline(r));
                return 0;
            }
            case 'rollback': {
                const r = await runRollback({ ...req, to: values['to'], forceProduction: values['force-production'] === true, undo: typed === 'undo' });
                print(r, formatDeployChecks(r, io.cwd) + (0,db.formatRollback)(r));
                if (r.metrics?.warning)
                    io.stderr(`migration-guard: warning: ${r.metrics?.warning}\n`);
                return r.ok ? 0 : 1;
            }
            case 'repair': {
                const r = await runRepair(req);
                print(r, (0,db.formatRepair)(r));
                return 0;
            }
            case 'reset': {
                const r = await runReset(req);
                print(r, (0,db.formatReset)(r));
                return r.ok ? 0 : 1;
            }
        }
    }
    finally {
        progress.stop();
    }
}


/***/ }),

/***/ 9738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureLines: () => (/* binding */ failureLines),
/* harmony export */   formatConnectRetry: () => (/* binding */ formatConnectRetry),
/* harmony export */   formatCreate: () => (/* binding */ formatCreate),
/* harmony export */   formatDbJson: () => (/* binding */ formatDbJson),
/* harmony export */   formatMigrate: () => (/* binding */ formatMigrate),
/* harmony export */   formatRepair: () => (/* binding */ formatRepair),
/* harmony export */   formatReset: () => (/* binding */ formatReset),
/* harmony export */   formatRollback: () => (/* binding */ formatRollback),
/* harmony export */   formatStatus: () => (/* binding */ formatStatus),
/* harmony export */   formatValidate: () => (/* binding */ formatValidate),
/* harmony export */   issueLines: () => (/* binding */ issueLines),
/* harmony export */   progressPrinter: () => (/* binding */ progressPrinter)
/* harmony export */ });
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6479);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8991);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);



const formatDbJson = (result) => JSON.stringify(result, null, 2) + '\n';
/** One line per issue: `file:line:col: error CODE: message`. */
function issueLines(issues) {
    return issues.map((i) => `${i.location ? `${i.location}: ` : ''}error ${i.code}: ${i.message}`);
}
function invalidIndexLines(list) {
    return list.map((i) => `warning: index ${i.schema}.${i.name} on ${i.table} is INVALID (left by a failed or running CONCURRENTLY build${i.createdBy ? ` of ${i.createdBy}` : ''}); remove it with: ${i.fix}`);
}
function failureLines(f, action) {
    const lines = [`${f.location}: ${f.sqlstate ? `${f.sqlstate} ` : ''}${f.message}`];
    if (f.detail)
        lines.push(`  detail: ${f.detail}`);
    if (f.hint)
        lines.push(`  hint: ${f.hint}`);
    for (const i of f.invalidIndexes ?? []) {
        lines.push(`  PostgreSQL left the index ${i.schema}.${i.name} on ${i.table} INVALID (never used, still updated); remove it with: ${i.fix}`);
    }
    const undo = `  Its version ${f.version ?? ''} is now recorded as failed: finish or undo the half-done rollback by hand, run \`migration-guard repair\` (the version is then pending), and migrate again.`;
    if (f.mode === 'no-transaction') {
        lines.push(`✖ ${action} ${f.script} failed outside a transaction after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(f.committedStatements, 'statement')} had completed` +
            (f.recordedAsFailed ? '; it is recorded as failed (success = false) in the schema history.' : '.'));
        if (action === 'rollback' && f.recordedAsFailed)
            lines.push(undo);
        if (action === 'migration') {
            lines.push((f.invalidIndexes ?? []).length > 0 && f.committedStatements === 0
                ? '  The next migrate drops an invalid index of the same name before building it again; run `migration-guard repair`, then migrate again.'
                : '  Remove its half-applied changes, then run `migration-guard repair` and migrate again.');
        }
    }
    else if (f.recordedAsFailed) {
        lines.push(`✖ ${action} ${f.script} failed after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(f.committedStatements, 'statement')} had committed; it is recorded as failed in the schema history.`);
        lines.push(action === 'rollback' ? undo : '  Remove its half-applied changes, then run `migration-guard repair` and migrate again.');
    }
    else {
        lines.push(`✖ ${action} ${f.script} failed; its transaction was rolled back and nothing of it was recorded.`);
    }
    return lines;
}
function header(database, history) {
    return `Database: ${database}\nSchema history: ${history}`;
}
function formatStatus(r) {
    const lines = [header(r.database, r.history) + (r.historyExists ? '' : ' (not created yet)')];
    lines.push(`Current version: ${r.currentVersion ?? '(empty)'}`, '');
    const rows = r.migrations.map((m) => [
        m.version ?? (m.kind === 'repeatable' ? 'R' : ''),
        m.description,
        m.state,
        m.checksum.state === 'n/a' ? '' : m.checksum.state,
        m.installedOn ? m.installedOn.replace('T', ' ').slice(0, 19) : '',
        m.executionTime !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(m.executionTime) : '',
    ]);
    const head = ['Version', 'Description', 'State', 'Checksum', 'Installed on', 'Time'];
    const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const fmt = (row) => row.map((c, i) => c.padEnd(width[i])).join('  ').trimEnd();
    lines.push(fmt(head), fmt(width.map((w) => '-'.repeat(w))), ...rows.map(fmt));
    if (rows.length === 0)
        lines.push('(no migrations)');
    const counts = Object.entries(r.summary)
        .filter(([, n]) => n > 0)
        .map(([state, n]) => `${n} ${state}`);
    lines.push('', counts.length ? counts.join(', ') : 'nothing to report');
    if (r.issues.length)
        lines.push('', ...issueLines(r.issues));
    if (r.invalidIndexes.length)
        lines.push('', ...invalidIndexLines(r.invalidIndexes));
    if (r.runningPid !== undefined) {
        lines.push('', `note: a migration run holds the migration lock now (backend pid ${r.runningPid}): a failed row or an invalid index may belong to a migration still running`);
    }
    return lines.join('\n') + '\n';
}
function formatValidate(r) {
    const lines = [header(r.database, r.history)];
    lines.push(...issueLines(r.issues));
    lines.push(...invalidIndexLines(r.invalidIndexes.filter((i) => !i.createdBy)));
    if (r.pending.length)
        lines.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.pending.length, 'migration')} pending: ${r.pending.join(', ')}`);
    lines.push(r.ok ? '✔ the applied migrations match the files' : `✖ validation failed: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.issues.length, 'problem')}`);
    return lines.join('\n') + '\n';
}
function formatMigrate(r) {
    const lines = [header(r.database, r.history) + (r.createdHistory ? ' (created)' : '')];
    if (r.baselined)
        lines.push(`Baselined the existing schema at version ${r.baselined}`);
    for (const a of r.applied) {
        lines.push(`  applied ${a.script} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(a.executionTime)}${a.mode === 'transaction' ? '' : `, ${a.mode}`}${a.retries ? `, after ${a.retries} ${a.retries === 1 ? 'retry' : 'retries'} on lock timeout` : ''})`);
        for (const l of a.dangerousLocks ?? []) {
            lines.push(`    ⚠ ${l.mode} on ${l.relation} (blocks ${l.blocks}) from line ${l.statement.line}, held ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(l.heldMs)} while ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(l.heldWhile.length, 'more statement')} ran`);
        }
    }
    for (const w of r.warnings)
        lines.push(`warning: ${w}`);
    for (const a of r.applied)
        for (const n of a.notes ?? [])
            lines.push(`note: ${a.script}: ${n}`);
    if (r.issues.length) {
        lines.push(...issueLines(r.issues), `✖ nothing applied: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.issues.length, 'problem')} to fix first`);
    }
    else if (r.failure) {
        lines.push(...failureLines(r.failure, 'migration'));
        lines.push(`Schema is at version ${r.currentVersion ?? '(none)'}; ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.applied.length, 'migration')} applied before the failure.`);
    }
    else if (r.applied.length === 0) {
        lines.push(`✔ schema is up to date at version ${r.currentVersion ?? '(none)'}`);
    }
    else {
        const total = r.applied.reduce((n, a) => n + a.executionTime, 0);
        lines.push(`✔ applied ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.applied.length, 'migration')} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(total)}; schema now at version ${r.currentVersion ?? '(none)'}`);
    }
    if (r.metrics)
        lines.push((0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricsLine */ .nF)(r.metrics));
    return lines.join('\n') + '\n';
}
function formatRollback(r) {
    const lines = [header(r.database, r.history)];
    for (const b of r.rolledBack) {
        lines.push(`  rolled back ${b.version} ${b.description} with ${b.rollbackScript} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(b.executionTime)})`);
        // The runner removes the rows of repeatables applied after the version (they may depend on it).
        if (b.repeatablesToRerun?.length)
            lines.push(`    removed the history rows of ${b.repeatablesToRerun.join(', ')}, applied after it: the next migrate runs ${b.repeatablesToRerun.length === 1 ? 'it' : 'them'} again`);
    }
    if (r.issues.length)
        lines.push(...issueLines(r.issues), '✖ nothing rolled back');
    else if (r.failure)
        lines.push(...failureLines(r.failure, 'rollback'));
    else if (r.rolledBack.length === 0)
        lines.push(`✔ nothing to roll back${r.target ? ` above version ${r.target}` : ''}`);
    else
        lines.push(`✔ rolled back ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.rolledBack.length, 'version')}; schema now at version ${r.currentVersion ?? '(none)'}`);
    if (r.metrics)
        lines.push((0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricsLine */ .nF)(r.metrics));
    return lines.join('\n') + '\n';
}
function formatRepair(r) {
    const lines = [header(r.database, r.history)];
    for (const x of r.removed)
        lines.push(`  removed failed row ${x.version ?? 'R'} ${x.description} (${x.script})`);
    lines.push(r.removed.length ? `✔ removed ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(r.removed.length, 'failed row')}` : '✔ no failed migrations to repair');
    return lines.join('\n') + '\n';
}
function formatReset(r) {
    return `Dropped everything in schema "${r.schema}".\n${formatMigrate(r.migrate)}`;
}
function formatCreate(r) {
    return `created ${r.migration}\ncreated ${r.rollback}\n`;
}
/** Progress on stderr: a live line with elapsed time on a terminal, plain lines otherwise. */
/** One wait between connection attempts (connectRetries), e.g. "connecting to … failed (ECONNREFUSED); retry 2 of 3 in 2.0 s". */
function formatConnectRetry(attempt, of, delayMs, message) {
    return `${message}; retry ${attempt} of ${of} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(delayMs)}\n`;
}
function progressPrinter(write, tty) {
    const live = new _progress_js__WEBPACK_IMPORTED_MODULE_2__/* .LiveLine */ .D(write, tty);
    const verb = (a) => (a === 'migrate' ? 'applying' : 'rolling back');
    const onProgress = (e) => {
        switch (e.type) {
            case 'lock-wait':
                write(`waiting for another migration run to finish${e.holderPid ? ` (backend pid ${e.holderPid} holds the lock)` : ''}…\n`);
                return;
            case 'concurrent': {
                if (tty)
                    write('\n');
                const what = e.blockers.length
                    ? `waiting for backend${e.blockers.length > 1 ? 's' : ''} ${e.blockers.join(', ')}${e.phase ? ` (${e.phase})` : ''}`
                    : (e.phase ?? e.waitEvent ?? 'running');
                const blocks = e.blocksTotal ? `, ${Math.round(((e.blocksDone ?? 0) / e.blocksTotal) * 100)} % of blocks` : '';
                write(`${e.path}:${e.line}: CONCURRENTLY statement ${what}${blocks}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(e.elapsedMs)} so far (no lock_timeout: it does not block reads or writes)\n`);
                return;
            }
            case 'invalid-index-dropped':
                if (tty)
                    write('\n');
                write(`${e.script}: dropped the invalid index ${e.index} left by an earlier failed build; building it again\n`);
                return;
            case 'retry':
                if (tty)
                    write('\n');
                write(`${e.script}: ${e.message}; retry ${e.attempt} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(e.delayMs)}\n`);
                return;
            case 'start':
                if (!tty)
                    write(`${verb(e.action)} ${e.path}\n`);
                else
                    live.start((ms) => `… ${verb(e.action)} ${e.path} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(ms)}`);
                return;
            case 'done':
            case 'failed': {
                const mark = e.type === 'done' ? '✔' : '✖';
                const slow = e.type === 'done' && e.slow ? ' (slow)' : '';
                live.finish(`${mark} ${e.path} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .secs */ .zG)(e.ms)}${slow}`);
                return;
            }
        }
    };
    return { onProgress, stop: () => live.stop() };
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ migrationName),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   nX: () => (/* binding */ notCheckedLine),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   zG: () => (/* binding */ secs)
/* harmony export */ });
/** "1 migration", "3 migrations". */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A runner's execution time in ms, as the deploy reports print it: "340 ms", "1.5 s", "61.0 s". */
const secs = (ms) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
/** A duration for people: "340 ms", "1.5 s", "12 s" (empty when unknown). */
function duration(ms) {
    if (ms === undefined)
        return '';
    if (ms >= 10_000)
        return `${(ms / 1000).toFixed(0)} s`;
    if (ms >= 1000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.max(0, Math.round(ms))} ms`;
}
/**
 * Which migrations a check did not apply and why, e.g. "not checked: V6__a.sql – V9__d.sql (4
 * migrations), because V5__x.sql failed to apply"; undefined when every one ran. Only a forward
 * failure stops check's chain, so the first failed migration is the reason.
 */
/**
 * A migration's name in tables and lines: its file name, or folder/file where the file name is
 * the same in every migration (diesel's up.sql, Prisma's migration.sql).
 */
function migrationName(file) {
    const parts = file.split('/');
    const base = parts[parts.length - 1];
    return /^(up|down|migration)\.sql$/i.test(base) && parts.length > 1 ? parts.slice(-2).join('/') : base;
}
function notCheckedLine(migrations) {
    const base = migrationName;
    const skipped = migrations.filter((m) => m.kind !== 'seed' && m.applied === 'skipped');
    if (skipped.length === 0)
        return undefined;
    const failed = migrations.find((m) => m.applied === 'failed');
    const range = skipped.length === 1 ? base(skipped[0].file) : `${base(skipped[0].file)} – ${base(skipped[skipped.length - 1].file)} (${skipped.length} migrations)`;
    return `not checked: ${range}${failed ? `, because ${base(failed.file)} failed to apply` : ''}`;
}


/***/ }),

/***/ 6479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nF: () => (/* binding */ formatMetricsLine)
/* harmony export */ });
/* unused harmony exports formatBytes, formatMetricsMarkdown, formatMetricsJson */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);


/**
 * Bytes as pg_size_pretty writes them (units of 1024: bytes, kB, MB, GB, TB), one decimal from
 * kB up: "8192 bytes", "7.6 MB".
 */
function formatBytes(bytes) {
    const units = ['kB', 'MB', 'GB', 'TB', 'PB'];
    const abs = Math.abs(bytes);
    if (abs < 1024)
        return `${bytes} bytes`;
    let v = abs;
    let i = -1;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${bytes < 0 ? '-' : ''}${v.toFixed(1)} ${units[i]}`;
}
const signed = (n, text = String(n)) => (n > 0 ? `+${text}` : n < 0 ? `−${text.replace(/^-/, '')}` : '±0');
function change(before, after, show = String) {
    return {
        before: before === undefined ? 'unavailable' : show(before),
        after: after === undefined ? 'unavailable' : show(after),
        diff: before === undefined || after === undefined ? '–' : signed(after - before, show(after - before)),
    };
}
function rows(m) {
    const b = m.before ?? {};
    const a = m.after ?? {};
    return [
        { label: 'tables', ...change(b.tables, a.tables) },
        { label: 'indexes', ...change(b.indexes, a.indexes) },
        { label: 'size', ...change(b.sizeBytes, a.sizeBytes, formatBytes) },
    ];
}
const what = (m) => (m.command === 'rollback' ? 'rollback file' : 'migration');
/**
 * One line, e.g. "Metrics (schemas public): tables 3 → 5 (+2), indexes 4 → 5 (+1), size 7.5 MB →
 * 7.6 MB (+48.0 kB); 2 migrations, 1.2 s in total". With a reading unavailable, says why.
 */
function formatMetricsLine(m) {
    const where = m.database === 'scratch' ? 'of the scratch database, ' : '';
    const head = `Metrics (${where}schema${m.schemas.length === 1 ? '' : 's'} ${m.schemas.join(', ')})`;
    const n = m.migrations.length;
    const run = `${n} ${what(m)}${n === 1 ? '' : 's'}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(m.durationMs)} in total${m.slow ? ` (over slowMigrationSeconds = ${m.slowMigrationSeconds})` : ''}`;
    if (!m.before && !m.after)
        return `${head}: unavailable (${m.unavailable ?? 'not read'}); ${run}`;
    const parts = rows(m).map((r) => `${r.label} ${r.before} → ${r.after}${r.diff === '–' ? '' : ` (${r.diff})`}`);
    return `${head}: ${parts.join(', ')}; ${run}${m.unavailable ? `; ${m.unavailable}` : ''}`;
}
/** The job summary's section: a heading, a small GFM table (before, after, change), the duration. */
function formatMetricsMarkdown(m) {
    const where = m.database === 'scratch' ? 'the scratch database `check` applied the migrations to' : 'the database';
    const schemas = m.schemas.map((s) => escapeMarkdown(s)).join(', ');
    const lines = [
        '',
        '### Metrics',
        '',
        `Of ${where}; schema${m.schemas.length === 1 ? '' : 's'} ${schemas} (the schema history table not counted).`,
        '',
        '| | Before | After | Change |',
        '|---|---:|---:|---:|',
        ...rows(m).map((r) => `| ${r.label[0].toUpperCase()}${r.label.slice(1)} | ${r.before} | ${r.after} | ${r.diff} |`),
        '',
    ];
    const n = m.migrations.length;
    lines.push(`${n} ${what(m)}${n === 1 ? '' : 's'} in ${duration(m.durationMs)}${m.slow ? ` — ⚠️ more than slowMigrationSeconds (${m.slowMigrationSeconds} s)` : ''}.`, '');
    if (m.unavailable)
        lines.push(`_Unavailable: ${escapeMarkdown(m.unavailable)}._`, '');
    return lines.join('\n');
}
/** The Action output `metrics-json`: the RunMetrics as compact JSON (shape in the README). */
function formatMetricsJson(m) {
    return JSON.stringify(m);
}


/***/ }),

/***/ 8991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ LiveLine)
/* harmony export */ });
/**
 * A live status line for progress on a terminal: redrawn with its elapsed time until a final
 * line replaces it. Off a terminal nothing is redrawn and final lines are plain.
 */
class LiveLine {
    write;
    tty;
    timer;
    constructor(write, tty) {
        this.write = write;
        this.tty = tty;
    }
    /** Redraws `label(elapsedMs)` every 200 ms (terminal only). */
    start(label) {
        if (!this.tty)
            return;
        this.stop();
        const started = Date.now();
        const draw = (elapsed = Date.now() - started) => this.write(`\r\x1b[2K${label(elapsed)}`);
        // The first line is drawn at the start itself: 0 ms, even when the clock ticks meanwhile.
        draw(0);
        this.timer = setInterval(() => draw(), 200);
        this.timer.unref();
    }
    /** Replaces the live line with a permanent one. */
    finish(line) {
        this.stop();
        this.write(`${this.tty ? '\r\x1b[2K' : ''}${line}\n`);
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
}


/***/ })

};
