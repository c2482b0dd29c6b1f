export const id = 166;
export const ids = [166];
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

/***/ 6166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkProgressPrinter: () => (/* binding */ checkProgressPrinter),
  formatCheckJson: () => (/* binding */ formatCheckJson),
  formatCheckText: () => (/* binding */ formatCheckText)
});

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/check/locks.ts
var check_locks = __webpack_require__(5824);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(8991);
// EXTERNAL MODULE: ./src/report/metrics.ts
var metrics = __webpack_require__(6479);
// EXTERNAL MODULE: ./src/check/plans.ts
var plans = __webpack_require__(9296);
;// CONCATENATED MODULE: ./src/report/plans.ts
/**
 * The critical queries' plans (query-plan-regression) as people read them, for the text report
 * and the Markdown one: per query, its plan before the change set and after it, each as its shape
 * and estimated cost on one line; where the planner's rows came from; the notes.
 */

/** "Index Scan using i on public.orders (cost 8.46)", "fails: column "x" does not exist", "not planned". */
function planAtLine(p) {
    if (!p)
        return 'not planned';
    if (p.plan)
        return `${p.plan.shape} (cost ${(0,plans/* fmtCost */.F0)(p.plan.cost)})`;
    return `fails: ${p.error?.message ?? 'no plan'}`;
}
/** ⚠ got worse, ✗ fails after, ✓ no worse; "–" when there was nothing to compare. */
function verdictOf(q) {
    if (q.changes.some((c) => c.kind === 'fails'))
        return 'fails';
    if (q.changes.length)
        return 'worse';
    return q.before?.plan && q.after?.plan ? 'ok' : 'none';
}
/** Where the before/after points are: "before V3__x.sql" / "after V1__y.sql". */
function pointName(p) {
    return p?.after ? `after ${p.after}` : 'before the change set';
}
/** "public.orders: 200,000 synthetic rows, production statistics" per table. */
function volumeLines(r) {
    return r.tables.map((t) => {
        const parts = [
            t.synthetic !== undefined ? `${t.synthetic.toLocaleString('en-US')} synthetic rows${t.fillMs !== undefined ? ` (${t.fillMs.toLocaleString('en-US')} ms)` : ''}` : '',
            t.statistics ? 'production statistics imported' : '',
            t.synthetic === undefined && !t.statistics && t.plannerRows !== undefined ? (t.plannerRows < 0 ? 'never analysed' : `${Math.round(t.plannerRows).toLocaleString('en-US')} rows from the migrations`) : '',
        ].filter(Boolean);
        return `${t.table}: ${parts.join(', ')}`;
    });
}

;// CONCATENATED MODULE: ./src/report/check.ts
/**
 * `check` reports. Text: the findings in the lint's compiler style, a table per migration
 * (applied ✓/✗ and time, rollback verified ✓/✗/–, dangerous locks), the change set's schema
 * diff, the PostgreSQL version and the scratch database's metrics. JSON: {findings, summary,
 * migrations, schemaDiff, postgres, disagreements, metrics}.
 */






