export const id = 738;
export const ids = [738];
export const modules = {

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