const paint = (on) => (code, s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
/** The displayed width of a string without colour codes. */
const width = (s) => [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));
function fileName(m) {
    return m.kind === 'seed' ? m.file.split('/').slice(-2).join('/') : (0,format/* migrationName */.Aj)(m.file);
}
function formatCheckText(result, color) {
    const c = paint(color);
    const out = [];
    for (const f of result.findings) {
        const sev = f.severity === 'error' ? c('31', 'error') : c('33', 'warning');
        out.push(`${c('1', `${f.file}:${f.line}:${f.column}`)} ${sev} ${c('2', f.rule)} ${f.message}`);
        out.push(`    ${c('36', 'help:')} ${f.help}`);
    }
    if (result.findings.length)
        out.push('');
    // With a base, the table is about the change: the merged migrations before it are one line.
    const nothingNew = result.summary.migrations === 0 && result.migrations.some((m) => m.kind !== 'seed');
    const shown = nothingNew || result.migrations.some((m) => m.isNew) ? result.migrations.filter((m) => m.isNew || m.kind === 'seed') : result.migrations;
    const earlier = result.migrations.filter((m) => !shown.includes(m));
    if (shown.length) {
        const reported = new Set(result.findings.filter((f) => f.rule === 'dangerous-lock').map((f) => f.file));
        const rows = shown.map((m) => {
            const applied = m.applied === 'ok' ? `${c('32', '✓')} ${(0,format/* duration */.p0)(m.durationMs)}` : m.applied === 'failed' ? `${c('31', '✗')} failed` : c('2', '– skipped');
            const rollback = m.rollback === 'verified'
                ? c('32', '✓ verified')
                : m.rollback === 'incomplete'
                    ? c('31', '✗ incomplete')
                    : m.rollback === 'failed'
                        ? c('31', '✗ failed')
                        : m.rollback === 'missing'
                            ? c('33', '– missing')
                            : c('2', '–');
            const dangerous = (0,check_locks/* dangerousLocks */.Bk)(m);
            let locks = '';
            if (dangerous.length && reported.has(m.file)) {
                locks = c('33', `⚠ ${dangerous.map((l) => `${l.mode} on ${l.relation}`).join(', ')}`);
            }
            else if (dangerous.length) {
                locks = c('2', `${dangerous.map((l) => `${l.mode} on ${l.relation}`).join(', ')} (suppressed)`);
            }
            const rewritten = m.rewritten.length ? c('33', `rewrites ${m.rewritten.join(', ')}`) : '';
            return [fileName(m), applied, rollback, [locks, rewritten].filter(Boolean).join('; ')];
        });
        const header = ['Migration', 'Applied', 'Rollback', 'Locks'];
        const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
        const line = (cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i] + 2))).join('').trimEnd();
        out.push(c('1', line(header)));
        for (const r of rows)
            out.push(line(r));
        if (earlier.length)
            out.push(c('2', earlierLine(earlier)));
        out.push('');
    }
    else if (earlier.length)
        out.push(c('2', earlierLine(earlier)), '');
    out.push(...performanceLines(result, c));
    out.push(c('1', 'Schema changes') + c('2', ' (before the first new migration → after the last)'));
    if (result.schemaChanges.length === 0)
        out.push('  none');
    for (const l of result.schemaChanges)
        out.push(`  ${diffSign(l, c)} ${l.kind} ${l.name}${l.text ? c('2', `  ${l.text}`) : ''}`);
    if (!result.complete)
        out.push(c('33', `  (incomplete: ${(0,format/* notCheckedLine */.nX)(result.migrations) ?? 'a failure stopped the migrations before the end'})`));
    out.push('');
    const pg = result.postgres;
    out.push(`PostgreSQL ${pg.version}${pg.label ? ` (${pg.label})` : ''}`);
    if (result.metrics)
        out.push((0,metrics/* formatMetricsLine */.nF)(result.metrics));
    for (const u of result.cache ?? []) {
        out.push(u.status === 'restored'
            ? `restored the database after ${(0,format/* plural */.LS)(u.migrations, 'merged migration')} from the cache (key ${u.key}): only what follows them was applied`
            : `saved the database after ${(0,format/* plural */.LS)(u.migrations, 'merged migration')} to the cache (key ${u.key}) for the next check`);
    }
    const s = result.summary;
    const applied = s.applied === s.migrations
        ? `${(0,format/* plural */.LS)(s.migrations, 'migration')} applied`
        : `${s.applied} of ${(0,format/* plural */.LS)(s.migrations, 'migration')} applied (${[s.failed && `${s.failed} failed`, s.skipped && `${s.skipped} not run`].filter(Boolean).join(', ') || 'the rest not run'})`;
    const ran = nothingNew
        ? `no migration is new or changed since the base; its ${(0,format/* plural */.LS)(result.migrations.filter((m) => m.kind !== 'seed' && m.applied === 'ok').length, 'migration')} applied to a scratch database in ${(0,format/* duration */.p0)(s.durationMs)}`
        : `${applied} to a scratch database, ${s.rollbacksVerified} rollback${s.rollbacksVerified === 1 ? '' : 's'} verified${s.rollbacksBroken ? `, ${s.rollbacksBroken} broken` : ''}, in ${(0,format/* duration */.p0)(s.durationMs)}`;
    if (result.findings.length === 0 && !result.complete) {
        // Every failure was suppressed, yet migrations were not applied: never "no problems".
        out.push(c('33', `⚠ no findings, but not every migration was checked (${(0,format/* notCheckedLine */.nX)(result.migrations) ?? 'the chain stopped'}): ${ran}`));
    }
    else if (result.findings.length === 0)
        out.push(c('32', `✔ no problems: ${ran}`));
    else {
        const parts = [(0,format/* plural */.LS)(s.errors, 'error'), (0,format/* plural */.LS)(s.warnings, 'warning')];
        out.push(c(s.errors ? '31' : '33', `✖ ${(0,format/* plural */.LS)(result.findings.length, 'problem')} (${parts.join(', ')}): ${ran}`));
    }
    return out.join('\n') + '\n';
}
/** Per critical query: its plan before → after the change set on one line; the volume; the notes. */
function performanceLines(result, c) {
    const p = result.performance;
    if (!p)
        return [];
    const out = [c('1', 'Critical queries') + c('2', ` (EXPLAIN before the change set and after it; costFactor ${p.costFactor}; ${(0,format/* duration */.p0)(p.durationMs)})`)];
    // One line each for before and after: a plan's shape has arrows of its own (node → child).
    for (const q of p.queries) {
        const v = verdictOf(q);
        const mark = v === 'fails' ? c('31', '✗ fails after') : v === 'worse' ? c('33', '⚠ worse') : v === 'ok' ? c('32', '✓ no worse') : c('2', '– nothing to compare');
        out.push(`  ${q.name}  ${mark}`, c('2', `    before: ${planAtLine(q.before)}`), c('2', `    after:  ${planAtLine(q.after)}`));
    }
    if (p.queries.length === 0)
        out.push('  none (the folder holds no .sql file)');
    for (const l of volumeLines(p))
        out.push(c('2', `  rows: ${l}`));
    for (const n of p.notes)
        out.push(c('33', `  note: ${n}`));
    out.push('');
    return out;
}
/** "(263 earlier migrations applied first: ✓ all)", or how many of them failed or did not run. */
function earlierLine(earlier) {
    const ok = earlier.filter((m) => m.applied === 'ok').length;
    const failed = earlier.filter((m) => m.applied === 'failed').length;
    const rest = earlier.length - ok - failed;
    const how = ok === earlier.length ? '✓ all' : [`${ok} ✓`, failed && `${failed} ✗ failed`, rest && `${rest} not run`].filter(Boolean).join(', ');
    return `(${(0,format/* plural */.LS)(earlier.length, 'earlier migration')} applied first: ${how})`;
}
function diffSign(l, c) {
    return l.change === 'added' ? c('32', '+') : l.change === 'dropped' ? c('31', '-') : c('33', '~');
}
/** `{findings, summary, migrations, schemaDiff, postgres, disagreements, metrics}`: the machine-readable report. */
function formatCheckJson(result) {
    const { findings, summary, migrations, schemaDiff, schemaChanges, complete, postgres, disagreements, metrics, performance, cache } = result;
    const round = (n) => (n === undefined ? undefined : Math.round(n * 10) / 10);
    return (JSON.stringify({
        findings,
        summary: { ...summary, durationMs: round(summary.durationMs) },
        migrations: migrations.map((m) => ({
            ...m,
            durationMs: round(m.durationMs),
            rollbackDurationMs: round(m.rollbackDurationMs),
            locks: m.locks.map((l) => ({
                ...l,
                heldMs: round(l.heldMs),
                statement: { ...l.statement, durationMs: round(l.statement.durationMs) },
                heldWhile: l.heldWhile.map((h) => ({ ...h, durationMs: round(h.durationMs) })),
            })),
            slowest: m.slowest && { ...m.slowest, durationMs: round(m.slowest.durationMs) },
        })),
        schemaDiff: { ...schemaDiff, changes: schemaChanges, complete },
        postgres,
        disagreements,
        metrics,
        ...(performance ? { performance } : {}),
        ...(cache ? { cache } : {}),
    }, null, 2) + '\n');
}
/**
 * Progress of `check` on stderr: on a terminal one live line per step with its elapsed time,
 * otherwise a plain line per finished step.
 */
function checkProgressPrinter(write, tty) {
    const live = new progress/* LiveLine */.D(write, tty);
    const label = (p) => (p.phase === 'engine' ? `starting ${p.file}` : `[${p.index}/${p.total}] ${p.phase} ${p.file}`);
    const onProgress = (p) => {
        // Off a terminal the engine's start gets a line of its own: PGlite can take seconds to start.
        if (p.phase === 'engine' && p.status === 'start' && !tty)
            write(`… ${label(p)}\n`);
        if (p.status === 'start')
            live.start((ms) => `… ${label(p)} ${(ms / 1000).toFixed(1)}s`);
        else
            live.finish(`${p.status === 'ok' ? '✔' : '✖'} ${label(p)} ${(p.elapsedMs / 1000).toFixed(2)}s`);
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
