export const id = 535;
export const ids = [535];
export const modules = {

/***/ 3080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ rules)
});

// UNUSED EXPORTS: ruleById

// EXTERNAL MODULE: ./src/lint/types.ts
var types = __webpack_require__(4484);
// EXTERNAL MODULE: ./src/load/version.ts
var version = __webpack_require__(8472);
// EXTERNAL MODULE: ./src/model/project.ts + 3 modules
var model_project = __webpack_require__(8692);
;// CONCATENATED MODULE: ./rules/applied-migration-modified.ts



const HELP = 'Restore the file as it is on the base branch and make the change in a new migration (forward-only).';
/** First line (1-based) where two texts differ, ignoring line terminators as Flyway's checksum does. */
function firstDifferentLine(a, b) {
    const la = a.split(/\r\n|\r|\n/);
    const lb = b.split(/\r\n|\r|\n/);
    const n = Math.max(la.length, lb.length);
    for (let i = 0; i < n; i++)
        if (la[i] !== lb[i])
            return Math.min(i + 1, Math.max(1, lb.length));
    return 1;
}
/* harmony default export */ const applied_migration_modified = ((0,types/* defineRule */.K)({
    meta: {
        id: 'applied-migration-modified',
        description: 'With --base: a versioned migration (or its rollback) that exists at the base and was modified, deleted or renamed.',
        severity: 'error',
        help: HELP,
        appliesTo: ['versioned', 'rollback'],
        reads: 'project',
    },
    create(context) {
        const { project } = context;
        return {
            project() {
                if (!project.base)
                    return;
                // One entry per file: a goose/dbmate file's up section stands for it (the down is the same file).
                const head = new Map(project.files.filter((f) => f.section !== 'down').map((f) => [f.rel, f]));
                // New files already matched as the new name of a merged one.
                const claimed = new Set();
                const merged = [...project.base.values()]
                    .filter((b) => b.kind === 'versioned' || b.kind === 'rollback')
                    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
                const gone = [];
                for (const b of merged) {
                    const now = head.get(b.rel);
                    if (!now) {
                        gone.push(b);
                        continue;
                    }
                    if (now.checksum === b.checksum)
                        continue;
                    context.report({
                        file: now,
                        position: { line: firstDifferentLine(b.text, now.decoded.text), column: 1 },
                        message: b.kind === 'rollback'
                            ? `${describe(b)} changed after its migration was merged: the rollback reviewed with the migration is replaced by one never tested against the databases that applied it`
                            : project.layout
                                ? `${describe(b)} was already merged and was modified: databases that applied it keep the old version, and ${project.layout.modified}`
                                : `${describe(b)} was already merged and was modified: databases that applied it keep the old version, and Flyway's validate fails with a checksum mismatch (was ${b.checksum}, now ${now.checksum})`,
                    });
                }
                // Renames: first the same version under a new name, then the same content under a new name.
                const renames = new Map();
                const candidates = project.files.filter((f) => f.isNew);
                for (const b of gone) {
                    const f = candidates.find((c) => !claimed.has(c) && c.kind === b.kind && sameVersion(c, b));
                    if (f) {
                        renames.set(b, f);
                        claimed.add(f);
                    }
                }
                for (const b of gone) {
                    if (renames.has(b))
                        continue;
                    const f = candidates.find((c) => !claimed.has(c) && c.kind === b.kind && c.checksum === b.checksum);
                    if (f) {
                        renames.set(b, f);
                        claimed.add(f);
                    }
                }
                for (const b of gone) {
                    const renamed = renames.get(b);
                    if (renamed) {
                        context.report({
                            file: renamed,
                            message: b.kind === 'rollback'
                                ? `${describe(b)} was renamed from ${b.path}: it no longer pairs with the merged migration it undoes`
                                : `${describe(b)} was renamed from ${b.path}: Flyway sees the applied ${b.path} as missing and ${renamed.path} as a different migration (description or version mismatch)`,
                            help: 'Keep the merged file name; fix the name only in migrations that were never merged.',
                        });
                    }
                    else {
                        context.report({
                            file: (0,model_project/* ghostFile */.E2)(b.path, b.rel, b.kind),
                            message: b.kind === 'rollback'
                                ? `${describe(b)} was deleted after its migration was merged: databases that applied the migration no longer have a tested way back`
                                : `${describe(b)} was deleted after it was merged: databases that applied it still have its changes, and Flyway's validate reports it as missing`,
                            help: b.kind === 'rollback'
                                ? 'Restore the rollback script as it is on the base branch.'
                                : 'Restore the file; undo its effect with a new migration instead.',
                        });
                    }
                }
            },
        };
    },
}));
function describe(b) {
    const version = b.version?.raw;
    if (b.kind === 'rollback')
        return version ? `rollback script for version ${version}` : 'rollback script';
    return version ? `migration ${version}` : 'migration';
}
function sameVersion(f, b) {
    return f.version !== undefined && b.version !== undefined && (0,version/* versionKey */._5)(f.version) === (0,version/* versionKey */._5)(b.version);
}

// EXTERNAL MODULE: ./src/model/statements.ts
var statements = __webpack_require__(7043);
// EXTERNAL MODULE: ./src/model/ast.ts
var ast = __webpack_require__(3293);
;// CONCATENATED MODULE: ./src/lint/enum-values.ts
/**
 * A use of an enum value added by ALTER TYPE … ADD VALUE in the same transaction. PostgreSQL
 * refuses it until that transaction commits: "unsafe use of new value" (SQLSTATE 55P04; the docs of
 * ALTER TYPE: "an enum value added this way cannot be used until the transaction has been
 * committed"). Measured in test/db/simple-query-facts.test.ts (one query) and
 * test/lint/enum-values.test.ts (a transaction block).
 *
 * A use, as far as the statement shows it: the label cast to the type (`'x'::mood`), or written
 * into a column of that type by INSERT … VALUES (with a column list) or UPDATE … SET.
 */

const constString = (n) => {
    const c = n?.['A_Const'];
    const s = c?.['sval']?.['sval'];
    return typeof s === 'string' ? s : undefined;
};
const lastName = (names) => {
    const list = (names ?? []);
    const last = list[list.length - 1]?.['String'];
    return typeof last?.['sval'] === 'string' ? last['sval'] : undefined;
};
const typeMatches = (columnType, type) => columnType !== undefined && (columnType === type || columnType.endsWith(`.${type}`));
/** ALTER TYPE … ADD VALUE (not RENAME VALUE, which sets oldVal). */
const isAddEnumValue = (s) => s.kind === 'AlterEnumStmt' && !s.node['oldVal'];
/** The help for a COMMIT or a use after ADD VALUE in one transaction: one migration adds, the next uses. */
const SPLIT_ADD_VALUE = 'Split the migration: ALTER TYPE … ADD VALUE (and what goes before it) in one migration, the statements that use the new value in the next; the runner commits between them.';
/** The enum type (its unqualified name) and label an ALTER TYPE … ADD VALUE adds, if the statement is one. */
function addedEnumValue(stmt) {
    if (!isAddEnumValue(stmt))
        return undefined;
    const type = lastName(stmt.node['typeName']);
    const label = stmt.node['newVal'];
    return type && typeof label === 'string' ? { type, label } : undefined;
}
/** Whether `stmt` uses `label` as a value of enum type `type` (see the module comment). */
function usesEnumValue(stmt, value, catalog) {
    for (const cast of (0,ast/* findAll */.JW)(stmt.node, 'TypeCast')) {
        if (constString(cast['arg']) === value.label && lastName(cast['typeName']?.['names']) === value.type)
            return true;
    }
    const n = stmt.node;
    if (stmt.kind === 'InsertStmt') {
        const table = (0,ast/* relationKey */.Yb)(n['relation']);
        const cols = (n['cols'] ?? []).map((c) => c['ResTarget']?.['name']);
        const select = (n['selectStmt']?.['SelectStmt'] ?? {});
        for (const row of (select['valuesLists'] ?? [])) {
            const items = (row['List']?.['items'] ?? []);
            if (items.some((item, i) => constString(item) === value.label && cols[i] !== undefined && typeMatches(catalog.column(table, cols[i])?.type, value.type)))
                return true;
        }
    }
    if (stmt.kind === 'UpdateStmt') {
        const table = (0,ast/* relationKey */.Yb)(n['relation']);
        for (const t of (n['targetList'] ?? [])) {
            const r = t['ResTarget'];
            if (r && constString(r['val']) === value.label && typeof r['name'] === 'string' && typeMatches(catalog.column(table, r['name'])?.type, value.type))
                return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./rules/cannot-run-in-transaction.ts



const cannot_run_in_transaction_HELP = 'Put it in a migration of its own without BEGIN/COMMIT (the runner then runs it outside a transaction).';
/* harmony default export */ const cannot_run_in_transaction = ((0,types/* defineRule */.K)({
    meta: {
        id: 'cannot-run-in-transaction',
        description: 'A statement PostgreSQL refuses to run inside a transaction block or a function.',
        severity: 'error',
        help: cannot_run_in_transaction_HELP,
        appliesTo: ['versioned', 'repeatable', 'rollback'],
    },
    create(context) {
        const lookup = (key) => context.catalog.functions.get(key)?.origin.stmt;
        /** Statements in a body (and in DO blocks nested in it) that PostgreSQL never runs from a function. */
        const checkBody = (body, what) => {
            for (const n of body.nested) {
                const reason = (0,statements/* nonTransactional */.lG)(n);
                if (reason) {
                    context.report({
                        stmt: n,
                        message: `${reason} inside ${what}: PostgreSQL never runs it from a function or DO block ("… cannot be executed from a function", SQLSTATE 25001), so this fails every time it runs`,
                        help: 'Run it as a top-level statement in a migration of its own, without BEGIN/COMMIT.',
                    });
                }
                if (n.kind === 'DoStmt')
                    checkBody(n, what);
            }
        };
        /** Enum values added in the file, with the transaction that added them (not yet committed there). */
        let added = [];
        const line = (s) => context.project.files.find((f) => f.parsed.statements.includes(s))?.position(s.start).line;
        /** A use of a value ADD VALUE added in the same, still open, transaction: 55P04. */
        const checkEnumUse = (stmt) => {
            const tx = context.transaction(stmt)?.tx;
            const value = addedEnumValue(stmt);
            if (value && tx && tx.kind !== 'statement') {
                added.push({ value, stmt, tx: tx.id });
                return;
            }
            if (!tx || tx.kind === 'statement' || added.length === 0)
                return;
            const hit = added.find((a) => a.tx === tx.id && usesEnumValue(stmt, a.value, context.catalog));
            if (!hit)
                return;
            context.report({
                stmt,
                message: `uses the enum value '${hit.value.label}' that ALTER TYPE ${hit.value.type} ADD VALUE (line ${line(hit.stmt)}) added in the same transaction: PostgreSQL refuses it until that transaction commits ("unsafe use of new value", SQLSTATE 55P04) and the migration fails`,
                help: 'Put ALTER TYPE … ADD VALUE in a migration of its own (the runner commits between migrations), and use the new value in the next one.',
            });
        };
        return {
            file() {
                added = [];
            },
            statement(stmt) {
                checkEnumUse(stmt);
                if (stmt.context.via !== 'top' || !context.inTransactionBlock(stmt))
                    return;
                const reason = (0,statements/* nonTransactional */.lG)(stmt);
                if (reason) {
                    context.report({
                        stmt,
                        message: `${reason} cannot run inside a transaction block: PostgreSQL rejects it at run time (SQLSTATE 25001) and the migration fails`,
                    });
                    return;
                }
                const ends = (0,statements/* endsTransaction */.nF)(stmt, lookup);
                if (ends) {
                    context.report({
                        stmt,
                        message: `${ends} inside a transaction block fails with "invalid transaction termination" (SQLSTATE 2D000): a procedure or DO block can only COMMIT when it is called outside any transaction block`,
                        help: `Run ${stmt.kind === 'CallStmt' ? 'the CALL' : 'the batching DO block'} in a migration of its own, without BEGIN/COMMIT.`,
                    });
                }
            },
            DoStmt(_node, stmt) {
                if (stmt.context.via === 'top')
                    checkBody(stmt, 'a DO block');
            },
            CreateFunctionStmt(node, stmt) {
                const procedure = Boolean(node.is_procedure);
                checkBody(stmt, procedure ? 'a procedure' : 'a function');
                if (!procedure && stmt.body?.transactionControl) {
                    context.report({
                        stmt,
                        message: 'a function that COMMITs or ROLLBACKs: a function can never end the transaction it runs in, so every call fails with "invalid transaction termination" (SQLSTATE 2D000)',
                        help: 'Make it a procedure (CREATE PROCEDURE … ; CALL it outside a transaction block), or drop the COMMIT.',
                    });
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/load/naming.ts
var naming = __webpack_require__(2198);
;// CONCATENATED MODULE: ./rules/duplicate-version.ts



/* harmony default export */ const duplicate_version = ((0,types/* defineRule */.K)({
    meta: {
        id: 'duplicate-version',
        description: 'Two versioned migrations with the same version (or two repeatables with the same description).',
        severity: 'error',
        help: 'Give each migration its own version (the next free one above the highest).',
        reads: 'project',
    },
    create(context) {
        const { project } = context;
        /**
         * Flyway scans its locations recursively and reads every file by its base name
         * (ResourceNameParser): a rollback or seed file inside a location named like a migration —
         * the guide's rollback/V1__rollback.sql — is to Flyway one more versioned migration.
         */
        const reportRollbacksFlywayRuns = () => {
            for (const f of project.files) {
                if (f.kind !== 'rollback' && f.kind !== 'seed')
                    continue;
                const read = (0,naming/* classifyBaseName */.rN)(f.rel.slice(f.rel.lastIndexOf('/') + 1), project.naming);
                if (read.kind !== 'versioned' && read.kind !== 'repeatable')
                    continue;
                const owner = read.kind === 'versioned' ? project.migrations.find((m) => m.kind === 'versioned' && m.version && (0,version/* versionKey */._5)(m.version) === (0,version/* versionKey */._5)(read.version)) : undefined;
                const what = read.kind === 'versioned' ? `versioned migration ${read.version.raw}` : `repeatable migration "${read.description}"`;
                context.report({
                    file: f,
                    message: owner
                        ? `Flyway reads this ${f.kind} file as ${what}, the version of ${owner.path}: it scans ${f.location} recursively, so migrate stops with "Found more than one migration with version ${(0,version/* versionKey */._5)(read.version)}"`
                        : `Flyway reads this ${f.kind} file as ${what} and would run it as a migration: it scans ${f.location} recursively`,
                    help: f.kind === 'seed' ? 'Name seed files after their environment ({env}.sql), which Flyway does not read as a migration.' : `Name rollback files so that Flyway does not read them as migrations, e.g. as Flyway's undo migrations: rollbackPattern: U{version}__{description}.sql (Flyway Community skips U files, Teams runs them on undo), and rename the files to match.`,
                });
            }
        };
        return {
            project() {
                const groups = new Map();
                for (const f of project.files) {
                    let key;
                    if (f.kind === 'versioned' && f.version)
                        key = `V${(0,version/* versionKey */._5)(f.version)}`;
                    else if (f.kind === 'repeatable')
                        key = `R${f.description}`;
                    if (!key)
                        continue;
                    const list = groups.get(key) ?? [];
                    list.push(f);
                    groups.set(key, list);
                }
                if (context.settings.runner === 'flyway' && !project.layout)
                    reportRollbacksFlywayRuns();
                for (const list of groups.values()) {
                    if (list.length < 2)
                        continue;
                    // Keep a merged file (with --base) as the one that owns the version; report the others.
                    const [first, ...rest] = [...list].sort((a, b) => Number(a.isNew) - Number(b.isNew));
                    for (const f of rest) {
                        if (project.layout) {
                            context.report({ file: f, message: `version ${f.version.raw} is also used by ${first.path}: ${project.layout.duplicate}`, help: 'Renumber the newer migration to the next free version.' });
                            continue;
                        }
                        context.report({
                            file: f,
                            message: f.kind === 'versioned'
                                ? `version ${f.version.raw} is also used by ${first.path} (the same version as ${first.version.raw}): Flyway stops with "Found more than one migration with version ${(0,version/* versionKey */._5)(f.version)}"`
                                : `repeatable description "${f.description}" is also used by ${first.path}: Flyway stops with "Found more than one repeatable migration with description"`,
                            help: f.kind === 'versioned'
                                ? 'Renumber the newer migration to the next free version.'
                                : 'Give each repeatable migration its own description.',
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/empty-migration.ts

/* harmony default export */ const empty_migration = ((0,types/* defineRule */.K)({
    meta: {
        id: 'empty-migration',
        description: 'A migration with no SQL statement (empty or only comments).',
        severity: 'warning',
        help: 'Add the statements it was meant to hold, or delete the file before it is applied anywhere.',
    },
    create(context) {
        return {
            file(file) {
                if (file.parsed.statements.length === 0 && file.parsed.errors.length === 0 && !file.decoded.problem) {
                    context.report({
                        message: 'the migration contains no SQL statement: it is recorded as applied and changes nothing',
                    });
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/load/settings.ts
var settings = __webpack_require__(6059);
;// CONCATENATED MODULE: ./src/model/header.ts
/**
 * A migration's documentation header: the leading comment block of the guide's template (§3.2),
 *
 *   -- V002__create_users.sql
 *   -- Author: Jane Doe
 *   -- Date: 2026-01-15
 *   -- Description: customer accounts
 *   -- Rollback: migrations/rollback/V002__rollback.sql
 *
 * and of its rollback template (§7.1: `-- Rollback for: V002__create_users.sql`). Pure text in,
 * lines out; what a header must hold is judged by rules/migration-documented.ts.
 */
/** Keys of the templates' `-- Key: value` lines. */
const FIELD = /^(author|date|description|rollback for|rollback)\s*:(.*)$/i;
/**
 * The leading `--` comment block of `text` (the file as written, decoded): blank lines and `--`
 * lines up to the first other line (the first statement, or a `/* … *\/` comment, which ends it).
 */
function readHeader(text) {
    const lines = [];
    // Line by line, up to the end of the header only: a file may be megabytes of statements.
    for (let start = 0, line = 1; start <= text.length; line++) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        const raw = text.slice(start, end).replace(/\r$/, '');
        start = end + 1;
        const trimmed = raw.trimStart();
        if (trimmed === '') {
            if (nl < 0)
                break;
            continue;
        }
        if (!trimmed.startsWith('--'))
            break;
        const body = trimmed.slice(2).trim();
        const entry = { line, column: raw.length - trimmed.length + 1, text: body };
        const m = FIELD.exec(body);
        if (m) {
            entry.key = m[1].toLowerCase().replace(/\s+/g, ' ');
            entry.value = m[2].trim();
        }
        lines.push(entry);
        if (nl < 0)
            break;
    }
    return { lines };
}
/** The first line of `header` with `key`, if any. */
function field(header, key) {
    return header.lines.find((l) => l.key === key);
}
/**
 * A `Description:` value with the comment lines that continue it (an empty `-- Description:`
 * followed by indented text, up to the next field or an empty `--`).
 */
function fieldText(header, at) {
    if (at.value)
        return at.value;
    const parts = [];
    let next = at.line + 1;
    for (const l of header.lines.slice(header.lines.indexOf(at) + 1)) {
        if (l.line !== next || l.key || l.text === '')
            break;
        parts.push(l.text);
        next++;
    }
    return parts.join(' ').trim();
}
/**
 * A `{NAME}` placeholder of the template left in a value, e.g. `{DETAILED_DESCRIPTION}`; not a
 * Flyway placeholder `${name}`, which Flyway fills in (comments included).
 */
function templatePlaceholder(value) {
    return /(?<!\$)\{[^{}\s]*\}/.exec(value)?.[0];
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * Why `value` is not a calendar date in ISO 8601 form (YYYY-MM-DD, optionally followed by a time
 * after `T` or a space), or undefined when it is one. Leap years as in the Gregorian calendar.
 */
function dateProblem(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
    if (!m)
        return `"${value}" is not a date in the form YYYY-MM-DD`;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12)
        return `${value.slice(0, 10)} has no month ${m[2]}`;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days)
        return `${value.slice(0, 10)} is not a calendar date (${MONTHS[month - 1]} ${year} has ${days} days)`;
    return undefined;
}

;// CONCATENATED MODULE: ./rules/migration-documented.ts



/** Where a missing line goes, in the template's order (§3.2). */
const ORDER = ['filename', 'author', 'date', 'description', 'rollback'];
const LABEL = {
    author: 'Author',
    date: 'Date',
    description: 'Description',
    rollback: 'Rollback',
};
/** The file named by the first word of a header value, as written (quotes, backticks and `./` dropped). */
function writtenPath(value) {
    const word = value.split(/\s+/)[0] ?? '';
    return word.replace(/^[`'"]+|[`'",;:.]+$/g, '').replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
/**
 * Whether `written` names `f`: its path relative to its location (`rollback/V2__rollback.sql`),
 * its path as shown, or a path that ends in the location's folder and `rel` (relative to the
 * repository when the working directory is elsewhere: `db/migrations/rollback/V2__rollback.sql`).
 */
function names(f, written) {
    const shown = f.path.replace(/^(\.\.\/)+/, '');
    const folder = f.location.split('/').pop() ?? '';
    const inFolder = folder && folder !== '.' && folder !== '..' ? `${folder}/${f.rel}` : f.rel;
    return [f.rel, f.path].includes(written) || [shown, inFolder].some((c) => written === c || written.endsWith(`/${c}`));
}
const FIELD_HELP = "The header of the guide's template (§3.2) says who wrote the migration, when, and why, for the reviewer today and for whoever reads it during an incident.";
const baseName = (f) => f.rel.slice(f.rel.lastIndexOf('/') + 1);
const looksLikeFile = (word) => /^[\w./\\{}-]+\.[A-Za-z]\w*$/.test(word);
/* harmony default export */ const migration_documented = ((0,types/* defineRule */.K)({
    meta: {
        id: 'migration-documented',
        description: "A migration without the guide's header: its file name, Author, Date, Description and Rollback lines.",
        severity: 'warning',
        help: 'Start the file with the header of the migration template: -- V{version}__{description}.sql, -- Author:, -- Date: YYYY-MM-DD, -- Description:, -- Rollback: <its rollback file>.',
        appliesTo: ['versioned', 'repeatable', 'rollback'],
        reads: 'project',
    },
    create(context) {
        const required = new Set(context.settings.documentation?.required ?? settings/* DOCUMENTATION_FIELDS */.ZZ);
        return {
            file(file) {
                if (file.decoded.problem)
                    return;
                // A goose/dbmate down section shares its file's header with the up section.
                if (file.section === 'down')
                    return;
                const header = readHeader(file.decoded.text);
                if (file.kind === 'rollback')
                    checkRollbackFor(context, file, header);
                else
                    checkHeader(context, file, header, required);
            },
        };
    },
}));
function checkHeader(context, file, header, required) {
    // The Rollback line names a rollback file: none where the rollback is a section of the file itself, or where the runner has none (Prisma).
    const separateRollbacks = !context.project.layout || context.project.layout.rollbacks === 'files';
    const wanted = ORDER.filter((f) => required.has(f) && (f !== 'rollback' || (file.kind === 'versioned' && separateRollbacks)));
    if (wanted.length === 0)
        return;
    const at = (l) => ({ line: l?.line ?? 1, column: l?.column ?? 1 });
    const report = (l, message, help) => context.report({ position: at(l), message, help });
    // diesel's and Prisma's files are named by their folder: the header names folder/file.
    const name = context.project.layout && file.rel.includes('/') ? file.rel : baseName(file);
    const rollback = rollbackLine(context, file);
    // The file-name line: the header's first comment that is not a migration-guard directive.
    const first = header.lines.find((l) => !/^migration-guard-/.test(l.text));
    const firstWord = first && !first.key ? first.text.split(/\s+/)[0] : '';
    const present = new Map();
    if (looksLikeFile(firstWord))
        present.set('filename', first);
    for (const f of ORDER.slice(1)) {
        const l = field(header, f);
        if (l)
            present.set(f, l);
    }
    const expected = {
        filename: `-- ${name}`,
        author: '-- Author: <who wrote it>',
        date: '-- Date: YYYY-MM-DD',
        description: '-- Description: <what it changes and why>',
        rollback: `-- Rollback: ${rollback.expected}`,
    };
    if (!wanted.some((f) => present.has(f))) {
        report(undefined, `no documentation header: start the file with ${wanted.map((f) => expected[f]).join(', ')} (one per line)`, "Every migration starts with the header of the guide's template (§3.2), so a reader of the file, the pull request or an incident knows who wrote it, when, why, and how to undo it.");
        return;
    }
    for (const f of wanted) {
        const l = present.get(f);
        if (!l) {
            report(...missing(f, expected[f], present, first));
            continue;
        }
        if (f === 'filename') {
            const ok = [name, file.rel, file.path].includes(firstWord.replace(/\\/g, '/').replace(/^\.\//, ''));
            const placeholder = templatePlaceholder(firstWord);
            const wrong = placeholder ? `line ${l.line} still holds the template's placeholder ${placeholder}` : `line ${l.line} names ${firstWord}, but this file is ${name}`;
            if (!ok)
                report(l, `${wrong}: write "-- ${name}"`, 'The first line of the header names the file itself, so a copy of a migration does not carry the name of the one it was copied from.');
            continue;
        }
        const label = LABEL[f];
        const value = f === 'description' ? fieldText(header, l) : l.value;
        const placeholder = templatePlaceholder(value);
        if (placeholder) {
            report(l, `"-- ${label}:" still holds the template's placeholder ${placeholder}: write ${what(f, rollback.expected)}`, FIELD_HELP);
            continue;
        }
        if (value === '') {
            report(l, `"-- ${label}:" is empty: write ${what(f, rollback.expected)}`, FIELD_HELP);
            continue;
        }
        if (f === 'date') {
            const problem = dateProblem(value);
            if (problem)
                report(l, `${problem}: write the date the migration was written as YYYY-MM-DD, e.g. "-- Date: 2026-01-15"`, FIELD_HELP);
        }
        if (f === 'rollback') {
            const problem = rollback.judge(value);
            if (problem)
                report(l, problem, 'The Rollback line names the file that undoes this migration, as the project pairs them (rollbackPattern), so the way back is found in an emergency.');
        }
    }
}
/** A finding for a missing line, at the line it goes below (or above). */
function missing(f, line, present, first) {
    const help = "Every migration starts with the header of the guide's template (§3.2): the file's name, Author, Date, Description, Rollback.";
    if (f === 'filename')
        return [first, `the header does not start with the file's name: insert "${line}" as its first line`, help];
    const i = ORDER.indexOf(f);
    const before = ORDER.slice(0, i).reverse().map((g) => present.get(g)).find(Boolean);
    if (before)
        return [before, `the header has no ${LABEL[f]} line: add "${line}" below line ${before.line}`, help];
    const after = ORDER.slice(i + 1).map((g) => present.get(g)).find(Boolean);
    return [after, `the header has no ${LABEL[f]} line: add "${line}"${after ? ` above line ${after.line}` : ''}`, help];
}
function what(f, rollback) {
    switch (f) {
        case 'author':
            return 'who wrote the migration, e.g. "-- Author: Jane Doe"';
        case 'date':
            return 'the date it was written as YYYY-MM-DD, e.g. "-- Date: 2026-01-15"';
        case 'description':
            return 'what the migration changes and why, e.g. "-- Description: customer accounts, for sign-up"';
        default:
            return `"-- Rollback: ${rollback}"`;
    }
}
/**
 * What the Rollback line of a versioned migration must name: the rollback file the project pairs
 * with it (src/model/project.ts, by version under rollbackPattern), and the problem with a value.
 */
function rollbackLine(context, file) {
    const { project } = context;
    const pair = file.rollback;
    const inRoot = (rel) => (project.root && project.root !== '.' ? `${project.root}/${rel}` : rel);
    const expected = pair
        ? pair.path
        : file.version && project.layout
            ? ((m) => (m ? inRoot(m[1]) : 'none'))(/^add (\S+)$/.exec(project.layout.expectedRollback({ rel: file.rel, version: file.version })))
            : file.version
                ? inRoot(project.rollbackPattern.pathFor(file.version.raw, file.description?.replace(/ /g, '_')))
                : '<its rollback file>';
    const judge = (value) => {
        if (/^none\b/i.test(value)) {
            return pair ? `"-- Rollback: ${value}", but ${pair.path} is this migration's rollback: write "-- Rollback: ${pair.path}"` : undefined;
        }
        const written = writtenPath(value);
        if (pair && names(pair, written))
            return undefined;
        const other = project.files.find((f) => f !== pair && names(f, written));
        const which = !other
            ? `${written}, which does not exist`
            : other.kind === 'rollback'
                ? `${written}, which is the rollback of version ${other.version?.raw ?? '?'}, not of this migration`
                : `${written}, which is not a rollback file`;
        return pair
            ? `"-- Rollback:" names ${which}: write "-- Rollback: ${pair.path}"`
            : `"-- Rollback:" names ${which}, and no rollback file pairs with version ${file.version?.raw}: add ${expected} (see rollback-missing) and write "-- Rollback: ${expected}", or write "-- Rollback: none, <why it cannot be undone>"`;
    };
    return { expected, judge };
}
/** A rollback's `-- Rollback for:` line (§7.1), when it has one, names the migration it pairs with. */
function checkRollbackFor(context, file, header) {
    const l = field(header, 'rollback for');
    if (!l)
        return;
    const migration = context.project.files.find((f) => f.kind === 'versioned' && f.rollback === file);
    if (!migration)
        return;
    const written = writtenPath(l.value);
    if (written === baseName(migration) || names(migration, written))
        return;
    const placeholder = templatePlaceholder(written);
    context.report({
        position: { line: l.line, column: l.column },
        message: `"-- Rollback for:" ${placeholder ? `still holds the template's placeholder ${placeholder}` : `names ${written || 'nothing'}`}, but this file is the rollback of ${baseName(migration)}: write "-- Rollback for: ${baseName(migration)}"`,
        help: "The rollback template's header (§7.1) names the migration the file undoes.",
    });
}

;// CONCATENATED MODULE: ./rules/migration-naming.ts


/* harmony default export */ const migration_naming = ((0,types/* defineRule */.K)({
    meta: {
        id: 'migration-naming',
        description: 'A .sql file in the migrations directory that is not a valid versioned, repeatable or rollback name.',
        severity: 'error',
        help: 'Name versioned migrations V{version}__{description}.sql and repeatables R__{description}.sql.',
        appliesTo: ['invalid', 'rollback'],
        reads: 'project',
    },
    create(context) {
        const { project } = context;
        const versions = new Set(project.files.filter((f) => f.kind === 'versioned' && f.version).map((f) => (0,version/* versionKey */._5)(f.version)));
        return {
            file(file) {
                if (file.kind === 'invalid' && project.layout) {
                    context.report({ message: file.namingProblem ?? `${project.layout.runner} does not read this file`, help: `Name it as ${project.layout.runner} names migrations, or move it out of the migrations directory.` });
                    return;
                }
                if (file.kind === 'invalid') {
                    const dir = project.rollbackPattern.dir;
                    if (dir && file.rel.startsWith(dir)) {
                        context.report({
                            message: `${file.namingProblem}: it is not paired with any migration, so the migration it undoes counts as having no rollback`,
                            help: `Name it ${project.rollbackPattern.pattern} with the version of the migration it undoes.`,
                        });
                        return;
                    }
                    context.report({
                        message: file.runByFlyway
                            ? `${file.namingProblem}: Flyway runs it, so a database migrated by migration-guard will differ from one Flyway migrates`
                            : `${file.namingProblem}: Flyway ignores or rejects this file, so it never runs`,
                    });
                }
                else if (file.kind === 'rollback' && file.version && !versions.has((0,version/* versionKey */._5)(file.version))) {
                    context.report({
                        message: `rollback for version ${file.version.raw}, but no migration has that version`,
                        help: 'Match the version of the migration it undoes, or delete the orphaned rollback.',
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/migration-format.ts

/* harmony default export */ const migration_format = ((0,types/* defineRule */.K)({
    meta: {
        id: 'migration-format',
        description: "A migration the project's runner cannot read as written: its directives (goose annotations, dbmate sections, diesel's metadata.toml) or a statement the runner splits.",
        severity: 'error',
        help: "Write the file as the runner's documentation describes; the message says what the runner does with it.",
        appliesTo: ['versioned', 'rollback'],
    },
    create(context) {
        return {
            file(file) {
                for (const p of file.formatProblems ?? []) {
                    context.report({ position: file.position(p.offset), message: p.message, ...(p.help ? { help: p.help } : {}) });
                }
                // goose splits the text itself (a line ending in ";" ends a statement): a statement it
                // cuts in two is sent as two broken queries.
                const chunks = file.chunks;
                if (!chunks)
                    return;
                for (const stmt of file.parsed.statements) {
                    const cut = chunks.find(([, end]) => end > stmt.start && end < stmt.end && file.text.slice(end, stmt.end).trim() !== ';' && file.text.slice(end, stmt.end).trim() !== '');
                    if (!cut)
                        continue;
                    const at = file.position(cut[1]).line;
                    context.report({
                        stmt,
                        message: `goose ends a statement at line ${at} (a line whose last word ends with ";") inside this one, so it sends this statement as separate, broken queries and the migration fails`,
                        help: 'Put the statement between `-- +goose StatementBegin` and `-- +goose StatementEnd` lines.',
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/out-of-order-version.ts


/* harmony default export */ const out_of_order_version = ((0,types/* defineRule */.K)({
    meta: {
        id: 'out-of-order-version',
        description: 'With --base: a new versioned migration whose version is not above the highest version at the base.',
        severity: 'error',
        help: 'Renumber the new migration above the highest merged version.',
        appliesTo: ['versioned'],
        reads: 'project',
    },
    create(context) {
        const { project } = context;
        let highest;
        const merged = new Set();
        /** Checksums of merged migrations no longer at their path: a new file with one of them is a rename. */
        const moved = new Set();
        return {
            project() {
                const head = new Set(project.files.map((f) => f.rel));
                for (const b of project.base?.values() ?? []) {
                    if (b.kind !== 'versioned' || !b.version)
                        continue;
                    merged.add((0,version/* versionKey */._5)(b.version));
                    if (!head.has(b.rel))
                        moved.add(b.checksum);
                    if (!highest || (0,version/* compareVersions */.Zy)(b.version, highest) > 0)
                        highest = b.version;
                }
            },
            file(file) {
                if (!project.base || !highest || !file.isNew || !file.version)
                    return;
                // The same version or the same content at another path is a rename: applied-migration-modified reports it.
                if (merged.has((0,version/* versionKey */._5)(file.version)) || moved.has(file.checksum))
                    return;
                if ((0,version/* compareVersions */.Zy)(file.version, highest) > 0)
                    return;
                if (project.layout) {
                    context.report({
                        message: `new migration ${file.version.raw} is not above ${highest.raw}, the highest version already merged: ${project.layout.outOfOrder}`,
                        help: `Rename it to a version above ${highest.raw}.`,
                    });
                    return;
                }
                context.report({
                    message: `new migration ${file.version.raw} is not above ${highest.raw}, the highest version already merged: databases that applied ${highest.raw} refuse it (outOfOrder=false) or apply it after newer migrations, in a different order than a fresh database`,
                    help: `Rename it to a version above ${highest.raw}.`,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/parse-error.ts

/* harmony default export */ const parse_error = ((0,types/* defineRule */.K)({
    meta: {
        id: 'parse-error',
        description: 'SQL that PostgreSQL’s parser rejects (also files that are not valid text in the configured encoding).',
        severity: 'error',
        help: 'Fix the statement so PostgreSQL can parse it; the rest of the file was still checked.',
        appliesTo: ['versioned', 'repeatable', 'rollback', 'seed', 'invalid'],
    },
    create(context) {
        return {
            file(file) {
                const { problem } = file.decoded;
                if (problem) {
                    context.report({
                        position: file.lines.position(problem.offset),
                        message: `${problem.message}; nothing in the file was checked`,
                        help: 'Save the file as text in the configured encoding (`encoding` in migration-guard.yml, default UTF-8), without NUL bytes.',
                    });
                }
                for (const e of file.parsed.errors) {
                    // A placeholder with no value stays as written and breaks the syntax: unknown-placeholder says so.
                    if (file.unknownPlaceholders.some((p) => p.offset >= e.start && p.offset <= e.end))
                        continue;
                    if (e.tooLarge) {
                        context.report({
                            offset: e.offset,
                            message: e.message,
                            help: 'Split it into smaller migrations, or load bulk data with COPY … FROM a data file.',
                        });
                    }
                    else
                        context.report({ offset: e.offset, message: `PostgreSQL rejects this statement: ${e.message}` });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/require-concurrent-index.ts


const require_concurrent_index_HELP = 'Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY / REINDEX … CONCURRENTLY in a migration of its own, without BEGIN/COMMIT.';
/** Where a CONCURRENTLY statement goes, as the project's runner needs it (src/load/layouts). */
function alone(file) {
    const exec = file.execution;
    if (!exec)
        return 'in a migration of its own, without BEGIN/COMMIT';
    if (exec.wrapped)
        return `in a migration of its own: ${exec.unwrap}${exec.unit === 'file' ? ', with nothing else in the file' : ''}`;
    return exec.unit === 'file' ? 'alone in a migration of its own (the runner sends the file as one query, one transaction when it holds more)' : 'in a migration of its own';
}
/* harmony default export */ const require_concurrent_index = ((0,types/* defineRule */.K)({
    meta: {
        id: 'require-concurrent-index',
        description: 'CREATE INDEX, DROP INDEX or REINDEX without CONCURRENTLY on a table that existed before this change.',
        severity: 'error',
        help: require_concurrent_index_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            IndexStmt(node, stmt, file) {
                const table = (0,ast/* relationKey */.Yb)(node.relation);
                const info = catalog.relation(table);
                const name = (0,ast/* displayName */.QC)(table ?? '?');
                // ON ONLY: RangeVar.inh is false (omitted from the tree) instead of true.
                const only = node.relation !== undefined && node.relation.inh !== true;
                if (node.concurrent) {
                    if (info?.partitioned) {
                        context.report({
                            stmt,
                            node: node.relation,
                            message: `PostgreSQL rejects CREATE INDEX CONCURRENTLY on partitioned table ${name} ("cannot create index on partitioned table concurrently") and the migration fails`,
                            help: `CREATE INDEX … ON ONLY ${name} (instant, the index stays invalid), then CREATE INDEX CONCURRENTLY on each partition and ALTER INDEX … ATTACH PARTITION.`,
                        });
                    }
                    return;
                }
                if (!catalog.isPreExisting(table, file))
                    return;
                // ON ONLY a partitioned table creates an invalid parent index without reading any rows.
                if (only && info?.partitioned)
                    return;
                const what = info?.kind === 'materialized view' ? 'materialized view' : 'table';
                const unique = node.unique ? 'UNIQUE ' : '';
                context.report({
                    stmt,
                    node: node.relation,
                    message: `CREATE ${unique}INDEX on existing ${what} ${name} takes a SHARE lock for the whole build: every ${what === 'table' ? 'INSERT, UPDATE and DELETE on' : 'REFRESH of'} ${name} waits until the index is built`,
                    help: info?.partitioned
                        ? `${name} is partitioned: CREATE ${unique}INDEX … ON ONLY ${name}, then CREATE ${unique}INDEX CONCURRENTLY on each partition and ALTER INDEX … ATTACH PARTITION.`
                        : `Use CREATE ${unique}INDEX CONCURRENTLY ${alone(file)}.`,
                });
            },
            DropStmt(node, stmt, file) {
                if (node.removeType !== 'OBJECT_INDEX')
                    return;
                const keys = (node.objects ?? []).map((o) => ('List' in o ? (0,ast/* nameListKey */.jZ)(o.List.items) : undefined));
                const onPartitioned = (k) => catalog.relation(catalog.relation(k)?.table)?.partitioned === true;
                if (node.concurrent) {
                    const partitioned = keys.filter((k) => k !== undefined && onPartitioned(k));
                    if (partitioned.length) {
                        context.report({
                            stmt,
                            message: `PostgreSQL rejects DROP INDEX CONCURRENTLY of ${(0,ast/* displayName */.QC)(partitioned[0])}, an index on a partitioned table ("cannot drop partitioned index concurrently"), and the migration fails`,
                            help: 'Drop it without CONCURRENTLY, in a migration of its own, with a short lock_timeout (SET lock_timeout = \'2s\') and retries.',
                        });
                    }
                    return;
                }
                const existing = keys.filter((k) => k !== undefined && catalog.isPreExisting(k, file));
                if (existing.length === 0)
                    return;
                const tables = existing.map((k) => catalog.relation(k)?.table).filter((t) => !!t);
                const on = tables.length ? `table ${[...new Set(tables)].map(ast/* displayName */.QC).join(', ')}` : 'its table';
                context.report({
                    stmt,
                    message: `DROP INDEX ${existing.map(ast/* displayName */.QC).join(', ')} takes an ACCESS EXCLUSIVE lock on ${on}: all reads and writes wait, and queue behind any long-running query`,
                    help: existing.some(onPartitioned)
                        ? 'Indexes on partitioned tables cannot be dropped CONCURRENTLY: drop it in a migration of its own with a short lock_timeout (SET lock_timeout = \'2s\') and retries.'
                        : `Use DROP INDEX CONCURRENTLY (one index per statement) ${alone(file)}.`,
                });
            },
            ReindexStmt(node, stmt, file) {
                if ((0,ast/* hasOption */.Kz)(node.params, 'concurrently'))
                    return;
                const kind = String(node.kind);
                let target;
                if (kind === 'REINDEX_OBJECT_TABLE' || kind === 'REINDEX_OBJECT_INDEX') {
                    const key = (0,ast/* relationKey */.Yb)(node.relation);
                    if (!catalog.isPreExisting(key, file))
                        return;
                    target = `${kind === 'REINDEX_OBJECT_TABLE' ? 'table' : 'index'} ${(0,ast/* displayName */.QC)(key ?? '?')}`;
                }
                else {
                    target = `${kind.replace('REINDEX_OBJECT_', '').toLowerCase()} ${node.name ?? ''}`.trim();
                }
                context.report({
                    stmt,
                    node: node.relation,
                    message: `REINDEX ${target} locks out writes to the table (SHARE) and reads through each index (ACCESS EXCLUSIVE) while it rebuilds`,
                    help: kind === 'REINDEX_OBJECT_SYSTEM'
                        ? 'REINDEX SYSTEM cannot run concurrently: run it in a maintenance window, not in a migration.'
                        : 'Use REINDEX … CONCURRENTLY (PostgreSQL 12+) outside a transaction block, in a migration of its own.',
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/rollback-empty.ts

/* harmony default export */ const rollback_empty = ((0,types/* defineRule */.K)({
    meta: {
        id: 'rollback-empty',
        description: 'A rollback script with no SQL statement (empty, whitespace or only comments).',
        severity: 'error',
        help: "Write the statements that undo the migration (e.g. `DROP TABLE IF EXISTS …;`), or, if it cannot be undone, make the rollback fail loudly: `DO $$ BEGIN RAISE EXCEPTION 'V… cannot be rolled back: <why>'; END $$;`.",
        appliesTo: ['rollback'],
    },
    create(context) {
        return {
            file(file) {
                // A file that did not decode or parse (or was too large to parse) is parse-error's.
                if (file.decoded.problem || file.parsed.errors.length > 0)
                    return;
                if (file.parsed.statements.length > 0)
                    return;
                // An empty migration (a placeholder, or SQL for another database kept for its version
                // number) has nothing to undo: its empty rollback is right (empty-migration reports it).
                const migration = context.project.migrations.find((m) => m.rollback === file);
                if (migration && !migration.decoded.problem && migration.parsed.errors.length === 0 && migration.parsed.statements.length === 0)
                    return;
                const layout = context.project.layout;
                const v = file.version ? (layout ? `version ${file.version.raw}` : `V${file.version.raw}`) : 'its migration';
                // A goose/dbmate down section: the finding is at its directive line.
                const at = file.section === 'down' && file.sectionStart !== undefined ? { position: file.position(file.sectionStart) } : {};
                if (layout) {
                    context.report({
                        ...at,
                        message: `the rollback contains no SQL statement: PostgreSQL executes nothing, so rolling back ${v} with ${layout.runner} removes its record while every object the migration created stays, and migrating again fails (e.g. 42P07: relation already exists)`,
                        help: `Write the statements that undo ${v} (e.g. \`DROP TABLE IF EXISTS …;\`). If it cannot be undone, say so with a statement that fails loudly: \`DO $$ BEGIN RAISE EXCEPTION '${v} cannot be rolled back: <why>'; END $$;\``,
                    });
                    return;
                }
                context.report({
                    message: `the rollback script contains no SQL statement: PostgreSQL executes nothing, so rolling back ${v} deletes ` +
                        'its schema history row while every object the migration created stays, and the next migrate fails ' +
                        '(e.g. 42P07: relation already exists)',
                    help: `Write the statements that undo ${v} (e.g. \`DROP TABLE IF EXISTS …;\`). If ${v} cannot be undone, say so with a ` +
                        `statement that fails loudly, so a rollback stops instead of lying: \`DO $$ BEGIN RAISE EXCEPTION '${v} cannot be rolled back: <why>'; END $$;\``,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/rollback-missing.ts


const UNDO = new naming/* RollbackPattern */.d(naming/* FLYWAY_ROLLBACK_PATTERN */.vm);
/* harmony default export */ const rollback_missing = ((0,types/* defineRule */.K)({
    meta: {
        id: 'rollback-missing',
        description: 'A versioned migration without its rollback file.',
        severity: 'error',
        help: 'Add the rollback script, or suppress with `-- migration-guard-ignore-file rollback-missing: <why it cannot be undone>`.',
        appliesTo: ['versioned'],
        reads: 'project',
    },
    create(context) {
        const { project } = context;
        return {
            file(file) {
                if (file.rollback || !file.version)
                    return;
                const layout = project.layout;
                if (layout) {
                    // Prisma Migrate has no down migrations: nothing to ask for.
                    if (layout.rollbacks === 'none')
                        return;
                    const how = layout.expectedRollback({ rel: file.rel, version: file.version, description: file.description });
                    context.report({
                        message: `no rollback for version ${file.version.raw}: if this migration has to be undone in an emergency there is no tested way back (${how})`,
                        help: `${how.charAt(0).toUpperCase()}${how.slice(1)}: the statements that reverse this migration (drop what it adds, restore what it changes).`,
                    });
                    return;
                }
                const description = file.description?.replace(/ /g, '_');
                const inRoot = (rel) => (project.root && project.root !== '.' ? `${project.root}/${rel}` : rel);
                const expected = project.rollbackPattern.pathFor(file.version.raw, description);
                const shown = inRoot(expected);
                // Under Flyway, a rollback named like a migration is one more migration to Flyway (it scans
                // its locations recursively; duplicate-version reports such files): say what to name it.
                const base = expected.slice(expected.lastIndexOf('/') + 1);
                const flywayReadsIt = context.settings.runner === 'flyway' && (0,naming/* classifyBaseName */.rN)(base, project.naming).kind !== 'invalid';
                context.report({
                    message: `no rollback script for version ${file.version.raw}: if this migration has to be undone in an emergency there is no tested way back (expected ${shown})`,
                    help: flywayReadsIt
                        ? `Add a rollback script that reverses this migration, named so that Flyway does not run it as a migration: set rollbackPattern: ${naming/* FLYWAY_ROLLBACK_PATTERN */.vm} and add ${inRoot(UNDO.pathFor(file.version.raw, description))} (Flyway's undo naming; Flyway would read ${shown} as a second version ${file.version.raw}).`
                        : `Add ${shown} that reverses this migration (drop what it adds, restore what it changes).`,
                });
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/model/transactions.ts
var transactions = __webpack_require__(9736);
// EXTERNAL MODULE: ./src/load/flyway/transactional.ts
var transactional = __webpack_require__(424);
;// CONCATENATED MODULE: ./src/lint/runner-transactions.ts




/**
 * A statement that is a reason to run a migration without a transaction although each of its
 * statements could run in one: ALTER TYPE … ADD VALUE (a later use of the value in the same
 * transaction fails, 55P04), a data change (batches committed one by one, so no lock is held for
 * the whole backfill), VALIDATE CONSTRAINT (after a NOT VALID constraint and its backfill, so the
 * lock of the ADD is not held through them).
 */
function deliberatelyApart(s) {
    if (isAddEnumValue(s))
        return true;
    if (s.kind === 'InsertStmt' || s.kind === 'UpdateStmt' || s.kind === 'DeleteStmt' || s.kind === 'MergeStmt' || s.kind === 'DoStmt' || s.kind === 'CallStmt')
        return true;
    return s.kind === 'AlterTableStmt' && (0,ast/* alterTableCommands */.Bb)(s.node).some((c) => c.subtype === 'AT_ValidateConstraint');
}
const sentence = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/**
 * The findings for a file of another runner: `outsideOf` says why a top-level statement cannot
 * run in a transaction block (if it cannot), `line` gives its line, `model` the file's
 * transactions as PostgreSQL runs them under this execution.
 */
function runnerTransactionProblems(exec, stmts, opts) {
    const out = [];
    const { outsideOf, line, model } = opts;
    const work = stmts.filter((s) => !(0,transactions/* boundaryOf */.iH)(s) && !(0,statements/* isNeutral */.GS)(s));
    const outside = stmts.filter((s) => outsideOf(s) && !(model.of(s)?.tx.kind === 'block'));
    const atomicOnes = work.filter((s) => !outsideOf(s));
    const oneQuery = exec.unit === 'file' && stmts.length > 1;
    if (exec.wrapped || oneQuery) {
        const first = outside[0];
        if (first) {
            const what = outsideOf(first);
            out.push(exec.wrapped
                ? {
                    stmt: first,
                    message: `${exec.why}, and ${what} cannot run inside a transaction block: PostgreSQL rejects it (SQLSTATE 25001) and the migration fails`,
                    help: `${sentence(exec.unwrap ?? 'run it outside a transaction')}` +
                        (exec.unit === 'file'
                            ? ', and keep the statement alone in its migration: the file is still sent as one query, and PostgreSQL refuses it beside any other statement in that query.'
                            : '; each statement then commits on its own, so keep that migration to the statements that need it.'),
                }
                : {
                    stmt: first,
                    message: `${exec.why}, and PostgreSQL runs a query of several statements as one transaction: ${what} fails there (SQLSTATE 25001) beside any other statement of the file — before or after it, even after a COMMIT`,
                    help: 'Put it in a migration of its own with nothing else in it (not even SET).',
                });
        }
    }
    else if (exec.unit === 'statement') {
        // Each statement is its own query, committed as it runs.
        if (outside.length > 0 && atomicOnes.length > 0) {
            out.push({
                stmt: outside[0],
                message: `${exec.why}: ${outsideOf(outside[0])} runs beside statements that could be atomic (line ${line(atomicOnes[0])}), and a failure half-way leaves the migration half applied`,
                help: 'Keep a migration without a transaction to the statements that need it (one CREATE INDEX CONCURRENTLY each); put the rest in a migration that runs in a transaction.',
            });
        }
        else if (outside.length === 0 && work.length > 1 && !work.some(deliberatelyApart) && !(opts.sibling ?? []).some((x) => outsideOf(x) || deliberatelyApart(x))) {
            out.push({
                stmt: work[0],
                message: `${exec.why}, yet nothing in this migration needs to run outside a transaction: if a later statement fails, the earlier ones stay applied and the schema is left half migrated`,
                help: 'Remove the annotation so the runner wraps the migration in a transaction.',
            });
        }
    }
    // The file's own transaction control, as PostgreSQL runs it under this execution.
    for (const [i, s] of stmts.entries()) {
        const st = model.statements[i];
        const b = st.boundary;
        if (!b)
            continue;
        const later = stmts.slice(i + 1).some((x) => !(0,transactions/* boundaryOf */.iH)(x) && !(0,statements/* isNeutral */.GS)(x));
        if (st.effect?.kind === 'fails' && b.kind !== 'commit-prepared' && b.kind !== 'rollback-prepared') {
            out.push({ stmt: s, message: `${b.word} here fails: PostgreSQL raises "${st.effect.error}" (SQLSTATE ${st.effect.sqlstate}) ${oneQuery ? 'in the implicit transaction of a query of several statements' : 'outside a transaction block'}, and the migration stops there` });
        }
        else if (exec.wrapped && (b.kind === 'begin' || b.kind === 'commit' || b.kind === 'rollback')) {
            const addsValue = b.kind === 'commit' && stmts.slice(0, i).some(isAddEnumValue);
            const effect = b.kind === 'begin'
                ? 'PostgreSQL only warns "there is already a transaction in progress" and ignores it'
                : b.kind === 'commit'
                    ? "commits the runner's transaction early: the statements after it, and the runner's record of the migration, are no longer atomic with the changes before it"
                    : "undoes the statements before it, yet the runner records the migration as applied";
            out.push({
                stmt: s,
                message: `explicit ${b.word}: ${exec.why}, so this ${effect}`,
                help: addsValue
                    ? SPLIT_ADD_VALUE
                    : 'Remove BEGIN/COMMIT from the file: the runner wraps it.',
            });
        }
        else if (b.kind === 'rollback' && st.inBlock) {
            out.push({ stmt: s, message: `${b.word} in a migration: everything before it in the transaction is undone, yet the runner records the migration as applied`, help: 'Raise an exception (RAISE EXCEPTION in a DO block) to make it fail instead.' });
        }
        else if (b.kind === 'commit' && later && !exec.wrapped) {
            out.push({
                stmt: s,
                message: `${b.word} in the middle of the migration commits what came before it: if a statement after it fails, the migration is half applied`,
                help: 'Split the migration in two files at this COMMIT, or remove it.',
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./rules/transaction-wrapping.ts






const WRAP_HELP = 'Wrap the whole migration in one BEGIN; … COMMIT; (or set `transactions: runner` if your runner wraps each migration).';
const RUNNER_EFFECT = {
    begin: 'PostgreSQL only warns "there is already a transaction in progress" and ignores it',
    commit: "commits the runner's transaction early: the statements after it, and the schema-history row, are no longer atomic with the changes before it",
    rollback: 'undoes the statements before it, yet the runner records the migration as applied',
};
/* harmony default export */ const transaction_wrapping = ((0,types/* defineRule */.K)({
    meta: {
        id: 'transaction-wrapping',
        description: "A versioned migration that is not atomic: not in one transaction (its own BEGIN … COMMIT, or the runner's under `transactions: runner` and Flyway), or one that migrate refuses.",
        severity: 'error',
        help: WRAP_HELP,
        // Rollbacks only under another runner's layout, which runs them as it runs migrations.
        appliesTo: ['versioned', 'rollback'],
    },
    create(context) {
        const runner = context.settings.transactions === 'runner';
        const lookup = (key) => context.catalog.functions.get(key)?.origin.stmt;
        const line = (file, s) => file.position(s.start).line;
        return {
            // At the end of the file, so that procedures the file defines are known when it CALLs them.
            fileExit(file) {
                if (file.kind === 'rollback' && !file.execution)
                    return;
                const stmts = file.parsed.statements;
                const work = stmts.filter((s) => !(0,transactions/* boundaryOf */.iH)(s) && !(0,statements/* isNeutral */.GS)(s));
                if (work.length === 0)
                    return;
                // Why each top-level statement cannot run in a transaction block, if it cannot (once per statement).
                const outsideOf = new Map(stmts.map((s) => [s, (0,statements/* mustRunOutsideTransaction */.iU)(s, lookup)]));
                // Another runner's layout: its own way of sending the file (src/lint/runner-transactions.ts).
                if (file.execution) {
                    // goose's NO TRANSACTION is file-wide: what the other direction needs counts too.
                    const sibling = file.section ? context.project.files.find((f) => f.rel === file.rel && f !== file && f.section)?.parsed.statements : undefined;
                    const outside = (s) => outsideOf.get(s) ?? (0,statements/* mustRunOutsideTransaction */.iU)(s, lookup);
                    const found = runnerTransactionProblems(file.execution, stmts, { outsideOf: outside, line: (s) => line(file, s), model: context.fileTransactions(), ...(sibling ? { sibling } : {}) });
                    for (const d of found)
                        context.report(d);
                    return;
                }
                if (context.settings.runner === 'flyway') {
                    const problem = (0,transactional/* flywayTransactionProblem */.yR)(stmts, {
                        mixed: context.settings.mixed ?? false,
                        line: (s) => line(file, s),
                        mustRunOutside: (s) => outsideOf.get(s),
                        inOwnBlock: (s) => context.inTransactionBlock(s),
                    });
                    if (problem)
                        return context.report(problem);
                }
                if (context.settings.runner !== 'flyway' && !(context.settings.mixed ?? false)) {
                    // Our runner applies Flyway's mixed = false rule (db/plan.ts): the file is refused whole.
                    const planned = stmts.map((stmt) => ({ stmt, outside: outsideOf.get(stmt) }));
                    const offending = (0,transactions/* mixedStatement */.tA)(planned);
                    // One inside the file's own BEGIN … COMMIT: cannot-run-in-transaction reports that.
                    if (offending && !planned.some((p) => p.outside && context.inTransactionBlock(p.stmt))) {
                        const outside = planned.find((p) => p.outside);
                        const inside = planned.find((p) => !p.outside);
                        return context.report({
                            stmt: offending.stmt,
                            message: `migrate refuses this migration before running anything: ${outside.outside} (line ${line(file, outside.stmt)}) cannot run in a transaction, and line ${line(file, inside.stmt)} is a statement that can — with \`mixed: false\` (Flyway's default) a migration must not have both (Flyway: "Detected both transactional and non-transactional statements within the same migration")`,
                            help: `Move ${outside.outside} into a migration of its own with nothing else in it (not even SET), or set \`mixed: true\` (the file then runs statement by statement without a transaction, so a failure leaves it half applied).`,
                        });
                    }
                }
                const outsideOnly = work.filter((s) => outsideOf.get(s));
                if (outsideOnly.length > 0) {
                    const tx = work.filter((s) => !outsideOf.get(s));
                    if (tx.length === 0)
                        return; // such a migration runs unwrapped, as it must
                    // Inside BEGIN … COMMIT, cannot-run-in-transaction already reports the failure.
                    const first = outsideOnly.find((s) => !context.inTransactionBlock(s));
                    if (first) {
                        const what = outsideOf.get(first);
                        context.report({
                            stmt: first,
                            message: `${what} cannot run inside a transaction, but this migration also has statements that must be atomic (line ${line(file, tx[0])}): wrapped in BEGIN … COMMIT it fails, unwrapped a failure leaves the migration half applied (Flyway refuses such mixed migrations)`,
                            help: `Move ${what} (and the other statements that cannot run in a transaction) into a migration of its own, without BEGIN/COMMIT.`,
                        });
                        return;
                    }
                }
                if (runner) {
                    for (const [i, s] of stmts.entries()) {
                        const tc = (0,transactions/* boundaryOf */.iH)(s)?.kind;
                        if (tc === 'begin' || tc === 'commit' || tc === 'rollback') {
                            // A COMMIT after ALTER TYPE … ADD VALUE is usually there so that later statements can
                            // use the new value (PostgreSQL: "unsafe use of new value" until it is committed).
                            const addsValue = tc === 'commit' && stmts.slice(0, i).some(isAddEnumValue);
                            context.report({
                                stmt: s,
                                message: `explicit ${(0,transactions/* boundaryOf */.iH)(s).word} with \`transactions: runner\`: the runner already wraps the migration in a transaction, so this ${RUNNER_EFFECT[tc]}`,
                                help: addsValue
                                    ? SPLIT_ADD_VALUE
                                    : 'Remove BEGIN/COMMIT from the file (the runner wraps it), or set `transactions: explicit`.',
                            });
                        }
                    }
                    return;
                }
                // Explicit transactions: what the file's own boundaries do (src/model/transactions.ts).
                const model = context.fileTransactions();
                let blocks = 0;
                let strayCommit;
                let inRun = false; // inside a run of statements outside any block (reported once per run)
                const outside = [];
                const opened = (tx) => tx.opener && (0,transactions/* boundaryOf */.iH)(tx.opener)?.kind === 'begin'
                    ? `opened on line ${line(file, tx.opener)}`
                    : `started by the ${(0,transactions/* boundaryOf */.iH)(tx.opener)?.word ?? 'COMMIT AND CHAIN'} on line ${line(file, tx.opener)}`;
                stmts.forEach((s, i) => {
                    const st = model.statements[i];
                    const b = st.boundary;
                    if (b)
                        inRun = false;
                    if (st.effect?.kind === 'fails' && b && b.kind !== 'commit-prepared' && b.kind !== 'rollback-prepared') {
                        context.report({
                            stmt: s,
                            message: `${b.word} outside a transaction block fails: PostgreSQL raises "${st.effect.error}" (SQLSTATE ${st.effect.sqlstate}) and the migration stops there`,
                            help: `Put it between BEGIN and COMMIT${b.chain ? ', or use a plain COMMIT' : ''}.`,
                        });
                        return;
                    }
                    if (b?.kind === 'begin') {
                        if (st.effect) {
                            context.report({
                                stmt: s,
                                message: `${b.word} inside the transaction ${opened(st.tx)}: PostgreSQL only warns "there is already a transaction in progress", and the first COMMIT ends both`,
                                help: 'Use a single BEGIN … COMMIT; use SAVEPOINT for nested steps.',
                            });
                            return;
                        }
                        if (blocks > 0 && st.lastEnd) {
                            context.report({
                                stmt: s,
                                message: `a second transaction block (the first one was committed on line ${line(file, st.lastEnd.stmt)}): if this one fails, the first stays committed and the migration is half applied`,
                                help: 'Use one BEGIN … COMMIT around all statements, or split the migration in two files.',
                            });
                        }
                        blocks++;
                    }
                    else if (b?.kind === 'commit' || b?.kind === 'rollback' || b?.kind === 'prepare') {
                        if ((b.kind === 'rollback' || b.kind === 'prepare') && st.inBlock) {
                            context.report({
                                stmt: s,
                                message: b.kind === 'rollback'
                                    ? `${b.word} in a migration: everything before it in the transaction is undone, yet the migration is recorded as applied`
                                    : 'PREPARE TRANSACTION in a migration: its changes stay uncommitted, holding their locks, until someone runs COMMIT PREPARED, yet the migration is recorded as applied',
                                help: 'End the migration with COMMIT; raise an exception (RAISE EXCEPTION in a DO block) to make it fail instead.',
                            });
                        }
                        else if (st.effect && blocks === 0) {
                            strayCommit ??= s;
                        }
                        else if (st.effect) {
                            context.report({
                                stmt: s,
                                message: `${b.word} with no transaction open (the block was already ended on line ${line(file, st.lastEnd.stmt)}): PostgreSQL only warns "there is no transaction in progress", and the statements since then each committed on their own`,
                                help: 'Keep exactly one BEGIN … COMMIT around all statements.',
                            });
                        }
                        else if (b.chain) {
                            context.report({
                                stmt: s,
                                message: `${b.word} commits the transaction ${opened(st.tx)} and at once starts a new one (same isolation level and access mode) for the statements after it: if one of them fails, what was committed here stays and the migration is half applied`,
                                help: 'Use one BEGIN … COMMIT around all statements, or split the migration in two files.',
                            });
                        }
                        if (b.chain && !st.effect)
                            blocks++;
                    }
                    else if (!b && !st.inBlock) {
                        if ((0,statements/* isNeutral */.GS)(s)) {
                            if (s.kind === 'VariableSetStmt' && s.node['is_local']) {
                                context.report({
                                    stmt: s,
                                    message: 'SET LOCAL outside a transaction block has no effect: PostgreSQL warns "SET LOCAL can only be used in transaction blocks" and the setting is gone before the next statement',
                                    help: 'Put SET LOCAL after BEGIN (or use SET before BEGIN).',
                                });
                            }
                        }
                        else if (!inRun) {
                            inRun = true;
                            outside.push({ stmt: s, after: st.lastEnd?.stmt });
                        }
                    }
                });
                if (model.open?.opener) {
                    const b = (0,transactions/* boundaryOf */.iH)(model.open.opener);
                    context.report({
                        stmt: model.open.opener,
                        message: b.kind === 'begin'
                            ? 'BEGIN without COMMIT: the transaction stays open until the session ends and is then rolled back, or the runner commits it with whatever comes next'
                            : `${b.word} starts a new transaction that no COMMIT ends: it stays open until the session ends and is then rolled back, or the runner commits it with whatever comes next`,
                        help: 'End the migration with COMMIT;',
                    });
                }
                if (strayCommit && blocks > 0) {
                    context.report({
                        stmt: strayCommit,
                        message: `${(0,transactions/* boundaryOf */.iH)(strayCommit).word} without a BEGIN: PostgreSQL only warns "there is no transaction in progress", and the statements before it each committed on their own`,
                        help: 'Keep exactly one BEGIN … COMMIT around all statements.',
                    });
                }
                if (blocks === 0) {
                    context.report({
                        stmt: work[0],
                        message: 'the migration is not wrapped in a transaction: each statement commits on its own, so if a later one fails the earlier ones stay applied and the schema is left half migrated' +
                            (strayCommit ? ` (the ${(0,transactions/* boundaryOf */.iH)(strayCommit).word} on line ${line(file, strayCommit)} has no BEGIN: PostgreSQL only warns "there is no transaction in progress")` : ''),
                    });
                    return;
                }
                for (const o of outside) {
                    context.report({
                        stmt: o.stmt,
                        message: o.after
                            ? `statement after the ${(0,transactions/* boundaryOf */.iH)(o.after).word} on line ${line(file, o.after)} runs outside the transaction: if it fails, the migration is half applied`
                            : 'statement before BEGIN runs outside the transaction: it stays applied if the transaction fails',
                        help: 'Move it between BEGIN and COMMIT.',
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/model/dml.ts

const DML = new Set(['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt']);
/** Statement types that can hold a data change, directly or in a WITH query. */
const DML_CARRIERS = new Set([...DML, 'SelectStmt', 'CreateTableAsStmt', 'ExplainStmt', 'CopyStmt']);
/**
 * The query a statement runs: the statement itself, the query of EXPLAIN ANALYZE (which executes
 * it; plain EXPLAIN does not), or of `COPY (query) TO` (INSERT/UPDATE/DELETE/MERGE … RETURNING
 * are allowed there). Shape: `{ ExplainStmt: { query: { UpdateStmt: … }, options: [DefElem analyze] } }`.
 */
function executedQuery(stmt) {
    const n = stmt.node;
    if (stmt.kind === 'ExplainStmt') {
        if (!(0,ast/* hasOption */.Kz)(n['options'], 'analyze'))
            return undefined;
        const [kind, node] = Object.entries((n['query'] ?? {}))[0] ?? [];
        return kind ? { kind, node: node } : undefined;
    }
    if (stmt.kind === 'CopyStmt') {
        const [kind, node] = Object.entries((n['query'] ?? {}))[0] ?? [];
        return kind ? { kind, node: node } : undefined;
    }
    return { kind: stmt.kind, node: n };
}
/**
 * Every data change a statement makes: the statement itself when it is an UPDATE, DELETE,
 * INSERT or MERGE (also under EXPLAIN ANALYZE or COPY (…) TO), and every data-modifying WITH
 * query in it (`WITH … AS (UPDATE/DELETE/INSERT/MERGE … RETURNING …)`; MERGE … RETURNING and
 * so MERGE in WITH are PostgreSQL 17+; PostgreSQL allows them only in the top-level WITH, and
 * one may read another's RETURNING), the statement itself first.
 */
function dataChanges(stmt) {
    if (!DML_CARRIERS.has(stmt.kind))
        return [];
    const q = executedQuery(stmt);
    if (!q)
        return [];
    const out = [];
    if (DML.has(q.kind))
        out.push({ kind: q.kind, node: q.node });
    for (const c of (0,ast/* findAll */.JW)(q.node, 'CommonTableExpr')) {
        const [kind, node] = Object.entries((c.ctequery ?? {}))[0] ?? [];
        if (kind && DML.has(kind))
            out.push({ kind: kind, node: node });
    }
    return out;
}
const MATCH = {
    MERGE_WHEN_MATCHED: 'matched',
    MERGE_WHEN_NOT_MATCHED_BY_SOURCE: 'not matched by source',
    MERGE_WHEN_NOT_MATCHED_BY_TARGET: 'not matched by target',
};
const COMMAND = { CMD_UPDATE: 'UPDATE', CMD_DELETE: 'DELETE', CMD_INSERT: 'INSERT', CMD_NOTHING: 'DO NOTHING' };
/**
 * The WHEN clauses of a MERGE, in order. Shape: `mergeWhenClauses: [{ MergeWhenClause: { matchKind:
 * 'MERGE_WHEN_MATCHED', commandType: 'CMD_UPDATE', condition?, targetList, values? } }]`.
 */
function mergeActions(merge) {
    const out = [];
    for (const c of (merge['mergeWhenClauses'] ?? [])) {
        const w = c['MergeWhenClause'];
        const match = MATCH[String(w?.['matchKind'])];
        const command = COMMAND[String(w?.['commandType'])];
        if (w && match && command)
            out.push({ match, command, condition: w['condition'] });
    }
    return out;
}

;// CONCATENATED MODULE: ./rules/unbatched-data-change.ts



const unbatched_data_change_HELP = 'Batch it: repeat `… WHERE id IN (SELECT id FROM … WHERE <not yet done> LIMIT 5000)` until no row changes, from a PL/pgSQL loop that COMMITs per batch (in a migration of its own, without BEGIN/COMMIT) or a background job.';
const LOOP_HELP = 'COMMIT at the end of each iteration (the DO block or CALL then goes into a migration of its own, without BEGIN/COMMIT), so that each batch is its own transaction.';
const COPY_HELP = 'Copy in batches by key range (… WHERE id > last_id ORDER BY id LIMIT 5000), from a PL/pgSQL loop that COMMITs per batch (in a migration of its own, without BEGIN/COMMIT) or a background job.';
/* harmony default export */ const unbatched_data_change = ((0,types/* defineRule */.K)({
    meta: {
        id: 'unbatched-data-change',
        description: 'UPDATE/DELETE/MERGE of an existing table, or INSERT … SELECT (or MERGE … INSERT) reading one, in a single unbounded statement.',
        severity: 'warning',
        help: unbatched_data_change_HELP,
    },
    create(context) {
        const { catalog } = context;
        /**
         * One change to the rows of `table`: bounded when `where` is a batch bound (or, in a loop that
         * COMMITs, moves with a variable), or when `bounded` says so. Returns whether it reported.
         */
        const checkChange = (verb, table, where, stmt, file, bounded) => {
            const key = (0,ast/* relationKey */.Yb)(table);
            if (!catalog.isPreExisting(key, file))
                return false;
            const scope = scopeOf(catalog, key, table, stmt);
            const name = (0,ast/* displayName */.QC)(key ?? '?');
            const rows = verb.endsWith('DELETE') ? 'deletes' : 'rewrites';
            // A loop that COMMITs makes one batch per iteration when the statement changes with the iteration.
            if (hasBound(where, scope) || (stmt.context.loopCommits && usesVariable(where, scope)) || bounded?.(scope)) {
                if (!inLoopWithoutCommit(stmt))
                    return false;
                context.report({
                    stmt,
                    node: table,
                    message: `${verb} on existing table ${name} in a loop that does not COMMIT: each iteration is bounded, but they all run in one transaction, which ${rows} every row the loop reaches and holds their row locks until the migration commits (concurrent writes to them wait)`,
                    help: LOOP_HELP,
                });
                return true;
            }
            context.report({
                stmt,
                node: table,
                message: stmt.context.loopCommits
                    ? `${verb} on existing table ${name} in a loop that COMMITs, but the statement is the same in every iteration (no batch bound, no loop variable in its WHERE): the first iteration already ${rows} every matching row in one transaction and holds their row locks until it commits (concurrent writes to them wait), with a burst of WAL, bloat and replication lag`
                    : `${verb} on existing table ${name} without a batch bound: one transaction ${rows} every matching row and holds their row locks until COMMIT (concurrent writes to them wait), with a burst of WAL, bloat and replication lag`,
            });
            return true;
        };
        const readContext = (stmt, file, anyRead = false) => {
            const ctes = new Map();
            for (const c of (0,ast/* findAll */.JW)(stmt.node, 'CommonTableExpr'))
                if (c.ctename && c.ctequery)
                    ctes.set(c.ctename, c.ctequery);
            return { catalog, file, stmt, ctes, seen: new Set(), anyRead };
        };
        const checkCopy = (what, select, stmt, file) => {
            if (!select)
                return;
            const read = unboundedRead(select, readContext(stmt, file));
            if (!read) {
                const any = inLoopWithoutCommit(stmt) ? unboundedRead(select, readContext(stmt, file, true)) : undefined;
                if (any) {
                    context.report({
                        stmt,
                        node: any,
                        message: `${what} from existing table ${(0,ast/* displayName */.QC)((0,ast/* relationKey */.Yb)(any) ?? '?')} in a loop that does not COMMIT: each iteration is bounded, but they all run in one transaction that copies every row the loop reaches at once (a burst of WAL and replication lag)`,
                        help: LOOP_HELP,
                    });
                }
                return;
            }
            context.report({
                stmt,
                node: read,
                message: `${what} reads all of existing table ${(0,ast/* displayName */.QC)((0,ast/* relationKey */.Yb)(read) ?? '?')} in one statement: one long transaction copies every row at once (a burst of WAL and replication lag), and rows written to it meanwhile are missed`,
                help: COPY_HELP,
            });
        };
        /**
         * MERGE INTO target USING source ON join WHEN … THEN …: at most one finding, for the first WHEN
         * clause that changes many rows. UPDATE/DELETE of matched rows is bounded like an UPDATE whose
         * WHERE is `join AND condition`, or when the join looks the target's key up in a bounded source
         * (`USING (SELECT … LIMIT 5000) s ON t.id = s.id`: the same bound as `WHERE id IN (SELECT … LIMIT
         * 5000)`). UPDATE/DELETE of rows NOT MATCHED BY SOURCE is bounded by its own condition only: the
         * fewer rows the source has, the more target rows match no source row. INSERT copies the source
         * (like INSERT … SELECT); DO NOTHING writes and locks no row.
         */
        const checkMerge = (merge, stmt, file) => {
            const table = merge['relation'];
            const join = merge['joinCondition'];
            const source = { fromClause: merge['sourceRelation'] ? [merge['sourceRelation']] : [] };
            const actions = mergeActions(merge);
            for (const a of actions) {
                if (a.command !== 'UPDATE' && a.command !== 'DELETE')
                    continue;
                const verb = `MERGE … WHEN ${a.match.toUpperCase()} THEN ${a.command}`;
                const reported = a.match === 'matched'
                    ? checkChange(verb, table, and(join, a.condition), stmt, file, (scope) => keyLookup(join, scope) && !unboundedRead(source, readContext(stmt, file)))
                    : checkChange(verb, table, a.condition, stmt, file);
                if (reported)
                    return;
            }
            if (actions.some((a) => a.command === 'INSERT'))
                checkCopy('MERGE … WHEN NOT MATCHED THEN INSERT', source, stmt, file);
        };
        return {
            statement(stmt, file) {
                for (const { kind, node } of dataChanges(stmt)) {
                    if (kind === 'UpdateStmt')
                        checkChange('UPDATE', node['relation'], node['whereClause'], stmt, file);
                    else if (kind === 'DeleteStmt')
                        checkChange('DELETE', node['relation'], node['whereClause'], stmt, file);
                    else if (kind === 'InsertStmt')
                        checkCopy('INSERT … SELECT', node['selectStmt']?.['SelectStmt'], stmt, file);
                    else
                        checkMerge(node, stmt, file);
                }
                const q = executedQuery(stmt);
                const n = q?.node;
                if (q?.kind === 'CreateTableAsStmt' && n?.['objtype'] === 'OBJECT_TABLE' && !n['into']?.['skipData']) {
                    checkCopy('CREATE TABLE … AS SELECT', n['query']?.['SelectStmt'], stmt, file);
                }
                else if (q?.kind === 'SelectStmt' && n?.['intoClause'] && !n['intoClause']['skipData']) {
                    checkCopy('SELECT … INTO', n, stmt, file);
                }
            },
        };
    },
}));
/** Both conditions (either may be missing). */
function and(a, b) {
    if (!a || !b)
        return a ?? b;
    return { BoolExpr: { boolop: 'AND_EXPR', args: [a, b] } };
}
/** A conjunct `key = expression` where the expression does not mention the changed table (a join on its key). */
function keyLookup(cond, scope) {
    const b = cond?.['BoolExpr'];
    if (b)
        return b['boolop'] === 'AND_EXPR' && (b['args'] ?? []).some((a) => keyLookup(a, scope));
    const e = cond?.['A_Expr'];
    if (!e || e['kind'] !== 'AEXPR_OP' || opName(e) !== '=')
        return false;
    const key = (x) => {
        const c = tableColumn(x, scope);
        return c !== undefined && scope.keys.has(c);
    };
    return (key(e['lexpr']) && !mentionsTable(e['rexpr'], scope)) || (key(e['rexpr']) && !mentionsTable(e['lexpr'], scope));
}
/** Does the expression name a column qualified by the changed table's name or alias? */
function mentionsTable(n, scope) {
    if (Array.isArray(n))
        return n.some((x) => mentionsTable(x, scope));
    if (!n || typeof n !== 'object')
        return false;
    const f = fieldsOf(n);
    if (f)
        return f.length > 1 && scope.names.has(f[f.length - 2]);
    return Object.values(n).some((v) => typeof v === 'object' && mentionsTable(v, scope));
}
function inLoopWithoutCommit(stmt) {
    return stmt.context.inLoop && !stmt.context.loopCommits;
}
/**
 * The first pre-existing table a SELECT reads whole (no LIMIT, no batch bound in its WHERE),
 * looking through CTEs, subqueries in FROM, joins and set operations.
 */
function unboundedRead(s, rc) {
    if ((s['limitCount'] && !rc.anyRead) || s['valuesLists'])
        return undefined;
    if (s['op'] && s['op'] !== 'SETOP_NONE') {
        return unboundedRead(s['larg'] ?? {}, rc) ?? unboundedRead(s['rarg'] ?? {}, rc);
    }
    const read = [];
    const fromItem = (item) => {
        if (item['RangeVar']) {
            const rv = item['RangeVar'];
            const cte = !rv.schemaname && rv.relname ? rc.ctes.get(rv.relname) : undefined;
            if (cte) {
                // A CTE that is itself a data change is checked on its own.
                if (cte['SelectStmt'] && !rc.seen.has(rv.relname)) {
                    rc.seen.add(rv.relname);
                    const inner = unboundedRead(cte['SelectStmt'], rc);
                    if (inner)
                        read.push(inner);
                }
            }
            else if (rc.catalog.isPreExisting((0,ast/* relationKey */.Yb)(rv), rc.file)) {
                read.push(rv);
            }
        }
        else if (item['RangeSubselect']) {
            const sub = item['RangeSubselect']['subquery']?.['SelectStmt'];
            const inner = sub ? unboundedRead(sub, rc) : undefined;
            if (inner)
                read.push(inner);
        }
        else if (item['JoinExpr']) {
            fromItem(item['JoinExpr']['larg'] ?? {});
            fromItem(item['JoinExpr']['rarg'] ?? {});
        }
    };
    for (const item of (s['fromClause'] ?? []))
        fromItem(item);
    const first = read[0];
    if (!first)
        return undefined;
    const scope = read.length === 1
        ? scopeOf(rc.catalog, (0,ast/* relationKey */.Yb)(first), first, rc.stmt)
        : { keys: new Set(), names: new Set(), variables: variablesOf(rc.stmt) };
    if (rc.anyRead)
        return first;
    if (hasBound(s['whereClause'], scope))
        return undefined;
    if (rc.stmt.context.loopCommits && usesVariable(s['whereClause'], scope))
        return undefined;
    return first;
}
/** Does the expression use a PL/pgSQL variable or a parameter, so that it can change from one loop iteration to the next? */
function usesVariable(n, scope) {
    if (Array.isArray(n))
        return n.some((x) => usesVariable(x, scope));
    if (!n || typeof n !== 'object')
        return false;
    const node = n;
    if (node['ParamRef'])
        return true;
    if (node['ColumnRef']) {
        const f = fieldsOf(node);
        return f.length > 0 && scope.variables.has(f[0]) && !(f.length > 1 && scope.names.has(f[0]));
    }
    return Object.values(node).some((v) => typeof v === 'object' && usesVariable(v, scope));
}
function variablesOf(stmt) {
    return new Set(stmt.context.parent?.body?.variables ?? []);
}
function scopeOf(catalog, key, table, stmt) {
    const pk = catalog.relation(key)?.primaryKey;
    // A single-column PRIMARY KEY or UNIQUE constraint: an equality on it picks at most one row.
    const unique = catalog.constraints(key).filter((c) => (c.kind === 'unique' || c.kind === 'primary key') && c.columns?.length === 1).map((c) => c.columns[0]);
    const keys = new Set(['id', 'ctid', ...(pk?.length === 1 ? pk : []), ...unique]);
    const names = new Set();
    if (table?.relname)
        names.add(table.relname);
    if (table?.alias?.aliasname)
        names.add(table.alias.aliasname);
    return { keys, names, variables: variablesOf(stmt) };
}
function fieldsOf(n) {
    const fields = n?.['ColumnRef']?.['fields'];
    if (!fields)
        return undefined;
    return fields.map((f) => ('String' in f ? (f.String.sval ?? '') : '*'));
}
/** A column of the changed table (unqualified and not a PL/pgSQL variable, or qualified by its name). */
function tableColumn(n, scope) {
    const f = fieldsOf(n);
    if (!f || f.length === 0)
        return undefined;
    if (f.length === 1)
        return scope.variables.has(f[0]) ? undefined : f[0];
    return scope.names.has(f[f.length - 2]) ? f[f.length - 1] : undefined;
}
/** Does an expression depend on the row being changed? (Subqueries are their own scope.) */
function refersToTable(n, scope) {
    if (Array.isArray(n))
        return n.some((x) => refersToTable(x, scope));
    if (!n || typeof n !== 'object')
        return false;
    const node = n;
    if (node['SubLink'])
        return refersToTable(node['SubLink']['testexpr'], scope);
    if (node['ColumnRef']) {
        const f = fieldsOf(node);
        // An unqualified name that is not a variable, or a name qualified by something that is not a variable record.
        return f.length === 1 ? !scope.variables.has(f[0]) : !scope.variables.has(f[0]) || scope.names.has(f[0]);
    }
    return Object.values(node).some((v) => typeof v === 'object' && refersToTable(v, scope));
}
function opName(e) {
    const names = e['name'];
    const last = names?.[names.length - 1];
    return last && 'String' in last ? last.String.sval : undefined;
}
/** A sub-select whose rows are limited: `(SELECT … LIMIT n)` (the LIMIT of the sub-select itself). */
function limitedSubLink(n, types) {
    const s = n?.['SubLink'];
    return Boolean(s && types.includes(String(s['subLinkType'])) && s['subselect']?.['SelectStmt']?.['limitCount']);
}
const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);
const FLIP = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };
/**
 * Is the WHERE clause a batch bound? A key compared with a LIMITed sub-select, a range on one
 * column (BETWEEN, or a lower and an upper bound), or a key lookup (`id = 42`, `id IN (1, 2)`,
 * `id = r.id` with a loop variable).
 */
function hasBound(where, scope) {
    if (!where)
        return false;
    if (where['BoolExpr']) {
        const b = where['BoolExpr'];
        const args = (b['args'] ?? []);
        if (b['boolop'] === 'AND_EXPR')
            return args.some((a) => hasBound(a, scope)) || isRange(args, scope);
        if (b['boolop'] === 'OR_EXPR')
            return args.length > 0 && args.every((a) => hasBound(a, scope));
        return false;
    }
    if (where['CurrentOfExpr'])
        return true;
    // key IN (SELECT key … LIMIT n)
    if (where['SubLink'])
        return limitedSubLink(where, ['ANY_SUBLINK']) && where['SubLink']['testexpr'] !== undefined;
    const e = where['A_Expr'];
    if (!e)
        return false;
    const key = (n) => {
        const c = tableColumn(n, scope);
        return c !== undefined && scope.keys.has(c);
    };
    switch (e['kind']) {
        case 'AEXPR_BETWEEN':
        case 'AEXPR_BETWEEN_SYM':
            return tableColumn(e['lexpr'], scope) !== undefined;
        case 'AEXPR_IN':
            return opName(e) === '=' && key(e['lexpr']) && Boolean(e['rexpr']?.['List']) && !refersToTable(e['rexpr'], scope);
        case 'AEXPR_OP_ANY':
            // ctid = ANY(ARRAY(SELECT ctid … LIMIT n)); id = ANY(ARRAY[1, 2, 3]) or an array variable
            if (opName(e) !== '=')
                return false;
            return limitedSubLink(e['rexpr'], ['ARRAY_SUBLINK']) || (key(e['lexpr']) && !refersToTable(e['rexpr'], scope));
        case 'AEXPR_OP':
            if (opName(e) !== '=')
                return false;
            return (key(e['lexpr']) && !refersToTable(e['rexpr'], scope)) || (key(e['rexpr']) && !refersToTable(e['lexpr'], scope));
        default:
            return false;
    }
}
/** `col >= a AND col < b` on one column of the table (either operand order). */
function isRange(args, scope) {
    const lower = new Set();
    const upper = new Set();
    for (const a of args) {
        const e = a['A_Expr'];
        if (!e || e['kind'] !== 'AEXPR_OP')
            continue;
        const op = opName(e);
        if (!op || !FLIP[op])
            continue;
        const l = tableColumn(e['lexpr'], scope);
        const r = tableColumn(e['rexpr'], scope);
        if ((l === undefined) === (r === undefined))
            continue; // a column against a value
        const col = (l ?? r);
        const dir = l !== undefined ? op : FLIP[op];
        if (LOWER.has(dir))
            lower.add(col);
        if (UPPER.has(dir))
            upper.add(col);
    }
    for (const c of lower)
        if (upper.has(c))
            return true;
    return false;
}

// EXTERNAL MODULE: ./src/load/placeholders.ts
var placeholders = __webpack_require__(5532);
;// CONCATENATED MODULE: ./rules/unknown-placeholder.ts


const unknown_placeholder_HELP = 'Define it under `placeholders:` in migration-guard.yml or with --placeholder NAME=VALUE (names are case-insensitive), or use a ${flyway:…} built-in. ' +
    'If the text is not meant as a placeholder, change placeholderPrefix/placeholderSuffix or set placeholderReplacement: false, as for Flyway.';
/** The placeholder as written, on one line and at most 60 characters. */
function shown(text) {
    const one = text.replace(/\r\n|\r|\n/g, '\\n').replace(/\t/g, '\\t');
    return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
function message(p) {
    const flyway = (0,placeholders/* flywayPlaceholderError */.Qr)({ ...p, placeholder: shown(p.placeholder) });
    if (p.unterminated) {
        return `placeholder ${shown(p.placeholder)} has no suffix before the end of the file: Flyway takes the rest of the file as its name and stops with "${flyway}"`;
    }
    if (p.builtin)
        return `${shown(p.placeholder)} is not one of Flyway's built-in placeholders: Flyway stops with "${flyway}"`;
    return `no value for placeholder ${shown(p.placeholder)}: Flyway stops with "${flyway}" and the SQL is not valid as written`;
}
/* harmony default export */ const unknown_placeholder = ((0,types/* defineRule */.K)({
    meta: {
        id: 'unknown-placeholder',
        description: 'A Flyway placeholder ${name} with no value in the configuration.',
        severity: 'error',
        help: unknown_placeholder_HELP,
        appliesTo: ['versioned', 'repeatable', 'rollback', 'seed'],
    },
    create(context) {
        return {
            file(file) {
                for (const p of file.unknownPlaceholders)
                    context.report({ offset: p.offset, message: message(p) });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/constraint-not-valid.ts


const constraint_not_valid_HELP = 'Add the constraint with NOT VALID (instant: only new rows are checked), then VALIDATE CONSTRAINT in a later migration (it scans under SHARE UPDATE EXCLUSIVE: reads and writes go on).';
const VALIDATE_HELP = 'Move VALIDATE CONSTRAINT into a migration of its own (its own transaction), where it takes only SHARE UPDATE EXCLUSIVE and reads and writes go on.';
/* harmony default export */ const constraint_not_valid = ((0,types/* defineRule */.K)({
    meta: {
        id: 'constraint-not-valid',
        description: 'ADD CONSTRAINT … FOREIGN KEY / CHECK without NOT VALID on an existing table, or NOT VALID then VALIDATE in one transaction.',
        severity: 'error',
        help: constraint_not_valid_HELP,
    },
    create(context) {
        const { catalog } = context;
        /** Constraints added NOT VALID in the current file, by "table\0name". */
        let pending = new Map();
        /**
         * Which transaction a statement runs in (src/model/transactions.ts): an explicit block, the
         * runner's transaction around the file, or its own; undefined when a body on the way COMMITs.
         */
        const transactionOf = (stmt) => context.transaction(stmt)?.tx.id;
        const lineOf = (file, s) => file.position(s.start).line;
        return {
            file() {
                pending = new Map();
            },
            AlterTableStmt(node, stmt, file) {
                if (node.objtype !== 'OBJECT_TABLE')
                    return;
                const key = (0,ast/* relationKey */.Yb)(node.relation);
                if (!key)
                    return;
                const existing = catalog.isPreExisting(key, file);
                const name = (0,ast/* displayName */.QC)(key);
                const partitioned = catalog.relation(key)?.partitioned === true;
                const tx = transactionOf(stmt);
                for (const c of node.cmds ?? []) {
                    if (!('AlterTableCmd' in c))
                        continue;
                    const cmd = c.AlterTableCmd;
                    const def = cmd.def;
                    if (cmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
                        const con = def.Constraint;
                        if (con.contype !== 'CONSTR_FOREIGN' && con.contype !== 'CONSTR_CHECK')
                            continue;
                        const kind = con.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check';
                        // NOT VALID (and PostgreSQL 18's NOT ENFORCED) skip the scan of existing rows.
                        if (con.skip_validation) {
                            const conname = con.conname ?? defaultName(node.relation?.relname ?? '', con);
                            if (tx !== undefined && conname)
                                pending.set(`${key}\0${conname}`, { stmt, kind, tx });
                            continue;
                        }
                        if (!existing)
                            continue;
                        if (kind === 'foreign key') {
                            const target = (0,ast/* displayName */.QC)((0,ast/* relationKey */.Yb)(con.pktable) ?? '?');
                            context.report({
                                stmt,
                                node: con,
                                message: `ADD FOREIGN KEY on existing table ${name} checks every existing row against ${target} while holding SHARE ROW EXCLUSIVE on both ${name} and ${target}: every INSERT, UPDATE and DELETE on the two tables waits until the scan ends`,
                                help: partitioned
                                    ? `${name} is partitioned (PostgreSQL before 18 rejects NOT VALID there): add the foreign key NOT VALID to each partition and VALIDATE it in a later migration; ADD it on ${name} last, which adopts the validated partition constraints without a scan.`
                                    : constraint_not_valid_HELP,
                            });
                        }
                        else {
                            context.report({
                                stmt,
                                node: con,
                                message: `ADD CHECK on existing table ${name} checks every existing row while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the scan ends`,
                                help: constraint_not_valid_HELP,
                            });
                        }
                    }
                    else if (cmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def && existing) {
                        checkNewColumn(def.ColumnDef, stmt, name);
                    }
                    else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
                        const added = pending.get(`${key}\0${cmd.name}`);
                        if (!added || !existing || tx === undefined || added.tx !== tx)
                            continue;
                        const lock = added.kind === 'foreign key'
                            ? `SHARE ROW EXCLUSIVE on ${name} and the referenced table (their writes wait)`
                            : `ACCESS EXCLUSIVE on ${name} (all reads and writes wait)`;
                        context.report({
                            stmt,
                            node: node.relation,
                            message: `VALIDATE CONSTRAINT ${cmd.name} runs in the same transaction as its ADD CONSTRAINT … NOT VALID (line ${lineOf(file, added.stmt)}), which still holds ${lock}: the validation scan runs under that lock, so NOT VALID gains nothing`,
                            help: VALIDATE_HELP,
                        });
                    }
                }
            },
        };
        /**
         * Column constraints of ADD COLUMN. A CHECK is checked against every row. A REFERENCES on a
         * column without a default is accepted without a scan (every row holds NULL); with a default
         * (even DEFAULT NULL), or a generated or serial value, PostgreSQL checks every row.
         */
        function checkNewColumn(col, stmt, name) {
            const constraints = (col.constraints ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
            const valued = hasValue(col, constraints);
            const column = col.colname ?? '?';
            for (const con of constraints) {
                if (con.contype === 'CONSTR_CHECK' && !con.skip_validation) {
                    context.report({
                        stmt,
                        node: con,
                        message: `ADD COLUMN ${column} … CHECK on existing table ${name} checks every existing row while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the scan ends`,
                        help: `Add the column without the CHECK, then ADD CONSTRAINT … CHECK (…) NOT VALID, and VALIDATE CONSTRAINT in a later migration.`,
                    });
                }
                else if (con.contype === 'CONSTR_FOREIGN' && !con.skip_validation && valued) {
                    const target = (0,ast/* displayName */.QC)((0,ast/* relationKey */.Yb)(con.pktable) ?? '?');
                    context.report({
                        stmt,
                        node: con,
                        message: `ADD COLUMN ${column} … REFERENCES ${target} with a value for existing rows checks every row of ${name} against ${target} while holding ACCESS EXCLUSIVE on ${name} (all reads and writes wait) and SHARE ROW EXCLUSIVE on ${target} (its writes wait)`,
                        help: `Add the column without REFERENCES, then ADD CONSTRAINT … FOREIGN KEY (${column}) REFERENCES ${target} NOT VALID, and VALIDATE CONSTRAINT in a later migration.`,
                    });
                }
            }
        }
    },
}));
const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** Does ADD COLUMN give existing rows a value (so that a REFERENCES on it must be checked)? */
function hasValue(col, constraints) {
    if (col.raw_default)
        return true;
    if (constraints.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_GENERATED' || c.contype === 'CONSTR_IDENTITY')) {
        return true;
    }
    const names = col.typeName?.names ?? [];
    const last = names[names.length - 1];
    return names.length === 1 && last !== undefined && 'String' in last && SERIAL.has(last.String.sval ?? '');
}
/**
 * The name PostgreSQL gives an unnamed constraint (before any clash suffix): <table>_<cols>_fkey
 * for a foreign key; <table>_<col>_check for a CHECK on one column, else <table>_check.
 */
function defaultName(table, con) {
    if (!table)
        return undefined;
    if (con.contype === 'CONSTR_FOREIGN') {
        const cols = (con.fk_attrs ?? []).map((n) => ('String' in n ? n.String.sval : undefined));
        if (cols.length === 0 || cols.some((c) => !c))
            return undefined;
        return `${table}_${cols.join('_')}_fkey`;
    }
    const cols = new Set();
    for (const ref of (0,ast/* findAll */.JW)(con.raw_expr, 'ColumnRef')) {
        const fields = ref.fields ?? [];
        const last = fields[fields.length - 1];
        if (last && 'String' in last && last.String.sval)
            cols.add(last.String.sval);
    }
    return cols.size === 1 ? `${table}_${[...cols][0]}_check` : `${table}_check`;
}

;// CONCATENATED MODULE: ./src/lint/alter.ts
/**
 * What several online-safety rules start from: an ALTER TABLE on a table that existed before
 * this change (a table created in the change set is empty, so its locks and scans are harmless).
 */

function alterOfExistingTable(node, catalog, file) {
    if (node.objtype !== 'OBJECT_TABLE')
        return undefined;
    const table = (0,ast/* relationKey */.Yb)(node.relation);
    if (!catalog.isPreExisting(table, file))
        return undefined;
    return { table, name: (0,ast/* displayName */.QC)(table ?? '?'), cmds: (0,ast/* alterTableCommands */.Bb)(node) };
}

// EXTERNAL MODULE: ./src/model/catalog.ts + 8 modules
var model_catalog = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/model/predtest.ts


const ATOM = { op: 'atom' };
/** Does `CHECK (expr)`, validated, let PostgreSQL skip the scan of SET NOT NULL on the target column? */
function impliesNotNull(expr, target) {
    if (!expr)
        return false;
    return proves(simplify(reduce(expr, target)));
}
function reduce(n, t) {
    if (n['BoolExpr']) {
        const b = n['BoolExpr'];
        const args = (b['args'] ?? []).map((a) => reduce(a, t));
        if (b['boolop'] === 'NOT_EXPR')
            return args[0] ? negate(args[0]) : ATOM;
        return { op: b['boolop'] === 'AND_EXPR' ? 'and' : 'or', args };
    }
    if (n['NullTest']) {
        const test = n['NullTest'];
        const isNull = test['nulltesttype'] === 'IS_NULL';
        const row = test['arg']?.['RowExpr'];
        if (row) {
            // eval_const_expressions: one scalar test per field, ANDed (for IS NULL and IS NOT NULL alike).
            return { op: 'and', args: (row['args'] ?? []).map((f) => scalarNullTest(f, isNull, t)) };
        }
        // A composite column's own test is a row test (argisrow): never equal() to the scalar one, and NOT does not flip it.
        if (t.composite && isColumn(test['arg'], t))
            return ATOM;
        return scalarNullTest(test['arg'], isNull, t);
    }
    if (n['A_Expr']) {
        const e = n['A_Expr'];
        const [l, r] = [e['lexpr'], e['rexpr']];
        if (e['kind'] === 'AEXPR_DISTINCT' || e['kind'] === 'AEXPR_NOT_DISTINCT') {
            // transformAExprDistinct: x IS [NOT] DISTINCT FROM NULL is a scalar NullTest, even for a composite x.
            const other = isNullConst(r) ? l : isNullConst(l) ? r : undefined;
            return other ? scalarNullTest(other, e['kind'] === 'AEXPR_NOT_DISTINCT', t) : ATOM;
        }
        const op = e['name']?.[0]?.['String']?.['sval'];
        if (e['kind'] === 'AEXPR_OP' && (op === '=' || op === '<>') && l && r) {
            // simplify_boolean_equality: x = true → x, x = false → NOT x; <> the other way round.
            const lb = boolConst(l);
            const rb = boolConst(r);
            const [value, other] = rb !== undefined ? [rb, l] : lb !== undefined ? [lb, r] : [undefined, undefined];
            if (value === undefined || !other)
                return ATOM;
            const p = reduce(other, t);
            return value === (op === '=') ? p : negate(p);
        }
        return ATOM;
    }
    if (n['A_Const']) {
        const c = n['A_Const'];
        if (c['isnull'])
            return { op: 'const', value: null };
        const b = boolConst(n);
        return b === undefined ? ATOM : { op: 'const', value: b };
    }
    return ATOM;
}
/** `x IS [NOT] NULL` with argisrow false. */
function scalarNullTest(arg, isNull, t) {
    if (isColumn(arg, t))
        return { op: isNull ? 'isnull' : 'notnull' };
    if (arg?.['A_Const']) {
        const valueIsNull = arg['A_Const']['isnull'] === true;
        return { op: 'const', value: valueIsNull === isNull };
    }
    return ATOM;
}
function isColumn(n, t) {
    if (!n)
        return false;
    const cast = n['TypeCast'];
    if (cast)
        return t.type !== undefined && cast['typeName'] !== undefined && (0,model_catalog/* typeNameText */.vB)(cast['typeName']) === t.type && isColumn(cast['arg'], t);
    const fields = n['ColumnRef']?.['fields'];
    const names = (fields ?? []).map((f) => f['String']?.['sval']);
    if (names.length === 0 || names.some((x) => x === undefined) || names[names.length - 1] !== t.column)
        return false;
    if (names.length === 1)
        return true;
    if (names[names.length - 2] !== t.relname)
        return false;
    return names.length === 2 || (names.length === 3 && names[0] === (t.schemaname ?? 'public'));
}
function isNullConst(n) {
    return n?.['A_Const']?.['isnull'] === true;
}
function boolConst(n) {
    const c = n['A_Const'];
    if (!c || !('boolval' in c))
        return undefined;
    return c['boolval']?.['boolval'] === true;
}
/** negate_clause: NOT pushed down; NOT of an opaque atom stays opaque. */
function negate(p) {
    switch (p.op) {
        case 'and':
        case 'or':
            return { op: p.op === 'and' ? 'or' : 'and', args: p.args.map(negate) };
        case 'notnull':
            return { op: 'isnull' };
        case 'isnull':
            return { op: 'notnull' };
        case 'const':
            return { op: 'const', value: p.value === null ? null : !p.value };
        case 'atom':
            return ATOM;
    }
}
/** Constant folding of AND/OR with CHECK semantics (canonicalize_qual with is_check: NULL acts as TRUE), flattened. */
function simplify(p) {
    if (p.op !== 'and' && p.op !== 'or')
        return p;
    const args = [];
    for (const a of p.args.map(simplify)) {
        if (a.op === 'const') {
            const truthy = a.value !== false;
            if (p.op === 'and' && !truthy)
                return a;
            if (p.op === 'or' && truthy)
                return { op: 'const', value: true };
            continue;
        }
        if (a.op === p.op)
            args.push(...a.args);
        else
            args.push(a);
    }
    if (args.length === 0)
        return { op: 'const', value: p.op === 'and' };
    return args.length === 1 ? args[0] : { op: p.op, args };
}
/** predicate_implied_by_recurse with `col IS NOT NULL` as the predicate: equal() at the leaves. */
function proves(p) {
    switch (p.op) {
        case 'notnull':
            return true;
        case 'and':
            return p.args.some(proves);
        case 'or':
            return p.args.length > 0 && p.args.every(proves);
        default:
            return false;
    }
}
/** The CHECK constraints a CREATE TABLE / ALTER TABLE statement adds (table and column constraints). */
function checkConstraintsOf(stmt) {
    const out = [];
    (0,ast/* walk */.GG)(stmt.node, (n) => {
        const c = n['Constraint'];
        if (c?.['contype'] === 'CONSTR_CHECK' && c['raw_expr'])
            out.push(c);
    });
    return out;
}
/** The distinct names of the columns an expression refers to, in the catalog's order (catalog.ts addConstraint). */
function columnRefs(expr) {
    const refs = new Set();
    (0,ast/* walk */.GG)(expr, (node) => {
        const f = node['ColumnRef']?.['fields'];
        const last = f?.[f.length - 1]?.['String']?.['sval'];
        if (last)
            refs.add(last);
    });
    return [...refs];
}
/**
 * Does the catalog's CHECK constraint `c` prove that `column` (its current name) holds no NULLs?
 * Its expression is read from the statement that added it (c.origin.stmt): the CHECK named
 * c.name, or, for an unnamed one, every unnamed CHECK of that statement that refers to as many
 * columns (each must prove it). The catalog renames c.columns in place, in the order the
 * expression first names them, which maps the current name back to the written one.
 * Undefined when the statement holds no such CHECK (e.g. one inherited from a parent table).
 */
function checkProvesNotNull(c, column, info = {}) {
    if (c.kind !== 'check')
        return false;
    const columns = c.columns ?? [];
    const i = columns.indexOf(column);
    if (i < 0)
        return false;
    const all = checkConstraintsOf(c.origin.stmt);
    const named = all.filter((n) => n['conname'] === c.name);
    const candidates = named.length ? named : all.filter((n) => !n['conname'] && columnRefs(n['raw_expr']).length === columns.length);
    if (candidates.length === 0)
        return undefined;
    const relation = c.origin.stmt.node['relation'];
    return candidates.every((n) => {
        const refs = columnRefs(n['raw_expr']);
        const written = refs.length === columns.length ? refs[i] : undefined;
        if (written === undefined)
            return false;
        return impliesNotNull(n['raw_expr'], {
            ...info,
            column: written,
            relname: relation?.['relname'],
            schemaname: relation?.['schemaname'],
        });
    });
}

// EXTERNAL MODULE: ./src/parse/lexer.ts
var lexer = __webpack_require__(7473);
;// CONCATENATED MODULE: ./rules/set-not-null.ts




const set_not_null_HELP = 'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.';
/* harmony default export */ const set_not_null = ((0,types/* defineRule */.K)({
    meta: {
        id: 'set-not-null',
        description: 'ALTER COLUMN … SET NOT NULL (or ADD PRIMARY KEY on a nullable column) on an existing table without a validated CHECK that proves the column NOT NULL.',
        severity: 'error',
        help: set_not_null_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter)
                    return;
                const { table, name } = alter;
                const cmds = alter.cmds;
                const setNotNulls = cmds.filter((c) => c['subtype'] === 'AT_SetNotNull');
                const scanMessage = (subject, because) => `${subject} takes an ACCESS EXCLUSIVE lock and scans the whole table for NULLs${because}: all reads and writes on ${name} wait until the scan finishes`;
                for (const cmd of cmds) {
                    const con = cmd['subtype'] === 'AT_AddConstraint' ? cmd['def']?.['Constraint'] : undefined;
                    if (con?.['contype'] === 'CONSTR_PRIMARY') {
                        // PRIMARY KEY (…) and PRIMARY KEY USING INDEX set their nullable columns NOT NULL first
                        // (parse_utilcmd.c transformIndexConstraint queues AT_SetNotNull): the same scan, unless proven.
                        // Only columns the catalog knows to be nullable: an unknown key column is usually NOT NULL already.
                        // (USING INDEX on a partitioned table fails: unique-constraint-without-index says so.)
                        if (con['indexname'] && catalog.relation(table)?.partitioned)
                            continue;
                        const keys = primaryKeyColumns(con, table, catalog);
                        const setHere = new Set(setNotNulls.map((c) => c['name'])); // reported below
                        const open = keys.filter((k) => !setHere.has(k) && catalog.column(table, k)?.notNull === false && !proof(catalog, table, k, file).proven);
                        if (open.length === 0)
                            continue;
                        const what = con['indexname'] ? 'ADD PRIMARY KEY USING INDEX' : 'ADD PRIMARY KEY';
                        const cols = open.length > 1 ? `columns ${open.join(', ')}` : `column ${open[0]}`;
                        context.report({
                            stmt,
                            node: con,
                            message: scanMessage(`${what} on existing table ${name} sets nullable ${cols} NOT NULL, which`, proof(catalog, table, open[0], file).because),
                            help: `Make ${open.join(', ')} NOT NULL first: ADD CONSTRAINT … CHECK (${open.map((c) => `${c} IS NOT NULL`).join(' AND ')}) NOT VALID, VALIDATE CONSTRAINT in a later migration; the PRIMARY KEY then skips the scan (PostgreSQL 12+).`,
                        });
                        continue;
                    }
                    let column;
                    let what;
                    if (cmd['subtype'] === 'AT_SetNotNull') {
                        column = cmd['name'];
                        what = `ALTER COLUMN ${column} SET NOT NULL`;
                    }
                    else if (con?.['contype'] === 'CONSTR_NOTNULL') {
                        // PostgreSQL 18: ADD CONSTRAINT … NOT NULL col scans like SET NOT NULL, unless NOT VALID.
                        if (con['skip_validation'])
                            continue;
                        column = con['keys']?.[0]?.['String']?.['sval'];
                        what = `ADD CONSTRAINT … NOT NULL ${column}`;
                    }
                    else
                        continue;
                    if (!column)
                        continue;
                    // Already NOT NULL: PostgreSQL does nothing. A validated CHECK from an earlier migration lets it skip the scan.
                    if (catalog.column(table, column)?.notNull)
                        continue;
                    const { proven, because } = proof(catalog, table, column, file);
                    if (proven)
                        continue;
                    const position = cmd['subtype'] === 'AT_SetNotNull' ? columnOffset(stmt, file, setNotNulls.indexOf(cmd)) : undefined;
                    context.report({
                        stmt,
                        node: position === undefined ? node.relation : undefined,
                        offset: position,
                        message: scanMessage(`${what} on existing table ${name}`, because),
                        help: `Add CONSTRAINT … CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.`,
                    });
                }
            },
        };
    },
}));
/**
 * Whether the table's constraints let PostgreSQL skip the NULL scan for `column`: a validated
 * CHECK that proves it (predtest.ts, as tablecmds.c NotNullImpliedByRelConstraints), or a
 * validated PostgreSQL 18 NOT NULL constraint, added by an earlier migration (one added in this
 * migration was checked under this migration's locks: nothing gained). `because` explains why a
 * constraint that would prove it does not help.
 */
function proof(catalog, table, column, file) {
    const type = catalog.column(table, column)?.type;
    const composite = isComposite(catalog, type);
    const proves = (c) => {
        if (c.kind === 'not null')
            return c.notNullColumn === column;
        if (c.kind !== 'check')
            return false;
        // Not found in its statement (inherited from a parent): the catalog's exact CHECK (col IS NOT NULL).
        return checkProvesNotNull(c, column, { type, composite }) ?? (c.notNullColumn === column && !composite);
    };
    const proving = catalog.constraints(table).filter(proves);
    if (proving.some((c) => c.validated && c.origin.file !== file))
        return { proven: true, because: '' };
    const c = proving[0];
    const because = !c
        ? ''
        : !c.validated
            ? ` (CHECK ${c.name} is still NOT VALID, so PostgreSQL cannot rely on it)`
            : ` (CHECK ${c.name} comes from this migration: the scan to validate it already ran under this migration's locks)`;
    return { proven: false, because };
}
/** A composite type (CREATE TYPE … AS, or a table's row type) the catalog knows. */
function isComposite(catalog, type) {
    if (!type)
        return false;
    const key = type.includes('.') ? type : `public.${type}`;
    const rel = catalog.relation(key)?.kind;
    return catalog.types.get(key)?.kind === 'composite' || rel === 'table' || rel === 'view' || rel === 'materialized view';
}
/** Key columns of ADD PRIMARY KEY (…), or of the index named by USING INDEX when the catalog saw its CREATE INDEX. */
function primaryKeyColumns(con, table, catalog) {
    const names = (list) => (list ?? []).map((k) => (k['String']?.['sval'] ?? k['IndexElem']?.['name']));
    if (!con['indexname'])
        return names(con['keys']).filter((k) => k !== undefined);
    const schema = table?.slice(0, table.indexOf('.')) ?? 'public';
    const index = catalog.relation(`${schema}.${con['indexname']}`);
    const created = index?.kind === 'index' && index.origin.stmt.kind === 'IndexStmt' ? index.origin.stmt.node : undefined;
    const keys = names(created?.['indexParams']);
    return keys.every((k) => k !== undefined) ? keys : [];
}
/**
 * Offset of the column name in the n-th "… <column> SET NOT NULL" of the statement (the AST
 * gives ALTER TABLE commands no location). Undefined for statements of function bodies called
 * from elsewhere, whose text is in another file.
 */
function columnOffset(stmt, file, n) {
    if (stmt.context.callSite || n < 0)
        return undefined;
    const words = (0,lexer/* lexSql */.qr)(file.text.slice(stmt.start, stmt.end)).filter((t) => t.kind !== 'comment');
    let seen = 0;
    for (let i = 1; i + 2 < words.length; i++) {
        const [set, not, nul] = [words[i], words[i + 1], words[i + 2]].map((t) => t.text.toUpperCase());
        if (set !== 'SET' || not !== 'NOT' || nul !== 'NULL')
            continue;
        if (seen++ === n)
            return stmt.start + words[i - 1].start;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./rules/not-null-column-without-default.ts


const not_null_column_without_default_HELP = 'Give the column a constant DEFAULT (… NOT NULL DEFAULT 0 is instant on PostgreSQL 11+), or add it nullable, backfill it in batches, and SET NOT NULL behind a validated CHECK (col IS NOT NULL) in later migrations.';
const not_null_column_without_default_SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/* harmony default export */ const not_null_column_without_default = ((0,types/* defineRule */.K)({
    meta: {
        id: 'not-null-column-without-default',
        description: 'ADD COLUMN … NOT NULL without a default on an existing table.',
        severity: 'error',
        help: not_null_column_without_default_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter)
                    return;
                const { name } = alter;
                for (const cmd of alter.cmds) {
                    if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def))
                        continue;
                    const col = cmd.def.ColumnDef;
                    const constraints = (col.constraints ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
                    // PRIMARY KEY makes the column NOT NULL too.
                    const notNull = constraints.find((k) => k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY');
                    if (!notNull || fillsExistingRows(col, constraints))
                        continue;
                    const column = col.colname ?? '?';
                    const how = notNull.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY (so NOT NULL)' : 'NOT NULL';
                    context.report({
                        stmt,
                        node: notNull,
                        message: `ADD COLUMN ${column} ${how} without a DEFAULT on existing table ${name}: PostgreSQL takes ACCESS EXCLUSIVE on ${name} (all reads and writes wait) and then fails as soon as the table has a row (column "${column}" of relation "${node.relation?.relname ?? name}" contains null values)`,
                    });
                }
            },
        };
    },
}));
/** Does ADD COLUMN give every existing row a value: a non-NULL DEFAULT, an identity, a generated expression, a serial? */
function fillsExistingRows(col, constraints) {
    for (const k of constraints) {
        if (k.contype === 'CONSTR_IDENTITY' || k.contype === 'CONSTR_GENERATED')
            return true;
        if (k.contype === 'CONSTR_DEFAULT' && !isNullLiteral(k.raw_expr))
            return true;
    }
    const names = col.typeName?.names ?? [];
    const only = names.length === 1 ? names[0] : undefined;
    return only !== undefined && 'String' in only && not_null_column_without_default_SERIAL.has(only.String.sval ?? '');
}
/** DEFAULT NULL, DEFAULT NULL::type. */
function isNullLiteral(e) {
    if (!e)
        return true;
    if ('A_Const' in e)
        return e.A_Const.isnull === true;
    if ('TypeCast' in e)
        return isNullLiteral(e.TypeCast.arg);
    return false;
}

// EXTERNAL MODULE: ./src/model/catalog/domains.ts
var domains = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/model/catalog/functions.ts
var functions = __webpack_require__(7592);
// EXTERNAL MODULE: ./src/model/catalog/pg-facts.ts + 1 modules
var pg_facts = __webpack_require__(9767);
;// CONCATENATED MODULE: ./src/model/catalog/volatility.ts



const named = (list) => (list ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
/** The type of an argument when the raw tree says it: literals and casts; 'unknown' for a string literal. */
function argType(e) {
    const c = e?.['A_Const'];
    if (c) {
        if (c['isnull'] || 'sval' in c)
            return 'unknown';
        if ('ival' in c)
            return 'int4';
        if ('fval' in c)
            return 'numeric';
        if ('boolval' in c)
            return 'bool';
        if ('bsval' in c)
            return 'bit';
    }
    const cast = e?.['TypeCast'];
    return cast ? (0,pg_facts/* typnameOf */.At)(cast['typeName']) : undefined;
}
/** The volatilities of the overloads the call can resolve to (by arity, then by the argument types known). */
function candidates(all, args) {
    const byArity = all.filter((o) => o.args.length === args.length);
    let pool = byArity.length ? byArity : all;
    const types = args.map(argType);
    const typed = pool.filter((o) => types.every((t, i) => t === undefined || t === 'unknown' || o.args[i] === undefined || o.args[i] === t || o.args[i].startsWith('any')));
    if (typed.length)
        pool = typed;
    return new Set(pool.map((o) => o.volatility));
}
function verdict(vols, node, what) {
    if (!vols.has('v'))
        return undefined;
    if (vols.size === 1)
        return { certainty: 'volatile', node, what, reason: 'is VOLATILE' };
    return { certainty: 'may', node, what, reason: 'has VOLATILE and non-volatile overloads, and which one applies is not known here' };
}
class Walker {
    lookup;
    depth;
    first;
    constructor(lookup, depth = 0) {
        this.lookup = lookup;
        this.depth = depth;
    }
    result() {
        return this.first;
    }
    found(part) {
        if (!part)
            return false;
        if (!this.first || (this.first.certainty === 'may' && part.certainty === 'volatile'))
            this.first = part;
        return part.certainty === 'volatile';
    }
    /** Walks the tree; stops at the first part that is certainly volatile. */
    walk(tree) {
        if (Array.isArray(tree))
            return tree.some((t) => this.walk(t));
        if (!tree || typeof tree !== 'object')
            return false;
        const node = tree;
        if (node['FuncCall'] && (this.walk(node['FuncCall']['args']) || this.found(this.call(node['FuncCall']))))
            return true;
        if (node['A_Expr'] && this.found(this.operator(node['A_Expr'])))
            return true;
        if (node['TypeCast'] && this.found(this.cast(node['TypeCast'])))
            return true;
        for (const [k, v] of Object.entries(node)) {
            if (k === 'FuncCall' ? this.walk(v['agg_filter']) : v && typeof v === 'object' && this.walk(v))
                return true;
        }
        return false;
    }
    call(call) {
        const names = named(call['funcname']);
        const name = names[names.length - 1] ?? '?';
        const builtin = names.length === 1 || names[0] === 'pg_catalog';
        const what = `${names.filter((n) => n !== 'pg_catalog').join('.')}()`;
        const args = (call['args'] ?? []);
        const vols = new Set();
        let user;
        const key = (0,ast/* nameListKey */.jZ)(call['funcname']);
        const fn = key && names[0] !== 'pg_catalog' ? this.lookup(key) : undefined;
        if (fn) {
            // The overloads with as many arguments as the call (all of them when none has).
            const all = [...fn.overloads].map(([sig, facts]) => ({ n: sig === '' ? 0 : sig.split(',').length, facts }));
            const fit = all.filter((o) => o.n === args.length);
            const parts = (fit.length ? fit : all).map((o) => this.userFunction(o.facts, call, what));
            const volatile = parts.filter((p) => p?.certainty === 'volatile');
            user = volatile.length === parts.length ? volatile[0] : parts.find((p) => p !== undefined);
            if (user && volatile.length !== parts.length)
                user = { ...user, certainty: 'may', reason: parts.length > 1 ? 'has overloads of different volatility, and which one applies is not known here' : user.reason };
            // Shadowing a built-in of the same name: which one is called is not resolved here.
            vols.add(user ? 'v' : 'i');
        }
        // A schema-qualified call may name a contrib extension's function (public.uuid_generate_v4()).
        const builtins = builtin ? (0,pg_facts/* builtinFunctions */.XB)(name) : fn ? [] : (0,pg_facts/* builtinFunctions */.XB)(name, true);
        if (builtins.length)
            for (const v of candidates(builtins, args))
                vols.add(v);
        if (!fn && !builtins.length)
            return { certainty: 'may', node: call, what, reason: 'is not known to be STABLE or IMMUTABLE' };
        if (fn && !builtins.length)
            return user;
        return verdict(vols, call, what);
    }
    /** A user function: its declared volatility, or for an inlinable VOLATILE SQL function, its body's. */
    userFunction(facts, call, what) {
        if (facts.volatility !== 'v')
            return undefined;
        if ((0,functions/* inlinable */.PR)(facts) && this.depth < 8) {
            const body = new Walker(this.lookup, this.depth + 1);
            body.walk(facts.bodyExpression);
            const inner = body.result();
            if (!inner)
                return undefined;
            return { certainty: inner.certainty, node: call, what, reason: `is a LANGUAGE sql function PostgreSQL inlines, and its body's ${inner.what} ${inner.reason}` };
        }
        return { certainty: 'volatile', node: call, what, reason: 'is declared VOLATILE (the default of CREATE FUNCTION)' };
    }
    operator(e) {
        const kind = String(e['kind']);
        const name = named(e['name']).at(-1) ?? '?';
        const ops = kind.startsWith('AEXPR_BETWEEN') || kind.startsWith('AEXPR_NOT_BETWEEN') ? ['>=', '<='] : kind === 'AEXPR_DISTINCT' || kind === 'AEXPR_NOT_DISTINCT' || kind === 'AEXPR_NULLIF' ? ['='] : [name];
        const right = kind === 'AEXPR_OP' ? e['rexpr'] : undefined;
        for (const op of ops) {
            const all = (0,pg_facts/* builtinOperators */.Rq)(op).filter((o) => (o.args[0] === '') === (e['lexpr'] === undefined));
            if (all.length === 0)
                return { certainty: 'may', node: e, what: `operator ${op}`, reason: 'is not a built-in operator, so its volatility is not known here' };
            const part = verdict(candidates(all, [e['lexpr'], right]), e, `operator ${op}`);
            if (part)
                return part;
        }
        return undefined;
    }
    cast(c) {
        const arg = c['arg'];
        // A literal is converted by the type's input function while parsing: a constant.
        if (!arg || arg['A_Const'])
            return undefined;
        const target = (0,pg_facts/* typnameOf */.At)(c['typeName']);
        const to = target ? (0,pg_facts/* typeFact */.js)(target) : undefined;
        if (!target || !to)
            return undefined; // a user type: its casts are not tracked; say nothing
        const what = `the cast to ${named(c['typeName']?.['names']).filter((n) => n !== 'pg_catalog').join('.')}`;
        const source = argType(arg);
        const vols = new Set();
        if (source && source !== 'unknown') {
            if (source === target)
                return undefined;
            const fact = (0,pg_facts/* castFact */.A7)(source, target);
            if (fact)
                vols.add(fact.volatility ?? 'i');
            else
                vols.add(maxVolatility((0,pg_facts/* typeFact */.js)(source)?.output ?? 'i', to.input)); // CoerceViaIO
        }
        else {
            for (const f of (0,pg_facts/* castsTo */.OT)(target))
                vols.add(f.volatility ?? 'i');
            vols.add(to.input);
        }
        return verdict(vols, c, what);
    }
}
function maxVolatility(a, b) {
    return a === 'v' || b === 'v' ? 'v' : a === 's' || b === 's' ? 's' : 'i';
}
/** The first part of the expression that is (or, failing that, may be) volatile; undefined when none. */
function volatilePart(expr, lookup) {
    const w = new Walker(lookup);
    w.walk(expr);
    return w.result();
}

;// CONCATENATED MODULE: ./rules/volatile-default.ts




const volatile_default_HELP = 'Add the column without a default (or with a constant one), SET DEFAULT for new rows, backfill existing rows in batches, then add NOT NULL through a validated CHECK.';
const GENERATED_HELP = 'Add a plain nullable column kept up to date by a BEFORE INSERT OR UPDATE trigger, backfill existing rows in batches (or use GENERATED … VIRTUAL on PostgreSQL 18).';
/* harmony default export */ const volatile_default = ((0,types/* defineRule */.K)({
    meta: {
        id: 'volatile-default',
        description: 'ADD COLUMN with a volatile default, a constrained domain or GENERATED … STORED on an existing table (table rewrite).',
        severity: 'error',
        help: volatile_default_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter)
                    return;
                const { name } = alter;
                const rewrite = `rewrites the whole table under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until every row has been written again`;
                for (const c of alter.cmds) {
                    const cmd = c;
                    if (cmd['subtype'] !== 'AT_AddColumn')
                        continue;
                    const def = cmd['def']?.['ColumnDef'];
                    const column = def?.['colname'];
                    if (!def || !column)
                        continue;
                    const typeName = def['typeName'];
                    const typeWord = String(typeName?.['names']?.at(-1)?.['String']?.['sval'] ?? '');
                    if (SERIALS.has(typeWord) && !typeName?.['arrayBounds']) {
                        context.report({
                            stmt,
                            node: typeName,
                            message: `ADD COLUMN ${column} ${typeWord} on existing table ${name} fills every row from a sequence (nextval() is volatile), so it ${rewrite}`,
                            help: `Add a nullable ${typeWord === 'bigserial' || typeWord === 'serial8' ? 'bigint' : 'integer'} column, then SET DEFAULT nextval(…) from a sequence you create, backfill existing rows in batches, and add NOT NULL through a validated CHECK.`,
                        });
                        continue;
                    }
                    const defaults = def['raw_default'] ? [def['raw_default']] : [];
                    for (const k of (def['constraints'] ?? [])) {
                        const con = ('Constraint' in k ? k.Constraint : {});
                        if (con['contype'] === 'CONSTR_DEFAULT' && con['raw_expr'])
                            defaults.push(con['raw_expr']);
                        else if (con['contype'] === 'CONSTR_GENERATED' && con['generated_kind'] !== 'v') {
                            context.report({
                                stmt,
                                node: con,
                                message: `ADD COLUMN ${column} … GENERATED ALWAYS AS (…) STORED on existing table ${name} computes the value for every row, so it ${rewrite}`,
                                help: GENERATED_HELP,
                            });
                        }
                        else if (con['contype'] === 'CONSTR_IDENTITY') {
                            context.report({
                                stmt,
                                node: con,
                                message: `ADD COLUMN ${column} … GENERATED AS IDENTITY on existing table ${name} numbers every row from a sequence, so it ${rewrite}`,
                                help: 'Add a nullable column, attach a sequence (SET DEFAULT nextval(…), or ADD GENERATED … AS IDENTITY once it is filled), backfill existing rows in batches, then add NOT NULL through a validated CHECK.',
                            });
                        }
                    }
                    let reported = def['constraints']?.some?.((k) => ['CONSTR_GENERATED', 'CONSTR_IDENTITY'].includes(k['Constraint']?.['contype'])) === true;
                    for (const expr of defaults) {
                        const part = volatilePart(expr, (key) => catalog.functions.get(key));
                        if (!part)
                            continue;
                        reported ||= part.certainty === 'volatile';
                        const fn = part.what.endsWith('()') ? part.what.slice(0, -2) : undefined;
                        const head = `ADD COLUMN ${column} … DEFAULT ${fn ? `${fn}(…)` : '…'} on existing table ${name}: ${part.what} ${part.reason}`;
                        context.report({
                            stmt,
                            node: part.node,
                            message: part.certainty === 'volatile'
                                ? `${head}, so PostgreSQL evaluates the default for every row and ${rewrite}`
                                : // Not a claim (check counts messages saying "rewrites" as claims): say what would happen.
                                    `${head}; if it is volatile, PostgreSQL evaluates the default for every row and writes all of ${name} again under an ACCESS EXCLUSIVE lock`,
                            help: `Add the column without a default (or with a constant one), then SET DEFAULT ${fn ? `${fn}()` : '…'} for new rows, backfill existing rows in batches, and add NOT NULL through a validated CHECK.`,
                        });
                    }
                    const domain = (0,domains/* constrainedDomain */.v0)(typeName, (key) => catalog.types.get(key)?.domain);
                    // One rewrite, one finding: a volatile default already said it.
                    if (domain && !reported) {
                        context.report({
                            stmt,
                            node: typeName,
                            message: `ADD COLUMN ${column} ${domain} on existing table ${name}: domain ${domain} has constraints, which PostgreSQL checks against every row's value (NULL or the default), so it ${rewrite}`,
                            help: `Add the column as the domain's base type (or a domain without constraints), backfill in batches, then ALTER COLUMN … TYPE ${domain} in a maintenance window — or enforce the rule with a CHECK constraint added NOT VALID and validated later.`,
                        });
                    }
                }
            },
        };
    },
}));
const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

;// CONCATENATED MODULE: ./src/model/catalog/type-change.ts

/** format_type names back to pg_type.typname. */
const TYPNAMES = {
    integer: 'int4', bigint: 'int8', smallint: 'int2', real: 'float4', 'double precision': 'float8', boolean: 'bool',
    'character varying': 'varchar', character: 'bpchar', 'bit varying': 'varbit',
    'timestamp with time zone': 'timestamptz', 'timestamp without time zone': 'timestamp',
    'time with time zone': 'timetz', 'time without time zone': 'time',
};
/** A catalog column type ("character varying(20)", "timestamp(3) with time zone", "integer[]", "zone_code"). */
function parseColumnType(text) {
    const array = text.endsWith('[]');
    const bare = text.replace(/(\[\])+$/, '');
    const m = /^([^(]*)\(([\d,]+)\)(.*)$/.exec(bare);
    const base = m ? `${m[1]}${m[3]}`.trim() : bare;
    return { typname: TYPNAMES[base] ?? base, mods: m ? m[2].split(',').map(Number) : [], array };
}
/** The same from a TypeName node. */
function columnTypeOf(t) {
    const name = (0,pg_facts/* typnameOf */.At)(t) ?? '?';
    const mods = (t.typmods ?? []).map((m) => Number(('A_Const' in m ? m.A_Const.ival?.ival : undefined) ?? 0));
    return { typname: name.replace(/^_/, ''), mods, array: name.startsWith('_') };
}
/** Types whose length coercion has a support function that makes a larger limit a no-op. */
const GROWS = new Set(['varchar', 'varbit', 'timestamp', 'timestamptz', 'time', 'timetz']);
/** A domain stands for its base type; when asked, one with constraints stops the search (its values are checked). */
function resolve(t, domains, stopAtConstraints) {
    for (let hops = 0; hops < 16 && !t.array; hops++) {
        const d = domains(t.typname);
        if (!d)
            break;
        if (stopAtConstraints && d.facts.constraints.size)
            return { type: t, constrained: d.name };
        t = columnTypeOf(d.facts.base);
    }
    return { type: t };
}
/** What changing a column from one type to the other does (without USING, COLLATE). */
function typeChange(fromType, toType, domains) {
    const to = resolve(toType, domains, true);
    if (to.constrained)
        return { kind: 'rewrite', domain: to.constrained };
    const from = resolve(fromType, domains, false).type;
    const t = to.type;
    const same = from.typname === t.typname && from.array === t.array;
    if (same && from.mods.join() === t.mods.join())
        return { kind: 'none' };
    // Arrays are converted element by element (ArrayCoerceExpr): always a rewrite.
    if (from.array || t.array)
        return { kind: 'rewrite' };
    if (same) {
        if (t.mods.length === 0)
            return GROWS.has(from.typname) || from.typname === 'numeric' ? { kind: 'none' } : { kind: 'rewrite' };
        if (from.mods.length === 0)
            return { kind: 'rewrite' };
        if (from.typname === 'numeric')
            return (from.mods[1] ?? 0) === (t.mods[1] ?? 0) && t.mods[0] >= from.mods[0] ? { kind: 'none' } : { kind: 'rewrite' };
        return GROWS.has(from.typname) && t.mods[0] >= from.mods[0] ? { kind: 'none' } : { kind: 'rewrite' };
    }
    const tz = ['timestamp', 'timestamptz'];
    if (tz.includes(from.typname) && tz.includes(t.typname))
        return { kind: 'time zone' };
    const cast = (0,pg_facts/* castFact */.A7)(from.typname, t.typname);
    // A relabeling, unless a new length limit must be applied to every value.
    if (cast?.method !== 'b' || t.mods.length)
        return { kind: 'rewrite' };
    const a = (0,pg_facts/* typeFact */.js)(from.typname)?.btreeOpclass;
    const b = (0,pg_facts/* typeFact */.js)(t.typname)?.btreeOpclass;
    return a === b ? { kind: 'none' } : { kind: 'indexes', from: a ?? 'none', to: b ?? 'none' };
}
/**
 * The same change with a COLLATE clause (`collation` as written, e.g. "C"): the indexes on the
 * column are rebuilt as well, unless the table is rewritten anyway. The catalog does not track a
 * column's current collation, so any COLLATE counts as a new one (naming the current collation
 * again rebuilds nothing).
 */
function withCollation(change, collation) {
    if (collation === undefined)
        return change;
    if (change.kind === 'none')
        return { kind: 'indexes', collation };
    if (change.kind === 'indexes')
        return { ...change, collation };
    return change;
}

;// CONCATENATED MODULE: ./rules/column-type-change.ts





const column_type_change_HELP = 'Expand and contract: add a new column of the new type, backfill it in batches, switch the application to it, then drop the old column in a later migration.';
/* harmony default export */ const column_type_change = ((0,types/* defineRule */.K)({
    meta: {
        id: 'column-type-change',
        description: 'ALTER COLUMN … TYPE that rewrites the table under ACCESS EXCLUSIVE.',
        severity: 'error',
        help: column_type_change_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter)
                    return;
                const { table, name } = alter;
                for (const c of alter.cmds) {
                    const cmd = c;
                    if (cmd['subtype'] !== 'AT_AlterColumnType')
                        continue;
                    const column = cmd['name'];
                    const def = cmd['def']?.['ColumnDef'];
                    if (!column || !def?.['typeName'])
                        continue;
                    const to = (0,model_catalog/* typeNameText */.vB)(def['typeName']);
                    const from = catalog.column(table, column)?.type;
                    const verdict = from === undefined ? { kind: 'unknown' } : judge(from, def, column, (name) => domainOf(catalog, name));
                    if (verdict.kind === 'none')
                        continue;
                    // timestamp ↔ timestamptz under a TimeZone the file itself set to UTC: no table rewrite.
                    const utcSet = verdict.kind === 'time zone' ? utcSetBefore(context, file.parsed.statements, stmt) : undefined;
                    const utcAt = utcSet ? file.position(utcSet.start).line : undefined;
                    if (utcAt !== undefined && !mayBeIndexed(catalog, table, column))
                        continue;
                    if (verdict.kind === 'indexes' && !mayBeIndexed(catalog, table, column))
                        continue;
                    const change = from === undefined ? `to ${to}` : `from ${from} to ${to}`;
                    const lock = `under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until the table and its indexes are rebuilt`;
                    let message;
                    if (verdict.kind === 'unknown') {
                        message = `ALTER COLUMN ${column} TYPE ${to} on existing table ${name}: the old type of ${column} is unknown (no earlier migration declares it), so assume it rewrites the whole table ${lock}`;
                    }
                    else if (verdict.kind === 'time zone' && utcAt !== undefined) {
                        message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} keeps the table's data file (the session TimeZone is UTC, set at line ${utcAt}: PostgreSQL 12+ needs no rewrite) but rebuilds the indexes on ${column} under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until they are rebuilt`;
                    }
                    else if (verdict.kind === 'time zone') {
                        message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} rewrites the whole table ${lock} (unless the session TimeZone is UTC, PostgreSQL 12+: then only the indexes on ${column} are rebuilt)`;
                    }
                    else if (verdict.kind === 'using') {
                        message = `ALTER COLUMN ${column} TYPE ${change} … USING an expression on existing table ${name} rewrites the whole table ${lock}`;
                    }
                    else if (verdict.kind === 'indexes') {
                        const why = [
                            ...(verdict.from !== undefined ? [`operator class ${verdict.from} becomes ${verdict.to}`] : []),
                            ...(verdict.collation !== undefined ? [`the collation becomes "${verdict.collation}", unless it already is`] : []),
                        ].join('; ');
                        const kept = verdict.from !== undefined ? 'the cast is binary-coercible' : 'the type change needs no rewrite';
                        message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} keeps the table's data file (${kept}) but rebuilds the indexes on ${column} (${why}) under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until they are rebuilt`;
                    }
                    else if (verdict.domain) {
                        message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name}: domain ${verdict.domain} has constraints, checked against every row, so it rewrites the whole table ${lock}`;
                    }
                    else {
                        message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} rewrites the whole table ${lock}`;
                    }
                    context.report({
                        stmt,
                        node: def['typeName'],
                        message,
                        help: verdict.kind === 'time zone' && utcAt === undefined
                            ? `Run SET TimeZone = 'UTC' earlier in the migration (PostgreSQL 12+ then skips the rewrite), or expand and contract: add a ${to} column, backfill it in batches, switch over, drop the old one.`
                            : column_type_change_HELP,
                    });
                }
            },
        };
    },
}));
/** A domain the history created, by the column's type name ("zone_code" is public.zone_code). */
function domainOf(catalog, name) {
    const key = name.includes('.') ? name : `public.${name}`;
    const facts = catalog.types.get(key)?.domain;
    return facts ? { facts, name: (0,ast/* displayName */.QC)(key) } : undefined;
}
/**
 * Whether an index may cover the column: an index or PRIMARY KEY / UNIQUE / EXCLUDE constraint
 * the history created on it, or a table whose indexes the catalog does not all know.
 */
function mayBeIndexed(catalog, table, column) {
    if (!catalog.relation(table))
        return true;
    const keyed = catalog.constraints(table).some((c) => ['primary key', 'unique', 'exclusion'].includes(c.kind) && c.columns?.includes(column));
    if (keyed)
        return true;
    for (const r of catalog.relations.values()) {
        if (r.kind !== 'index' || r.table !== table)
            continue;
        let uses = false;
        (0,ast/* walk */.GG)(r.origin.stmt.node['indexParams'], (n) => {
            const elem = n['IndexElem'];
            if (elem?.['name'] === column)
                uses = true;
            const fields = n['ColumnRef']?.['fields'];
            const last = fields?.[fields.length - 1];
            if (last && 'String' in last && last.String.sval === column)
                uses = true;
        });
        if (uses)
            return true;
    }
    return false;
}
/**
 * Whether PostgreSQL rewrites the table (or only rebuilds the column's indexes) for this type
 * change: the facts are in src/model/catalog/type-change.ts.
 */
function judge(fromText, def, column, domains) {
    const using = def['raw_default'];
    const toText = (0,model_catalog/* typeNameText */.vB)(def['typeName']);
    // A USING that only names the column (or casts it to the new type) is the default conversion.
    if (using && !isPlainConversion(using, column, toText))
        return { kind: 'using' };
    // COLLATE keeps the table when the type change does, but rebuilds the column's indexes.
    const collation = collationOf(def['collClause']);
    if (fromText === toText)
        return withCollation({ kind: 'none' }, collation);
    return withCollation(typeChange(parseColumnType(fromText), columnTypeOf(def['typeName']), domains), collation);
}
/** A ColumnDef's collClause ({ collname: [{ String: { sval } }…] }) as a name ("C", "pg_catalog.C"). */
function collationOf(clause) {
    if (!clause)
        return undefined;
    const names = (clause['collname'] ?? []);
    return names.map((n) => ('String' in n ? n.String.sval : '?')).join('.') || '?';
}
function isPlainConversion(expr, column, to) {
    const cast = expr['TypeCast'];
    if (cast && (0,model_catalog/* typeNameText */.vB)(cast['typeName']) !== to)
        return false;
    const inner = (cast?.['arg'] ?? expr);
    const fields = inner['ColumnRef']?.['fields'];
    const last = fields?.[fields.length - 1];
    return !!last && 'String' in last && last.String.sval === column;
}
/**
 * Time zones with a constant offset of 0, for which PostgreSQL 12+ changes timestamp ↔ timestamptz
 * without a rewrite (tablecmds.c ATColumnChangeRequiresRewrite → TimestampTimestampTzRequiresRewrite:
 * the session zone's offset is 0 and fixed). UTC and GMT measured (test/differential).
 */
const UTC_ZONES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'uct', 'etc/uct', 'zulu', 'etc/zulu', 'universal', 'etc/universal', 'gmt0', 'etc/gmt0', 'greenwich', 'etc/greenwich']);
/**
 * The `SET [LOCAL] TimeZone` (or `SET TIME ZONE`) to a UTC zone in effect at `stmt`, from
 * this file only (the runner resets the session before each file): a session SET earlier in the file,
 * or a SET LOCAL in the same transaction (src/model/transactions.ts), not undone or replaced since.
 */
function utcSetBefore(context, statements, stmt) {
    const tx = context.transaction(stmt)?.tx;
    let at;
    for (const s of statements.slice(0, statements.indexOf(stmt))) {
        if (s.kind !== 'VariableSetStmt')
            continue;
        const n = s.node;
        if (n.kind === 'VAR_RESET_ALL' || (n.name ?? '').toLowerCase() === 'timezone') {
            if (n.is_local && context.transaction(s)?.tx !== tx)
                continue;
            const value = n.kind === 'VAR_SET_VALUE' ? n.args?.[0]?.A_Const?.sval?.sval : undefined;
            at = value !== undefined && UTC_ZONES.has(value.toLowerCase()) ? s : undefined;
        }
    }
    return at;
}

;// CONCATENATED MODULE: ./rules/unique-constraint-without-index.ts


const unique_constraint_without_index_HELP = 'CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX … (instant) in the next one.';
/* harmony default export */ const unique_constraint_without_index = ((0,types/* defineRule */.K)({
    meta: {
        id: 'unique-constraint-without-index',
        description: 'ADD UNIQUE / PRIMARY KEY not USING INDEX on an existing table.',
        severity: 'error',
        help: unique_constraint_without_index_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                if (node.objtype !== 'OBJECT_TABLE')
                    return;
                const key = (0,ast/* relationKey */.Yb)(node.relation);
                const name = (0,ast/* displayName */.QC)(key ?? '?');
                const partitioned = catalog.relation(key)?.partitioned === true;
                const existing = catalog.isPreExisting(key, file);
                const check = (con, column) => {
                    if (con.contype !== 'CONSTR_UNIQUE' && con.contype !== 'CONSTR_PRIMARY')
                        return;
                    const what = con.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE';
                    if (con.indexname) {
                        if (partitioned) {
                            context.report({
                                stmt,
                                node: con,
                                message: `PostgreSQL rejects ADD ${what} USING INDEX on partitioned table ${name} ("ALTER TABLE / ADD CONSTRAINT USING INDEX is not supported on partitioned tables") and the migration fails`,
                                help: partitionedHelp(name, what),
                            });
                        }
                        return;
                    }
                    if (!existing)
                        return;
                    context.report({
                        stmt,
                        node: con,
                        message: `${column ? `ADD COLUMN ${column} … ${what}` : `ADD ${what}`} on existing table ${name} builds its unique index while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait until the whole table has been scanned and sorted`,
                        help: partitioned
                            ? partitionedHelp(name, what)
                            : column
                                ? `Add the column without ${what}, then CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own and ADD CONSTRAINT … ${what} USING INDEX … in the next one.`
                                : what === 'PRIMARY KEY'
                                    ? 'CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX … in the next one (its columns must already be NOT NULL, or that step scans the table).'
                                    : unique_constraint_without_index_HELP,
                    });
                };
                for (const c of node.cmds ?? []) {
                    if (!('AlterTableCmd' in c))
                        continue;
                    const cmd = c.AlterTableCmd;
                    const def = cmd.def;
                    if (cmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
                        check(def.Constraint);
                    }
                    else if (cmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def) {
                        for (const n of (def.ColumnDef.constraints ?? [])) {
                            if ('Constraint' in n)
                                check(n.Constraint, def.ColumnDef.colname ?? '?');
                        }
                    }
                }
            },
        };
    },
}));
function partitionedHelp(name, what) {
    return `On each partition of ${name}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … ${what} USING INDEX; then ADD the ${what} on ${name}, which adopts the partitions' constraints instead of building new indexes.`;
}

;// CONCATENATED MODULE: ./rules/lock-timeout-missing.ts



const lock_timeout_missing_HELP = "Put SET LOCAL lock_timeout = '5s'; right after BEGIN (SET lock_timeout = '5s'; in a migration without a transaction block), and retry the migration when it times out.";
const STRENGTH = { 'SHARE ROW EXCLUSIVE': 6, EXCLUSIVE: 7, 'ACCESS EXCLUSIVE': 8 };
const LOCK_MODES = { 6: 'SHARE ROW EXCLUSIVE', 7: 'EXCLUSIVE', 8: 'ACCESS EXCLUSIVE' };
/* harmony default export */ const lock_timeout_missing = ((0,types/* defineRule */.K)({
    meta: {
        id: 'lock-timeout-missing',
        description: 'A statement taking ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE on an existing table with no lock_timeout set.',
        severity: 'warning',
        help: lock_timeout_missing_HELP,
    },
    create(context) {
        const { catalog, settings } = context;
        const runnerSetsTimeout = !isZero(settings.runnerLockTimeout ?? '');
        let state = { session: false };
        let first;
        let more = 0;
        const inTransaction = (stmt) => context.transaction(stmt)?.inBlock ?? false;
        /** The transaction a SET LOCAL of this statement lasts for. */
        const scopeOf = (stmt) => context.transaction(stmt)?.tx ?? (0,statements/* topLevelStatement */.FJ)(stmt);
        const covered = (stmt) => {
            const local = state.local;
            if (local && local.scope === scopeOf(stmt))
                return local.on;
            return state.session;
        };
        const setTimeout = (stmt, on, isLocal) => {
            // SET LOCAL outside a transaction block only lasts for the statement's own transaction.
            if (isLocal)
                state.local = { on, scope: scopeOf(stmt) };
            // A plain SET also replaces a SET LOCAL value of the current transaction.
            else
                state = { session: on };
        };
        return {
            file() {
                state = { session: false };
                first = undefined;
                more = 0;
            },
            statement(stmt, file) {
                if (runnerSetsTimeout)
                    return;
                const n = stmt.node;
                // Where each transaction ends is the model's business (covered() compares transactions).
                if (stmt.kind === 'TransactionStmt')
                    return;
                if (stmt.kind === 'VariableSetStmt') {
                    const kind = String(n['kind']);
                    if (kind === 'VAR_RESET_ALL')
                        state = { session: false };
                    else if (n['name'] === 'lock_timeout') {
                        const on = kind === 'VAR_SET_VALUE' && !isZero(constText(n['args']?.[0]));
                        setTimeout(stmt, on, Boolean(n['is_local']));
                    }
                    return;
                }
                // SELECT set_config('lock_timeout', '5s', is_local)
                for (const call of (0,ast/* findAll */.JW)(n, 'FuncCall')) {
                    const name = (0,ast/* nameListKey */.jZ)(call.funcname);
                    const args = (call.args ?? []);
                    if (name !== 'public.set_config' && name !== 'pg_catalog.set_config')
                        continue;
                    if (constText(args[0]) !== 'lock_timeout' || args.length < 2)
                        continue;
                    const value = constText(args[1]);
                    if (value === undefined)
                        continue;
                    setTimeout(stmt, !isZero(value), args[2]?.['A_Const']?.['boolval']?.['boolval'] === true);
                }
                if (covered(stmt))
                    return;
                const found = locksOf(stmt, catalog, file);
                if (!found)
                    return;
                const lock = found.locks
                    .filter((l) => l.key === undefined || catalog.isPreExisting(l.key, file))
                    .sort((a, b) => STRENGTH[b.mode] - STRENGTH[a.mode])[0];
                if (!lock)
                    return;
                if (first)
                    more++;
                // Named now: by the end of the file the catalog may have dropped or renamed it.
                else
                    first = { stmt, lock, label: found.label, inTx: inTransaction(stmt), byRunner: context.transaction(stmt)?.tx.kind === 'runner', ...subject(catalog, lock) };
            },
            fileExit() {
                if (!first)
                    return;
                const { stmt, lock, label, inTx, byRunner, on, users } = first;
                const many = lock.key === undefined;
                const waiting = lock.reindex
                    ? `every later INSERT, UPDATE and DELETE on ${users} queues behind it, and so does every SELECT (the planner opens each index of the table, even for a sequential scan)`
                    : lock.mode === 'ACCESS EXCLUSIVE'
                        ? `every later query on ${users}, SELECT included, queues behind it`
                        : `every later INSERT, UPDATE and DELETE on ${users} queues behind it (reads go on)`;
                const takes = lock.reindex === 'indexes'
                    ? `a SHARE lock on ${on} and an ACCESS EXCLUSIVE lock on each of ${many ? 'their indexes (one table at a time)' : 'its indexes'}`
                    : lock.reindex === 'index'
                        ? `an ACCESS EXCLUSIVE lock on ${on} and a SHARE lock on the table`
                        : `${article(lock.mode)} ${lock.mode} lock on ${on}`;
                const others = more ? ` (${more} later statement${more > 1 ? 's' : ''} in this migration take${more > 1 ? '' : 's'} such locks too)` : '';
                context.report({
                    stmt,
                    node: lock.node,
                    message: `${label} takes ${takes} and no lock_timeout is set: while it waits for ${lock.reindex ? 'these locks' : 'the lock'} behind any open transaction that used ${users}, ${waiting}, an outage on a busy table${others}`,
                    help: byRunner
                        ? "Put SET LOCAL lock_timeout = '5s'; at the top of the migration (the runner's transaction wraps the file), and retry the migration when it times out."
                        : inTx
                            ? "Put SET LOCAL lock_timeout = '5s'; at the top of the transaction (right after BEGIN), and retry the migration when it times out."
                            : "Put SET lock_timeout = '5s'; at the top of the migration (it has no transaction block, so SET LOCAL would not last), and retry when it times out.",
                });
            },
        };
    },
}));
const article = (mode) => (mode === 'SHARE ROW EXCLUSIVE' ? 'a' : 'an');
/**
 * What the lock is on ("existing table orders", "index idx_a of an existing table") and whose
 * queries queue behind it ("orders", "its table").
 */
function subject(catalog, lock) {
    if (lock.key === undefined)
        return { on: lock.target ?? 'many tables', users: 'them' };
    const info = catalog.relation(lock.key);
    if (info?.kind === 'index' || lock.index) {
        if (info?.table) {
            const table = (0,ast/* displayName */.QC)(info.table);
            return { on: `index ${(0,ast/* displayName */.QC)(lock.key)} of existing table ${table}`, users: table };
        }
        return { on: `index ${(0,ast/* displayName */.QC)(lock.key)} of an existing table`, users: 'its table' };
    }
    const name = (0,ast/* displayName */.QC)(lock.key);
    return { on: `existing ${info?.kind ?? lock.kind ?? 'table'} ${name}`, users: name };
}
/** Text of a constant: '5s' → "5s", 5000 → "5000", 0 → "0". */
function constText(n) {
    const c = n?.['A_Const'];
    if (!c)
        return undefined;
    if (c['sval'])
        return String(c['sval']['sval'] ?? '');
    if (c['ival'])
        return String(c['ival']['ival'] ?? 0);
    if (c['fval'])
        return String(c['fval']['fval'] ?? '0');
    return undefined;
}
/** '', 0, '0', '0s', '0ms': no timeout. An unknown value (a parameter) counts as set. */
function isZero(value) {
    if (value === undefined)
        return false;
    return /^\s*(0+(\.0*)?\s*(us|ms|s|min|h|d)?)?\s*$/i.test(value);
}
const SHARE_UPDATE_EXCLUSIVE_COMMANDS = new Set([
    'AT_SetStatistics',
    'AT_SetOptions',
    'AT_ResetOptions',
    'AT_ValidateConstraint',
    'AT_ClusterOn',
    'AT_DropCluster',
    'AT_DetachPartitionFinalize',
]);
const TRIGGER_COMMANDS = new Set([
    'AT_EnableTrig',
    'AT_EnableAlwaysTrig',
    'AT_EnableReplicaTrig',
    'AT_DisableTrig',
    'AT_EnableTrigAll',
    'AT_DisableTrigAll',
    'AT_EnableTrigUser',
    'AT_DisableTrigUser',
]);
/** Storage parameters PostgreSQL changes under SHARE UPDATE EXCLUSIVE (others, e.g. user_catalog_table, need ACCESS EXCLUSIVE). */
const WEAK_RELOPTION = /^(fillfactor|autovacuum_.*|toast\..*|toast_tuple_target|parallel_workers|vacuum_index_cleanup|vacuum_truncate|log_autovacuum_min_duration|deduplicate_items|pages_per_range|autosummarize)$/;
/** Relation kinds of ALTER TABLE / ALTER INDEX / … that name a table or something queries depend on. */
const ALTER_LABELS = {
    OBJECT_TABLE: 'ALTER TABLE',
    OBJECT_FOREIGN_TABLE: 'ALTER FOREIGN TABLE',
    OBJECT_INDEX: 'ALTER INDEX',
    OBJECT_VIEW: 'ALTER VIEW',
    OBJECT_MATVIEW: 'ALTER MATERIALIZED VIEW',
};
const DROP_LABELS = {
    OBJECT_TABLE: 'DROP TABLE',
    OBJECT_FOREIGN_TABLE: 'DROP FOREIGN TABLE',
    OBJECT_INDEX: 'DROP INDEX',
    OBJECT_VIEW: 'DROP VIEW',
    OBJECT_MATVIEW: 'DROP MATERIALIZED VIEW',
};
/** DROP TRIGGER / POLICY / RULE … ON table: the objects are [schema.]table.name. */
const DROP_ON_TABLE = { OBJECT_TRIGGER: 'DROP TRIGGER', OBJECT_POLICY: 'DROP POLICY', OBJECT_RULE: 'DROP RULE' };
const RENAME_ON_RELATION = new Set([
    'OBJECT_TABLE',
    'OBJECT_FOREIGN_TABLE',
    'OBJECT_VIEW',
    'OBJECT_MATVIEW',
    'OBJECT_TABCONSTRAINT',
    'OBJECT_TRIGGER',
    'OBJECT_POLICY',
    'OBJECT_RULE',
]);
const rv = (n) => n;
const relationsOf = (list) => (list ?? []).flatMap((r) => ('RangeVar' in r ? [r.RangeVar] : []));
/** FOREIGN KEY constraints in a list of column definitions and constraints: SHARE ROW EXCLUSIVE on each referenced table. */
function foreignKeyLocks(tree) {
    return (0,ast/* findAll */.JW)(tree, 'Constraint')
        .filter((c) => c.contype === 'CONSTR_FOREIGN' && c.pktable)
        .map((c) => ({ mode: 'SHARE ROW EXCLUSIVE', key: (0,ast/* relationKey */.Yb)(c.pktable), node: c.pktable }));
}
/**
 * The locks of mode SHARE ROW EXCLUSIVE or stronger that a statement takes, as PostgreSQL's
 * AlterTableGetLockLevel and friends decide them (checked against pg_locks on PostgreSQL 15).
 */
function locksOf(stmt, catalog, file) {
    const n = stmt.node;
    const one = (label, mode, relation) => ({ label, locks: [{ mode, key: (0,ast/* relationKey */.Yb)(relation), node: relation }] });
    switch (stmt.kind) {
        case 'AlterTableStmt': {
            const label = ALTER_LABELS[String(n['objtype'])];
            if (!label)
                return undefined;
            const relation = rv(n['relation']);
            const key = (0,ast/* relationKey */.Yb)(relation);
            const locks = [];
            for (const c of (n['cmds'] ?? [])) {
                if (!('AlterTableCmd' in c))
                    continue;
                const cmd = c.AlterTableCmd;
                const subtype = String(cmd['subtype']);
                const here = (mode) => locks.push({ mode, key, node: relation, index: n['objtype'] === 'OBJECT_INDEX' });
                if (SHARE_UPDATE_EXCLUSIVE_COMMANDS.has(subtype))
                    continue;
                if (TRIGGER_COMMANDS.has(subtype))
                    here('SHARE ROW EXCLUSIVE');
                else if (subtype === 'AT_SetRelOptions' || subtype === 'AT_ResetRelOptions') {
                    const names = (0,ast/* findAll */.JW)(cmd['def'], 'DefElem').map((d) => `${d.defnamespace ? `${d.defnamespace}.` : ''}${d.defname}`);
                    const weak = n['objtype'] !== 'OBJECT_VIEW' && names.every((x) => WEAK_RELOPTION.test(x));
                    if (!weak)
                        here('ACCESS EXCLUSIVE');
                }
                else if (subtype === 'AT_AttachPartition') {
                    // The parent gets SHARE UPDATE EXCLUSIVE; the partition (or partition index) ACCESS EXCLUSIVE.
                    const part = rv(cmd['def']?.['PartitionCmd']?.['name']);
                    locks.push({ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* relationKey */.Yb)(part), node: part, index: n['objtype'] === 'OBJECT_INDEX' });
                }
                else if (subtype === 'AT_DetachPartition') {
                    if (cmd['def']?.['PartitionCmd']?.['concurrent'])
                        continue;
                    const part = rv(cmd['def']?.['PartitionCmd']?.['name']);
                    here('ACCESS EXCLUSIVE');
                    locks.push({ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* relationKey */.Yb)(part), node: part });
                }
                else if (subtype === 'AT_AddConstraint' && cmd['def']?.['Constraint']?.['contype'] === 'CONSTR_FOREIGN') {
                    here('SHARE ROW EXCLUSIVE');
                    locks.push(...foreignKeyLocks(cmd['def']));
                }
                else {
                    here('ACCESS EXCLUSIVE');
                    // ADD COLUMN … REFERENCES also locks the referenced table.
                    if (subtype === 'AT_AddColumn')
                        locks.push(...foreignKeyLocks(cmd['def']));
                }
            }
            return { label, locks };
        }
        case 'AlterTableMoveAllStmt':
            return { label: 'ALTER … ALL IN TABLESPACE', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: `every ${String(n['objtype']) === 'OBJECT_INDEX' ? 'index' : 'table'} in tablespace ${n['orig_tablespacename']}` }] };
        case 'RenameStmt': {
            const type = String(n['renameType']);
            const relType = String(n['relationType']);
            if (RENAME_ON_RELATION.has(type) || (type === 'OBJECT_COLUMN' && relType !== 'OBJECT_TYPE')) {
                return one('ALTER … RENAME', 'ACCESS EXCLUSIVE', rv(n['relation']));
            }
            return undefined;
        }
        case 'AlterObjectSchemaStmt':
            if (!['OBJECT_TABLE', 'OBJECT_FOREIGN_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW'].includes(String(n['objectType'])))
                return undefined;
            return one('ALTER … SET SCHEMA', 'ACCESS EXCLUSIVE', rv(n['relation']));
        case 'DropStmt': {
            const type = String(n['removeType']);
            const objects = (n['objects'] ?? []).map((o) => ('List' in o ? (o.List.items ?? []) : []));
            if (DROP_LABELS[type]) {
                if (type === 'OBJECT_INDEX' && n['concurrent'])
                    return undefined;
                const locks = objects.map((items) => ({ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* nameListKey */.jZ)(items), index: type === 'OBJECT_INDEX' }));
                return { label: DROP_LABELS[type], locks };
            }
            if (DROP_ON_TABLE[type]) {
                const locks = objects.map((items) => ({ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* nameListKey */.jZ)(items.slice(0, -1)) }));
                return { label: DROP_ON_TABLE[type], locks };
            }
            return undefined;
        }
        case 'TruncateStmt':
            return { label: 'TRUNCATE', locks: relationsOf(n['relations']).map((r) => ({ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* relationKey */.Yb)(r), node: r })) };
        case 'LockStmt': {
            const mode = LOCK_MODES[Number(n['mode'] ?? 8)];
            if (!mode)
                return undefined;
            return { label: 'LOCK TABLE', locks: relationsOf(n['relations']).map((r) => ({ mode, key: (0,ast/* relationKey */.Yb)(r), node: r })) };
        }
        case 'CreateTrigStmt':
            return one(n['replace'] ? 'CREATE OR REPLACE TRIGGER' : 'CREATE TRIGGER', 'SHARE ROW EXCLUSIVE', rv(n['relation']));
        case 'CreatePolicyStmt':
            return one('CREATE POLICY', 'ACCESS EXCLUSIVE', rv(n['table']));
        case 'AlterPolicyStmt':
            return one('ALTER POLICY', 'ACCESS EXCLUSIVE', rv(n['table']));
        case 'RuleStmt':
            return one('CREATE RULE', 'ACCESS EXCLUSIVE', rv(n['relation']));
        case 'CreateStmt': {
            const locks = foreignKeyLocks(n['tableElts']);
            let label = 'CREATE TABLE … REFERENCES';
            if (n['partbound']) {
                // PARTITION OF takes ACCESS EXCLUSIVE on the parent.
                for (const p of (n['inhRelations'] ?? [])) {
                    if ('RangeVar' in p)
                        locks.unshift({ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* relationKey */.Yb)(p.RangeVar), node: p.RangeVar });
                }
                label = 'CREATE TABLE … PARTITION OF';
            }
            return { label, locks };
        }
        case 'ViewStmt': {
            // CREATE OR REPLACE VIEW of a view that exists. In a versioned migration, only a view the catalog knows.
            const key = (0,ast/* relationKey */.Yb)(rv(n['view']));
            if (!n['replace'] || (file.kind !== 'repeatable' && !catalog.relation(key)))
                return undefined;
            return { label: 'CREATE OR REPLACE VIEW', locks: [{ mode: 'ACCESS EXCLUSIVE', key, node: rv(n['view']), kind: 'view' }] };
        }
        case 'RefreshMatViewStmt':
            if (n['concurrent'])
                return undefined;
            return { label: 'REFRESH MATERIALIZED VIEW', locks: [{ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* relationKey */.Yb)(rv(n['relation'])), node: rv(n['relation']), kind: 'materialized view' }] };
        case 'ReindexStmt': {
            // SHARE on the table, ACCESS EXCLUSIVE on the indexes rebuilt (indexcmds.c: ReindexTable,
            // ReindexIndex; reindex_index). SCHEMA / DATABASE / SYSTEM: the same, table by table, each
            // in a transaction of its own (ReindexMultipleTables).
            if ((0,ast/* hasOption */.Kz)(n['params'], 'concurrently'))
                return undefined;
            const kind = String(n['kind']);
            const what = kind.replace('REINDEX_OBJECT_', '');
            const label = `REINDEX ${what}`;
            if (kind === 'REINDEX_OBJECT_TABLE' || kind === 'REINDEX_OBJECT_INDEX') {
                const relation = rv(n['relation']);
                const index = kind === 'REINDEX_OBJECT_INDEX';
                return { label, locks: [{ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* relationKey */.Yb)(relation), node: relation, index, reindex: index ? 'index' : 'indexes' }] };
            }
            const target = kind === 'REINDEX_OBJECT_SYSTEM' ? 'every system catalog' : `every table in ${what.toLowerCase()} ${n['name'] ?? ''}`.trim();
            return { label, locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target, reindex: 'indexes' }] };
        }
        case 'ClusterStmt':
            if (!n['relation'])
                return { label: 'CLUSTER', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: 'every table clustered before' }] };
            return one('CLUSTER', 'ACCESS EXCLUSIVE', rv(n['relation']));
        case 'VacuumStmt': {
            if (!n['is_vacuumcmd'] || !(0,ast/* hasOption */.Kz)(n['options'], 'full'))
                return undefined;
            const rels = (0,ast/* findAll */.JW)(n['rels'], 'VacuumRelation').map((r) => r.relation);
            if (rels.length === 0)
                return { label: 'VACUUM FULL', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: 'every table in the database, one at a time' }] };
            return { label: 'VACUUM FULL', locks: rels.map((r) => ({ mode: 'ACCESS EXCLUSIVE', key: (0,ast/* relationKey */.Yb)(r), node: r })) };
        }
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/load/text.ts
var load_text = __webpack_require__(3497);
;// CONCATENATED MODULE: ./rules/breaking-drop.ts




const breaking_drop_HELP = 'Expand/contract: stop using it in the application and deploy that first, then drop it in a later migration (and say so in a suppression comment there).';
/** What DROP … removes, by the parser's object type. */
const DROP_KINDS = {
    OBJECT_TABLE: { kind: 'table', word: 'table' },
    OBJECT_FOREIGN_TABLE: { kind: 'table', word: 'foreign table' },
    OBJECT_VIEW: { kind: 'view', word: 'view' },
    OBJECT_MATVIEW: { kind: 'materialized view', word: 'materialized view' },
    OBJECT_FUNCTION: { kind: 'function', word: 'function' },
    OBJECT_PROCEDURE: { kind: 'procedure', word: 'procedure' },
    OBJECT_ROUTINE: { kind: 'function', word: 'routine' },
    OBJECT_TYPE: { kind: 'type', word: 'type' },
    OBJECT_DOMAIN: { kind: 'type', word: 'domain' },
};
/** How the running application notices, per kind of object. */
const FAILURE = {
    table: 'its queries fail with "relation does not exist", and the data is gone',
    view: 'its queries fail with "relation does not exist"',
    'materialized view': 'its queries fail with "relation does not exist"',
    function: 'its calls fail with "function does not exist"',
    procedure: 'its CALLs fail with "procedure does not exist"',
    type: 'its casts and queries naming the type fail with "type does not exist"',
};
/** The lock DROP takes, and what waits for it. */
const LOCK = {
    table: 'takes an ACCESS EXCLUSIVE lock (every query on it waits) and',
    view: 'takes an ACCESS EXCLUSIVE lock on the view (every query on it waits) and',
    'materialized view': 'takes an ACCESS EXCLUSIVE lock on the materialized view (every query on it waits) and',
    function: 'takes no table lock, but',
    procedure: 'takes no table lock, but',
    type: 'takes no table lock, but',
};
/* harmony default export */ const breaking_drop = ((0,types/* defineRule */.K)({
    meta: {
        id: 'breaking-drop',
        description: 'DROP TABLE / COLUMN / VIEW / FUNCTION / TYPE of an existing object: breaks the running application.',
        severity: 'warning',
        help: breaking_drop_HELP,
    },
    create(context) {
        const { catalog } = context;
        let creations = [];
        let tops = new Map();
        /**
         * Dropped and created again later in the same transaction (DROP VIEW v; CREATE VIEW v …, to
         * change its columns): other sessions never see it missing.
         */
        const recreated = (kind, key, stmt) => {
            const tx = context.transaction(stmt);
            if (!tx?.inBlock)
                return false;
            const at = tops.get((0,statements/* topLevelStatement */.FJ)(stmt)) ?? -1;
            const sameKind = (k) => k === kind || (kind === 'function' && k === 'procedure') || (kind === 'procedure' && k === 'function');
            return creations.some((c) => sameKind(c.kind) && c.key === key && c.at >= at && c.tx === tx.tx.id);
        };
        /** Whether the migrations created (and have not dropped) the object: the catalog knows it. */
        const known = (kind, key) => kind === 'function' || kind === 'procedure' ? catalog.functions.has(key) : kind === 'type' ? catalog.types.has(key) : catalog.relation(key) !== undefined;
        const existing = (kind, key, file) => kind === 'table' ? catalog.isPreExisting(key, file) : catalog.isObjectPreExisting(kind, key, file);
        return {
            file(file) {
                creations = [];
                tops = new Map(file.parsed.statements.map((s, i) => [s, i]));
                const txs = context.fileTransactions().statements;
                file.parsed.statements.forEach((s, i) => {
                    for (const one of [s, ...s.nested]) {
                        const c = creationOf(one);
                        if (c)
                            creations.push({ ...c, at: i, tx: txs[i].tx.id });
                    }
                });
            },
            DropStmt(node, stmt, file) {
                const what = DROP_KINDS[String(node.removeType)];
                if (!what)
                    return;
                const keys = (node.objects ?? []).map((o) => objectKey(o));
                // DROP … IF EXISTS of an object no migration created, created again later in the file: a
                // defensive clean-up before the file creates it (an unknown object alone still counts as existing).
                const createdLater = (k) => {
                    const at = file.parsed.statements.indexOf((0,statements/* topLevelStatement */.FJ)(stmt));
                    return file.parsed.statements.slice(at + 1).some((c) => (c.kind === 'CreateStmt' ? (0,ast/* relationKey */.Yb)(c.node['relation']) : creationOf(c)?.key) === k);
                };
                const unknownIfExists = (k) => node.missing_ok === true && !known(what.kind, k) && createdLater(k);
                const dropped = keys.filter((k) => k !== undefined && !unknownIfExists(k) && existing(what.kind, k, file) && (what.kind === 'table' || !recreated(what.kind, k, stmt)));
                if (dropped.length === 0)
                    return;
                const names = dropped.map(ast/* displayName */.QC).join(', ');
                const plural = dropped.length > 1;
                const cascade = node.behavior === 'DROP_CASCADE'
                    ? what.kind === 'type'
                        ? '; CASCADE also drops every column of this type, with its data'
                        : '; CASCADE also drops every view and foreign key that depends on it'
                    : '';
                context.report({
                    stmt,
                    message: `DROP ${what.word.toUpperCase()} of existing ${what.word}${plural ? 's' : ''} ${names} ${LOCK[what.kind]} breaks the running application wherever it still uses ${plural ? 'them' : 'it'}: ${FAILURE[what.kind]} until the release that stops using ${plural ? 'them' : 'it'} is deployed${cascade}`,
                    help: what.kind === 'view' || what.kind === 'materialized view'
                        ? 'Expand/contract: stop using the view in the application and deploy that first, then drop it in a later migration (to change a view, CREATE OR REPLACE it, or drop and create it in one transaction).'
                        : breaking_drop_HELP,
                });
            },
            AlterTableStmt(node, stmt, file) {
                if (node.objtype !== 'OBJECT_TABLE' && node.objtype !== 'OBJECT_FOREIGN_TABLE')
                    return;
                const table = (0,ast/* relationKey */.Yb)(node.relation);
                let from = node.relation?.location !== undefined ? stmt.offsetOf(node.relation.location) : stmt.start;
                for (const c of node.cmds ?? []) {
                    if (!('AlterTableCmd' in c) || c.AlterTableCmd.subtype !== 'AT_DropColumn')
                        continue;
                    const column = c.AlterTableCmd.name;
                    if (!column || !catalog.isColumnPreExisting(table, column, file))
                        continue;
                    // Renamed to this name by the change itself (the *_old pattern): the application never
                    // used this name, and breaking-rename reports the rename.
                    if (catalog.isColumnNameFromChange(table, column, file))
                        continue;
                    const at = (0,statements/* clauseOffset */.ze)(file, stmt, from, dropColumnPattern(column));
                    if (at !== undefined)
                        from = at + 1;
                    const name = (0,ast/* displayName */.QC)(table ?? '?');
                    context.report({
                        stmt,
                        ...(at !== undefined ? { offset: at } : { node: node.relation }),
                        message: `DROP COLUMN ${column} of existing table ${name} takes an ACCESS EXCLUSIVE lock (every query on ${name} waits) and breaks the running application wherever it still uses ${column}: its queries fail with "column does not exist" until the release that stops using it is deployed, and the data is gone${c.AlterTableCmd.behavior === 'DROP_CASCADE' ? '; CASCADE also drops the views, indexes and constraints that use it' : ''}`,
                        help: `Expand/contract: stop reading and writing ${column} in the application and deploy that first, then drop the column in a later migration (and say so in a suppression comment there).`,
                    });
                }
            },
        };
    },
}));
/** Catalog key of one object of a DROP: a qualified name, a function signature or a type name. */
function objectKey(o) {
    if ('List' in o)
        return (0,ast/* nameListKey */.jZ)(o.List.items);
    if ('ObjectWithArgs' in o)
        return (0,ast/* nameListKey */.jZ)(o.ObjectWithArgs.objname);
    if ('TypeName' in o)
        return (0,ast/* nameListKey */.jZ)(o.TypeName.names);
    if ('String' in o)
        return (0,ast/* nameListKey */.jZ)([o]);
    return undefined;
}
/** Views, materialized views, functions and types a statement creates. */
function creationOf(s) {
    const n = s.node;
    const list = (l) => (0,ast/* nameListKey */.jZ)(l);
    let found;
    switch (s.kind) {
        case 'ViewStmt':
            found = ['view', (0,ast/* relationKey */.Yb)(n['view'])];
            break;
        case 'CreateTableAsStmt':
            if (n['objtype'] === 'OBJECT_MATVIEW')
                found = ['materialized view', (0,ast/* relationKey */.Yb)(n['into']?.['rel'])];
            break;
        case 'CreateFunctionStmt':
            found = [n['is_procedure'] ? 'procedure' : 'function', list(n['funcname'])];
            break;
        case 'CreateEnumStmt':
        case 'CreateRangeStmt':
            found = ['type', list(n['typeName'])];
            break;
        case 'CreateDomainStmt':
            found = ['type', list(n['domainname'])];
            break;
        case 'CompositeTypeStmt':
            found = ['type', (0,ast/* relationKey */.Yb)(n['typevar'])];
            break;
        case 'DefineStmt':
            if (n['kind'] === 'OBJECT_TYPE')
                found = ['type', list(n['defnames'])];
            break;
    }
    return found?.[1] ? { kind: found[0], key: found[1] } : undefined;
}
/** `DROP [COLUMN] [IF EXISTS] name`, the name quoted or not. */
function dropColumnPattern(column) {
    const name = `(?:"${(0,load_text/* escapeRegExp */.Nt)(column.replace(/"/g, '""'))}"|${(0,load_text/* escapeRegExp */.Nt)(column)}\\b)`;
    return new RegExp(`\\bDROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?${name}`, 'gi');
}

;// CONCATENATED MODULE: ./rules/breaking-rename.ts



const COLUMN_HELP = 'Expand/contract: add the new column, write both and backfill, switch the application to it, then drop the old column in a later migration.';
const TABLE_HELP = 'Keep the old name working: CREATE VIEW <old name> AS SELECT * FROM <new name> in the same transaction as the rename, switch the application, then drop the view in a later migration.';
const SWAP_HELP = 'Swap in one short transaction that first stops writes (LOCK TABLE <old> IN EXCLUSIVE MODE), copies the rows written since the copy, renames both, and recreates the foreign keys, views, triggers and grants on the new table.';
const VIEW_HELP = 'Create the view under the new name next to the old one, switch the application to it, then drop the old view in a later migration.';
const TYPE_HELP = 'Create the new type next to the old one, move the columns and the application to it, then drop the old type in a later migration.';
const VALUE_HELP = 'ADD VALUE the new label, switch the application to it and update the rows in batches; stop accepting the old label in a later migration.';
const RELATION_WORDS = {
    OBJECT_TABLE: 'table',
    OBJECT_FOREIGN_TABLE: 'foreign table',
    OBJECT_VIEW: 'view',
    OBJECT_MATVIEW: 'materialized view',
};
/* harmony default export */ const breaking_rename = ((0,types/* defineRule */.K)({
    meta: {
        id: 'breaking-rename',
        description: 'RENAME of a table, column, view or type: breaks the running application.',
        severity: 'warning',
        help: COLUMN_HELP,
    },
    create(context) {
        const { catalog } = context;
        let renames = [];
        /** Views the file creates, by key, with the index of their top-level statement and its transaction. */
        let views = [];
        let tops = new Map();
        /** A view with the old name created later in the same transaction keeps the old name working. */
        const keptByView = (key, stmt) => {
            const tx = context.transaction(stmt);
            if (!tx?.inBlock)
                return false;
            const at = tops.get((0,statements/* topLevelStatement */.FJ)(stmt)) ?? -1;
            return views.some((v) => v.key === key && v.at >= at && v.tx === tx.tx.id);
        };
        /** The object that takes over the old name later in the file, if any. */
        const successor = (kind, scope, oldname, stmt) => {
            const later = renames.find((r) => r.kind === kind && r.scope === scope && r.newname === oldname && r.start > stmt.start);
            return later?.stmt;
        };
        const at = (file, stmt, from, pattern) => {
            const offset = (0,statements/* clauseOffset */.ze)(file, stmt, from !== undefined ? stmt.offsetOf(from) : stmt.start, pattern);
            return offset !== undefined ? { offset } : {};
        };
        return {
            file(file) {
                renames = [];
                views = [];
                tops = new Map(file.parsed.statements.map((s, i) => [s, i]));
                const txs = context.fileTransactions().statements;
                for (const [i, top] of file.parsed.statements.entries()) {
                    for (const s of [top, ...top.nested]) {
                        const view = s.kind === 'ViewStmt' ? (0,ast/* relationKey */.Yb)(s.node['view']) : undefined;
                        if (view)
                            views.push({ key: view, at: i, tx: txs[i].tx.id });
                        if (s.kind !== 'RenameStmt' || !s.node['newname'])
                            continue;
                        const type = String(s.node['renameType']);
                        const rv = s.node['relation'];
                        if (RELATION_WORDS[type])
                            renames.push({ start: s.start, kind: 'relation', scope: rv?.schemaname ?? 'public', newname: s.node['newname'], stmt: s });
                        else if (type === 'OBJECT_COLUMN') {
                            const table = (0,ast/* relationKey */.Yb)(rv);
                            if (table)
                                renames.push({ start: s.start, kind: 'column', scope: table, newname: s.node['newname'], stmt: s });
                        }
                    }
                }
            },
            RenameStmt(node, stmt, file) {
                const type = String(node.renameType);
                const newname = node.newname ?? '?';
                const where = at(file, stmt, node.relation?.location, /\bRENAME\b/gi);
                if (RELATION_WORDS[type]) {
                    const key = (0,ast/* relationKey */.Yb)(node.relation);
                    if (!key || !catalog.isPreExisting(key, file) || keptByView(key, stmt))
                        return;
                    const info = catalog.relation(key);
                    const word = info && info.kind !== 'index' && info.kind !== 'sequence' ? info.kind : RELATION_WORDS[type];
                    const name = (0,ast/* displayName */.QC)(key);
                    const lock = `takes an ACCESS EXCLUSIVE lock (brief, but every query on ${name} waits for it)`;
                    const next = successor('relation', node.relation?.schemaname ?? 'public', node.relation?.relname ?? '', stmt);
                    if (next) {
                        const taker = next.node['relation']?.['relname'] ?? '?';
                        context.report({
                            stmt,
                            ...where,
                            message: `RENAME of existing ${word} ${name} to ${newname} ${lock}, and ${taker} then takes its name: the running application's queries switch to ${taker}, but the views, foreign keys, triggers and grants that referred to ${name} stay with ${newname}, and so do rows written after the data was copied`,
                            help: word === 'table' ? SWAP_HELP : VIEW_HELP,
                        });
                        return;
                    }
                    context.report({
                        stmt,
                        ...where,
                        message: `RENAME of existing ${word} ${name} to ${newname} ${lock} and breaks the running application: its queries still name ${name} and fail with "relation does not exist" until the release that uses ${newname} is deployed`,
                        help: word === 'table' || word === 'foreign table' ? TABLE_HELP : VIEW_HELP,
                    });
                    return;
                }
                if (type === 'OBJECT_COLUMN' && node.relationType !== 'OBJECT_TYPE') {
                    const table = (0,ast/* relationKey */.Yb)(node.relation);
                    const column = node.subname;
                    if (!table || !column || !catalog.isColumnPreExisting(table, column, file))
                        return;
                    const name = (0,ast/* displayName */.QC)(table);
                    const lock = `takes an ACCESS EXCLUSIVE lock (brief, but every query on ${name} waits for it)`;
                    const next = successor('column', table, column, stmt);
                    if (next) {
                        const taker = String(next.node['subname'] ?? '?');
                        context.report({
                            stmt,
                            ...where,
                            message: `RENAME COLUMN ${column} TO ${newname} on existing table ${name} ${lock}, and ${taker} then takes its name: the running application's queries switch to ${taker}, but ${column}'s NOT NULL, default, indexes, constraints and the views using it stay with ${newname} (the application's INSERTs do not set ${newname} and fail if it is NOT NULL without a default)`,
                            help: COLUMN_HELP,
                        });
                        return;
                    }
                    context.report({
                        stmt,
                        ...where,
                        message: `RENAME COLUMN ${column} TO ${newname} on existing table ${name} ${lock} and breaks the running application: its queries still name ${column} and fail with "column does not exist" until the release that uses ${newname} is deployed`,
                        help: COLUMN_HELP,
                    });
                    return;
                }
                if (type === 'OBJECT_ATTRIBUTE') {
                    const key = (0,ast/* relationKey */.Yb)(node.relation);
                    if (!key || !catalog.isObjectPreExisting('type', key, file))
                        return;
                    context.report({
                        stmt,
                        ...where,
                        message: `RENAME ATTRIBUTE ${node.subname ?? '?'} TO ${newname} of existing type ${(0,ast/* displayName */.QC)(key)} takes no table lock, but breaks the running application: its queries still name ${node.subname ?? '?'} and fail until the release that uses ${newname} is deployed`,
                        help: TYPE_HELP,
                    });
                    return;
                }
                if (type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') {
                    const object = node.object;
                    const key = object && 'List' in object ? (0,ast/* nameListKey */.jZ)(object.List.items) : undefined;
                    if (!key || !catalog.isObjectPreExisting('type', key, file))
                        return;
                    const word = type === 'OBJECT_DOMAIN' ? 'domain' : 'type';
                    context.report({
                        stmt,
                        ...where,
                        message: `RENAME of existing ${word} ${(0,ast/* displayName */.QC)(key)} to ${newname} takes no table lock, but breaks the running application where it names the ${word} (casts such as ::${(0,ast/* displayName */.QC)(key)}, function signatures): they fail with "type does not exist" until the release that uses ${newname} is deployed`,
                        help: TYPE_HELP,
                    });
                }
            },
            AlterEnumStmt(node, stmt, file) {
                if (node.oldVal === undefined)
                    return;
                const key = (0,ast/* nameListKey */.jZ)(node.typeName);
                if (!key || !catalog.isObjectPreExisting('type', key, file))
                    return;
                context.report({
                    stmt,
                    ...at(file, stmt, undefined, /\bRENAME\s+VALUE\b/gi),
                    message: `RENAME VALUE '${node.oldVal}' TO '${node.newVal ?? '?'}' of existing enum ${(0,ast/* displayName */.QC)(key)} takes no table lock, but breaks the running application: it still writes and compares '${node.oldVal}', which now fails with "invalid input value for enum"`,
                    help: VALUE_HELP,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/breaking-required-column.ts




const breaking_required_column_HELP = 'Expand/contract: keep a default (or keep the column nullable) until the release that sets the column in every INSERT is deployed, then make it required in a later migration (and say so in a suppression comment there).';
const required = (r) => (r.notNull || r.check !== undefined) && !r.hasDefault && !r.identity && !r.generated;
/* harmony default export */ const breaking_required_column = ((0,types/* defineRule */.K)({
    meta: {
        id: 'breaking-required-column',
        description: 'A column the running application may leave out of its INSERTs becomes NOT NULL without a default: its INSERTs fail.',
        severity: 'warning',
        help: breaking_required_column_HELP,
    },
    create(context) {
        const { catalog } = context;
        return {
            AlterTableStmt(node, stmt, file) {
                const alter = alterOfExistingTable(node, catalog, file);
                if (!alter?.table)
                    return;
                const { table, name } = alter;
                const relname = node.relation?.relname ?? name;
                /** Columns as the statement's earlier subcommands left them. */
                const local = new Map();
                /** Columns this statement adds. */
                const added = new Set();
                /** Per column, the last subcommand that made it required. */
                const blamed = new Map();
                const stateOf = (column) => (local.has(column) ? local.get(column) : known(catalog, table, column));
                for (const cmd of alter.cmds) {
                    if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def) {
                        const def = cmd.def.ColumnDef;
                        if (!def.colname)
                            continue;
                        // ADD COLUMN … NOT NULL without a default is not-null-column-without-default's finding.
                        added.add(def.colname);
                        local.set(def.colname, fromColumnDef(def));
                        continue;
                    }
                    const column = columnOf(cmd);
                    if (!column)
                        continue;
                    const before = stateOf(column);
                    // A column the catalog does not know (a table no migration created): nothing to compare with.
                    if (!before)
                        continue;
                    const after = apply({ ...before }, cmd);
                    local.set(column, after);
                    const change = changeOf(cmd, column);
                    if (change && !required(before) && required(after))
                        blamed.set(column, change);
                }
                // PostgreSQL applies the statement whole: what counts is the column before and after it.
                const from = node.relation?.location !== undefined ? stmt.offsetOf(node.relation.location) : stmt.start;
                for (const [column, change] of blamed) {
                    const after = local.get(column);
                    const initial = added.has(column) ? undefined : known(catalog, table, column);
                    if (!required(after) || (initial && required(initial)))
                        continue;
                    // Required only inside a transaction that gives it a default (or takes NOT NULL away) again
                    // before it commits: no other session ever sees the column required.
                    if (undoneInSameTransaction(context, file.parsed.statements, stmt, relname, column))
                        continue;
                    const isNew = added.has(column) || !catalog.isColumnPreExisting(table, column, file);
                    const note = change.notValid ? '; NOT VALID only skips checking the rows already there' : '';
                    const failure = after.notNull
                        ? `"null value in column "${column}" of relation "${relname}" violates not-null constraint" (SQLSTATE 23502${note})`
                        : `"new row for relation "${relname}" violates check constraint${after.check ? ` "${after.check}"` : ''}" (SQLSTATE 23514${note})`;
                    const state = after.notNull ? 'NOT NULL without a default' : 'without a default under a CHECK (… IS NOT NULL)';
                    const at = change.pattern ? (0,statements/* clauseOffset */.ze)(file, stmt, from, change.pattern) : undefined;
                    context.report({
                        stmt,
                        ...(at !== undefined ? { offset: at } : { node: change.node ?? node.relation }),
                        message: isNew
                            ? `${change.what} leaves ${column} of existing table ${name} ${state}, and ${column} is new in this change set: the running application's INSERTs into ${name} do not set it and fail with ${failure} until the release that writes ${column} is deployed`
                            : `${change.what} leaves ${column} of existing table ${name} ${state}: the running application's INSERTs into ${name} that leave out ${column} (it could, until now) fail with ${failure}`,
                        help: isNew
                            ? `Expand/contract: keep ${column} nullable or with its default in this change; deploy the release that sets ${column} in every INSERT, then ${change.what} in a later migration (and say so in a suppression comment there).`
                            : `Deploy the release that sets ${column} in every INSERT into ${name} first, then ${change.what} in a later migration (and say so in a suppression comment there), or keep a default.`,
                    });
                }
            },
        };
    },
}));
/** What the catalog knows of a column before the statement: NOT NULL (also PostgreSQL 18 NOT NULL … NOT VALID), CHECK, default. */
function known(catalog, table, column) {
    const col = catalog.column(table, column);
    if (!col)
        return undefined;
    const constraints = catalog.constraints(table).filter((c) => c.notNullColumn === column);
    const check = constraints.find((c) => c.kind === 'check');
    return {
        notNull: col.notNull || constraints.some((c) => c.kind === 'not null'),
        ...(check ? { check: check.name } : {}),
        hasDefault: col.hasDefault,
        identity: col.identity === true,
        generated: col.generated !== undefined,
    };
}
/** The requirement an ADD COLUMN gives its column (a later subcommand of the same statement may change it). */
function fromColumnDef(def) {
    const r = { notNull: def.is_not_null === true, hasDefault: def.raw_default !== undefined, identity: false, generated: false };
    const type = def.typeName?.names ?? [];
    const only = type.length === 1 ? type[0] : undefined;
    if (only && 'String' in only && /^(small|big)?serial[248]?$/.test(only.String.sval ?? ''))
        r.notNull = r.hasDefault = true;
    for (const c of def.constraints ?? []) {
        if (!('Constraint' in c))
            continue;
        const k = c.Constraint;
        if (k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY')
            r.notNull = true;
        else if (k.contype === 'CONSTR_NULL')
            r.notNull = false;
        else if (k.contype === 'CONSTR_DEFAULT')
            r.hasDefault = !breaking_required_column_isNullLiteral(k.raw_expr);
        else if (k.contype === 'CONSTR_IDENTITY')
            r.identity = true;
        else if (k.contype === 'CONSTR_GENERATED')
            r.generated = true;
        else if (k.contype === 'CONSTR_CHECK' && k.is_enforced && notNullTestColumn(k.raw_expr) === def.colname)
            r.check = k.conname ?? '';
    }
    return r;
}
/** The column whose requirement a subcommand changes. */
function columnOf(cmd) {
    switch (cmd.subtype) {
        case 'AT_ColumnDefault':
        case 'AT_SetNotNull':
        case 'AT_DropNotNull':
        case 'AT_AddIdentity':
        case 'AT_DropIdentity':
            return cmd.name;
        case 'AT_AddConstraint':
            return cmd.def && 'Constraint' in cmd.def ? constrainedColumn(cmd.def.Constraint) : undefined;
    }
    return undefined;
}
/** How the finding names a subcommand that can make `column` required (undefined: one that cannot). */
function changeOf(cmd, column) {
    const alterColumn = (verb, words) => ({ what: `ALTER COLUMN ${column} ${verb}`, pattern: alterColumnPattern(column, words) });
    switch (cmd.subtype) {
        case 'AT_ColumnDefault':
            if (!cmd.def)
                return alterColumn('DROP DEFAULT', 'DROP\\s+DEFAULT');
            return breaking_required_column_isNullLiteral(cmd.def) ? alterColumn('SET DEFAULT NULL', 'SET\\s+DEFAULT') : undefined;
        case 'AT_SetNotNull':
            return alterColumn('SET NOT NULL', 'SET\\s+NOT\\s+NULL');
        case 'AT_DropIdentity':
            return alterColumn('DROP IDENTITY', 'DROP\\s+IDENTITY');
        case 'AT_AddConstraint': {
            const con = cmd.def.Constraint;
            const named = con.conname ? `ADD CONSTRAINT ${con.conname}` : 'ADD';
            const valid = con.skip_validation ? ' NOT VALID' : '';
            return { what: con.contype === 'CONSTR_CHECK' ? `${named} CHECK (${column} IS NOT NULL)${valid}` : `${named} NOT NULL ${column}${valid}`, node: con, notValid: con.skip_validation === true };
        }
    }
    return undefined;
}
/** The requirement after the subcommand. */
function apply(r, cmd) {
    switch (cmd.subtype) {
        case 'AT_ColumnDefault':
            r.hasDefault = !breaking_required_column_isNullLiteral(cmd.def);
            break;
        case 'AT_SetNotNull':
            r.notNull = true;
            break;
        case 'AT_DropNotNull':
            r.notNull = false;
            break;
        case 'AT_AddIdentity':
            r.identity = true;
            break;
        case 'AT_DropIdentity':
            r.identity = false;
            break;
        case 'AT_AddConstraint': {
            const con = cmd.def.Constraint;
            if (con.contype === 'CONSTR_CHECK')
                r.check = con.conname ?? '';
            else
                r.notNull = true;
            break;
        }
    }
    return r;
}
/**
 * The column an added constraint makes required: CHECK (col IS NOT NULL) unless NOT ENFORCED
 * (PostgreSQL 18), or PostgreSQL 18's NOT NULL col. Both are checked on new rows even when NOT
 * VALID (NOT VALID only skips the scan of existing rows).
 */
function constrainedColumn(con) {
    if (con.contype === 'CONSTR_CHECK')
        return con.is_enforced ? notNullTestColumn(con.raw_expr) : undefined;
    if (con.contype !== 'CONSTR_NOTNULL')
        return undefined;
    const key = con.keys?.[0];
    return key && 'String' in key ? key.String.sval : undefined;
}
/** For `col IS NOT NULL`: the column. */
function notNullTestColumn(expr) {
    if (!expr || !('NullTest' in expr))
        return undefined;
    const test = expr.NullTest;
    if (test.nulltesttype !== 'IS_NOT_NULL' || test.argisrow)
        return undefined;
    const fields = test.arg && 'ColumnRef' in test.arg ? test.arg.ColumnRef.fields : undefined;
    const only = fields?.length === 1 ? fields[0] : undefined;
    return only && 'String' in only ? only.String.sval : undefined;
}
/** DEFAULT NULL, DEFAULT NULL::type. */
function breaking_required_column_isNullLiteral(e) {
    if (!e)
        return true;
    if ('A_Const' in e)
        return e.A_Const.isnull === true;
    if ('TypeCast' in e)
        return breaking_required_column_isNullLiteral(e.TypeCast.arg);
    return false;
}
/** `ALTER [COLUMN] name <words>`, the name quoted or not. */
function alterColumnPattern(column, words) {
    const name = `(?:"${(0,load_text/* escapeRegExp */.Nt)(column.replace(/"/g, '""'))}"|${(0,load_text/* escapeRegExp */.Nt)(column)}\\b)`;
    return new RegExp(`\\bALTER\\s+(?:COLUMN\\s+)?${name}\\s+${words}\\b`, 'gi');
}
/**
 * A later statement of the same transaction (the file's block, or the runner's wrapping
 * transaction: src/model/transactions.ts) that makes `column` of `relname` optional again —
 * SET DEFAULT with a value, DROP NOT NULL, DROP COLUMN — or drops the table. Lemmy's
 * `DROP DEFAULT; ALTER COLUMN … TYPE …; SET DEFAULT …` in one transaction is the common case.
 */
function undoneInSameTransaction(context, statements, stmt, relname, column) {
    const tx = context.transaction(stmt)?.tx;
    if (!tx)
        return false;
    for (const later of statements.slice(statements.indexOf(stmt) + 1)) {
        if (context.transaction(later)?.tx !== tx)
            continue;
        if (later.kind === 'DropStmt' && later.node['removeType'] === 'OBJECT_TABLE') {
            const names = (later.node['objects'] ?? []);
            if (names.some((o) => o.List?.items?.at(-1)?.String?.sval === relname))
                return true;
        }
        if (later.kind !== 'AlterTableStmt' || later.node['relation']?.['relname'] !== relname)
            continue;
        for (const c of (later.node['cmds'] ?? [])) {
            const cmd = c.AlterTableCmd;
            if (!cmd || cmd.name !== column)
                continue;
            const setsDefault = cmd.subtype === 'AT_ColumnDefault' && cmd.def !== undefined && !('A_Const' in cmd.def && cmd.def.A_Const.isnull);
            if (setsDefault || cmd.subtype === 'AT_DropNotNull' || cmd.subtype === 'AT_DropColumn')
                return true;
        }
    }
    return false;
}

// EXTERNAL MODULE: ./rules/table-rewrite.ts
var table_rewrite = __webpack_require__(8575);
;// CONCATENATED MODULE: ./rules/cluster-wide-statement.ts


const WHY = {
    role: 'roles are shared by every database of the server, so it runs once per cluster, not once per database: it fails (or changes access elsewhere) wherever the role already exists or is still in use — a second environment on the same server, a test database, a restore',
    database: 'it acts on a database other than the one the migrations manage, outside any transaction this migration could roll back',
    tablespace: 'a tablespace is a directory on the server shared by every database, created or dropped outside any transaction',
    'server configuration': 'it rewrites postgresql.auto.conf for every database of the server, outside any transaction',
};
/* harmony default export */ const cluster_wide_statement = ((0,types/* defineRule */.K)({
    meta: {
        id: 'cluster-wide-statement',
        description: 'A statement that acts on the whole PostgreSQL cluster: roles, databases, tablespaces, ALTER SYSTEM.',
        severity: 'warning',
        help: 'Manage roles, databases, tablespaces and server settings outside the migrations (infrastructure code or a runbook). If a migration must create a role, make it idempotent: DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;',
    },
    create(context) {
        return {
            statement(stmt) {
                const c = (0,statements/* clusterWide */.MO)(stmt);
                if (!c)
                    return;
                const caught = stmt.kind === 'CreateRoleStmt' && (stmt.context.handled ?? []).some((h) => h === 'duplicate_object' || h === 'others');
                if (caught) {
                    return context.report({
                        stmt,
                        message: `${c.verb} acts on the whole PostgreSQL cluster, not on this database: an existing role is caught here (EXCEPTION WHEN ${(stmt.context.handled ?? []).includes('duplicate_object') ? 'duplicate_object' : 'OTHERS'}), so it does not fail, but the role is shared by every database of the server — a second environment on the same server, a test database, a restore get the same role and its privileges`,
                        help: 'Manage roles outside the migrations (infrastructure code or a runbook) where you can; this migration already tolerates an existing role.',
                    });
                }
                context.report({ stmt, message: `${c.verb} acts on the whole PostgreSQL cluster, not on this database: ${WHY[c.object]}` });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./rules/index.ts















// Online safety (locks, rewrites, breaking changes)












const rules = [
    parse_error,
    transaction_wrapping,
    cannot_run_in_transaction,
    require_concurrent_index,
    rollback_missing,
    rollback_empty,
    applied_migration_modified,
    out_of_order_version,
    duplicate_version,
    migration_naming,
    migration_format,
    migration_documented,
    unbatched_data_change,
    unknown_placeholder,
    empty_migration,
    constraint_not_valid,
    set_not_null,
    not_null_column_without_default,
    volatile_default,
    column_type_change,
    unique_constraint_without_index,
    lock_timeout_missing,
    breaking_drop,
    breaking_rename,
    breaking_required_column,
    table_rewrite/* default */.A,
    cluster_wide_statement,
];
function ruleById(id) {
    return rules.find((r) => r.meta.id === id);
}


/***/ }),

/***/ 8575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _src_lint_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4484);
/* harmony import */ var _src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3293);


const REPACK_HELP = 'Rebuild it online with pg_repack (or pg_squeeze), outside the migration; a plain VACUUM takes no blocking lock, and autovacuum tuning keeps bloat down.';
const TABLESPACE_HELP = 'Move it online with pg_repack --tablespace (or in a maintenance window); give new tables their tablespace when you create them.';
const PERSISTENCE_HELP = 'Create a new table with the wanted persistence, copy the rows in batches and switch over in a maintenance window, or leave the table as it is.';
const ACCESS_METHOD_HELP = 'Change the access method in a maintenance window, or copy into a new table created with it, in batches.';
/** ALTER TABLE subcommands that rewrite the whole relation. */
const REWRITES = {
    AT_SetTableSpace: { what: 'SET TABLESPACE', help: TABLESPACE_HELP },
    AT_SetLogged: { what: 'SET LOGGED', help: PERSISTENCE_HELP, extra: ', writing all of it to the WAL' },
    AT_SetUnLogged: { what: 'SET UNLOGGED', help: PERSISTENCE_HELP, extra: '; afterwards it is emptied after a crash and not replicated to standbys' },
    AT_SetAccessMethod: { what: 'SET ACCESS METHOD', help: ACCESS_METHOD_HELP },
};
const ALTERED = {
    OBJECT_TABLE: 'table',
    OBJECT_MATVIEW: 'materialized view',
    OBJECT_INDEX: 'index',
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_src_lint_types_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)({
    meta: {
        id: 'table-rewrite',
        description: 'VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED on an existing table.',
        severity: 'warning',
        help: REPACK_HELP,
    },
    create(context) {
        const { catalog } = context;
        /** "table orders", "materialized view totals", "index idx_a". */
        const describe = (key, fallback) => {
            const info = catalog.relation(key);
            const kind = info?.kind ?? fallback;
            return `${kind} ${(0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(key ?? '?')}`;
        };
        /** Whose queries wait: an index's lock stops every query that plans with it, that is every query on its table. */
        const blocked = (key, fallback = 'table') => {
            const info = catalog.relation(key);
            if ((info?.kind ?? fallback) !== 'index')
                return `every query on ${(0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(key ?? '?')}, SELECT included,`;
            return info?.table ? `every query on ${(0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)(info.table)}` : 'every query on its table';
        };
        return {
            VacuumStmt(node, stmt, file) {
                if (!node.is_vacuumcmd || !(0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOption */ .Kz)(node.options, 'full'))
                    return;
                const rels = (0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .findAll */ .JW)(node.rels, 'VacuumRelation')
                    .map((r) => r.relation)
                    .filter((r) => r !== undefined);
                if (rels.length === 0) {
                    context.report({
                        stmt,
                        message: 'VACUUM FULL without a table rewrites every table of the database, one after the other, each under an ACCESS EXCLUSIVE lock: every query on the table being rewritten, SELECT included, waits until it is done',
                        help: REPACK_HELP,
                    });
                    return;
                }
                const existing = rels.filter((r) => catalog.isPreExisting((0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(r), file));
                const first = existing[0];
                if (!first)
                    return;
                const names = existing.map((r) => (0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .displayName */ .QC)((0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(r) ?? '?')).join(', ');
                context.report({
                    stmt,
                    node: first,
                    message: `VACUUM FULL of existing ${existing.length > 1 ? `tables ${names}` : describe((0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(first), 'table')} rewrites ${existing.length > 1 ? 'each' : 'it'} under an ACCESS EXCLUSIVE lock: ${existing.length > 1 ? 'every query on the table being rewritten, SELECT included,' : blocked((0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(first))} waits until the rewrite is done (minutes on a large table), and it needs room for a second copy`,
                    help: REPACK_HELP,
                });
            },
            ClusterStmt(node, stmt, file) {
                const key = (0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(node.relation);
                if (!node.relation) {
                    context.report({
                        stmt,
                        message: 'CLUSTER without a table rewrites every table clustered before, each under an ACCESS EXCLUSIVE lock: every query on the table being rewritten, SELECT included, waits until it is done',
                        help: 'Re-order it online with pg_repack --order-by (or pg_squeeze), outside the migration.',
                    });
                    return;
                }
                if (!catalog.isPreExisting(key, file))
                    return;
                context.report({
                    stmt,
                    node: node.relation,
                    message: `CLUSTER of existing ${describe(key, 'table')} rewrites it in index order under an ACCESS EXCLUSIVE lock: ${blocked(key)} waits until the rewrite is done (minutes on a large table), and it needs room for a second copy`,
                    help: 'Re-order it online with pg_repack --order-by (or pg_squeeze), outside the migration.',
                });
            },
            AlterTableStmt(node, stmt, file) {
                const fallback = ALTERED[String(node.objtype)];
                if (!fallback)
                    return;
                const key = (0,_src_model_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .relationKey */ .Yb)(node.relation);
                // SET LOGGED on a logged table, SET TABLESPACE to the one it is in, SET ACCESS METHOD to the one
                // it uses: PostgreSQL does nothing (relfilenode unchanged). Every subcommand updates the storage.
                // (The catalog's storage records the statement after the rules have seen it.)
                const changes = fallback === 'table' ? catalog.storage.alter(key, node.cmds).changes : [];
                if (!catalog.isPreExisting(key, file))
                    return;
                // A partitioned table has no storage of its own: SET TABLESPACE only sets its partitions' default.
                if (catalog.relation(key)?.partitioned)
                    return;
                for (const [i, c] of (node.cmds ?? []).entries()) {
                    if (!('AlterTableCmd' in c))
                        continue;
                    const rewrite = REWRITES[String(c.AlterTableCmd.subtype)];
                    if (!rewrite || changes[i] === false)
                        continue;
                    context.report({
                        stmt,
                        node: node.relation,
                        message: `${rewrite.what} on existing ${describe(key, fallback)} copies all of it${rewrite.extra ?? ''} under an ACCESS EXCLUSIVE lock: ${blocked(key, fallback)} waits until the copy is done (minutes on a large ${fallback === 'index' ? 'index' : 'table'})`,
                        help: rewrite.help,
                    });
                    return;
                }
            },
            AlterTableMoveAllStmt(node, stmt) {
                context.report({
                    stmt,
                    message: `ALTER … ALL IN TABLESPACE ${node.orig_tablespacename ?? '?'} SET TABLESPACE copies every ${node.objtype === 'OBJECT_INDEX' ? 'index' : 'table'} in it, each under an ACCESS EXCLUSIVE lock: every query on the one being copied, SELECT included, waits until it is done`,
                    help: TABLESPACE_HELP,
                });
            },
        };
    },
}));


/***/ }),

/***/ 4327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ CHECK_RULES),
/* harmony export */   RZ: () => (/* binding */ CHECK_RULE_IDS),
/* harmony export */   T9: () => (/* binding */ checkRule)
/* harmony export */ });
const CHECK_RULES = [
    {
        id: 'apply-failed',
        description: 'a migration (or seeds/test.sql) fails when applied in order to an empty database',
        severity: 'error',
        help: 'Fix the statement: every migration must apply to a fresh database in the order its runner applies them, not only to yours.',
    },
    {
        id: 'extension-unavailable',
        description: 'a migration creates an extension that embedded PostgreSQL (PGlite) does not ship, so check cannot go on there',
        severity: 'warning',
        help: 'Run check against a PostgreSQL server that has the extension: migration-guard check --database-url postgres://…',
    },
    {
        id: 'cluster-statement-skipped',
        description: 'check did not run a statement that acts on the whole cluster (DROP DATABASE, ALTER SYSTEM, tablespaces, existing roles) on the server',
        severity: 'warning',
        help: 'Keep cluster-wide changes out of the migrations (see cluster-wide-statement); check runs everything else of the file.',
    },
    {
        id: 'rollback-failed',
        description: 'a rollback script fails when run right after its migration',
        severity: 'error',
        help: 'Run the rollback against the schema its migration leaves: drop in reverse order, use IF EXISTS, drop dependants first.',
    },
    {
        id: 'rollback-incomplete',
        description: 'migration → rollback does not give back the schema the migration started from, or the migration cannot be applied again after it',
        severity: 'error',
        help: 'Undo everything the migration does, in reverse order: drop what it adds, restore what it changes or drops.',
    },
    {
        id: 'dangerous-lock',
        description: 'a lock that blocks reads or writes on an existing table or index is held while further statements run',
        severity: 'warning',
        help: 'Keep the lock short: one blocking statement per transaction, last before COMMIT, with SET LOCAL lock_timeout; move the rest to their own migration.',
    },
    {
        id: 'slow-migration',
        description: 'a migration takes longer than slowMigrationSeconds (default 60 s) on the scratch database',
        severity: 'warning',
        help: 'Split the work: batch data changes, build indexes CONCURRENTLY in a migration of their own, or raise slowMigrationSeconds if it is expected.',
    },
    {
        id: 'query-plan-regression',
        description: 'a critical query (performance.queries) plans worse after the change set: an index scan becomes a sequential scan, an index it used is gone, its estimated cost grows by more than costFactor, or it fails (error)',
        severity: 'warning',
        help: 'Keep the index the query needs (or create its replacement before dropping it), or change the query in the same pull request; if the new plan is expected, suppress the finding with the reason.',
    },
];
const CHECK_RULE_IDS = CHECK_RULES.map((r) => r.id);
function checkRule(id) {
    return CHECK_RULES.find((r) => r.id === id);
}


/***/ }),

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LINT_OPTIONS: () => (/* binding */ LINT_OPTIONS),
  checkCommand: () => (/* binding */ checkCommand),
  jdbcAware: () => (/* binding */ jdbcAware),
  lintCommand: () => (/* binding */ lintCommand),
  printConfigNotes: () => (/* binding */ printConfigNotes),
  rulesCommand: () => (/* binding */ rulesCommand),
  sarifText: () => (/* binding */ sarifText)
});

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./rules/index.ts + 34 modules
var rules = __webpack_require__(3080);
// EXTERNAL MODULE: ./src/check/rules.ts
var check_rules = __webpack_require__(4327);
// EXTERNAL MODULE: ./src/commands/lint.ts + 3 modules
var lint = __webpack_require__(3452);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/db/url.ts
var db_url = __webpack_require__(879);
// EXTERNAL MODULE: ./src/load/config.ts + 10 modules
var load_config = __webpack_require__(679);
// EXTERNAL MODULE: ./src/lint/exit-code.ts
var exit_code = __webpack_require__(971);
;// CONCATENATED MODULE: ./src/report/github.ts
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command per finding; the help line follows the message on a line of its own. */
function formatGithub(findings) {
    return findings
        .map((f) => {
        const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(f.rule)}`].join(',');
        const message = f.help ? `${f.message}\n\nhelp: ${f.help}` : f.message;
        return `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(message)}\n`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * `{"findings": [...], "summary": {...}}`: the machine-readable report; `extra` adds keys after
 * them (the Action's check report adds `metrics`).
 */
function formatJson(findings, summary, extra = {}) {
    return JSON.stringify({ findings, summary, ...extra }, null, 2) + '\n';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one run, the rules as the driver's
 * reportingDescriptors (with a helpUri to the rule's doc page, rules/<id>.md), one result per
 * finding at its file, line and column (repo-relative URI against %SRCROOT%), and a partial
 * fingerprint that survives lines moving so code scanning can follow an alert across pushes.
 */

/** Where the project lives; the rule doc pages are `${INFORMATION_URI}/blob/main/rules/<id>.md`. */
const INFORMATION_URI = 'https://github.com/migration-guard/migration-guard';
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** A finding's path as a relative URI reference: forward slashes, no "./", each segment percent-encoded. */
function artifactUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
const positive = (n) => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function toSarif(findings, rules, toolVersion, options = {}) {
    const informationUri = options.informationUri ?? INFORMATION_URI;
    const helpUri = options.helpUri ?? ((id) => `${informationUri}/blob/main/rules/${encodeURIComponent(id)}.md`);
    const descriptors = [];
    const index = new Map();
    const describe = (r) => {
        if (index.has(r.id))
            return;
        index.set(r.id, descriptors.length);
        const uri = helpUri(r.id);
        descriptors.push({
            id: r.id,
            name: r.id,
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            help: { text: `${r.help}\n\nSee ${uri}`, markdown: `${r.help}\n\n[Rule documentation](${uri})` },
            helpUri: uri,
            defaultConfiguration: { level: r.severity },
            properties: { tags: ['postgresql', 'migrations'] },
        });
    };
    for (const r of rules)
        describe(r);
    // A finding whose rule the caller did not list (e.g. invalid-suppression) still gets a descriptor.
    for (const f of findings)
        describe({ id: f.rule, description: f.rule, severity: f.severity, help: f.help });
    const seen = new Map();
    const results = findings.map((f) => {
        const uri = artifactUri(f.file);
        // Stable across pushes that only move the finding: rule, file and message, plus the
        // occurrence number among identical ones.
        const hash = (0,external_node_crypto_.createHash)('sha256').update(`${f.rule}\0${uri}\0${f.message}`).digest('hex').slice(0, 32);
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: f.severity,
            message: { text: f.help ? `${f.message}\n\nHelp: ${f.help}` : f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                        region: { startLine: positive(f.line), startColumn: positive(f.column) },
                    },
                },
            ],
            partialFingerprints: { 'migrationGuard/v1': `${hash}:${n}` },
        };
    });
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'migration-guard',
                        version: toolVersion,
                        ...(SEMVER.test(toolVersion) ? { semanticVersion: toolVersion } : {}),
                        informationUri,
                        rules: descriptors,
                    },
                },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/report/text.ts
const paint = (on) => (code, s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
function formatText(findings, summary, color) {
    const c = paint(color);
    const lines = [];
    for (const f of findings) {
        const sev = f.severity === 'error' ? c('31', 'error') : c('33', 'warning');
        lines.push(`${c('1', `${f.file}:${f.line}:${f.column}`)} ${sev} ${c('2', f.rule)} ${f.message}`);
        lines.push(`    ${c('36', 'help:')} ${f.help}`);
    }
    const checked = `${summary.migrations} migration${summary.migrations === 1 ? '' : 's'} (${summary.files} file${summary.files === 1 ? '' : 's'})`;
    if (findings.length === 0) {
        lines.push(c('32', `✔ no problems in ${checked}`));
    }
    else {
        if (lines.length)
            lines.push('');
        const parts = [`${summary.errors} error${summary.errors === 1 ? '' : 's'}`, `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`];
        lines.push(c(summary.errors ? '31' : '33', `✖ ${findings.length} problem${findings.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${checked}`));
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/lint/engine.ts + 1 modules
var engine = __webpack_require__(6469);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
;// CONCATENATED MODULE: ./src/cli/rule-docs.ts
/**
 * `migration-guard rules [RULE]`: the list of rules, or one rule's page (rules/RULE.md, shipped
 * next to dist/ in the package; read from the repository when run from source).
 */









/** Every rule: lint rules, invalid-suppression, then the findings only `check` makes. */
function ruleList() {
    return [
        ...rules/* rules */.a.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description, help: r.meta.help })),
        { id: engine/* SUPPRESSION_RULE */.XS, severity: 'warning', description: 'A suppression comment without a reason, or naming an unknown rule.' },
        ...check_rules/* CHECK_RULES */.NH.map((r) => ({ id: r.id, severity: r.severity, description: `${r.description} (check)`, help: r.help })),
    ];
}
/**
 * Where rules/<id>.md is: next to the package's dist/ (dist/cli.js → ../rules) or, from source,
 * two levels up (src/cli → ../../rules). Undefined when this copy does not have the page.
 */
function ruleDocPath(id) {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const up of ['..', '../..']) {
        const candidate = (0,external_node_path_.resolve)(here, up, 'rules', `${id}.md`);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}
/**
 * The page of one rule: its Markdown as written; without one in this copy, its description, help
 * and the page's address. An unknown id is a usage error with the closest known id.
 */
function rulePage(id) {
    const list = ruleList();
    const entry = list.find((r) => r.id === id);
    if (!entry) {
        throw new errors/* UsageError */.eb(`unknown rule "${id}"${(0,suggest/* didYouMean */.au)(id, list.map((r) => r.id))} (\`migration-guard rules\` lists them)`);
    }
    const path = ruleDocPath(id);
    if (path) {
        const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        return text.endsWith('\n') ? text : `${text}\n`;
    }
    return `${entry.id} (${entry.severity}): ${entry.description}\n${entry.help ? `\n${entry.help}\n` : ''}\nSee ${INFORMATION_URI}/blob/main/rules/${id}.md\n`;
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/lint-commands.ts
/**
 * `lint`, `check` and `rules`: options → request → result → the chosen output format.
 */















const FORMATS = ['text', 'json', 'sarif', 'github'];
const FAIL_ON = ['error', 'warning', 'never'];
const LINT_OPTIONS = {
    base: { type: 'string' },
    format: { type: 'string' },
    config: { type: 'string' },
    environment: { type: 'string' },
    placeholder: { type: 'string', multiple: true },
    rule: { type: 'string', multiple: true },
    'exclude-rule': { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    'cache-dir': { type: 'string' },
};
/** The SARIF 2.1.0 log the Action uploads, for these findings. */
function sarifText(findings) {
    return JSON.stringify(toSarif(findings, [...rules/* rules */.a.map((r) => r.meta), ...check_rules/* CHECK_RULES */.NH], package_0/* version */.rE), null, 2) + '\n';
}
async function lintCommand(argv, io) {
    const { values, positionals } = (0,options/* parse */.qg)(argv, { ...LINT_OPTIONS, 'stdin-filepath': { type: 'string' } });
    if (values['help']) {
        io.stdout((0,usage/* usageOf */.Fs)('lint'));
        return 0;
    }
    const format = (0,options/* choice */.Yq)(values['format'], 'format', FORMATS, 'text');
    const failOn = (0,options/* choice */.Yq)(values['fail-on'], 'fail-on', FAIL_ON, 'error');
    const req = lintRequest(values, positionals, io);
    const stdinPath = values['stdin-filepath'];
    if (positionals.includes('-')) {
        if (positionals.length > 1)
            throw new errors/* UsageError */.eb('lint - reads one file from stdin: name no other path');
        if (!stdinPath)
            throw new errors/* UsageError */.eb('lint - needs --stdin-filepath PATH: where the file on stdin belongs in its project (e.g. migrations/V3__add_index.sql)');
        if (!io.readStdin)
            throw new errors/* UsageError */.eb('lint -: stdin cannot be read here');
        req.paths = [];
        req.stdin = { path: stdinPath, bytes: await io.readStdin() };
    }
    else if (stdinPath !== undefined) {
        throw new errors/* UsageError */.eb('--stdin-filepath goes with "-" (lint - --stdin-filepath PATH < file.sql)');
    }
    const result = await (0,lint/* runLint */.nU)(req);
    io.stdout(findingsIn(format, result.findings, () => formatJson(result.findings, result.summary), () => formatText(result.findings, result.summary, (0,options/* useColor */.by)(values, argv, io))));
    return (0,exit_code/* exitCodeFor */.R)(result.findings, failOn);
}
async function checkCommand(argv, io) {
    const { values, positionals } = (0,options/* parse */.qg)(argv, { ...LINT_OPTIONS, 'database-url': { type: 'string' }, 'cache-on-server': { type: 'boolean' } });
    if (values['help']) {
        io.stdout((0,usage/* usageOf */.Fs)('check'));
        return 0;
    }
    const format = (0,options/* choice */.Yq)(values['format'], 'format', FORMATS, 'text');
    const failOn = (0,options/* choice */.Yq)(values['fail-on'], 'fail-on', FAIL_ON, 'error');
    if (positionals.includes('-'))
        throw new errors/* UsageError */.eb('check applies files from disk; "-" (stdin) is for lint');
    // check's engine and reports are loaded here, not with lint (their modules are a third of lint's
    // chunk in the bundle, issue #16).
    const [{ runCheck }, { checkProgressPrinter, formatCheckJson, formatCheckText }, { formatConnectRetry }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(571), __webpack_require__.e(443), __webpack_require__.e(538)]).then(__webpack_require__.bind(__webpack_require__, 4538)),
        Promise.all(/* import() */[__webpack_require__.e(571), __webpack_require__.e(166)]).then(__webpack_require__.bind(__webpack_require__, 6166)),
        __webpack_require__.e(/* import() */ 738).then(__webpack_require__.bind(__webpack_require__, 9738)),
    ]);
    const progress = checkProgressPrinter(io.stderr, io.isTTY);
    try {
        const result = await runCheck({
            ...lintRequest(values, positionals, io),
            databaseUrl: jdbcAware(values['database-url'], io),
            cacheOnServer: values['cache-on-server'] === true,
            onProgress: progress.onProgress,
            onConnectRetry: (...retry) => io.stderr(formatConnectRetry(...retry)),
        });
        progress.stop();
        if (result.metrics?.warning)
            io.stderr(`migration-guard: warning: ${result.metrics.warning}\n`);
        io.stdout(findingsIn(format, result.findings, () => formatCheckJson(result), () => formatCheckText(result, (0,options/* useColor */.by)(values, argv, io))));
        return (0,exit_code/* exitCodeFor */.R)(result.findings, failOn);
    }
    finally {
        progress.stop();
    }
}
function findingsIn(format, findings, json, text) {
    switch (format) {
        case 'json':
            return json();
        case 'sarif':
            return sarifText(findings);
        case 'github':
            return formatGithub(findings);
        case 'text':
            return text();
    }
}
/** The options lint and check share, as a request. */
function lintRequest(values, positionals, io) {
    return {
        cwd: io.cwd,
        paths: positionals,
        base: values['base'],
        configPath: values['config'],
        environment: values['environment'],
        placeholders: (0,options/* placeholderValues */.m_)(values),
        rules: (0,options/* ruleOverrides */.gl)(values),
        workers: (0,options/* workersFromEnv */.He)(io.env),
        noCache: values['no-cache'] === true,
        cacheDir: values['cache-dir'],
        env: io.env,
        flywayArgs: (0,options/* flywayArgsOf */.hU)(values),
        onConfig: (config) => printConfigNotes(config, io),
        // The layout detected from the files (another runner's): said once, on stderr.
        onNote: (line) => io.stderr(`migration-guard: ${line}\n`),
    };
}
/** A jdbc:postgresql URL as node-postgres takes it; what it cannot use is said on stderr. */
function jdbcAware(url, io) {
    if (url === undefined)
        return undefined;
    const converted = (0,db_url/* toPostgresUrl */.Cm)(url);
    for (const w of converted.warnings)
        io.stderr(`migration-guard: warning: ${w}\n`);
    return converted.url;
}
/** What the configuration says about itself (files read, Flyway settings not used), on stderr. */
function printConfigNotes(config, io) {
    for (const line of (0,load_config/* configNotes */.WM)(config))
        io.stderr(`migration-guard: ${line}\n`);
}
/** `rules`: the list; `rules RULE`: that rule's page. */
function rulesCommand(argv, io) {
    const { values, positionals } = (0,options/* parse */.qg)(argv, { format: { type: 'string' } });
    if (values['help']) {
        io.stdout((0,usage/* usageOf */.Fs)('rules'));
        return 0;
    }
    const format = (0,options/* choice */.Yq)(values['format'], 'format', ['text', 'json'], 'text');
    if (positionals.length > 1)
        throw new errors/* UsageError */.eb('rules takes at most one rule id');
    const list = ruleList();
    if (positionals.length === 1) {
        const id = positionals[0];
        const page = rulePage(id);
        if (format === 'json') {
            const r = list.find((x) => x.id === id);
            io.stdout(JSON.stringify({ id: r.id, severity: r.severity, description: r.description, page }, null, 2) + '\n');
        }
        else
            io.stdout(page);
        return 0;
    }
    if (format === 'json') {
        io.stdout(JSON.stringify(list.map(({ id, severity, description }) => ({ id, severity, description })), null, 2) + '\n');
    }
    else {
        const width = Math.max(...list.map((r) => r.id.length));
        for (const r of list)
            io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
    }
    return 0;
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ workersFromEnv),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   by: () => (/* binding */ useColor),
/* harmony export */   gl: () => (/* binding */ ruleOverrides),
/* harmony export */   hU: () => (/* binding */ flywayArgsOf),
/* harmony export */   m_: () => (/* binding */ placeholderValues),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony export HELP_OPTION */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commands_lint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3452);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2969);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7485);
/**
 * Command-line options: parsing (node:util parseArgs, strict) with "did you mean" for unknown
 * options, and the options several commands share — placeholders, rule severities, colour,
 * parser workers.
 */






/** Options every command takes. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } };
/**
 * argv against `options`. Unknown options and missing values are usage errors; an unknown option
 * close to a known one says which (`--fromat` → did you mean "--format"?).
 */
function parse(argv, options) {
    const all = { ...HELP_OPTION, ...options };
    // Commands that read the configuration take Flyway's -key=value settings too (flywayArgsOf).
    const flyway = 'config' in options ? argv.filter((a) => _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .FLYWAY_ARG */ .S$.test(a)) : [];
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv.filter((a) => !flyway.includes(a)), options: all, allowPositionals: true, strict: true });
        return { values: { ...values, ...(flyway.length ? { 'flyway-args': flyway } : {}) }, positionals };
    }
    catch (e) {
        const message = e.message.replace(/\. To specify a positional argument.*$/s, '');
        const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
        if (unknown) {
            const names = Object.entries(all).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown option ${unknown}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(unknown, names)}`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(message);
    }
}
function choice(value, name, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} must be one of ${allowed.join(', ')} (got "${value}")${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(value, allowed)}`);
    }
    return value;
}
/** The Flyway -key=value settings `parse` set aside, by key (a later one wins, as in Flyway). */
function flywayArgsOf(values) {
    const out = {};
    for (const a of values['flyway-args'] ?? []) {
        const m = _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .FLYWAY_ARG */ .S$.exec(a);
        out[m[1]] = m[2];
    }
    return out;
}
function placeholderValues(values) {
    const placeholders = {};
    for (const p of values['placeholder'] ?? []) {
        const eq = p.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--placeholder takes NAME=VALUE (got "${p}")`);
        placeholders[p.slice(0, eq)] = p.slice(eq + 1);
    }
    return placeholders;
}
const LEVELS = ['off', 'warning', 'error'];
/**
 * `--rule ID=off|warning|error` and `--exclude-rule ID` (= off), in order; they override the
 * config's `rules:`. An unknown rule id is a usage error naming the closest known one.
 */
function ruleOverrides(values) {
    const known = (0,_commands_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .knownRuleIds */ .Q7)();
    const check = (id, flag) => {
        if (!known.includes(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${flag}: unknown rule "${id}"${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(id, known)} (\`migration-guard rules\` lists them)`);
    };
    const out = {};
    for (const r of values['rule'] ?? []) {
        const eq = r.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--rule takes ID=off|warning|error (got "${r}")`);
        const id = r.slice(0, eq);
        const level = r.slice(eq + 1);
        check(id, '--rule');
        if (!LEVELS.includes(level)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--rule ${id}= must be off, warning or error (got "${level}")${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(level, LEVELS)}`);
        }
        out[id] = level;
    }
    for (const id of values['exclude-rule'] ?? []) {
        check(id, '--exclude-rule');
        out[id] = 'off';
    }
    return out;
}
/**
 * Colour, by Node's own conventions (tty.WriteStream#getColorDepth, util.styleText): a flag
 * (`--color` / `--no-color`, the last one given wins) first; then FORCE_COLOR ("", 1, 2, 3, true:
 * on; anything else, e.g. 0 or false: off); then NO_COLOR (set and not empty: off, as
 * no-color.org says) and TERM=dumb (off); else on when stdout is a terminal.
 */
function useColor(values, argv, io) {
    if (values['color'] || values['no-color']) {
        if (!values['no-color'])
            return true;
        if (!values['color'])
            return false;
        return argv.lastIndexOf('--color') > argv.lastIndexOf('--no-color');
    }
    const force = io.env['FORCE_COLOR'];
    if (force !== undefined)
        return ['', '1', '2', '3', 'true'].includes(force.trim().toLowerCase());
    if (io.env['NO_COLOR'])
        return false;
    if (io.env['TERM'] === 'dumb')
        return false;
    return io.isTTY;
}
/** MIGRATION_GUARD_WORKERS: parser worker threads; unset, empty or 0: parse in-process. */
function workersFromEnv(env) {
    const raw = env['MIGRATION_GUARD_WORKERS']?.trim();
    if (!raw)
        return undefined;
    if (!/^\d{1,2}$/.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`MIGRATION_GUARD_WORKERS must be a whole number from 0 to 99 (got "${raw}")`);
    return Number(raw);
}


/***/ }),

/***/ 3452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q7: () => (/* binding */ knownRuleIds),
  zz: () => (/* binding */ lintCacheFor),
  xw: () => (/* binding */ lintOptionsFor),
  RT: () => (/* binding */ loadProjects),
  nx: () => (/* binding */ reportedFiles),
  nU: () => (/* binding */ runLint),
  iH: () => (/* binding */ sortInMigrationOrder)
});

// UNUSED EXPORTS: changedSinceBase, pairTargets

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./rules/index.ts + 34 modules
var rules = __webpack_require__(3080);
// EXTERNAL MODULE: ./src/check/rules.ts
var check_rules = __webpack_require__(4327);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./node_modules/find-cache-dir/index.js + 5 modules
var find_cache_dir = __webpack_require__(8257);
// EXTERNAL MODULE: ./src/db/pglite-template.ts
var pglite_template = __webpack_require__(5840);
;// CONCATENATED MODULE: ./src/lint/cache-store.ts
/**
 * Where the lint cache (cache.ts) keeps its entries: a directory of files, each written whole or
 * not at all (writeAtomically: temporary file, rename), each carrying a SHA-256 of its content so
 * that a truncated or altered entry is a miss (and is deleted), never a wrong result. Entries are
 * named by their key, so concurrent runs write the same bytes under the same name. The directory
 * is kept under a size bound by deleting the entries written longest ago.
 *
 * Default place: node_modules/.cache/migration-guard/lint of the project (find-cache-dir: the
 * nearest package.json's node_modules, when it is writable), else the cache directory of
 * pglite-template.ts (MIGRATION_GUARD_CACHE_DIR, $XDG_CACHE_HOME/migration-guard,
 * ~/.cache/migration-guard) + /lint. `--cache-dir DIR` puts it in DIR/lint.
 */







/** Bounds of the directory: entries beyond either are deleted, oldest written first. */
const LINT_CACHE_LIMITS = { files: 512, bytes: 256 * 1024 * 1024 };
/** The lint cache's directory for a project at `cwd` (see the module comment). */
function lintCacheDir(cwd, env, explicit) {
    if (explicit)
        return (0,external_node_path_.join)(explicit, 'lint');
    if (env['MIGRATION_GUARD_CACHE_DIR'])
        return (0,external_node_path_.join)(env['MIGRATION_GUARD_CACHE_DIR'], 'lint');
    const inProject = (0,find_cache_dir/* default */.A)({ name: 'migration-guard', cwd });
    return (0,external_node_path_.join)(inProject ?? (0,pglite_template/* cacheDir */.e8)(env), 'lint');
}
class DirectoryLintCache {
    dir;
    /** Problems writing (a read-only or full disk): the run goes on without saving. */
    problems = [];
    wrote = false;
    constructor(dir) {
        this.dir = dir;
    }
    hasSegment(end) {
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, `seg-${end}.bin`));
    }
    readSegment(end) {
        const s = this.read(`seg-${end}.bin`);
        return s?.end === end ? s.segment : undefined;
    }
    writeSegment(end, segment, checkpoint) {
        // The checkpoint first: a segment found is one whose checkpoint was written.
        this.write(`cat-${end}.bin`, { end, checkpoint });
        this.write(`seg-${end}.bin`, { end, segment });
    }
    readCheckpoint(end) {
        const s = this.read(`cat-${end}.bin`);
        return s?.end === end && s.checkpoint instanceof Uint8Array ? s.checkpoint : undefined;
    }
    readOthers(scope) {
        const s = this.read(`others-${scope}.bin`);
        return s?.scope === scope && s.entries instanceof Map ? s.entries : undefined;
    }
    writeOthers(scope, entries) {
        this.write(`others-${scope}.bin`, { scope, entries });
    }
    /** Deletes the entries written longest ago while the directory is over LINT_CACHE_LIMITS. */
    prune(limits = LINT_CACHE_LIMITS) {
        if (!this.wrote)
            return;
        let all;
        try {
            all = (0,external_node_fs_.readdirSync)(this.dir);
        }
        catch {
            return;
        }
        (0,pglite_template/* removeStaleTemporaries */.D9)(this.dir, all);
        const names = all.filter((n) => n.endsWith('.bin'));
        const entries = names
            .map((n) => {
            try {
                const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.dir, n));
                return { n, size: st.size, at: st.mtimeMs };
            }
            catch {
                return undefined;
            }
        })
            .filter((e) => e !== undefined)
            .sort((a, b) => b.at - a.at);
        let files = 0;
        let bytes = 0;
        for (const e of entries) {
            files++;
            bytes += e.size;
            if (files > limits.files || bytes > limits.bytes)
                (0,pglite_template/* removeQuietly */.S2)((0,external_node_path_.join)(this.dir, e.n));
        }
    }
    read(name) {
        const file = (0,external_node_path_.join)(this.dir, name);
        let bytes;
        try {
            bytes = (0,external_node_fs_.readFileSync)(file);
        }
        catch {
            return undefined;
        }
        const body = bytes.subarray(32);
        if (bytes.length < 32 || !(0,external_node_crypto_.createHash)('sha256').update(body).digest().equals(bytes.subarray(0, 32))) {
            (0,pglite_template/* removeQuietly */.S2)(file); // truncated or altered: a miss, and rebuilt
            return undefined;
        }
        try {
            return (0,external_node_v8_.deserialize)(body);
        }
        catch {
            (0,pglite_template/* removeQuietly */.S2)(file);
            return undefined;
        }
    }
    write(name, value) {
        const body = (0,external_node_v8_.serialize)(value);
        try {
            (0,pglite_template/* writeAtomically */.vK)((0,external_node_path_.join)(this.dir, name), Buffer.concat([(0,external_node_crypto_.createHash)('sha256').update(body).digest(), body]));
            this.wrote = true;
        }
        catch (e) {
            // Said once per run: the next entry would fail the same way.
            if (this.problems.length === 0)
                this.problems.push(`the lint cache could not be saved in ${this.dir}: ${e.message}`);
        }
    }
}
let build;
/**
 * What the running code is, for the cache's keys: a SHA-256 of the bundle's files (the running
 * entry's chunks in dist/ and the parser's WASM) when running from the bundle, else of src/ and rules/ (running from source,
 * as the tests do), with Node's version (the entries' serialization format is V8's).
 */
function buildId() {
    if (build)
        return build;
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const hash = (0,external_node_crypto_.createHash)('sha256').update(process.version);
    const add = (dir, keep, recursive) => {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir, { recursive, encoding: 'utf8' }).sort();
        }
        catch {
            return;
        }
        for (const n of names) {
            if (!keep(n))
                continue;
            try {
                hash.update(n).update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, n)));
            }
            catch {
                /* a directory named like a file */
            }
        }
    };
    if (here.endsWith((0,external_node_path_.join)('src', 'lint'))) {
        const root = (0,external_node_path_.join)(here, '..', '..');
        add((0,external_node_path_.join)(root, 'src'), (n) => n.endsWith('.ts'), true);
        add((0,external_node_path_.join)(root, 'rules'), (n) => n.endsWith('.ts'), true);
        try {
            hash.update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, 'node_modules', 'libpg-query', 'package.json')));
        }
        catch {
            /* no parser package: the parse would fail anyway */
        }
    }
    else {
        // The bundle that runs: the CLI's chunks (cli.js, N.cli.js) or the Action's (index.js,
        // N.index.js) — hashing the other one too cost ~10 ms of every run.
        const entry = (0,external_node_path_.basename)((0,external_node_url_.fileURLToPath)(import.meta.url)).replace(/^\d+\./, '');
        add(here, (n) => n === entry || n.endsWith(`.${entry}`) || n === 'libpg-query.wasm', false);
    }
    return (build = hash.digest('hex').slice(0, 24));
}

// EXTERNAL MODULE: ./src/lint/engine.ts + 1 modules
var engine = __webpack_require__(6469);
// EXTERNAL MODULE: ./src/load/config.ts + 10 modules
var load_config = __webpack_require__(679);
// EXTERNAL MODULE: ./src/load/fs.ts
var fs = __webpack_require__(3865);
// EXTERNAL MODULE: ./src/load/git.ts
var git = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/load/naming.ts
var load_naming = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/load/layouts/index.ts + 8 modules
var layouts = __webpack_require__(2772);
// EXTERNAL MODULE: ./src/load/version.ts
var load_version = __webpack_require__(8472);
;// CONCATENATED MODULE: ./src/load/layout-choice.ts
/**
 * Which runner's layout a migration set is written for (issue #15): `layout:` from the config, or
 * detected from the files (src/load/layouts detectLayout, with a look at the project's Cargo.toml),
 * and which files of a location belong to the project under it. I/O: reads Cargo.toml files.
 */






/**
 * Files other layouts read besides SQL (diesel's metadata.toml), and goose's Go migrations (named,
 * not read): read always, kept only for a layout that reads them.
 */
const EXTRA_FILES = [...new Set(layouts/* LAYOUT_EXTRA_FILES */["in"]), '.go'];
/**
 * goose's Go migrations: `{version}_{name}.go` at the top level, not `_test.go` (goose
 * migration.go NumericComponent, provider_collect.go). migration-guard cannot run them.
 */
function goMigrations(files) {
    const out = [];
    for (const f of files) {
        const m = /^(\d+)_[^/]*\.go$/.exec(f.rel);
        if (!m || f.rel.endsWith('_test.go'))
            continue;
        const version = (0,load_version/* parseVersion */.ot)(m[1]);
        if (version)
            out.push({ rel: f.rel, version });
    }
    return out;
}
/** Which files of a location the project is made of: the layout's extra files only where it reads them. */
function keepFor(layout, suffixes) {
    const extra = new Set(layout?.extraFiles ?? []);
    const lower = suffixes.map((x) => x.toLowerCase());
    return (rel) => {
        const base = rel.slice(rel.lastIndexOf('/') + 1);
        return extra.has(base) || base.toLowerCase().endsWith('.sql') || lower.some((x) => base.toLowerCase().endsWith(x));
    };
}
/**
 * The layout of a migration set: `layout:` from the config, else detected from the files (a note
 * says which and why, unless it is Flyway's). Undefined: Flyway's.
 */
function chooseLayout(files, config, naming, root, onNote) {
    if (config.layout)
        return (0,layouts/* layoutFor */.Q2)(config.layout);
    // A Flyway configuration says whose files these are.
    if (config.runner === 'flyway')
        return undefined;
    const texts = files.map((f) => ({ rel: f.rel, text: Buffer.from(f.bytes.subarray(0, 4096)).toString('utf8') }));
    const found = (0,layouts/* detectLayout */.ey)(texts, {
        isFlywayName: (b) => ['versioned', 'repeatable'].includes((0,load_naming/* classifyBaseName */.rN)(b, naming).kind),
        usesSqlx: dependsOnSqlx(root, config.baseDir),
    });
    if (found.name === 'flyway') {
        // Nothing here is named as Flyway or another known runner names migrations: say how to choose.
        if (found.files === 0 && texts.some((t) => t.rel.toLowerCase().endsWith('.sql'))) {
            onNote?.(`no file here is named as Flyway names migrations (V{version}__{description}.sql), nor as golang-migrate, goose, dbmate, diesel, sqlx or Prisma would have them; if another runner applies them, set \`layout:\` in migration-guard.yml (docs/layouts.md: a golang-migrate-style pattern of your own for names such as V0001.Name.up.sql)`);
        }
        return undefined;
    }
    onNote?.(`layout: ${found.name} (detected: ${found.reason}; set \`layout:\` in migration-guard.yml to choose another)`);
    return (0,layouts/* layoutFor */.Q2)({ name: found.name });
}
/** Whether a Cargo.toml in the migrations root or a directory above it (up to the repository) names sqlx. */
function dependsOnSqlx(root, top) {
    for (let dir = root;; dir = (0,external_node_path_.dirname)(dir)) {
        try {
            if (/^\s*sqlx\b/m.test((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'Cargo.toml'), 'utf8')))
                return true;
        }
        catch {
            /* no Cargo.toml here */
        }
        if (dir === top || (0,external_node_path_.dirname)(dir) === dir || !(0,fs/* isInside */.FK)(top, dir))
            return false;
    }
}

// EXTERNAL MODULE: ./src/model/project.ts + 3 modules
var model_project = __webpack_require__(8692);
// EXTERNAL MODULE: ./src/parse/parser.ts + 4 modules
var parse_parser = __webpack_require__(8098);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/parse/pool.ts
/**
 * Parses many SQL texts, in-process or — when asked (MIGRATION_GUARD_WORKERS) — on worker threads.
 *
 * Files parse independently, so batches of them can go to workers (dist/parse-worker.js, each
 * with its own copy of the parser's WASM) while the main thread takes in what comes back, as
 * JSON text (see parsedToJson): the results are the same as parsing in-process. That is also
 * what happens when the worker script is not next to this module (running from source, e.g. in
 * tests) and, for their batches, when workers cannot start, die or fail.
 *
 * Not the default, because it does not pay on the machines measured: a parse costs about half
 * as much again to cross threads (JSON.stringify there, JSON.parse here: 23 MB of JSON for the
 * 4 MB bench corpus, ~330 ms against ~670 ms of parsing), and V8's own background threads (GC,
 * JIT, WASM tier-up) want a core too. On 2 CPUs, the main thread plus one worker took 1.05× the
 * time of the main thread alone, one worker 1.5× and two workers 1.2×.
 */






/** Texts per message: large enough to keep message overhead low, small enough to balance the load. */
const BATCH_CHARS = 96 * 1024;
function defaultWorkerFile() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'parse-worker.js');
}
async function parseAll(texts, opts = {}) {
    const file = opts.workerFile ?? defaultWorkerFile();
    // More workers than CPUs only costs memory (each holds its own parser heap).
    const n = Math.min(opts.workers ?? 0, texts.length, (0,external_node_os_.availableParallelism)());
    if (n === 0 || !(0,external_node_fs_.existsSync)(file))
        return texts.map(parse_parser/* parseSql */.eg);
    // Batches of consecutive texts, largest first so that no worker is left with a big one at the end.
    const batches = [];
    let current = [];
    let size = 0;
    texts.forEach((t, i) => {
        current.push(i);
        size += t.length;
        if (size >= BATCH_CHARS) {
            batches.push(current);
            current = [];
            size = 0;
        }
    });
    if (current.length)
        batches.push(current);
    const weight = (b) => b.reduce((w, i) => w + texts[i].length, 0);
    batches.sort((a, b) => weight(b) - weight(a));
    const results = new Array(texts.length);
    const local = (b) => {
        for (const i of b)
            results[i] = (0,parse_parser/* parseSql */.eg)(texts[i]);
    };
    let next = 0;
    const started = [];
    const workersDone = new Promise((resolve, reject) => {
        let running = n;
        const finished = () => {
            if (--running === 0)
                resolve();
        };
        for (let w = 0; w < n; w++) {
            let worker;
            try {
                worker = new external_node_worker_threads_.Worker(file);
            }
            catch {
                finished();
                continue;
            }
            started.push(worker);
            let batch;
            let done = false;
            const stop = () => {
                if (done)
                    return;
                done = true;
                void worker.terminate();
                finished();
            };
            const feed = () => {
                batch = batches[next++];
                if (!batch)
                    return stop();
                worker.postMessage({ texts: batch.map((i) => texts[i]) });
            };
            worker.on('message', (m) => {
                if (m.ready)
                    return feed();
                if (!batch)
                    return;
                try {
                    if (m.results)
                        m.results.forEach((r, k) => (results[batch[k]] = (0,parse_parser/* parsedFromJson */.eV)(r)));
                    else
                        local(batch); // the worker failed on it: parse here, where an error surfaces as usual
                }
                catch (e) {
                    done = true;
                    reject(e);
                    return;
                }
                feed();
            });
            // A worker that dies (out of memory, killed): its batch and the rest are parsed in-process.
            const died = () => {
                if (done)
                    return;
                done = true;
                if (batch)
                    batches.push(batch);
                finished();
            };
            worker.on('error', died);
            worker.on('exit', died);
        }
    });
    try {
        await workersDone;
    }
    finally {
        // Each worker is stopped once it runs out of batches; on an error, the rest are too.
        await Promise.all(started.map((w) => w.terminate()));
    }
    // Whatever no worker took (none started, or they died): parse here.
    while (next < batches.length)
        local(batches[next++]);
    return results;
}

;// CONCATENATED MODULE: ./src/commands/lint.ts
/**
 * `lint`: config → files on disk (and at --base) → project model → rules → findings.
 * Shared by the CLI and the Action; printing is left to the caller.
 */















const knownRuleIds = () => [...rules/* rules */.a.map((r) => r.meta.id), engine/* SUPPRESSION_RULE */.XS, ...check_rules/* CHECK_RULE_IDS */.RZ];
/** Config, then every migrations root named (or configured), read and parsed into the model. */
/**
 * With `lazy`, a file is parsed when something first reads its statements (LazyParsed), not
 * before: the lint cache leaves the files it holds unparsed. Otherwise all are parsed here (on
 * `req.workers` threads when asked).
 */
async function loadProjects(req, lazy = false) {
    const config = await (0,load_config/* loadConfig */.Z9)({ cwd: req.cwd, configPath: req.configPath, environment: req.environment, knownRules: knownRuleIds(), env: req.env ?? process.env, flywayArgs: req.flywayArgs });
    req.onConfig?.(config);
    if (req.rules)
        config.rules = { ...config.rules, ...req.rules };
    // The parser's WASM compiles on V8's background threads while the files are read (~20 ms).
    const parser = (0,parse_parser/* initParser */.cd)();
    const projects = [];
    const naming = configured(() => (0,load_naming/* namingOf */.aI)(config));
    const shownDir = (dir) => (0,external_node_path_.relative)(req.cwd, dir).split(external_node_path_.sep).join('/') || '.';
    for (const group of groupByRoot(req, config)) {
        const { roots } = group;
        const root = roots[0];
        const stdin = req.stdin;
        const read = (0,fs/* readLocations */.P2)(roots, {
            cwd: req.cwd,
            suffixes: [...naming.sqlMigrationSuffixes, ...EXTRA_FILES],
            boundaryOf: (r) => boundaryOf(r, config),
            ...(stdin ? { each: (files, r) => withStdin(files, r, req.cwd, stdin) } : {}),
        });
        const layout = chooseLayout(read, config, naming, root, req.onNote);
        const unread = layout?.name === 'goose' ? goMigrations(read) : [];
        if (unread.length) {
            const names = unread.map((u) => u.rel);
            req.onNote?.(`goose runs ${names.length} Go migration${names.length === 1 ? '' : 's'} here that migration-guard cannot read (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}): the SQL migrations after ${names.length === 1 ? 'it' : 'them'} are checked without what ${names.length === 1 ? 'it does' : 'they do'}`);
        }
        const keep = keepFor(layout, naming.sqlMigrationSuffixes);
        const sources = read.filter((f) => keep(f.rel));
        let targets = group.targets;
        // Locations named whole (not all of them): every file of theirs is reported on.
        if (targets && group.named)
            for (const f of sources)
                if (group.named.has((0,external_node_path_.resolve)(req.cwd, f.location)))
                    targets.add(f.rel);
        const base = req.baseFiles
            ? roots.flatMap((r) => baseFilesUnder(r, req.baseFiles, req.cwd))
            : req.base
                ? roots.flatMap((r) => (0,git/* readFilesAtRef */.i)(r, req.base, req.cwd, [...naming.sqlMigrationSuffixes, ...EXTRA_FILES]))
                : undefined;
        const prepared = (0,model_project/* prepareProject */.hs)(shownDir(root), sources, {
            rollbackPattern: config.rollbackPattern,
            seedsDir: config.seeds,
            naming,
            locations: roots.map(shownDir),
            placeholders: { environment: config.environment, ...config.placeholders, ...req.placeholders },
            placeholderPrefix: config.placeholderPrefix,
            placeholderSuffix: config.placeholderSuffix,
            placeholderReplacement: config.placeholderReplacement,
            encoding: config.encoding,
            builtins: {
                defaultSchema: config.schema,
                user: req.connection?.user ?? 'postgres',
                database: req.connection?.database ?? 'postgres',
                timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19),
                table: config.historyTable,
                environment: config.environment,
                workingDirectory: req.cwd,
            },
            base: base?.filter((f) => keep(f.rel)),
            targets,
            ...(layout ? { layout, env: req.env ?? process.env } : {}),
        });
        await parser;
        const project = prepared.finish(lazy && !req.workers ? prepared.texts.map((t) => new parse_parser/* LazyParsed */.wW(t)) : await parseAll(prepared.texts, { workers: req.workers }));
        if (unread.length)
            project.unread = unread;
        if (targets)
            pairTargets(project, targets);
        // With a base and no files named, the report is about the change: files added, modified or
        // deleted since the base. The whole history is still read (catalog, ordering, duplicates).
        else if (project.base)
            project.targets = targets = changedSinceBase(project);
        projects.push({ project, targets });
    }
    await parser; // loaded even when nothing was read (check and the runner parse later)
    return { config, projects };
}
/**
 * Paths (relative to the root) of the files that differ from the base: added, modified (other
 * text, as decoded) or deleted (findings on a deleted file name its path at the base).
 */
function changedSinceBase(project) {
    const base = project.base;
    const changed = new Set();
    const now = new Set();
    for (const f of project.files) {
        now.add(f.rel);
        const b = base.get(f.rel);
        // diesel's metadata.toml decides how up.sql runs: a change to it is a change of the migration.
        if (!b || b.text !== f.decoded.text || b.companionText !== f.companionText)
            changed.add(f.rel);
    }
    for (const [rel, b] of base) {
        if (now.has(rel))
            continue;
        changed.add(rel);
        // A deleted rollback file leaves its migration without one: that migration is in the change.
        const undone = b.kind === 'rollback' && b.version ? project.migrations.find((m) => m.version && (0,load_version/* versionKey */._5)(m.version) === (0,load_version/* versionKey */._5)(b.version)) : undefined;
        if (undone)
            changed.add(undone.rel);
    }
    pairTargets(project, changed);
    return changed;
}
/**
 * A migration and its rollback file are one unit: naming either names both, so that checking a
 * named migration reports what its rollback does, and naming a rollback file checks it against
 * its migration. `targets` (paths relative to the root) is extended in place.
 */
function pairTargets(project, targets) {
    for (const m of project.migrations) {
        if (m.rollback && (targets.has(m.rel) || targets.has(m.rollback.rel))) {
            targets.add(m.rel);
            targets.add(m.rollback.rel);
        }
    }
}
/** The given base files that lie under `root`, with `rel` relative to it. */
function baseFilesUnder(root, files, cwd) {
    const out = [];
    for (const f of files) {
        const abs = (0,external_node_path_.resolve)(cwd, f.path);
        if (abs === root || !(0,fs/* isInside */.FK)(root, abs))
            continue;
        const rel = (0,external_node_path_.relative)(root, abs);
        out.push({ ...f, rel: rel.split(external_node_path_.sep).join('/') });
    }
    return out;
}
/** The engine's options from the configuration (shared by lint and check). */
function lintOptionsFor(config, project) {
    // Under Flyway: each migration wrapped as Flyway wraps it, and no lock_timeout from a runner.
    // Under another runner's layout: that runner sets no lock_timeout either (none of the six does).
    const flyway = config.runner === 'flyway' || project?.layout !== undefined;
    return {
        settings: { transactions: flyway ? 'runner' : config.transactions, runnerLockTimeout: flyway ? undefined : config.lockTimeout, runner: config.runner, mixed: config.mixed, documentation: config.documentation },
        severities: config.rules,
    };
}
/**
 * The lint cache of a run (src/lint/cache.ts) in its directory (cache-store.ts lintCacheDir), or
 * none with --no-cache; `done()`, after the last project, bounds the directory and says on
 * `req.onNote` what could not be saved. Shared by lint and check.
 */
function lintCacheFor(req, config) {
    if (req.noCache)
        return { done: () => undefined };
    const store = new DirectoryLintCache(lintCacheDir(config.baseDir, req.env ?? process.env, req.cacheDir));
    return {
        cache: { store, buildId: buildId() },
        done() {
            store.prune();
            for (const p of store.problems)
                req.onNote?.(p);
        },
    };
}
/** Files a report is about: those named, else every file (a goose or dbmate file, two sections of the project, is one file). */
function reportedFiles(project, targets) {
    return targets ? targets.size : new Set(project.files.map((f) => f.path)).size;
}
async function runLint(req) {
    const { config, projects } = await loadProjects(req, !req.noCache);
    const lintCache = lintCacheFor(req, config);
    const findings = [];
    let files = 0;
    let migrations = 0;
    for (const { project, targets } of projects) {
        files += reportedFiles(project, targets);
        migrations += project.migrations.filter((m) => !targets || targets.has(m.rel)).length;
        findings.push(...(0,engine/* lintProject */.RO)(project, rules/* rules */.a, lintOptionsFor(config, project), lintCache.cache));
    }
    lintCache.done();
    sortInMigrationOrder(findings, projects.map((p) => p.project));
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { findings, summary: { errors, warnings: findings.length - errors, files, migrations }, config };
}
/**
 * Directories are migration roots; a file is linted within its migrations root (so rollbacks,
 * ordering and history replay still see the whole directory) but only its findings are kept.
 */
/**
 * What the files under `root` must stay inside: the repository when `root` is written as a path
 * inside it (so a `migrations/` that is a symlink to elsewhere is refused), else the directory the
 * user named outside it (`lint /other/project/migrations`): their choice, but symlinks in it
 * must not leave it.
 */
function boundaryOf(root, config) {
    return (0,fs/* isInside */.FK)(config.baseDir, root) ? config.baseDir : root;
}
/**
 * Groups the paths named into migration sets. The configured locations (`migrations` and
 * `locations:`, as Flyway's `locations`) are ONE set: with no path, or when several of them are
 * named (`lint sql1 sql2` with `locations: [sql2]` and `migrations: sql1`), they are read
 * together, and a file inside one of them is read within that set. A directory that is not a
 * configured location (including a subdirectory of one) is a set of its own, as is the
 * directory of a file outside every location.
 */
function groupByRoot(req, config) {
    const locations = configured(() => (0,fs/* configuredLocations */.hf)(config));
    const setOf = new Map();
    const all = { roots: locations, targets: new Set(), named: new Set() };
    const locationOf = (p) => locations.filter((l) => (0,fs/* isInside */.FK)(l, p)).sort((a, b) => b.length - a.length)[0];
    if (req.stdin && req.paths.length)
        throw new errors/* UsageError */.eb('lint - reads one file from stdin: name no other path');
    const stdinPath = req.stdin && (0,external_node_path_.resolve)(req.cwd, req.stdin.path);
    const paths = stdinPath ? [stdinPath] : req.paths.length ? req.paths.map((p) => (0,external_node_path_.resolve)(req.cwd, p)) : locations;
    for (const p of paths) {
        let kind = (0,fs/* kindOfPath */.Bs)(p);
        if (p === stdinPath) {
            // The file need not exist yet (an editor's unsaved buffer); its directory must.
            if (kind === 'dir')
                throw new errors/* UsageError */.eb(`--stdin-filepath ${req.stdin.path} is a directory, not a file`);
            let parent = (0,external_node_path_.dirname)(p);
            if (kind === 'missing' && (0,fs/* kindOfPath */.Bs)(parent) !== 'dir') {
                // A new migration's own folder (diesel, Prisma: one per migration) need not exist yet, inside a migrations location.
                if (!locationOf(p))
                    throw new errors/* UsageError */.eb(`--stdin-filepath ${req.stdin.path}: no such directory ${(0,external_node_path_.relative)(req.cwd, parent) || '.'}`);
                while ((0,fs/* kindOfPath */.Bs)(parent) === 'missing')
                    parent = (0,external_node_path_.dirname)(parent);
                if ((0,fs/* kindOfPath */.Bs)(parent) !== 'dir')
                    throw new errors/* UsageError */.eb(`--stdin-filepath ${req.stdin.path}: ${(0,external_node_path_.relative)(req.cwd, parent)} is not a directory`);
            }
            (0,fs/* assertInside */.TQ)(parent, (0,fs/* realPathOf */.dN)(boundaryOf(parent, config)), { cwd: req.cwd });
            kind = 'file';
        }
        else if (kind === 'missing') {
            throw new errors/* UsageError */.eb(`no such file or directory: ${(0,external_node_path_.relative)(req.cwd, p) || p}${req.paths.length ? '' : p === locations[0] ? ' (the configured migrations directory; pass a path or set `migrations:` in migration-guard.yml)' : ' (a configured location)'}`);
        }
        if (kind === 'dir') {
            if (locations.includes(p)) {
                setOf.set(locations[0], all);
                all.named.add(p);
            }
            else
                setOf.set(p, { roots: [p] });
            continue;
        }
        // A file named on the command line (a directory's root is checked when it is read).
        if (p !== stdinPath)
            (0,fs/* assertInside */.TQ)(p, (0,fs/* realPathOf */.dN)(boundaryOf((0,external_node_path_.dirname)(p), config)), { cwd: req.cwd });
        const location = locationOf(p);
        if (location) {
            setOf.set(locations[0], all);
            all.targets.add((0,external_node_path_.relative)(location, p).split(external_node_path_.sep).join('/'));
            continue;
        }
        const root = (0,external_node_path_.dirname)(p);
        const group = setOf.get(root) ?? { roots: [root], targets: new Set() };
        group.targets?.add((0,external_node_path_.relative)(root, p).split(external_node_path_.sep).join('/'));
        setOf.set(root, group);
    }
    // Every location named whole (or none named): the whole set.
    if (locations.every((l) => all.named.has(l))) {
        delete all.targets;
        delete all.named;
    }
    else if (all.named.size === 0)
        delete all.named;
    if (setOf.has(locations[0])) {
        for (const l of locations.slice(1)) {
            if ((0,fs/* kindOfPath */.Bs)(l) !== 'dir')
                throw new errors/* UsageError */.eb(`no such directory: ${(0,external_node_path_.relative)(req.cwd, l) || l} (a configured location)`);
        }
    }
    return [...setOf.values()];
}
/** A configuration problem found while loading (a location outside the repository, an empty naming setting): exit 2 naming it. */
function configured(fn) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.eb || e instanceof errors/* ConfigError */.xL)
            throw e;
        throw new errors/* ConfigError */.xL(e.message);
    }
}
/** Puts stdin's content in place of (or next to) the files read from disk under `root`. */
function withStdin(sources, root, cwd, stdin) {
    const abs = (0,external_node_path_.resolve)(cwd, stdin.path);
    if (!(0,fs/* isInside */.FK)(root, abs))
        return;
    const rel = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
    const file = { path: (0,external_node_path_.relative)(cwd, abs).split(external_node_path_.sep).join('/'), rel, bytes: stdin.bytes };
    const at = sources.findIndex((s) => s.rel === rel);
    if (at >= 0)
        sources[at] = file;
    else
        sources.push(file);
}
/**
 * Findings in migration order (issue #13): project by project as named, then by file in Flyway's
 * order — versioned migrations by version (a rollback file right after its migration, as
 * Flyway's ResolvedMigrationComparator puts an undo migration after the migration of its
 * version), then repeatables by description, then seeds and other files by path — then by line,
 * column and rule. A file the projects do not hold (deleted since --base) is placed by its name.
 * Sorts in place and returns `findings`.
 */
function sortInMigrationOrder(findings, projects) {
    const keys = new Map();
    projects.forEach((project, i) => {
        for (const f of project.files)
            keys.set(f.path, orderOf(i, f));
    });
    const keyOf = (path) => {
        let k = keys.get(path);
        if (!k) {
            const c = (0,load_naming/* classifyBaseName */.rN)(path.slice(path.lastIndexOf('/') + 1));
            k = orderOf(projects.length, { kind: c.kind, version: c.version, description: c.description, path });
            keys.set(path, k);
        }
        return k;
    };
    return findings.sort((a, b) => {
        const fa = keyOf(a.file);
        const fb = keyOf(b.file);
        return (compareFileOrder(fa, fb) ||
            a.line - b.line ||
            a.column - b.column ||
            (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
            (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    });
}
function orderOf(project, f) {
    const versioned = (f.kind === 'versioned' || f.kind === 'rollback') && f.version !== undefined;
    const group = versioned ? 0 : f.kind === 'repeatable' ? 1 : f.kind === 'seed' ? 2 : 3;
    return { project, group, version: versioned ? f.version : undefined, rollback: f.kind === 'rollback' ? 1 : 0, description: f.description ?? '', path: f.path };
}
function compareFileOrder(a, b) {
    const byText = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return (a.project - b.project ||
        a.group - b.group ||
        (a.version && b.version ? (0,load_version/* compareVersions */.Zy)(a.version, b.version) : 0) ||
        a.rollback - b.rollback ||
        (a.group === 1 ? byText(a.description, b.description) : 0) ||
        byText(a.path, b.path));
}


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ removeStaleTemporaries),
/* harmony export */   Hu: () => (/* binding */ createFromTemplate),
/* harmony export */   S2: () => (/* binding */ removeQuietly),
/* harmony export */   Wg: () => (/* binding */ SCRATCH_CONF),
/* harmony export */   e8: () => (/* binding */ cacheDir),
/* harmony export */   sI: () => (/* binding */ buildKey),
/* harmony export */   vK: () => (/* binding */ writeAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/**
 * A freshly initialised PGlite data directory, kept as a tarball in a cache directory and loaded
 * instead of running initdb again. Measured here: PGlite.create() runs initdb in its own WASM
 * instance, which leaves a new instance at ~730 MB RSS after ~3 s; loading the tarball of a fresh
 * data directory (PGlite's loadDataDir, 4.5 MB gzipped) gives ~400 MB after ~1.2 s. The cache is
 * keyed by the PGlite build, written atomically (temporary file, rename), and a tarball that does
 * not load is deleted and rebuilt: a broken cache costs one initdb, never a wrong result.
 *
 * Where: MIGRATION_GUARD_CACHE_DIR, else $XDG_CACHE_HOME/migration-guard, else ~/.cache/migration-guard.
 *
 * The scratch data directory is made for a small database held in memory: 1 MB WAL segments
 * (initdb --wal-segsize=1; the default 16 MB segment is one 16 MB file in memory from the
 * start), at most 16 MB of WAL between checkpoints, 16 MB of shared buffers. Measured on the
 * Lemmy history: ~30 MB less RSS at start than initdb's defaults, and ~150 MB less than PGlite's
 * default 128 MB of shared buffers (414 → 261 MB after start).
 */
const SCRATCH_CONF = ['shared_buffers = 16MB', 'min_wal_size = 4MB', 'max_wal_size = 16MB'];
const SCRATCH_INITDB = ['--wal-segsize=1'];







function cacheDir(env = process.env) {
    return env['MIGRATION_GUARD_CACHE_DIR'] || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env['XDG_CACHE_HOME'] || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.cache'), 'migration-guard');
}
/** Which PGlite build and initdb options a tarball belongs to: the package version (else the size of the bundled runtime) and SCRATCH_INITDB. */
function buildKey() {
    let id = '';
    try {
        id = String((0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url)('@electric-sql/pglite/package.json').version);
    }
    catch {
        const wasm = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(import.meta.url)), 'pglite.wasm');
        id = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(wasm) ? `wasm-${(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(wasm).size}` : 'unknown';
    }
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(id).update(JSON.stringify(SCRATCH_INITDB)).digest('hex').slice(0, 16);
}
/**
 * Writes a file of the cache directory whole or not at all: to `<file>.<pid>.<time>.tmp`, then
 * renamed over `file` (the directory is made first). Throws what the file system throws.
 */
function writeAtomically(file, data) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, data);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
}
/** Deletes a file of a cache directory; never throws (in a read-only cache it stays, and stays a miss). */
function removeQuietly(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file, { force: true });
    }
    catch {
        /* read-only, or gone meanwhile */
    }
}
/**
 * Deletes the temporary files writeAtomically left in `dir` (a run ended between writing one and
 * renaming it: Ctrl-C ends a lint at once) once they are an hour old. `names`: the directory's
 * entries, as read; only those starting with `prefix` are looked at. Never throws.
 */
function removeStaleTemporaries(dir, names, prefix = '') {
    for (const n of names) {
        if (!n.startsWith(prefix) || !n.endsWith('.tmp'))
            continue;
        try {
            if (Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, n)).mtimeMs > 3_600_000)
                removeQuietly((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, n));
        }
        catch {
            /* gone meanwhile */
        }
    }
}
/**
 * A new in-memory PGlite: from the cached fresh data directory when there is one, else by initdb
 * (then the fresh data directory is cached for the next run). `dir`: the cache directory (check's
 * --cache-dir, the Action's restored one); default cacheDir().
 */
async function createFromTemplate(Ctor, opts, dir = cacheDir()) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `pglite-${buildKey()}-fresh.tar.gz`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        try {
            // Unpacked here first: PGlite reports a truncated gzip stream from where it cannot be caught.
            const tar = (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.gunzipSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file));
            return await Ctor.create({ ...opts, loadDataDir: new Blob([tar]) });
        }
        catch {
            removeQuietly(file); // a broken tarball: rebuilt below (in a read-only cache: initdb every time)
        }
    }
    const db = await Ctor.create({ ...opts, initDbStartParams: SCRATCH_INITDB });
    try {
        const dump = await db.dumpDataDir('gzip');
        writeAtomically(file, Buffer.from(await dump.arrayBuffer()));
    }
    catch {
        /* no cache this time (read-only home, full disk): the next run runs initdb again */
    }
    return db;
}


/***/ }),

/***/ 6469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ot: () => (/* binding */ LintSession),
  XS: () => (/* binding */ SUPPRESSION_RULE),
  RO: () => (/* binding */ lintProject),
  Tc: () => (/* binding */ sortFindings)
});

// EXTERNAL MODULE: ./src/check/rules.ts
var check_rules = __webpack_require__(4327);
// EXTERNAL MODULE: ./src/model/ast.ts
var ast = __webpack_require__(3293);
// EXTERNAL MODULE: ./src/model/catalog.ts + 8 modules
var model_catalog = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/model/statements.ts
var statements = __webpack_require__(7043);
// EXTERNAL MODULE: ./src/load/flyway/transactional.ts
var transactional = __webpack_require__(424);
// EXTERNAL MODULE: ./src/model/transactions.ts
var transactions = __webpack_require__(9736);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/model/catalog/checkpoint.ts
var checkpoint = __webpack_require__(6711);
// EXTERNAL MODULE: ./src/model/project.ts + 3 modules
var model_project = __webpack_require__(8692);
// EXTERNAL MODULE: ./src/lint/suppressions.ts
var suppressions = __webpack_require__(4529);
;// CONCATENATED MODULE: ./src/lint/cache.ts
/**
 * The lint cache (issue #16 §1): a warm run replays the findings of every file whose inputs are
 * unchanged and parses and lints only from the first file that changed. Design and measurements:
 * docs/design/lint-cache.md.
 *
 * What a migration's findings depend on: its text as the runner sends it and its facts (kind,
 * section, execution, isNew, …), the settings and the code (`LintCache.settingsKey`), and the
 * catalog the migrations before it left — itself a function of those migrations' texts and facts.
 * So the key of the state after migration i is a hash chain, chain[i+1] = H(chain[i], facts of
 * migration i), computed from texts alone, without parsing. The migrations are cached in segments
 * (segmentEnds): a segment, named by the chain hash at its end, holds its migrations' findings and
 * names the chain hash it starts at; beside it is a checkpoint of the catalog after it
 * (src/model/catalog/checkpoint.ts), read only when a file after it must be linted. A run finds the
 * furthest segment whose chain back to the first migration is intact, replays those findings,
 * restores the catalog from its checkpoint and lints from there.
 *
 * Other files (rollbacks, seeds, …) change no catalog: each is cached on its own, keyed by its
 * facts (a rollback's include its migration's name and text), and depends on the chain's end only
 * when linting it read the catalog (LintSession.catalogReads).
 *
 * Rules whose findings depend on other files' names (RuleMeta.reads = 'project': versions,
 * pairing, the base) are never cached: they run on every file, every run, without parsing it.
 * Findings are cached before suppressions and before the --base / named-files filter, so the
 * same `finish` makes the same output.
 */





/**
 * Migrations per segment: a warm run that resumes mid-history replays at most this many without
 * rules. Each segment's checkpoint costs a serialization of the whole catalog (measured on the
 * 2,000-migration bench corpus: ~30 ms each at the end of the history), so they are few, and
 * placed where a pull request changes things (segmentEnds).
 */
const SEGMENT = 1000;
/** Checkpoints this many versioned migrations before the last one: a pull request edits its own, the newest. */
const TAIL = [1, 4, 16];
const sha = (...parts) => {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const p of parts)
        h.update(p).update('\0');
    return h.digest('hex').slice(0, 40);
};
/** A file of the project by name: its location, its path there and its section (two locations may hold the same rel). */
const nameOf = (f) => `${f.location}\0${f.rel}\0${f.section ?? ''}`;
/** A hash of everything of a file that a cacheable rule may read, with its text as written and as sent (after `before`: the chain). */
function factsOf(f, pair, before = '') {
    const facts = [
        f.rel,
        f.path,
        f.location,
        f.kind,
        f.version?.raw,
        f.description,
        f.namingProblem,
        f.runByFlyway,
        f.section,
        f.sectionStart,
        f.execution,
        f.chunks,
        f.formatProblems,
        f.isNew,
        f.companionText,
        f.decoded.problem,
        f.decoded.hadBom,
        f.unknownPlaceholders,
        pair ? [pair.rel, pair.section, sha(pair.decoded.text, pair.text === pair.decoded.text ? '=' : pair.text)] : null,
    ];
    // Placeholders and blanked sections aside, the text sent is the text written: hashed once then.
    return sha(before, JSON.stringify(facts), f.decoded.text, f.text === f.decoded.text ? '=' : f.text);
}
/**
 * Lints `project` as lintProject does, replaying what `cache` holds and saving what it computes.
 * A checkpoint that does not fit the project (CheckpointMismatch) or an entry naming a file the
 * project lacks makes the run start again without the cache: a broken cache costs time, never a
 * different result.
 */
function lintWithCache(project, rules, options, cache) {
    try {
        return run(project, rules, options, cache);
    }
    catch (e) {
        if (!(e instanceof checkpoint/* CheckpointMismatch */.Xy))
            throw e;
        return lintProject(project, rules, options);
    }
}
function run(project, rules, options, cache) {
    const { store } = cache;
    const settings = sha(cache.buildId, JSON.stringify(options), JSON.stringify(rules.map((r) => r.meta.id)), JSON.stringify(project.layout ?? null), project.root, JSON.stringify(project.locations), project.base ? 'base' : '');
    const migrations = project.migrations;
    const n = migrations.length;
    const chain = [settings];
    // chain[i+1] = H(chain[i], migration i), in one hash per migration.
    for (const m of migrations)
        chain.push(factsOf(m, undefined, chain[chain.length - 1]));
    const session = new LintSession(project, rules, options);
    const byName = new Map(project.files.map((f) => [nameOf(f), f]));
    const toRaw = (c) => {
        const file = byName.get(c.file);
        if (!file)
            throw new checkpoint/* CheckpointMismatch */.Xy(`a cached finding is on ${c.file}, which the project does not have`);
        return { rule: c.rule, severity: c.severity, file, offset: c.offset, position: c.position, message: c.message, help: c.help };
    };
    const toCached = (r) => ({ rule: r.rule, severity: r.severity, file: nameOf(r.file), offset: r.offset, position: r.position, message: r.message, help: r.help });
    const cacheableSince = (mark) => session.raw.slice(mark).filter((r) => session.isCacheable(r)).map(toCached);
    // A file's suppression comments and what they cover come from its parse: kept with its findings.
    const suppressionsOf = (file) => (file.text.includes(suppressions/* SUPPRESSION_DIRECTIVE */.e) ? (0,suppressions/* parseSuppressions */.Q)(file) : undefined);
    const found = resumePoint(store, chain);
    session.start();
    let at = 0;
    for (const seg of found.segments) {
        seg.files.forEach((findings, i) => {
            const file = migrations[at++];
            session.replayFindings(findings.map(toRaw));
            const suppressions = seg.suppressions?.[i];
            if (suppressions)
                session.knowSuppressions(file, suppressions);
            session.lintFile(file, true);
        });
    }
    // The catalog at `at`: from the last segment's checkpoint, read when a file needs it.
    let catalogReady = at === 0;
    const needCatalog = () => {
        if (catalogReady)
            return;
        const bytes = store.readCheckpoint(chain[at]);
        if (!bytes)
            throw new checkpoint/* CheckpointMismatch */.Xy('the checkpoint of the segment resumed from is gone');
        session.catalog.restore(bytes);
        catalogReady = true;
    };
    if (at < n)
        needCatalog();
    let segStart = at;
    let segFiles = [];
    let segSuppressions = {};
    const ends = segmentEnds(project, cache.segment ?? SEGMENT);
    for (let i = at; i < n; i++) {
        const mark = session.raw.length;
        session.lintFile(migrations[i]);
        segFiles.push(cacheableSince(mark));
        const suppressions = suppressionsOf(migrations[i]);
        if (suppressions) {
            segSuppressions[segFiles.length - 1] = suppressions;
            session.knowSuppressions(migrations[i], suppressions);
        }
        const end = i + 1;
        if (ends.has(end)) {
            store.writeSegment(chain[end], { prev: chain[segStart], start: segStart, files: segFiles, suppressions: segSuppressions }, session.catalog.checkpoint());
            segStart = end;
            segFiles = [];
            segSuppressions = {};
        }
    }
    const others = session.order.slice(n);
    const tip = chain[n];
    const scope = sha(settings, 'others');
    const held = store.readOthers(scope) ?? new Map();
    const next = new Map();
    const pairOf = new Map(migrations.filter((m) => m.rollback).map((m) => [m.rollback, m]));
    let othersReplayed = 0;
    for (const file of others) {
        const key = factsOf(file, pairOf.get(file));
        const entry = held.get(key);
        if (entry && (entry.chain === undefined || entry.chain === tip)) {
            session.replayFindings(entry.findings.map(toRaw));
            if (entry.suppressions)
                session.knowSuppressions(file, entry.suppressions);
            session.lintFile(file, true);
            next.set(key, entry);
            othersReplayed++;
            continue;
        }
        needCatalog();
        const mark = session.raw.length;
        const reads = session.catalogReads;
        session.lintFile(file);
        const suppressions = suppressionsOf(file);
        if (suppressions)
            session.knowSuppressions(file, suppressions);
        next.set(key, { ...(session.catalogReads !== reads ? { chain: tip } : {}), findings: cacheableSince(mark), ...(suppressions ? { suppressions } : {}) });
    }
    if (othersReplayed !== others.length || held.size !== next.size)
        store.writeOthers(scope, next);
    cache.stats = { migrations: n, replayed: found.at, others: others.length, othersReplayed };
    return session.finish();
}
/**
 * Where segments end (indexes into Project.migrations, as counts of migrations before the point):
 * every `every` migrations, at the end, before the first repeatable (a pull request edits those
 * as often as it adds a versioned migration before them), TAIL versioned migrations before the
 * last one, and with --base before the first migration of the change set.
 */
function segmentEnds(project, every) {
    const n = project.migrations.length;
    const ends = new Set([n]);
    for (let k = every; k < n; k += every)
        ends.add(k);
    const repeatable = project.migrations.findIndex((m) => m.kind === 'repeatable');
    const versionedEnd = repeatable < 0 ? n : repeatable;
    ends.add(versionedEnd);
    for (const back of TAIL)
        if (versionedEnd - back > 0)
            ends.add(versionedEnd - back);
    const first = project.base ? project.migrations.findIndex((m) => (0,model_project/* inChangeSet */.Mm)(project, m)) : -1;
    if (first > 0)
        ends.add(first);
    ends.delete(0);
    return ends;
}
/**
 * The furthest point of the chain the cache holds whole: segments from the first migration to
 * it, each naming the one before. Searches from the end (a pull request adds migrations at the
 * end, so the base's last segment is the one found).
 */
function resumePoint(store, chain) {
    for (let i = chain.length - 1; i > 0; i--) {
        if (!store.hasSegment(chain[i]))
            continue;
        const segments = [];
        let end = i;
        while (end > 0) {
            const seg = store.readSegment(chain[end]);
            if (!seg || seg.start >= end || seg.start < 0 || seg.prev !== chain[seg.start] || seg.files.length !== end - seg.start)
                break;
            segments.unshift(seg);
            end = seg.start;
        }
        if (end === 0)
            return { at: i, segments };
    }
    return { at: 0, segments: [] };
}

;// CONCATENATED MODULE: ./src/lint/engine.ts
/**
 * The lint engine: walks the project in Flyway's execution order, feeds every statement that
 * runs to the rules' visitors, keeps the catalog in step, and owns suppressions, severities
 * and the order of findings. Rules never do I/O and never see how findings are printed.
 */








const SUPPRESSION_RULE = 'invalid-suppression';
/**
 * Lints the project. With `cache`, findings of files the lint cache holds are replayed instead
 * of computed (src/lint/cache.ts); the result is the same, byte for byte.
 */
function lintProject(project, rules, options, cache) {
    if (cache)
        return lintWithCache(project, rules, options, cache);
    const session = new LintSession(project, rules, options);
    session.start();
    for (const file of session.order)
        session.lintFile(file);
    return session.finish();
}
/**
 * One lint run: the rules' instances, the catalog they share, the findings so far. `lintFile`
 * lints files one at a time in `order`; the lint cache also replays findings it holds
 * (`replayFindings`) and runs only the rules that read the whole project on such a file.
 */
class LintSession {
    project;
    options;
    raw = [];
    catalog;
    /** Migrations first, in execution order (the catalog follows them), then everything else. */
    order;
    /** How often a rule or the engine read the catalog (the lint cache records whether a file's findings depend on it). */
    catalogReads = 0;
    instances;
    /** Ids of the rules that read other files' names (RuleMeta.reads): their findings are never cached. */
    projectRules;
    known;
    severities;
    transactions = (0,transactions/* fileTransactions */.Em)([], { wrapped: false });
    current;
    /** Suppression comments of files, known without parsing them again (knowSuppressions). */
    suppressions = new Map();
    constructor(project, rules, options) {
        this.project = project;
        this.options = options;
        this.severities = options.severities ?? {};
        const active = rules.filter((r) => this.severities[r.meta.id] !== 'off');
        // Suppressions may also name the findings `check` adds from running the migrations.
        this.known = new Set(rules.map((r) => r.meta.id).concat(SUPPRESSION_RULE, check_rules/* CHECK_RULE_IDS */.RZ));
        const catalog = (this.catalog = new model_catalog/* Catalog */.WC(project));
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const session = this;
        this.instances = active.map((rule) => {
            const severity = this.severities[rule.meta.id] ?? rule.meta.severity;
            const context = {
                project,
                settings: options.settings,
                get catalog() {
                    session.catalogReads++;
                    return catalog;
                },
                inTransactionBlock: (stmt) => this.transactions.of((0,statements/* topLevelStatement */.FJ)(stmt))?.tx.kind === 'block',
                transaction: (stmt) => (0,transactions/* transactionOf */.CP)(this.transactions, stmt),
                fileTransactions: () => this.transactions,
                report: (d) => {
                    const file = d.file ?? this.current;
                    if (!file)
                        throw new Error(`rule ${rule.meta.id} reported outside a file`);
                    this.raw.push(locate(rule, severity, file, d));
                },
            };
            return { rule, visitors: rule.create(context), appliesTo: new Set(rule.meta.appliesTo ?? ['versioned', 'repeatable']) };
        });
        this.projectRules = new Set(rules.filter((r) => r.meta.reads === 'project').map((r) => r.meta.id));
        this.order = [...project.migrations, ...project.files.filter((f) => !project.migrations.includes(f))];
    }
    /** The rules' `project` visitors, once, before any file. */
    start() {
        for (const { visitors } of this.instances)
            visitors.project?.();
    }
    /**
     * Lints one file with every rule, or (`projectRulesOnly`) only with the rules whose findings
     * depend on other files' names (RuleMeta.reads): the lint cache holds the others' findings.
     */
    lintFile(file, projectRulesOnly = false) {
        const catalog = this.catalog;
        this.current = file;
        const here = this.instances.filter((i) => i.appliesTo.has(file.kind) && (!projectRulesOnly || i.rule.meta.reads === 'project'));
        if (projectRulesOnly) {
            for (const { visitors } of here)
                visitors.file?.(file);
            for (const { visitors } of here)
                visitors.fileExit?.(file);
            this.current = undefined;
            return;
        }
        // Procedures known before the file runs, and those it defines itself.
        const lookup = (0,transactions/* withFileRoutines */.mB)(file.parsed.statements, (key) => {
            this.catalogReads++;
            return catalog.functions.get(key)?.origin.stmt;
        });
        // Another runner's layout says how the file reaches PostgreSQL (src/load/layouts).
        const exec = file.execution;
        const wrapped = exec
            ? exec.wrapped
            : this.options.settings.runner === 'flyway'
                ? (0,transactional/* flywayWraps */.ws)(file.parsed.statements)
                : (0,transactions/* runnerWraps */.I5)(file.parsed.statements, this.options.settings.transactions, lookup);
        this.transactions = (0,transactions/* fileTransactions */.Em)(file.parsed.statements, { wrapped, lookup, implicit: exec?.unit === 'file' });
        for (const { visitors } of here)
            visitors.file?.(file);
        const runs = file.kind === 'versioned' || file.kind === 'repeatable';
        for (const stmt of file.parsed.statements) {
            visit(stmt, file, here.map((i) => i.visitors), runs ? catalog : undefined, new Set());
        }
        for (const { visitors } of here)
            visitors.fileExit?.(file);
        this.current = undefined;
    }
    /** Whether a finding came from a rule whose findings the lint cache may keep. */
    isCacheable(f) {
        return !this.projectRules.has(f.rule);
    }
    /** Findings the lint cache held, as lintFile would have reported them. */
    replayFindings(findings) {
        this.raw.push(...findings);
    }
    /** A file's suppression comments as parseSuppressions finds them (held by the lint cache, or just computed): not parsed again. */
    knowSuppressions(file, suppressions) {
        this.suppressions.set(file, suppressions);
    }
    /** Suppressions applied, their own problems reported, sorted. */
    finish() {
        return finish(this.project, this.raw, this.known, this.severities, this.suppressions);
    }
}
function visit(stmt, file, visitors, catalog, calling) {
    for (const v of visitors) {
        v[stmt.kind]?.(stmt.node, stmt, file);
        v.statement?.(stmt, file);
    }
    // Bodies that run now: DO blocks. Function bodies run when called (below), not when created.
    if (stmt.kind === 'DoStmt') {
        for (const n of stmt.nested)
            visit(n, file, visitors, catalog, calling);
    }
    if (!catalog)
        return;
    catalog.apply(stmt, file);
    // A migration that calls a function it (or an earlier migration) defined runs that body.
    // (No function defined yet: nothing to follow, and no need to walk the statement's tree.)
    if (catalog.functions.size === 0)
        return;
    const calls = stmt.kind === 'CallStmt' ? [stmt.node['funccall']] : (0,ast/* findAll */.JW)(stmt.node, 'FuncCall');
    for (const call of calls) {
        const key = (0,ast/* nameListKey */.jZ)(call?.funcname);
        const fn = key ? catalog.functions.get(key) : undefined;
        if (!fn || !key || calling.has(key))
            continue;
        calling.add(key);
        const defined = fn.origin.file;
        for (const n of fn.origin.stmt.nested) {
            const callee = {
                name: key.replace(/^public\./, ''),
                where: `${defined.path}:${defined.position(n.start).line}`,
                kind: fn.origin.stmt.node['is_procedure'] ? 'procedure' : 'function',
            };
            visit({ ...n, context: { ...n.context, callSite: stmt, callee } }, file, visitors, catalog, calling);
        }
        calling.delete(key);
    }
}
function locate(rule, severity, file, d) {
    let stmt = d.stmt;
    let message = d.message;
    let offset = d.offset;
    if (stmt?.context.callSite && stmt.context.callee) {
        // The statement sits in a function body (maybe in another file): point at the call.
        const { name, where, kind } = stmt.context.callee;
        message = `${message} (in ${kind} ${name} at ${where}, called here)`;
        stmt = stmt.context.callSite;
        offset = undefined;
    }
    else if (offset === undefined && stmt) {
        offset = d.node?.location !== undefined && d.node.location >= 0 ? stmt.offsetOf(d.node.location) : stmt.start;
    }
    if (offset === undefined && stmt)
        offset = stmt.start;
    return { rule: rule.meta.id, severity, file, offset, position: d.position, message, help: d.help ?? rule.meta.help };
}
function finish(project, raw, known, severities, knownSuppressions = new Map()) {
    const byFile = new Map(knownSuppressions);
    const suppressionsOf = (file) => {
        let s = byFile.get(file);
        if (!s) {
            s = (0,suppressions/* parseSuppressions */.Q)(file);
            byFile.set(file, s);
        }
        return s;
    };
    const kept = raw.filter((f) => {
        for (const s of suppressionsOf(f.file)) {
            if (!s.rules.includes(f.rule))
                continue;
            if (s.scope === 'file' || (f.offset !== undefined && f.offset >= s.start && f.offset <= s.end)) {
                s.used = true;
                return false;
            }
        }
        return true;
    });
    // Problems with the suppressions themselves.
    if (severities[SUPPRESSION_RULE] !== 'off') {
        const severity = severities[SUPPRESSION_RULE] ?? 'warning';
        for (const file of project.files) {
            for (const s of suppressionsOf(file)) {
                const push = (message, help) => kept.push({ rule: SUPPRESSION_RULE, severity, file, offset: s.at, message, help });
                const unknown = s.rules.filter((r) => !known.has(r));
                if (unknown.length) {
                    push(`suppression names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`, 'Use rule ids from `migration-guard rules` (see rules/*.md).');
                }
                if (!s.reason && s.rules.length > 0) {
                    push('suppression without a reason', `Say why after a colon: -- migration-guard-ignore${s.scope === 'file' ? '-file' : ''} ${s.rules.join(', ')}: <reason>`);
                }
                if (s.rules.length === 0) {
                    push('suppression names no rule', 'Name the rules it excuses: -- migration-guard-ignore RULE[, RULE]: <reason>');
                }
                if (s.scope === 'statement' && s.end < s.start) {
                    push('suppression is not followed by a statement', 'Put it on the line just before the statement it excuses.');
                }
            }
        }
    }
    const targets = project.targets;
    const findings = kept
        .filter((f) => !targets || targets.has(f.file.rel))
        .map((f) => {
        const pos = f.position ?? (f.offset === undefined ? { line: 1, column: 1 } : f.file.position(f.offset));
        return {
            rule: f.rule,
            severity: f.severity,
            file: f.file.path,
            line: pos.line,
            column: pos.column,
            message: f.message,
            help: f.help,
        };
    });
    return sortFindings(findings);
}
function sortFindings(findings) {
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}


/***/ }),

/***/ 4529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseSuppressions),
/* harmony export */   e: () => (/* binding */ SUPPRESSION_DIRECTIVE)
/* harmony export */ });
/* harmony import */ var _parse_wasm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9143);
/* harmony import */ var _load_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3497);
/* harmony import */ var _parse_lexer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7473);
/**
 * Suppression comments:
 *   -- migration-guard-ignore RULE[, RULE]: reason        (a statement: see `targetOf`)
 *   -- migration-guard-ignore-file RULE[, RULE]: reason   (the whole file)
 * Only real `--` comments count: libpg-query's scanner finds them, so the same text inside a
 * string literal, a quoted identifier or a block comment is not a directive. A statement-level
 * directive excuses the statement it is inside, else the statements it trails on its line, else
 * the next statement; in the body of a DO block or a function the same holds for the body's
 * statements.
 */



const DIRECTIVE = /^--[ \t]*migration-guard-ignore(-file)?(?![\w-])(.*)$/s;
/** Comments and string constants of a text, with string offsets; [] when it cannot be scanned. */
function tokensOf(text) {
    const scan = (t) => {
        try {
            return (0,_parse_wasm_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTokens */ .we)(t);
        }
        catch {
            return undefined;
        }
    };
    let scanned = text;
    let tokens = scan(text);
    if (!tokens) {
        // An unterminated string or comment swallows the rest: no directive can follow it.
        const bad = (0,_parse_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .findUnterminated */ .iA)(text);
        if (bad <= 0)
            return [];
        scanned = text.slice(0, bad);
        tokens = scan(scanned);
        if (!tokens)
            return [];
    }
    const utf8 = new _load_text_js__WEBPACK_IMPORTED_MODULE_1__/* .Utf8Offsets */ .As(scanned);
    const out = [];
    for (const t of tokens) {
        const kind = t.tokenName === 'SQL_COMMENT' ? 'comment' : t.tokenName === 'SCONST' ? 'string' : undefined;
        if (!kind)
            continue;
        const start = utf8.toStringOffset(t.start);
        const end = utf8.toStringOffset(t.end);
        out.push({ kind, start, end, text: scanned.slice(start, end) });
    }
    return out;
}
/** The content of a string constant that may hold a body: $tag$…$tag$ or '…'. */
function stringContent(raw) {
    const dollar = /^\$[^$]*\$/.exec(raw);
    if (dollar && raw.endsWith(dollar[0]) && raw.length >= 2 * dollar[0].length) {
        return { offset: dollar[0].length, text: raw.slice(dollar[0].length, raw.length - dollar[0].length) };
    }
    if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2)
        return { offset: 1, text: raw.slice(1, -1) };
    return undefined;
}
/** Statements whose string constants hold code that can carry directives. */
function hasBody(stmt) {
    return stmt.kind === 'DoStmt' || stmt.kind === 'CreateFunctionStmt';
}
/**
 * The statements a statement-level directive at `at` excuses, as one span; undefined when there
 * are none (a directive on its own line with no statement after it). `spans` are sorted by start.
 *  1. Inside a statement, between its clauses: that statement.
 *  2. After a statement on the same line (`ALTER TABLE a …; -- migration-guard-ignore …`): every
 *     statement whose last token is on the directive's line, before it — with
 *     `SELECT 1; CREATE INDEX …; -- …` both, with `CREATE INDEX …\n  ON t (a); -- …` the index —
 *     and never the statement after it.
 *  3. On a line of its own (only comments before it on the line): the next statement.
 */
function targetOf(text, spans, at) {
    const inside = spans.find((s) => at >= s.start && at < s.end);
    if (inside)
        return inside;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const trailed = spans.filter((s) => s.end <= at && s.end > lineStart);
    if (trailed.length > 0)
        return { start: trailed[0].start, end: Math.max(...trailed.map((s) => s.end)) };
    return spans.find((s) => s.start > at);
}
/** Every suppression comment holds this; a text without it has none (and is not parsed to look). */
const SUPPRESSION_DIRECTIVE = 'migration-guard-ignore';
function parseSuppressions(file) {
    const text = file.text;
    if (!text.includes(SUPPRESSION_DIRECTIVE))
        return [];
    const statements = file.parsed.statements;
    const spans = [...statements, ...file.parsed.errors]
        .map((s) => ({ start: s.start, end: s.end }))
        .sort((a, b) => a.start - b.start);
    const out = [];
    const add = (comment, at, target) => {
        const m = DIRECTIVE.exec(comment.replace(/\r$/, ''));
        if (!m)
            return;
        const body = m[2] ?? '';
        const colon = body.indexOf(':');
        const list = colon >= 0 ? body.slice(0, colon) : body;
        const reason = colon >= 0 ? body.slice(colon + 1).trim() : '';
        const rules = list
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean);
        out.push({
            scope: m[1] ? 'file' : 'statement',
            rules,
            reason,
            at,
            start: target?.start ?? 0,
            end: target ? Math.max(target.end, target.start) : -1,
        });
    };
    for (const token of tokensOf(text)) {
        if (token.kind === 'comment') {
            add(token.text, token.start, targetOf(text, spans, token.start));
            continue;
        }
        // A string constant that is the body of a DO block or function: its own comments.
        if (!token.text.includes('migration-guard-ignore'))
            continue;
        const owner = statements.find((s) => hasBody(s) && token.start >= s.start && token.start < s.end);
        const content = owner && stringContent(token.text);
        if (!owner || !content)
            continue;
        const base = token.start + content.offset;
        const inBody = owner.nested.map((n) => ({ start: n.start, end: n.end })).sort((a, b) => a.start - b.start);
        for (const inner of tokensOf(content.text)) {
            if (inner.kind !== 'comment')
                continue;
            const at = base + inner.start;
            add(inner.text, at, targetOf(text, inBody, at));
        }
    }
    return out.sort((a, b) => a.at - b.at);
}


/***/ }),

/***/ 4484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ defineRule)
/* harmony export */ });
/** Identity helper that gives a rule module its types. */
function defineRule(rule) {
    return rule;
}


/***/ }),

/***/ 679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B2: () => (/* binding */ configJson),
  WM: () => (/* binding */ configNotes),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: CONFIG_FILES, DEFAULTS, describeSources, didYouMean

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/db/url.ts
var db_url = __webpack_require__(879);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/load/naming.ts
var naming = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/load/settings.ts
var load_settings = __webpack_require__(6059);
// EXTERNAL MODULE: ./src/load/text.ts
var load_text = __webpack_require__(3497);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
;// CONCATENATED MODULE: ./src/load/config-checks.ts



/** The known word closest to a mistyped one, if any is close. */
const didYouMean = (word, known) => (0,suggest/* closest */.kp)(word, known);
function fail(ctx, node, message) {
    const offset = node?.range?.[0];
    const pos = offset === undefined ? undefined : ctx.lines.linePos(offset);
    throw new errors/* ConfigError */.xL(message, ctx.file, pos?.line, pos?.col);
}
const str = (node, at, ctx) => {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value === '') {
        fail(ctx, node, `${at} must be a non-empty string`);
    }
    return node.value;
};
const oneOf = (...values) => (node, at, ctx) => {
    const v = str(node, at, ctx);
    if (!values.includes(v))
        fail(ctx, node, `${at} must be one of ${values.join(', ')} (got "${v}")`);
    return v;
};
const bool = (node, at, ctx) => {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'boolean')
        fail(ctx, node, `${at} must be true or false`);
    return node.value;
};

// EXTERNAL MODULE: ./src/load/layouts/index.ts + 8 modules
var layouts = __webpack_require__(2772);
;// CONCATENATED MODULE: ./src/load/config-layout.ts
/** `layout:` in migration-guard.yml (src/load/layouts). */



const LAYOUT_KEYS = ['name', 'pattern', 'transaction', 'replace'];
/** `replace: { "/\* TEMPLATE: schema *\/": "" }`: text the runner replaces in each file before sending it. */
const replacements = (node, at, ctx) => {
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map of "text as written": "text the runner sends"`);
    const out = {};
    for (const pair of node.items) {
        const from = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value ?? '') : '';
        if (from === '')
            fail(ctx, pair.key, `${at}: the text to replace must not be empty`);
        const v = (0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : undefined;
        if (v !== null && typeof v !== 'string')
            fail(ctx, pair.value ?? pair.key, `${at}."${from}" must be a string (the text the runner sends; "" for none)`);
        out[from] = v ?? '';
    }
    return out;
};
/** `layout: goose`, or `layout: { name: golang-migrate, pattern: '^V(?<version>\\d+)…', transaction: true }` (src/load/layouts). */
const layout = (node, at, ctx) => {
    const names = layouts/* LAYOUT_NAMES */.kX.join(', ');
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = str(node, at, ctx);
        if (!(0,layouts/* isLayoutName */.qM)(v))
            fail(ctx, node, `${at} must be one of ${names} (got "${v}")${didYouMean(v, [...layouts/* LAYOUT_NAMES */.kX]) ? `; did you mean "${didYouMean(v, [...layouts/* LAYOUT_NAMES */.kX])}"?` : ''}`);
        return { name: v };
    }
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a layout name (${names}) or a map { name, pattern, transaction }`);
    const out = {};
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!LAYOUT_KEYS.includes(key))
            fail(ctx, pair.key, `unknown key "${key}" in ${at}; allowed: ${LAYOUT_KEYS.join(', ')}`);
        out[key] = key === 'transaction' ? bool(pair.value, `${at}.${key}`, ctx) : key === 'replace' ? replacements(pair.value, `${at}.${key}`, ctx) : str(pair.value, `${at}.${key}`, ctx);
    }
    const name = out['name'];
    if (typeof name !== 'string' || !(0,layouts/* isLayoutName */.qM)(name))
        fail(ctx, node, `${at}.name must be one of ${names}`);
    if (name !== 'golang-migrate' && (out['pattern'] !== undefined || out['transaction'] !== undefined || out['replace'] !== undefined))
        fail(ctx, node, `${at}: pattern, transaction and replace are for golang-migrate-style files only (a runner of your own that reads {version}…up.sql / .down.sql)`);
    if (typeof out['pattern'] === 'string') {
        try {
            const re = new RegExp(out['pattern']);
            if (!/\(\?<version>/.test(out['pattern']) && !/\(/.test(out['pattern']))
                throw new Error('it has no group for the version');
            out['pattern'] = re;
        }
        catch (e) {
            fail(ctx, node, `${at}.pattern is not a usable regular expression: ${e.message}`);
        }
    }
    return out;
};

;// CONCATENATED MODULE: ./src/load/config-yaml.ts
/**
 * migration-guard.yml: each key's check (type, range, known rule ids), every unknown key in one
 * error with the closest known key, and the file's settings (and its chosen environment's) laid
 * over others. Errors are ConfigErrors naming file:line:column.
 */








const placeholderMap = (node, at, ctx) => {
    if (node === null)
        return {};
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map of name: value`);
    const out = {};
    for (const pair of node.items) {
        const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '');
        const v = pair.value;
        if (!(0,dist/* isScalar */.jn)(v) || v.value === null || typeof v.value === 'object') {
            fail(ctx, v ?? pair.key, `${at}.${key} must be a string, number or boolean`);
        }
        out[key] = String(v.value);
    }
    return out;
};
const ruleMap = (node, at, ctx) => {
    if (node === null)
        return {};
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map of rule-id: error|warning|off`);
    const out = {};
    for (const pair of node.items) {
        const id = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '');
        if (!ctx.knownRules.has(id)) {
            fail(ctx, pair.key, `unknown rule "${id}" in ${at} (known: ${[...ctx.knownRules].sort().join(', ')})`);
        }
        out[id] = oneOf('error', 'warning', 'off')(pair.value, `${at}.${id}`, ctx);
    }
    return out;
};
const count = (min, max) => (node, at, ctx) => {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'number' || !Number.isFinite(node.value) || node.value < min || node.value > max) {
        fail(ctx, node, `${at} must be a number from ${min} to ${max}`);
    }
    return node.value;
};
const duration = (node, at, ctx) => {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number')
        return `${node.value}ms`;
    if ((0,dist/* isScalar */.jn)(node) && node.value === '')
        return '';
    const v = str(node, at, ctx);
    if (!/^\d+(\.\d+)?\s*(us|ms|s|min|h|d)?$/.test(v))
        fail(ctx, node, `${at} must be a PostgreSQL duration such as 5s, 500ms or 2min (got "${v}")`);
    return v;
};
const identifier = (node, at, ctx) => {
    const v = str(node, at, ctx);
    if (!/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v))
        fail(ctx, node, `${at} must be a plain SQL identifier (got "${v}")`);
    return v;
};
const encoding = (node, at, ctx) => {
    const v = str(node, at, ctx);
    if (!(0,load_text/* encodingName */.xZ)(v))
        fail(ctx, node, `${at} must be an encoding such as UTF-8, UTF-16LE, UTF-16BE or windows-1252 (got "${v}")`);
    return v;
};
const strList = (node, at, ctx) => {
    if ((0,dist/* isScalar */.jn)(node))
        return [str(node, at, ctx)];
    if (!(0,dist/* isSeq */.oP)(node))
        fail(ctx, node, `${at} must be a string or a list of strings`);
    return node.items.map((item, i) => str(item, `${at}[${i}]`, ctx));
};
const BACKUP_KEYS = ['none', 'command', 'directory', 'pgDump'];
/** `backup: { none: "reason" }` or `backup: { command, directory, pgDump }` (src/db/backup.ts). */
const backup = (node, at, ctx) => {
    if ((0,dist/* isScalar */.jn)(node) && node.value === 'none')
        fail(ctx, node, `${at}: none needs its reason: ${at}: { none: "why this environment takes no backup" }`);
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map: { none: "reason" }, or { command: …, directory: …, pgDump: … }`);
    const out = { ...load_settings/* DEFAULTS */.zY.backup };
    const pairs = node.items;
    for (const pair of pairs) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!BACKUP_KEYS.includes(key))
            fail(ctx, pair.key, `unknown key "${key}" in ${at}${didYouMean(key, BACKUP_KEYS) ? ` (did you mean "${didYouMean(key, BACKUP_KEYS)}"?)` : ''}; allowed: ${BACKUP_KEYS.join(', ')}`);
        const value = str(pair.value, `${at}.${key}`, ctx);
        if (value.trim() === '')
            fail(ctx, pair.value, `${at}.${key} must not be blank`);
        out[key] = value;
    }
    if (out.none !== undefined && pairs.length > 1)
        fail(ctx, node, `${at}: none turns the backup off; it takes no other key`);
    return out;
};
/** Only under environments.NAME, naming another configured environment. */
const requireAppliedOn = (node, at, ctx) => {
    const v = str(node, at, ctx);
    const own = /^environments\.(.+)\.requireAppliedOn$/.exec(at)?.[1];
    if (own === undefined)
        fail(ctx, node, `${at} belongs under environments.NAME (the environment that requires it, e.g. environments.production.requireAppliedOn: staging)`);
    if (v === own)
        fail(ctx, node, `${at}: an environment cannot require itself`);
    const known = ctx.environments ?? [];
    if (!known.includes(v))
        fail(ctx, node, `${at}: "${v}" is not an environment under environments: (configured: ${known.join(', ')})${didYouMean(v, known) ? `; did you mean "${didYouMean(v, known)}"?` : ''}`);
    return v;
};
const PERFORMANCE_KEYS = new Set(['queries', 'rows', 'costFactor', 'statistics']);
/** `performance: {queries, rows, costFactor, statistics}`: unknown keys with a did-you-mean, like the top level. */
const performance = (node, at, ctx) => {
    if (node === null)
        return null;
    const unknown = [];
    const keys = readMap(node, at, ctx, PERFORMANCE_KEYS, unknown);
    failUnknown(ctx, unknown);
    if (!keys.has('queries'))
        fail(ctx, node, `${at}.queries is required: the folder of the critical queries, one .sql file each (e.g. test/performance)`);
    const rows = {};
    const rowsNode = keys.get('rows') ?? null;
    if (rowsNode !== null && !(0,dist/* isMap */.jh)(rowsNode))
        fail(ctx, rowsNode, `${at}.rows must be a map of table: number of rows`);
    for (const pair of rowsNode ? rowsNode.items : []) {
        const table = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '');
        if (!/^([A-Za-z_][A-Za-z0-9_$]*\.)?[A-Za-z_][A-Za-z0-9_$]*$/.test(table))
            fail(ctx, pair.key, `${at}.rows: "${table}" is not a table name (table or schema.table)`);
        rows[table] = count(1, 10_000_000)(pair.value, `${at}.rows.${table}`, ctx);
    }
    const out = {
        queries: str(keys.get('queries'), `${at}.queries`, ctx),
        rows,
        costFactor: keys.has('costFactor') ? count(1.01, 1_000_000)(keys.get('costFactor'), `${at}.costFactor`, ctx) : load_settings/* DEFAULT_COST_FACTOR */.wN,
    };
    if (keys.has('statistics'))
        out.statistics = str(keys.get('statistics'), `${at}.statistics`, ctx);
    return out;
};
/** `documentation: { required: [author, date, …] }`: the header lines migration-documented requires. */
const documentation = (node, at, ctx) => {
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map such as { required: [${load_settings/* DOCUMENTATION_FIELDS */.ZZ.join(', ')}] }`);
    const out = { required: [...load_settings/* DOCUMENTATION_FIELDS */.ZZ] };
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (key !== 'required') {
            const guess = didYouMean(key, ['required']);
            fail(ctx, pair.key, `unknown key "${key}" in ${at}${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: required`);
        }
        const v = pair.value ?? null;
        if (v !== null && !(0,dist/* isSeq */.oP)(v))
            fail(ctx, v, `${at}.required must be a list of ${load_settings/* DOCUMENTATION_FIELDS */.ZZ.join(', ')}`);
        const items = v === null ? [] : v.items;
        out.required = items.map((item, i) => {
            const field = str(item, `${at}.required[${i}]`, ctx);
            if (!load_settings/* DOCUMENTATION_FIELDS */.ZZ.includes(field)) {
                const guess = didYouMean(field, [...load_settings/* DOCUMENTATION_FIELDS */.ZZ]);
                fail(ctx, item, `${at}.required[${i}]: unknown field "${field}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${load_settings/* DOCUMENTATION_FIELDS */.ZZ.join(', ')}`);
            }
            return field;
        });
    }
    return out;
};
const SETTINGS = {
    migrations: str,
    layout: layout,
    rollbackPattern: (node, at, ctx) => {
        const v = str(node, at, ctx);
        if (!v.includes('{version}'))
            fail(ctx, node, `${at} must contain {version} (e.g. ${naming/* DEFAULT_ROLLBACK_PATTERN */.el})`);
        if (!v.endsWith('.sql'))
            fail(ctx, node, `${at} must end with .sql`);
        return v;
    },
    seeds: str,
    transactions: oneOf('explicit', 'runner'),
    runner: oneOf('migration-guard', 'flyway'),
    locations: strList,
    placeholders: placeholderMap,
    placeholderPrefix: str,
    placeholderSuffix: str,
    placeholderReplacement: bool,
    sqlMigrationPrefix: str,
    sqlMigrationSeparator: str,
    sqlMigrationSuffixes: strList,
    repeatableSqlMigrationPrefix: str,
    target: (node, at, ctx) => ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' ? String(node.value) : str(node, at, ctx)),
    group: bool,
    mixed: bool,
    ignoreMigrationPatterns: (node, at, ctx) => {
        const v = strList(node, at, ctx);
        const bad = v.find((x) => !load_settings/* MIGRATION_PATTERN */.ce.test(x));
        if (bad !== undefined)
            fail(ctx, node, `${at}: "${bad}" is not type:state (type *, versioned or repeatable; state *, pending, missing, ignored or future)`);
        return v;
    },
    encoding,
    rules: ruleMap,
    historyTable: identifier,
    schema: identifier,
    outOfOrder: bool,
    validateOnMigrate: bool,
    baselineOnMigrate: bool,
    baselineVersion: (node, at, ctx) => {
        const v = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' ? String(node.value) : str(node, at, ctx);
        if (!/^\d+(?:[._]\d+)*$/.test(v))
            fail(ctx, node, `${at} must be a version such as 1 or 2.1 (got "${v}")`);
        return v;
    },
    cleanDisabled: bool,
    production: bool,
    connectRetries: count(0, 20),
    lockTimeout: duration,
    statementTimeout: duration,
    lockRetries: count(0, 20),
    slowMigrationSeconds: count(0, 86_400),
    backup,
    requireAppliedOn,
    requiredApprovals: count(0, 100),
    performance,
    documentation,
};
/** Settings an environment may override. */
const ENV_KEYS = new Set([
    'placeholders',
    'rules',
    'transactions',
    'rollbackPattern',
    'outOfOrder',
    'validateOnMigrate',
    'baselineOnMigrate',
    'baselineVersion',
    'cleanDisabled',
    'production',
    'connectRetries',
    'lockTimeout',
    'statementTimeout',
    'lockRetries',
    'slowMigrationSeconds',
    'ignoreMigrationPatterns',
    'backup',
    'requireAppliedOn',
    'requiredApprovals',
]);
/** The keys of the settings that are maps of fixed keys (their checks read the values). */
const NESTED_KEYS = {
    backup: new Set(BACKUP_KEYS),
    performance: PERFORMANCE_KEYS,
    documentation: new Set(['required']),
};
function readMap(node, at, ctx, allowed, unknown) {
    if (node === null)
        return new Map();
    if (!(0,dist/* isMap */.jh)(node))
        fail(ctx, node, `${at} must be a map`);
    const out = new Map();
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!allowed.has(key)) {
            unknown.push({ key, node: pair.key, at, allowed });
            continue;
        }
        if (out.has(key))
            fail(ctx, pair.key, `duplicate key "${key}"`);
        out.set(key, pair.value ?? null);
    }
    return out;
}
/** All unknown keys in one error, each at its line:column with the closest allowed key. */
function failUnknown(ctx, unknown) {
    if (unknown.length === 0)
        return;
    const where = (u) => {
        const pos = u.node.range ? ctx.lines.linePos(u.node.range[0]) : undefined;
        return pos ? `${pos.line}:${pos.col}` : '';
    };
    const describe = (u) => {
        const guess = didYouMean(u.key, [...u.allowed]);
        return `"${u.key}"${u.at ? ` in ${u.at}` : ''}${guess ? ` (did you mean "${guess}"?)` : ''}`;
    };
    if (unknown.length === 1) {
        const u = unknown[0];
        fail(ctx, u.node, `unknown key ${describe(u)}; allowed: ${[...u.allowed].join(', ')}`);
    }
    fail(ctx, unknown[0].node, `${unknown.length} unknown keys: ${unknown.map((u) => `${describe(u)} at ${where(u)}`).join(', ')}`);
}
/** The allowed key closest to a mistyped one (the CLI's did-you-mean: src/cli/suggest.ts). */

/** migration-guard.yml, its keys checked (all unknown ones in one error) before any value. */
function parseYaml(file, shown, opts) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* ConfigError */.xL(`cannot read config: ${e.message}`, shown);
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const ctx = { file: shown, lines, knownRules: new Set(opts.knownRules) };
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = lines.linePos(e.pos[0]);
        throw new errors/* ConfigError */.xL(`invalid YAML: ${e.message.split('\n')[0]}`, shown, pos.line, pos.col);
    }
    const unknown = [];
    const top = readMap(doc.contents, '', ctx, new Set([...Object.keys(SETTINGS), 'environment', 'environments']), unknown);
    const envNodes = readMap(top.get('environments') ?? null, 'environments', ctx, new Set(anyKey(top.get('environments'))), unknown);
    ctx.environments = [...envNodes.keys()];
    const envs = new Map();
    for (const [name, node] of envNodes)
        envs.set(name, readMap(node, `environments.${name}`, ctx, ENV_KEYS, unknown));
    // The keys of the nested maps too, so that every unknown key is in the one error.
    for (const [at, map] of [['', top], ...[...envs].map(([name, m]) => [`environments.${name}.`, m])]) {
        for (const [key, allowed] of Object.entries(NESTED_KEYS)) {
            const node = map.get(key);
            if (node && (0,dist/* isMap */.jh)(node))
                readMap(node, `${at}${key}`, ctx, allowed, unknown);
        }
    }
    failUnknown(ctx, unknown);
    const environment = top.has('environment') ? str(top.get('environment'), 'environment', ctx) : undefined;
    return { file, shown, ctx, top, envs, environment };
}
/** The YAML's settings over `settings`; returns the keys it set and its `production`, if any. */
function applyYaml(yml, settings, chosen, opts) {
    const { ctx, top, envs } = yml;
    const keys = new Set();
    let production;
    for (const [key, node] of top) {
        if (key === 'environment' || key === 'environments')
            continue;
        const value = SETTINGS[key](node, key, ctx);
        if (key === 'placeholders' || key === 'rules')
            Object.assign(settings[key], value);
        else
            settings[key] = value;
        keys.add(key);
    }
    for (const [name, overrides] of envs) {
        for (const [key, v] of overrides) {
            const value = SETTINGS[key](v, `environments.${name}.${key}`, ctx);
            if (name !== chosen)
                continue;
            if (key === 'placeholders' || key === 'rules')
                Object.assign(settings[key], value);
            else
                settings[key] = value;
            if (key === 'production')
                production = value;
            keys.add(key);
        }
    }
    if (production === undefined && top.has('production'))
        production = settings.production;
    if (opts.environment && envs.size > 0 && !envs.has(opts.environment)) {
        throw new errors/* ConfigError */.xL(`unknown environment "${opts.environment}" (configured: ${[...envs.keys()].join(', ')})`, yml.shown);
    }
    return { keys, production };
}
function anyKey(node) {
    if (!node || !(0,dist/* isMap */.jh)(node))
        return [];
    return node.items.map((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : ''));
}

// EXTERNAL MODULE: ./node_modules/properties-file/dist/esm/parser/properties.js + 5 modules
var properties = __webpack_require__(1355);
;// CONCATENATED MODULE: ./src/load/flyway/conf.ts
/**
 * flyway.conf: Java properties (`flyway.url=…`, `flyway.placeholders.region=eu`), read with
 * properties-file (java.util.Properties' syntax: comments, continuation lines, escapes).
 * As Flyway's ConfigUtils.loadConfigurationFile does, `${NAME}` in a value is the environment
 * variable NAME ('' when unset). Keys without the `flyway.` prefix are not Flyway settings.
 */

const ENV_REF = /\$\{([A-Za-z0-9_]+)\}/g;
const CONNECTION_KEYS = ['flyway.url', 'flyway.user', 'flyway.password'];
/**
 * The entries of a flyway.conf text, each with its line (column 1: the key starts the line), and
 * a warning per `${NAME}` that is not set (read as '', as Flyway does) — for url, user and password
 * a connection note instead, shown when a connection made with them fails (a `url` of
 * `jdbc:postgresql://${PGHOST}/` connects to localhost, and the user should know why).
 * `shown` names the file in warnings.
 */
function readFlywayConf(text, env, shown = 'flyway.conf') {
    const entries = [];
    const warnings = [];
    const connectionNotes = [];
    for (const p of new properties/* Properties */.O(text).getProperties()) {
        const column = p.leadingWhitespace.length + 1;
        const unset = new Set();
        const value = p.value.replace(ENV_REF, (_, name) => {
            if (env[name] === undefined)
                unset.add(name);
            return env[name] ?? '';
        });
        if (unset.size) {
            const note = `${shown}:${p.startingLineNumber}: ${p.key} uses ${[...unset].map((n) => `\${${n}}`).join(', ')}, not set in the environment: read as empty`;
            // The connection matters only when it is used: said with a connection failure, not on every run.
            (CONNECTION_KEYS.includes(p.key) ? connectionNotes : warnings).push(note);
        }
        const key = p.key.startsWith('flyway.') ? p.key.slice('flyway.'.length) : `(not flyway.*) ${p.key}`;
        entries.push({ key, label: p.key, value, line: p.startingLineNumber, column });
    }
    return { entries, warnings, connectionNotes };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/load/flyway/javascript.ts
/**
 * flyway.config.js / .cjs / .mjs, the configuration of the node Flyway wrapper (node-flywaydb):
 * `module.exports = { flywayArgs: { url, schemas, locations, placeholders: {…}, … },
 * environments: { development: {…}, production: {…} } }` (the shape of our guide, §2.1), or the
 * same object as an ES module's default export. Loaded as ESLint loads eslint.config.js: a dynamic
 * import of the file's URL (with its modification time, so an edited file is read again), with
 * `process.env` being the user's environment. `environments[NAME]` overrides `flywayArgs`.
 */



const isTable = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
let loads = 0;
/**
 * Imports `path` (absolute) and reads its settings for `requested` (--environment), else
 * `flywayArgs.environment`, else NODE_ENV, else "development" when the file defines that
 * environment. An error thrown by the file, or an export that is not an object, is a ConfigError
 * naming `shown` (and the line:column in it when the error's stack says).
 */
async function readFlywayJs(path, shown, env, requested) {
    const url = `${(0,external_node_url_.pathToFileURL)(path).href}?mtime=${(0,external_node_fs_.statSync)(path).mtimeMs}&load=${++loads}`;
    const saved = process.env;
    let exported;
    try {
        if (env !== saved)
            process.env = env;
        // webpackIgnore: the bundled CLI (ncc) must keep a real import() of the user's file.
        const mod = (await import(/* webpackIgnore: true */ url));
        exported = await (mod.default ?? mod);
    }
    catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        // The stack names the file by URL (ES module) or by path (CommonJS).
        const at = new RegExp(`(?:${javascript_escape((0,external_node_url_.pathToFileURL)(path).href)}|${javascript_escape(path)})(?:\\?[^:\\s)]*)?:(\\d+):(\\d+)`).exec(err.stack ?? '');
        throw new errors/* ConfigError */.xL(`loading it failed: ${err.message.split('\n')[0]}`, shown, at ? Number(at[1]) : undefined, at ? Number(at[2]) : undefined);
    }
    finally {
        process.env = saved;
    }
    if (!isTable(exported))
        throw new errors/* ConfigError */.xL('must export an object ({ flywayArgs: {…}, environments: {…} })', shown);
    const entries = [];
    const args = exported['flywayArgs'] ?? {};
    if (!isTable(args))
        throw new errors/* ConfigError */.xL('flywayArgs must be an object', shown);
    for (const [key, value] of Object.entries(args))
        entries.push({ key, label: `flywayArgs.${key}`, value });
    const environments = exported['environments'] ?? {};
    if (!isTable(environments))
        throw new errors/* ConfigError */.xL('environments must be an object of NAME: {…}', shown);
    const named = typeof args['environment'] === 'string' ? args['environment'] : undefined;
    const environment = requested ?? named ?? env['NODE_ENV'] ?? (environments['development'] ? 'development' : undefined);
    const chosen = environment === undefined ? undefined : environments[environment];
    if (chosen === undefined && requested !== undefined && Object.keys(environments).length > 0) {
        throw new errors/* ConfigError */.xL(`unknown environment "${requested}" (configured: ${Object.keys(environments).join(', ')})`, shown);
    }
    if (chosen !== undefined) {
        if (!isTable(chosen))
            throw new errors/* ConfigError */.xL(`environments.${environment} must be an object`, shown);
        for (const [key, value] of Object.entries(chosen))
            entries.push({ key, label: `environments.${environment}.${key}`, value });
    }
    for (const key of Object.keys(exported)) {
        if (key !== 'flywayArgs' && key !== 'environments')
            entries.push({ key: `(top) ${key}`, label: key, value: exported[key] });
    }
    return { entries, environment };
}
function javascript_escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/load/flyway/toml.ts
/**
 * flyway.toml (Flyway 10+), read with smol-toml. Its shape (Flyway's ConfigurationModel):
 * `[flyway]` holds the settings (`locations`, `mixed`, `[flyway.placeholders]`, and `environment`,
 * the environment to use, "default" when unset); `[environments.NAME]` holds a connection
 * (`url`, `user`, `password`, `schemas`, `connectRetries`, …) and may override settings in
 * `[environments.NAME.flyway]`. `${env.NAME}` in a value is the environment variable NAME
 * (Flyway's EnvironmentVariableResolver: an unset one is an error). Flyway reads `flyway.user.toml`
 * after `flyway.toml` (ConfigUtils): its tables merge into the first, its values win.
 */


/** Keys of `[environments.NAME]` that are settings; the rest are connection details we do not use. */
const ENVIRONMENT_KEYS = new Set(['url', 'user', 'password', 'schemas', 'connectRetries']);
const toml_isTable = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
/** One TOML text, parsed; a syntax error is a ConfigError at file:line:column. */
function parseToml(text, file) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (e) {
        if (e instanceof smol_toml_dist/* TomlError */.zx) {
            const message = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new errors/* ConfigError */.xL(`invalid TOML: ${message}`, file, e.line, e.column);
        }
        throw e;
    }
}
/** `over` merged into `base`: tables merge key by key, any other value of `over` replaces. */
function merge(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over))
        out[k] = toml_isTable(v) && toml_isTable(out[k]) ? merge(out[k], v) : v;
    return out;
}
/**
 * The entries of flyway.toml text(s) (later ones override: flyway.user.toml) for the environment
 * `requested` (--environment), else the one `[flyway] environment` names, else "default". A syntax
 * error is a ConfigError at line:column; a requested environment no file defines is a ConfigError
 * naming the first file.
 */
function readFlywayToml(texts, file, env, requested) {
    const docs = typeof texts === 'string' ? [{ text: texts, file }] : texts;
    const doc = docs.map((d) => parseToml(d.text, d.file)).reduce(merge, {});
    const warnings = [];
    const resolve = (value, label) => {
        if (typeof value === 'string') {
            return value.replace(/\$\{([A-Za-z][\w-]*)\.([^}]+)\}/g, (whole, resolver, name) => {
                if (resolver !== 'env') {
                    warnings.push(`${label}: the \${${resolver}.…} resolver is not supported by migration-guard; the value is used as written`);
                    return whole;
                }
                const v = env[name];
                if (v === undefined)
                    throw new errors/* ConfigError */.xL(`${label}: unable to resolve environment variable '${name}'`, file);
                return v;
            });
        }
        if (Array.isArray(value))
            return value.map((v) => resolve(v, label));
        if (toml_isTable(value))
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, label)]));
        return value;
    };
    const entries = [];
    const settingsOf = (table, prefix) => {
        for (const [key, value] of Object.entries(table)) {
            const label = `${prefix}.${key}`;
            if (key === 'environment')
                continue;
            // [flyway.placeholders] is a setting; any other sub-table is a plugin's (e.g. [flyway.postgresql]).
            if (toml_isTable(value) && key !== 'placeholders')
                entries.push({ key: `(table) ${key}`, label, value });
            else
                entries.push({ key, label, value: resolve(value, label) });
        }
    };
    const flyway = doc['flyway'];
    if (flyway !== undefined && !toml_isTable(flyway))
        throw new errors/* ConfigError */.xL('flyway must be a table ([flyway])', file);
    const named = flyway?.['environment'];
    if (named !== undefined && typeof named !== 'string')
        throw new errors/* ConfigError */.xL('flyway.environment must be a string', file);
    const environment = requested ?? named ?? 'default';
    if (flyway)
        settingsOf(flyway, 'flyway');
    const environments = doc['environments'];
    if (environments !== undefined && !toml_isTable(environments))
        throw new errors/* ConfigError */.xL('environments must be a table ([environments.NAME])', file);
    const chosen = environments?.[environment];
    if (chosen === undefined && (requested !== undefined || named !== undefined)) {
        const known = Object.keys(environments ?? {});
        throw new errors/* ConfigError */.xL(`unknown environment "${environment}" (configured: ${known.length ? known.join(', ') : 'none'})`, file);
    }
    if (chosen !== undefined) {
        if (!toml_isTable(chosen))
            throw new errors/* ConfigError */.xL(`environments.${environment} must be a table`, file);
        for (const [key, value] of Object.entries(chosen)) {
            const label = `environments.${environment}.${key}`;
            if (key === 'flyway' && toml_isTable(value))
                settingsOf(value, label);
            else if (ENVIRONMENT_KEYS.has(key))
                entries.push({ key, label, value: resolve(value, label) });
            else
                entries.push({ key: `(environment) ${key}`, label, value });
        }
    }
    for (const key of Object.keys(doc)) {
        if (key !== 'flyway' && key !== 'environments')
            entries.push({ key: `(top) ${key}`, label: key, value: doc[key] });
    }
    return { entries, environment, warnings };
}

;// CONCATENATED MODULE: ./src/load/flyway/index.ts
/**
 * Flyway's configuration files: which one a directory has, and its settings as entries for
 * mapFlywayEntries. Discovery follows Flyway's CLI in the working directory (ConfigUtils:
 * `flyway.toml` with `flyway.user.toml` over it, `flyway.conf`, and `conf/flyway.conf` beside it)
 * and the node wrapper's `flyway.config.js` / `.cjs` / `.mjs`.
 */






/** How a run names the kind of file it read: `config: flyway.toml (Flyway TOML)`. */
const KIND_NAMES = {
    'migration-guard': 'migration-guard YAML',
    'flyway-toml': 'Flyway TOML',
    'flyway-conf': 'Flyway properties',
    'flyway-js': 'Flyway node config',
};
/** Flyway's files, in the order they are looked for; the first found is read. */
const FLYWAY_FILES = [
    ['flyway.toml', 'flyway-toml'],
    ['flyway.user.toml', 'flyway-toml'],
    ['flyway.conf', 'flyway-conf'],
    ['conf/flyway.conf', 'flyway-conf'],
    ['flyway.config.js', 'flyway-js'],
    ['flyway.config.cjs', 'flyway-js'],
    ['flyway.config.mjs', 'flyway-js'],
];
/** The kind of a file named by --config, from its name; anything else is a ConfigError. */
function kindOfFile(file, shown) {
    if (/\.ya?ml$/i.test(file))
        return 'migration-guard';
    if (/\.toml$/i.test(file))
        return 'flyway-toml';
    if (/\.(conf|properties)$/i.test(file))
        return 'flyway-conf';
    if (/\.[cm]?js$/i.test(file))
        return 'flyway-js';
    throw new errors/* ConfigError */.xL('unknown kind of config file: name migration-guard.yml, flyway.toml, flyway.conf or flyway.config.js (by extension: .yml, .toml, .conf, .js)', shown);
}
/** The Flyway files present in `dir`, in FLYWAY_FILES order (absolute paths); flyway.user.toml rides on flyway.toml. */
function findFlywayFiles(dir) {
    const found = FLYWAY_FILES.map(([name, kind]) => ({ file: (0,external_node_path_.resolve)(dir, name), kind })).filter((f) => (0,external_node_fs_.existsSync)(f.file));
    const [first, second] = found;
    // By base name: ncc rewrites resolve(dir, '<a file name that exists in this repository>') into a
    // path inside the bundle, which never matched (scripts/build.mjs now refuses such a rewrite).
    if (first && second && (0,external_node_path_.basename)(first.file) === 'flyway.toml' && (0,external_node_path_.basename)(second.file) === 'flyway.user.toml') {
        return [{ ...first, overrides: second.file }, ...found.slice(2)];
    }
    return found;
}
/** Reads one Flyway file of `kind` (and the TOML that overrides it); `shown` names a file in errors. */
async function readFlywayFile(found, shown, env, environment) {
    const { file, kind } = found;
    if (kind === 'flyway-js')
        return { ...(await readFlywayJs(file, shown(file), env, environment)), warnings: [] };
    const read = (f) => {
        try {
            return (0,external_node_fs_.readFileSync)(f, 'utf8');
        }
        catch (e) {
            throw new errors/* ConfigError */.xL(`cannot read config: ${e.message}`, shown(f));
        }
    };
    if (kind === 'flyway-toml') {
        const texts = [file, ...(found.overrides ? [found.overrides] : [])].map((f) => ({ text: read(f), file: shown(f) }));
        return readFlywayToml(texts, shown(file), env, environment);
    }
    return readFlywayConf(read(file), env, shown(file));
}

;// CONCATENATED MODULE: ./src/load/flyway/env.ts
/** The variables of ConfigUtils.convertKey (Flyway 11), without the FLYWAY_ prefix. */
const NAMES = `BASELINE_DESCRIPTION BASELINE_ON_MIGRATE BASELINE_VERSION BATCH CALLBACKS CLEAN_DISABLED
COMMUNITY_DB_SUPPORT_DISABLED CONFIG_FILE_ENCODING CONFIG_FILES CONNECT_RETRIES CONNECT_RETRIES_INTERVAL
DEFAULT_SCHEMA DRIVER DRYRUN_OUTPUT ENCODING EXECUTE_IN_TRANSACTION DETECT_ENCODING ERROR_OVERRIDES GROUP
IGNORE_MIGRATION_PATTERNS INIT_SQL INSTALLED_BY LICENSE_KEY LOCATIONS CALLBACK_LOCATIONS MIXED OUT_OF_ORDER
SKIP_EXECUTING_MIGRATIONS OUTPUT_QUERY_RESULTS PASSWORD LOCK_RETRY_COUNT PLACEHOLDER_PREFIX
PLACEHOLDER_REPLACEMENT PLACEHOLDER_SUFFIX PLACEHOLDER_SEPARATOR SCRIPT_PLACEHOLDER_PREFIX
SCRIPT_PLACEHOLDER_SUFFIX POWERSHELL_EXECUTABLE REPEATABLE_SQL_MIGRATION_PREFIX RESOLVERS SCHEMAS
SKIP_DEFAULT_CALLBACKS SKIP_DEFAULT_RESOLVERS SQL_MIGRATION_PREFIX SQL_MIGRATION_SEPARATOR
SQL_MIGRATION_SUFFIXES STREAM TABLE TABLESPACE TARGET LOGGERS UNDO_SQL_MIGRATION_PREFIX URL USER
VALIDATE_ON_MIGRATE VALIDATE_MIGRATION_NAMING CREATE_SCHEMAS FAIL_ON_MISSING_LOCATIONS KERBEROS_CONFIG_FILE
REPORT_FILENAME JAR_DIRS CONFIGURATIONS`.split(/\s+/);
const KEYS = new Map(NAMES.map((n) => [`FLYWAY_${n}`, n.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase())]));
/** The FLYWAY_* settings in `env`, in a stable order (by name). */
function readFlywayEnv(env) {
    const entries = [];
    for (const name of Object.keys(env).sort()) {
        const value = env[name];
        if (value === undefined || !name.startsWith('FLYWAY_'))
            continue;
        const placeholder = /^FLYWAY_PLACEHOLDERS_(.+)$/.exec(name);
        if (placeholder)
            entries.push({ key: `placeholders.${placeholder[1].toLowerCase()}`, label: name, value });
        else if (KEYS.has(name))
            entries.push({ key: KEYS.get(name), label: name, value });
        else if (/^FLYWAY_(JDBC_PROPERTIES_|PLUGINS_).+/.test(name))
            entries.push({ key: `(env) ${name}`, label: name, value });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/load/flyway/keys.ts
/**
 * Flyway's configuration keys → our Settings. Every reader (flyway.conf, flyway.toml,
 * flyway.config.js, FLYWAY_* variables) turns its file into a list of entries named by Flyway's
 * own key (`locations`, `placeholders.region`, `url`, …: ClassicConfiguration's names without the
 * `flyway.` prefix); this module checks and maps them. Keys we do not use are collected, never
 * dropped silently, so the caller can name them in one warning.
 */



const keys_text = (e, fail) => {
    if (typeof e.value === 'number' || typeof e.value === 'boolean')
        return String(e.value);
    if (typeof e.value !== 'string' || e.value === '')
        fail('must be a non-empty string');
    return e.value;
};
/** Flyway reads booleans with ConfigUtils.getBooleanProp: "true" or "false". */
const keys_bool = (e, fail) => {
    if (typeof e.value === 'boolean')
        return e.value;
    const v = typeof e.value === 'string' ? e.value.trim().toLowerCase() : undefined;
    if (v !== 'true' && v !== 'false')
        fail(`must be true or false (got ${JSON.stringify(e.value)})`);
    return v === 'true';
};
const integer = (e, fail) => {
    const v = typeof e.value === 'string' && /^\s*\d+\s*$/.test(e.value) ? Number(e.value) : e.value;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 2_147_483_647)
        fail(`must be a whole number ≥ 0 (got ${JSON.stringify(e.value)})`);
    return v;
};
/** A comma-separated string (conf, env, JS) or a list (TOML, JS), as Flyway's StringUtils.tokenizeToStringArray. */
const list = (e, fail) => {
    const items = Array.isArray(e.value) ? e.value : typeof e.value === 'string' ? e.value.split(',') : fail('must be a list or a comma-separated string');
    return items.map((item) => {
        if (typeof item !== 'string')
            fail('must hold strings only');
        return item.trim();
    }).filter((s) => s !== '');
};
const keys_identifier = (e, fail) => {
    const v = keys_text(e, fail);
    if (!/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v))
        fail(`must be a plain SQL identifier (got "${v}")`);
    return v;
};
const version = (e, fail) => {
    const v = keys_text(e, fail);
    if (!/^\d+(?:[._]\d+)*$/.test(v))
        fail(`must be a version such as 1 or 2.1 (got "${v}")`);
    return v;
};
const keys_encoding = (e, fail) => {
    const v = keys_text(e, fail);
    if (!(0,load_text/* encodingName */.xZ)(v))
        fail(`must be an encoding such as UTF-8, UTF-16LE or windows-1252 (got "${v}")`);
    return v;
};
/** Flyway keys that map one-to-one onto a setting. */
const SIMPLE = {
    table: ['historyTable', keys_identifier],
    placeholderPrefix: ['placeholderPrefix', keys_text],
    placeholderSuffix: ['placeholderSuffix', keys_text],
    placeholderReplacement: ['placeholderReplacement', keys_bool],
    sqlMigrationPrefix: ['sqlMigrationPrefix', keys_text],
    sqlMigrationSeparator: ['sqlMigrationSeparator', keys_text],
    sqlMigrationSuffixes: ['sqlMigrationSuffixes', list],
    repeatableSqlMigrationPrefix: ['repeatableSqlMigrationPrefix', keys_text],
    encoding: ['encoding', keys_encoding],
    outOfOrder: ['outOfOrder', keys_bool],
    validateOnMigrate: ['validateOnMigrate', keys_bool],
    baselineOnMigrate: ['baselineOnMigrate', keys_bool],
    baselineVersion: ['baselineVersion', version],
    cleanDisabled: ['cleanDisabled', keys_bool],
    connectRetries: ['connectRetries', integer],
    group: ['group', keys_bool],
    mixed: ['mixed', keys_bool],
    target: ['target', keys_text],
    ignoreMigrationPatterns: ['ignoreMigrationPatterns', (e, fail) => {
            const v = list(e, fail);
            const bad = v.find((x) => !load_settings/* MIGRATION_PATTERN */.ce.test(x));
            if (bad !== undefined)
                fail(`"${bad}" is not type:state (type *, versioned or repeatable; state *, pending, missing, ignored or future)`);
            return v;
        }],
};
/** Every key this module reads (the readers use it to find the keys to warn about). */
const FLYWAY_KEYS = new Set([...Object.keys(SIMPLE), 'locations', 'schemas', 'defaultSchema', 'placeholders', 'url', 'user', 'password', 'environment']);
/**
 * Checks and maps the entries (later entries win, as a later source does in Flyway). A value of
 * the wrong type is a ConfigError naming `file` and the entry's line:column when the reader knows
 * it. `environment` entries are not handled here (the readers choose the environment).
 */
function mapFlywayEntries(entries, file) {
    const out = { settings: {}, connection: {}, unsupported: [], warnings: [] };
    let schemas;
    let defaultSchema;
    for (const e of entries) {
        if (e.value === undefined || e.value === null)
            continue; // process.env.X of an unset variable in flyway.config.js
        const fail = (problem) => {
            throw new errors/* ConfigError */.xL(`${e.label} ${problem}`, file, e.line, e.column);
        };
        const simple = SIMPLE[e.key];
        if (simple) {
            out.settings[simple[0]] = simple[1](e, fail);
        }
        else if (e.key === 'locations') {
            locations(list(e, fail), out, e.label);
        }
        else if (e.key === 'schemas') {
            schemas = list(e, fail).map((s) => keys_identifier({ ...e, value: s }, fail));
        }
        else if (e.key === 'defaultSchema') {
            defaultSchema = keys_identifier(e, fail);
        }
        else if (e.key === 'placeholders') {
            if (typeof e.value !== 'object' || Array.isArray(e.value))
                fail('must be a table of name = value');
            for (const [name, v] of Object.entries(e.value)) {
                if (v === undefined || v === null)
                    continue;
                if (typeof v === 'object')
                    fail(`.${name} must be a string, number or boolean`);
                out.settings.placeholders = { ...out.settings.placeholders, [name]: String(v) };
            }
        }
        else if (e.key.startsWith('placeholders.') && e.key.length > 'placeholders.'.length) {
            const v = e.value;
            if (typeof v === 'object')
                fail('must be a string, number or boolean');
            out.settings.placeholders = { ...out.settings.placeholders, [e.key.slice('placeholders.'.length)]: String(v) };
        }
        else if (e.key === 'url' || e.key === 'user' || e.key === 'password') {
            const v = e.key === 'url' ? keys_text(e, fail) : typeof e.value === 'string' || typeof e.value === 'number' ? String(e.value) : fail('must be a string');
            out.connection[e.key] = v;
        }
        else if (e.key !== 'environment') {
            out.unsupported.push(e.label);
        }
    }
    // Flyway's default schema: defaultSchema, else the first of schemas (ClassicConfiguration / Flyway's docs, "Schemas").
    const schema = defaultSchema ?? schemas?.[0];
    if (schema)
        out.settings.schema = schema;
    const others = (schemas ?? []).filter((s) => s !== schema);
    if (others.length) {
        out.warnings.push(`schemas: only ${schema} (the default schema: history table and ${'${flyway:defaultSchema}'}) is used; ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} not created or cleaned by migration-guard`);
    }
    return out;
}
/**
 * Flyway locations: `filesystem:` paths (the prefix is optional), relative to the working
 * directory as Flyway's CLI resolves them (ConfigUtils.makeRelativeLocationsBasedOnWorkingDirectory).
 * The first becomes `migrations`, the rest `locations`; `classpath:` and other schemes (s3:, gcs:)
 * are left out with a warning.
 */
function locations(items, out, label) {
    const dirs = [];
    for (const item of items) {
        const m = /^([a-z][a-z0-9]*):(.*)$/i.exec(item);
        if (!m || m[1].length === 1)
            dirs.push(item); // "C:\…" is a Windows path, not a scheme
        else if (m[1].toLowerCase() === 'filesystem')
            dirs.push(m[2]);
        else
            out.warnings.push(`${label}: ${item} is not read (migration-guard reads filesystem: locations only)`);
    }
    if (dirs.length === 0)
        return;
    out.settings.migrations = dirs[0];
    out.settings.locations = dirs.slice(1);
}

;// CONCATENATED MODULE: ./src/load/flyway/layer.ts
/**
 * Flyway's configuration as one layer of ours: a Flyway file (or the FLYWAY_* variables) read,
 * checked and mapped onto Settings, with the warnings to show and the connection to use.
 */




/** A Flyway file as a layer; `shown` names a file in errors and warnings. */
async function flywayFileLayer(found, shown, env, environment) {
    const read = await readFlywayFile(found, shown, env, environment);
    const layer = layerOf(read.entries, [found.file, ...(found.overrides ? [found.overrides] : [])].map(shown).join(' + '));
    return { ...layer, environment: read.environment, warnings: [...read.warnings, ...layer.warnings], connectionNotes: read.connectionNotes ?? [] };
}
/** The FLYWAY_* variables as a layer (errors name the variable; warnings start with "environment:"). */
function flywayEnvLayer(env) {
    return layerOf(readFlywayEnv(env), undefined, 'environment');
}
/** Flyway's command-line settings (`-url=…`, by key without the dash) as a layer. */
function flywayArgsLayer(args) {
    return layerOf(Object.entries(args).map(([key, value]) => ({ key, label: `-${key}`, value })), undefined, 'command line');
}
function layerOf(entries, shown, where = shown ?? '') {
    const mapped = mapFlywayEntries(entries, shown);
    const warnings = mapped.warnings.map((w) => `${where}: ${w}`);
    if (mapped.unsupported.length)
        warnings.push(`${where}: Flyway settings migration-guard does not use (ignored): ${mapped.unsupported.join(', ')}`);
    return { settings: mapped.settings, connection: mapped.connection, warnings };
}
/** A layer's settings over `settings`: placeholders merge, everything else replaces. */
function applyLayer(settings, layer) {
    const { placeholders, ...rest } = layer.settings;
    Object.assign(settings, rest);
    if (placeholders)
        Object.assign(settings.placeholders, placeholders);
}
/**
 * Flyway's url / user / password as one postgres:// URL (a jdbc:postgresql URL converted; user
 * and password fill what the URL does not name). A secret: print it only through maskUrl.
 */
function connectionUrl(c) {
    if (!c.url)
        return { warnings: [] };
    const converted = (0,db_url/* toPostgresUrl */.Cm)(c.url, c);
    let url = converted.url;
    if (c.user && /^postgres(?:ql)?:\/\/(?![^/?#]*@)/i.test(url)) {
        const userinfo = `${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ''}@`;
        url = url.replace(/^(postgres(?:ql)?:\/\/)/i, `$1${userinfo}`);
    }
    return { url, warnings: converted.warnings };
}

// EXTERNAL MODULE: ./src/load/fs.ts
var fs = __webpack_require__(3865);
;// CONCATENATED MODULE: ./src/load/config.ts
/**
 * The configuration: migration-guard.yml (where migrations live, how rollbacks are named,
 * placeholders, the transaction convention, rule severities and per-environment overrides) over
 * Flyway's own configuration (flyway.toml, flyway.conf, flyway.config.js: src/load/flyway/), under
 * FLYWAY_* environment variables. Precedence: CLI flags > environment > migration-guard.yml >
 * Flyway config > defaults. Unknown keys (all of them, each with a suggestion), wrong types and
 * paths that leave the repository are errors (exit 2) naming file:line:column.
 */












const CONFIG_FILES = ['migration-guard.yml', 'migration-guard.yaml'];
/**
 * The files to read: migration-guard.yml and/or one Flyway file. --config names one of them and
 * replaces the discovery of its own kind only: `--config ci/migration-guard.yml` still reads the
 * project's flyway.conf, as the run without --config would (the precedence is the same either way).
 */
function findConfigFiles(opts) {
    let named = {};
    if (opts.configPath) {
        const file = (0,external_node_path_.resolve)(opts.cwd, opts.configPath);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* ConfigError */.xL(`config file not found: ${opts.configPath}`);
        const kind = kindOfFile(file, opts.configPath);
        named = kind === 'migration-guard' ? { yml: file } : { flyway: { file, kind } };
    }
    const yml = named.yml ?? CONFIG_FILES.map((f) => (0,external_node_path_.resolve)(opts.cwd, f)).find((f) => (0,external_node_fs_.existsSync)(f));
    if (named.flyway)
        return { yml, flyway: named.flyway, warnings: [] };
    const [flyway, ...others] = findFlywayFiles(opts.cwd);
    const shown = (f) => (0,external_node_path_.relative)(opts.cwd, f);
    const warnings = others.length && flyway ? [`${others.map((o) => shown(o.file)).join(', ')} not read: ${shown(flyway.file)} is (pass --config FILE to choose)`] : [];
    return { yml, flyway, warnings };
}
/**
 * Reads the configuration (see the module comment for precedence). The environment in effect is
 * --environment, else migration-guard.yml's `environment`, else the Flyway file's (TOML
 * `[flyway] environment`, "default"; for flyway.config.js NODE_ENV), else "development".
 * When a Flyway file is read and migration-guard.yml does not set `runner`, Flyway applies the
 * migrations (`runner: flyway`): each in its own transaction (`transactions: runner`) and no
 * lock_timeout of ours (`lockTimeout: ''`), and rollbacks named as Flyway's undo migrations
 * (`rollbackPattern: U{version}__{description}.sql`), unless migration-guard.yml sets them.
 */
async function loadConfig(options) {
    const { configFiles, environment: argEnvironment, ...args } = options.flywayArgs ?? {};
    const configPaths = configFiles?.split(',').map((f) => f.trim()).filter(Boolean) ?? [];
    const opts = { ...options, configPath: options.configPath ?? configPaths[0], environment: options.environment ?? argEnvironment };
    const env = opts.env ?? {};
    const found = findConfigFiles(opts);
    const show = (f) => (0,external_node_path_.relative)(opts.cwd, f) || f;
    const warnings = [...found.warnings];
    if (!options.configPath && configPaths.length > 1)
        warnings.push(`-configFiles: only ${configPaths[0]} is read (migration-guard reads one config file)`);
    const sources = [];
    const settings = { ...load_settings/* DEFAULTS */.zY, placeholders: {}, rules: {}, locations: [], sqlMigrationSuffixes: [...load_settings/* DEFAULTS */.zY.sqlMigrationSuffixes] };
    const yml = found.yml ? parseYaml(found.yml, show(found.yml), opts) : undefined;
    let environment = opts.environment ?? yml?.environment;
    let connection = {};
    let connectionNotes = [];
    if (found.flyway) {
        for (const f of [found.flyway.file, ...(found.flyway.overrides ? [found.flyway.overrides] : [])])
            sources.push({ file: show(f), kind: found.flyway.kind });
        const layer = await flywayFileLayer(found.flyway, show, env, environment);
        environment ??= layer.environment;
        applyLayer(settings, layer);
        connection = layer.connection;
        connectionNotes = layer.connectionNotes ?? [];
        warnings.push(...layer.warnings);
        settings.runner = 'flyway';
    }
    let explicit = new Set();
    let explicitProduction;
    if (yml) {
        sources.push({ file: yml.shown, kind: 'migration-guard' });
        const applied = applyYaml(yml, settings, environment ?? 'development', opts);
        explicit = applied.keys;
        explicitProduction = applied.production;
    }
    // The environment, then the command line, over the files.
    const fromEnv = flywayEnvLayer(env);
    const fromArgs = flywayArgsLayer(args);
    for (const layer of [fromEnv, fromArgs]) {
        // A url from the environment or the command line replaces the file's: its notes no longer apply.
        if (layer.connection.url !== undefined)
            connectionNotes = [];
        applyLayer(settings, layer);
        connection = { ...connection, ...layer.connection };
        warnings.push(...layer.warnings);
    }
    if (settings.runner === 'flyway') {
        // Flyway runs each migration in its own transaction and sets no lock_timeout (DbMigrate).
        if (!explicit.has('transactions'))
            settings.transactions = 'runner';
        if (!explicit.has('lockTimeout'))
            settings.lockTimeout = '';
        // Flyway scans its locations recursively: rollback/V1__rollback.sql would be a second
        // version 1. Rollbacks take Flyway's undo naming, which Flyway Community skips.
        if (!explicit.has('rollbackPattern'))
            settings.rollbackPattern = naming/* FLYWAY_ROLLBACK_PATTERN */.vm;
    }
    let databaseUrl;
    try {
        const converted = connectionUrl(connection);
        databaseUrl = converted.url;
        warnings.push(...converted.warnings);
    }
    catch (e) {
        // lint and check do not need it: a warning here, "no database" for the database commands.
        warnings.push(`Flyway's url is not used: ${e.message}`);
    }
    const main = yml ? yml.file : found.flyway?.file;
    // Flyway resolves relative locations against the working directory; ours are relative to migration-guard.yml.
    const baseDir = yml ? (0,external_node_path_.dirname)(yml.file) : opts.cwd;
    const migrationsDir = (0,external_node_path_.resolve)(baseDir, settings.migrations);
    // Real paths, so a migrations directory that is a symlink to elsewhere is caught too.
    const realMigrations = (0,fs/* realPathOf */.dN)(migrationsDir);
    if (!(0,fs/* isInside */.FK)((0,fs/* realPathOf */.dN)(baseDir), realMigrations)) {
        throw new errors/* ConfigError */.xL(`migrations path "${settings.migrations}" leaves the repository (${baseDir})${realMigrations !== migrationsDir ? `: it resolves to ${realMigrations}` : ''}; point it at a directory inside it`, main ? show(main) : undefined);
    }
    const envName = environment ?? 'development';
    // An environment named "production" is production unless the config says otherwise.
    const production = explicitProduction ?? envName === 'production';
    return {
        ...settings,
        production,
        file: main,
        kind: yml ? 'migration-guard' : found.flyway?.kind,
        sources,
        ...(databaseUrl ? { databaseUrl } : {}),
        ...(databaseUrl && connectionNotes.length ? { databaseUrlNotes: connectionNotes } : {}),
        ...(fromArgs.connection.url ? { databaseUrlFromCommandLine: true } : {}),
        warnings,
        baseDir,
        migrationsDir,
        environment: envName,
    };
}
/**
 * The effective configuration as JSON, for the caches' keys (check's state cache, the Action's
 * cache): functions left out, Sets and Maps as arrays of their entries.
 */
function configJson(config) {
    return JSON.stringify(config, (_k, v) => (typeof v === 'function' ? undefined : v instanceof Set || v instanceof Map ? [...v] : v));
}
/** `config: flyway.toml (Flyway TOML)`: what a run read. */
function describeSources(config) {
    return `config: ${config.sources.map((s) => `${s.file} (${KIND_NAMES[s.kind]})`).join(', ')}`;
}
/**
 * The lines a run prints on stderr about its configuration: which files it read when one is
 * Flyway's (so a user knows migration-guard follows their Flyway setup), then each warning.
 * Passwords are masked.
 */
function configNotes(config) {
    const notes = config.sources.some((s) => s.kind !== 'migration-guard') ? [describeSources(config)] : [];
    return [...notes, ...config.warnings.map((w) => `warning: ${(0,db_url/* maskUrl */.yP)(w)}`)];
}


/***/ }),

/***/ 424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ws: () => (/* binding */ flywayWraps),
/* harmony export */   yR: () => (/* binding */ flywayTransactionProblem)
/* harmony export */ });
/* unused harmony exports flywayCanExecuteInTransaction, flywayMixedStatement */
/** Whether Flyway runs `stmt` inside a transaction (false: it makes its migration non-transactional). */
function flywayCanExecuteInTransaction(stmt) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'CreatedbStmt':
        case 'DropdbStmt':
        case 'CreateTableSpaceStmt':
        case 'DropTableSpaceStmt':
        case 'CreateSubscriptionStmt':
        case 'DropSubscriptionStmt':
        case 'AlterSystemStmt':
            return false;
        case 'IndexStmt':
            return n['concurrent'] !== true;
        case 'DropStmt':
            return !(n['removeType'] === 'OBJECT_INDEX' && n['concurrent'] === true);
        case 'ReindexStmt':
            return !['REINDEX_OBJECT_SCHEMA', 'REINDEX_OBJECT_DATABASE', 'REINDEX_OBJECT_SYSTEM'].includes(String(n['kind']));
        case 'VacuumStmt':
            return n['is_vacuumcmd'] !== true; // ANALYZE alone is transactional
        case 'DiscardStmt':
            return n['target'] !== 'DISCARD_ALL';
        default:
            return true;
    }
}
/** Whether Flyway runs a migration of these top-level statements in one transaction. */
function flywayWraps(statements) {
    return statements.every(flywayCanExecuteInTransaction);
}
/**
 * Flyway refuses the migration (unless `mixed`): it has both statements Flyway runs in a
 * transaction and statements it cannot. Returns the first of the minority kind Flyway names, or
 * undefined.
 */
function flywayMixedStatement(statements) {
    const outside = statements.find((s) => !flywayCanExecuteInTransaction(s));
    const inside = statements.find((s) => flywayCanExecuteInTransaction(s));
    if (!outside || !inside)
        return undefined;
    return statements.indexOf(outside) > statements.indexOf(inside) ? outside : inside;
}
/**
 * What goes wrong when Flyway applies a migration of these top-level statements, if anything:
 * Flyway refuses it (both kinds of statement and `mixed` off), or runs it in a transaction although
 * PostgreSQL refuses one of its statements there (`mustRunOutside` says which, with what; Flyway's
 * parser does not recognise it). `line` gives a statement's line; `inOwnBlock` skips statements in
 * the file's own BEGIN … COMMIT (cannot-run-in-transaction reports those).
 */
function flywayTransactionProblem(statements, opts) {
    const offending = opts.mixed ? undefined : flywayMixedStatement(statements);
    if (offending) {
        const other = statements.find((s) => flywayCanExecuteInTransaction(s) !== flywayCanExecuteInTransaction(offending));
        const [outside, inside] = flywayCanExecuteInTransaction(offending) ? [other, offending] : [offending, other];
        return {
            stmt: offending,
            message: `Flyway refuses this migration: line ${opts.line(outside)} cannot run in a transaction and line ${opts.line(inside)} runs in one ("Detected both transactional and non-transactional statements within the same migration (even though mixed is false)"), so migrate fails before running it`,
            help: `Move the statement on line ${opts.line(outside)} into a migration of its own (nothing else in it, not even SET), or set mixed = true in Flyway's configuration (Flyway then runs the whole file without a transaction).`,
        };
    }
    if (!flywayWraps(statements))
        return undefined;
    const refused = statements.find((s) => !opts.inOwnBlock(s) && opts.mustRunOutside(s));
    if (!refused)
        return undefined;
    return {
        stmt: refused,
        message: `Flyway runs this migration in a transaction (its PostgreSQL parser does not recognise ${opts.mustRunOutside(refused)} as non-transactional), where PostgreSQL refuses it: migrate fails (SQLSTATE 25001 or 2D000)`,
        help: 'Tell Flyway to run this file outside a transaction with a script configuration file beside it (V…__….sql.conf: executeInTransaction=false), in a migration of its own.',
    };
}


/***/ }),

/***/ 3865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ kindOfPath),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   P2: () => (/* binding */ readLocations),
/* harmony export */   TQ: () => (/* binding */ assertInside),
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   hf: () => (/* binding */ configuredLocations)
/* harmony export */ });
/* unused harmony exports readSqlFiles, readOne, shown */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Reads migration files from disk (the I/O edge of loading). Directories are scanned
 * recursively, as Flyway scans a location; only *.sql files are read. The root and every symlink
 * must resolve inside the repository (`assertInside`), and each directory is visited once, so a link
 * loop ends. Anything that cannot be read is an error, never silently skipped.
 */



const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/**
 * Whether `target` is `boundary` itself or below it, comparing whole path segments (so
 * "/repo/..migrations" is inside "/repo" and "/repo2" is not). Pass resolved real paths
 * (`realpathSync`, or `realPathOf` for one that may not exist yet).
 */
function isInside(boundary, target) {
    const b = boundary.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    const t = target.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    return b.length <= t.length && b.every((segment, i) => segment === t[i]);
}
/**
 * The repository boundary, in one place: `p` (the migrations root, a symlink met while walking,
 * a file named on the command line) must resolve inside `boundaryReal`. Returns its real path.
 */
function assertInside(p, boundaryReal, opts) {
    const real = realpathSafe(p);
    if (isInside(boundaryReal, real))
        return real;
    let link = false;
    try {
        link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isSymbolicLink();
    }
    catch {
        /* resolved a moment ago: treat as a plain path */
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(link
        ? `symlink ${shown(p, opts)} points outside the repository (to ${real}); refusing to read it`
        : `${shown(p, opts)} resolves to ${real}, outside the repository (${boundaryReal}); refusing to read it`);
}
/** The real path of `p`, or for a path that does not exist (yet), of its nearest existing ancestor plus the rest. */
function realPathOf(p) {
    const tail = [];
    let head = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(p);
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(head), ...tail);
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(head);
            if (parent === head)
                return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(p);
            tail.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(head));
            head = parent;
        }
    }
}
/**
 * Every .sql file (or file with one of `opts.suffixes`) below `root`, any case of the suffix, in
 * path order. `path` is the file as shown to users (relative to `opts.cwd`, posix separators),
 * `rel` relative to `root`. Throws UsageError for a root or symlink outside `opts.boundary`, a broken
 * symlink with a wanted suffix, or a directory or file that cannot be read.
 *
 * Cost: real paths are resolved only for the boundary, the root and each symlink (a directory
 * reached by a plain entry has its parent's real path plus its name), and both relative paths are
 * built by joining entry names, not with path.relative per file. On the bench corpus (4,005 files,
 * 2 directories, `npm run bench -- walk`) readLocations took 61 ms before this and 42 ms after
 * (median of 7, in-process, 2 shared cores), where a bare readdir + readFileSync takes ~44 ms:
 * what is left is mostly open/read/close of each file.
 */
function readSqlFiles(root, opts) {
    const out = [];
    const suffixes = [...new Set(['.sql', ...(opts.suffixes ?? [])].map((x) => x.toLowerCase()))];
    const wanted = (name) => {
        const lower = name.toLowerCase();
        return suffixes.some((x) => lower.endsWith(x));
    };
    const boundary = realpathSafe(opts.boundary);
    // The root itself may be a symlink (migrations -> /elsewhere), or lie below one.
    const rootReal = assertInside(root, boundary, opts);
    // A file's shown path is the root's plus its `rel`, except when cwd lies inside the root (the
    // root is shown as "..", "../..": a file below cwd is not shown as "../sub/x.sql").
    const rootShown = shown(root, opts);
    const below = /^\.\.(\/\.\.)*$/.test(rootShown) ? undefined : rootShown === '.' ? '' : `${rootShown}/`;
    const seen = new Set();
    // `real`: the directory's real path, to visit each directory once (a link loop ends).
    const visit = (dir, real, rel) => {
        if (seen.has(real))
            return;
        seen.add(real);
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot read directory ${shown(dir, opts)}: ${e.code ?? e.message}`);
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const prefix = dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? dir : dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
        for (const entry of entries) {
            const name = entry.name;
            const full = prefix + name;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            let target;
            if (entry.isSymbolicLink()) {
                target = realpathSafe(full, true);
                if (target === undefined) {
                    if (wanted(name))
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`broken symlink: ${shown(full, opts)}`);
                    continue;
                }
                if (!isInside(boundary, target))
                    assertInside(full, boundary, opts);
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
                isDir = st.isDirectory();
                isFile = st.isFile();
            }
            if (isDir)
                visit(full, target ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, name), rel + name + '/');
            else if (isFile && wanted(name)) {
                const fileRel = rel + name;
                out.push({ path: below === undefined ? shown(full, opts) : below + fileRel, rel: fileRel, bytes: readOne(full, opts) });
            }
        }
    };
    visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), rootReal, '');
    return out;
}
/**
 * Several locations read as one migration set, as Flyway scans each configured location
 * recursively and merges what it finds (Scanner / FileSystemScanner): each file keeps `rel`
 * relative to ITS location (Flyway's `script` in the schema history) and carries `location`, the
 * location as shown to users. One directory named twice (through a symlink) is read once; a
 * location inside another is refused earlier (`configuredLocations`). Order: location by
 * location, each sorted by path.
 */
function readLocations(roots, opts) {
    const out = [];
    const real = roots.map((r) => realpathSafe(r));
    roots.forEach((root, i) => {
        if (real.indexOf(real[i]) !== i)
            return;
        const location = shown(root, opts);
        const files = readSqlFiles(root, { cwd: opts.cwd, suffixes: opts.suffixes, boundary: opts.boundaryOf(root) });
        opts.each?.(files, root);
        for (const f of files)
            out.push({ ...f, location });
    });
    return out;
}
/**
 * The absolute directories of one configuration's migration set: `migrations`, then each of
 * `locations` (Flyway's `locations`; a `filesystem:` prefix is dropped), resolved against
 * `baseDir`, duplicates removed. Each must stay inside `baseDir` (the repository), as
 * `migrations` must, and none may lie inside another; throws Error naming the location otherwise.
 */
function configuredLocations(c) {
    const out = [c.migrationsDir];
    const boundary = realPathOf(c.baseDir);
    for (const raw of c.locations) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(c.baseDir, raw.replace(/^filesystem:/, ''));
        const real = realPathOf(dir);
        if (!isInside(boundary, real)) {
            throw new Error(`location "${raw}" leaves the repository (${c.baseDir})${real !== dir ? `: it resolves to ${real}` : ''}; point it at a directory inside it`);
        }
        if (!out.includes(dir))
            out.push(dir);
    }
    // Flyway scans each location recursively and keeps both finds of a file below two of them (as
    // two scripts: CompositeMigrationResolver then stops with "Found more than one migration with
    // version"), so a location inside another is a configuration error here, named, not a surprise.
    for (const inner of out) {
        const outer = out.find((o) => o !== inner && isInside(realPathOf(o), realPathOf(inner)));
        if (outer) {
            const show = (d) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(c.baseDir, d).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
            throw new Error(`location "${show(inner)}" lies inside location "${show(outer)}", which is read recursively: Flyway would find its migrations twice ("Found more than one migration with version"); list only "${show(outer)}"`);
        }
    }
    return out;
}
function readOne(file, opts) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot read ${shown(file, opts)}: ${e.code ?? e.message}`);
    }
}
function realpathSafe(p, allowMissing = false) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(p);
    }
    catch {
        // The native call (libc realpath) is the quick one; the JavaScript one resolves what it may
        // refuse (some Windows volumes) and gives the error to report.
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch (e) {
        if (allowMissing)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot resolve ${p}: ${e.code ?? e.message}`);
    }
}
function shown(p, opts) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(opts.cwd, p);
    return toPosix(r === '' ? '.' : r);
}
function kindOfPath(p) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
        if (st.isSymbolicLink()) {
            const t = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p);
            return t.isDirectory() ? 'dir' : 'file';
        }
        return st.isDirectory() ? 'dir' : 'file';
    }
    catch {
        return 'missing';
    }
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ authorName),
/* harmony export */   i: () => (/* binding */ readFilesAtRef)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * The migrations as they are at a git ref (--base): which files exist there and their bytes.
 * One `git ls-tree` and one `git cat-file --batch`, whatever the number of files. And who the
 * author of a new migration is (`git config user.name`).
 */




function git(cwd, args, input) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, {
        cwd,
        input,
        maxBuffer: 1 << 30,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
}
function gitText(cwd, args) {
    return git(cwd, args).toString('utf8').trim();
}
/**
 * Files under `rootAbs` at `ref`, with `rel` relative to the root and `path` relative to `cwd`
 * (as if the files were checked out): `.sql` files and those ending in one of `suffixes`
 * (Flyway's sqlMigrationSuffixes), in any case.
 */
function readFilesAtRef(rootAbs, ref, cwd, suffixes = []) {
    const wanted = ['.sql', ...suffixes].map((x) => x.toLowerCase());
    let top;
    try {
        top = gitText(rootAbs, ['rev-parse', '--show-toplevel']);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--base ${ref} needs a git repository, and ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, rootAbs) || '.'} is not in one`);
    }
    let commit;
    try {
        commit = gitText(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--base: unknown git ref "${ref}" (in a shallow clone fetch it first, e.g. \`git fetch --depth=1 origin ${ref.replace(/^origin\//, '')}\`)`);
    }
    const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, rootAbs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix]).toString('utf8');
    const entries = [];
    for (const line of listing.split('\0')) {
        if (!line)
            continue;
        const tab = line.indexOf('\t');
        const [mode, type, sha] = line.slice(0, tab).split(' ');
        const path = line.slice(tab + 1);
        if (type === 'blob' && mode !== '120000' && sha && wanted.some((x) => path.toLowerCase().endsWith(x)))
            entries.push({ sha, path });
    }
    if (entries.length === 0)
        return [];
    const out = git(top, ['cat-file', '--batch'], entries.map((e) => e.sha).join('\n') + '\n');
    const files = [];
    let pos = 0;
    for (const e of entries) {
        const nl = out.indexOf(0x0a, pos);
        const header = out.subarray(pos, nl).toString('utf8').split(' ');
        const size = Number(header[2]);
        const bytes = out.subarray(nl + 1, nl + 1 + size);
        pos = nl + 1 + size + 1;
        const abs = `${top}/${e.path}`;
        files.push({
            rel: prefix === '' ? e.path : e.path.slice(prefix.length + 1),
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'),
            bytes: new Uint8Array(bytes),
        });
    }
    return files;
}
/**
 * Who writes a new migration (the Author line of `create`'s header): `git config user.name` run in
 * `dir` (so a repository's own setting wins over the global one), else the operating system's user
 * name (os.userInfo, then USER / LOGNAME / USERNAME); never empty ("unknown" when nothing says).
 */
function authorName(dir, env = process.env) {
    try {
        const name = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', 'user.name'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 })
            .toString('utf8')
            .trim();
        if (name)
            return name;
    }
    catch {
        // No git, no repository setting and no global one: the system's user name below.
    }
    let user = '';
    try {
        user = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.userInfo)().username.trim();
    }
    catch {
        // No passwd entry for the uid (a container): the environment below.
    }
    return user || (env['USER'] ?? env['LOGNAME'] ?? env['USERNAME'] ?? '').trim() || 'unknown';
}


/***/ }),

/***/ 2772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "in": () => (/* binding */ LAYOUT_EXTRA_FILES),
  kX: () => (/* reexport */ LAYOUT_NAMES),
  ey: () => (/* binding */ detectLayout),
  qM: () => (/* binding */ isLayoutName),
  Q2: () => (/* binding */ layoutFor)
});

// EXTERNAL MODULE: ./src/load/version.ts
var load_version = __webpack_require__(8472);
;// CONCATENATED MODULE: ./src/load/layouts/common.ts
/** Helpers the layouts share: file names, integer versions, directive lines. */

const baseName = (rel) => rel.slice(rel.lastIndexOf('/') + 1);
const isTopLevel = (rel) => !rel.includes('/');
/** i64's largest value (goose's strconv.ParseInt, sqlx's i64), and uint64's (golang-migrate's strconv.ParseUint). */
const I64_MAX = 9223372036854775807n;
const U64_MAX = 18446744073709551615n;
/**
 * A version the runner parses as one integer (golang-migrate: uint64, goose and sqlx: int64):
 * compared numerically, leading zeros ignored (so 1_a and 001_b are the same version, as they are
 * to the runner). Undefined when the digits overflow the runner's integer type.
 */
function integerVersion(digits, type) {
    if (!/^\d+$/.test(digits))
        return undefined;
    if (BigInt(digits) > (type === 'i64' ? I64_MAX : U64_MAX))
        return undefined;
    return (0,load_version/* parseVersion */.ot)(digits);
}
/** The lines of a text with their offsets ("\n" or "\r\n" breaks). */
function linesOf(text) {
    const out = [];
    let start = 0;
    while (start <= text.length) {
        const nl = text.indexOf('\n', start);
        const stop = nl < 0 ? text.length : nl;
        const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
        out.push({ start, end, text: text.slice(start, end) });
        if (nl < 0)
            break;
        start = nl + 1;
    }
    return out;
}
/** Whether the text up to `end` holds only blank lines and `--` comments (what may precede a goose or dbmate Up). */
function onlyComments(text) {
    return linesOf(text).every((l) => /^\s*(--.*)?$/.test(l.text));
}

;// CONCATENATED MODULE: ./src/load/layouts/dbmate.ts
/**
 * dbmate (amacneil/dbmate), as read in docs/design/runner-layouts.md §3 and pkg/dbmate/migration.go:
 * - names: `^(\d+).*\.sql$` (db.go migrationFileRegexp), the version the leading digits kept as a
 *   string; top level only, others skipped; files sorted by name (text order);
 * - one file holds both directions: `-- migrate:up` and `-- migrate:down` (upRegExp/downRegExp:
 *   `^--\s*migrate:up(\s*$|\s+\S+)`), both required, up first, only comments before up;
 *   options on the directive line (`transaction:false`: Transaction() is `!= "false"`);
 * - each section is sent as ONE query (tx.Exec without arguments, lib/pq: a simple query),
 *   inside BEGIN … the version row … COMMIT unless `transaction:false`.
 * - tracking: `schema_migrations (version varchar primary key)`.
 */


const wrapped = (direction) => ({
    unit: 'file',
    wrapped: true,
    why: `dbmate runs the ${direction} section in a transaction`,
    unwrap: `add \`transaction:false\` to its directive line (\`-- migrate:${direction} transaction:false\`)`,
});
const unwrapped = (direction) => ({ unit: 'file', wrapped: false, why: `with \`transaction:false\` dbmate sends the ${direction} section to PostgreSQL as one query` });
const DIRECTIVE = /^--\s*migrate:(up|down)(\s*$|\s+\S+)/gm;
/** Options of a directive line (parseMigrationOptions): `key:value` words after the directive. */
function optionsOf(line) {
    const out = {};
    const rest = line.replace(/^--\s*migrate:(up|down)/, '').trim();
    for (const pair of rest ? rest.split(/\s+/) : []) {
        const parts = pair.split(':');
        if (parts.length === 2)
            out[parts[0]] = parts[1];
    }
    return out;
}
function readDbmate(text) {
    const directives = [...text.matchAll(DIRECTIVE)].map((m) => ({ kind: m[1], at: m.index, line: text.slice(m.index, text.indexOf('\n', m.index) < 0 ? text.length : text.indexOf('\n', m.index)) }));
    const problems = [];
    const up = directives.find((d) => d.kind === 'up');
    const down = directives.find((d) => d.kind === 'down' && (!up || d.at > up.at));
    if (!up)
        problems.push({ offset: 0, message: "no `-- migrate:up` line: dbmate refuses the file (\"dbmate requires each migration to define an up block with '-- migrate:up'\")", help: 'Start the migration with `-- migrate:up` and put its rollback after `-- migrate:down`.' });
    else if (!onlyComments(text.slice(0, up.at)))
        problems.push({ offset: 0, message: "SQL before `-- migrate:up`: dbmate refuses the file (\"dbmate does not support statements preceding the '-- migrate:up' block\")" });
    if (up && !down)
        problems.push({ offset: up.at, message: "no `-- migrate:down` after `-- migrate:up`: dbmate refuses the file (\"dbmate requires each migration to define a down block with '-- migrate:down'\"); the down block may be empty", help: 'Add a `-- migrate:down` section that reverses the migration.' });
    const extra = up ? directives.filter((d) => d.kind === 'up' && d.at > up.at) : [];
    if (extra.length) {
        problems.push({
            offset: extra[0].at,
            message: 'a second `-- migrate:up` section: dbmate runs each section on its own, and each one records the same version in schema_migrations, so the second fails on its primary key (amacneil/dbmate#820); migration-guard checks only the first section',
            help: 'Put each up/down pair in a migration file of its own.',
        });
    }
    const end = extra[0]?.at ?? text.length;
    return {
        ...(up ? { up: up.at } : {}),
        ...(down && down.at < end ? { down: down.at } : {}),
        end,
        upTx: !up || optionsOf(up.line)['transaction'] !== 'false',
        downTx: !down || optionsOf(down.line)['transaction'] !== 'false',
        problems,
    };
}
function read(files) {
    const out = [];
    for (const f of files) {
        const name = baseName(f.rel);
        const m = /^(\d+).*\.sql$/.exec(name);
        if (!isTopLevel(f.rel) || !m) {
            out.push({ rel: f.rel, kind: 'invalid', problem: isTopLevel(f.rel) ? 'not a dbmate name (it must start with the version digits and end in .sql): dbmate skips it, so it never runs' : 'dbmate reads only the top level of its directory: it never runs a file in a subdirectory' });
            continue;
        }
        const version = (0,load_version/* stringVersion */.WI)(m[1], 'text');
        const description = name.slice(m[1].length).replace(/^[_-]/, '').replace(/\.sql$/, '');
        const d = readDbmate(f.text);
        const end = d.end;
        const preamble = [0, d.up ?? end];
        out.push({
            rel: f.rel,
            kind: 'versioned',
            version,
            description,
            execution: d.upTx ? wrapped('up') : unwrapped('up'),
            section: 'up',
            ...(d.up !== undefined ? { sectionStart: d.up } : {}),
            keep: [preamble, [d.up ?? end, d.down ?? end]],
            ...(d.problems.length ? { formatProblems: d.problems } : {}),
        });
        if (d.down !== undefined) {
            out.push({ rel: f.rel, kind: 'rollback', version, description, execution: d.downTx ? wrapped('down') : unwrapped('down'), section: 'down', sectionStart: d.down, keep: [preamble, [d.down, end]] });
        }
    }
    return out;
}
const dbmate = {
    name: 'dbmate',
    runner: 'dbmate',
    extraFiles: [],
    rollbacks: 'sections',
    duplicate: `dbmate does not notice: the second file counts as applied once the first is, and never runs`,
    outOfOrder: `dbmate applies it after the newer ones (and refuses it with --strict)`,
    modified: `dbmate does not notice (it keeps no checksum)`,
    read,
    expectedRollback: (up) => `add a \`-- migrate:down\` section to ${up.rel} that reverses it`,
    tracking: {
        table: 'schema_migrations',
        create: ['CREATE TABLE IF NOT EXISTS schema_migrations (version varchar primary key)'],
        record: (version) => [{ sql: 'INSERT INTO schema_migrations (version) VALUES ($1)', params: [version] }],
    },
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/load/layouts/diesel.ts
/**
 * diesel (diesel_migrations + diesel_cli), as read in docs/design/runner-layouts.md §4 and
 * diesel_migrations/migrations_internals/src/lib.rs:
 * - a migration is a folder of the migrations directory holding `up.sql` (required), `down.sql`
 *   and `metadata.toml` (optional); top-level files are ignored; its version is the folder name up
 *   to the first "_" without "-" (version_from_string), a string: ordered as text;
 * - the file goes to PostgreSQL in one batch_execute (PQexec: one simple query); the harness wraps
 *   it and the `__diesel_schema_migrations` insert in a transaction when
 *   `metadata().run_in_transaction()`;
 * - metadata.toml is `TomlMetadata { #[serde(default)] run_in_transaction: bool }` read with
 *   `unwrap_or_default()` (Default: true): no file or a file that does not parse as that struct →
 *   true; a file that parses without the key → false (serde's bool default).
 */


const WRAPPED = {
    unit: 'file',
    wrapped: true,
    why: 'diesel runs each migration in a transaction',
    unwrap: 'add metadata.toml with `run_in_transaction = false` to the migration folder',
};
const UNWRAPPED = { unit: 'file', wrapped: false, why: 'with `run_in_transaction = false` diesel sends the whole file to PostgreSQL as one query' };
/** What diesel reads from a metadata.toml: run_in_transaction, and what a user may not expect of it. */
function dieselMetadata(text) {
    if (text === undefined)
        return { runInTransaction: true };
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        return { runInTransaction: true, problem: { offset: 0, message: `metadata.toml is not valid TOML (${e.message.split('\n')[0]}): diesel ignores it and runs the migration in a transaction` } };
    }
    const setting = value['run_in_transaction'];
    if (setting === undefined) {
        return {
            runInTransaction: false,
            problem: {
                offset: 0,
                message: 'metadata.toml has no run_in_transaction: diesel then reads it as false (serde\'s default for a bool), so this migration runs WITHOUT a transaction',
                help: 'Write `run_in_transaction = true` or `run_in_transaction = false` in metadata.toml.',
            },
        };
    }
    if (typeof setting !== 'boolean') {
        return {
            runInTransaction: true,
            problem: {
                offset: 0,
                message: `run_in_transaction = ${JSON.stringify(setting)} is not a boolean: diesel fails to read metadata.toml, ignores it and runs the migration in a transaction`,
                help: 'Write run_in_transaction = false (no quotes).',
            },
        };
    }
    return { runInTransaction: setting };
}
function diesel_read(files) {
    const folders = new Map();
    const out = [];
    for (const f of files) {
        const parts = f.rel.split('/');
        if (parts.length !== 2) {
            if (!f.rel.endsWith('metadata.toml'))
                out.push({ rel: f.rel, kind: 'invalid', problem: 'diesel reads only {folder}/up.sql and down.sql in its migrations directory: it never runs this file' });
            continue;
        }
        const [folder, name] = parts;
        if (!folders.has(folder))
            folders.set(folder, new Map());
        folders.get(folder).set(name, f);
    }
    for (const [folder, entries] of folders) {
        const up = entries.get('up.sql');
        const version = (0,load_version/* stringVersion */.WI)(folder.split('_')[0].replace(/-/g, ''), 'text');
        const description = folder.includes('_') ? folder.slice(folder.indexOf('_') + 1) : '';
        const meta = dieselMetadata(entries.get('metadata.toml')?.text);
        const execution = meta.runInTransaction ? WRAPPED : UNWRAPPED;
        for (const [name, f] of entries) {
            if (name === 'metadata.toml')
                continue;
            if (name === 'up.sql' || name === 'down.sql') {
                const kind = name === 'up.sql' ? 'versioned' : 'rollback';
                const companions = entries.has('metadata.toml') ? [`${folder}/metadata.toml`] : [];
                out.push({ rel: f.rel, kind, version, description, execution, companions, ...(kind === 'versioned' && meta.problem ? { formatProblems: [meta.problem] } : {}) });
            }
            else if (!up) {
                out.push({ rel: f.rel, kind: 'invalid', problem: `the folder ${folder} has no up.sql: diesel stops with "Invalid migration directory" (UnknownMigrationFormat) and runs no migration` });
            }
            else {
                out.push({ rel: f.rel, kind: 'invalid', problem: 'diesel runs only up.sql and down.sql of a migration folder: it never runs this file' });
            }
        }
    }
    return out;
}
const diesel = {
    name: 'diesel',
    runner: 'diesel',
    extraFiles: ['metadata.toml'],
    rollbacks: 'files',
    duplicate: `diesel keeps only one of the two migrations of a version (the other never runs)`,
    outOfOrder: `diesel applies it after the newer ones, in a different order than a fresh database`,
    modified: `diesel does not notice (it keeps no checksum)`,
    read: diesel_read,
    expectedRollback: (up) => `add ${up.rel.replace(/up\.sql$/, 'down.sql')}`,
    tracking: {
        table: '__diesel_schema_migrations',
        create: ['CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)'],
        record: (version) => [{ sql: 'INSERT INTO __diesel_schema_migrations (version) VALUES ($1)', params: [version] }],
    },
};

;// CONCATENATED MODULE: ./src/load/layouts/goose.ts

const goose_WRAPPED = {
    unit: 'statement',
    wrapped: true,
    why: 'goose runs each migration in a transaction',
    unwrap: 'add the line `-- +goose NO TRANSACTION` to the file',
};
const goose_UNWRAPPED = { unit: 'statement', wrapped: false, why: 'with `-- +goose NO TRANSACTION` goose sends each statement on its own, committed as it runs' };
const ANNOTATIONS = ['Up', 'Down', 'StatementBegin', 'StatementEnd', 'NO TRANSACTION', 'ENVSUB ON', 'ENVSUB OFF'];
/** The annotation of a line, as extractAnnotation reads it; a string is an error message. */
function annotationOf(line) {
    if (!(line.trim().startsWith('--') && line.includes('+goose')))
        return undefined;
    if (/^[ \t]/.test(line))
        return { error: `the goose annotation "${line.trim()}" starts with whitespace: goose refuses the file ("contains leading whitespace")` };
    let cmd = line.replaceAll('--', '').replace('+goose', '');
    if (cmd.includes('+goose'))
        return { error: 'two +goose annotations on one line: goose refuses the file' };
    cmd = cmd.trim();
    const known = ANNOTATIONS.find((a) => a.toLowerCase() === cmd.toLowerCase());
    return known ?? { error: `"${cmd}" is not a goose annotation (${ANNOTATIONS.join(', ')}): goose refuses the file` };
}
/** Goose's endsWithSemicolon: the last word before a `--` word ends with ";". */
function endsWithSemicolon(line) {
    let prev = '';
    for (const word of line.split(/\s+/).filter(Boolean)) {
        if (word.startsWith('--'))
            break;
        prev = word;
    }
    return prev.endsWith(';');
}
/** Reads a goose file as goose's parser does (see the module comment). */
function readGoose(text) {
    const out = { noTransaction: false, chunks: { up: [], down: [] }, envsub: { up: [], down: [] }, problems: [] };
    let envsub = false;
    let direction;
    let inBlock;
    let start;
    let last;
    const problem = (l, message, help) => out.problems.push({ offset: l.start, message, ...(help ? { help } : {}) });
    const store = (end) => {
        if (start !== undefined && direction)
            out.chunks[direction].push([start, end]);
        start = undefined;
    };
    for (const l of linesOf(text)) {
        const a = annotationOf(l.text);
        if (typeof a === 'object') {
            problem(l, a.error);
            continue;
        }
        if (a) {
            if (a === 'Up') {
                if (direction)
                    problem(l, 'a second `-- +goose Up`: goose refuses the file ("duplicate \'-- +goose Up\' annotations")');
                else {
                    direction = 'up';
                    out.up = l.start;
                }
            }
            else if (a === 'Down') {
                if (direction !== 'up' || inBlock)
                    problem(l, direction ? 'a second `-- +goose Down`, or one inside StatementBegin … StatementEnd: goose refuses the file' : '`-- +goose Down` before `-- +goose Up`: goose refuses the file ("must start with \'-- +goose Up\' annotation")');
                else {
                    if (start !== undefined)
                        problem(last, 'this statement does not end with ";" before `-- +goose Down`: goose refuses the file ("unexpected unfinished SQL query: missing semicolon?")', 'End the statement with ";" at the end of its line.');
                    start = undefined;
                    direction = 'down';
                    out.down = l.start;
                }
            }
            else if (a === 'StatementBegin') {
                if (!direction || inBlock)
                    problem(l, '`-- +goose StatementBegin` outside a direction or inside another block: goose refuses the file');
                else
                    inBlock = l;
            }
            else if (a === 'StatementEnd') {
                if (!inBlock)
                    problem(l, '`-- +goose StatementEnd` without StatementBegin: goose refuses the file');
                else {
                    inBlock = undefined;
                    if (last)
                        store(last.end);
                }
            }
            else if (a === 'NO TRANSACTION')
                out.noTransaction = true;
            else if (a === 'ENVSUB ON')
                envsub = true;
            else if (a === 'ENVSUB OFF')
                envsub = false;
            continue;
        }
        if (start === undefined && (l.text.trim().startsWith('--') || l.text === ''))
            continue;
        if (!direction) {
            if (l.text.trim() !== '')
                problem(l, 'SQL before `-- +goose Up`: goose refuses the file ("must start with \'-- +goose Up\' annotation")', 'Start the file with the line `-- +goose Up`.');
            continue;
        }
        start ??= l.start;
        if (l.text.trim() !== '')
            last = l; // a problem names the last line with text, not a blank line after it
        if (envsub)
            out.envsub[direction].push([l.start, l.end]);
        if (!inBlock && endsWithSemicolon(l.text))
            store(l.end);
    }
    if (!direction)
        out.problems.push({ offset: 0, message: 'no `-- +goose Up` line: goose refuses the file ("must start with \'-- +goose Up\' annotation")', help: 'Start the migration with the line `-- +goose Up` (and put its rollback after `-- +goose Down`).' });
    if (inBlock)
        problem(inBlock, '`-- +goose StatementBegin` without StatementEnd: goose refuses the file ("missing \'-- +goose StatementEnd\' annotation")');
    else if (start !== undefined && text.slice(start).trim())
        problem(last, 'the last statement does not end with ";": goose refuses the file ("unexpected unfinished SQL query: missing semicolon?")', 'End the statement with ";" at the end of its line.');
    return out;
}
function goose_read(files) {
    const out = [];
    for (const f of files) {
        const name = baseName(f.rel);
        if (!isTopLevel(f.rel)) {
            out.push({ rel: f.rel, kind: 'invalid', problem: 'goose reads only the top level of its directory: it never runs a file in a subdirectory' });
            continue;
        }
        const at = name.indexOf('_');
        const version = at > 0 ? integerVersion(name.slice(0, at), 'i64') : undefined;
        if (!version || version.parts[0] === '0') {
            out.push({ rel: f.rel, kind: 'invalid', problem: 'not a goose name ({version}_{name}.sql, the version a positive integer): goose refuses it ("no filename separator \'_\' found" / "migration IDs must be greater than zero")' });
            continue;
        }
        const description = name.slice(at + 1).replace(/\.sql$/, '');
        const g = readGoose(f.text);
        const execution = g.noTransaction ? goose_UNWRAPPED : goose_WRAPPED;
        const end = f.text.length;
        const preamble = [0, g.up ?? end];
        out.push({
            rel: f.rel,
            kind: 'versioned',
            version,
            description,
            execution,
            section: 'up',
            ...(g.up !== undefined ? { sectionStart: g.up } : {}),
            keep: [preamble, [g.up ?? end, g.down ?? end]],
            chunks: g.chunks.up,
            ...(g.envsub.up.length ? { envsub: g.envsub.up } : {}),
            ...(g.problems.length ? { formatProblems: g.problems } : {}),
        });
        if (g.down !== undefined) {
            out.push({ rel: f.rel, kind: 'rollback', version, description, execution, section: 'down', sectionStart: g.down, keep: [preamble, [g.down, end]], chunks: g.chunks.down, ...(g.envsub.down.length ? { envsub: g.envsub.down } : {}) });
        }
    }
    return out;
}
const goose = {
    name: 'goose',
    runner: 'goose',
    extraFiles: [],
    rollbacks: 'sections',
    duplicate: `goose stops with "found duplicate migration version"`,
    outOfOrder: `goose refuses to migrate a database that applied newer versions unless run with -allow-missing`,
    modified: `goose does not notice (it keeps no checksum)`,
    read: goose_read,
    expectedRollback: (up) => `add a \`-- +goose Down\` section to ${up.rel} that reverses it`,
    tracking: {
        table: 'goose_db_version',
        create: [
            'CREATE TABLE goose_db_version (id integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp NOT NULL DEFAULT now())',
            'INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true)',
        ],
        record: (version) => [{ sql: 'INSERT INTO goose_db_version (version_id, is_applied) VALUES ($1, true)', params: [version] }],
    },
};

;// CONCATENATED MODULE: ./src/load/layouts/golang-migrate.ts

/** golang-migrate's source/parse.go Regex: version, title, direction, extension. */
const GOLANG_MIGRATE_PATTERN = /^(?<version>[0-9]+)_(?<description>.*)\.(?<direction>down|up)\.(?<extension>.*)$/;
/** golang-migrate's layout, or a runner that reads the same up/down files its own way (`layout: { name: golang-migrate, pattern, transaction }`). */
function upDownLayout(options = {}) {
    const pattern = options.pattern ?? GOLANG_MIGRATE_PATTERN;
    const custom = options.pattern !== undefined || options.transaction !== undefined || options.replace !== undefined;
    const runner = custom ? "the project's runner" : 'golang-migrate';
    const execution = options.transaction
        ? { unit: 'file', wrapped: true, why: `${runner} runs each migration in a transaction (layout transaction: true)`, unwrap: 'run it outside the transaction as your runner allows' }
        : { unit: 'file', wrapped: false, why: `${runner} sends the whole file to PostgreSQL as one query` };
    const read = (files) => files.map((f) => {
        if (!isTopLevel(f.rel))
            return { rel: f.rel, kind: 'invalid', problem: `${runner} reads only the top level of its directory: it never runs a file in a subdirectory` };
        const m = pattern.exec(baseName(f.rel));
        const g = m?.groups;
        const digits = g?.['version'] ?? m?.[1];
        const direction = g?.['direction'] ?? m?.[3];
        if (!m || !digits || (direction !== 'up' && direction !== 'down')) {
            return { rel: f.rel, kind: 'invalid', problem: custom ? `the name does not match the layout's pattern ${pattern.source}: the runner does not read it` : 'not a golang-migrate name ({version}_{title}.up.sql or .down.sql): golang-migrate skips it without a word, so it never runs' };
        }
        const version = integerVersion(digits, 'u64');
        if (!version)
            return { rel: f.rel, kind: 'invalid', problem: `"${digits}" is not a version the runner reads (an unsigned 64-bit integer)` };
        return { rel: f.rel, kind: direction === 'up' ? 'versioned' : 'rollback', version, description: (g?.['description'] ?? m[2] ?? '').replace(/_/g, custom ? ' ' : '_'), execution };
    });
    return {
        name: 'golang-migrate',
        runner: custom ? "the project's runner (golang-migrate-style files)" : 'golang-migrate',
        extraFiles: [],
        rollbacks: 'files',
        duplicate: `golang-migrate refuses the directory (ErrDuplicateMigration)`,
        outOfOrder: `the runner may never run it: golang-migrate records only the current version and runs only versions above it`,
        modified: `the runner does not compare files with what was applied (golang-migrate keeps no checksum)`,
        read,
        expectedRollback: (up) => `add ${up.rel.replace(/\.up\.([^.]*)$/, '.down.$1')}`,
        // golang-migrate's own table; another runner's is its own business (authelia's migrations create theirs).
        ...(custom ? {} : { tracking: GOLANG_MIGRATE_TRACKING }),
        ...(options.replace && Object.keys(options.replace).length ? { replace: Object.entries(options.replace) } : {}),
    };
}
const GOLANG_MIGRATE_TRACKING = {
    table: 'schema_migrations',
    create: ['CREATE TABLE IF NOT EXISTS schema_migrations (version bigint not null primary key, dirty boolean not null)'],
    record: (version) => [
        { sql: 'TRUNCATE schema_migrations', params: [] },
        { sql: 'INSERT INTO schema_migrations (version, dirty) VALUES ($1, false)', params: [version] },
    ],
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/load/layouts/prisma.ts
/**
 * Prisma Migrate (`prisma migrate deploy`), as read in docs/design/runner-layouts.md §6:
 * - every subdirectory of the migrations directory is a migration named by the directory, its SQL
 *   in `migration.sql` (packages/migrate listMigrations.ts); folders sorted with localeCompare;
 *   no down migrations;
 * - the script is sent with tokio-postgres simple_query, no BEGIN (sql-schema-connector
 *   apply_migration_script): one implicit transaction;
 * - tracking: `_prisma_migrations`, a row per migration (id, checksum SHA-256, finished_at …).
 */


const EXECUTION = { unit: 'file', wrapped: false, why: 'Prisma Migrate sends migration.sql to PostgreSQL as one query' };
function prisma_read(files) {
    return files.map((f) => {
        const parts = f.rel.split('/');
        if (parts.length === 2 && parts[1] === 'migration.sql') {
            return { rel: f.rel, kind: 'versioned', version: (0,load_version/* stringVersion */.WI)(parts[0], 'locale'), description: parts[0].replace(/^\d+_/, ''), execution: EXECUTION };
        }
        return { rel: f.rel, kind: 'invalid', problem: 'Prisma Migrate runs only {folder}/migration.sql: it never runs this file' };
    });
}
const prisma = {
    name: 'prisma',
    runner: 'Prisma Migrate',
    extraFiles: [],
    rollbacks: 'none',
    duplicate: `Prisma Migrate runs each folder once`,
    outOfOrder: `Prisma Migrate applies it after the newer ones, in a different order than a fresh database`,
    modified: "`prisma migrate deploy` does not notice (it records a checksum, which `migrate dev` compares)",
    read: prisma_read,
    expectedRollback: () => 'Prisma Migrate has no down migrations',
    tracking: {
        table: '_prisma_migrations',
        create: [
            'CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)',
        ],
        record: (version, _d, text) => [
            {
                sql: 'INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)',
                params: [(0,external_node_crypto_.randomUUID)(), (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'), version],
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/load/layouts/sqlx.ts
/**
 * sqlx (launchbadge/sqlx, `sqlx migrate run` / `migrate!`), as read in
 * docs/design/runner-layouts.md §5:
 * - names (sqlx-core migrate/source.rs): top-level files only; `{version}_{description}` split at
 *   the first "_", ending in `.sql` (else skipped); a prefix that is not an i64 is an error;
 *   `.up.sql` / `.down.sql` are a reversible pair, any other `.sql` a simple migration (no down);
 *   numeric order;
 * - sqlx-postgres migrate.rs apply: `-- no-transaction` as the very first bytes of the file turns
 *   the runner's BEGIN off; either way the whole file is one `execute` without arguments (one
 *   simple query);
 * - tracking: `_sqlx_migrations` with a SHA-384 checksum of the file.
 */


const sqlx_WRAPPED = {
    unit: 'file',
    wrapped: true,
    why: 'sqlx runs each migration in a transaction',
    unwrap: 'start the file with the line `-- no-transaction` (the very first bytes of the file)',
};
const sqlx_UNWRAPPED = { unit: 'file', wrapped: false, why: 'with `-- no-transaction` sqlx sends the whole file to PostgreSQL as one query' };
function sqlx_read(files) {
    return files.map((f) => {
        const name = baseName(f.rel);
        if (!isTopLevel(f.rel))
            return { rel: f.rel, kind: 'invalid', problem: 'sqlx reads only the top level of its directory: it never runs a file in a subdirectory' };
        const at = name.indexOf('_');
        if (at < 0 || !name.endsWith('.sql'))
            return { rel: f.rel, kind: 'invalid', problem: 'not a sqlx name ({version}_{description}.sql, or .up.sql and .down.sql): sqlx skips it, so it never runs' };
        const version = integerVersion(name.slice(0, at), 'i64');
        if (!version)
            return { rel: f.rel, kind: 'invalid', problem: `"${name.slice(0, at)}" is not a sqlx version (an i64): sqlx stops with "expected integer version prefix"` };
        const rest = name.slice(at + 1);
        const down = rest.endsWith('.down.sql');
        const description = rest.replace(/(\.up|\.down)?\.sql$/, '').replace(/_/g, ' ');
        const execution = f.text.startsWith('-- no-transaction') ? sqlx_UNWRAPPED : sqlx_WRAPPED;
        return { rel: f.rel, kind: down ? 'rollback' : 'versioned', version, description, execution };
    });
}
const sqlx = {
    name: 'sqlx',
    runner: 'sqlx',
    extraFiles: [],
    rollbacks: 'files',
    duplicate: `sqlx fails on its tracking table's primary key when it applies the second`,
    outOfOrder: `sqlx applies it after the newer ones, in a different order than a fresh database`,
    modified: `sqlx refuses to run (VersionMismatch: it compares a SHA-384 of each applied file with the file)`,
    read: sqlx_read,
    expectedRollback: (up) => up.rel.endsWith('.up.sql')
        ? `add ${up.rel.replace(/\.up\.sql$/, '.down.sql')}`
        : `a simple sqlx migration has no down: rename it to ${up.rel.replace(/\.sql$/, '.up.sql')} and add ${up.rel.replace(/\.sql$/, '.down.sql')}`,
    tracking: {
        table: '_sqlx_migrations',
        create: [
            'CREATE TABLE IF NOT EXISTS _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, installed_on TIMESTAMPTZ NOT NULL DEFAULT now(), success BOOLEAN NOT NULL, checksum BYTEA NOT NULL, execution_time BIGINT NOT NULL)',
        ],
        record: (version, description, text) => [
            {
                sql: 'INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES ($1, $2, TRUE, $3, -1)',
                params: [version, description, (0,external_node_crypto_.createHash)('sha384').update(text).digest()],
            },
        ],
    },
};

;// CONCATENATED MODULE: ./src/load/layouts/types.ts
const LAYOUT_NAMES = ['flyway', 'golang-migrate', 'goose', 'dbmate', 'diesel', 'sqlx', 'prisma'];

;// CONCATENATED MODULE: ./src/load/layouts/index.ts
/**
 * The layouts by name, the `layout:` setting, and detection from the files (issue #15).
 */









/** The layout of a setting; undefined for Flyway (the project model's own naming). */
function layoutFor(setting) {
    switch (setting.name) {
        case 'flyway':
            return undefined;
        case 'golang-migrate':
            return upDownLayout(setting);
        case 'goose':
            return goose;
        case 'dbmate':
            return dbmate;
        case 'diesel':
            return diesel;
        case 'sqlx':
            return sqlx;
        case 'prisma':
            return prisma;
    }
}
/** Every layout's extra (non-SQL) files, read with the SQL so that detection and the layouts see them. */
const LAYOUT_EXTRA_FILES = [...diesel.extraFiles];
function isLayoutName(s) {
    return LAYOUT_NAMES.includes(s);
}
/**
 * The layout the files are written for, by their names and directives: Prisma's
 * `{folder}/migration.sql`, diesel's `{folder}/up.sql`, goose's `-- +goose Up`, dbmate's
 * `-- migrate:up`, golang-migrate's `{n}_{title}.up.sql` (sqlx's when `sqlx` is a dependency of
 * the project: `usesSqlx`), Flyway's names (`isFlywayName`, the configured naming). The layout
 * most files follow wins; Flyway on a tie or when none matches.
 */
function detectLayout(files, opts) {
    const count = (pred) => files.filter(pred).length;
    const top = (f) => isTopLevel(f.rel);
    const upDown = count((f) => top(f) && /^\d+_.*\.(up|down)\.sql$/.test(baseName(f.rel)));
    // The directives' regexes scan a whole file; a plain search for their words first is ~3× cheaper.
    const gooseUp = (f) => /\+goose/i.test(f.text) && /^--\s*\+goose\s+up\b/im.test(f.text);
    const dbmateUp = (f) => f.text.includes('migrate:up') && /^--\s*migrate:up/m.test(f.text);
    const directive = (f) => (/\+goose/i.test(f.text) || /migrate:/i.test(f.text)) && /^--\s*(\+goose|migrate:)/im.test(f.text);
    const simple = count((f) => top(f) && /^\d+_.*\.sql$/.test(baseName(f.rel)) && !/\.(up|down)\.sql$/.test(f.rel) && !directive(f));
    const scores = [
        ['flyway', count((f) => opts.isFlywayName(baseName(f.rel))), 'files named as Flyway names them'],
        ['prisma', count((f) => /^[^/]+\/migration\.sql$/.test(f.rel)), 'folders with migration.sql (Prisma Migrate)'],
        ['diesel', count((f) => /^[^/]+\/up\.sql$/.test(f.rel)), 'folders with up.sql (diesel)'],
        ['goose', count((f) => top(f) && gooseUp(f)), 'files with `-- +goose Up`'],
        ['dbmate', count((f) => top(f) && dbmateUp(f)), 'files with `-- migrate:up`'],
        opts.usesSqlx ? ['sqlx', upDown + simple, 'files named {version}_{description}.sql in a project that depends on sqlx'] : ['golang-migrate', upDown, 'files named {version}_{title}.up.sql / .down.sql'],
    ];
    let best = scores[0];
    for (const s of scores.slice(1))
        if (s[1] > best[1])
            best = s;
    // "1 file with …", "2 files with …".
    const what = best[1] === 1 ? best[2].replace(/^(file|folder)s\b/, '$1') : best[2];
    return { name: best[0], reason: best[1] === 0 ? 'no migration files found' : `${best[1]} ${what}`, files: best[1] };
}


/***/ }),

/***/ 2198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   aI: () => (/* binding */ namingOf),
/* harmony export */   d: () => (/* binding */ RollbackPattern),
/* harmony export */   el: () => (/* binding */ DEFAULT_ROLLBACK_PATTERN),
/* harmony export */   pF: () => (/* binding */ DEFAULT_NAMING),
/* harmony export */   rN: () => (/* binding */ classifyBaseName),
/* harmony export */   vm: () => (/* binding */ FLYWAY_ROLLBACK_PATTERN)
/* harmony export */ });
/* unused harmony export hasMigrationSuffix */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8472);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3497);
/**
 * Flyway file naming: V{version}__{description}.sql, R__{description}.sql (prefixes, separator and
 * suffixes configurable as in Flyway), plus our layout's rollback files (pattern configurable,
 * default rollback/V{version}__rollback.sql) and seeds/.
 *
 * A file name is read as Flyway's ResourceNameParser reads it (flyway-core
 * org.flywaydb.core.internal.resource.ResourceNameParser, Flyway 9.2 – 13):
 * 1. the first configured suffix the name ends with, compared case-insensitively, is cut off
 *    (StringUtils.startsAndEndsWith / ResourceNameParser.stripSuffix, case-insensitive since 9.2);
 *    a file with none of the suffixes is not scanned at all;
 * 2. the longest known prefix the rest starts with (case-sensitive) decides the kind: the versioned
 *    prefix (sqlMigrationPrefix), the repeatable one (repeatableSqlMigrationPrefix), a callback
 *    event name (afterMigrate, beforeEachMigrate, … — org.flywaydb.core.api.callback.Event) or the
 *    baseline-migration prefix "B";
 * 3. what follows is split at the FIRST separator: versioned names need a version before it (parsed
 *    by MigrationVersion: "_" read as ".", numeric parts), repeatables and callbacks nothing before
 *    it; the description is everything after it with "_" read as a space (it may be empty: V1.sql
 *    and R__.sql are valid names for Flyway).
 * A name that fails is ignored by Flyway (validateMigrationNaming = false, the default: "N SQL
 * migrations were detected but not run because they did not follow the filename convention") or
 * rejected (validateMigrationNaming = true: "Invalid SQL filenames found"; ResourceNameValidator).
 * Either way it never runs; lint reports it (migration-naming) with Flyway's reason and a hint.
 * Callbacks and baseline migrations are valid for Flyway but not run by migration-guard: they are
 * "invalid" here, with a problem that says so.
 */


const DEFAULT_NAMING = Object.freeze({
    sqlMigrationPrefix: 'V',
    sqlMigrationSeparator: '__',
    sqlMigrationSuffixes: ['.sql'],
    repeatableSqlMigrationPrefix: 'R',
});
/**
 * The naming settings of a configuration, checked: Flyway needs non-empty prefixes, separator and
 * suffixes (an empty one would match every file). Throws Error naming the setting.
 */
function namingOf(s) {
    const bad = (key) => {
        throw new Error(`${key} must not be empty`);
    };
    if (!s.sqlMigrationPrefix)
        bad('sqlMigrationPrefix');
    if (!s.sqlMigrationSeparator)
        bad('sqlMigrationSeparator');
    if (!s.repeatableSqlMigrationPrefix)
        bad('repeatableSqlMigrationPrefix');
    if (s.sqlMigrationSuffixes.length === 0 || s.sqlMigrationSuffixes.some((x) => !x))
        bad('sqlMigrationSuffixes');
    return {
        sqlMigrationPrefix: s.sqlMigrationPrefix,
        sqlMigrationSeparator: s.sqlMigrationSeparator,
        sqlMigrationSuffixes: [...s.sqlMigrationSuffixes],
        repeatableSqlMigrationPrefix: s.repeatableSqlMigrationPrefix,
    };
}
/** Whether Flyway scans a file of this name as a migration (one of the suffixes, case-insensitive, after at least one character). */
function hasMigrationSuffix(name, naming = DEFAULT_NAMING) {
    return suffixOf(name, naming) !== undefined;
}
function suffixOf(name, naming) {
    const upper = name.toUpperCase();
    return naming.sqlMigrationSuffixes.find((s) => upper.endsWith(s.toUpperCase()) && name.length > s.length);
}
/** Flyway's callback events (org.flywaydb.core.api.callback.Event ids): a script named after one is a callback. */
const CALLBACK_EVENTS = [
    'beforeClean', 'afterClean', 'afterCleanError', 'beforeMigrate', 'beforeEachMigrate', 'beforeEachMigrateStatement',
    'afterEachMigrateStatement', 'afterEachMigrateStatementError', 'afterEachMigrate', 'afterEachMigrateError',
    'beforeRepeatables', 'afterVersioned', 'afterMigrateApplied', 'afterMigrate', 'afterMigrateError', 'beforeUndo',
    'beforeEachUndo', 'beforeEachUndoStatement', 'afterEachUndoStatement', 'afterEachUndoStatementError', 'afterEachUndo',
    'afterEachUndoError', 'afterUndo', 'afterUndoError', 'beforeValidate', 'afterValidate', 'afterValidateError',
    'beforeBaseline', 'afterBaseline', 'afterBaselineError', 'beforeRepair', 'afterRepair', 'afterRepairError',
    'beforeInfo', 'afterInfo', 'afterInfoError', 'afterMigrateOperationFinish', 'afterInfoOperationFinish',
    'createSchema', 'beforeCreateSchema', 'beforeConnect', 'afterConnect',
];
/** Flyway's default baselineMigrationPrefix (BaselineMigrationConfigurationExtension). */
const BASELINE_PREFIX = 'B';
/** Flyway's prefix list, longest first (ResourceNameParser.populatePrefixes; a stable sort). */
function prefixes(naming) {
    const known = PREFIXES.get(naming);
    if (known)
        return known;
    const list = [
        [naming.sqlMigrationPrefix, 'versioned'],
        [naming.repeatableSqlMigrationPrefix, 'repeatable'],
        ...CALLBACK_EVENTS.map((e) => [e, 'callback']),
        [BASELINE_PREFIX, 'baseline'],
    ];
    list.sort((a, b) => b[0].length - a[0].length);
    PREFIXES.set(naming, list);
    return list;
}
/** prefixes() per naming object: every file's name is classified with the same one (measured: 26 ms of 4,000 names). */
const PREFIXES = new WeakMap();
const DEFAULT_ROLLBACK_PATTERN = 'rollback/V{version}__rollback.sql';
/** Rollback files under Flyway: its undo naming (Teams runs them on undo; Community skips them). */
const FLYWAY_ROLLBACK_PATTERN = 'U{version}__{description}.sql';
class RollbackPattern {
    pattern;
    regex;
    /** Directory part of the pattern ("rollback/"), or "" when rollbacks sit next to migrations. */
    dir;
    constructor(pattern) {
        this.pattern = pattern;
        if (!pattern.includes('{version}')) {
            throw new Error(`rollback pattern "${pattern}" must contain {version}`);
        }
        const slash = pattern.lastIndexOf('/');
        this.dir = slash >= 0 ? pattern.slice(0, slash + 1) : '';
        const source = pattern
            .split(/(\{version\}|\{description\})/)
            .map((part) => {
            if (part === '{version}')
                return '(?<version>\\d+(?:[._]\\d+)*)';
            if (part === '{description}')
                return '(?<description>.*?)';
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt)(part);
        })
            .join('');
        this.regex = new RegExp(`^${source}$`);
    }
    /** Path of the rollback file for a version, relative to the migrations root. */
    pathFor(version, description = '') {
        return this.pattern.replace('{version}', () => version).replace('{description}', () => description);
    }
}
/**
 * A file by its path relative to its location (the migrations directory it was found in):
 * rollback pattern first, then seeds/, then Flyway's naming of the base name.
 */
function classify(rel, rollback, seedsDir, naming = DEFAULT_NAMING) {
    const m = rollback.regex.exec(rel);
    if (m) {
        const version = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(m.groups['version']);
        const description = m.groups['description']?.replace(/_/g, ' ');
        if (version)
            return description === undefined ? { kind: 'rollback', version } : { kind: 'rollback', version, description };
    }
    const seedsPrefix = seedsDir.endsWith('/') ? seedsDir : `${seedsDir}/`;
    if (rel.startsWith(seedsPrefix))
        return { kind: 'seed' };
    if (rollback.dir && rel.startsWith(rollback.dir)) {
        return {
            kind: 'invalid',
            problem: `rollback file name does not match the rollback pattern "${rollback.pattern}"`,
        };
    }
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return classifyBaseName(base, naming);
}
const isDefault = (n) => n.sqlMigrationPrefix === 'V' && n.sqlMigrationSeparator === '__' && n.repeatableSqlMigrationPrefix === 'R' &&
    n.sqlMigrationSuffixes.length === 1 && n.sqlMigrationSuffixes[0] === '.sql';
/** A base file name as Flyway's ResourceNameParser reads it (see the module comment). */
function classifyBaseName(base, naming = DEFAULT_NAMING) {
    const V = naming.sqlMigrationPrefix;
    const R = naming.repeatableSqlMigrationPrefix;
    const sep = naming.sqlMigrationSeparator;
    const suffix = suffixOf(base, naming);
    // Only a name that is not a migration needs these (built per call, they cost more than the rest).
    const shape = () => `${V}{version}${sep}{description}${naming.sqlMigrationSuffixes[0]} or ${R}${sep}{description}${naming.sqlMigrationSuffixes[0]}`;
    const invalid = (problem) => ({ kind: 'invalid', problem });
    if (suffix === undefined) {
        if (naming.sqlMigrationSuffixes.some((x) => x.toUpperCase() === base.toUpperCase()))
            return invalid(`not a migration name: expected ${shape()}`);
        if (isDefault(naming))
            return invalid(`not a .sql file: Flyway only runs ${shape().replace(' or ', ' and ')}`);
        return invalid(`not a migration file: Flyway reads only files ending in ${naming.sqlMigrationSuffixes.join(', ')} (sqlMigrationSuffixes), so it never runs this one`);
    }
    const stem = base.slice(0, base.length - suffix.length);
    const found = prefixes(naming).find(([p]) => stem.startsWith(p));
    if (!found)
        return invalid(unrecognised(stem, naming, shape()));
    const [prefix, kind] = found;
    const name = stem.slice(prefix.length);
    const at = name.indexOf(sep);
    const before = at >= 0 ? name.slice(0, at) : name;
    const after = at >= 0 ? name.slice(at + sep.length) : '';
    const description = after.replace(/_/g, ' ');
    if (kind === 'callback') {
        if (before !== '')
            return invalid(`"${prefix}" callbacks cannot have a version: ${prefix}${sep}{description}${suffix}`);
        return { ...invalid(`a Flyway callback script (the ${prefix} event), which migration-guard does not run`), runByFlyway: true };
    }
    if (kind === 'repeatable') {
        if (before !== '') {
            if (at < 0 && /^_[^_]/.test(name) && sep === '__')
                return invalid(`a repeatable migration needs "${R}__" (double underscore)`);
            return invalid(`a repeatable migration cannot have a version: ${R}${sep}{description}${suffix} (Flyway: "It cannot contain a version")`);
        }
        return { kind: 'repeatable', description };
    }
    // Versioned (and baseline, which Flyway names the same way).
    if (before === '')
        return invalid(`missing version after "${prefix}"`);
    const version = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(before);
    if (!version) {
        if (kind === 'baseline')
            return invalid(unrecognised(stem, naming, shape()));
        if (at < 0)
            return invalid(`missing the "${sep}"${sep === '__' ? ' (double underscore)' : ''} between version and description`);
        return invalid(`"${before}" is not a version: use digits separated by "." or "_"`);
    }
    if (kind === 'baseline')
        return { ...invalid('a Flyway baseline migration ("B" prefix), which migration-guard does not run'), runByFlyway: true };
    return { kind: 'versioned', version, description };
}
/** Flyway's "Unrecognised migration name format", with a hint at the likely mistake. */
function unrecognised(stem, naming, shape) {
    const V = naming.sqlMigrationPrefix;
    const R = naming.repeatableSqlMigrationPrefix;
    const sep = naming.sqlMigrationSeparator;
    if (V.toUpperCase() !== V.toLowerCase() && stem.startsWith(V.toLowerCase()) && /^\d/.test(stem.slice(V.length))) {
        return `the prefix must be an uppercase "${V}" (Flyway ignores "${V.toLowerCase()}" files)`;
    }
    if (stem.startsWith(`${R.toLowerCase()}${sep}`) && R.toLowerCase() !== R)
        return `the prefix must be an uppercase "${R}${sep}"`;
    if (/^U\d/.test(stem)) {
        return 'an undo migration ("U" prefix, Flyway Teams), named as no rollback file of this project: set rollbackPattern: U{version}__{description}.sql in migration-guard.yml to pair it with its migration (then `migration-guard undo` runs it)';
    }
    return `not a migration name: expected ${shape}`;
}


/***/ }),

/***/ 5532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qr: () => (/* binding */ flywayPlaceholderError),
/* harmony export */   cF: () => (/* binding */ OffsetMap),
/* harmony export */   pr: () => (/* binding */ substitutePlaceholders)
/* harmony export */ });
/* unused harmony export BUILTIN_NAMESPACE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Flyway placeholders, replaced in a migration's text before it is parsed, the way Flyway's
 * PlaceholderReplacingReader (flyway-core, org.flywaydb.core.internal.parser, read as of Flyway 13.0;
 * the read loop dates from 6.5.2, case-insensitive names from 7.0.0, the "default placeholder"
 * message from 9.9.0) replaces them:
 *
 * - A placeholder is the configured prefix (`placeholderPrefix`, default `${`), then every character
 *   up to the first suffix (`placeholderSuffix`, default `}`). The name may hold any character:
 *   spaces, line breaks, `$`, `{`: `${a b}` and `${}` are placeholders named `a b` and ``.
 * - Replacement is textual, on the whole file: comments, string literals and dollar-quoted bodies
 *   included (Parser wraps the file's reader before any tokenising). A value is not scanned again.
 * - Names are case-insensitive (a lower-cased map). `flyway:` names are Flyway's built-ins
 *   (ParsingContext: defaultSchema, user, database, timestamp, filename, workingDirectory, table,
 *   environment); they win over a user placeholder spelled the same.
 * - A name with no value stops Flyway: "No value provided for placeholder: ${name}.  Check your
 *   configuration!", or for a `flyway:` name "Failed to populate value for default placeholder:
 *   ${flyway:name}". An empty value removes the placeholder.
 * - The prefix is recognised with a one-pass read-ahead: the reader takes characters while they match
 *   the prefix; on a mismatch every character it took is passed through unexamined. So with `${`,
 *   `$${x}` is left as written (the second `$` is never tried as a prefix start) while `$$${x}` is a
 *   placeholder after `$$`.
 * - A prefix with no suffix before the end of the file takes the rest of the file, and the name is
 *   that text minus its last `suffix.length` characters (Flyway removes the suffix it did not find).
 *   With fewer characters than that, Flyway fails with an internal StringIndexOutOfBoundsException.
 * - `placeholderReplacement: false` turns all of it off: the text is run as written.
 *
 * Replacements change offsets, so an OffsetMap takes positions in the replaced text back to the
 * original file.
 */

/** Flyway's placeholderSeparator (default `:`), between `flyway` and a built-in's name. */
const BUILTIN_NAMESPACE = 'flyway:';
/** Flyway's error for an unknown placeholder, word for word (PlaceholderReplacingReader.read). */
function flywayPlaceholderError(u) {
    return u.builtin
        ? `Failed to populate value for default placeholder: ${u.placeholder}`
        : `No value provided for placeholder: ${u.placeholder}.  Check your configuration!`;
}
class OffsetMap {
    replacements;
    constructor(replacements) {
        this.replacements = replacements;
    }
    static identity = new OffsetMap([]);
    /** Offset in the replaced text of an original offset (inside a replaced span: its start). */
    toReplaced(offset) {
        let delta = 0;
        for (const r of this.replacements) {
            if (offset < r.origStart)
                break;
            if (offset < r.origEnd)
                return r.newStart;
            delta = r.newEnd - r.origEnd;
        }
        return offset + delta;
    }
    /** Original offset of an offset in the replaced text (inside a replacement: its start). */
    toOriginal(offset) {
        let delta = 0;
        for (const r of this.replacements) {
            if (offset < r.newStart)
                break;
            if (offset < r.newEnd)
                return r.origStart;
            delta = r.origEnd - r.newEnd;
        }
        return offset + delta;
    }
}
/**
 * Replaces placeholders in `text` as Flyway does (see the module comment). Never throws for the
 * text; an unknown placeholder is left as written and listed in `unknown`, at its offset in the
 * returned text. Throws ConfigError for an empty prefix or suffix (Flyway would take every
 * character as a placeholder).
 */
function substitutePlaceholders(text, ctx) {
    const prefix = ctx.prefix ?? '${';
    const suffix = ctx.suffix ?? '}';
    if (prefix === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('placeholderPrefix must not be empty');
    if (suffix === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('placeholderSuffix must not be empty');
    if (ctx.replacement === false || !text.includes(prefix))
        return { text, map: OffsetMap.identity, unknown: [] };
    // PlaceholderReplacingReader.create: configuration placeholders, then ParsingContext's built-ins.
    const values = new Map();
    for (const [k, v] of Object.entries(ctx.values))
        values.set(k.toLowerCase(), v);
    for (const [k, v] of Object.entries(ctx.builtins))
        values.set((BUILTIN_NAMESPACE + k).toLowerCase(), v);
    const unknown = [];
    const replacements = [];
    let out = '';
    let copied = 0; // text before this is in `out`
    let i = 0;
    while (i < text.length) {
        // A character that is not the prefix's first is passed on alone: skip to the next one that is.
        i = text.indexOf(prefix[0], i);
        if (i < 0)
            break;
        // Read-ahead: characters while they match the prefix; the first mismatch is taken too.
        let matched = 0;
        while (matched < prefix.length && i + matched < text.length && text[i + matched] === prefix[matched])
            matched++;
        if (matched < prefix.length) {
            i += Math.min(matched + 1, text.length - i);
            continue;
        }
        const start = i;
        const nameStart = i + prefix.length;
        const close = text.indexOf(suffix, nameStart);
        const end = close < 0 ? text.length : close + suffix.length;
        const name = close < 0 ? text.slice(nameStart, Math.max(nameStart, text.length - suffix.length)) : text.slice(nameStart, close);
        i = end;
        const tooShort = close < 0 && text.length - nameStart < suffix.length;
        const value = tooShort ? undefined : values.get(name.toLowerCase());
        if (value === undefined) {
            unknown.push({
                name,
                placeholder: prefix + name + suffix,
                builtin: name.startsWith(BUILTIN_NAMESPACE),
                unterminated: close < 0,
                offset: out.length + (start - copied),
                length: end - start,
            });
            continue;
        }
        out += text.slice(copied, start);
        const newStart = out.length;
        out += value;
        replacements.push({ origStart: start, origEnd: end, newStart, newEnd: out.length });
        copied = end;
    }
    if (replacements.length === 0)
        return { text, map: OffsetMap.identity, unknown };
    out += text.slice(copied);
    return { text: out, map: new OffsetMap(replacements), unknown };
}


/***/ }),

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZZ: () => (/* binding */ DOCUMENTATION_FIELDS),
/* harmony export */   ce: () => (/* binding */ MIGRATION_PATTERN),
/* harmony export */   wN: () => (/* binding */ DEFAULT_COST_FACTOR),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2198);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3497);


/** The default costFactor (see rules/query-plan-regression.md for why 2). */
const DEFAULT_COST_FACTOR = 2;
/**
 * The header lines of the guide's migration template (§3.2), as named in `documentation.required`:
 * the file-name line, `-- Author:`, `-- Date:`, `-- Description:`, `-- Rollback:`.
 */
const DOCUMENTATION_FIELDS = ['filename', 'author', 'date', 'description', 'rollback'];
const DEFAULTS = {
    migrations: 'migrations',
    rollbackPattern: _naming_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ROLLBACK_PATTERN */ .el,
    seeds: 'seeds',
    transactions: 'explicit',
    runner: 'migration-guard',
    locations: [],
    placeholders: {},
    placeholderPrefix: '${',
    placeholderSuffix: '}',
    placeholderReplacement: true,
    sqlMigrationPrefix: 'V',
    sqlMigrationSeparator: '__',
    sqlMigrationSuffixes: ['.sql'],
    repeatableSqlMigrationPrefix: 'R',
    target: 'latest',
    group: false,
    mixed: false,
    ignoreMigrationPatterns: ['*:future'],
    encoding: _text_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENCODING */ .uJ,
    rules: {},
    historyTable: 'flyway_schema_history',
    schema: 'public',
    outOfOrder: false,
    validateOnMigrate: true,
    baselineOnMigrate: false,
    baselineVersion: '1',
    cleanDisabled: true,
    production: false,
    connectRetries: 3,
    lockTimeout: '5s',
    statementTimeout: '',
    lockRetries: 3,
    slowMigrationSeconds: 60,
    backup: { directory: 'backups', pgDump: 'pg_dump' },
    requireAppliedOn: '',
    requiredApprovals: 1,
    performance: null,
    documentation: { required: [...DOCUMENTATION_FIELDS] },
};
/** Flyway's ValidatePattern, the shape of an ignoreMigrationPatterns entry: `type:state`. */
const MIGRATION_PATTERN = /^(\*|versioned|repeatable):(\*|pending|missing|ignored|future)$/i;


/***/ }),

/***/ 3497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ Utf8Offsets),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   uJ: () => (/* binding */ DEFAULT_ENCODING),
/* harmony export */   xM: () => (/* binding */ decodeSql),
/* harmony export */   xZ: () => (/* binding */ encodingName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Source text: strict decoding of bytes in the configured encoding (BOM, invalid sequences, NUL,
 * UTF-16/32 without a declared encoding), line/column positions, and the mapping between UTF-8
 * byte offsets (what libpg-query reports) and string offsets.
 */

const DEFAULT_ENCODING = 'UTF-8';
/** The WHATWG name of an encoding label (e.g. "ISO-8859-1" → "windows-1252"), or undefined if TextDecoder does not know it. */
function encodingName(label) {
    try {
        return new TextDecoder(label).encoding;
    }
    catch {
        return undefined;
    }
}
const BOMS = [
    // UTF-32LE before UTF-16LE: FF FE 00 00 starts with the UTF-16LE mark.
    { encoding: 'utf-32le', name: 'UTF-32LE', bytes: [0xff, 0xfe, 0x00, 0x00] },
    { encoding: 'utf-32be', name: 'UTF-32BE', bytes: [0x00, 0x00, 0xfe, 0xff] },
    { encoding: 'utf-8', name: 'UTF-8', bytes: [0xef, 0xbb, 0xbf] },
    { encoding: 'utf-16le', name: 'UTF-16LE', bytes: [0xff, 0xfe] },
    { encoding: 'utf-16be', name: 'UTF-16BE', bytes: [0xfe, 0xff] },
];
const startsWith = (b, prefix) => b.length >= prefix.length && prefix.every((x, i) => b[i] === x);
const hex = (b) => [...b].map((x) => `0x${x.toString(16).padStart(2, '0')}`).join(' ');
/** What to tell the user to do instead of `encoding` (the configured name): save as that, or set `name`. */
function remedy(encoding, name) {
    return name.startsWith('UTF-32')
        ? `save it as ${encoding} (UTF-32 is not supported)`
        : `save it as ${encoding}, or set encoding: ${name}`;
}
/**
 * Decodes a migration strictly, as Flyway reads it with `encoding` (default UTF-8): a BOM of that
 * encoding is dropped; any other BOM, an invalid byte sequence, a NUL, or a file that looks like
 * UTF-16/32 without a BOM is a `problem`. Throws UsageError for an encoding TextDecoder does not know.
 */
function decodeSql(bytes, encoding = DEFAULT_ENCODING) {
    const canonical = encodingName(encoding);
    if (!canonical)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown encoding "${encoding}" (e.g. UTF-8, UTF-16LE, UTF-16BE, windows-1252)`);
    const bom = BOMS.find((m) => startsWith(bytes, m.bytes));
    if (bom && bom.encoding !== canonical) {
        const message = `the file starts with a ${bom.name} byte order mark (${hex(Uint8Array.from(bom.bytes))}) but the encoding is ${encoding}: ` +
            remedy(encoding, bom.name);
        return withProblem('', false, { offset: 0, message });
    }
    const hadBom = bom !== undefined;
    const body = bom ? bytes.subarray(bom.bytes.length) : bytes;
    const utf16 = canonical === 'utf-16le' || canonical === 'utf-16be';
    let text;
    try {
        text = decodeStrictly(canonical, body);
    }
    catch {
        text = undefined;
    }
    if (text !== undefined && !text.includes('\0') && !utf16)
        return { text, hadBom };
    // Not valid text, or UTF-16 (which a UTF-16/32 file of the other kind decodes as without error):
    // is it UTF-16/32 without a BOM?
    const looks = hadBom ? undefined : unicodeByNuls(body);
    if (looks && looks.encoding !== canonical) {
        const message = `the file looks like ${looks.name} without a byte order mark (${looks.why}): ${remedy(encoding, looks.name)}`;
        return withProblem('', false, { offset: 0, message });
    }
    // The first problem in the file: a NUL (valid in every encoding, so it is in the text decoded
    // before any bad sequence), else the bad sequence.
    const bad = text === undefined ? firstDecodeError(canonical, body) : undefined;
    const before = text ?? bad.before;
    const nul = before.indexOf('\0');
    if (nul >= 0) {
        const what = utf16 ? 'NUL character (U+0000)' : 'NUL byte (0x00)';
        return withProblem(before.slice(0, nul), hadBom, { offset: nul, message: `${what}: PostgreSQL does not accept NUL in SQL text` });
    }
    if (!bad)
        return { text: before, hadBom };
    const seq = hex(body.subarray(bad.start, bad.end));
    const why = `(the file is not valid ${encoding}; set encoding if it is another encoding)`;
    const message = bad.atEnd
        ? `incomplete ${encoding} byte sequence ${seq} at the end of the file ${why}`
        : `invalid ${encoding} byte sequence ${seq} ${why}`;
    return withProblem(before, hadBom, { offset: bad.offset, message });
}
/**
 * TextDecoder with `fatal: true`. Other encodings than UTF-8 are fed in streaming mode and then
 * flushed: Node ≥ 20.18.3 decodes windows-1252 as Latin-1 (0x80 → U+0080, not €) on its one-shot
 * fast path (nodejs/node#60888). UTF-8 keeps the (correct, 3× faster) one-shot path.
 */
function decodeStrictly(encoding, bytes) {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    if (encoding === 'utf-8')
        return decoder.decode(bytes);
    return decoder.decode(bytes, { stream: true }) + decoder.decode();
}
function withProblem(text, hadBom, problem) {
    return { text, hadBom, problem };
}
/**
 * UTF-16/32 by the pattern of NUL bytes in the first 4 KiB: text that is mostly ASCII has a zero
 * high byte in every code unit (every other byte in UTF-16, three of every four in UTF-32).
 */
function unicodeByNuls(b) {
    const n = Math.min(b.length, 4096);
    if (n < 4)
        return undefined;
    const nuls = [0, 0, 0, 0];
    for (let i = 0; i < n; i++)
        if (b[i] === 0)
            nuls[i % 4]++;
    // Share of NUL bytes at positions ≡ r (mod 4).
    const f = nuls.map((z, r) => z / Math.ceil((n - r) / 4));
    const why32 = 'three NUL bytes in every four';
    if (b.length % 4 === 0) {
        if (f[0] <= 0.1 && f[1] >= 0.6 && f[2] >= 0.9 && f[3] >= 0.9)
            return { encoding: 'utf-32le', name: 'UTF-32LE', why: why32 };
        if (f[0] >= 0.9 && f[1] >= 0.9 && f[2] >= 0.6 && f[3] <= 0.1)
            return { encoding: 'utf-32be', name: 'UTF-32BE', why: why32 };
    }
    if (b.length % 2 !== 0)
        return undefined;
    const even = (nuls[0] + nuls[2]) / Math.ceil(n / 2);
    const odd = (nuls[1] + nuls[3]) / Math.floor(n / 2);
    const why16 = 'NUL bytes at every other position';
    if (even <= 0.1 && odd >= 0.6)
        return { encoding: 'utf-16le', name: 'UTF-16LE', why: why16 };
    if (even >= 0.6 && odd <= 0.1)
        return { encoding: 'utf-16be', name: 'UTF-16BE', why: why16 };
    return undefined;
}
/**
 * Where strict decoding of `body` fails, found with TextDecoder itself: in streaming mode a prefix
 * throws only once it holds a bad sequence, so the shortest prefix that throws ends where the
 * decoder saw the error. `before` is the text decoded before the bad sequence, `offset` its length,
 * and body[start, end) the bytes from the start of the bad sequence to where it was seen.
 */
function firstDecodeError(encoding, body) {
    const stream = (n) => {
        try {
            return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body.subarray(0, n), { stream: true });
        }
        catch {
            return undefined;
        }
    };
    // Largest prefix `ok` that decodes and shortest `bad` that does not: grow, then bisect.
    let ok = 0;
    let bad = Math.min(64, body.length);
    while (bad < body.length && stream(bad) !== undefined) {
        ok = bad;
        bad = Math.min(bad * 2, body.length);
    }
    const atEnd = stream(bad) !== undefined; // every prefix decodes: a sequence is cut off by the end of the file
    if (atEnd)
        ok = bad;
    else {
        while (bad - ok > 1) {
            const mid = (ok + bad) >> 1;
            if (stream(mid) !== undefined)
                ok = mid;
            else
                bad = mid;
        }
    }
    const before = stream(ok);
    // The bad sequence starts at the first byte not yet turned into text.
    let lo = 0;
    let hi = ok;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (stream(mid).length < before.length)
            lo = mid + 1;
        else
            hi = mid;
    }
    return { before, offset: before.length, start: lo, end: atEnd ? body.length : bad, atEnd };
}
/** Maps string offsets to 1-based line/column. Lines end at "\n"; a "\r" before it is not counted. */
class LineIndex {
    text;
    /** Offsets where lines start; found on first use (a file whose findings are replayed from the lint cache never needs them). */
    #starts;
    constructor(text) {
        this.text = text;
    }
    get starts() {
        if (this.#starts)
            return this.#starts;
        const starts = [0];
        const text = this.text;
        let i = text.indexOf('\n');
        while (i >= 0) {
            starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
        return (this.#starts = starts);
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - starts[lo] + 1 };
    }
    lineStart(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    }
    lineText(line) {
        const start = this.lineStart(line);
        const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
        return this.text.slice(start, next).replace(/\r$/, '');
    }
}
/**
 * libpg-query works on the UTF-8 encoding of the text and reports byte offsets in parse trees,
 * while PostgreSQL's error cursor counts characters (code points). This converts both to string
 * offsets (UTF-16 code units); for ASCII text all three are the same.
 */
class Utf8Offsets {
    /** Byte offset where each non-ASCII code point starts. */
    byteAt = [];
    /** UTF-8 length of each of those code points. */
    byteLen = [];
    /** Extra bytes (UTF-8 bytes minus UTF-16 units) up to and including each of those code points. */
    extraAfter = [];
    /** String offsets of characters outside the BMP (surrogate pairs: one code point, two units). */
    astralAt = [];
    byteLength;
    constructor(text) {
        let extra = 0;
        // eslint-disable-next-line no-control-regex
        const nonAscii = /[^\x00-\x7f]/g;
        let m;
        while ((m = nonAscii.exec(text)) !== null) {
            const i = m.index;
            const code = text.charCodeAt(i);
            let bytes;
            let units = 1;
            if (code < 0x800)
                bytes = 2;
            else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
                const low = text.charCodeAt(i + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    bytes = 4;
                    units = 2;
                    nonAscii.lastIndex = i + 2;
                    this.astralAt.push(i);
                }
                else
                    bytes = 3;
            }
            else
                bytes = 3; // BMP character, or a lone surrogate (encoded as U+FFFD, 3 bytes)
            this.byteAt.push(i + extra);
            this.byteLen.push(bytes);
            extra += bytes - units;
            this.extraAfter.push(extra);
        }
        this.byteLength = text.length + extra;
    }
    get isAscii() {
        return this.byteAt.length === 0;
    }
    /** String offset of a byte offset (a byte inside a multi-byte character maps to that character). */
    toStringOffset(byteOffset) {
        if (this.byteAt.length === 0 || this.byteAt[0] >= byteOffset)
            return byteOffset;
        // last non-ASCII character starting before byteOffset
        let lo = 0;
        let hi = this.byteAt.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.byteAt[mid] < byteOffset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const before = lo === 0 ? 0 : this.extraAfter[lo - 1];
        const start = this.byteAt[lo];
        if (byteOffset < start + this.byteLen[lo])
            return start - before; // inside the character
        return byteOffset - this.extraAfter[lo];
    }
    /** String offset of a code point offset (PostgreSQL's error cursor counts characters). */
    fromCodePoints(codePoints) {
        let offset = codePoints;
        for (const a of this.astralAt) {
            if (a >= offset)
                break;
            offset++;
        }
        return offset;
    }
}
/** `s` with every character that means something in a regular expression escaped. */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 8472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ stringVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/** A version compared as a string (see Version.order). */
function stringVersion(raw, order) {
    return { raw, parts: [raw], order };
}
const VERSION_RE = /^\d+(?:[._]\d+)*$/;
function parseVersion(raw) {
    if (!VERSION_RE.test(raw))
        return undefined;
    const parts = raw.split(/[._]/).map((p) => p.replace(/^0+(?=\d)/, ''));
    while (parts.length > 1 && parts[parts.length - 1] === '0')
        parts.pop();
    return { raw, parts };
}
/** Canonical text of a version: "1.1" for V1_1, V01.1 and V1.1.0. Equal versions have equal keys. */
function versionKey(v) {
    return v.order ? v.raw : v.parts.join('.');
}
function compareNumeric(a, b) {
    if (a.length !== b.length)
        return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareVersions(a, b) {
    if (a.order || b.order) {
        if (a.order === 'locale' || b.order === 'locale')
            return Math.sign(a.raw.localeCompare(b.raw));
        return a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0;
    }
    const n = Math.max(a.parts.length, b.parts.length);
    for (let i = 0; i < n; i++) {
        const c = compareNumeric(a.parts[i] ?? '0', b.parts[i] ?? '0');
        if (c !== 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}


/***/ }),

/***/ 3293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ alterTableCommands),
/* harmony export */   GG: () => (/* binding */ walk),
/* harmony export */   JW: () => (/* binding */ findAll),
/* harmony export */   Kz: () => (/* binding */ hasOption),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Yb: () => (/* binding */ relationKey),
/* harmony export */   jZ: () => (/* binding */ nameListKey)
/* harmony export */ });
/** "schema.name", with the default schema "public"; the key the catalog uses. */
function relationKey(rv) {
    if (!rv?.relname)
        return undefined;
    return `${rv.schemaname ?? 'public'}.${rv.relname}`;
}
/** Key of a qualified name given as a list of String nodes (DROP … objects, index names). */
function nameListKey(list) {
    const parts = (list ?? []).map((n) => ('String' in n ? n.String.sval : undefined));
    if (parts.length === 0 || parts.some((p) => p === undefined))
        return undefined;
    const names = parts;
    if (names.length === 1)
        return `public.${names[0]}`;
    return names.slice(-2).join('.');
}
/** Display form of a key: "public.users" → "users". */
function displayName(key) {
    return key.startsWith('public.') ? key.slice(7) : key;
}
/** Calls `fn` for every object in the tree (depth first), with the key it was found under. */
function walk(tree, fn, key = '') {
    if (Array.isArray(tree)) {
        for (const item of tree)
            walk(item, fn, key);
        return;
    }
    if (!tree || typeof tree !== 'object')
        return;
    const node = tree;
    fn(node, key);
    // for…in visits a parse tree's own keys in Object.entries' order, without building the pairs.
    for (const k in node) {
        const v = node[k];
        if (v && typeof v === 'object')
            walk(v, fn, k);
    }
}
/** All nodes of a type anywhere inside a tree. */
function findAll(tree, kind) {
    const out = [];
    walk(tree, (n) => {
        if (kind in n)
            out.push(n[kind]);
    });
    return out;
}
/** DefElem options as a name → value map (booleans for flags such as CONCURRENTLY). */
function hasOption(options, name) {
    for (const o of options ?? []) {
        if ('DefElem' in o && o.DefElem.defname === name) {
            const arg = o.DefElem.arg;
            if (!arg)
                return true;
            if ('Boolean' in arg)
                return arg.Boolean.boolval === true;
            if ('Integer' in arg)
                return arg.Integer.ival !== 0;
            if ('String' in arg)
                return !/^(false|off|0)$/i.test(arg.String.sval ?? '');
            return true;
        }
    }
    return false;
}
/** The ALTER TABLE sub-commands of a statement (other list items are not commands). */
function alterTableCommands(node) {
    return (node.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
}


/***/ }),

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WC: () => (/* binding */ Catalog),
  vB: () => (/* reexport */ typeNameText)
});

// UNUSED EXPORTS: makeObjectName

;// CONCATENATED MODULE: ./src/model/catalog/names.ts
/** PostgreSQL's display names (format_type) of the built-in types, by internal or alias name. */
const TYPE_NAMES = {
    int: 'integer', int4: 'integer', integer: 'integer', serial: 'integer', serial4: 'integer',
    int8: 'bigint', bigint: 'bigint', bigserial: 'bigint', serial8: 'bigint',
    int2: 'smallint', smallint: 'smallint', smallserial: 'smallint', serial2: 'smallint',
    float4: 'real', real: 'real', float8: 'double precision', float: 'double precision',
    decimal: 'numeric', numeric: 'numeric',
    bool: 'boolean', boolean: 'boolean',
    varchar: 'character varying', bpchar: 'character', char: 'character',
    varbit: 'bit varying', bit: 'bit',
    timestamptz: 'timestamp with time zone', timestamp: 'timestamp without time zone',
    timetz: 'time with time zone', time: 'time without time zone',
};
/** Types whose typmod goes after the first word: timestamp(3) with time zone. */
const TYPMOD_INSIDE = new Set(['timestamptz', 'timestamp', 'timetz', 'time']);
/** PostgreSQL's NAMEDATALEN: identifiers are at most 63 bytes. */
const NAMEDATALEN = 64;
const utf8Length = (s) => Buffer.byteLength(s, 'utf8');
/** The longest prefix of `s` of at most `bytes` UTF-8 bytes that does not split a character. */
function clipBytes(s, bytes) {
    let used = 0;
    let end = 0;
    for (const ch of s) {
        const n = utf8Length(ch);
        if (used + n > bytes)
            break;
        used += n;
        end += ch.length;
    }
    return s.slice(0, end);
}
/**
 * Column names joined by "_" for a generated name, as PostgreSQL's
 * ChooseForeignKeyConstraintNameAddition / ChooseIndexNameAddition build it (they stop once
 * the result reaches NAMEDATALEN bytes; makeObjectName cuts it further).
 */
function nameAddition(columns) {
    let buf = '';
    for (const c of columns) {
        if (buf)
            buf += '_';
        buf += clipBytes(c, NAMEDATALEN - 1);
        if (utf8Length(buf) >= NAMEDATALEN)
            break;
    }
    return buf;
}
/**
 * PostgreSQL's makeObjectName: name1_name2_label in at most 63 bytes. When too long, the longer
 * of name1 and name2 loses a byte at a time (name2 on a tie), then each is cut back to a whole
 * character; the label is never cut.
 */
function makeObjectName(name1, name2, label) {
    const overhead = utf8Length(label) + 1 + (name2 === undefined ? 0 : 1);
    const avail = NAMEDATALEN - 1 - overhead;
    let n1 = utf8Length(name1);
    let n2 = name2 === undefined ? 0 : utf8Length(name2);
    while (n1 + n2 > avail) {
        if (n1 > n2)
            n1--;
        else
            n2--;
    }
    const parts = [clipBytes(name1, n1)];
    if (name2 !== undefined)
        parts.push(clipBytes(name2, n2));
    parts.push(label);
    return parts.join('_');
}
function lastName(t) {
    const last = t.names?.[t.names.length - 1];
    return last && 'String' in last ? last.String.sval : undefined;
}
/**
 * A column type as PostgreSQL prints it (format_type): "character varying(255)", "numeric(12,4)",
 * "timestamp(3) with time zone", "integer[]". User-defined types keep their written name
 * (schema-qualified when written so, "public." omitted).
 */
function typeNameText(t) {
    const parts = (t.names ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
    const builtin = parts.length === 1 || parts[0] === 'pg_catalog';
    const name = parts[parts.length - 1] ?? '?';
    const mods = (t.typmods ?? []).map((m) => {
        const c = 'A_Const' in m ? m.A_Const : undefined;
        if (c && 'ival' in c)
            return String(c.ival?.ival ?? 0);
        if (c && 'sval' in c)
            return String(c.sval?.sval ?? '');
        return '?';
    });
    const array = '[]'.repeat(t.arrayBounds?.length ?? 0);
    let text;
    if (builtin && TYPE_NAMES[name]) {
        const display = TYPE_NAMES[name];
        if (name === 'interval' || mods.length === 0)
            text = display;
        else if (TYPMOD_INSIDE.has(name))
            text = display.replace(/^(\w+)/, `$1(${mods[0]})`);
        else if (display === 'numeric' && mods.length === 1)
            text = `numeric(${mods[0]},0)`;
        else
            text = `${display}(${mods.join(',')})`;
    }
    else if (builtin && name === 'interval') {
        // INTERVAL fields (DAY TO SECOND, …) are encoded in the typmod; keep them opaque.
        text = mods.length ? `interval(${mods.join(',')})` : 'interval';
    }
    else {
        const qualified = parts.length > 1 && parts[0] !== 'public' && !builtin ? parts.join('.') : name;
        text = mods.length ? `${qualified}(${mods.join(',')})` : qualified;
    }
    return text + array;
}

// EXTERNAL MODULE: ./src/model/catalog/checkpoint.ts
var checkpoint = __webpack_require__(6711);
// EXTERNAL MODULE: ./src/model/ast.ts
var ast = __webpack_require__(3293);
;// CONCATENATED MODULE: ./src/model/catalog/constraints.ts


const CONSTRAINT_KINDS = {
    CONSTR_CHECK: 'check',
    CONSTR_FOREIGN: 'foreign key',
    CONSTR_UNIQUE: 'unique',
    CONSTR_PRIMARY: 'primary key',
    CONSTR_EXCLUSION: 'exclusion',
    CONSTR_NOTNULL: 'not null',
};
/**
 * Records a constraint (a `Constraint` node of CREATE TABLE, a column definition or ALTER TABLE
 * … ADD). In CREATE TABLE, PostgreSQL marks CHECK and FOREIGN KEY constraints valid even when
 * written NOT VALID (the new table is empty): `created`; ALTER TABLE … ADD … NOT VALID leaves them
 * unvalidated. `column`: the column a column constraint belongs to. Constraint kinds the catalog
 * does not follow (DEFAULT, GENERATED, …) are ignored.
 */
function addConstraint(state, table, con, origin, created, column) {
    const kind = CONSTRAINT_KINDS[String(con['contype'])];
    if (!kind)
        return;
    const names = (list) => (list ?? []).map((k) => ('String' in k ? (k.String.sval ?? '') : '')).filter(Boolean);
    let columns;
    let notNullColumn;
    if (kind === 'check') {
        notNullColumn = notNullTestColumn(con['raw_expr']);
        const refs = new Set();
        (0,ast/* walk */.GG)(con['raw_expr'], (node) => {
            const f = node['ColumnRef']?.['fields'];
            const last = f?.[f.length - 1];
            if (last && 'String' in last && last.String.sval)
                refs.add(last.String.sval);
        });
        columns = [...refs];
    }
    else if (kind === 'exclusion') {
        columns = (con['exclusions'] ?? []).flatMap((pair) => {
            const elem = pair[0]?.['IndexElem'];
            return elem?.['name'] ? [elem['name']] : [];
        });
    }
    else if (kind === 'not null') {
        notNullColumn = column ?? names(con['keys'])[0];
        columns = notNullColumn ? [notNullColumn] : undefined;
    }
    else {
        const keys = names(kind === 'foreign key' ? con['fk_attrs'] : con['keys']);
        columns = keys.length ? keys : column ? [column] : undefined;
    }
    const validated = created || !con['skip_validation'];
    if (kind === 'primary key' || (kind === 'not null' && validated)) {
        for (const c of columns ?? []) {
            const info = state.column(table, c);
            if (info)
                info.notNull = true;
        }
    }
    let list = state.constraintsByTable.get(table);
    if (!list)
        state.constraintsByTable.set(table, (list = []));
    const info = {
        name: con['conname'] ?? constraintName(state, table, kind, columns ?? []),
        kind,
        validated,
        origin,
    };
    if (notNullColumn)
        info.notNullColumn = notNullColumn;
    if (columns)
        info.columns = columns;
    if (kind === 'foreign key') {
        const ref = (0,ast/* relationKey */.Yb)(con['pktable']);
        if (ref)
            info.references = ref;
    }
    list.push(info);
}
/** ALTER TABLE … VALIDATE CONSTRAINT: a validated NOT NULL constraint makes its column NOT NULL. */
function validateConstraint(state, table, name, origin) {
    const c = state.constraint(table, name);
    if (!c || c.validated)
        return;
    c.validated = true;
    c.validatedIn = origin;
    if (c.kind === 'not null' && c.notNullColumn) {
        const target = state.column(table, c.notNullColumn);
        if (target)
            target.notNull = true;
    }
}
/**
 * The name PostgreSQL chooses for an unnamed constraint: users_pkey, users_email_key,
 * orders_customer_id_fkey, … cut to 63 bytes as PostgreSQL cuts it, numbered on a clash
 * (ChooseConstraintName in src/backend/catalog/pg_constraint.c).
 */
function constraintName(state, table, kind, columns) {
    const rel = table.slice(table.indexOf('.') + 1);
    const label = { check: 'check', 'foreign key': 'fkey', unique: 'key', 'primary key': 'pkey', exclusion: 'excl', 'not null': 'not_null' }[kind];
    // A CHECK is named after its column only when its expression uses exactly one.
    const named = kind === 'primary key' ? [] : kind === 'check' ? (columns.length === 1 ? columns : []) : columns;
    const addition = named.length ? nameAddition(named) : undefined;
    const taken = new Set(state.constraints(table).map((c) => c.name));
    for (let pass = 0;; pass++) {
        const name = makeObjectName(rel, addition, pass ? `${label}${pass}` : label);
        if (!taken.has(name))
            return name;
    }
}
/** DROP CONSTRAINT. Dropping a primary key leaves its columns NOT NULL; nullability stays as it is. */
function dropConstraint(state, table, name) {
    const list = state.constraintsByTable.get(table);
    if (!list)
        return;
    const i = list.findIndex((c) => c.name === name);
    if (i >= 0)
        list.splice(i, 1);
}
/** For CHECK (col IS NOT NULL): the column. */
function notNullTestColumn(expr) {
    const test = expr?.['NullTest'];
    if (!test || test['nulltesttype'] !== 'IS_NOT_NULL' || test['argisrow'])
        return undefined;
    const fields = test['arg']?.['ColumnRef']?.['fields'];
    if (fields?.length !== 1)
        return undefined;
    const f = fields[0];
    return 'String' in f ? f.String.sval : undefined;
}

;// CONCATENATED MODULE: ./src/model/catalog/tables.ts



/**
 * ALTER TABLE subcommands PostgreSQL applies to partitions and inheriting tables as well
 * (unless ALTER TABLE ONLY). Constraints are left out: they reach children under names of
 * their own (foreign keys of partitions) or not at all (NO INHERIT).
 */
const RECURSING = new Set(['AT_AddColumn', 'AT_DropColumn', 'AT_AlterColumnType', 'AT_SetNotNull', 'AT_DropNotNull', 'AT_ColumnDefault']);
/** TableLikeOption bits (CREATE_TABLE_LIKE_DEFAULTS, CREATE_TABLE_LIKE_ALL). */
const LIKE_DEFAULTS = 1 << 3;
const LIKE_ALL = 0x7fffffff;
const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** Records what a statement does to tables: CREATE TABLE, ALTER TABLE, RENAME COLUMN / CONSTRAINT. Other statements are ignored. */
function recordTables(state, stmt, origin) {
    const n = stmt.node;
    if (stmt.kind === 'CreateStmt')
        createTable(state, n, origin);
    else if (stmt.kind === 'AlterTableStmt')
        alterTable(state, n, origin);
    else if (stmt.kind === 'RenameStmt')
        renameInTable(state, n, origin);
}
/** CREATE TABLE (a CreateStmt node): the relation, its columns and constraints. A table that exists already is left as it is. */
function createTable(state, n, origin) {
    const key = (0,ast/* relationKey */.Yb)(n['relation']);
    if (!key || state.relations.has(key))
        return;
    state.relations.set(key, {
        key,
        kind: 'table',
        origin,
        partitioned: n['partspec'] !== undefined,
        primaryKey: primaryKeyOf(n['tableElts']),
    });
    createColumns(state, key, n, origin);
}
/** ALTER TABLE (an AlterTableStmt node) on a table or foreign table: each subcommand, recursing unless ONLY. */
function alterTable(state, n, origin) {
    if (n['objtype'] !== 'OBJECT_TABLE' && n['objtype'] !== 'OBJECT_FOREIGN_TABLE')
        return;
    const rv = n['relation'];
    const key = (0,ast/* relationKey */.Yb)(rv);
    if (!key)
        return;
    for (const c of (n['cmds'] ?? [])) {
        if (!('AlterTableCmd' in c))
            continue;
        const cmd = c.AlterTableCmd;
        const targets = rv?.inh && RECURSING.has(String(cmd['subtype'])) ? [key, ...state.descendants(key)] : [key];
        for (const t of targets)
            alterTableCmd(state, t, cmd, origin);
    }
}
/** A table made by AS SELECT / SELECT INTO: its columns are not known. */
function createTableFromQuery(state, key) {
    state.forgetTable(key);
    state.partialColumns.add(key);
}
/** Columns and constraints of a CREATE TABLE (including PARTITION OF, INHERITS and LIKE). */
function createColumns(state, table, n, origin) {
    state.forgetTable(table);
    const columns = new Map();
    const constraints = [];
    state.columnsByTable.set(table, columns);
    state.constraintsByTable.set(table, constraints);
    // Inherited columns come first, as in PostgreSQL; a parent whose columns are unknown leaves them unknown.
    const parents = (n['inhRelations'] ?? []).map((p) => ('RangeVar' in p ? (0,ast/* relationKey */.Yb)(p.RangeVar) : undefined));
    for (const parent of parents) {
        if (parent)
            state.childrenOf(parent).add(table);
        const known = parent ? state.columns(parent) : undefined;
        if (!known)
            state.partialColumns.add(table);
        for (const c of known?.values() ?? [])
            columns.set(c.name, { ...c, origin });
        // CHECK constraints are inherited (NOT VALID ones too, validated on the child's creation).
        for (const c of state.constraints(parent))
            if (c.kind === 'check' || c.kind === 'not null')
                constraints.push({ ...c, validated: true, origin });
    }
    for (const e of (n['tableElts'] ?? [])) {
        if ('TableLikeClause' in e) {
            const source = state.columns((0,ast/* relationKey */.Yb)(e.TableLikeClause.relation));
            if (!source)
                state.partialColumns.add(table);
            // LIKE copies names, types and NOT NULL; defaults only with INCLUDING DEFAULTS (or ALL).
            const withDefaults = ((e.TableLikeClause.options ?? 0) & (LIKE_DEFAULTS | LIKE_ALL)) !== 0;
            for (const c of source?.values() ?? [])
                columns.set(c.name, { name: c.name, type: c.type, notNull: c.notNull, hasDefault: withDefaults && c.hasDefault, origin });
        }
        else if ('ColumnDef' in e) {
            const def = e.ColumnDef;
            const name = def['colname'];
            if (!name)
                continue;
            const existing = columns.get(name);
            const col = existing
                ? { ...existing, origin }
                : { name, type: def['typeName'] ? typeNameText(def['typeName']) : '?', notNull: false, hasDefault: false, origin };
            columns.set(name, col);
            columnDef(state, table, col, def, origin);
        }
        else if ('Constraint' in e) {
            addConstraint(state, table, e.Constraint, origin, true);
        }
    }
}
/** Applies a column definition's type-implied properties and constraints to `col`. */
function columnDef(state, table, col, def, origin, created = true) {
    const typeName = def['typeName'];
    if (typeName && SERIALS.has(lastName(typeName) ?? '') && !typeName.arrayBounds) {
        col.notNull = true;
        col.hasDefault = true;
    }
    if (def['is_not_null'])
        col.notNull = true;
    if (def['raw_default'])
        col.hasDefault = true;
    for (const c of (def['constraints'] ?? [])) {
        if (!('Constraint' in c))
            continue;
        const con = c.Constraint;
        switch (con['contype']) {
            case 'CONSTR_NOTNULL':
                col.notNull = true;
                break;
            case 'CONSTR_NULL':
                col.notNull = false;
                break;
            case 'CONSTR_DEFAULT':
                col.hasDefault = true;
                break;
            case 'CONSTR_IDENTITY':
                col.identity = true;
                col.notNull = true;
                break;
            case 'CONSTR_GENERATED':
                col.generated = con['generated_kind'] === 'v' ? 'virtual' : 'stored';
                break;
            default:
                addConstraint(state, table, con, origin, created, col.name);
        }
    }
}
/** One ALTER TABLE subcommand on one table. */
function alterTableCmd(state, table, cmd, origin) {
    const name = cmd['name'];
    const col = name ? state.column(table, name) : undefined;
    switch (cmd['subtype']) {
        case 'AT_AddColumn':
            addColumn(state, table, cmd, origin);
            break;
        case 'AT_DropColumn':
            if (name)
                dropColumn(state, table, name);
            break;
        case 'AT_AlterColumnType': {
            const typeName = cmd['def']?.['ColumnDef']?.['typeName'];
            if (col && typeName)
                col.type = typeNameText(typeName);
            break;
        }
        case 'AT_SetNotNull':
            if (col)
                col.notNull = true;
            break;
        case 'AT_DropNotNull':
            if (col)
                col.notNull = false;
            for (const c of state.constraints(table))
                if (c.kind === 'not null' && c.notNullColumn === name)
                    dropConstraint(state, table, c.name);
            break;
        case 'AT_ColumnDefault':
            if (col)
                col.hasDefault = cmd['def'] !== undefined;
            break;
        case 'AT_AddIdentity':
            if (col)
                col.identity = true;
            break;
        case 'AT_DropIdentity':
            if (col)
                col.identity = false;
            break;
        case 'AT_DropExpression':
            if (col)
                delete col.generated;
            break;
        case 'AT_AddConstraint': {
            const con = cmd['def']?.['Constraint'];
            if (con)
                addConstraint(state, table, con, origin, false);
            break;
        }
        case 'AT_ValidateConstraint':
            if (name)
                validateConstraint(state, table, name, origin);
            break;
        case 'AT_DropConstraint':
            if (name)
                dropConstraint(state, table, name);
            break;
        case 'AT_AttachPartition':
        case 'AT_DetachPartition': {
            const child = (0,ast/* relationKey */.Yb)(cmd['def']?.['PartitionCmd']?.['name']);
            if (!child)
                break;
            if (cmd['subtype'] === 'AT_AttachPartition')
                state.childrenOf(table).add(child);
            else
                state.children.get(table)?.delete(child);
            break;
        }
        case 'AT_AddInherit':
        case 'AT_DropInherit': {
            const parent = (0,ast/* relationKey */.Yb)(cmd['def']?.['RangeVar']);
            if (!parent)
                break;
            if (cmd['subtype'] === 'AT_AddInherit')
                state.childrenOf(parent).add(table);
            else
                state.children.get(parent)?.delete(table);
            break;
        }
    }
}
function addColumn(state, table, cmd, origin) {
    const def = cmd['def']?.['ColumnDef'];
    const colname = def?.['colname'];
    if (!def || !colname)
        return;
    let columns = state.columnsByTable.get(table);
    if (!columns) {
        columns = new Map();
        state.columnsByTable.set(table, columns);
        state.partialColumns.add(table);
    }
    if (columns.has(colname))
        return;
    // ADD COLUMN IF NOT EXISTS on a table whose columns are not all known may be a no-op.
    if (cmd['missing_ok'] && state.partialColumns.has(table))
        return;
    const info = { name: colname, type: def['typeName'] ? typeNameText(def['typeName']) : '?', notNull: false, hasDefault: false, origin };
    columns.set(colname, info);
    columnDef(state, table, info, def, origin, false);
}
/** DROP COLUMN drops the constraints and indexes that involve the column (CASCADE or not). */
function dropColumn(state, table, name) {
    state.columnsByTable.get(table)?.delete(name);
    const list = state.constraintsByTable.get(table);
    if (list)
        state.constraintsByTable.set(table, list.filter((c) => !(c.columns ?? []).includes(name) && c.notNullColumn !== name));
}
/** ALTER TABLE … RENAME COLUMN (recursing unless ONLY) and RENAME CONSTRAINT. */
function renameInTable(state, n, origin) {
    const type = String(n['renameType']);
    if (type !== 'OBJECT_COLUMN' && type !== 'OBJECT_TABCONSTRAINT')
        return;
    const rv = n['relation'];
    const table = (0,ast/* relationKey */.Yb)(rv);
    const { subname, newname } = n;
    if (!table || !subname || !newname)
        return;
    if (type === 'OBJECT_COLUMN') {
        for (const t of [table, ...(rv?.inh ? state.descendants(table) : [])])
            renameColumn(state, t, subname, newname, origin);
    }
    else {
        const c = state.constraint(table, subname);
        if (c)
            c.name = newname;
    }
}
/**
 * RENAME COLUMN on one table and (unless ONLY) its descendants. Foreign keys of
 * other tables that reference the renamed column keep pointing at it; they name no columns here.
 */
function renameColumn(state, table, from, to, origin) {
    const columns = state.columnsByTable.get(table);
    const col = columns?.get(from);
    if (columns && col) {
        columns.delete(from);
        columns.set(to, { ...col, name: to, renamedIn: origin });
    }
    for (const c of state.constraints(table)) {
        if (c.notNullColumn === from)
            c.notNullColumn = to;
        if (c.columns)
            c.columns = c.columns.map((x) => (x === from ? to : x));
    }
}
function primaryKeyOf(elts) {
    for (const e of elts ?? []) {
        if ('ColumnDef' in e) {
            const pk = (e.ColumnDef.constraints ?? []).some((c) => 'Constraint' in c && c.Constraint.contype === 'CONSTR_PRIMARY');
            if (pk && e.ColumnDef.colname)
                return [e.ColumnDef.colname];
        }
        else if ('Constraint' in e && e.Constraint.contype === 'CONSTR_PRIMARY') {
            return (e.Constraint.keys ?? []).map((k) => ('String' in k ? k.String.sval ?? '' : ''));
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/model/catalog/relations.ts


const DROP_KINDS = {
    OBJECT_TABLE: 'table',
    OBJECT_INDEX: 'index',
    OBJECT_VIEW: 'view',
    OBJECT_MATVIEW: 'materialized view',
    OBJECT_SEQUENCE: 'sequence',
};
/** Object types of ALTER … RENAME / SET SCHEMA that name a table-like relation. */
const RELATION_OBJECTS = ['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE'];
/** Records what a statement creates, drops, renames or moves among relations. Other statements are ignored. */
function recordRelations(state, stmt, origin) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'SelectStmt':
        case 'CreateTableAsStmt': {
            // SELECT … INTO t creates a table, like CREATE TABLE t AS.
            const into = stmt.kind === 'SelectStmt' ? n['intoClause'] : n['into'];
            const key = (0,ast/* relationKey */.Yb)(into?.['rel']);
            const kind = n['objtype'] === 'OBJECT_MATVIEW' ? 'materialized view' : 'table';
            if (key && !state.relations.has(key)) {
                state.relations.set(key, { key, kind, origin });
                createTableFromQuery(state, key);
            }
            break;
        }
        case 'ViewStmt': {
            const key = (0,ast/* relationKey */.Yb)(n['view']);
            if (key && !state.relations.has(key))
                state.relations.set(key, { key, kind: 'view', origin });
            break;
        }
        case 'CreateSeqStmt': {
            const key = (0,ast/* relationKey */.Yb)(n['sequence']);
            if (key && !state.relations.has(key))
                state.relations.set(key, { key, kind: 'sequence', origin });
            break;
        }
        case 'IndexStmt': {
            const table = (0,ast/* relationKey */.Yb)(n['relation']);
            const schema = n['relation']?.schemaname ?? 'public';
            if (n['idxname']) {
                const key = `${schema}.${n['idxname']}`;
                if (!state.relations.has(key))
                    state.relations.set(key, { key, kind: 'index', origin, table });
            }
            break;
        }
        case 'DropStmt': {
            const kind = DROP_KINDS[String(n['removeType'])];
            if (!kind)
                break;
            for (const o of (n['objects'] ?? [])) {
                const key = 'List' in o ? (0,ast/* nameListKey */.jZ)(o.List.items) : undefined;
                if (!key)
                    continue;
                // Partitions go with their table; inheriting tables only with CASCADE.
                const also = kind === 'table' && (state.relations.get(key)?.partitioned || n['behavior'] === 'DROP_CASCADE') ? state.descendants(key) : [];
                for (const k of [key, ...also]) {
                    state.relations.delete(k);
                    state.forgetTable(k);
                    if (kind === 'table') {
                        for (const [i, r] of state.relations)
                            if (r.table === k)
                                state.relations.delete(i);
                    }
                }
            }
            break;
        }
        case 'RenameStmt': {
            const type = String(n['renameType']);
            if (![...RELATION_OBJECTS, 'OBJECT_INDEX'].includes(type))
                break;
            const rv = n['relation'];
            const from = (0,ast/* relationKey */.Yb)(rv);
            if (from && n['newname'])
                move(state, from, `${rv?.schemaname ?? 'public'}.${n['newname']}`);
            break;
        }
        case 'AlterObjectSchemaStmt': {
            if (!RELATION_OBJECTS.includes(String(n['objectType'])) || !n['newschema'])
                break;
            const from = (0,ast/* relationKey */.Yb)(n['relation']);
            if (from)
                move(state, from, `${n['newschema']}.${from.slice(from.indexOf('.') + 1)}`);
            break;
        }
    }
}
/**
 * A relation renamed or moved to another schema keeps its origin under the new key; its
 * indexes follow a table into its new schema. An unknown relation stays unknown under its new
 * name, which still counts as pre-existing.
 */
function move(state, from, to) {
    if (from === to)
        return;
    const info = state.relations.get(from);
    state.relations.delete(from);
    state.forgetTable(to);
    const columns = state.columnsByTable.get(from);
    if (columns)
        state.columnsByTable.set(to, columns);
    const constraints = state.constraintsByTable.get(from);
    if (constraints)
        state.constraintsByTable.set(to, constraints);
    if (state.partialColumns.has(from))
        state.partialColumns.add(to);
    const kids = state.children.get(from);
    const parents = [...state.children].filter(([, set]) => set.has(from)).map(([p]) => p);
    state.forgetTable(from);
    if (kids)
        state.children.set(to, kids);
    for (const p of parents)
        state.childrenOf(p).add(to);
    for (const list of state.constraintsByTable.values())
        for (const c of list)
            if (c.references === from)
                c.references = to;
    if (!info)
        return;
    state.relations.set(to, { ...info, key: to });
    const fromSchema = from.slice(0, from.indexOf('.'));
    const toSchema = to.slice(0, to.indexOf('.'));
    for (const r of [...state.relations.values()]) {
        if (r.table !== from)
            continue;
        r.table = to;
        if (r.kind === 'index' && fromSchema !== toSchema) {
            const moved = `${toSchema}.${r.key.slice(r.key.indexOf('.') + 1)}`;
            state.relations.delete(r.key);
            state.relations.set(moved, { ...r, key: moved });
        }
    }
}

// EXTERNAL MODULE: ./src/model/catalog/functions.ts
var functions = __webpack_require__(7592);
;// CONCATENATED MODULE: ./src/model/catalog/routines.ts


/** Records what a statement does to functions and procedures. Other statements are ignored. */
function recordRoutines(state, stmt, origin) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'CreateFunctionStmt': {
            const key = (0,ast/* nameListKey */.jZ)(n['funcname']);
            if (!key)
                break;
            const facts = (0,functions/* functionFacts */.If)(stmt);
            const overloads = new Map(state.functions.get(key)?.overloads ?? []).set((0,functions/* createSignature */.Vi)(stmt), facts);
            state.functions.set(key, { key, origin, facts, overloads });
            break;
        }
        case 'AlterFunctionStmt': {
            const fn = state.functions.get((0,ast/* nameListKey */.jZ)(n['func']?.['objname']) ?? '');
            const sig = (0,functions/* alterSignature */.BJ)(stmt);
            for (const [s, facts] of fn?.overloads ?? [])
                if (sig === undefined || s === sig)
                    (0,functions/* alterFunctionFacts */.SF)(facts, stmt);
            break;
        }
        case 'DropStmt':
            if (n['removeType'] !== 'OBJECT_FUNCTION' && n['removeType'] !== 'OBJECT_PROCEDURE')
                break;
            for (const o of (n['objects'] ?? [])) {
                const key = 'ObjectWithArgs' in o ? (0,ast/* nameListKey */.jZ)(o.ObjectWithArgs.objname) : undefined;
                if (key)
                    state.functions.delete(key);
            }
            break;
    }
}

;// CONCATENATED MODULE: ./src/model/catalog/state.ts
/** The catalog's maps, filled by the kind modules, read by catalog.ts's questions. */
class CatalogState {
    relations = new Map();
    functions = new Map();
    /** Columns by table key (only for tables whose CREATE TABLE the catalog saw). */
    columnsByTable = new Map();
    /** Constraints by table key. */
    constraintsByTable = new Map();
    /** Types (enums, composites, domains) by key, with where they were created. */
    types = new Map();
    /**
     * Tables whose column list the catalog only knows in part (a table no migration created, or
     * one created with LIKE / AS SELECT): columnsByTable holds the columns added since.
     */
    partialColumns = new Set();
    /** Direct children of a table: its partitions and the tables that INHERIT it. */
    children = new Map();
    /** The table's columns, or undefined when the catalog does not know all of the table's columns. */
    columns(table) {
        if (table === undefined || this.partialColumns.has(table))
            return undefined;
        return this.columnsByTable.get(table);
    }
    /** A column the catalog knows (its type, nullability, default), or undefined. */
    column(table, name) {
        return table === undefined ? undefined : this.columnsByTable.get(table)?.get(name);
    }
    constraints(table) {
        return table === undefined ? [] : (this.constraintsByTable.get(table) ?? []);
    }
    /** A constraint of the table by name, or undefined. */
    constraint(table, name) {
        return this.constraints(table).find((c) => c.name === name);
    }
    relation(key) {
        return key === undefined ? undefined : this.relations.get(key);
    }
    /** The set of a table's direct children, created on first use. */
    childrenOf(table) {
        let set = this.children.get(table);
        if (!set)
            this.children.set(table, (set = new Set()));
        return set;
    }
    /** Partitions and inheriting tables, all the way down (each once, whatever the graph). */
    descendants(table) {
        const out = [];
        const seen = new Set([table]);
        const visit = (t) => {
            for (const c of this.children.get(t) ?? []) {
                if (seen.has(c))
                    continue;
                seen.add(c);
                out.push(c);
                visit(c);
            }
        };
        visit(table);
        return out;
    }
    /** Forgets what the catalog knows of a table's columns, constraints and place in a hierarchy. */
    forgetTable(key) {
        this.columnsByTable.delete(key);
        this.constraintsByTable.delete(key);
        this.partialColumns.delete(key);
        this.children.delete(key);
        for (const set of this.children.values())
            set.delete(key);
    }
}

;// CONCATENATED MODULE: ./src/model/catalog/storage.ts

/** The tablespace PostgreSQL uses when none is written and default_tablespace is unset. */
const DEFAULT_TABLESPACE = 'pg_default';
/** default_table_access_method's default (src/backend/utils/misc/guc_tables.c). */
const DEFAULT_ACCESS_METHOD = 'heap';
const SETTINGS = ['default_tablespace', 'default_table_access_method'];
/** The ALTER TABLE subcommands that change a table's storage (TableStorage.step). */
const STORAGE_SUBTYPES = new Set(['AT_SetLogged', 'AT_SetUnLogged', 'AT_SetTableSpace', 'AT_SetAccessMethod']);
/**
 * Part of the catalog (Catalog.storage): it is replayed with the migrations whether or not a rule
 * asks, so a catalog checkpoint (checkpoint.ts) holds it. Keyed by the relation's Origin, the
 * CREATE that made the table (a rename keeps it).
 */
class TableStorage {
    catalog;
    /** Storage as ALTER TABLE left it, by the CREATE that made the table. */
    altered = new Map();
    /** The default_* settings some statement may have changed. */
    changedDefaults = new Set();
    constructor(catalog) {
        this.catalog = catalog;
    }
    /** Records what a statement that runs does to storage; the catalog calls it before it applies the statement. */
    note(stmt) {
        (0,ast/* walk */.GG)(stmt.node, (n) => {
            for (const s of SETTINGS)
                if (n['name'] === s || n['sval'] === s)
                    this.changedDefaults.add(s);
        });
        // ALTER TABLE ALL IN TABLESPACE … SET TABLESPACE moves tables the catalog cannot list.
        if (stmt.kind === 'AlterTableMoveAllStmt') {
            for (const rel of this.catalog.relations.values()) {
                if (rel.kind === 'table')
                    this.altered.set(rel.origin, { ...this.of(rel.key), tablespace: undefined });
            }
        }
        if (stmt.kind === 'AlterTableStmt' && stmt.node['objtype'] === 'OBJECT_TABLE') {
            const key = (0,ast/* relationKey */.Yb)(stmt.node['relation']);
            const rel = this.catalog.relation(key);
            const { after } = this.alter(key, stmt.node['cmds']);
            if (after && rel?.kind === 'table')
                this.altered.set(rel.origin, after);
        }
    }
    /** What the migrations tell of the table's storage ({} when the catalog does not know the table). */
    of(key) {
        const rel = this.catalog.relation(key);
        if (!rel || rel.kind !== 'table')
            return {};
        return this.altered.get(rel.origin) ?? this.created(rel.origin.stmt);
    }
    /**
     * What an ALTER TABLE's subcommands do to the table's storage, one after the other, without
     * recording it (`note` does): per subcommand, whether it changes the storage (true: PostgreSQL
     * copies the table; false: it does nothing; undefined: not known or not a storage subcommand),
     * and the storage after them — undefined when none is a storage subcommand (then the table's
     * storage is not looked up: it may mean parsing the file of its CREATE, see LazyParsed).
     */
    alter(key, cmds) {
        let state;
        const changes = (cmds ?? []).map((c) => {
            const cmd = c['AlterTableCmd'];
            if (!cmd || !STORAGE_SUBTYPES.has(String(cmd['subtype'])))
                return undefined;
            const step = this.step((state ??= this.of(key)), cmd);
            state = step.after;
            return step.changes;
        });
        return { changes, after: state };
    }
    /** One storage subcommand (STORAGE_SUBTYPES) applied to `before`. */
    step(before, cmd) {
        const after = { ...before };
        let changes;
        switch (String(cmd['subtype'])) {
            case 'AT_SetLogged':
            case 'AT_SetUnLogged': {
                after.persistence = cmd['subtype'] === 'AT_SetLogged' ? 'logged' : 'unlogged';
                changes = before.persistence && before.persistence !== after.persistence;
                break;
            }
            case 'AT_SetTableSpace': {
                after.tablespace = cmd['name'];
                changes = before.tablespace && after.tablespace ? before.tablespace !== after.tablespace : undefined;
                break;
            }
            case 'AT_SetAccessMethod': {
                // SET ACCESS METHOD DEFAULT (PostgreSQL 17): default_table_access_method.
                after.accessMethod = cmd['name'] ?? this.defaultAccessMethod();
                changes = before.accessMethod && after.accessMethod ? before.accessMethod !== after.accessMethod : undefined;
                break;
            }
        }
        return { changes, after };
    }
    /** The storage a CREATE TABLE (AS, SELECT INTO) gave the table. */
    created(stmt) {
        const n = stmt.node;
        let into;
        if (stmt.kind === 'CreateStmt')
            into = { rel: n['relation'], tableSpaceName: n['tablespacename'], accessMethod: n['accessMethod'] };
        else if (stmt.kind === 'CreateTableAsStmt')
            into = n['into'];
        else if (stmt.kind === 'SelectStmt')
            into = n['intoClause'];
        if (!into)
            return {};
        const p = into['rel']?.relpersistence;
        // A partition without its own clause takes its parent's tablespace (and, from PostgreSQL 17, access method).
        const partition = stmt.kind === 'CreateStmt' && n['partbound'] !== undefined;
        return {
            persistence: p === 'p' ? 'logged' : p === 'u' ? 'unlogged' : undefined,
            tablespace: into['tableSpaceName'] ?? (partition ? undefined : this.defaultTablespace()),
            accessMethod: into['accessMethod'] ?? (partition ? undefined : this.defaultAccessMethod()),
        };
    }
    defaultTablespace() {
        return this.changedDefaults.has('default_tablespace') ? undefined : DEFAULT_TABLESPACE;
    }
    defaultAccessMethod() {
        return this.changedDefaults.has('default_table_access_method') ? undefined : DEFAULT_ACCESS_METHOD;
    }
}

// EXTERNAL MODULE: ./src/model/catalog/domains.ts
var domains = __webpack_require__(6484);
;// CONCATENATED MODULE: ./src/model/catalog/user-types.ts


/** Records what a statement does to user types. Other statements are ignored. */
function recordTypes(state, stmt, origin) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'CreateEnumStmt':
        case 'CompositeTypeStmt':
        case 'CreateDomainStmt':
        case 'CreateRangeStmt':
        case 'DefineStmt': {
            const found = typeCreated(stmt.kind, n);
            if (found && !state.types.has(found.key)) {
                const domain = stmt.kind === 'CreateDomainStmt' ? (0,domains/* domainFacts */.i4)(n, unqualified(found.key)) : undefined;
                state.types.set(found.key, { ...found, origin, ...(domain ? { domain } : {}) });
            }
            break;
        }
        case 'AlterDomainStmt': {
            const key = (0,ast/* nameListKey */.jZ)(n['typeName']);
            const domain = key ? state.types.get(key)?.domain : undefined;
            if (key && domain)
                (0,domains/* alterDomain */.Po)(domain, n, unqualified(key));
            break;
        }
        case 'DropStmt':
            if (n['removeType'] !== 'OBJECT_TYPE' && n['removeType'] !== 'OBJECT_DOMAIN')
                break;
            for (const o of (n['objects'] ?? [])) {
                const key = 'TypeName' in o ? (0,ast/* nameListKey */.jZ)(o.TypeName.names) : undefined;
                if (key)
                    state.types.delete(key);
            }
            break;
        case 'RenameStmt': {
            const type = String(n['renameType']);
            const key = (0,ast/* nameListKey */.jZ)(n['object']?.['List']?.['items']);
            if (type === 'OBJECT_DOMCONSTRAINT') {
                const domain = state.types.get(key ?? '')?.domain;
                if (domain && n['subname'] && n['newname'])
                    (0,domains/* renameDomainConstraint */.kh)(domain, String(n['subname']), String(n['newname']));
            }
            else if ((type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') && key && n['newname']) {
                moveType(state, key, `${key.slice(0, key.indexOf('.'))}.${n['newname']}`);
            }
            break;
        }
        case 'AlterObjectSchemaStmt': {
            if ((n['objectType'] !== 'OBJECT_TYPE' && n['objectType'] !== 'OBJECT_DOMAIN') || !n['newschema'])
                break;
            const from = (0,ast/* nameListKey */.jZ)(n['object']?.['List']?.['items']);
            if (from)
                moveType(state, from, `${n['newschema']}.${unqualified(from)}`);
            break;
        }
    }
}
const unqualified = (key) => key.slice(key.indexOf('.') + 1);
function moveType(state, from, to) {
    const info = state.types.get(from);
    state.types.delete(from);
    if (info)
        state.types.set(to, { ...info, key: to });
}
/** The type a CREATE TYPE / CREATE DOMAIN statement creates. */
function typeCreated(kind, n) {
    let key;
    let typeKind;
    switch (kind) {
        case 'CreateEnumStmt':
            [key, typeKind] = [(0,ast/* nameListKey */.jZ)(n['typeName']), 'enum'];
            break;
        case 'CompositeTypeStmt':
            [key, typeKind] = [(0,ast/* relationKey */.Yb)(n['typevar']), 'composite'];
            break;
        case 'CreateDomainStmt':
            [key, typeKind] = [(0,ast/* nameListKey */.jZ)(n['domainname']), 'domain'];
            break;
        case 'CreateRangeStmt':
            [key, typeKind] = [(0,ast/* nameListKey */.jZ)(n['typeName']), 'range'];
            break;
        case 'DefineStmt':
            if (n['kind'] !== 'OBJECT_TYPE')
                return undefined;
            [key, typeKind] = [(0,ast/* nameListKey */.jZ)(n['defnames']), 'base'];
            break;
        default:
            return undefined;
    }
    return key ? { key, kind: typeKind } : undefined;
}

;// CONCATENATED MODULE: ./src/model/catalog.ts









class Catalog extends CatalogState {
    project;
    /** Persistence, tablespace and access method of the tables (storage.ts), replayed with the migrations. */
    storage = new TableStorage(this);
    constructor(project) {
        super();
        this.project = project;
    }
    /** Did the column exist before this change? Unknown columns of a pre-existing table did. */
    isColumnPreExisting(table, name, file) {
        if (!this.isPreExisting(table, file))
            return false;
        const col = this.column(table, name);
        return col ? !this.isNewOrigin(col.origin, file) : true;
    }
    /**
     * Was the column given its current name by this change (a RENAME COLUMN in this file, or in a
     * migration new in the change set)? The running application does not know it by that name.
     */
    isColumnNameFromChange(table, name, file) {
        const renamedIn = this.column(table, name)?.renamedIn;
        return renamedIn !== undefined && this.isNewOrigin(renamedIn, file);
    }
    /**
     * A validated CHECK (col IS NOT NULL) created by an earlier migration (lets SET NOT NULL skip its
     * scan, PG ≥ 12); VALIDATE CONSTRAINT may have run earlier in this file. PostgreSQL 18's
     * NOT NULL constraints added NOT VALID and validated since count too.
     */
    hasValidatedNotNullCheck(table, column, file) {
        return this.constraints(table).some((c) => (c.kind === 'check' || c.kind === 'not null') && c.validated && c.notNullColumn === column && c.origin.file !== file);
    }
    /** Did this view/function/type exist before the change (unknown ones did)? */
    isObjectPreExisting(kind, key, file) {
        if (key === undefined)
            return true;
        if (kind === 'function' || kind === 'procedure') {
            const f = this.functions.get(key);
            return f ? !this.isNewOrigin(f.origin, file) : true;
        }
        if (kind === 'type') {
            const t = this.types.get(key);
            return t ? !this.isNewOrigin(t.origin, file) : true;
        }
        return this.isPreExisting(key, file);
    }
    /**
     * Did this relation exist before the change being linted? Unknown relations (created outside
     * the migrations directory, or by dynamic SQL) count as pre-existing. Relations created earlier
     * in the same file are new; so are those created by another migration that is new in the
     * change set, when a base ref tells which migrations are new.
     */
    isPreExisting(key, file) {
        const rel = this.relation(key);
        if (!rel)
            return true;
        if (this.isNewOrigin(rel.origin, file))
            return false;
        if (rel.kind === 'index' && rel.table)
            return this.isPreExisting(rel.table, file);
        return true;
    }
    isNewOrigin(origin, file) {
        return origin.file === file || (this.project.base !== undefined && origin.file.isNew);
    }
    /**
     * The catalog as bytes, to start a later run from (checkpoint.ts; the lint cache keeps them).
     * Every Origin's statement must be in a parsed migration of the project.
     */
    checkpoint() {
        return (0,checkpoint/* checkpointOf */.S$)(this, this.project);
    }
    /** Fills this (new, empty) catalog from `checkpoint()`'s bytes; throws CheckpointMismatch when they do not fit the project. */
    restore(bytes) {
        (0,checkpoint/* restoreCatalog */.g9)(this, this.project, bytes);
    }
    /** Records what a statement that ran creates, alters, drops or renames, kind by kind. */
    apply(stmt, file) {
        const origin = { file, stmt };
        this.storage.note(stmt);
        recordTables(this, stmt, origin);
        recordRelations(this, stmt, origin);
        recordTypes(this, stmt, origin);
        recordRoutines(this, stmt, origin);
    }
}


/***/ }),

/***/ 6711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S$: () => (/* binding */ checkpointOf),
/* harmony export */   Xy: () => (/* binding */ CheckpointMismatch),
/* harmony export */   g9: () => (/* binding */ restoreCatalog)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parse_parser_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8098);
/**
 * A checkpoint of the replayed catalog: what it knows after some migrations, as bytes, so that a
 * later run can start from there instead of parsing and replaying those migrations again (the
 * lint cache, src/lint/cache.ts).
 *
 * Everything in the catalog is plain data (Maps, Sets, records, parse-tree fragments) except the
 * Origins, which point at a MigrationFile and at one of its statements. A checkpoint stores an
 * Origin as the file's (location, rel, section) and the statement's path in that file's parse (top-level
 * index, then indexes into `nested`); `restoreCatalog` gives back Origins whose `file` is the
 * current project's file of that name and whose `stmt` is found in its parse only when a rule
 * reads it (the file is parsed then, and not before). The bytes are Node's v8.serialize (the
 * structured-clone format): it keeps Maps, Sets and objects shared between entries shared (a
 * function's `facts` is also its overload's entry, and ALTER FUNCTION changes both), which JSON
 * would not.
 *
 * A checkpoint is only meaningful for a project whose migrations up to that point are the same
 * files with the same texts (the cache's key says so); a name it does not find throws
 * CheckpointMismatch.
 */


class CheckpointMismatch extends Error {
}
/** 2: files named by location too (two locations may hold the same rel). */
const FORMAT = 2;
/** An Origin restored from a checkpoint: `stmt` is looked up when first read. */
class RestoredOrigin {
    file;
    holder;
    path;
    found;
    constructor(file, 
    /** The file whose parse holds the statement (a function body: the file that defined it). */
    holder, path) {
        this.file = file;
        this.holder = holder;
        this.path = path;
    }
    get stmt() {
        if (!this.found) {
            let list = this.holder.parsed.statements;
            let s;
            for (const i of this.path) {
                s = list[i];
                if (!s)
                    throw new CheckpointMismatch(`${this.holder.rel} has no statement at ${this.path.join('.')}`);
                list = s.nested;
            }
            this.found = s;
        }
        return this.found;
    }
}
/**
 * The catalog as bytes (see the module comment). Statements are found by identity, or by their
 * parse-tree node (a function body the engine ran for a call is a copy of the defining file's
 * statement with another context), in the files parsed so far. Throws when an Origin's statement
 * is in no file of the project (a bug: every statement the catalog records comes from one).
 */
function checkpointOf(catalog, project) {
    const files = [];
    const fileIndex = new Map();
    const indexOfFile = (f) => {
        let i = fileIndex.get(f);
        if (i === undefined) {
            fileIndex.set(f, (i = files.length));
            files.push([f.location, f.rel, f.section ?? '']);
        }
        return i;
    };
    const origins = [];
    const originIndex = new Map();
    const paths = new StatementPaths(project);
    const storeOrigin = (o) => {
        let i = originIndex.get(o);
        if (i === undefined) {
            let ref;
            if (o instanceof RestoredOrigin)
                ref = [indexOfFile(o.holder), ...o.path];
            else {
                const at = paths.find(o.file, o.stmt);
                if (!at)
                    throw new Error(`catalog checkpoint: a statement of ${o.file.rel} is in no parsed migration`);
                ref = [indexOfFile(at.file), ...at.path];
            }
            originIndex.set(o, (i = origins.length));
            origins.push([indexOfFile(o.file), ref]);
        }
        return { $origin: i };
    };
    // Shallow copies of the records with their Origins as indexes; everything else (Maps of facts,
    // parse-tree fragments) is serialized as it is, shared where it is shared.
    const o = storeOrigin;
    const maybe = (x) => (x ? o(x) : undefined);
    const snapshot = {
        relations: mapValues(catalog.relations, (r) => ({ ...r, origin: o(r.origin) })),
        functions: mapValues(catalog.functions, (f) => ({ ...f, origin: o(f.origin) })),
        columnsByTable: mapValues(catalog.columnsByTable, (cols) => mapValues(cols, (c) => ({ ...c, origin: o(c.origin), renamedIn: maybe(c.renamedIn) }))),
        constraintsByTable: mapValues(catalog.constraintsByTable, (list) => list.map((c) => ({ ...c, origin: o(c.origin), validatedIn: maybe(c.validatedIn) }))),
        types: mapValues(catalog.types, (t) => ({ ...t, origin: o(t.origin) })),
        partialColumns: catalog.partialColumns,
        children: catalog.children,
        altered: [...catalog.storage.altered].map(([k, v]) => [o(k), v]),
        changedDefaults: catalog.storage.changedDefaults,
    };
    return (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.serialize)({ format: FORMAT, files, origins, data: snapshot });
}
const mapValues = (m, f) => {
    const out = new Map();
    for (const [k, v] of m)
        out.set(k, f(v));
    return out;
};
/**
 * Fills `catalog` (new, empty, of `project`) from a checkpoint. Throws CheckpointMismatch when the
 * bytes are not a checkpoint of this format or name a file the project does not have.
 */
function restoreCatalog(catalog, project, bytes) {
    let stored;
    try {
        stored = (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.deserialize)(bytes);
    }
    catch (e) {
        throw new CheckpointMismatch(`not a catalog checkpoint: ${e.message}`);
    }
    if (stored?.format !== FORMAT)
        throw new CheckpointMismatch('not a catalog checkpoint of this format');
    const byName = new Map(project.migrations.map((f) => [`${f.location}\0${f.rel}\0${f.section ?? ''}`, f]));
    const files = stored.files.map(([location, rel, section]) => {
        const f = byName.get(`${location}\0${rel}\0${section}`);
        if (!f)
            throw new CheckpointMismatch(`the checkpoint names ${rel}, which the project does not run`);
        return f;
    });
    const origins = stored.origins.map(([file, [holder, ...path]]) => new RestoredOrigin(files[file], files[holder], path));
    const o = (i) => {
        const origin = origins[i.$origin];
        if (!origin)
            throw new CheckpointMismatch('the checkpoint names an origin it does not hold');
        return origin;
    };
    const maybe = (i) => (i === undefined ? undefined : o(i));
    const data = stored.data;
    for (const r of data.relations.values())
        r.origin = o(r.origin);
    for (const f of data.functions.values())
        f.origin = o(f.origin);
    for (const cols of data.columnsByTable.values()) {
        for (const c of cols.values()) {
            c.origin = o(c.origin);
            const renamed = maybe(c.renamedIn);
            if (renamed)
                c.renamedIn = renamed;
            else
                delete c.renamedIn;
        }
    }
    for (const list of data.constraintsByTable.values()) {
        for (const c of list) {
            c.origin = o(c.origin);
            const validated = maybe(c.validatedIn);
            if (validated)
                c.validatedIn = validated;
            else
                delete c.validatedIn;
        }
    }
    for (const t of data.types.values())
        t.origin = o(t.origin);
    const fill = (to, from) => from.forEach((v, k) => to.set(k, v));
    fill(catalog.relations, data.relations);
    fill(catalog.functions, data.functions);
    fill(catalog.columnsByTable, data.columnsByTable);
    fill(catalog.constraintsByTable, data.constraintsByTable);
    fill(catalog.types, data.types);
    fill(catalog.children, data.children);
    for (const [k, v] of data.altered)
        catalog.storage.altered.set(o(k), v);
    data.partialColumns.forEach((t) => catalog.partialColumns.add(t));
    data.changedDefaults.forEach((x) => catalog.storage.changedDefaults.add(x));
}
/** Where statements sit in the migrations' parses: by identity, else by parse-tree node. */
class StatementPaths {
    project;
    byFile = new Map();
    constructor(project) {
        this.project = project;
    }
    find(file, stmt) {
        const own = this.index(file).get(stmt) ?? this.index(file).get(stmt.node);
        if (own)
            return { file, path: own };
        // A function body run for a call: the statement belongs to the file that defined the function.
        for (const f of this.project.migrations) {
            if (f === file || !isParsed(f))
                continue;
            const path = this.index(f).get(stmt.node);
            if (path)
                return { file: f, path };
        }
        return undefined;
    }
    index(file) {
        let m = this.byFile.get(file);
        if (!m) {
            m = new Map();
            const add = (list, prefix) => list.forEach((s, i) => {
                const path = [...prefix, i];
                m.set(s, path);
                m.set(s.node, path);
                add(s.nested, path);
            });
            add(file.parsed.statements, []);
            this.byFile.set(file, m);
        }
        return m;
    }
}
/** Whether a file's text has been parsed in this run (LazyParsed, src/parse/parser.ts). */
function isParsed(file) {
    return !(file.parsed instanceof _parse_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .LazyParsed */ .wW && file.parsed.pending);
}


/***/ }),

/***/ 6484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Po: () => (/* binding */ alterDomain),
/* harmony export */   i4: () => (/* binding */ domainFacts),
/* harmony export */   kh: () => (/* binding */ renameDomainConstraint),
/* harmony export */   v0: () => (/* binding */ constrainedDomain)
/* harmony export */ });
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3293);

/** A generated CHECK name as PostgreSQL picks it for a domain: <domain>_check, then _check1 … */
function checkName(domain, taken) {
    let name = `${domain}_check`;
    for (let i = 1; taken.has(name); i++)
        name = `${domain}_check${i}`;
    return name;
}
function addConstraint(facts, domain, c) {
    if (c['contype'] === 'CONSTR_NOTNULL')
        facts.constraints.set(String(c['conname'] ?? `${domain}_not_null`), 'not null');
    else if (c['contype'] === 'CONSTR_NULL')
        dropNotNull(facts);
    else if (c['contype'] === 'CONSTR_CHECK')
        facts.constraints.set(String(c['conname'] ?? checkName(domain, facts.constraints)), 'check');
}
function dropNotNull(facts) {
    for (const [name, kind] of facts.constraints)
        if (kind === 'not null')
            facts.constraints.delete(name);
}
/** The facts of CREATE DOMAIN name AS type [constraints]. */
function domainFacts(n, domain) {
    const base = n['typeName'];
    if (!base)
        return undefined;
    const facts = { base, constraints: new Map() };
    for (const c of (n['constraints'] ?? []))
        if ('Constraint' in c)
            addConstraint(facts, domain, c.Constraint);
    return facts;
}
/** ALTER DOMAIN: C add constraint, X drop constraint, O SET NOT NULL, N DROP NOT NULL. */
function alterDomain(facts, n, domain) {
    switch (n['subtype']) {
        case 'C':
            if (n['def']?.['Constraint'])
                addConstraint(facts, domain, n['def']['Constraint']);
            break;
        case 'X':
            facts.constraints.delete(String(n['name']));
            break;
        case 'O':
            facts.constraints.set(`${domain}_not_null`, 'not null');
            break;
        case 'N':
            dropNotNull(facts);
            break;
    }
}
/**
 * The domain (itself or one it is based on) whose constraints a column of this type is checked
 * against, or undefined: not a domain the history created, or one without constraints.
 */
function constrainedDomain(type, lookup) {
    for (let t = type, hops = 0; t && hops < 16; hops++) {
        if (t.arrayBounds?.length)
            return undefined;
        const key = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nameListKey */ .jZ)(t.names);
        const domain = key ? lookup(key) : undefined;
        if (!domain)
            return undefined;
        if (domain.constraints.size)
            return (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(key);
        t = domain.base;
    }
    return undefined;
}
/** ALTER DOMAIN … RENAME CONSTRAINT a TO b. */
function renameDomainConstraint(facts, from, to) {
    const kind = facts.constraints.get(from);
    if (kind === undefined)
        return;
    facts.constraints.delete(from);
    facts.constraints.set(to, kind);
}


/***/ }),

/***/ 7592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ alterSignature),
/* harmony export */   If: () => (/* binding */ functionFacts),
/* harmony export */   PR: () => (/* binding */ inlinable),
/* harmony export */   SF: () => (/* binding */ alterFunctionFacts),
/* harmony export */   Vi: () => (/* binding */ createSignature)
/* harmony export */ });
/* harmony import */ var _pg_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9767);

const VOLATILITY = { immutable: 'i', stable: 's', volatile: 'v' };
function defElems(options) {
    return (options ?? []).flatMap((o) => ('DefElem' in o ? [{ name: String(o.DefElem.defname), arg: o.DefElem.arg }] : []));
}
/** Applies CREATE FUNCTION options or ALTER FUNCTION actions to the facts. */
function applyOptions(facts, options) {
    for (const { name, arg } of defElems(options)) {
        if (name === 'volatility')
            facts.volatility = VOLATILITY[String(arg?.['String']?.['sval'])] ?? facts.volatility;
        else if (name === 'language')
            facts.language = String(arg?.['String']?.['sval'] ?? '').toLowerCase();
        else if (name === 'security')
            facts.securityDefiner = arg?.['Boolean']?.['boolval'] === true;
        else if (name === 'strict')
            facts.strict = arg?.['Boolean']?.['boolval'] === true;
        else if (name === 'set')
            facts.hasConfig = arg?.['VariableSetStmt']?.['kind'] !== 'VAR_RESET_ALL' && arg?.['VariableSetStmt']?.['kind'] !== 'VAR_RESET' ? true : facts.hasConfig;
        else if (name === 'reset')
            facts.hasConfig = false;
    }
}
/** The one expression of a body that is only `SELECT expr` (no FROM, WHERE …) or `RETURN expr`. */
function singleExpression(stmt) {
    const n = stmt.node;
    const ret = n['sql_body']?.['ReturnStmt']?.['returnval'];
    if (ret)
        return ret;
    if (stmt.nested.length !== 1)
        return undefined;
    const body = stmt.nested[0];
    if (body.kind !== 'SelectStmt')
        return undefined;
    const s = body.node;
    const clauses = ['fromClause', 'whereClause', 'groupClause', 'havingClause', 'windowClause', 'sortClause', 'limitCount', 'limitOffset', 'distinctClause', 'withClause', 'valuesLists', 'intoClause', 'larg', 'lockingClause'];
    if (clauses.some((c) => s[c] !== undefined))
        return undefined;
    const targets = (s['targetList'] ?? []);
    if (targets.length !== 1)
        return undefined;
    const t = targets[0];
    return 'ResTarget' in t ? t.ResTarget.val : undefined;
}
/** The facts a CREATE [OR REPLACE] FUNCTION declares. */
function functionFacts(stmt) {
    const facts = { volatility: 'v', securityDefiner: false, strict: false, hasConfig: false, returnsSet: stmt.node['returnType']?.['setof'] === true };
    applyOptions(facts, stmt.node['options']);
    if (facts.language === 'sql' || stmt.node['sql_body'])
        facts.bodyExpression = singleExpression(stmt);
    return facts;
}
/** The input argument types of CREATE FUNCTION ("int4,text"): an overload's identity (OUT and TABLE columns excluded). */
function createSignature(stmt) {
    return (stmt.node['parameters'] ?? [])
        .flatMap((p) => ('FunctionParameter' in p && !['FUNC_PARAM_OUT', 'FUNC_PARAM_TABLE'].includes(String(p.FunctionParameter.mode)) ? [(0,_pg_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .typnameOf */ .At)(p.FunctionParameter.argType) ?? '?'] : []))
        .join(',');
}
/** The overload ALTER FUNCTION names ("int4,text"), or undefined for `ALTER FUNCTION f` without arguments (the only one). */
function alterSignature(stmt) {
    const func = stmt.node['func'];
    if (!func || func['args_unspecified'])
        return undefined;
    return (func['objargs'] ?? []).map((t) => ('TypeName' in t ? (0,_pg_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .typnameOf */ .At)(t.TypeName) ?? '?' : '?')).join(',');
}
/** ALTER FUNCTION … IMMUTABLE | STABLE | VOLATILE | [NOT] SECURITY DEFINER | STRICT | SET … */
function alterFunctionFacts(facts, stmt) {
    applyOptions(facts, stmt.node['actions']);
}
/**
 * Whether inline_function could replace a call of this function by its body: LANGUAGE sql, not
 * SECURITY DEFINER, no SET, not SETOF, not STRICT (a STRICT one is inlined only when its body is
 * strict too; we do not judge that), and a body that is a single expression.
 */
function inlinable(facts) {
    return facts.language === 'sql' && !facts.securityDefiner && !facts.hasConfig && !facts.returnsSet && !facts.strict && facts.bodyExpression !== undefined;
}


/***/ }),

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XB: () => (/* binding */ builtinFunctions),
  Rq: () => (/* binding */ builtinOperators),
  A7: () => (/* binding */ castFact),
  OT: () => (/* binding */ castsTo),
  js: () => (/* binding */ typeFact),
  At: () => (/* binding */ typnameOf)
});

// UNUSED EXPORTS: FACTS_VERSION, factExtensions

;// CONCATENATED MODULE: ./src/model/catalog/pg-facts.json
const pg_facts_namespaceObject = /*#__PURE__*/JSON.parse('{"postgres":180006,"functions":{"RI_FKey_cascade_del":{"":"v"},"RI_FKey_cascade_upd":{"":"v"},"RI_FKey_check_ins":{"":"v"},"RI_FKey_check_upd":{"":"v"},"RI_FKey_noaction_del":{"":"v"},"RI_FKey_noaction_upd":{"":"v"},"RI_FKey_restrict_del":{"":"v"},"RI_FKey_restrict_upd":{"":"v"},"RI_FKey_setdefault_del":{"":"v"},"RI_FKey_setdefault_upd":{"":"v"},"RI_FKey_setnull_del":{"":"v"},"RI_FKey_setnull_upd":{"":"v"},"_pg_char_max_length":{"oid,int4":"i"},"_pg_char_octet_length":{"oid,int4":"i"},"_pg_datetime_precision":{"oid,int4":"i"},"_pg_expandarray":{"anyarray":"i"},"_pg_index_position":{"oid,int2":"s"},"_pg_interval_type":{"oid,int4":"i"},"_pg_numeric_precision":{"oid,int4":"i"},"_pg_numeric_precision_radix":{"oid,int4":"i"},"_pg_numeric_scale":{"oid,int4":"i"},"_pg_truetypid":{"pg_attribute,pg_type":"i"},"_pg_truetypmod":{"pg_attribute,pg_type":"i"},"abbrev":{"cidr":"i","inet":"i"},"abs":{"float4":"i","float8":"i","int2":"i","int4":"i","int8":"i","numeric":"i"},"aclcontains":{"_aclitem,aclitem":"i"},"acldefault":{"char,oid":"i"},"aclexplode":{"_aclitem":"s"},"aclinsert":{"_aclitem,aclitem":"i"},"aclitemeq":{"aclitem,aclitem":"i"},"aclitemin":{"cstring":"s"},"aclitemout":{"aclitem":"s"},"aclremove":{"_aclitem,aclitem":"i"},"acos":{"float8":"i"},"acosd":{"float8":"i"},"acosh":{"float8":"i"},"age":{"timestamp":"s","timestamp,timestamp":"i","timestamptz":"s","timestamptz,timestamptz":"i","xid":"s"},"amvalidate":{"oid":"v"},"any_in":{"cstring":"i"},"any_out":{"any":"i"},"any_value_transfn":{"anyelement,anyelement":"i"},"anyarray_in":{"cstring":"i"},"anyarray_out":{"anyarray":"s"},"anyarray_recv":{"internal":"s"},"anyarray_send":{"anyarray":"s"},"anycompatible_in":{"cstring":"i"},"anycompatible_out":{"anycompatible":"i"},"anycompatiblearray_in":{"cstring":"i"},"anycompatiblearray_out":{"anycompatiblearray":"s"},"anycompatiblearray_recv":{"internal":"s"},"anycompatiblearray_send":{"anycompatiblearray":"s"},"anycompatiblemultirange_in":{"cstring,oid,int4":"s"},"anycompatiblemultirange_out":{"anycompatiblemultirange":"s"},"anycompatiblenonarray_in":{"cstring":"i"},"anycompatiblenonarray_out":{"anycompatiblenonarray":"i"},"anycompatiblerange_in":{"cstring,oid,int4":"s"},"anycompatiblerange_out":{"anycompatiblerange":"s"},"anyelement_in":{"cstring":"i"},"anyelement_out":{"anyelement":"i"},"anyenum_in":{"cstring":"i"},"anyenum_out":{"anyenum":"s"},"anymultirange_in":{"cstring,oid,int4":"s"},"anymultirange_out":{"anymultirange":"s"},"anynonarray_in":{"cstring":"i"},"anynonarray_out":{"anynonarray":"i"},"anyrange_in":{"cstring,oid,int4":"s"},"anyrange_out":{"anyrange":"s"},"anytextcat":{"anynonarray,text":"s"},"area":{"box":"i","circle":"i","path":"i"},"areajoinsel":{"internal,oid,internal,int2,internal":"s"},"areasel":{"internal,oid,internal,int4":"s"},"array_agg_array_combine":{"internal,internal":"i"},"array_agg_array_deserialize":{"bytea,internal":"i"},"array_agg_array_finalfn":{"internal,anyarray":"i"},"array_agg_array_serialize":{"internal":"i"},"array_agg_array_transfn":{"internal,anyarray":"i"},"array_agg_combine":{"internal,internal":"i"},"array_agg_deserialize":{"bytea,internal":"i"},"array_agg_finalfn":{"internal,anynonarray":"i"},"array_agg_serialize":{"internal":"i"},"array_agg_transfn":{"internal,anynonarray":"i"},"array_append":{"anycompatiblearray,anycompatible":"i"},"array_append_support":{"internal":"i"},"array_cat":{"anycompatiblearray,anycompatiblearray":"i"},"array_dims":{"anyarray":"i"},"array_eq":{"anyarray,anyarray":"i"},"array_fill":{"anyelement,_int4":"i","anyelement,_int4,_int4":"i"},"array_ge":{"anyarray,anyarray":"i"},"array_gt":{"anyarray,anyarray":"i"},"array_in":{"cstring,oid,int4":"s"},"array_larger":{"anyarray,anyarray":"i"},"array_le":{"anyarray,anyarray":"i"},"array_length":{"anyarray,int4":"i"},"array_lower":{"anyarray,int4":"i"},"array_lt":{"anyarray,anyarray":"i"},"array_ndims":{"anyarray":"i"},"array_ne":{"anyarray,anyarray":"i"},"array_out":{"anyarray":"s"},"array_position":{"anycompatiblearray,anycompatible":"i","anycompatiblearray,anycompatible,int4":"i"},"array_positions":{"anycompatiblearray,anycompatible":"i"},"array_prepend":{"anycompatible,anycompatiblearray":"i"},"array_prepend_support":{"internal":"i"},"array_recv":{"internal,oid,int4":"s"},"array_remove":{"anycompatiblearray,anycompatible":"i"},"array_replace":{"anycompatiblearray,anycompatible,anycompatible":"i"},"array_reverse":{"anyarray":"i"},"array_sample":{"anyarray,int4":"v"},"array_send":{"anyarray":"s"},"array_shuffle":{"anyarray":"v"},"array_smaller":{"anyarray,anyarray":"i"},"array_sort":{"anyarray":"i","anyarray,bool":"i","anyarray,bool,bool":"i"},"array_subscript_handler":{"internal":"i"},"array_subscript_handler_support":{"internal":"i"},"array_to_json":{"anyarray":"s","anyarray,bool":"s"},"array_to_string":{"anyarray,text":"s","anyarray,text,text":"s"},"array_to_tsvector":{"_text":"i"},"array_typanalyze":{"internal":"s"},"array_unnest_support":{"internal":"i"},"array_upper":{"anyarray,int4":"i"},"arraycontained":{"anyarray,anyarray":"i"},"arraycontains":{"anyarray,anyarray":"i"},"arraycontjoinsel":{"internal,oid,internal,int2,internal":"s"},"arraycontsel":{"internal,oid,internal,int4":"s"},"arrayoverlap":{"anyarray,anyarray":"i"},"ascii":{"text":"i"},"asin":{"float8":"i"},"asind":{"float8":"i"},"asinh":{"float8":"i"},"atan":{"float8":"i"},"atan2":{"float8,float8":"i"},"atan2d":{"float8,float8":"i"},"atand":{"float8":"i"},"atanh":{"float8":"i"},"bernoulli":{"internal":"v"},"big5_to_euc_tw":{"int4,int4,cstring,internal,int4,bool":"i"},"big5_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"big5_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"binary_upgrade_add_sub_rel_state":{"text,oid,char,pg_lsn":"v"},"binary_upgrade_create_empty_extension":{"text,text,bool,text,_oid,_text,_text":"v"},"binary_upgrade_logical_slot_has_caught_up":{"name":"v"},"binary_upgrade_replorigin_advance":{"text,pg_lsn":"v"},"binary_upgrade_set_missing_value":{"oid,text,text":"v"},"binary_upgrade_set_next_array_pg_type_oid":{"oid":"v"},"binary_upgrade_set_next_heap_pg_class_oid":{"oid":"v"},"binary_upgrade_set_next_heap_relfilenode":{"oid":"v"},"binary_upgrade_set_next_index_pg_class_oid":{"oid":"v"},"binary_upgrade_set_next_index_relfilenode":{"oid":"v"},"binary_upgrade_set_next_multirange_array_pg_type_oid":{"oid":"v"},"binary_upgrade_set_next_multirange_pg_type_oid":{"oid":"v"},"binary_upgrade_set_next_pg_authid_oid":{"oid":"v"},"binary_upgrade_set_next_pg_enum_oid":{"oid":"v"},"binary_upgrade_set_next_pg_tablespace_oid":{"oid":"v"},"binary_upgrade_set_next_pg_type_oid":{"oid":"v"},"binary_upgrade_set_next_toast_pg_class_oid":{"oid":"v"},"binary_upgrade_set_next_toast_relfilenode":{"oid":"v"},"binary_upgrade_set_record_init_privs":{"bool":"v"},"bit":{"bit,int4,bool":"i","int4,int4":"i","int8,int4":"i"},"bit_count":{"bit":"i","bytea":"i"},"bit_in":{"cstring,oid,int4":"i"},"bit_length":{"bit":"i","bytea":"i","text":"i"},"bit_out":{"bit":"i"},"bit_recv":{"internal,oid,int4":"i"},"bit_send":{"bit":"i"},"bitand":{"bit,bit":"i"},"bitcat":{"varbit,varbit":"i"},"bitcmp":{"bit,bit":"i"},"biteq":{"bit,bit":"i"},"bitge":{"bit,bit":"i"},"bitgt":{"bit,bit":"i"},"bitle":{"bit,bit":"i"},"bitlt":{"bit,bit":"i"},"bitne":{"bit,bit":"i"},"bitnot":{"bit":"i"},"bitor":{"bit,bit":"i"},"bitshiftleft":{"bit,int4":"i"},"bitshiftright":{"bit,int4":"i"},"bittypmodin":{"_cstring":"i"},"bittypmodout":{"int4":"i"},"bitxor":{"bit,bit":"i"},"bool":{"int4":"i","jsonb":"i"},"bool_accum":{"internal,bool":"i"},"bool_accum_inv":{"internal,bool":"i"},"bool_alltrue":{"internal":"i"},"bool_anytrue":{"internal":"i"},"booland_statefunc":{"bool,bool":"i"},"booleq":{"bool,bool":"i"},"boolge":{"bool,bool":"i"},"boolgt":{"bool,bool":"i"},"boolin":{"cstring":"i"},"boolle":{"bool,bool":"i"},"boollt":{"bool,bool":"i"},"boolne":{"bool,bool":"i"},"boolor_statefunc":{"bool,bool":"i"},"boolout":{"bool":"i"},"boolrecv":{"internal":"i"},"boolsend":{"bool":"i"},"bound_box":{"box,box":"i"},"box":{"circle":"i","point":"i","point,point":"i","polygon":"i"},"box_above":{"box,box":"i"},"box_above_eq":{"box,box":"i"},"box_add":{"box,point":"i"},"box_below":{"box,box":"i"},"box_below_eq":{"box,box":"i"},"box_center":{"box":"i"},"box_contain":{"box,box":"i"},"box_contain_pt":{"box,point":"i"},"box_contained":{"box,box":"i"},"box_distance":{"box,box":"i"},"box_div":{"box,point":"i"},"box_eq":{"box,box":"i"},"box_ge":{"box,box":"i"},"box_gt":{"box,box":"i"},"box_in":{"cstring":"i"},"box_intersect":{"box,box":"i"},"box_le":{"box,box":"i"},"box_left":{"box,box":"i"},"box_lt":{"box,box":"i"},"box_mul":{"box,point":"i"},"box_out":{"box":"i"},"box_overabove":{"box,box":"i"},"box_overbelow":{"box,box":"i"},"box_overlap":{"box,box":"i"},"box_overleft":{"box,box":"i"},"box_overright":{"box,box":"i"},"box_recv":{"internal":"i"},"box_right":{"box,box":"i"},"box_same":{"box,box":"i"},"box_send":{"box":"i"},"box_sub":{"box,point":"i"},"bpchar":{"bpchar,int4,bool":"i","char":"i","name":"i"},"bpchar_larger":{"bpchar,bpchar":"i"},"bpchar_pattern_ge":{"bpchar,bpchar":"i"},"bpchar_pattern_gt":{"bpchar,bpchar":"i"},"bpchar_pattern_le":{"bpchar,bpchar":"i"},"bpchar_pattern_lt":{"bpchar,bpchar":"i"},"bpchar_smaller":{"bpchar,bpchar":"i"},"bpchar_sortsupport":{"internal":"i"},"bpcharcmp":{"bpchar,bpchar":"i"},"bpchareq":{"bpchar,bpchar":"i"},"bpcharge":{"bpchar,bpchar":"i"},"bpchargt":{"bpchar,bpchar":"i"},"bpchariclike":{"bpchar,text":"i"},"bpcharicnlike":{"bpchar,text":"i"},"bpcharicregexeq":{"bpchar,text":"i"},"bpcharicregexne":{"bpchar,text":"i"},"bpcharin":{"cstring,oid,int4":"i"},"bpcharle":{"bpchar,bpchar":"i"},"bpcharlike":{"bpchar,text":"i"},"bpcharlt":{"bpchar,bpchar":"i"},"bpcharne":{"bpchar,bpchar":"i"},"bpcharnlike":{"bpchar,text":"i"},"bpcharout":{"bpchar":"i"},"bpcharrecv":{"internal,oid,int4":"s"},"bpcharregexeq":{"bpchar,text":"i"},"bpcharregexne":{"bpchar,text":"i"},"bpcharsend":{"bpchar":"s"},"bpchartypmodin":{"_cstring":"i"},"bpchartypmodout":{"int4":"i"},"brin_bloom_add_value":{"internal,internal,internal,internal":"i"},"brin_bloom_consistent":{"internal,internal,internal,int4":"i"},"brin_bloom_opcinfo":{"internal":"i"},"brin_bloom_options":{"internal":"i"},"brin_bloom_summary_in":{"cstring":"i"},"brin_bloom_summary_out":{"pg_brin_bloom_summary":"i"},"brin_bloom_summary_recv":{"internal":"s"},"brin_bloom_summary_send":{"pg_brin_bloom_summary":"s"},"brin_bloom_union":{"internal,internal,internal":"i"},"brin_desummarize_range":{"regclass,int8":"v"},"brin_inclusion_add_value":{"internal,internal,internal,internal":"i"},"brin_inclusion_consistent":{"internal,internal,internal":"i"},"brin_inclusion_opcinfo":{"internal":"i"},"brin_inclusion_union":{"internal,internal,internal":"i"},"brin_minmax_add_value":{"internal,internal,internal,internal":"i"},"brin_minmax_consistent":{"internal,internal,internal":"i"},"brin_minmax_multi_add_value":{"internal,internal,internal,internal":"i"},"brin_minmax_multi_consistent":{"internal,internal,internal,int4":"i"},"brin_minmax_multi_distance_date":{"internal,internal":"i"},"brin_minmax_multi_distance_float4":{"internal,internal":"i"},"brin_minmax_multi_distance_float8":{"internal,internal":"i"},"brin_minmax_multi_distance_inet":{"internal,internal":"i"},"brin_minmax_multi_distance_int2":{"internal,internal":"i"},"brin_minmax_multi_distance_int4":{"internal,internal":"i"},"brin_minmax_multi_distance_int8":{"internal,internal":"i"},"brin_minmax_multi_distance_interval":{"internal,internal":"i"},"brin_minmax_multi_distance_macaddr":{"internal,internal":"i"},"brin_minmax_multi_distance_macaddr8":{"internal,internal":"i"},"brin_minmax_multi_distance_numeric":{"internal,internal":"i"},"brin_minmax_multi_distance_pg_lsn":{"internal,internal":"i"},"brin_minmax_multi_distance_tid":{"internal,internal":"i"},"brin_minmax_multi_distance_time":{"internal,internal":"i"},"brin_minmax_multi_distance_timestamp":{"internal,internal":"i"},"brin_minmax_multi_distance_timetz":{"internal,internal":"i"},"brin_minmax_multi_distance_uuid":{"internal,internal":"i"},"brin_minmax_multi_opcinfo":{"internal":"i"},"brin_minmax_multi_options":{"internal":"i"},"brin_minmax_multi_summary_in":{"cstring":"i"},"brin_minmax_multi_summary_out":{"pg_brin_minmax_multi_summary":"i"},"brin_minmax_multi_summary_recv":{"internal":"s"},"brin_minmax_multi_summary_send":{"pg_brin_minmax_multi_summary":"s"},"brin_minmax_multi_union":{"internal,internal,internal":"i"},"brin_minmax_opcinfo":{"internal":"i"},"brin_minmax_union":{"internal,internal,internal":"i"},"brin_summarize_new_values":{"regclass":"v"},"brin_summarize_range":{"regclass,int8":"v"},"brinhandler":{"internal":"v"},"broadcast":{"inet":"i"},"btarraycmp":{"anyarray,anyarray":"i"},"btboolcmp":{"bool,bool":"i"},"btboolskipsupport":{"internal":"i"},"btbpchar_pattern_cmp":{"bpchar,bpchar":"i"},"btbpchar_pattern_sortsupport":{"internal":"i"},"btcharcmp":{"char,char":"i"},"btcharskipsupport":{"internal":"i"},"btequalimage":{"oid":"i"},"btfloat48cmp":{"float4,float8":"i"},"btfloat4cmp":{"float4,float4":"i"},"btfloat4sortsupport":{"internal":"i"},"btfloat84cmp":{"float8,float4":"i"},"btfloat8cmp":{"float8,float8":"i"},"btfloat8sortsupport":{"internal":"i"},"bthandler":{"internal":"v"},"btint24cmp":{"int2,int4":"i"},"btint28cmp":{"int2,int8":"i"},"btint2cmp":{"int2,int2":"i"},"btint2skipsupport":{"internal":"i"},"btint2sortsupport":{"internal":"i"},"btint42cmp":{"int4,int2":"i"},"btint48cmp":{"int4,int8":"i"},"btint4cmp":{"int4,int4":"i"},"btint4skipsupport":{"internal":"i"},"btint4sortsupport":{"internal":"i"},"btint82cmp":{"int8,int2":"i"},"btint84cmp":{"int8,int4":"i"},"btint8cmp":{"int8,int8":"i"},"btint8skipsupport":{"internal":"i"},"btint8sortsupport":{"internal":"i"},"btnamecmp":{"name,name":"i"},"btnamesortsupport":{"internal":"i"},"btnametextcmp":{"name,text":"i"},"btoidcmp":{"oid,oid":"i"},"btoidskipsupport":{"internal":"i"},"btoidsortsupport":{"internal":"i"},"btoidvectorcmp":{"oidvector,oidvector":"i"},"btrecordcmp":{"record,record":"i"},"btrecordimagecmp":{"record,record":"i"},"btrim":{"bytea,bytea":"i","text":"i","text,text":"i"},"bttext_pattern_cmp":{"text,text":"i"},"bttext_pattern_sortsupport":{"internal":"i"},"bttextcmp":{"text,text":"i"},"bttextnamecmp":{"text,name":"i"},"bttextsortsupport":{"internal":"i"},"bttidcmp":{"tid,tid":"i"},"btvarstrequalimage":{"oid":"i"},"bytea":{"int2":"i","int4":"i","int8":"i"},"bytea_larger":{"bytea,bytea":"i"},"bytea_smaller":{"bytea,bytea":"i"},"bytea_sortsupport":{"internal":"i"},"bytea_string_agg_finalfn":{"internal":"i"},"bytea_string_agg_transfn":{"internal,bytea,bytea":"i"},"byteacat":{"bytea,bytea":"i"},"byteacmp":{"bytea,bytea":"i"},"byteaeq":{"bytea,bytea":"i"},"byteage":{"bytea,bytea":"i"},"byteagt":{"bytea,bytea":"i"},"byteain":{"cstring":"i"},"byteale":{"bytea,bytea":"i"},"bytealike":{"bytea,bytea":"i"},"bytealt":{"bytea,bytea":"i"},"byteane":{"bytea,bytea":"i"},"byteanlike":{"bytea,bytea":"i"},"byteaout":{"bytea":"i"},"bytearecv":{"internal":"i"},"byteasend":{"bytea":"i"},"cardinality":{"anyarray":"i"},"casefold":{"text":"i"},"cash_cmp":{"money,money":"i"},"cash_div_cash":{"money,money":"i"},"cash_div_flt4":{"money,float4":"i"},"cash_div_flt8":{"money,float8":"i"},"cash_div_int2":{"money,int2":"i"},"cash_div_int4":{"money,int4":"i"},"cash_div_int8":{"money,int8":"i"},"cash_eq":{"money,money":"i"},"cash_ge":{"money,money":"i"},"cash_gt":{"money,money":"i"},"cash_in":{"cstring":"s"},"cash_le":{"money,money":"i"},"cash_lt":{"money,money":"i"},"cash_mi":{"money,money":"i"},"cash_mul_flt4":{"money,float4":"i"},"cash_mul_flt8":{"money,float8":"i"},"cash_mul_int2":{"money,int2":"i"},"cash_mul_int4":{"money,int4":"i"},"cash_mul_int8":{"money,int8":"i"},"cash_ne":{"money,money":"i"},"cash_out":{"money":"s"},"cash_pl":{"money,money":"i"},"cash_recv":{"internal":"i"},"cash_send":{"money":"i"},"cash_words":{"money":"i"},"cashlarger":{"money,money":"i"},"cashsmaller":{"money,money":"i"},"cbrt":{"float8":"i"},"ceil":{"float8":"i","numeric":"i"},"ceiling":{"float8":"i","numeric":"i"},"center":{"box":"i","circle":"i"},"char":{"int4":"i","text":"i"},"char_length":{"bpchar":"i","text":"i"},"character_length":{"bpchar":"i","text":"i"},"chareq":{"char,char":"i"},"charge":{"char,char":"i"},"chargt":{"char,char":"i"},"charin":{"cstring":"i"},"charle":{"char,char":"i"},"charlt":{"char,char":"i"},"charne":{"char,char":"i"},"charout":{"char":"i"},"charrecv":{"internal":"i"},"charsend":{"char":"i"},"chr":{"int4":"i"},"cideq":{"cid,cid":"i"},"cidin":{"cstring":"i"},"cidout":{"cid":"i"},"cidr":{"inet":"i"},"cidr_in":{"cstring":"i"},"cidr_out":{"cidr":"i"},"cidr_recv":{"internal":"i"},"cidr_send":{"cidr":"i"},"cidrecv":{"internal":"i"},"cidsend":{"cid":"i"},"circle":{"box":"i","point,float8":"i","polygon":"i"},"circle_above":{"circle,circle":"i"},"circle_add_pt":{"circle,point":"i"},"circle_below":{"circle,circle":"i"},"circle_center":{"circle":"i"},"circle_contain":{"circle,circle":"i"},"circle_contain_pt":{"circle,point":"i"},"circle_contained":{"circle,circle":"i"},"circle_distance":{"circle,circle":"i"},"circle_div_pt":{"circle,point":"i"},"circle_eq":{"circle,circle":"i"},"circle_ge":{"circle,circle":"i"},"circle_gt":{"circle,circle":"i"},"circle_in":{"cstring":"i"},"circle_le":{"circle,circle":"i"},"circle_left":{"circle,circle":"i"},"circle_lt":{"circle,circle":"i"},"circle_mul_pt":{"circle,point":"i"},"circle_ne":{"circle,circle":"i"},"circle_out":{"circle":"i"},"circle_overabove":{"circle,circle":"i"},"circle_overbelow":{"circle,circle":"i"},"circle_overlap":{"circle,circle":"i"},"circle_overleft":{"circle,circle":"i"},"circle_overright":{"circle,circle":"i"},"circle_recv":{"internal":"i"},"circle_right":{"circle,circle":"i"},"circle_same":{"circle,circle":"i"},"circle_send":{"circle":"i"},"circle_sub_pt":{"circle,point":"i"},"clock_timestamp":{"":"v"},"close_ls":{"line,lseg":"i"},"close_lseg":{"lseg,lseg":"i"},"close_pb":{"point,box":"i"},"close_pl":{"point,line":"i"},"close_ps":{"point,lseg":"i"},"close_sb":{"lseg,box":"i"},"col_description":{"oid,int4":"s"},"concat":{"any":"s"},"concat_ws":{"text,any":"s"},"contjoinsel":{"internal,oid,internal,int2,internal":"s"},"contsel":{"internal,oid,internal,int4":"s"},"convert":{"bytea,name,name":"s"},"convert_from":{"bytea,name":"s"},"convert_to":{"text,name":"s"},"cos":{"float8":"i"},"cosd":{"float8":"i"},"cosh":{"float8":"i"},"cot":{"float8":"i"},"cotd":{"float8":"i"},"crc32":{"bytea":"i"},"crc32c":{"bytea":"i"},"cstring_in":{"cstring":"i"},"cstring_out":{"cstring":"i"},"cstring_recv":{"internal":"s"},"cstring_send":{"cstring":"s"},"cume_dist_final":{"internal,any":"i"},"current_database":{"":"s"},"current_query":{"":"v"},"current_schema":{"":"s"},"current_schemas":{"bool":"s"},"current_setting":{"text":"s","text,bool":"s"},"current_user":{"":"s"},"currtid2":{"text,tid":"v"},"currval":{"regclass":"v"},"cursor_to_xml":{"refcursor,int4,bool,bool,text":"v"},"cursor_to_xmlschema":{"refcursor,bool,bool,text":"v"},"database_to_xml":{"bool,bool,text":"s"},"database_to_xml_and_xmlschema":{"bool,bool,text":"s"},"database_to_xmlschema":{"bool,bool,text":"s"},"date":{"timestamp":"i","timestamptz":"s"},"date_add":{"timestamptz,interval":"s","timestamptz,interval,text":"i"},"date_bin":{"interval,timestamp,timestamp":"i","interval,timestamptz,timestamptz":"i"},"date_cmp":{"date,date":"i"},"date_cmp_timestamp":{"date,timestamp":"i"},"date_cmp_timestamptz":{"date,timestamptz":"s"},"date_eq":{"date,date":"i"},"date_eq_timestamp":{"date,timestamp":"i"},"date_eq_timestamptz":{"date,timestamptz":"s"},"date_ge":{"date,date":"i"},"date_ge_timestamp":{"date,timestamp":"i"},"date_ge_timestamptz":{"date,timestamptz":"s"},"date_gt":{"date,date":"i"},"date_gt_timestamp":{"date,timestamp":"i"},"date_gt_timestamptz":{"date,timestamptz":"s"},"date_in":{"cstring":"s"},"date_larger":{"date,date":"i"},"date_le":{"date,date":"i"},"date_le_timestamp":{"date,timestamp":"i"},"date_le_timestamptz":{"date,timestamptz":"s"},"date_lt":{"date,date":"i"},"date_lt_timestamp":{"date,timestamp":"i"},"date_lt_timestamptz":{"date,timestamptz":"s"},"date_mi":{"date,date":"i"},"date_mi_interval":{"date,interval":"i"},"date_mii":{"date,int4":"i"},"date_ne":{"date,date":"i"},"date_ne_timestamp":{"date,timestamp":"i"},"date_ne_timestamptz":{"date,timestamptz":"s"},"date_out":{"date":"s"},"date_part":{"text,date":"i","text,interval":"i","text,time":"i","text,timestamp":"i","text,timestamptz":"s","text,timetz":"i"},"date_pl_interval":{"date,interval":"i"},"date_pli":{"date,int4":"i"},"date_recv":{"internal":"i"},"date_send":{"date":"i"},"date_skipsupport":{"internal":"i"},"date_smaller":{"date,date":"i"},"date_sortsupport":{"internal":"i"},"date_subtract":{"timestamptz,interval":"s","timestamptz,interval,text":"i"},"date_trunc":{"text,interval":"i","text,timestamp":"i","text,timestamptz":"s","text,timestamptz,text":"i"},"datemultirange":{"":"i","_daterange":"i","daterange":"i"},"daterange":{"date,date":"i","date,date,text":"i"},"daterange_canonical":{"daterange":"i"},"daterange_subdiff":{"date,date":"i"},"datetime_pl":{"date,time":"i"},"datetimetz_pl":{"date,timetz":"i"},"dcbrt":{"float8":"i"},"decode":{"text,text":"i"},"degrees":{"float8":"i"},"dense_rank_final":{"internal,any":"i"},"dexp":{"float8":"i"},"diagonal":{"box":"i"},"diameter":{"circle":"i"},"dispell_init":{"internal":"i"},"dispell_lexize":{"internal,internal,internal,internal":"i"},"dist_bp":{"box,point":"i"},"dist_bs":{"box,lseg":"i"},"dist_cpoint":{"circle,point":"i"},"dist_cpoly":{"circle,polygon":"i"},"dist_lp":{"line,point":"i"},"dist_ls":{"line,lseg":"i"},"dist_pathp":{"path,point":"i"},"dist_pb":{"point,box":"i"},"dist_pc":{"point,circle":"i"},"dist_pl":{"point,line":"i"},"dist_polyc":{"polygon,circle":"i"},"dist_polyp":{"polygon,point":"i"},"dist_ppath":{"point,path":"i"},"dist_ppoly":{"point,polygon":"i"},"dist_ps":{"point,lseg":"i"},"dist_sb":{"lseg,box":"i"},"dist_sl":{"lseg,line":"i"},"dist_sp":{"lseg,point":"i"},"div":{"numeric,numeric":"i"},"dlog1":{"float8":"i"},"dlog10":{"float8":"i"},"domain_in":{"cstring,oid,int4":"s"},"domain_recv":{"internal,oid,int4":"s"},"dpow":{"float8,float8":"i"},"dround":{"float8":"i"},"dsimple_init":{"internal":"i"},"dsimple_lexize":{"internal,internal,internal,internal":"i"},"dsnowball_init":{"internal":"v"},"dsnowball_lexize":{"internal,internal,internal,internal":"v"},"dsqrt":{"float8":"i"},"dsynonym_init":{"internal":"i"},"dsynonym_lexize":{"internal,internal,internal,internal":"i"},"dtrunc":{"float8":"i"},"elem_contained_by_multirange":{"anyelement,anymultirange":"i"},"elem_contained_by_range":{"anyelement,anyrange":"i"},"elem_contained_by_range_support":{"internal":"i"},"encode":{"bytea,text":"i"},"enum_cmp":{"anyenum,anyenum":"i"},"enum_eq":{"anyenum,anyenum":"i"},"enum_first":{"anyenum":"s"},"enum_ge":{"anyenum,anyenum":"i"},"enum_gt":{"anyenum,anyenum":"i"},"enum_in":{"cstring,oid":"s"},"enum_larger":{"anyenum,anyenum":"i"},"enum_last":{"anyenum":"s"},"enum_le":{"anyenum,anyenum":"i"},"enum_lt":{"anyenum,anyenum":"i"},"enum_ne":{"anyenum,anyenum":"i"},"enum_out":{"anyenum":"s"},"enum_range":{"anyenum":"s","anyenum,anyenum":"s"},"enum_recv":{"internal,oid":"s"},"enum_send":{"anyenum":"s"},"enum_smaller":{"anyenum,anyenum":"i"},"eqjoinsel":{"internal,oid,internal,int2,internal":"s"},"eqsel":{"internal,oid,internal,int4":"s"},"erf":{"float8":"i"},"erfc":{"float8":"i"},"euc_cn_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_cn_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_jis_2004_to_shift_jis_2004":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_jis_2004_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_jp_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_jp_to_sjis":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_jp_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_kr_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_kr_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_tw_to_big5":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_tw_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"euc_tw_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"event_trigger_in":{"cstring":"i"},"event_trigger_out":{"event_trigger":"i"},"exp":{"float8":"i","numeric":"i"},"extract":{"text,date":"i","text,interval":"i","text,time":"i","text,timestamp":"i","text,timestamptz":"s","text,timetz":"i"},"factorial":{"int8":"i"},"family":{"inet":"i"},"fdw_handler_in":{"cstring":"i"},"fdw_handler_out":{"fdw_handler":"i"},"float4":{"float8":"i","int2":"i","int4":"i","int8":"i","jsonb":"i","numeric":"i"},"float48div":{"float4,float8":"i"},"float48eq":{"float4,float8":"i"},"float48ge":{"float4,float8":"i"},"float48gt":{"float4,float8":"i"},"float48le":{"float4,float8":"i"},"float48lt":{"float4,float8":"i"},"float48mi":{"float4,float8":"i"},"float48mul":{"float4,float8":"i"},"float48ne":{"float4,float8":"i"},"float48pl":{"float4,float8":"i"},"float4_accum":{"_float8,float4":"i"},"float4abs":{"float4":"i"},"float4div":{"float4,float4":"i"},"float4eq":{"float4,float4":"i"},"float4ge":{"float4,float4":"i"},"float4gt":{"float4,float4":"i"},"float4in":{"cstring":"i"},"float4larger":{"float4,float4":"i"},"float4le":{"float4,float4":"i"},"float4lt":{"float4,float4":"i"},"float4mi":{"float4,float4":"i"},"float4mul":{"float4,float4":"i"},"float4ne":{"float4,float4":"i"},"float4out":{"float4":"i"},"float4pl":{"float4,float4":"i"},"float4recv":{"internal":"i"},"float4send":{"float4":"i"},"float4smaller":{"float4,float4":"i"},"float4um":{"float4":"i"},"float4up":{"float4":"i"},"float8":{"float4":"i","int2":"i","int4":"i","int8":"i","jsonb":"i","numeric":"i"},"float84div":{"float8,float4":"i"},"float84eq":{"float8,float4":"i"},"float84ge":{"float8,float4":"i"},"float84gt":{"float8,float4":"i"},"float84le":{"float8,float4":"i"},"float84lt":{"float8,float4":"i"},"float84mi":{"float8,float4":"i"},"float84mul":{"float8,float4":"i"},"float84ne":{"float8,float4":"i"},"float84pl":{"float8,float4":"i"},"float8_accum":{"_float8,float8":"i"},"float8_avg":{"_float8":"i"},"float8_combine":{"_float8,_float8":"i"},"float8_corr":{"_float8":"i"},"float8_covar_pop":{"_float8":"i"},"float8_covar_samp":{"_float8":"i"},"float8_regr_accum":{"_float8,float8,float8":"i"},"float8_regr_avgx":{"_float8":"i"},"float8_regr_avgy":{"_float8":"i"},"float8_regr_combine":{"_float8,_float8":"i"},"float8_regr_intercept":{"_float8":"i"},"float8_regr_r2":{"_float8":"i"},"float8_regr_slope":{"_float8":"i"},"float8_regr_sxx":{"_float8":"i"},"float8_regr_sxy":{"_float8":"i"},"float8_regr_syy":{"_float8":"i"},"float8_stddev_pop":{"_float8":"i"},"float8_stddev_samp":{"_float8":"i"},"float8_var_pop":{"_float8":"i"},"float8_var_samp":{"_float8":"i"},"float8abs":{"float8":"i"},"float8div":{"float8,float8":"i"},"float8eq":{"float8,float8":"i"},"float8ge":{"float8,float8":"i"},"float8gt":{"float8,float8":"i"},"float8in":{"cstring":"i"},"float8larger":{"float8,float8":"i"},"float8le":{"float8,float8":"i"},"float8lt":{"float8,float8":"i"},"float8mi":{"float8,float8":"i"},"float8mul":{"float8,float8":"i"},"float8ne":{"float8,float8":"i"},"float8out":{"float8":"i"},"float8pl":{"float8,float8":"i"},"float8recv":{"internal":"i"},"float8send":{"float8":"i"},"float8smaller":{"float8,float8":"i"},"float8um":{"float8":"i"},"float8up":{"float8":"i"},"floor":{"float8":"i","numeric":"i"},"flt4_mul_cash":{"float4,money":"i"},"flt8_mul_cash":{"float8,money":"i"},"fmgr_c_validator":{"oid":"s"},"fmgr_internal_validator":{"oid":"s"},"fmgr_sql_validator":{"oid":"s"},"format":{"text":"s","text,any":"s"},"format_type":{"oid,int4":"s"},"gamma":{"float8":"i"},"gb18030_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"gbk_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"gcd":{"int4,int4":"i","int8,int8":"i","numeric,numeric":"i"},"gen_random_uuid":{"":"v"},"generate_series":{"int4,int4":"i","int4,int4,int4":"i","int8,int8":"i","int8,int8,int8":"i","numeric,numeric":"i","numeric,numeric,numeric":"i","timestamp,timestamp,interval":"i","timestamptz,timestamptz,interval":"s","timestamptz,timestamptz,interval,text":"i"},"generate_series_int4_support":{"internal":"i"},"generate_series_int8_support":{"internal":"i"},"generate_series_numeric_support":{"internal":"i"},"generate_series_timestamp_support":{"internal":"i"},"generate_subscripts":{"anyarray,int4":"i","anyarray,int4,bool":"i"},"get_bit":{"bit,int4":"i","bytea,int8":"i"},"get_byte":{"bytea,int4":"i"},"get_current_ts_config":{"":"s"},"getdatabaseencoding":{"":"s"},"getpgusername":{"":"s"},"gin_clean_pending_list":{"regclass":"v"},"gin_cmp_prefix":{"text,text,int2,internal":"i"},"gin_cmp_tslexeme":{"text,text":"i"},"gin_compare_jsonb":{"text,text":"i"},"gin_consistent_jsonb":{"internal,int2,jsonb,int4,internal,internal,internal,internal":"i"},"gin_consistent_jsonb_path":{"internal,int2,jsonb,int4,internal,internal,internal,internal":"i"},"gin_extract_jsonb":{"jsonb,internal,internal":"i"},"gin_extract_jsonb_path":{"jsonb,internal,internal":"i"},"gin_extract_jsonb_query":{"jsonb,internal,int2,internal,internal,internal,internal":"i"},"gin_extract_jsonb_query_path":{"jsonb,internal,int2,internal,internal,internal,internal":"i"},"gin_extract_tsquery":{"tsquery,internal,int2,internal,internal":"i","tsquery,internal,int2,internal,internal,internal,internal":"i","tsvector,internal,int2,internal,internal,internal,internal":"i"},"gin_extract_tsvector":{"tsvector,internal":"i","tsvector,internal,internal":"i"},"gin_triconsistent_jsonb":{"internal,int2,jsonb,int4,internal,internal,internal":"i"},"gin_triconsistent_jsonb_path":{"internal,int2,jsonb,int4,internal,internal,internal":"i"},"gin_tsquery_consistent":{"internal,int2,tsquery,int4,internal,internal":"i","internal,int2,tsquery,int4,internal,internal,internal,internal":"i","internal,int2,tsvector,int4,internal,internal,internal,internal":"i"},"gin_tsquery_triconsistent":{"internal,int2,tsvector,int4,internal,internal,internal":"i"},"ginarrayconsistent":{"internal,int2,anyarray,int4,internal,internal,internal,internal":"i"},"ginarrayextract":{"anyarray,internal":"i","anyarray,internal,internal":"i"},"ginarraytriconsistent":{"internal,int2,anyarray,int4,internal,internal,internal":"i"},"ginhandler":{"internal":"v"},"ginqueryarrayextract":{"anyarray,internal,int2,internal,internal,internal,internal":"i"},"gist_box_consistent":{"internal,box,int2,oid,internal":"i"},"gist_box_distance":{"internal,box,int2,oid,internal":"i"},"gist_box_penalty":{"internal,internal,internal":"i"},"gist_box_picksplit":{"internal,internal":"i"},"gist_box_same":{"box,box,internal":"i"},"gist_box_union":{"internal,internal":"i"},"gist_circle_compress":{"internal":"i"},"gist_circle_consistent":{"internal,circle,int2,oid,internal":"i"},"gist_circle_distance":{"internal,circle,int2,oid,internal":"i"},"gist_point_compress":{"internal":"i"},"gist_point_consistent":{"internal,point,int2,oid,internal":"i"},"gist_point_distance":{"internal,point,int2,oid,internal":"i"},"gist_point_fetch":{"internal":"i"},"gist_point_sortsupport":{"internal":"i"},"gist_poly_compress":{"internal":"i"},"gist_poly_consistent":{"internal,polygon,int2,oid,internal":"i"},"gist_poly_distance":{"internal,polygon,int2,oid,internal":"i"},"gist_translate_cmptype_common":{"int4":"i"},"gisthandler":{"internal":"v"},"gtsquery_compress":{"internal":"i"},"gtsquery_consistent":{"internal,internal,int4,oid,internal":"i","internal,tsquery,int2,oid,internal":"i"},"gtsquery_penalty":{"internal,internal,internal":"i"},"gtsquery_picksplit":{"internal,internal":"i"},"gtsquery_same":{"int8,int8,internal":"i"},"gtsquery_union":{"internal,internal":"i"},"gtsvector_compress":{"internal":"i"},"gtsvector_consistent":{"internal,gtsvector,int4,oid,internal":"i","internal,tsvector,int2,oid,internal":"i"},"gtsvector_decompress":{"internal":"i"},"gtsvector_options":{"internal":"i"},"gtsvector_penalty":{"internal,internal,internal":"i"},"gtsvector_picksplit":{"internal,internal":"i"},"gtsvector_same":{"gtsvector,gtsvector,internal":"i"},"gtsvector_union":{"internal,internal":"i"},"gtsvectorin":{"cstring":"i"},"gtsvectorout":{"gtsvector":"i"},"has_any_column_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_column_privilege":{"name,oid,int2,text":"s","name,oid,text,text":"s","name,text,int2,text":"s","name,text,text,text":"s","oid,int2,text":"s","oid,oid,int2,text":"s","oid,oid,text,text":"s","oid,text,int2,text":"s","oid,text,text":"s","oid,text,text,text":"s","text,int2,text":"s","text,text,text":"s"},"has_database_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_foreign_data_wrapper_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_function_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_language_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_largeobject_privilege":{"name,oid,text":"s","oid,oid,text":"s","oid,text":"s"},"has_parameter_privilege":{"name,text,text":"s","oid,text,text":"s","text,text":"s"},"has_schema_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_sequence_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_server_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_table_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_tablespace_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"has_type_privilege":{"name,oid,text":"s","name,text,text":"s","oid,oid,text":"s","oid,text":"s","oid,text,text":"s","text,text":"s"},"hash_aclitem":{"aclitem":"i"},"hash_aclitem_extended":{"aclitem,int8":"i"},"hash_array":{"anyarray":"i"},"hash_array_extended":{"anyarray,int8":"i"},"hash_multirange":{"anymultirange":"i"},"hash_multirange_extended":{"anymultirange,int8":"i"},"hash_numeric":{"numeric":"i"},"hash_numeric_extended":{"numeric,int8":"i"},"hash_range":{"anyrange":"i"},"hash_range_extended":{"anyrange,int8":"i"},"hash_record":{"record":"i"},"hash_record_extended":{"record,int8":"i"},"hashbool":{"bool":"i"},"hashboolextended":{"bool,int8":"i"},"hashbpchar":{"bpchar":"i"},"hashbpcharextended":{"bpchar,int8":"i"},"hashbytea":{"bytea":"i"},"hashbyteaextended":{"bytea,int8":"i"},"hashchar":{"char":"i"},"hashcharextended":{"char,int8":"i"},"hashcid":{"cid":"i"},"hashcidextended":{"cid,int8":"i"},"hashdate":{"date":"i"},"hashdateextended":{"date,int8":"i"},"hashenum":{"anyenum":"i"},"hashenumextended":{"anyenum,int8":"i"},"hashfloat4":{"float4":"i"},"hashfloat4extended":{"float4,int8":"i"},"hashfloat8":{"float8":"i"},"hashfloat8extended":{"float8,int8":"i"},"hashhandler":{"internal":"v"},"hashinet":{"inet":"i"},"hashinetextended":{"inet,int8":"i"},"hashint2":{"int2":"i"},"hashint2extended":{"int2,int8":"i"},"hashint4":{"int4":"i"},"hashint4extended":{"int4,int8":"i"},"hashint8":{"int8":"i"},"hashint8extended":{"int8,int8":"i"},"hashmacaddr":{"macaddr":"i"},"hashmacaddr8":{"macaddr8":"i"},"hashmacaddr8extended":{"macaddr8,int8":"i"},"hashmacaddrextended":{"macaddr,int8":"i"},"hashname":{"name":"i"},"hashnameextended":{"name,int8":"i"},"hashoid":{"oid":"i"},"hashoidextended":{"oid,int8":"i"},"hashoidvector":{"oidvector":"i"},"hashoidvectorextended":{"oidvector,int8":"i"},"hashtext":{"text":"i"},"hashtextextended":{"text,int8":"i"},"hashtid":{"tid":"i"},"hashtidextended":{"tid,int8":"i"},"hashvarlena":{"internal":"i"},"hashvarlenaextended":{"internal,int8":"i"},"hashxid":{"xid":"i"},"hashxid8":{"xid8":"i"},"hashxid8extended":{"xid8,int8":"i"},"hashxidextended":{"xid,int8":"i"},"heap_tableam_handler":{"internal":"v"},"height":{"box":"i"},"host":{"inet":"i"},"hostmask":{"inet":"i"},"iclikejoinsel":{"internal,oid,internal,int2,internal":"s"},"iclikesel":{"internal,oid,internal,int4":"s"},"icnlikejoinsel":{"internal,oid,internal,int2,internal":"s"},"icnlikesel":{"internal,oid,internal,int4":"s"},"icregexeqjoinsel":{"internal,oid,internal,int2,internal":"s"},"icregexeqsel":{"internal,oid,internal,int4":"s"},"icregexnejoinsel":{"internal,oid,internal,int2,internal":"s"},"icregexnesel":{"internal,oid,internal,int4":"s"},"icu_unicode_version":{"":"i"},"in_range":{"date,date,interval,bool,bool":"i","float4,float4,float8,bool,bool":"i","float8,float8,float8,bool,bool":"i","int2,int2,int2,bool,bool":"i","int2,int2,int4,bool,bool":"i","int2,int2,int8,bool,bool":"i","int4,int4,int2,bool,bool":"i","int4,int4,int4,bool,bool":"i","int4,int4,int8,bool,bool":"i","int8,int8,int8,bool,bool":"i","interval,interval,interval,bool,bool":"i","numeric,numeric,numeric,bool,bool":"i","time,time,interval,bool,bool":"i","timestamp,timestamp,interval,bool,bool":"i","timestamptz,timestamptz,interval,bool,bool":"s","timetz,timetz,interval,bool,bool":"i"},"index_am_handler_in":{"cstring":"i"},"index_am_handler_out":{"index_am_handler":"i"},"inet_client_addr":{"":"s"},"inet_client_port":{"":"s"},"inet_gist_compress":{"internal":"i"},"inet_gist_consistent":{"internal,inet,int2,oid,internal":"i"},"inet_gist_fetch":{"internal":"i"},"inet_gist_penalty":{"internal,internal,internal":"i"},"inet_gist_picksplit":{"internal,internal":"i"},"inet_gist_same":{"inet,inet,internal":"i"},"inet_gist_union":{"internal,internal":"i"},"inet_in":{"cstring":"i"},"inet_merge":{"inet,inet":"i"},"inet_out":{"inet":"i"},"inet_recv":{"internal":"i"},"inet_same_family":{"inet,inet":"i"},"inet_send":{"inet":"i"},"inet_server_addr":{"":"s"},"inet_server_port":{"":"s"},"inet_spg_choose":{"internal,internal":"i"},"inet_spg_config":{"internal,internal":"i"},"inet_spg_inner_consistent":{"internal,internal":"i"},"inet_spg_leaf_consistent":{"internal,internal":"i"},"inet_spg_picksplit":{"internal,internal":"i"},"inetand":{"inet,inet":"i"},"inetmi":{"inet,inet":"i"},"inetmi_int8":{"inet,int8":"i"},"inetnot":{"inet":"i"},"inetor":{"inet,inet":"i"},"inetpl":{"inet,int8":"i"},"initcap":{"text":"i"},"int2":{"bytea":"i","float4":"i","float8":"i","int4":"i","int8":"i","jsonb":"i","numeric":"i"},"int24div":{"int2,int4":"i"},"int24eq":{"int2,int4":"i"},"int24ge":{"int2,int4":"i"},"int24gt":{"int2,int4":"i"},"int24le":{"int2,int4":"i"},"int24lt":{"int2,int4":"i"},"int24mi":{"int2,int4":"i"},"int24mul":{"int2,int4":"i"},"int24ne":{"int2,int4":"i"},"int24pl":{"int2,int4":"i"},"int28div":{"int2,int8":"i"},"int28eq":{"int2,int8":"i"},"int28ge":{"int2,int8":"i"},"int28gt":{"int2,int8":"i"},"int28le":{"int2,int8":"i"},"int28lt":{"int2,int8":"i"},"int28mi":{"int2,int8":"i"},"int28mul":{"int2,int8":"i"},"int28ne":{"int2,int8":"i"},"int28pl":{"int2,int8":"i"},"int2_accum":{"internal,int2":"i"},"int2_accum_inv":{"internal,int2":"i"},"int2_avg_accum":{"_int8,int2":"i"},"int2_avg_accum_inv":{"_int8,int2":"i"},"int2_mul_cash":{"int2,money":"i"},"int2_sum":{"int8,int2":"i"},"int2abs":{"int2":"i"},"int2and":{"int2,int2":"i"},"int2div":{"int2,int2":"i"},"int2eq":{"int2,int2":"i"},"int2ge":{"int2,int2":"i"},"int2gt":{"int2,int2":"i"},"int2in":{"cstring":"i"},"int2int4_sum":{"_int8":"i"},"int2larger":{"int2,int2":"i"},"int2le":{"int2,int2":"i"},"int2lt":{"int2,int2":"i"},"int2mi":{"int2,int2":"i"},"int2mod":{"int2,int2":"i"},"int2mul":{"int2,int2":"i"},"int2ne":{"int2,int2":"i"},"int2not":{"int2":"i"},"int2or":{"int2,int2":"i"},"int2out":{"int2":"i"},"int2pl":{"int2,int2":"i"},"int2recv":{"internal":"i"},"int2send":{"int2":"i"},"int2shl":{"int2,int4":"i"},"int2shr":{"int2,int4":"i"},"int2smaller":{"int2,int2":"i"},"int2um":{"int2":"i"},"int2up":{"int2":"i"},"int2vectorin":{"cstring":"i"},"int2vectorout":{"int2vector":"i"},"int2vectorrecv":{"internal":"i"},"int2vectorsend":{"int2vector":"i"},"int2xor":{"int2,int2":"i"},"int4":{"bit":"i","bool":"i","bytea":"i","char":"i","float4":"i","float8":"i","int2":"i","int8":"i","jsonb":"i","numeric":"i"},"int42div":{"int4,int2":"i"},"int42eq":{"int4,int2":"i"},"int42ge":{"int4,int2":"i"},"int42gt":{"int4,int2":"i"},"int42le":{"int4,int2":"i"},"int42lt":{"int4,int2":"i"},"int42mi":{"int4,int2":"i"},"int42mul":{"int4,int2":"i"},"int42ne":{"int4,int2":"i"},"int42pl":{"int4,int2":"i"},"int48div":{"int4,int8":"i"},"int48eq":{"int4,int8":"i"},"int48ge":{"int4,int8":"i"},"int48gt":{"int4,int8":"i"},"int48le":{"int4,int8":"i"},"int48lt":{"int4,int8":"i"},"int48mi":{"int4,int8":"i"},"int48mul":{"int4,int8":"i"},"int48ne":{"int4,int8":"i"},"int48pl":{"int4,int8":"i"},"int4_accum":{"internal,int4":"i"},"int4_accum_inv":{"internal,int4":"i"},"int4_avg_accum":{"_int8,int4":"i"},"int4_avg_accum_inv":{"_int8,int4":"i"},"int4_avg_combine":{"_int8,_int8":"i"},"int4_mul_cash":{"int4,money":"i"},"int4_sum":{"int8,int4":"i"},"int4abs":{"int4":"i"},"int4and":{"int4,int4":"i"},"int4div":{"int4,int4":"i"},"int4eq":{"int4,int4":"i"},"int4ge":{"int4,int4":"i"},"int4gt":{"int4,int4":"i"},"int4in":{"cstring":"i"},"int4inc":{"int4":"i"},"int4larger":{"int4,int4":"i"},"int4le":{"int4,int4":"i"},"int4lt":{"int4,int4":"i"},"int4mi":{"int4,int4":"i"},"int4mod":{"int4,int4":"i"},"int4mul":{"int4,int4":"i"},"int4multirange":{"":"i","_int4range":"i","int4range":"i"},"int4ne":{"int4,int4":"i"},"int4not":{"int4":"i"},"int4or":{"int4,int4":"i"},"int4out":{"int4":"i"},"int4pl":{"int4,int4":"i"},"int4range":{"int4,int4":"i","int4,int4,text":"i"},"int4range_canonical":{"int4range":"i"},"int4range_subdiff":{"int4,int4":"i"},"int4recv":{"internal":"i"},"int4send":{"int4":"i"},"int4shl":{"int4,int4":"i"},"int4shr":{"int4,int4":"i"},"int4smaller":{"int4,int4":"i"},"int4um":{"int4":"i"},"int4up":{"int4":"i"},"int4xor":{"int4,int4":"i"},"int8":{"bit":"i","bytea":"i","float4":"i","float8":"i","int2":"i","int4":"i","jsonb":"i","numeric":"i","oid":"i"},"int82div":{"int8,int2":"i"},"int82eq":{"int8,int2":"i"},"int82ge":{"int8,int2":"i"},"int82gt":{"int8,int2":"i"},"int82le":{"int8,int2":"i"},"int82lt":{"int8,int2":"i"},"int82mi":{"int8,int2":"i"},"int82mul":{"int8,int2":"i"},"int82ne":{"int8,int2":"i"},"int82pl":{"int8,int2":"i"},"int84div":{"int8,int4":"i"},"int84eq":{"int8,int4":"i"},"int84ge":{"int8,int4":"i"},"int84gt":{"int8,int4":"i"},"int84le":{"int8,int4":"i"},"int84lt":{"int8,int4":"i"},"int84mi":{"int8,int4":"i"},"int84mul":{"int8,int4":"i"},"int84ne":{"int8,int4":"i"},"int84pl":{"int8,int4":"i"},"int8_accum":{"internal,int8":"i"},"int8_accum_inv":{"internal,int8":"i"},"int8_avg":{"_int8":"i"},"int8_avg_accum":{"internal,int8":"i"},"int8_avg_accum_inv":{"internal,int8":"i"},"int8_avg_combine":{"internal,internal":"i"},"int8_avg_deserialize":{"bytea,internal":"i"},"int8_avg_serialize":{"internal":"i"},"int8_mul_cash":{"int8,money":"i"},"int8_sum":{"numeric,int8":"i"},"int8abs":{"int8":"i"},"int8and":{"int8,int8":"i"},"int8dec":{"int8":"i"},"int8dec_any":{"int8,any":"i"},"int8div":{"int8,int8":"i"},"int8eq":{"int8,int8":"i"},"int8ge":{"int8,int8":"i"},"int8gt":{"int8,int8":"i"},"int8in":{"cstring":"i"},"int8inc":{"int8":"i"},"int8inc_any":{"int8,any":"i"},"int8inc_float8_float8":{"int8,float8,float8":"i"},"int8inc_support":{"internal":"i"},"int8larger":{"int8,int8":"i"},"int8le":{"int8,int8":"i"},"int8lt":{"int8,int8":"i"},"int8mi":{"int8,int8":"i"},"int8mod":{"int8,int8":"i"},"int8mul":{"int8,int8":"i"},"int8multirange":{"":"i","_int8range":"i","int8range":"i"},"int8ne":{"int8,int8":"i"},"int8not":{"int8":"i"},"int8or":{"int8,int8":"i"},"int8out":{"int8":"i"},"int8pl":{"int8,int8":"i"},"int8pl_inet":{"int8,inet":"i"},"int8range":{"int8,int8":"i","int8,int8,text":"i"},"int8range_canonical":{"int8range":"i"},"int8range_subdiff":{"int8,int8":"i"},"int8recv":{"internal":"i"},"int8send":{"int8":"i"},"int8shl":{"int8,int4":"i"},"int8shr":{"int8,int4":"i"},"int8smaller":{"int8,int8":"i"},"int8um":{"int8":"i"},"int8up":{"int8":"i"},"int8xor":{"int8,int8":"i"},"integer_pl_date":{"int4,date":"i"},"inter_lb":{"line,box":"i"},"inter_sb":{"lseg,box":"i"},"inter_sl":{"lseg,line":"i"},"internal_in":{"cstring":"i"},"internal_out":{"internal":"i"},"interval":{"interval,int4":"i","time":"i"},"interval_avg":{"internal":"i"},"interval_avg_accum":{"internal,interval":"i"},"interval_avg_accum_inv":{"internal,interval":"i"},"interval_avg_combine":{"internal,internal":"i"},"interval_avg_deserialize":{"bytea,internal":"i"},"interval_avg_serialize":{"internal":"i"},"interval_cmp":{"interval,interval":"i"},"interval_div":{"interval,float8":"i"},"interval_eq":{"interval,interval":"i"},"interval_ge":{"interval,interval":"i"},"interval_gt":{"interval,interval":"i"},"interval_hash":{"interval":"i"},"interval_hash_extended":{"interval,int8":"i"},"interval_in":{"cstring,oid,int4":"s"},"interval_larger":{"interval,interval":"i"},"interval_le":{"interval,interval":"i"},"interval_lt":{"interval,interval":"i"},"interval_mi":{"interval,interval":"i"},"interval_mul":{"interval,float8":"i"},"interval_ne":{"interval,interval":"i"},"interval_out":{"interval":"s"},"interval_pl":{"interval,interval":"i"},"interval_pl_date":{"interval,date":"i"},"interval_pl_time":{"interval,time":"i"},"interval_pl_timestamp":{"interval,timestamp":"i"},"interval_pl_timestamptz":{"interval,timestamptz":"s"},"interval_pl_timetz":{"interval,timetz":"i"},"interval_recv":{"internal,oid,int4":"i"},"interval_send":{"interval":"i"},"interval_smaller":{"interval,interval":"i"},"interval_sum":{"internal":"i"},"interval_support":{"internal":"i"},"interval_um":{"interval":"i"},"intervaltypmodin":{"_cstring":"i"},"intervaltypmodout":{"int4":"i"},"is_normalized":{"text,text":"i"},"isclosed":{"path":"i"},"isempty":{"anymultirange":"i","anyrange":"i"},"isfinite":{"date":"i","interval":"i","timestamp":"i","timestamptz":"i"},"ishorizontal":{"line":"i","lseg":"i","point,point":"i"},"iso8859_1_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"iso8859_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"iso_to_koi8r":{"int4,int4,cstring,internal,int4,bool":"i"},"iso_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"iso_to_win1251":{"int4,int4,cstring,internal,int4,bool":"i"},"iso_to_win866":{"int4,int4,cstring,internal,int4,bool":"i"},"isopen":{"path":"i"},"isparallel":{"line,line":"i","lseg,lseg":"i"},"isperp":{"line,line":"i","lseg,lseg":"i"},"isvertical":{"line":"i","lseg":"i","point,point":"i"},"johab_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"json_agg_finalfn":{"internal":"i"},"json_agg_strict_transfn":{"internal,anyelement":"s"},"json_agg_transfn":{"internal,anyelement":"s"},"json_array_element":{"json,int4":"i"},"json_array_element_text":{"json,int4":"i"},"json_array_elements":{"json":"i"},"json_array_elements_text":{"json":"i"},"json_array_length":{"json":"i"},"json_build_array":{"":"s","any":"s"},"json_build_object":{"":"s","any":"s"},"json_each":{"json":"i"},"json_each_text":{"json":"i"},"json_extract_path":{"json,_text":"i"},"json_extract_path_text":{"json,_text":"i"},"json_in":{"cstring":"i"},"json_object":{"_text":"i","_text,_text":"i"},"json_object_agg_finalfn":{"internal":"i"},"json_object_agg_strict_transfn":{"internal,any,any":"s"},"json_object_agg_transfn":{"internal,any,any":"s"},"json_object_agg_unique_strict_transfn":{"internal,any,any":"s"},"json_object_agg_unique_transfn":{"internal,any,any":"s"},"json_object_field":{"json,text":"i"},"json_object_field_text":{"json,text":"i"},"json_object_keys":{"json":"i"},"json_out":{"json":"i"},"json_populate_record":{"anyelement,json,bool":"s"},"json_populate_recordset":{"anyelement,json,bool":"s"},"json_recv":{"internal":"i"},"json_send":{"json":"i"},"json_strip_nulls":{"json,bool":"i"},"json_to_record":{"json":"s"},"json_to_recordset":{"json":"s"},"json_to_tsvector":{"json,jsonb":"s","regconfig,json,jsonb":"i"},"json_typeof":{"json":"i"},"jsonb_agg_finalfn":{"internal":"s"},"jsonb_agg_strict_transfn":{"internal,anyelement":"s"},"jsonb_agg_transfn":{"internal,anyelement":"s"},"jsonb_array_element":{"jsonb,int4":"i"},"jsonb_array_element_text":{"jsonb,int4":"i"},"jsonb_array_elements":{"jsonb":"i"},"jsonb_array_elements_text":{"jsonb":"i"},"jsonb_array_length":{"jsonb":"i"},"jsonb_build_array":{"":"s","any":"s"},"jsonb_build_object":{"":"s","any":"s"},"jsonb_cmp":{"jsonb,jsonb":"i"},"jsonb_concat":{"jsonb,jsonb":"i"},"jsonb_contained":{"jsonb,jsonb":"i"},"jsonb_contains":{"jsonb,jsonb":"i"},"jsonb_delete":{"jsonb,_text":"i","jsonb,int4":"i","jsonb,text":"i"},"jsonb_delete_path":{"jsonb,_text":"i"},"jsonb_each":{"jsonb":"i"},"jsonb_each_text":{"jsonb":"i"},"jsonb_eq":{"jsonb,jsonb":"i"},"jsonb_exists":{"jsonb,text":"i"},"jsonb_exists_all":{"jsonb,_text":"i"},"jsonb_exists_any":{"jsonb,_text":"i"},"jsonb_extract_path":{"jsonb,_text":"i"},"jsonb_extract_path_text":{"jsonb,_text":"i"},"jsonb_ge":{"jsonb,jsonb":"i"},"jsonb_gt":{"jsonb,jsonb":"i"},"jsonb_hash":{"jsonb":"i"},"jsonb_hash_extended":{"jsonb,int8":"i"},"jsonb_in":{"cstring":"i"},"jsonb_insert":{"jsonb,_text,jsonb,bool":"i"},"jsonb_le":{"jsonb,jsonb":"i"},"jsonb_lt":{"jsonb,jsonb":"i"},"jsonb_ne":{"jsonb,jsonb":"i"},"jsonb_object":{"_text":"i","_text,_text":"i"},"jsonb_object_agg_finalfn":{"internal":"s"},"jsonb_object_agg_strict_transfn":{"internal,any,any":"s"},"jsonb_object_agg_transfn":{"internal,any,any":"s"},"jsonb_object_agg_unique_strict_transfn":{"internal,any,any":"s"},"jsonb_object_agg_unique_transfn":{"internal,any,any":"s"},"jsonb_object_field":{"jsonb,text":"i"},"jsonb_object_field_text":{"jsonb,text":"i"},"jsonb_object_keys":{"jsonb":"i"},"jsonb_out":{"jsonb":"i"},"jsonb_path_exists":{"jsonb,jsonpath,jsonb,bool":"i"},"jsonb_path_exists_opr":{"jsonb,jsonpath":"i"},"jsonb_path_exists_tz":{"jsonb,jsonpath,jsonb,bool":"s"},"jsonb_path_match":{"jsonb,jsonpath,jsonb,bool":"i"},"jsonb_path_match_opr":{"jsonb,jsonpath":"i"},"jsonb_path_match_tz":{"jsonb,jsonpath,jsonb,bool":"s"},"jsonb_path_query":{"jsonb,jsonpath,jsonb,bool":"i"},"jsonb_path_query_array":{"jsonb,jsonpath,jsonb,bool":"i"},"jsonb_path_query_array_tz":{"jsonb,jsonpath,jsonb,bool":"s"},"jsonb_path_query_first":{"jsonb,jsonpath,jsonb,bool":"i"},"jsonb_path_query_first_tz":{"jsonb,jsonpath,jsonb,bool":"s"},"jsonb_path_query_tz":{"jsonb,jsonpath,jsonb,bool":"s"},"jsonb_populate_record":{"anyelement,jsonb":"s"},"jsonb_populate_record_valid":{"anyelement,jsonb":"s"},"jsonb_populate_recordset":{"anyelement,jsonb":"s"},"jsonb_pretty":{"jsonb":"i"},"jsonb_recv":{"internal":"i"},"jsonb_send":{"jsonb":"i"},"jsonb_set":{"jsonb,_text,jsonb,bool":"i"},"jsonb_set_lax":{"jsonb,_text,jsonb,bool,text":"i"},"jsonb_strip_nulls":{"jsonb,bool":"i"},"jsonb_subscript_handler":{"internal":"i"},"jsonb_to_record":{"jsonb":"s"},"jsonb_to_recordset":{"jsonb":"s"},"jsonb_to_tsvector":{"jsonb,jsonb":"s","regconfig,jsonb,jsonb":"i"},"jsonb_typeof":{"jsonb":"i"},"jsonpath_in":{"cstring":"i"},"jsonpath_out":{"jsonpath":"i"},"jsonpath_recv":{"internal":"i"},"jsonpath_send":{"jsonpath":"i"},"justify_days":{"interval":"i"},"justify_hours":{"interval":"i"},"justify_interval":{"interval":"i"},"koi8r_to_iso":{"int4,int4,cstring,internal,int4,bool":"i"},"koi8r_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"koi8r_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"koi8r_to_win1251":{"int4,int4,cstring,internal,int4,bool":"i"},"koi8r_to_win866":{"int4,int4,cstring,internal,int4,bool":"i"},"koi8u_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"language_handler_in":{"cstring":"i"},"language_handler_out":{"language_handler":"i"},"lastval":{"":"v"},"latin1_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"latin2_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"latin2_to_win1250":{"int4,int4,cstring,internal,int4,bool":"i"},"latin3_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"latin4_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"lcm":{"int4,int4":"i","int8,int8":"i","numeric,numeric":"i"},"left":{"text,int4":"i"},"length":{"bit":"i","bpchar":"i","bytea":"i","bytea,name":"s","lseg":"i","path":"i","text":"i","tsvector":"i"},"lgamma":{"float8":"i"},"like":{"bytea,bytea":"i","name,text":"i","text,text":"i"},"like_escape":{"bytea,bytea":"i","text,text":"i"},"likejoinsel":{"internal,oid,internal,int2,internal":"s"},"likesel":{"internal,oid,internal,int4":"s"},"line":{"point,point":"i"},"line_distance":{"line,line":"i"},"line_eq":{"line,line":"i"},"line_horizontal":{"line":"i"},"line_in":{"cstring":"i"},"line_interpt":{"line,line":"i"},"line_intersect":{"line,line":"i"},"line_out":{"line":"i"},"line_parallel":{"line,line":"i"},"line_perp":{"line,line":"i"},"line_recv":{"internal":"i"},"line_send":{"line":"i"},"line_vertical":{"line":"i"},"ln":{"float8":"i","numeric":"i"},"lo_close":{"int4":"v"},"lo_creat":{"int4":"v"},"lo_create":{"oid":"v"},"lo_export":{"oid,text":"v"},"lo_from_bytea":{"oid,bytea":"v"},"lo_get":{"oid":"v","oid,int8,int4":"v"},"lo_import":{"text":"v","text,oid":"v"},"lo_lseek":{"int4,int4,int4":"v"},"lo_lseek64":{"int4,int8,int4":"v"},"lo_open":{"oid,int4":"v"},"lo_put":{"oid,int8,bytea":"v"},"lo_tell":{"int4":"v"},"lo_tell64":{"int4":"v"},"lo_truncate":{"int4,int4":"v"},"lo_truncate64":{"int4,int8":"v"},"lo_unlink":{"oid":"v"},"log":{"float8":"i","numeric":"i","numeric,numeric":"i"},"log10":{"float8":"i","numeric":"i"},"loread":{"int4,int4":"v"},"lower":{"anymultirange":"i","anyrange":"i","text":"i"},"lower_inc":{"anymultirange":"i","anyrange":"i"},"lower_inf":{"anymultirange":"i","anyrange":"i"},"lowrite":{"int4,bytea":"v"},"lpad":{"text,int4":"i","text,int4,text":"i"},"lseg":{"box":"i","point,point":"i"},"lseg_center":{"lseg":"i"},"lseg_distance":{"lseg,lseg":"i"},"lseg_eq":{"lseg,lseg":"i"},"lseg_ge":{"lseg,lseg":"i"},"lseg_gt":{"lseg,lseg":"i"},"lseg_horizontal":{"lseg":"i"},"lseg_in":{"cstring":"i"},"lseg_interpt":{"lseg,lseg":"i"},"lseg_intersect":{"lseg,lseg":"i"},"lseg_le":{"lseg,lseg":"i"},"lseg_length":{"lseg":"i"},"lseg_lt":{"lseg,lseg":"i"},"lseg_ne":{"lseg,lseg":"i"},"lseg_out":{"lseg":"i"},"lseg_parallel":{"lseg,lseg":"i"},"lseg_perp":{"lseg,lseg":"i"},"lseg_recv":{"internal":"i"},"lseg_send":{"lseg":"i"},"lseg_vertical":{"lseg":"i"},"ltrim":{"bytea,bytea":"i","text":"i","text,text":"i"},"macaddr":{"macaddr8":"i"},"macaddr8":{"macaddr":"i"},"macaddr8_and":{"macaddr8,macaddr8":"i"},"macaddr8_cmp":{"macaddr8,macaddr8":"i"},"macaddr8_eq":{"macaddr8,macaddr8":"i"},"macaddr8_ge":{"macaddr8,macaddr8":"i"},"macaddr8_gt":{"macaddr8,macaddr8":"i"},"macaddr8_in":{"cstring":"i"},"macaddr8_le":{"macaddr8,macaddr8":"i"},"macaddr8_lt":{"macaddr8,macaddr8":"i"},"macaddr8_ne":{"macaddr8,macaddr8":"i"},"macaddr8_not":{"macaddr8":"i"},"macaddr8_or":{"macaddr8,macaddr8":"i"},"macaddr8_out":{"macaddr8":"i"},"macaddr8_recv":{"internal":"i"},"macaddr8_send":{"macaddr8":"i"},"macaddr8_set7bit":{"macaddr8":"i"},"macaddr_and":{"macaddr,macaddr":"i"},"macaddr_cmp":{"macaddr,macaddr":"i"},"macaddr_eq":{"macaddr,macaddr":"i"},"macaddr_ge":{"macaddr,macaddr":"i"},"macaddr_gt":{"macaddr,macaddr":"i"},"macaddr_in":{"cstring":"i"},"macaddr_le":{"macaddr,macaddr":"i"},"macaddr_lt":{"macaddr,macaddr":"i"},"macaddr_ne":{"macaddr,macaddr":"i"},"macaddr_not":{"macaddr":"i"},"macaddr_or":{"macaddr,macaddr":"i"},"macaddr_out":{"macaddr":"i"},"macaddr_recv":{"internal":"i"},"macaddr_send":{"macaddr":"i"},"macaddr_sortsupport":{"internal":"i"},"make_date":{"int4,int4,int4":"i"},"make_interval":{"int4,int4,int4,int4,int4,int4,float8":"i"},"make_time":{"int4,int4,float8":"i"},"make_timestamp":{"int4,int4,int4,int4,int4,float8":"i"},"make_timestamptz":{"int4,int4,int4,int4,int4,float8":"s","int4,int4,int4,int4,int4,float8,text":"s"},"makeaclitem":{"oid,oid,text,bool":"i"},"masklen":{"inet":"i"},"matchingjoinsel":{"internal,oid,internal,int2,internal":"s"},"matchingsel":{"internal,oid,internal,int4":"s"},"md5":{"bytea":"i","text":"i"},"mic_to_big5":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_euc_cn":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_euc_jp":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_euc_kr":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_euc_tw":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_iso":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_koi8r":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_latin1":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_latin2":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_latin3":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_latin4":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_sjis":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_win1250":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_win1251":{"int4,int4,cstring,internal,int4,bool":"i"},"mic_to_win866":{"int4,int4,cstring,internal,int4,bool":"i"},"min_scale":{"numeric":"i"},"mod":{"int2,int2":"i","int4,int4":"i","int8,int8":"i","numeric,numeric":"i"},"mode_final":{"internal,anyelement":"i"},"money":{"int4":"s","int8":"s","numeric":"s"},"mul_d_interval":{"float8,interval":"i"},"multirange":{"anyrange":"i"},"multirange_adjacent_multirange":{"anymultirange,anymultirange":"i"},"multirange_adjacent_range":{"anymultirange,anyrange":"i"},"multirange_after_multirange":{"anymultirange,anymultirange":"i"},"multirange_after_range":{"anymultirange,anyrange":"i"},"multirange_agg_finalfn":{"internal,anymultirange":"i"},"multirange_agg_transfn":{"internal,anymultirange":"i"},"multirange_before_multirange":{"anymultirange,anymultirange":"i"},"multirange_before_range":{"anymultirange,anyrange":"i"},"multirange_cmp":{"anymultirange,anymultirange":"i"},"multirange_contained_by_multirange":{"anymultirange,anymultirange":"i"},"multirange_contained_by_range":{"anymultirange,anyrange":"i"},"multirange_contains_elem":{"anymultirange,anyelement":"i"},"multirange_contains_multirange":{"anymultirange,anymultirange":"i"},"multirange_contains_range":{"anymultirange,anyrange":"i"},"multirange_eq":{"anymultirange,anymultirange":"i"},"multirange_ge":{"anymultirange,anymultirange":"i"},"multirange_gist_compress":{"internal":"i"},"multirange_gist_consistent":{"internal,anymultirange,int2,oid,internal":"i"},"multirange_gt":{"anymultirange,anymultirange":"i"},"multirange_in":{"cstring,oid,int4":"s"},"multirange_intersect":{"anymultirange,anymultirange":"i"},"multirange_intersect_agg_transfn":{"anymultirange,anymultirange":"i"},"multirange_le":{"anymultirange,anymultirange":"i"},"multirange_lt":{"anymultirange,anymultirange":"i"},"multirange_minus":{"anymultirange,anymultirange":"i"},"multirange_ne":{"anymultirange,anymultirange":"i"},"multirange_out":{"anymultirange":"s"},"multirange_overlaps_multirange":{"anymultirange,anymultirange":"i"},"multirange_overlaps_range":{"anymultirange,anyrange":"i"},"multirange_overleft_multirange":{"anymultirange,anymultirange":"i"},"multirange_overleft_range":{"anymultirange,anyrange":"i"},"multirange_overright_multirange":{"anymultirange,anymultirange":"i"},"multirange_overright_range":{"anymultirange,anyrange":"i"},"multirange_recv":{"internal,oid,int4":"s"},"multirange_send":{"anymultirange":"s"},"multirange_typanalyze":{"internal":"s"},"multirange_union":{"anymultirange,anymultirange":"i"},"multirangesel":{"internal,oid,internal,int4":"s"},"mxid_age":{"xid":"s"},"name":{"bpchar":"i","text":"i","varchar":"i"},"nameconcatoid":{"name,oid":"i"},"nameeq":{"name,name":"i"},"nameeqtext":{"name,text":"i"},"namege":{"name,name":"i"},"namegetext":{"name,text":"i"},"namegt":{"name,name":"i"},"namegttext":{"name,text":"i"},"nameiclike":{"name,text":"i"},"nameicnlike":{"name,text":"i"},"nameicregexeq":{"name,text":"i"},"nameicregexne":{"name,text":"i"},"namein":{"cstring":"i"},"namele":{"name,name":"i"},"nameletext":{"name,text":"i"},"namelike":{"name,text":"i"},"namelt":{"name,name":"i"},"namelttext":{"name,text":"i"},"namene":{"name,name":"i"},"namenetext":{"name,text":"i"},"namenlike":{"name,text":"i"},"nameout":{"name":"i"},"namerecv":{"internal":"s"},"nameregexeq":{"name,text":"i"},"nameregexne":{"name,text":"i"},"namesend":{"name":"s"},"neqjoinsel":{"internal,oid,internal,int2,internal":"s"},"neqsel":{"internal,oid,internal,int4":"s"},"netmask":{"inet":"i"},"network":{"inet":"i"},"network_cmp":{"inet,inet":"i"},"network_eq":{"inet,inet":"i"},"network_ge":{"inet,inet":"i"},"network_gt":{"inet,inet":"i"},"network_larger":{"inet,inet":"i"},"network_le":{"inet,inet":"i"},"network_lt":{"inet,inet":"i"},"network_ne":{"inet,inet":"i"},"network_overlap":{"inet,inet":"i"},"network_smaller":{"inet,inet":"i"},"network_sortsupport":{"internal":"i"},"network_sub":{"inet,inet":"i"},"network_subeq":{"inet,inet":"i"},"network_subset_support":{"internal":"i"},"network_sup":{"inet,inet":"i"},"network_supeq":{"inet,inet":"i"},"networkjoinsel":{"internal,oid,internal,int2,internal":"s"},"networksel":{"internal,oid,internal,int4":"s"},"nextval":{"regclass":"v"},"nlikejoinsel":{"internal,oid,internal,int2,internal":"s"},"nlikesel":{"internal,oid,internal,int4":"s"},"normalize":{"text,text":"i"},"notlike":{"bytea,bytea":"i","name,text":"i","text,text":"i"},"now":{"":"s"},"npoints":{"path":"i","polygon":"i"},"num_nonnulls":{"any":"i"},"num_nulls":{"any":"i"},"numeric":{"float4":"i","float8":"i","int2":"i","int4":"i","int8":"i","jsonb":"i","money":"s","numeric,int4":"i"},"numeric_abs":{"numeric":"i"},"numeric_accum":{"internal,numeric":"i"},"numeric_accum_inv":{"internal,numeric":"i"},"numeric_add":{"numeric,numeric":"i"},"numeric_avg":{"internal":"i"},"numeric_avg_accum":{"internal,numeric":"i"},"numeric_avg_combine":{"internal,internal":"i"},"numeric_avg_deserialize":{"bytea,internal":"i"},"numeric_avg_serialize":{"internal":"i"},"numeric_cmp":{"numeric,numeric":"i"},"numeric_combine":{"internal,internal":"i"},"numeric_deserialize":{"bytea,internal":"i"},"numeric_div":{"numeric,numeric":"i"},"numeric_div_trunc":{"numeric,numeric":"i"},"numeric_eq":{"numeric,numeric":"i"},"numeric_exp":{"numeric":"i"},"numeric_ge":{"numeric,numeric":"i"},"numeric_gt":{"numeric,numeric":"i"},"numeric_in":{"cstring,oid,int4":"i"},"numeric_inc":{"numeric":"i"},"numeric_larger":{"numeric,numeric":"i"},"numeric_le":{"numeric,numeric":"i"},"numeric_ln":{"numeric":"i"},"numeric_log":{"numeric,numeric":"i"},"numeric_lt":{"numeric,numeric":"i"},"numeric_mod":{"numeric,numeric":"i"},"numeric_mul":{"numeric,numeric":"i"},"numeric_ne":{"numeric,numeric":"i"},"numeric_out":{"numeric":"i"},"numeric_pl_pg_lsn":{"numeric,pg_lsn":"i"},"numeric_poly_avg":{"internal":"i"},"numeric_poly_combine":{"internal,internal":"i"},"numeric_poly_deserialize":{"bytea,internal":"i"},"numeric_poly_serialize":{"internal":"i"},"numeric_poly_stddev_pop":{"internal":"i"},"numeric_poly_stddev_samp":{"internal":"i"},"numeric_poly_sum":{"internal":"i"},"numeric_poly_var_pop":{"internal":"i"},"numeric_poly_var_samp":{"internal":"i"},"numeric_power":{"numeric,numeric":"i"},"numeric_recv":{"internal,oid,int4":"i"},"numeric_send":{"numeric":"i"},"numeric_serialize":{"internal":"i"},"numeric_smaller":{"numeric,numeric":"i"},"numeric_sortsupport":{"internal":"i"},"numeric_sqrt":{"numeric":"i"},"numeric_stddev_pop":{"internal":"i"},"numeric_stddev_samp":{"internal":"i"},"numeric_sub":{"numeric,numeric":"i"},"numeric_sum":{"internal":"i"},"numeric_support":{"internal":"i"},"numeric_uminus":{"numeric":"i"},"numeric_uplus":{"numeric":"i"},"numeric_var_pop":{"internal":"i"},"numeric_var_samp":{"internal":"i"},"numerictypmodin":{"_cstring":"i"},"numerictypmodout":{"int4":"i"},"nummultirange":{"":"i","_numrange":"i","numrange":"i"},"numnode":{"tsquery":"i"},"numrange":{"numeric,numeric":"i","numeric,numeric,text":"i"},"numrange_subdiff":{"numeric,numeric":"i"},"obj_description":{"oid":"s","oid,name":"s"},"octet_length":{"bit":"i","bpchar":"i","bytea":"i","text":"i"},"oid":{"int8":"i"},"oideq":{"oid,oid":"i"},"oidge":{"oid,oid":"i"},"oidgt":{"oid,oid":"i"},"oidin":{"cstring":"i"},"oidlarger":{"oid,oid":"i"},"oidle":{"oid,oid":"i"},"oidlt":{"oid,oid":"i"},"oidne":{"oid,oid":"i"},"oidout":{"oid":"i"},"oidrecv":{"internal":"i"},"oidsend":{"oid":"i"},"oidsmaller":{"oid,oid":"i"},"oidvectoreq":{"oidvector,oidvector":"i"},"oidvectorge":{"oidvector,oidvector":"i"},"oidvectorgt":{"oidvector,oidvector":"i"},"oidvectorin":{"cstring":"i"},"oidvectorle":{"oidvector,oidvector":"i"},"oidvectorlt":{"oidvector,oidvector":"i"},"oidvectorne":{"oidvector,oidvector":"i"},"oidvectorout":{"oidvector":"i"},"oidvectorrecv":{"internal":"i"},"oidvectorsend":{"oidvector":"i"},"oidvectortypes":{"oidvector":"s"},"on_pb":{"point,box":"i"},"on_pl":{"point,line":"i"},"on_ppath":{"point,path":"i"},"on_ps":{"point,lseg":"i"},"on_sb":{"lseg,box":"i"},"on_sl":{"lseg,line":"i"},"ordered_set_transition":{"internal,any":"i"},"ordered_set_transition_multi":{"internal,any":"i"},"overlaps":{"time,interval,time,interval":"i","time,interval,time,time":"i","time,time,time,interval":"i","time,time,time,time":"i","timestamp,interval,timestamp,interval":"i","timestamp,interval,timestamp,timestamp":"i","timestamp,timestamp,timestamp,interval":"i","timestamp,timestamp,timestamp,timestamp":"i","timestamptz,interval,timestamptz,interval":"s","timestamptz,interval,timestamptz,timestamptz":"s","timestamptz,timestamptz,timestamptz,interval":"s","timestamptz,timestamptz,timestamptz,timestamptz":"i","timetz,timetz,timetz,timetz":"i"},"overlay":{"bit,bit,int4":"i","bit,bit,int4,int4":"i","bytea,bytea,int4":"i","bytea,bytea,int4,int4":"i","text,text,int4":"i","text,text,int4,int4":"i"},"parse_ident":{"text,bool":"i"},"path":{"polygon":"i"},"path_add":{"path,path":"i"},"path_add_pt":{"path,point":"i"},"path_contain_pt":{"path,point":"i"},"path_distance":{"path,path":"i"},"path_div_pt":{"path,point":"i"},"path_in":{"cstring":"i"},"path_inter":{"path,path":"i"},"path_length":{"path":"i"},"path_mul_pt":{"path,point":"i"},"path_n_eq":{"path,path":"i"},"path_n_ge":{"path,path":"i"},"path_n_gt":{"path,path":"i"},"path_n_le":{"path,path":"i"},"path_n_lt":{"path,path":"i"},"path_npoints":{"path":"i"},"path_out":{"path":"i"},"path_recv":{"internal":"i"},"path_send":{"path":"i"},"path_sub_pt":{"path,point":"i"},"pclose":{"path":"i"},"percent_rank_final":{"internal,any":"i"},"percentile_cont_float8_final":{"internal,float8":"i"},"percentile_cont_float8_multi_final":{"internal,_float8":"i"},"percentile_cont_interval_final":{"internal,float8":"i"},"percentile_cont_interval_multi_final":{"internal,_float8":"i"},"percentile_disc_final":{"internal,float8,anyelement":"i"},"percentile_disc_multi_final":{"internal,_float8,anyelement":"i"},"pg_advisory_lock":{"int4,int4":"v","int8":"v"},"pg_advisory_lock_shared":{"int4,int4":"v","int8":"v"},"pg_advisory_unlock":{"int4,int4":"v","int8":"v"},"pg_advisory_unlock_all":{"":"v"},"pg_advisory_unlock_shared":{"int4,int4":"v","int8":"v"},"pg_advisory_xact_lock":{"int4,int4":"v","int8":"v"},"pg_advisory_xact_lock_shared":{"int4,int4":"v","int8":"v"},"pg_available_extension_versions":{"":"s"},"pg_available_extensions":{"":"s"},"pg_available_wal_summaries":{"":"v"},"pg_backend_pid":{"":"s"},"pg_backup_start":{"text,bool":"v"},"pg_backup_stop":{"bool":"v"},"pg_basetype":{"regtype":"s"},"pg_blocking_pids":{"int4":"v"},"pg_cancel_backend":{"int4":"v"},"pg_char_to_encoding":{"name":"s"},"pg_clear_attribute_stats":{"text,text,text,bool":"v"},"pg_clear_relation_stats":{"text,text":"v"},"pg_client_encoding":{"":"s"},"pg_collation_actual_version":{"oid":"v"},"pg_collation_for":{"any":"s"},"pg_collation_is_visible":{"oid":"s"},"pg_column_compression":{"any":"s"},"pg_column_is_updatable":{"regclass,int2,bool":"s"},"pg_column_size":{"any":"s"},"pg_column_toast_chunk_id":{"any":"s"},"pg_conf_load_time":{"":"s"},"pg_config":{"":"s"},"pg_control_checkpoint":{"":"v"},"pg_control_init":{"":"v"},"pg_control_recovery":{"":"v"},"pg_control_system":{"":"v"},"pg_conversion_is_visible":{"oid":"s"},"pg_copy_logical_replication_slot":{"name,name":"v","name,name,bool":"v","name,name,bool,name":"v"},"pg_copy_physical_replication_slot":{"name,name":"v","name,name,bool":"v"},"pg_create_logical_replication_slot":{"name,name,bool,bool,bool":"v"},"pg_create_physical_replication_slot":{"name,bool,bool":"v"},"pg_create_restore_point":{"text":"v"},"pg_current_logfile":{"":"v","text":"v"},"pg_current_snapshot":{"":"s"},"pg_current_wal_flush_lsn":{"":"v"},"pg_current_wal_insert_lsn":{"":"v"},"pg_current_wal_lsn":{"":"v"},"pg_current_xact_id":{"":"s"},"pg_current_xact_id_if_assigned":{"":"s"},"pg_cursor":{"":"s"},"pg_database_collation_actual_version":{"oid":"v"},"pg_database_size":{"name":"v","oid":"v"},"pg_ddl_command_in":{"cstring":"i"},"pg_ddl_command_out":{"pg_ddl_command":"i"},"pg_ddl_command_recv":{"internal":"i"},"pg_ddl_command_send":{"pg_ddl_command":"i"},"pg_dependencies_in":{"cstring":"i"},"pg_dependencies_out":{"pg_dependencies":"i"},"pg_dependencies_recv":{"internal":"s"},"pg_dependencies_send":{"pg_dependencies":"s"},"pg_describe_object":{"oid,oid,int4":"s"},"pg_drop_replication_slot":{"name":"v"},"pg_encoding_max_length":{"int4":"i"},"pg_encoding_to_char":{"int4":"s"},"pg_event_trigger_ddl_commands":{"":"s"},"pg_event_trigger_dropped_objects":{"":"s"},"pg_event_trigger_table_rewrite_oid":{"":"s"},"pg_event_trigger_table_rewrite_reason":{"":"s"},"pg_export_snapshot":{"":"v"},"pg_extension_config_dump":{"regclass,text":"v"},"pg_extension_update_paths":{"name":"s"},"pg_filenode_relation":{"oid,oid":"s"},"pg_function_is_visible":{"oid":"s"},"pg_get_acl":{"oid,oid,int4":"s"},"pg_get_aios":{"":"v"},"pg_get_backend_memory_contexts":{"":"v"},"pg_get_catalog_foreign_keys":{"":"s"},"pg_get_constraintdef":{"oid":"s","oid,bool":"s"},"pg_get_expr":{"pg_node_tree,oid":"s","pg_node_tree,oid,bool":"s"},"pg_get_function_arg_default":{"oid,int4":"s"},"pg_get_function_arguments":{"oid":"s"},"pg_get_function_identity_arguments":{"oid":"s"},"pg_get_function_result":{"oid":"s"},"pg_get_function_sqlbody":{"oid":"s"},"pg_get_functiondef":{"oid":"s"},"pg_get_indexdef":{"oid":"s","oid,int4,bool":"s"},"pg_get_keywords":{"":"s"},"pg_get_loaded_modules":{"":"v"},"pg_get_multixact_members":{"xid":"v"},"pg_get_object_address":{"text,_text,_text":"s"},"pg_get_partition_constraintdef":{"oid":"s"},"pg_get_partkeydef":{"oid":"s"},"pg_get_publication_tables":{"_text":"s"},"pg_get_replica_identity_index":{"regclass":"s"},"pg_get_replication_slots":{"":"s"},"pg_get_ruledef":{"oid":"s","oid,bool":"s"},"pg_get_sequence_data":{"regclass":"v"},"pg_get_serial_sequence":{"text,text":"s"},"pg_get_shmem_allocations":{"":"v"},"pg_get_shmem_allocations_numa":{"":"v"},"pg_get_statisticsobjdef":{"oid":"s"},"pg_get_statisticsobjdef_columns":{"oid":"s"},"pg_get_statisticsobjdef_expressions":{"oid":"s"},"pg_get_triggerdef":{"oid":"s","oid,bool":"s"},"pg_get_userbyid":{"oid":"s"},"pg_get_viewdef":{"oid":"s","oid,bool":"s","oid,int4":"s","text":"s","text,bool":"s"},"pg_get_wait_events":{"":"v"},"pg_get_wal_replay_pause_state":{"":"v"},"pg_get_wal_resource_managers":{"":"v"},"pg_get_wal_summarizer_state":{"":"v"},"pg_has_role":{"name,name,text":"s","name,oid,text":"s","name,text":"s","oid,name,text":"s","oid,oid,text":"s","oid,text":"s"},"pg_hba_file_rules":{"":"v"},"pg_ident_file_mappings":{"":"v"},"pg_identify_object":{"oid,oid,int4":"s"},"pg_identify_object_as_address":{"oid,oid,int4":"s"},"pg_import_system_collations":{"regnamespace":"v"},"pg_index_column_has_property":{"regclass,int4,text":"s"},"pg_index_has_property":{"regclass,text":"s"},"pg_indexam_has_property":{"oid,text":"s"},"pg_indexam_progress_phasename":{"oid,int8":"i"},"pg_indexes_size":{"regclass":"v"},"pg_input_error_info":{"text,text":"s"},"pg_input_is_valid":{"text,text":"s"},"pg_is_in_recovery":{"":"v"},"pg_is_other_temp_schema":{"oid":"s"},"pg_is_wal_replay_paused":{"":"v"},"pg_isolation_test_session_is_blocked":{"int4,_int4":"v"},"pg_jit_available":{"":"v"},"pg_last_committed_xact":{"":"v"},"pg_last_wal_receive_lsn":{"":"v"},"pg_last_wal_replay_lsn":{"":"v"},"pg_last_xact_replay_timestamp":{"":"v"},"pg_listening_channels":{"":"s"},"pg_lock_status":{"":"v"},"pg_log_backend_memory_contexts":{"int4":"v"},"pg_log_standby_snapshot":{"":"v"},"pg_logical_emit_message":{"bool,text,bytea,bool":"v","bool,text,text,bool":"v"},"pg_logical_slot_get_binary_changes":{"name,pg_lsn,int4,_text":"v"},"pg_logical_slot_get_changes":{"name,pg_lsn,int4,_text":"v"},"pg_logical_slot_peek_binary_changes":{"name,pg_lsn,int4,_text":"v"},"pg_logical_slot_peek_changes":{"name,pg_lsn,int4,_text":"v"},"pg_ls_archive_statusdir":{"":"v"},"pg_ls_dir":{"text":"v","text,bool,bool":"v"},"pg_ls_logdir":{"":"v"},"pg_ls_logicalmapdir":{"":"v"},"pg_ls_logicalsnapdir":{"":"v"},"pg_ls_replslotdir":{"text":"v"},"pg_ls_summariesdir":{"":"v"},"pg_ls_tmpdir":{"":"v","oid":"v"},"pg_ls_waldir":{"":"v"},"pg_lsn":{"numeric":"i"},"pg_lsn_cmp":{"pg_lsn,pg_lsn":"i"},"pg_lsn_eq":{"pg_lsn,pg_lsn":"i"},"pg_lsn_ge":{"pg_lsn,pg_lsn":"i"},"pg_lsn_gt":{"pg_lsn,pg_lsn":"i"},"pg_lsn_hash":{"pg_lsn":"i"},"pg_lsn_hash_extended":{"pg_lsn,int8":"i"},"pg_lsn_in":{"cstring":"i"},"pg_lsn_larger":{"pg_lsn,pg_lsn":"i"},"pg_lsn_le":{"pg_lsn,pg_lsn":"i"},"pg_lsn_lt":{"pg_lsn,pg_lsn":"i"},"pg_lsn_mi":{"pg_lsn,pg_lsn":"i"},"pg_lsn_mii":{"pg_lsn,numeric":"i"},"pg_lsn_ne":{"pg_lsn,pg_lsn":"i"},"pg_lsn_out":{"pg_lsn":"i"},"pg_lsn_pli":{"pg_lsn,numeric":"i"},"pg_lsn_recv":{"internal":"i"},"pg_lsn_send":{"pg_lsn":"i"},"pg_lsn_smaller":{"pg_lsn,pg_lsn":"i"},"pg_mcv_list_in":{"cstring":"i"},"pg_mcv_list_items":{"pg_mcv_list":"s"},"pg_mcv_list_out":{"pg_mcv_list":"i"},"pg_mcv_list_recv":{"internal":"s"},"pg_mcv_list_send":{"pg_mcv_list":"s"},"pg_my_temp_schema":{"":"s"},"pg_ndistinct_in":{"cstring":"i"},"pg_ndistinct_out":{"pg_ndistinct":"i"},"pg_ndistinct_recv":{"internal":"s"},"pg_ndistinct_send":{"pg_ndistinct":"s"},"pg_nextoid":{"regclass,name,regclass":"v"},"pg_node_tree_in":{"cstring":"i"},"pg_node_tree_out":{"pg_node_tree":"i"},"pg_node_tree_recv":{"internal":"s"},"pg_node_tree_send":{"pg_node_tree":"s"},"pg_notification_queue_usage":{"":"v"},"pg_notify":{"text,text":"v"},"pg_numa_available":{"":"s"},"pg_opclass_is_visible":{"oid":"s"},"pg_operator_is_visible":{"oid":"s"},"pg_opfamily_is_visible":{"oid":"s"},"pg_options_to_table":{"_text":"s"},"pg_partition_ancestors":{"regclass":"v"},"pg_partition_root":{"regclass":"i"},"pg_partition_tree":{"regclass":"v"},"pg_postmaster_start_time":{"":"s"},"pg_prepared_statement":{"":"s"},"pg_prepared_xact":{"":"v"},"pg_promote":{"bool,int4":"v"},"pg_read_binary_file":{"text":"v","text,bool":"v","text,int8,int8":"v","text,int8,int8,bool":"v"},"pg_read_file":{"text":"v","text,bool":"v","text,int8,int8":"v","text,int8,int8,bool":"v"},"pg_relation_filenode":{"regclass":"s"},"pg_relation_filepath":{"regclass":"s"},"pg_relation_is_publishable":{"regclass":"s"},"pg_relation_is_updatable":{"regclass,bool":"s"},"pg_relation_size":{"regclass":"v","regclass,text":"v"},"pg_reload_conf":{"":"v"},"pg_replication_origin_advance":{"text,pg_lsn":"v"},"pg_replication_origin_create":{"text":"v"},"pg_replication_origin_drop":{"text":"v"},"pg_replication_origin_oid":{"text":"s"},"pg_replication_origin_progress":{"text,bool":"v"},"pg_replication_origin_session_is_setup":{"":"v"},"pg_replication_origin_session_progress":{"bool":"v"},"pg_replication_origin_session_reset":{"":"v"},"pg_replication_origin_session_setup":{"text":"v"},"pg_replication_origin_xact_reset":{"":"v"},"pg_replication_origin_xact_setup":{"pg_lsn,timestamptz":"v"},"pg_replication_slot_advance":{"name,pg_lsn":"v"},"pg_restore_attribute_stats":{"any":"v"},"pg_restore_relation_stats":{"any":"v"},"pg_rotate_logfile":{"":"v"},"pg_safe_snapshot_blocking_pids":{"int4":"v"},"pg_sequence_last_value":{"regclass":"v"},"pg_sequence_parameters":{"oid":"s"},"pg_settings_get_flags":{"text":"s"},"pg_show_all_file_settings":{"":"v"},"pg_show_all_settings":{"":"s"},"pg_show_replication_origin_status":{"":"v"},"pg_size_bytes":{"text":"i"},"pg_size_pretty":{"int8":"i","numeric":"i"},"pg_sleep":{"float8":"v"},"pg_sleep_for":{"interval":"v"},"pg_sleep_until":{"timestamptz":"v"},"pg_snapshot_in":{"cstring":"i"},"pg_snapshot_out":{"pg_snapshot":"i"},"pg_snapshot_recv":{"internal":"i"},"pg_snapshot_send":{"pg_snapshot":"i"},"pg_snapshot_xip":{"pg_snapshot":"i"},"pg_snapshot_xmax":{"pg_snapshot":"i"},"pg_snapshot_xmin":{"pg_snapshot":"i"},"pg_split_walfile_name":{"text":"s"},"pg_stat_clear_snapshot":{"":"v"},"pg_stat_file":{"text":"v","text,bool":"v"},"pg_stat_force_next_flush":{"":"v"},"pg_stat_get_activity":{"int4":"s"},"pg_stat_get_analyze_count":{"oid":"s"},"pg_stat_get_archiver":{"":"s"},"pg_stat_get_autoanalyze_count":{"oid":"s"},"pg_stat_get_autovacuum_count":{"oid":"s"},"pg_stat_get_backend_activity":{"int4":"s"},"pg_stat_get_backend_activity_start":{"int4":"s"},"pg_stat_get_backend_client_addr":{"int4":"s"},"pg_stat_get_backend_client_port":{"int4":"s"},"pg_stat_get_backend_dbid":{"int4":"s"},"pg_stat_get_backend_idset":{"":"s"},"pg_stat_get_backend_io":{"int4":"v"},"pg_stat_get_backend_pid":{"int4":"s"},"pg_stat_get_backend_start":{"int4":"s"},"pg_stat_get_backend_subxact":{"int4":"s"},"pg_stat_get_backend_userid":{"int4":"s"},"pg_stat_get_backend_wait_event":{"int4":"s"},"pg_stat_get_backend_wait_event_type":{"int4":"s"},"pg_stat_get_backend_wal":{"int4":"v"},"pg_stat_get_backend_xact_start":{"int4":"s"},"pg_stat_get_bgwriter_buf_written_clean":{"":"s"},"pg_stat_get_bgwriter_maxwritten_clean":{"":"s"},"pg_stat_get_bgwriter_stat_reset_time":{"":"s"},"pg_stat_get_blocks_fetched":{"oid":"s"},"pg_stat_get_blocks_hit":{"oid":"s"},"pg_stat_get_buf_alloc":{"":"s"},"pg_stat_get_checkpointer_buffers_written":{"":"s"},"pg_stat_get_checkpointer_num_performed":{"":"s"},"pg_stat_get_checkpointer_num_requested":{"":"s"},"pg_stat_get_checkpointer_num_timed":{"":"s"},"pg_stat_get_checkpointer_restartpoints_performed":{"":"s"},"pg_stat_get_checkpointer_restartpoints_requested":{"":"s"},"pg_stat_get_checkpointer_restartpoints_timed":{"":"s"},"pg_stat_get_checkpointer_slru_written":{"":"s"},"pg_stat_get_checkpointer_stat_reset_time":{"":"s"},"pg_stat_get_checkpointer_sync_time":{"":"s"},"pg_stat_get_checkpointer_write_time":{"":"s"},"pg_stat_get_db_active_time":{"oid":"s"},"pg_stat_get_db_blk_read_time":{"oid":"s"},"pg_stat_get_db_blk_write_time":{"oid":"s"},"pg_stat_get_db_blocks_fetched":{"oid":"s"},"pg_stat_get_db_blocks_hit":{"oid":"s"},"pg_stat_get_db_checksum_failures":{"oid":"s"},"pg_stat_get_db_checksum_last_failure":{"oid":"s"},"pg_stat_get_db_conflict_all":{"oid":"s"},"pg_stat_get_db_conflict_bufferpin":{"oid":"s"},"pg_stat_get_db_conflict_lock":{"oid":"s"},"pg_stat_get_db_conflict_logicalslot":{"oid":"s"},"pg_stat_get_db_conflict_snapshot":{"oid":"s"},"pg_stat_get_db_conflict_startup_deadlock":{"oid":"s"},"pg_stat_get_db_conflict_tablespace":{"oid":"s"},"pg_stat_get_db_deadlocks":{"oid":"s"},"pg_stat_get_db_idle_in_transaction_time":{"oid":"s"},"pg_stat_get_db_numbackends":{"oid":"s"},"pg_stat_get_db_parallel_workers_launched":{"oid":"s"},"pg_stat_get_db_parallel_workers_to_launch":{"oid":"s"},"pg_stat_get_db_session_time":{"oid":"s"},"pg_stat_get_db_sessions":{"oid":"s"},"pg_stat_get_db_sessions_abandoned":{"oid":"s"},"pg_stat_get_db_sessions_fatal":{"oid":"s"},"pg_stat_get_db_sessions_killed":{"oid":"s"},"pg_stat_get_db_stat_reset_time":{"oid":"s"},"pg_stat_get_db_temp_bytes":{"oid":"s"},"pg_stat_get_db_temp_files":{"oid":"s"},"pg_stat_get_db_tuples_deleted":{"oid":"s"},"pg_stat_get_db_tuples_fetched":{"oid":"s"},"pg_stat_get_db_tuples_inserted":{"oid":"s"},"pg_stat_get_db_tuples_returned":{"oid":"s"},"pg_stat_get_db_tuples_updated":{"oid":"s"},"pg_stat_get_db_xact_commit":{"oid":"s"},"pg_stat_get_db_xact_rollback":{"oid":"s"},"pg_stat_get_dead_tuples":{"oid":"s"},"pg_stat_get_function_calls":{"oid":"s"},"pg_stat_get_function_self_time":{"oid":"s"},"pg_stat_get_function_total_time":{"oid":"s"},"pg_stat_get_ins_since_vacuum":{"oid":"s"},"pg_stat_get_io":{"":"v"},"pg_stat_get_last_analyze_time":{"oid":"s"},"pg_stat_get_last_autoanalyze_time":{"oid":"s"},"pg_stat_get_last_autovacuum_time":{"oid":"s"},"pg_stat_get_last_vacuum_time":{"oid":"s"},"pg_stat_get_lastscan":{"oid":"s"},"pg_stat_get_live_tuples":{"oid":"s"},"pg_stat_get_mod_since_analyze":{"oid":"s"},"pg_stat_get_numscans":{"oid":"s"},"pg_stat_get_progress_info":{"text":"s"},"pg_stat_get_recovery_prefetch":{"":"v"},"pg_stat_get_replication_slot":{"text":"s"},"pg_stat_get_slru":{"":"s"},"pg_stat_get_snapshot_timestamp":{"":"s"},"pg_stat_get_subscription":{"oid":"s"},"pg_stat_get_subscription_stats":{"oid":"s"},"pg_stat_get_total_analyze_time":{"oid":"s"},"pg_stat_get_total_autoanalyze_time":{"oid":"s"},"pg_stat_get_total_autovacuum_time":{"oid":"s"},"pg_stat_get_total_vacuum_time":{"oid":"s"},"pg_stat_get_tuples_deleted":{"oid":"s"},"pg_stat_get_tuples_fetched":{"oid":"s"},"pg_stat_get_tuples_hot_updated":{"oid":"s"},"pg_stat_get_tuples_inserted":{"oid":"s"},"pg_stat_get_tuples_newpage_updated":{"oid":"s"},"pg_stat_get_tuples_returned":{"oid":"s"},"pg_stat_get_tuples_updated":{"oid":"s"},"pg_stat_get_vacuum_count":{"oid":"s"},"pg_stat_get_wal":{"":"s"},"pg_stat_get_wal_receiver":{"":"s"},"pg_stat_get_wal_senders":{"":"s"},"pg_stat_get_xact_blocks_fetched":{"oid":"v"},"pg_stat_get_xact_blocks_hit":{"oid":"v"},"pg_stat_get_xact_function_calls":{"oid":"v"},"pg_stat_get_xact_function_self_time":{"oid":"v"},"pg_stat_get_xact_function_total_time":{"oid":"v"},"pg_stat_get_xact_numscans":{"oid":"v"},"pg_stat_get_xact_tuples_deleted":{"oid":"v"},"pg_stat_get_xact_tuples_fetched":{"oid":"v"},"pg_stat_get_xact_tuples_hot_updated":{"oid":"v"},"pg_stat_get_xact_tuples_inserted":{"oid":"v"},"pg_stat_get_xact_tuples_newpage_updated":{"oid":"v"},"pg_stat_get_xact_tuples_returned":{"oid":"v"},"pg_stat_get_xact_tuples_updated":{"oid":"v"},"pg_stat_have_stats":{"text,oid,int8":"v"},"pg_stat_reset":{"":"v"},"pg_stat_reset_backend_stats":{"int4":"v"},"pg_stat_reset_replication_slot":{"text":"v"},"pg_stat_reset_shared":{"text":"v"},"pg_stat_reset_single_function_counters":{"oid":"v"},"pg_stat_reset_single_table_counters":{"oid":"v"},"pg_stat_reset_slru":{"text":"v"},"pg_stat_reset_subscription_stats":{"oid":"v"},"pg_statistics_obj_is_visible":{"oid":"s"},"pg_stop_making_pinned_objects":{"":"v"},"pg_switch_wal":{"":"v"},"pg_sync_replication_slots":{"":"v"},"pg_table_is_visible":{"oid":"s"},"pg_table_size":{"regclass":"v"},"pg_tablespace_databases":{"oid":"s"},"pg_tablespace_location":{"oid":"s"},"pg_tablespace_size":{"name":"v","oid":"v"},"pg_terminate_backend":{"int4,int8":"v"},"pg_timezone_abbrevs_abbrevs":{"":"s"},"pg_timezone_abbrevs_zone":{"":"s"},"pg_timezone_names":{"":"s"},"pg_total_relation_size":{"regclass":"v"},"pg_trigger_depth":{"":"s"},"pg_try_advisory_lock":{"int4,int4":"v","int8":"v"},"pg_try_advisory_lock_shared":{"int4,int4":"v","int8":"v"},"pg_try_advisory_xact_lock":{"int4,int4":"v","int8":"v"},"pg_try_advisory_xact_lock_shared":{"int4,int4":"v","int8":"v"},"pg_ts_config_is_visible":{"oid":"s"},"pg_ts_dict_is_visible":{"oid":"s"},"pg_ts_parser_is_visible":{"oid":"s"},"pg_ts_template_is_visible":{"oid":"s"},"pg_type_is_visible":{"oid":"s"},"pg_typeof":{"any":"s"},"pg_visible_in_snapshot":{"xid8,pg_snapshot":"i"},"pg_wal_lsn_diff":{"pg_lsn,pg_lsn":"i"},"pg_wal_replay_pause":{"":"v"},"pg_wal_replay_resume":{"":"v"},"pg_wal_summary_contents":{"int8,pg_lsn,pg_lsn":"v"},"pg_walfile_name":{"pg_lsn":"i"},"pg_walfile_name_offset":{"pg_lsn":"i"},"pg_xact_commit_timestamp":{"xid":"v"},"pg_xact_commit_timestamp_origin":{"xid":"v"},"pg_xact_status":{"xid8":"v"},"phraseto_tsquery":{"regconfig,text":"i","text":"s"},"pi":{"":"i"},"plainto_tsquery":{"regconfig,text":"i","text":"s"},"plpgsql_call_handler":{"":"v"},"plpgsql_inline_handler":{"internal":"v"},"plpgsql_validator":{"oid":"v"},"point":{"box":"i","circle":"i","float8,float8":"i","lseg":"i","polygon":"i"},"point_above":{"point,point":"i"},"point_add":{"point,point":"i"},"point_below":{"point,point":"i"},"point_distance":{"point,point":"i"},"point_div":{"point,point":"i"},"point_eq":{"point,point":"i"},"point_horiz":{"point,point":"i"},"point_in":{"cstring":"i"},"point_left":{"point,point":"i"},"point_mul":{"point,point":"i"},"point_ne":{"point,point":"i"},"point_out":{"point":"i"},"point_recv":{"internal":"i"},"point_right":{"point,point":"i"},"point_send":{"point":"i"},"point_sub":{"point,point":"i"},"point_vert":{"point,point":"i"},"poly_above":{"polygon,polygon":"i"},"poly_below":{"polygon,polygon":"i"},"poly_center":{"polygon":"i"},"poly_contain":{"polygon,polygon":"i"},"poly_contain_pt":{"polygon,point":"i"},"poly_contained":{"polygon,polygon":"i"},"poly_distance":{"polygon,polygon":"i"},"poly_in":{"cstring":"i"},"poly_left":{"polygon,polygon":"i"},"poly_npoints":{"polygon":"i"},"poly_out":{"polygon":"i"},"poly_overabove":{"polygon,polygon":"i"},"poly_overbelow":{"polygon,polygon":"i"},"poly_overlap":{"polygon,polygon":"i"},"poly_overleft":{"polygon,polygon":"i"},"poly_overright":{"polygon,polygon":"i"},"poly_recv":{"internal":"i"},"poly_right":{"polygon,polygon":"i"},"poly_same":{"polygon,polygon":"i"},"poly_send":{"polygon":"i"},"polygon":{"box":"i","circle":"i","int4,circle":"i","path":"i"},"popen":{"path":"i"},"position":{"bit,bit":"i","bytea,bytea":"i","text,text":"i"},"positionjoinsel":{"internal,oid,internal,int2,internal":"s"},"positionsel":{"internal,oid,internal,int4":"s"},"postgresql_fdw_validator":{"_text,oid":"i"},"pow":{"float8,float8":"i","numeric,numeric":"i"},"power":{"float8,float8":"i","numeric,numeric":"i"},"prefixjoinsel":{"internal,oid,internal,int2,internal":"s"},"prefixsel":{"internal,oid,internal,int4":"s"},"prsd_end":{"internal":"i"},"prsd_headline":{"internal,internal,tsquery":"i"},"prsd_lextype":{"internal":"i"},"prsd_nexttoken":{"internal,internal,internal":"i"},"prsd_start":{"internal,int4":"i"},"pt_contained_circle":{"point,circle":"i"},"pt_contained_poly":{"point,polygon":"i"},"query_to_xml":{"text,bool,bool,text":"v"},"query_to_xml_and_xmlschema":{"text,bool,bool,text":"v"},"query_to_xmlschema":{"text,bool,bool,text":"v"},"querytree":{"tsquery":"i"},"quote_ident":{"text":"i"},"quote_literal":{"anyelement":"s","text":"i"},"quote_nullable":{"anyelement":"s","text":"i"},"radians":{"float8":"i"},"radius":{"circle":"i"},"random":{"":"v","int4,int4":"v","int8,int8":"v","numeric,numeric":"v"},"random_normal":{"float8,float8":"v"},"range_adjacent":{"anyrange,anyrange":"i"},"range_adjacent_multirange":{"anyrange,anymultirange":"i"},"range_after":{"anyrange,anyrange":"i"},"range_after_multirange":{"anyrange,anymultirange":"i"},"range_agg_finalfn":{"internal,anyrange":"i"},"range_agg_transfn":{"internal,anyrange":"i"},"range_before":{"anyrange,anyrange":"i"},"range_before_multirange":{"anyrange,anymultirange":"i"},"range_cmp":{"anyrange,anyrange":"i"},"range_contained_by":{"anyrange,anyrange":"i"},"range_contained_by_multirange":{"anyrange,anymultirange":"i"},"range_contains":{"anyrange,anyrange":"i"},"range_contains_elem":{"anyrange,anyelement":"i"},"range_contains_elem_support":{"internal":"i"},"range_contains_multirange":{"anyrange,anymultirange":"i"},"range_eq":{"anyrange,anyrange":"i"},"range_ge":{"anyrange,anyrange":"i"},"range_gist_consistent":{"internal,anyrange,int2,oid,internal":"i"},"range_gist_penalty":{"internal,internal,internal":"i"},"range_gist_picksplit":{"internal,internal":"i"},"range_gist_same":{"anyrange,anyrange,internal":"i"},"range_gist_union":{"internal,internal":"i"},"range_gt":{"anyrange,anyrange":"i"},"range_in":{"cstring,oid,int4":"s"},"range_intersect":{"anyrange,anyrange":"i"},"range_intersect_agg_transfn":{"anyrange,anyrange":"i"},"range_le":{"anyrange,anyrange":"i"},"range_lt":{"anyrange,anyrange":"i"},"range_merge":{"anymultirange":"i","anyrange,anyrange":"i"},"range_minus":{"anyrange,anyrange":"i"},"range_ne":{"anyrange,anyrange":"i"},"range_out":{"anyrange":"s"},"range_overlaps":{"anyrange,anyrange":"i"},"range_overlaps_multirange":{"anyrange,anymultirange":"i"},"range_overleft":{"anyrange,anyrange":"i"},"range_overleft_multirange":{"anyrange,anymultirange":"i"},"range_overright":{"anyrange,anyrange":"i"},"range_overright_multirange":{"anyrange,anymultirange":"i"},"range_recv":{"internal,oid,int4":"s"},"range_send":{"anyrange":"s"},"range_sortsupport":{"internal":"i"},"range_typanalyze":{"internal":"s"},"range_union":{"anyrange,anyrange":"i"},"rangesel":{"internal,oid,internal,int4":"s"},"rank_final":{"internal,any":"i"},"raw_array_subscript_handler":{"internal":"i"},"record_eq":{"record,record":"i"},"record_ge":{"record,record":"i"},"record_gt":{"record,record":"i"},"record_image_eq":{"record,record":"i"},"record_image_ge":{"record,record":"i"},"record_image_gt":{"record,record":"i"},"record_image_le":{"record,record":"i"},"record_image_lt":{"record,record":"i"},"record_image_ne":{"record,record":"i"},"record_in":{"cstring,oid,int4":"s"},"record_larger":{"record,record":"i"},"record_le":{"record,record":"i"},"record_lt":{"record,record":"i"},"record_ne":{"record,record":"i"},"record_out":{"record":"s"},"record_recv":{"internal,oid,int4":"s"},"record_send":{"record":"s"},"record_smaller":{"record,record":"i"},"regclass":{"text":"s"},"regclassin":{"cstring":"s"},"regclassout":{"regclass":"s"},"regclassrecv":{"internal":"i"},"regclasssend":{"regclass":"i"},"regcollationin":{"cstring":"s"},"regcollationout":{"regcollation":"s"},"regcollationrecv":{"internal":"i"},"regcollationsend":{"regcollation":"i"},"regconfigin":{"cstring":"s"},"regconfigout":{"regconfig":"s"},"regconfigrecv":{"internal":"i"},"regconfigsend":{"regconfig":"i"},"regdictionaryin":{"cstring":"s"},"regdictionaryout":{"regdictionary":"s"},"regdictionaryrecv":{"internal":"i"},"regdictionarysend":{"regdictionary":"i"},"regexeqjoinsel":{"internal,oid,internal,int2,internal":"s"},"regexeqsel":{"internal,oid,internal,int4":"s"},"regexnejoinsel":{"internal,oid,internal,int2,internal":"s"},"regexnesel":{"internal,oid,internal,int4":"s"},"regexp_count":{"text,text":"i","text,text,int4":"i","text,text,int4,text":"i"},"regexp_instr":{"text,text":"i","text,text,int4":"i","text,text,int4,int4":"i","text,text,int4,int4,int4":"i","text,text,int4,int4,int4,text":"i","text,text,int4,int4,int4,text,int4":"i"},"regexp_like":{"text,text":"i","text,text,text":"i"},"regexp_match":{"text,text":"i","text,text,text":"i"},"regexp_matches":{"text,text":"i","text,text,text":"i"},"regexp_replace":{"text,text,text":"i","text,text,text,int4":"i","text,text,text,int4,int4":"i","text,text,text,int4,int4,text":"i","text,text,text,text":"i"},"regexp_split_to_array":{"text,text":"i","text,text,text":"i"},"regexp_split_to_table":{"text,text":"i","text,text,text":"i"},"regexp_substr":{"text,text":"i","text,text,int4":"i","text,text,int4,int4":"i","text,text,int4,int4,text":"i","text,text,int4,int4,text,int4":"i"},"regnamespacein":{"cstring":"s"},"regnamespaceout":{"regnamespace":"s"},"regnamespacerecv":{"internal":"i"},"regnamespacesend":{"regnamespace":"i"},"regoperatorin":{"cstring":"s"},"regoperatorout":{"regoperator":"s"},"regoperatorrecv":{"internal":"i"},"regoperatorsend":{"regoperator":"i"},"regoperin":{"cstring":"s"},"regoperout":{"regoper":"s"},"regoperrecv":{"internal":"i"},"regopersend":{"regoper":"i"},"regprocedurein":{"cstring":"s"},"regprocedureout":{"regprocedure":"s"},"regprocedurerecv":{"internal":"i"},"regproceduresend":{"regprocedure":"i"},"regprocin":{"cstring":"s"},"regprocout":{"regproc":"s"},"regprocrecv":{"internal":"i"},"regprocsend":{"regproc":"i"},"regrolein":{"cstring":"s"},"regroleout":{"regrole":"s"},"regrolerecv":{"internal":"i"},"regrolesend":{"regrole":"i"},"regtypein":{"cstring":"s"},"regtypeout":{"regtype":"s"},"regtyperecv":{"internal":"i"},"regtypesend":{"regtype":"i"},"repeat":{"text,int4":"i"},"replace":{"text,text,text":"i"},"reverse":{"bytea":"i","text":"i"},"right":{"text,int4":"i"},"round":{"float8":"i","numeric":"i","numeric,int4":"i"},"row_security_active":{"oid":"s","text":"s"},"row_to_json":{"record":"s","record,bool":"s"},"rpad":{"text,int4":"i","text,int4,text":"i"},"rtrim":{"bytea,bytea":"i","text":"i","text,text":"i"},"satisfies_hash_partition":{"oid,int4,int4,any":"i"},"scalargejoinsel":{"internal,oid,internal,int2,internal":"s"},"scalargesel":{"internal,oid,internal,int4":"s"},"scalargtjoinsel":{"internal,oid,internal,int2,internal":"s"},"scalargtsel":{"internal,oid,internal,int4":"s"},"scalarlejoinsel":{"internal,oid,internal,int2,internal":"s"},"scalarlesel":{"internal,oid,internal,int4":"s"},"scalarltjoinsel":{"internal,oid,internal,int2,internal":"s"},"scalarltsel":{"internal,oid,internal,int4":"s"},"scale":{"numeric":"i"},"schema_to_xml":{"name,bool,bool,text":"s"},"schema_to_xml_and_xmlschema":{"name,bool,bool,text":"s"},"schema_to_xmlschema":{"name,bool,bool,text":"s"},"session_user":{"":"s"},"set_bit":{"bit,int4,int4":"i","bytea,int8,int4":"i"},"set_byte":{"bytea,int4,int4":"i"},"set_config":{"text,text,bool":"v"},"set_masklen":{"cidr,int4":"i","inet,int4":"i"},"setseed":{"float8":"v"},"setval":{"regclass,int8":"v","regclass,int8,bool":"v"},"setweight":{"tsvector,char":"i","tsvector,char,_text":"i"},"sha224":{"bytea":"i"},"sha256":{"bytea":"i"},"sha384":{"bytea":"i"},"sha512":{"bytea":"i"},"shell_in":{"cstring":"i"},"shell_out":{"void":"i"},"shift_jis_2004_to_euc_jis_2004":{"int4,int4,cstring,internal,int4,bool":"i"},"shift_jis_2004_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"shobj_description":{"oid,name":"s"},"sign":{"float8":"i","numeric":"i"},"similar_escape":{"text,text":"i"},"similar_to_escape":{"text":"i","text,text":"i"},"sin":{"float8":"i"},"sind":{"float8":"i"},"sinh":{"float8":"i"},"sjis_to_euc_jp":{"int4,int4,cstring,internal,int4,bool":"i"},"sjis_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"sjis_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"slope":{"point,point":"i"},"spg_bbox_quad_config":{"internal,internal":"i"},"spg_box_quad_choose":{"internal,internal":"i"},"spg_box_quad_config":{"internal,internal":"i"},"spg_box_quad_inner_consistent":{"internal,internal":"i"},"spg_box_quad_leaf_consistent":{"internal,internal":"i"},"spg_box_quad_picksplit":{"internal,internal":"i"},"spg_kd_choose":{"internal,internal":"i"},"spg_kd_config":{"internal,internal":"i"},"spg_kd_inner_consistent":{"internal,internal":"i"},"spg_kd_picksplit":{"internal,internal":"i"},"spg_poly_quad_compress":{"polygon":"i"},"spg_quad_choose":{"internal,internal":"i"},"spg_quad_config":{"internal,internal":"i"},"spg_quad_inner_consistent":{"internal,internal":"i"},"spg_quad_leaf_consistent":{"internal,internal":"i"},"spg_quad_picksplit":{"internal,internal":"i"},"spg_range_quad_choose":{"internal,internal":"i"},"spg_range_quad_config":{"internal,internal":"i"},"spg_range_quad_inner_consistent":{"internal,internal":"i"},"spg_range_quad_leaf_consistent":{"internal,internal":"i"},"spg_range_quad_picksplit":{"internal,internal":"i"},"spg_text_choose":{"internal,internal":"i"},"spg_text_config":{"internal,internal":"i"},"spg_text_inner_consistent":{"internal,internal":"i"},"spg_text_leaf_consistent":{"internal,internal":"i"},"spg_text_picksplit":{"internal,internal":"i"},"spghandler":{"internal":"v"},"split_part":{"text,text,int4":"i"},"sqrt":{"float8":"i","numeric":"i"},"starts_with":{"text,text":"i"},"statement_timestamp":{"":"s"},"string_agg_combine":{"internal,internal":"i"},"string_agg_deserialize":{"bytea,internal":"i"},"string_agg_finalfn":{"internal":"i"},"string_agg_serialize":{"internal":"i"},"string_agg_transfn":{"internal,text,text":"i"},"string_to_array":{"text,text":"i","text,text,text":"i"},"string_to_table":{"text,text":"i","text,text,text":"i"},"strip":{"tsvector":"i"},"strpos":{"text,text":"i"},"substr":{"bytea,int4":"i","bytea,int4,int4":"i","text,int4":"i","text,int4,int4":"i"},"substring":{"bit,int4":"i","bit,int4,int4":"i","bytea,int4":"i","bytea,int4,int4":"i","text,int4":"i","text,int4,int4":"i","text,text":"i","text,text,text":"i"},"suppress_redundant_updates_trigger":{"":"v"},"system":{"internal":"v"},"system_user":{"":"s"},"table_am_handler_in":{"cstring":"i"},"table_am_handler_out":{"table_am_handler":"i"},"table_to_xml":{"regclass,bool,bool,text":"s"},"table_to_xml_and_xmlschema":{"regclass,bool,bool,text":"s"},"table_to_xmlschema":{"regclass,bool,bool,text":"s"},"tan":{"float8":"i"},"tand":{"float8":"i"},"tanh":{"float8":"i"},"text":{"bool":"i","bpchar":"i","char":"i","inet":"i","name":"i","xml":"i"},"text_ge":{"text,text":"i"},"text_gt":{"text,text":"i"},"text_larger":{"text,text":"i"},"text_le":{"text,text":"i"},"text_lt":{"text,text":"i"},"text_pattern_ge":{"text,text":"i"},"text_pattern_gt":{"text,text":"i"},"text_pattern_le":{"text,text":"i"},"text_pattern_lt":{"text,text":"i"},"text_smaller":{"text,text":"i"},"text_starts_with_support":{"internal":"i"},"textanycat":{"text,anynonarray":"s"},"textcat":{"text,text":"i"},"texteq":{"text,text":"i"},"texteqname":{"text,name":"i"},"textgename":{"text,name":"i"},"textgtname":{"text,name":"i"},"texticlike":{"text,text":"i"},"texticlike_support":{"internal":"i"},"texticnlike":{"text,text":"i"},"texticregexeq":{"text,text":"i"},"texticregexeq_support":{"internal":"i"},"texticregexne":{"text,text":"i"},"textin":{"cstring":"i"},"textlen":{"text":"i"},"textlename":{"text,name":"i"},"textlike":{"text,text":"i"},"textlike_support":{"internal":"i"},"textltname":{"text,name":"i"},"textne":{"text,text":"i"},"textnename":{"text,name":"i"},"textnlike":{"text,text":"i"},"textout":{"text":"i"},"textrecv":{"internal":"s"},"textregexeq":{"text,text":"i"},"textregexeq_support":{"internal":"i"},"textregexne":{"text,text":"i"},"textsend":{"text":"s"},"thesaurus_init":{"internal":"i"},"thesaurus_lexize":{"internal,internal,internal,internal":"i"},"tideq":{"tid,tid":"i"},"tidge":{"tid,tid":"i"},"tidgt":{"tid,tid":"i"},"tidin":{"cstring":"i"},"tidlarger":{"tid,tid":"i"},"tidle":{"tid,tid":"i"},"tidlt":{"tid,tid":"i"},"tidne":{"tid,tid":"i"},"tidout":{"tid":"i"},"tidrecv":{"internal":"i"},"tidsend":{"tid":"i"},"tidsmaller":{"tid,tid":"i"},"time":{"interval":"i","time,int4":"i","timestamp":"i","timestamptz":"s","timetz":"i"},"time_cmp":{"time,time":"i"},"time_eq":{"time,time":"i"},"time_ge":{"time,time":"i"},"time_gt":{"time,time":"i"},"time_hash":{"time":"i"},"time_hash_extended":{"time,int8":"i"},"time_in":{"cstring,oid,int4":"s"},"time_larger":{"time,time":"i"},"time_le":{"time,time":"i"},"time_lt":{"time,time":"i"},"time_mi_interval":{"time,interval":"i"},"time_mi_time":{"time,time":"i"},"time_ne":{"time,time":"i"},"time_out":{"time":"i"},"time_pl_interval":{"time,interval":"i"},"time_recv":{"internal,oid,int4":"i"},"time_send":{"time":"i"},"time_smaller":{"time,time":"i"},"time_support":{"internal":"i"},"timedate_pl":{"time,date":"i"},"timeofday":{"":"v"},"timestamp":{"date":"i","date,time":"i","timestamp,int4":"i","timestamptz":"s"},"timestamp_cmp":{"timestamp,timestamp":"i"},"timestamp_cmp_date":{"timestamp,date":"i"},"timestamp_cmp_timestamptz":{"timestamp,timestamptz":"s"},"timestamp_eq":{"timestamp,timestamp":"i"},"timestamp_eq_date":{"timestamp,date":"i"},"timestamp_eq_timestamptz":{"timestamp,timestamptz":"s"},"timestamp_ge":{"timestamp,timestamp":"i"},"timestamp_ge_date":{"timestamp,date":"i"},"timestamp_ge_timestamptz":{"timestamp,timestamptz":"s"},"timestamp_gt":{"timestamp,timestamp":"i"},"timestamp_gt_date":{"timestamp,date":"i"},"timestamp_gt_timestamptz":{"timestamp,timestamptz":"s"},"timestamp_hash":{"timestamp":"i"},"timestamp_hash_extended":{"timestamp,int8":"i"},"timestamp_in":{"cstring,oid,int4":"s"},"timestamp_larger":{"timestamp,timestamp":"i"},"timestamp_le":{"timestamp,timestamp":"i"},"timestamp_le_date":{"timestamp,date":"i"},"timestamp_le_timestamptz":{"timestamp,timestamptz":"s"},"timestamp_lt":{"timestamp,timestamp":"i"},"timestamp_lt_date":{"timestamp,date":"i"},"timestamp_lt_timestamptz":{"timestamp,timestamptz":"s"},"timestamp_mi":{"timestamp,timestamp":"i"},"timestamp_mi_interval":{"timestamp,interval":"i"},"timestamp_ne":{"timestamp,timestamp":"i"},"timestamp_ne_date":{"timestamp,date":"i"},"timestamp_ne_timestamptz":{"timestamp,timestamptz":"s"},"timestamp_out":{"timestamp":"s"},"timestamp_pl_interval":{"timestamp,interval":"i"},"timestamp_recv":{"internal,oid,int4":"i"},"timestamp_send":{"timestamp":"i"},"timestamp_skipsupport":{"internal":"i"},"timestamp_smaller":{"timestamp,timestamp":"i"},"timestamp_sortsupport":{"internal":"i"},"timestamp_support":{"internal":"i"},"timestamptypmodin":{"_cstring":"i"},"timestamptypmodout":{"int4":"i"},"timestamptz":{"date":"s","date,time":"s","date,timetz":"i","timestamp":"s","timestamptz,int4":"i"},"timestamptz_cmp":{"timestamptz,timestamptz":"i"},"timestamptz_cmp_date":{"timestamptz,date":"s"},"timestamptz_cmp_timestamp":{"timestamptz,timestamp":"s"},"timestamptz_eq":{"timestamptz,timestamptz":"i"},"timestamptz_eq_date":{"timestamptz,date":"s"},"timestamptz_eq_timestamp":{"timestamptz,timestamp":"s"},"timestamptz_ge":{"timestamptz,timestamptz":"i"},"timestamptz_ge_date":{"timestamptz,date":"s"},"timestamptz_ge_timestamp":{"timestamptz,timestamp":"s"},"timestamptz_gt":{"timestamptz,timestamptz":"i"},"timestamptz_gt_date":{"timestamptz,date":"s"},"timestamptz_gt_timestamp":{"timestamptz,timestamp":"s"},"timestamptz_hash":{"timestamptz":"i"},"timestamptz_hash_extended":{"timestamptz,int8":"i"},"timestamptz_in":{"cstring,oid,int4":"s"},"timestamptz_larger":{"timestamptz,timestamptz":"i"},"timestamptz_le":{"timestamptz,timestamptz":"i"},"timestamptz_le_date":{"timestamptz,date":"s"},"timestamptz_le_timestamp":{"timestamptz,timestamp":"s"},"timestamptz_lt":{"timestamptz,timestamptz":"i"},"timestamptz_lt_date":{"timestamptz,date":"s"},"timestamptz_lt_timestamp":{"timestamptz,timestamp":"s"},"timestamptz_mi":{"timestamptz,timestamptz":"i"},"timestamptz_mi_interval":{"timestamptz,interval":"s"},"timestamptz_ne":{"timestamptz,timestamptz":"i"},"timestamptz_ne_date":{"timestamptz,date":"s"},"timestamptz_ne_timestamp":{"timestamptz,timestamp":"s"},"timestamptz_out":{"timestamptz":"s"},"timestamptz_pl_interval":{"timestamptz,interval":"s"},"timestamptz_recv":{"internal,oid,int4":"i"},"timestamptz_send":{"timestamptz":"i"},"timestamptz_smaller":{"timestamptz,timestamptz":"i"},"timestamptztypmodin":{"_cstring":"i"},"timestamptztypmodout":{"int4":"i"},"timetypmodin":{"_cstring":"i"},"timetypmodout":{"int4":"i"},"timetz":{"time":"s","timestamptz":"s","timetz,int4":"i"},"timetz_cmp":{"timetz,timetz":"i"},"timetz_eq":{"timetz,timetz":"i"},"timetz_ge":{"timetz,timetz":"i"},"timetz_gt":{"timetz,timetz":"i"},"timetz_hash":{"timetz":"i"},"timetz_hash_extended":{"timetz,int8":"i"},"timetz_in":{"cstring,oid,int4":"s"},"timetz_larger":{"timetz,timetz":"i"},"timetz_le":{"timetz,timetz":"i"},"timetz_lt":{"timetz,timetz":"i"},"timetz_mi_interval":{"timetz,interval":"i"},"timetz_ne":{"timetz,timetz":"i"},"timetz_out":{"timetz":"i"},"timetz_pl_interval":{"timetz,interval":"i"},"timetz_recv":{"internal,oid,int4":"i"},"timetz_send":{"timetz":"i"},"timetz_smaller":{"timetz,timetz":"i"},"timetzdate_pl":{"timetz,date":"i"},"timetztypmodin":{"_cstring":"i"},"timetztypmodout":{"int4":"i"},"timezone":{"interval,timestamp":"i","interval,timestamptz":"i","interval,timetz":"i","text,timestamp":"i","text,timestamptz":"i","text,timetz":"s","timestamp":"s","timestamptz":"s","timetz":"s"},"to_ascii":{"text":"i","text,int4":"i","text,name":"i"},"to_bin":{"int4":"i","int8":"i"},"to_char":{"float4,text":"s","float8,text":"s","int4,text":"s","int8,text":"s","interval,text":"s","numeric,text":"s","timestamp,text":"s","timestamptz,text":"s"},"to_date":{"text,text":"s"},"to_hex":{"int4":"i","int8":"i"},"to_json":{"anyelement":"s"},"to_jsonb":{"anyelement":"s"},"to_number":{"text,text":"s"},"to_oct":{"int4":"i","int8":"i"},"to_regclass":{"text":"s"},"to_regcollation":{"text":"s"},"to_regnamespace":{"text":"s"},"to_regoper":{"text":"s"},"to_regoperator":{"text":"s"},"to_regproc":{"text":"s"},"to_regprocedure":{"text":"s"},"to_regrole":{"text":"s"},"to_regtype":{"text":"s"},"to_regtypemod":{"text":"s"},"to_timestamp":{"float8":"i","text,text":"s"},"to_tsquery":{"regconfig,text":"i","text":"s"},"to_tsvector":{"json":"s","jsonb":"s","regconfig,json":"i","regconfig,jsonb":"i","regconfig,text":"i","text":"s"},"transaction_timestamp":{"":"s"},"translate":{"text,text,text":"i"},"trigger_in":{"cstring":"i"},"trigger_out":{"trigger":"i"},"trim_array":{"anyarray,int4":"i"},"trim_scale":{"numeric":"i"},"trunc":{"float8":"i","macaddr":"i","macaddr8":"i","numeric":"i","numeric,int4":"i"},"ts_debug":{"regconfig,text":"s","text":"s"},"ts_delete":{"tsvector,_text":"i","tsvector,text":"i"},"ts_filter":{"tsvector,_char":"i"},"ts_headline":{"json,tsquery":"s","json,tsquery,text":"s","jsonb,tsquery":"s","jsonb,tsquery,text":"s","regconfig,json,tsquery":"i","regconfig,json,tsquery,text":"i","regconfig,jsonb,tsquery":"i","regconfig,jsonb,tsquery,text":"i","regconfig,text,tsquery":"i","regconfig,text,tsquery,text":"i","text,tsquery":"s","text,tsquery,text":"s"},"ts_lexize":{"regdictionary,text":"i"},"ts_match_qv":{"tsquery,tsvector":"i"},"ts_match_tq":{"text,tsquery":"s"},"ts_match_tt":{"text,text":"s"},"ts_match_vq":{"tsvector,tsquery":"i"},"ts_parse":{"oid,text":"i","text,text":"s"},"ts_rank":{"_float4,tsvector,tsquery":"i","_float4,tsvector,tsquery,int4":"i","tsvector,tsquery":"i","tsvector,tsquery,int4":"i"},"ts_rank_cd":{"_float4,tsvector,tsquery":"i","_float4,tsvector,tsquery,int4":"i","tsvector,tsquery":"i","tsvector,tsquery,int4":"i"},"ts_rewrite":{"tsquery,text":"v","tsquery,tsquery,tsquery":"i"},"ts_stat":{"text":"v","text,text":"v"},"ts_token_type":{"oid":"i","text":"s"},"ts_typanalyze":{"internal":"s"},"tsm_handler_in":{"cstring":"i"},"tsm_handler_out":{"tsm_handler":"i"},"tsmatchjoinsel":{"internal,oid,internal,int2,internal":"s"},"tsmatchsel":{"internal,oid,internal,int4":"s"},"tsmultirange":{"":"i","_tsrange":"i","tsrange":"i"},"tsq_mcontained":{"tsquery,tsquery":"i"},"tsq_mcontains":{"tsquery,tsquery":"i"},"tsquery_and":{"tsquery,tsquery":"i"},"tsquery_cmp":{"tsquery,tsquery":"i"},"tsquery_eq":{"tsquery,tsquery":"i"},"tsquery_ge":{"tsquery,tsquery":"i"},"tsquery_gt":{"tsquery,tsquery":"i"},"tsquery_le":{"tsquery,tsquery":"i"},"tsquery_lt":{"tsquery,tsquery":"i"},"tsquery_ne":{"tsquery,tsquery":"i"},"tsquery_not":{"tsquery":"i"},"tsquery_or":{"tsquery,tsquery":"i"},"tsquery_phrase":{"tsquery,tsquery":"i","tsquery,tsquery,int4":"i"},"tsqueryin":{"cstring":"i"},"tsqueryout":{"tsquery":"i"},"tsqueryrecv":{"internal":"i"},"tsquerysend":{"tsquery":"i"},"tsrange":{"timestamp,timestamp":"i","timestamp,timestamp,text":"i"},"tsrange_subdiff":{"timestamp,timestamp":"i"},"tstzmultirange":{"":"i","_tstzrange":"i","tstzrange":"i"},"tstzrange":{"timestamptz,timestamptz":"i","timestamptz,timestamptz,text":"i"},"tstzrange_subdiff":{"timestamptz,timestamptz":"i"},"tsvector_cmp":{"tsvector,tsvector":"i"},"tsvector_concat":{"tsvector,tsvector":"i"},"tsvector_eq":{"tsvector,tsvector":"i"},"tsvector_ge":{"tsvector,tsvector":"i"},"tsvector_gt":{"tsvector,tsvector":"i"},"tsvector_le":{"tsvector,tsvector":"i"},"tsvector_lt":{"tsvector,tsvector":"i"},"tsvector_ne":{"tsvector,tsvector":"i"},"tsvector_to_array":{"tsvector":"i"},"tsvector_update_trigger":{"":"v"},"tsvector_update_trigger_column":{"":"v"},"tsvectorin":{"cstring":"i"},"tsvectorout":{"tsvector":"i"},"tsvectorrecv":{"internal":"i"},"tsvectorsend":{"tsvector":"i"},"txid_current":{"":"s"},"txid_current_if_assigned":{"":"s"},"txid_current_snapshot":{"":"s"},"txid_snapshot_in":{"cstring":"i"},"txid_snapshot_out":{"txid_snapshot":"i"},"txid_snapshot_recv":{"internal":"i"},"txid_snapshot_send":{"txid_snapshot":"i"},"txid_snapshot_xip":{"txid_snapshot":"i"},"txid_snapshot_xmax":{"txid_snapshot":"i"},"txid_snapshot_xmin":{"txid_snapshot":"i"},"txid_status":{"int8":"v"},"txid_visible_in_snapshot":{"int8,txid_snapshot":"i"},"uhc_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"unicode_assigned":{"text":"i"},"unicode_version":{"":"i"},"unique_key_recheck":{"":"v"},"unistr":{"text":"i"},"unknownin":{"cstring":"i"},"unknownout":{"unknown":"i"},"unknownrecv":{"internal":"i"},"unknownsend":{"unknown":"i"},"unnest":{"anyarray":"i","anymultirange":"i","tsvector":"i"},"upper":{"anymultirange":"i","anyrange":"i","text":"i"},"upper_inc":{"anymultirange":"i","anyrange":"i"},"upper_inf":{"anymultirange":"i","anyrange":"i"},"utf8_to_big5":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_euc_cn":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_euc_jis_2004":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_euc_jp":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_euc_kr":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_euc_tw":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_gb18030":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_gbk":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_iso8859":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_iso8859_1":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_johab":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_koi8r":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_koi8u":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_shift_jis_2004":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_sjis":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_uhc":{"int4,int4,cstring,internal,int4,bool":"i"},"utf8_to_win":{"int4,int4,cstring,internal,int4,bool":"i"},"uuid_cmp":{"uuid,uuid":"i"},"uuid_eq":{"uuid,uuid":"i"},"uuid_extract_timestamp":{"uuid":"i"},"uuid_extract_version":{"uuid":"i"},"uuid_ge":{"uuid,uuid":"i"},"uuid_gt":{"uuid,uuid":"i"},"uuid_hash":{"uuid":"i"},"uuid_hash_extended":{"uuid,int8":"i"},"uuid_in":{"cstring":"i"},"uuid_le":{"uuid,uuid":"i"},"uuid_lt":{"uuid,uuid":"i"},"uuid_ne":{"uuid,uuid":"i"},"uuid_out":{"uuid":"i"},"uuid_recv":{"internal":"i"},"uuid_send":{"uuid":"i"},"uuid_skipsupport":{"internal":"i"},"uuid_sortsupport":{"internal":"i"},"uuidv4":{"":"v"},"uuidv7":{"":"v","interval":"v"},"varbit":{"varbit,int4,bool":"i"},"varbit_in":{"cstring,oid,int4":"i"},"varbit_out":{"varbit":"i"},"varbit_recv":{"internal,oid,int4":"i"},"varbit_send":{"varbit":"i"},"varbit_support":{"internal":"i"},"varbitcmp":{"varbit,varbit":"i"},"varbiteq":{"varbit,varbit":"i"},"varbitge":{"varbit,varbit":"i"},"varbitgt":{"varbit,varbit":"i"},"varbitle":{"varbit,varbit":"i"},"varbitlt":{"varbit,varbit":"i"},"varbitne":{"varbit,varbit":"i"},"varbittypmodin":{"_cstring":"i"},"varbittypmodout":{"int4":"i"},"varchar":{"name":"i","varchar,int4,bool":"i"},"varchar_support":{"internal":"i"},"varcharin":{"cstring,oid,int4":"i"},"varcharout":{"varchar":"i"},"varcharrecv":{"internal,oid,int4":"s"},"varcharsend":{"varchar":"s"},"varchartypmodin":{"_cstring":"i"},"varchartypmodout":{"int4":"i"},"version":{"":"s"},"void_in":{"cstring":"i"},"void_out":{"void":"i"},"void_recv":{"internal":"i"},"void_send":{"void":"i"},"websearch_to_tsquery":{"regconfig,text":"i","text":"s"},"width":{"box":"i"},"width_bucket":{"anycompatible,anycompatiblearray":"i","float8,float8,float8,int4":"i","numeric,numeric,numeric,int4":"i"},"win1250_to_latin2":{"int4,int4,cstring,internal,int4,bool":"i"},"win1250_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"win1251_to_iso":{"int4,int4,cstring,internal,int4,bool":"i"},"win1251_to_koi8r":{"int4,int4,cstring,internal,int4,bool":"i"},"win1251_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"win1251_to_win866":{"int4,int4,cstring,internal,int4,bool":"i"},"win866_to_iso":{"int4,int4,cstring,internal,int4,bool":"i"},"win866_to_koi8r":{"int4,int4,cstring,internal,int4,bool":"i"},"win866_to_mic":{"int4,int4,cstring,internal,int4,bool":"i"},"win866_to_win1251":{"int4,int4,cstring,internal,int4,bool":"i"},"win_to_utf8":{"int4,int4,cstring,internal,int4,bool":"i"},"window_cume_dist_support":{"internal":"i"},"window_dense_rank_support":{"internal":"i"},"window_ntile_support":{"internal":"i"},"window_percent_rank_support":{"internal":"i"},"window_rank_support":{"internal":"i"},"window_row_number_support":{"internal":"i"},"xid":{"xid8":"i"},"xid8_larger":{"xid8,xid8":"i"},"xid8_smaller":{"xid8,xid8":"i"},"xid8cmp":{"xid8,xid8":"i"},"xid8eq":{"xid8,xid8":"i"},"xid8ge":{"xid8,xid8":"i"},"xid8gt":{"xid8,xid8":"i"},"xid8in":{"cstring":"i"},"xid8le":{"xid8,xid8":"i"},"xid8lt":{"xid8,xid8":"i"},"xid8ne":{"xid8,xid8":"i"},"xid8out":{"xid8":"i"},"xid8recv":{"internal":"i"},"xid8send":{"xid8":"i"},"xideq":{"xid,xid":"i"},"xideqint4":{"xid,int4":"i"},"xidin":{"cstring":"i"},"xidneq":{"xid,xid":"i"},"xidneqint4":{"xid,int4":"i"},"xidout":{"xid":"i"},"xidrecv":{"internal":"i"},"xidsend":{"xid":"i"},"xml":{"text":"s"},"xml_in":{"cstring":"s"},"xml_is_well_formed":{"text":"s"},"xml_is_well_formed_content":{"text":"i"},"xml_is_well_formed_document":{"text":"i"},"xml_out":{"xml":"i"},"xml_recv":{"internal":"s"},"xml_send":{"xml":"s"},"xmlcomment":{"text":"i"},"xmlconcat2":{"xml,xml":"i"},"xmlexists":{"text,xml":"i"},"xmltext":{"text":"i"},"xmlvalidate":{"xml,text":"i"},"xpath":{"text,xml":"i","text,xml,_text":"i"},"xpath_exists":{"text,xml":"i","text,xml,_text":"i"}},"operators":{"!!":{",tsquery":"i"},"!~":{"bpchar,text":"i","name,text":"i","text,text":"i"},"!~*":{"bpchar,text":"i","name,text":"i","text,text":"i"},"!~~":{"bpchar,text":"i","bytea,bytea":"i","name,text":"i","text,text":"i"},"!~~*":{"bpchar,text":"i","name,text":"i","text,text":"i"},"#":{",path":"i",",polygon":"i","bit,bit":"i","box,box":"i","int2,int2":"i","int4,int4":"i","int8,int8":"i","line,line":"i","lseg,lseg":"i"},"##":{"line,lseg":"i","lseg,box":"i","lseg,lseg":"i","point,box":"i","point,line":"i","point,lseg":"i"},"#-":{"jsonb,_text":"i"},"#>":{"json,_text":"i","jsonb,_text":"i"},"#>>":{"json,_text":"i","jsonb,_text":"i"},"%":{"int2,int2":"i","int4,int4":"i","int8,int8":"i","numeric,numeric":"i"},"&":{"bit,bit":"i","inet,inet":"i","int2,int2":"i","int4,int4":"i","int8,int8":"i","macaddr,macaddr":"i","macaddr8,macaddr8":"i"},"&&":{"anyarray,anyarray":"i","anymultirange,anymultirange":"i","anymultirange,anyrange":"i","anyrange,anymultirange":"i","anyrange,anyrange":"i","box,box":"i","circle,circle":"i","inet,inet":"i","polygon,polygon":"i","tsquery,tsquery":"i"},"&<":{"anymultirange,anymultirange":"i","anymultirange,anyrange":"i","anyrange,anymultirange":"i","anyrange,anyrange":"i","box,box":"i","circle,circle":"i","polygon,polygon":"i"},"&<|":{"box,box":"i","circle,circle":"i","polygon,polygon":"i"},"&>":{"anymultirange,anymultirange":"i","anymultirange,anyrange":"i","anyrange,anymultirange":"i","anyrange,anyrange":"i","box,box":"i","circle,circle":"i","polygon,polygon":"i"},"*":{"anymultirange,anymultirange":"i","anyrange,anyrange":"i","box,point":"i","circle,point":"i","float4,float4":"i","float4,float8":"i","float4,money":"i","float8,float4":"i","float8,float8":"i","float8,interval":"i","float8,money":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int2,money":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int4,money":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","int8,money":"i","interval,float8":"i","money,float4":"i","money,float8":"i","money,int2":"i","money,int4":"i","money,int8":"i","numeric,numeric":"i","path,point":"i","point,point":"i"},"*<":{"record,record":"i"},"*<=":{"record,record":"i"},"*<>":{"record,record":"i"},"*=":{"record,record":"i"},"*>":{"record,record":"i"},"*>=":{"record,record":"i"},"+":{",float4":"i",",float8":"i",",int2":"i",",int4":"i",",int8":"i",",numeric":"i","_aclitem,aclitem":"i","anymultirange,anymultirange":"i","anyrange,anyrange":"i","box,point":"i","circle,point":"i","date,int4":"i","date,interval":"i","date,time":"i","date,timetz":"i","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","inet,int8":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,date":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,inet":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,date":"i","interval,interval":"i","interval,time":"i","interval,timestamp":"i","interval,timestamptz":"s","interval,timetz":"i","money,money":"i","numeric,numeric":"i","numeric,pg_lsn":"i","path,path":"i","path,point":"i","pg_lsn,numeric":"i","point,point":"i","time,date":"i","time,interval":"i","timestamp,interval":"i","timestamptz,interval":"s","timetz,date":"i","timetz,interval":"i"},"-":{",float4":"i",",float8":"i",",int2":"i",",int4":"i",",int8":"i",",interval":"i",",numeric":"i","_aclitem,aclitem":"i","anymultirange,anymultirange":"i","anyrange,anyrange":"i","box,point":"i","circle,point":"i","date,date":"i","date,int4":"i","date,interval":"i","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","inet,inet":"i","inet,int8":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,interval":"i","jsonb,_text":"i","jsonb,int4":"i","jsonb,text":"i","money,money":"i","numeric,numeric":"i","path,point":"i","pg_lsn,numeric":"i","pg_lsn,pg_lsn":"i","point,point":"i","time,interval":"i","time,time":"i","timestamp,interval":"i","timestamp,timestamp":"i","timestamptz,interval":"s","timestamptz,timestamptz":"i","timetz,interval":"i"},"->":{"json,int4":"i","json,text":"i","jsonb,int4":"i","jsonb,text":"i"},"->>":{"json,int4":"i","json,text":"i","jsonb,int4":"i","jsonb,text":"i"},"-|-":{"anymultirange,anymultirange":"i","anymultirange,anyrange":"i","anyrange,anymultirange":"i","anyrange,anyrange":"i"},"/":{"box,point":"i","circle,point":"i","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,float8":"i","money,float4":"i","money,float8":"i","money,int2":"i","money,int4":"i","money,int8":"i","money,money":"i","numeric,numeric":"i","path,point":"i","point,point":"i"},"<":{"anyarray,anyarray":"i","anyenum,anyenum":"i","anymultirange,anymultirange":"i","anyrange,anyrange":"i","bit,bit":"i","bool,bool":"i","box,box":"i","bpchar,bpchar":"i","bytea,bytea":"i","char,char":"i","circle,circle":"i","date,date":"i","date,timestamp":"i","date,timestamptz":"s","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","inet,inet":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,interval":"i","jsonb,jsonb":"i","lseg,lseg":"i","macaddr,macaddr":"i","macaddr8,macaddr8":"i","money,money":"i","name,name":"i","name,text":"i","numeric,numeric":"i","oid,oid":"i","oidvector,oidvector":"i","path,path":"i","pg_lsn,pg_lsn":"i","record,record":"i","text,name":"i","text,text":"i","tid,tid":"i","time,time":"i","timestamp,date":"i","timestamp,timestamp":"i","timestamp,timestamptz":"s","timestamptz,date":"s","timestamptz,timestamp":"s","timestamptz,timestamptz":"i","timetz,timetz":"i","tsquery,tsquery":"i","tsvector,tsvector":"i","uuid,uuid":"i","varbit,varbit":"i","xid8,xid8":"i"},"<->":{"box,box":"i","box,lseg":"i","box,point":"i","circle,circle":"i","circle,point":"i","circle,polygon":"i","line,line":"i","line,lseg":"i","line,point":"i","lseg,box":"i","lseg,line":"i","lseg,lseg":"i","lseg,point":"i","path,path":"i","path,point":"i","point,box":"i","point,circle":"i","point,line":"i","point,lseg":"i","point,path":"i","point,point":"i","point,polygon":"i","polygon,circle":"i","polygon,point":"i","polygon,polygon":"i","tsquery,tsquery":"i"},"<<":{"anymultirange,anymultirange":"i","anymultirange,anyrange":"i","anyrange,anymultirange":"i","anyrange,anyrange":"i","bit,int4":"i","box,box":"i","circle,circle":"i","inet,inet":"i","int2,int4":"i","int4,int4":"i","int8,int4":"i","point,point":"i","polygon,polygon":"i"},"<<=":{"inet,inet":"i"},"<<|":{"box,box":"i","circle,circle":"i","point,point":"i","polygon,polygon":"i"},"<=":{"anyarray,anyarray":"i","anyenum,anyenum":"i","anymultirange,anymultirange":"i","anyrange,anyrange":"i","bit,bit":"i","bool,bool":"i","box,box":"i","bpchar,bpchar":"i","bytea,bytea":"i","char,char":"i","circle,circle":"i","date,date":"i","date,timestamp":"i","date,timestamptz":"s","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","inet,inet":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,interval":"i","jsonb,jsonb":"i","lseg,lseg":"i","macaddr,macaddr":"i","macaddr8,macaddr8":"i","money,money":"i","name,name":"i","name,text":"i","numeric,numeric":"i","oid,oid":"i","oidvector,oidvector":"i","path,path":"i","pg_lsn,pg_lsn":"i","record,record":"i","text,name":"i","text,text":"i","tid,tid":"i","time,time":"i","timestamp,date":"i","timestamp,timestamp":"i","timestamp,timestamptz":"s","timestamptz,date":"s","timestamptz,timestamp":"s","timestamptz,timestamptz":"i","timetz,timetz":"i","tsquery,tsquery":"i","tsvector,tsvector":"i","uuid,uuid":"i","varbit,varbit":"i","xid8,xid8":"i"},"<>":{"anyarray,anyarray":"i","anyenum,anyenum":"i","anymultirange,anymultirange":"i","anyrange,anyrange":"i","bit,bit":"i","bool,bool":"i","bpchar,bpchar":"i","bytea,bytea":"i","char,char":"i","circle,circle":"i","date,date":"i","date,timestamp":"i","date,timestamptz":"s","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","inet,inet":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,interval":"i","jsonb,jsonb":"i","lseg,lseg":"i","macaddr,macaddr":"i","macaddr8,macaddr8":"i","money,money":"i","name,name":"i","name,text":"i","numeric,numeric":"i","oid,oid":"i","oidvector,oidvector":"i","pg_lsn,pg_lsn":"i","point,point":"i","record,record":"i","text,name":"i","text,text":"i","tid,tid":"i","time,time":"i","timestamp,date":"i","timestamp,timestamp":"i","timestamp,timestamptz":"s","timestamptz,date":"s","timestamptz,timestamp":"s","timestamptz,timestamptz":"i","timetz,timetz":"i","tsquery,tsquery":"i","tsvector,tsvector":"i","uuid,uuid":"i","varbit,varbit":"i","xid,int4":"i","xid,xid":"i","xid8,xid8":"i"},"<@":{"anyarray,anyarray":"i","anyelement,anymultirange":"i","anyelement,anyrange":"i","anymultirange,anymultirange":"i","anymultirange,anyrange":"i","anyrange,anymultirange":"i","anyrange,anyrange":"i","box,box":"i","circle,circle":"i","jsonb,jsonb":"i","lseg,box":"i","lseg,line":"i","point,box":"i","point,circle":"i","point,line":"i","point,lseg":"i","point,path":"i","point,polygon":"i","polygon,polygon":"i","tsquery,tsquery":"i"},"<^":{"box,box":"i","point,point":"i"},"=":{"aclitem,aclitem":"i","anyarray,anyarray":"i","anyenum,anyenum":"i","anymultirange,anymultirange":"i","anyrange,anyrange":"i","bit,bit":"i","bool,bool":"i","box,box":"i","bpchar,bpchar":"i","bytea,bytea":"i","char,char":"i","cid,cid":"i","circle,circle":"i","date,date":"i","date,timestamp":"i","date,timestamptz":"s","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","inet,inet":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,interval":"i","jsonb,jsonb":"i","line,line":"i","lseg,lseg":"i","macaddr,macaddr":"i","macaddr8,macaddr8":"i","money,money":"i","name,name":"i","name,text":"i","numeric,numeric":"i","oid,oid":"i","oidvector,oidvector":"i","path,path":"i","pg_lsn,pg_lsn":"i","record,record":"i","text,name":"i","text,text":"i","tid,tid":"i","time,time":"i","timestamp,date":"i","timestamp,timestamp":"i","timestamp,timestamptz":"s","timestamptz,date":"s","timestamptz,timestamp":"s","timestamptz,timestamptz":"i","timetz,timetz":"i","tsquery,tsquery":"i","tsvector,tsvector":"i","uuid,uuid":"i","varbit,varbit":"i","xid,int4":"i","xid,xid":"i","xid8,xid8":"i"},">":{"anyarray,anyarray":"i","anyenum,anyenum":"i","anymultirange,anymultirange":"i","anyrange,anyrange":"i","bit,bit":"i","bool,bool":"i","box,box":"i","bpchar,bpchar":"i","bytea,bytea":"i","char,char":"i","circle,circle":"i","date,date":"i","date,timestamp":"i","date,timestamptz":"s","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","inet,inet":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,interval":"i","jsonb,jsonb":"i","lseg,lseg":"i","macaddr,macaddr":"i","macaddr8,macaddr8":"i","money,money":"i","name,name":"i","name,text":"i","numeric,numeric":"i","oid,oid":"i","oidvector,oidvector":"i","path,path":"i","pg_lsn,pg_lsn":"i","record,record":"i","text,name":"i","text,text":"i","tid,tid":"i","time,time":"i","timestamp,date":"i","timestamp,timestamp":"i","timestamp,timestamptz":"s","timestamptz,date":"s","timestamptz,timestamp":"s","timestamptz,timestamptz":"i","timetz,timetz":"i","tsquery,tsquery":"i","tsvector,tsvector":"i","uuid,uuid":"i","varbit,varbit":"i","xid8,xid8":"i"},">=":{"anyarray,anyarray":"i","anyenum,anyenum":"i","anymultirange,anymultirange":"i","anyrange,anyrange":"i","bit,bit":"i","bool,bool":"i","box,box":"i","bpchar,bpchar":"i","bytea,bytea":"i","char,char":"i","circle,circle":"i","date,date":"i","date,timestamp":"i","date,timestamptz":"s","float4,float4":"i","float4,float8":"i","float8,float4":"i","float8,float8":"i","inet,inet":"i","int2,int2":"i","int2,int4":"i","int2,int8":"i","int4,int2":"i","int4,int4":"i","int4,int8":"i","int8,int2":"i","int8,int4":"i","int8,int8":"i","interval,interval":"i","jsonb,jsonb":"i","lseg,lseg":"i","macaddr,macaddr":"i","macaddr8,macaddr8":"i","money,money":"i","name,name":"i","name,text":"i","numeric,numeric":"i","oid,oid":"i","oidvector,oidvector":"i","path,path":"i","pg_lsn,pg_lsn":"i","record,record":"i","text,name":"i","text,text":"i","tid,tid":"i","time,time":"i","timestamp,date":"i","timestamp,timestamp":"i","timestamp,timestamptz":"s","timestamptz,date":"s","timestamptz,timestamp":"s","timestamptz,timestamptz":"i","timetz,timetz":"i","tsquery,tsquery":"i","tsvector,tsvector":"i","uuid,uuid":"i","varbit,varbit":"i","xid8,xid8":"i"},">>":{"anymultirange,anymultirange":"i","anymultirange,anyrange":"i","anyrange,anymultirange":"i","anyrange,anyrange":"i","bit,int4":"i","box,box":"i","circle,circle":"i","inet,inet":"i","int2,int4":"i","int4,int4":"i","int8,int4":"i","point,point":"i","polygon,polygon":"i"},">>=":{"inet,inet":"i"},">^":{"box,box":"i","point,point":"i"},"?":{"jsonb,text":"i"},"?#":{"box,box":"i","line,box":"i","line,line":"i","lseg,box":"i","lseg,line":"i","lseg,lseg":"i","path,path":"i"},"?&":{"jsonb,_text":"i"},"?-":{",line":"i",",lseg":"i","point,point":"i"},"?-|":{"line,line":"i","lseg,lseg":"i"},"?|":{",line":"i",",lseg":"i","jsonb,_text":"i","point,point":"i"},"?||":{"line,line":"i","lseg,lseg":"i"},"@":{",float4":"i",",float8":"i",",int2":"i",",int4":"i",",int8":"i",",numeric":"i"},"@-@":{",lseg":"i",",path":"i"},"@>":{"_aclitem,aclitem":"i","anyarray,anyarray":"i","anymultirange,anyelement":"i","anymultirange,anymultirange":"i","anymultirange,anyrange":"i","anyrange,anyelement":"i","anyrange,anymultirange":"i","anyrange,anyrange":"i","box,box":"i","box,point":"i","circle,circle":"i","circle,point":"i","jsonb,jsonb":"i","path,point":"i","polygon,point":"i","polygon,polygon":"i","tsquery,tsquery":"i"},"@?":{"jsonb,jsonpath":"i"},"@@":{",box":"i",",circle":"i",",lseg":"i",",polygon":"i","jsonb,jsonpath":"i","text,text":"s","text,tsquery":"s","tsquery,tsvector":"i","tsvector,tsquery":"i"},"@@@":{"tsquery,tsvector":"i","tsvector,tsquery":"i"},"^":{"float8,float8":"i","numeric,numeric":"i"},"^@":{"text,text":"i"},"|":{"bit,bit":"i","inet,inet":"i","int2,int2":"i","int4,int4":"i","int8,int8":"i","macaddr,macaddr":"i","macaddr8,macaddr8":"i"},"|&>":{"box,box":"i","circle,circle":"i","polygon,polygon":"i"},"|/":{",float8":"i"},"|>>":{"box,box":"i","circle,circle":"i","point,point":"i","polygon,polygon":"i"},"||":{"anycompatible,anycompatiblearray":"i","anycompatiblearray,anycompatible":"i","anycompatiblearray,anycompatiblearray":"i","anynonarray,text":"s","bytea,bytea":"i","jsonb,jsonb":"i","text,anynonarray":"s","text,text":"i","tsquery,tsquery":"i","tsvector,tsvector":"i","varbit,varbit":"i"},"||/":{",float8":"i"},"~":{",bit":"i",",inet":"i",",int2":"i",",int4":"i",",int8":"i",",macaddr":"i",",macaddr8":"i","bpchar,text":"i","name,text":"i","text,text":"i"},"~*":{"bpchar,text":"i","name,text":"i","text,text":"i"},"~<=~":{"bpchar,bpchar":"i","text,text":"i"},"~<~":{"bpchar,bpchar":"i","text,text":"i"},"~=":{"box,box":"i","circle,circle":"i","point,point":"i","polygon,polygon":"i"},"~>=~":{"bpchar,bpchar":"i","text,text":"i"},"~>~":{"bpchar,bpchar":"i","text,text":"i"},"~~":{"bpchar,text":"i","bytea,bytea":"i","name,text":"i","text,text":"i"},"~~*":{"bpchar,text":"i","name,text":"i","text,text":"i"}},"casts":{"bit,bit":"fi","bit,int4":"fi","bit,int8":"fi","bit,varbit":"b","bool,bpchar":"fi","bool,int4":"fi","bool,text":"fi","bool,varchar":"fi","box,circle":"fi","box,lseg":"fi","box,point":"fi","box,polygon":"fi","bpchar,bpchar":"fi","bpchar,char":"fi","bpchar,name":"fi","bpchar,text":"fi","bpchar,varchar":"fi","bpchar,xml":"fs","bytea,int2":"fi","bytea,int4":"fi","bytea,int8":"fi","char,bpchar":"fi","char,int4":"fi","char,text":"fi","char,varchar":"fi","cidr,bpchar":"fi","cidr,inet":"b","cidr,text":"fi","cidr,varchar":"fi","circle,box":"fi","circle,point":"fi","circle,polygon":"fi","date,timestamp":"fi","date,timestamptz":"fs","daterange,datemultirange":"fi","float4,float8":"fi","float4,int2":"fi","float4,int4":"fi","float4,int8":"fi","float4,numeric":"fi","float8,float4":"fi","float8,int2":"fi","float8,int4":"fi","float8,int8":"fi","float8,numeric":"fi","inet,bpchar":"fi","inet,cidr":"fi","inet,text":"fi","inet,varchar":"fi","int2,bytea":"fi","int2,float4":"fi","int2,float8":"fi","int2,int4":"fi","int2,int8":"fi","int2,numeric":"fi","int2,oid":"fi","int2,regclass":"fi","int2,regcollation":"fi","int2,regconfig":"fi","int2,regdictionary":"fi","int2,regnamespace":"fi","int2,regoper":"fi","int2,regoperator":"fi","int2,regproc":"fi","int2,regprocedure":"fi","int2,regrole":"fi","int2,regtype":"fi","int4,bit":"fi","int4,bool":"fi","int4,bytea":"fi","int4,char":"fi","int4,float4":"fi","int4,float8":"fi","int4,int2":"fi","int4,int8":"fi","int4,money":"fs","int4,numeric":"fi","int4,oid":"b","int4,regclass":"b","int4,regcollation":"b","int4,regconfig":"b","int4,regdictionary":"b","int4,regnamespace":"b","int4,regoper":"b","int4,regoperator":"b","int4,regproc":"b","int4,regprocedure":"b","int4,regrole":"b","int4,regtype":"b","int4range,int4multirange":"fi","int8,bit":"fi","int8,bytea":"fi","int8,float4":"fi","int8,float8":"fi","int8,int2":"fi","int8,int4":"fi","int8,money":"fs","int8,numeric":"fi","int8,oid":"fi","int8,regclass":"fi","int8,regcollation":"fi","int8,regconfig":"fi","int8,regdictionary":"fi","int8,regnamespace":"fi","int8,regoper":"fi","int8,regoperator":"fi","int8,regproc":"fi","int8,regprocedure":"fi","int8,regrole":"fi","int8,regtype":"fi","int8range,int8multirange":"fi","interval,interval":"fi","interval,time":"fi","json,jsonb":"i","jsonb,bool":"fi","jsonb,float4":"fi","jsonb,float8":"fi","jsonb,int2":"fi","jsonb,int4":"fi","jsonb,int8":"fi","jsonb,json":"i","jsonb,numeric":"fi","lseg,point":"fi","macaddr,macaddr8":"fi","macaddr8,macaddr":"fi","money,numeric":"fs","name,bpchar":"fi","name,text":"fi","name,varchar":"fi","numeric,float4":"fi","numeric,float8":"fi","numeric,int2":"fi","numeric,int4":"fi","numeric,int8":"fi","numeric,money":"fs","numeric,numeric":"fi","numrange,nummultirange":"fi","oid,int4":"b","oid,int8":"fi","oid,regclass":"b","oid,regcollation":"b","oid,regconfig":"b","oid,regdictionary":"b","oid,regnamespace":"b","oid,regoper":"b","oid,regoperator":"b","oid,regproc":"b","oid,regprocedure":"b","oid,regrole":"b","oid,regtype":"b","path,polygon":"fi","pg_dependencies,bytea":"b","pg_dependencies,text":"i","pg_mcv_list,bytea":"b","pg_mcv_list,text":"i","pg_ndistinct,bytea":"b","pg_ndistinct,text":"i","pg_node_tree,text":"b","point,box":"fi","polygon,box":"fi","polygon,circle":"fi","polygon,path":"fi","polygon,point":"fi","regclass,int4":"b","regclass,int8":"fi","regclass,oid":"b","regcollation,int4":"b","regcollation,int8":"fi","regcollation,oid":"b","regconfig,int4":"b","regconfig,int8":"fi","regconfig,oid":"b","regdictionary,int4":"b","regdictionary,int8":"fi","regdictionary,oid":"b","regnamespace,int4":"b","regnamespace,int8":"fi","regnamespace,oid":"b","regoper,int4":"b","regoper,int8":"fi","regoper,oid":"b","regoper,regoperator":"b","regoperator,int4":"b","regoperator,int8":"fi","regoperator,oid":"b","regoperator,regoper":"b","regproc,int4":"b","regproc,int8":"fi","regproc,oid":"b","regproc,regprocedure":"b","regprocedure,int4":"b","regprocedure,int8":"fi","regprocedure,oid":"b","regprocedure,regproc":"b","regrole,int4":"b","regrole,int8":"fi","regrole,oid":"b","regtype,int4":"b","regtype,int8":"fi","regtype,oid":"b","text,bpchar":"b","text,char":"fi","text,name":"fi","text,regclass":"fs","text,varchar":"b","text,xml":"fs","time,interval":"fi","time,time":"fi","time,timetz":"fs","timestamp,date":"fi","timestamp,time":"fi","timestamp,timestamp":"fi","timestamp,timestamptz":"fs","timestamptz,date":"fs","timestamptz,time":"fs","timestamptz,timestamp":"fs","timestamptz,timestamptz":"fi","timestamptz,timetz":"fs","timetz,time":"fi","timetz,timetz":"fi","tsrange,tsmultirange":"fi","tstzrange,tstzmultirange":"fi","varbit,bit":"b","varbit,varbit":"fi","varchar,bpchar":"b","varchar,char":"fi","varchar,name":"fi","varchar,regclass":"fs","varchar,text":"b","varchar,varchar":"fi","varchar,xml":"fs","xid8,xid":"fi","xml,bpchar":"b","xml,text":"b","xml,varchar":"b"},"types":{"__pg_foreign_data_wrappers":["b","A",-1,"","ss",""],"__pg_foreign_servers":["b","A",-1,"","ss",""],"__pg_foreign_table_columns":["b","A",-1,"","ss",""],"__pg_foreign_tables":["b","A",-1,"","ss",""],"__pg_user_mappings":["b","A",-1,"","ss",""],"_aclitem":["b","A",-1,"","ss",""],"_administrable_role_authorizations":["b","A",-1,"","ss",""],"_applicable_roles":["b","A",-1,"","ss",""],"_attributes":["b","A",-1,"","ss",""],"_bit":["b","A",-1,"","ss",""],"_bool":["b","A",-1,"","ss",""],"_box":["b","A",-1,"","ss",""],"_bpchar":["b","A",-1,"","ss",""],"_bytea":["b","A",-1,"","ss",""],"_cardinal_number":["b","A",-1,"","ss",""],"_char":["b","A",-1,"","ss",""],"_character_data":["b","A",-1,"","ss",""],"_character_sets":["b","A",-1,"","ss",""],"_check_constraint_routine_usage":["b","A",-1,"","ss",""],"_check_constraints":["b","A",-1,"","ss",""],"_cid":["b","A",-1,"","ss",""],"_cidr":["b","A",-1,"","ss",""],"_circle":["b","A",-1,"","ss",""],"_collation_character_set_applicability":["b","A",-1,"","ss",""],"_collations":["b","A",-1,"","ss",""],"_column_column_usage":["b","A",-1,"","ss",""],"_column_domain_usage":["b","A",-1,"","ss",""],"_column_options":["b","A",-1,"","ss",""],"_column_privileges":["b","A",-1,"","ss",""],"_column_udt_usage":["b","A",-1,"","ss",""],"_columns":["b","A",-1,"","ss",""],"_constraint_column_usage":["b","A",-1,"","ss",""],"_constraint_table_usage":["b","A",-1,"","ss",""],"_cstring":["b","A",-1,"","ss",""],"_data_type_privileges":["b","A",-1,"","ss",""],"_date":["b","A",-1,"","ss",""],"_datemultirange":["b","A",-1,"","ss",""],"_daterange":["b","A",-1,"","ss",""],"_domain_constraints":["b","A",-1,"","ss",""],"_domain_udt_usage":["b","A",-1,"","ss",""],"_domains":["b","A",-1,"","ss",""],"_element_types":["b","A",-1,"","ss",""],"_enabled_roles":["b","A",-1,"","ss",""],"_float4":["b","A",-1,"","ss",""],"_float8":["b","A",-1,"","ss",""],"_foreign_data_wrapper_options":["b","A",-1,"","ss",""],"_foreign_data_wrappers":["b","A",-1,"","ss",""],"_foreign_server_options":["b","A",-1,"","ss",""],"_foreign_servers":["b","A",-1,"","ss",""],"_foreign_table_options":["b","A",-1,"","ss",""],"_foreign_tables":["b","A",-1,"","ss",""],"_gtsvector":["b","A",-1,"","ss",""],"_inet":["b","A",-1,"","ss",""],"_information_schema_catalog_name":["b","A",-1,"","ss",""],"_int2":["b","A",-1,"","ss",""],"_int2vector":["b","A",-1,"","ss",""],"_int4":["b","A",-1,"","ss",""],"_int4multirange":["b","A",-1,"","ss",""],"_int4range":["b","A",-1,"","ss",""],"_int8":["b","A",-1,"","ss",""],"_int8multirange":["b","A",-1,"","ss",""],"_int8range":["b","A",-1,"","ss",""],"_interval":["b","A",-1,"","ss",""],"_json":["b","A",-1,"","ss",""],"_jsonb":["b","A",-1,"","ss",""],"_jsonpath":["b","A",-1,"","ss",""],"_key_column_usage":["b","A",-1,"","ss",""],"_line":["b","A",-1,"","ss",""],"_lseg":["b","A",-1,"","ss",""],"_macaddr":["b","A",-1,"","ss",""],"_macaddr8":["b","A",-1,"","ss",""],"_money":["b","A",-1,"","ss",""],"_name":["b","A",-1,"","ss",""],"_numeric":["b","A",-1,"","ss",""],"_nummultirange":["b","A",-1,"","ss",""],"_numrange":["b","A",-1,"","ss",""],"_oid":["b","A",-1,"","ss",""],"_oidvector":["b","A",-1,"","ss",""],"_parameters":["b","A",-1,"","ss",""],"_path":["b","A",-1,"","ss",""],"_pg_aggregate":["b","A",-1,"","ss",""],"_pg_aios":["b","A",-1,"","ss",""],"_pg_am":["b","A",-1,"","ss",""],"_pg_amop":["b","A",-1,"","ss",""],"_pg_amproc":["b","A",-1,"","ss",""],"_pg_attrdef":["b","A",-1,"","ss",""],"_pg_attribute":["b","A",-1,"","ss",""],"_pg_auth_members":["b","A",-1,"","ss",""],"_pg_authid":["b","A",-1,"","ss",""],"_pg_available_extension_versions":["b","A",-1,"","ss",""],"_pg_available_extensions":["b","A",-1,"","ss",""],"_pg_backend_memory_contexts":["b","A",-1,"","ss",""],"_pg_cast":["b","A",-1,"","ss",""],"_pg_class":["b","A",-1,"","ss",""],"_pg_collation":["b","A",-1,"","ss",""],"_pg_config":["b","A",-1,"","ss",""],"_pg_constraint":["b","A",-1,"","ss",""],"_pg_conversion":["b","A",-1,"","ss",""],"_pg_cursors":["b","A",-1,"","ss",""],"_pg_database":["b","A",-1,"","ss",""],"_pg_db_role_setting":["b","A",-1,"","ss",""],"_pg_default_acl":["b","A",-1,"","ss",""],"_pg_depend":["b","A",-1,"","ss",""],"_pg_description":["b","A",-1,"","ss",""],"_pg_enum":["b","A",-1,"","ss",""],"_pg_event_trigger":["b","A",-1,"","ss",""],"_pg_extension":["b","A",-1,"","ss",""],"_pg_file_settings":["b","A",-1,"","ss",""],"_pg_foreign_data_wrapper":["b","A",-1,"","ss",""],"_pg_foreign_data_wrappers":["c","C",-1,"","ss",""],"_pg_foreign_server":["b","A",-1,"","ss",""],"_pg_foreign_servers":["c","C",-1,"","ss",""],"_pg_foreign_table":["b","A",-1,"","ss",""],"_pg_foreign_table_columns":["c","C",-1,"","ss",""],"_pg_foreign_tables":["c","C",-1,"","ss",""],"_pg_group":["b","A",-1,"","ss",""],"_pg_hba_file_rules":["b","A",-1,"","ss",""],"_pg_ident_file_mappings":["b","A",-1,"","ss",""],"_pg_index":["b","A",-1,"","ss",""],"_pg_indexes":["b","A",-1,"","ss",""],"_pg_inherits":["b","A",-1,"","ss",""],"_pg_init_privs":["b","A",-1,"","ss",""],"_pg_language":["b","A",-1,"","ss",""],"_pg_largeobject":["b","A",-1,"","ss",""],"_pg_largeobject_metadata":["b","A",-1,"","ss",""],"_pg_locks":["b","A",-1,"","ss",""],"_pg_lsn":["b","A",-1,"","ss",""],"_pg_matviews":["b","A",-1,"","ss",""],"_pg_namespace":["b","A",-1,"","ss",""],"_pg_opclass":["b","A",-1,"","ss",""],"_pg_operator":["b","A",-1,"","ss",""],"_pg_opfamily":["b","A",-1,"","ss",""],"_pg_parameter_acl":["b","A",-1,"","ss",""],"_pg_partitioned_table":["b","A",-1,"","ss",""],"_pg_policies":["b","A",-1,"","ss",""],"_pg_policy":["b","A",-1,"","ss",""],"_pg_prepared_statements":["b","A",-1,"","ss",""],"_pg_prepared_xacts":["b","A",-1,"","ss",""],"_pg_proc":["b","A",-1,"","ss",""],"_pg_publication":["b","A",-1,"","ss",""],"_pg_publication_namespace":["b","A",-1,"","ss",""],"_pg_publication_rel":["b","A",-1,"","ss",""],"_pg_publication_tables":["b","A",-1,"","ss",""],"_pg_range":["b","A",-1,"","ss",""],"_pg_replication_origin":["b","A",-1,"","ss",""],"_pg_replication_origin_status":["b","A",-1,"","ss",""],"_pg_replication_slots":["b","A",-1,"","ss",""],"_pg_rewrite":["b","A",-1,"","ss",""],"_pg_roles":["b","A",-1,"","ss",""],"_pg_rules":["b","A",-1,"","ss",""],"_pg_seclabel":["b","A",-1,"","ss",""],"_pg_seclabels":["b","A",-1,"","ss",""],"_pg_sequence":["b","A",-1,"","ss",""],"_pg_sequences":["b","A",-1,"","ss",""],"_pg_settings":["b","A",-1,"","ss",""],"_pg_shadow":["b","A",-1,"","ss",""],"_pg_shdepend":["b","A",-1,"","ss",""],"_pg_shdescription":["b","A",-1,"","ss",""],"_pg_shmem_allocations":["b","A",-1,"","ss",""],"_pg_shmem_allocations_numa":["b","A",-1,"","ss",""],"_pg_shseclabel":["b","A",-1,"","ss",""],"_pg_snapshot":["b","A",-1,"","ss",""],"_pg_stat_activity":["b","A",-1,"","ss",""],"_pg_stat_all_indexes":["b","A",-1,"","ss",""],"_pg_stat_all_tables":["b","A",-1,"","ss",""],"_pg_stat_archiver":["b","A",-1,"","ss",""],"_pg_stat_bgwriter":["b","A",-1,"","ss",""],"_pg_stat_checkpointer":["b","A",-1,"","ss",""],"_pg_stat_database":["b","A",-1,"","ss",""],"_pg_stat_database_conflicts":["b","A",-1,"","ss",""],"_pg_stat_gssapi":["b","A",-1,"","ss",""],"_pg_stat_io":["b","A",-1,"","ss",""],"_pg_stat_progress_analyze":["b","A",-1,"","ss",""],"_pg_stat_progress_basebackup":["b","A",-1,"","ss",""],"_pg_stat_progress_cluster":["b","A",-1,"","ss",""],"_pg_stat_progress_copy":["b","A",-1,"","ss",""],"_pg_stat_progress_create_index":["b","A",-1,"","ss",""],"_pg_stat_progress_vacuum":["b","A",-1,"","ss",""],"_pg_stat_recovery_prefetch":["b","A",-1,"","ss",""],"_pg_stat_replication":["b","A",-1,"","ss",""],"_pg_stat_replication_slots":["b","A",-1,"","ss",""],"_pg_stat_slru":["b","A",-1,"","ss",""],"_pg_stat_ssl":["b","A",-1,"","ss",""],"_pg_stat_subscription":["b","A",-1,"","ss",""],"_pg_stat_subscription_stats":["b","A",-1,"","ss",""],"_pg_stat_sys_indexes":["b","A",-1,"","ss",""],"_pg_stat_sys_tables":["b","A",-1,"","ss",""],"_pg_stat_user_functions":["b","A",-1,"","ss",""],"_pg_stat_user_indexes":["b","A",-1,"","ss",""],"_pg_stat_user_tables":["b","A",-1,"","ss",""],"_pg_stat_wal":["b","A",-1,"","ss",""],"_pg_stat_wal_receiver":["b","A",-1,"","ss",""],"_pg_stat_xact_all_tables":["b","A",-1,"","ss",""],"_pg_stat_xact_sys_tables":["b","A",-1,"","ss",""],"_pg_stat_xact_user_functions":["b","A",-1,"","ss",""],"_pg_stat_xact_user_tables":["b","A",-1,"","ss",""],"_pg_statio_all_indexes":["b","A",-1,"","ss",""],"_pg_statio_all_sequences":["b","A",-1,"","ss",""],"_pg_statio_all_tables":["b","A",-1,"","ss",""],"_pg_statio_sys_indexes":["b","A",-1,"","ss",""],"_pg_statio_sys_sequences":["b","A",-1,"","ss",""],"_pg_statio_sys_tables":["b","A",-1,"","ss",""],"_pg_statio_user_indexes":["b","A",-1,"","ss",""],"_pg_statio_user_sequences":["b","A",-1,"","ss",""],"_pg_statio_user_tables":["b","A",-1,"","ss",""],"_pg_statistic":["b","A",-1,"","ss",""],"_pg_statistic_ext":["b","A",-1,"","ss",""],"_pg_statistic_ext_data":["b","A",-1,"","ss",""],"_pg_stats":["b","A",-1,"","ss",""],"_pg_stats_ext":["b","A",-1,"","ss",""],"_pg_stats_ext_exprs":["b","A",-1,"","ss",""],"_pg_subscription":["b","A",-1,"","ss",""],"_pg_subscription_rel":["b","A",-1,"","ss",""],"_pg_tables":["b","A",-1,"","ss",""],"_pg_tablespace":["b","A",-1,"","ss",""],"_pg_timezone_abbrevs":["b","A",-1,"","ss",""],"_pg_timezone_names":["b","A",-1,"","ss",""],"_pg_transform":["b","A",-1,"","ss",""],"_pg_trigger":["b","A",-1,"","ss",""],"_pg_ts_config":["b","A",-1,"","ss",""],"_pg_ts_config_map":["b","A",-1,"","ss",""],"_pg_ts_dict":["b","A",-1,"","ss",""],"_pg_ts_parser":["b","A",-1,"","ss",""],"_pg_ts_template":["b","A",-1,"","ss",""],"_pg_type":["b","A",-1,"","ss",""],"_pg_user":["b","A",-1,"","ss",""],"_pg_user_mapping":["b","A",-1,"","ss",""],"_pg_user_mappings":["c","C",-1,"","ss",""],"_pg_views":["b","A",-1,"","ss",""],"_pg_wait_events":["b","A",-1,"","ss",""],"_point":["b","A",-1,"","ss",""],"_polygon":["b","A",-1,"","ss",""],"_record":["p","P",-1,"","ss",""],"_refcursor":["b","A",-1,"","ss",""],"_referential_constraints":["b","A",-1,"","ss",""],"_regclass":["b","A",-1,"","ss",""],"_regcollation":["b","A",-1,"","ss",""],"_regconfig":["b","A",-1,"","ss",""],"_regdictionary":["b","A",-1,"","ss",""],"_regnamespace":["b","A",-1,"","ss",""],"_regoper":["b","A",-1,"","ss",""],"_regoperator":["b","A",-1,"","ss",""],"_regproc":["b","A",-1,"","ss",""],"_regprocedure":["b","A",-1,"","ss",""],"_regrole":["b","A",-1,"","ss",""],"_regtype":["b","A",-1,"","ss",""],"_role_column_grants":["b","A",-1,"","ss",""],"_role_routine_grants":["b","A",-1,"","ss",""],"_role_table_grants":["b","A",-1,"","ss",""],"_role_udt_grants":["b","A",-1,"","ss",""],"_role_usage_grants":["b","A",-1,"","ss",""],"_routine_column_usage":["b","A",-1,"","ss",""],"_routine_privileges":["b","A",-1,"","ss",""],"_routine_routine_usage":["b","A",-1,"","ss",""],"_routine_sequence_usage":["b","A",-1,"","ss",""],"_routine_table_usage":["b","A",-1,"","ss",""],"_routines":["b","A",-1,"","ss",""],"_schemata":["b","A",-1,"","ss",""],"_sequences":["b","A",-1,"","ss",""],"_sql_features":["b","A",-1,"","ss",""],"_sql_identifier":["b","A",-1,"","ss",""],"_sql_implementation_info":["b","A",-1,"","ss",""],"_sql_parts":["b","A",-1,"","ss",""],"_sql_sizing":["b","A",-1,"","ss",""],"_table_constraints":["b","A",-1,"","ss",""],"_table_privileges":["b","A",-1,"","ss",""],"_tables":["b","A",-1,"","ss",""],"_text":["b","A",-1,"","ss",""],"_tid":["b","A",-1,"","ss",""],"_time":["b","A",-1,"","ss",""],"_time_stamp":["b","A",-1,"","ss",""],"_timestamp":["b","A",-1,"","ss",""],"_timestamptz":["b","A",-1,"","ss",""],"_timetz":["b","A",-1,"","ss",""],"_transforms":["b","A",-1,"","ss",""],"_triggered_update_columns":["b","A",-1,"","ss",""],"_triggers":["b","A",-1,"","ss",""],"_tsmultirange":["b","A",-1,"","ss",""],"_tsquery":["b","A",-1,"","ss",""],"_tsrange":["b","A",-1,"","ss",""],"_tstzmultirange":["b","A",-1,"","ss",""],"_tstzrange":["b","A",-1,"","ss",""],"_tsvector":["b","A",-1,"","ss",""],"_txid_snapshot":["b","A",-1,"","ss",""],"_udt_privileges":["b","A",-1,"","ss",""],"_usage_privileges":["b","A",-1,"","ss",""],"_user_defined_types":["b","A",-1,"","ss",""],"_user_mapping_options":["b","A",-1,"","ss",""],"_user_mappings":["b","A",-1,"","ss",""],"_uuid":["b","A",-1,"","ss",""],"_varbit":["b","A",-1,"","ss",""],"_varchar":["b","A",-1,"","ss",""],"_view_column_usage":["b","A",-1,"","ss",""],"_view_routine_usage":["b","A",-1,"","ss",""],"_view_table_usage":["b","A",-1,"","ss",""],"_views":["b","A",-1,"","ss",""],"_xid":["b","A",-1,"","ss",""],"_xid8":["b","A",-1,"","ss",""],"_xml":["b","A",-1,"","ss",""],"_yes_or_no":["b","A",-1,"","ss",""],"aclitem":["b","U",16,"","ss",""],"administrable_role_authorizations":["c","C",-1,"","ss",""],"any":["p","P",4,"","ii",""],"anyarray":["p","P",-1,"","is","array_ops"],"anycompatible":["p","P",4,"","ii",""],"anycompatiblearray":["p","P",-1,"","is",""],"anycompatiblemultirange":["p","P",-1,"","ss",""],"anycompatiblenonarray":["p","P",4,"","ii",""],"anycompatiblerange":["p","P",-1,"","ss",""],"anyelement":["p","P",4,"","ii",""],"anyenum":["p","P",4,"","is","enum_ops"],"anymultirange":["p","P",-1,"","ss","multirange_ops"],"anynonarray":["p","P",4,"","ii",""],"anyrange":["p","P",-1,"","ss","range_ops"],"applicable_roles":["c","C",-1,"","ss",""],"attributes":["c","C",-1,"","ss",""],"bit":["b","V",-1,"","ii","bit_ops"],"bool":["b","B",1,"","ii","bool_ops"],"box":["b","G",32,"","ii",""],"bpchar":["b","S",-1,"","ii","bpchar_ops"],"bytea":["b","U",-1,"","ii","bytea_ops"],"cardinal_number":["d","N",4,"int4","si",""],"char":["b","Z",1,"","ii","char_ops"],"character_data":["d","S",-1,"varchar","si",""],"character_sets":["c","C",-1,"","ss",""],"check_constraint_routine_usage":["c","C",-1,"","ss",""],"check_constraints":["c","C",-1,"","ss",""],"cid":["b","U",4,"","ii",""],"cidr":["b","I",-1,"","ii","inet_ops"],"circle":["b","G",24,"","ii",""],"collation_character_set_applicability":["c","C",-1,"","ss",""],"collations":["c","C",-1,"","ss",""],"column_column_usage":["c","C",-1,"","ss",""],"column_domain_usage":["c","C",-1,"","ss",""],"column_options":["c","C",-1,"","ss",""],"column_privileges":["c","C",-1,"","ss",""],"column_udt_usage":["c","C",-1,"","ss",""],"columns":["c","C",-1,"","ss",""],"constraint_column_usage":["c","C",-1,"","ss",""],"constraint_table_usage":["c","C",-1,"","ss",""],"cstring":["p","P",-2,"","ii",""],"data_type_privileges":["c","C",-1,"","ss",""],"date":["b","D",4,"","ss","date_ops"],"datemultirange":["m","R",-1,"","ss",""],"daterange":["r","R",-1,"","ss",""],"domain_constraints":["c","C",-1,"","ss",""],"domain_udt_usage":["c","C",-1,"","ss",""],"domains":["c","C",-1,"","ss",""],"element_types":["c","C",-1,"","ss",""],"enabled_roles":["c","C",-1,"","ss",""],"event_trigger":["p","P",4,"","ii",""],"fdw_handler":["p","P",4,"","ii",""],"float4":["b","N",4,"","ii","float4_ops"],"float8":["b","N",8,"","ii","float8_ops"],"foreign_data_wrapper_options":["c","C",-1,"","ss",""],"foreign_data_wrappers":["c","C",-1,"","ss",""],"foreign_server_options":["c","C",-1,"","ss",""],"foreign_servers":["c","C",-1,"","ss",""],"foreign_table_options":["c","C",-1,"","ss",""],"foreign_tables":["c","C",-1,"","ss",""],"gtsvector":["b","U",-1,"","ii",""],"index_am_handler":["p","P",4,"","ii",""],"inet":["b","I",-1,"","ii","inet_ops"],"information_schema_catalog_name":["c","C",-1,"","ss",""],"int2":["b","N",2,"","ii","int2_ops"],"int2vector":["b","A",-1,"","ii",""],"int4":["b","N",4,"","ii","int4_ops"],"int4multirange":["m","R",-1,"","ss",""],"int4range":["r","R",-1,"","ss",""],"int8":["b","N",8,"","ii","int8_ops"],"int8multirange":["m","R",-1,"","ss",""],"int8range":["r","R",-1,"","ss",""],"internal":["p","P",4,"","ii",""],"interval":["b","T",16,"","ss","interval_ops"],"json":["b","U",-1,"","ii",""],"jsonb":["b","U",-1,"","ii","jsonb_ops"],"jsonpath":["b","U",-1,"","ii",""],"key_column_usage":["c","C",-1,"","ss",""],"language_handler":["p","P",4,"","ii",""],"line":["b","G",24,"","ii",""],"lseg":["b","G",32,"","ii",""],"macaddr":["b","U",6,"","ii","macaddr_ops"],"macaddr8":["b","U",8,"","ii","macaddr8_ops"],"money":["b","N",8,"","ss","money_ops"],"name":["b","S",64,"","ii","name_ops"],"numeric":["b","N",-1,"","ii","numeric_ops"],"nummultirange":["m","R",-1,"","ss",""],"numrange":["r","R",-1,"","ss",""],"oid":["b","N",4,"","ii","oid_ops"],"oidvector":["b","A",-1,"","ii","oidvector_ops"],"parameters":["c","C",-1,"","ss",""],"path":["b","G",-1,"","ii",""],"pg_aggregate":["c","C",-1,"","ss",""],"pg_aios":["c","C",-1,"","ss",""],"pg_am":["c","C",-1,"","ss",""],"pg_amop":["c","C",-1,"","ss",""],"pg_amproc":["c","C",-1,"","ss",""],"pg_attrdef":["c","C",-1,"","ss",""],"pg_attribute":["c","C",-1,"","ss",""],"pg_auth_members":["c","C",-1,"","ss",""],"pg_authid":["c","C",-1,"","ss",""],"pg_available_extension_versions":["c","C",-1,"","ss",""],"pg_available_extensions":["c","C",-1,"","ss",""],"pg_backend_memory_contexts":["c","C",-1,"","ss",""],"pg_brin_bloom_summary":["b","Z",-1,"","ii",""],"pg_brin_minmax_multi_summary":["b","Z",-1,"","ii",""],"pg_cast":["c","C",-1,"","ss",""],"pg_class":["c","C",-1,"","ss",""],"pg_collation":["c","C",-1,"","ss",""],"pg_config":["c","C",-1,"","ss",""],"pg_constraint":["c","C",-1,"","ss",""],"pg_conversion":["c","C",-1,"","ss",""],"pg_cursors":["c","C",-1,"","ss",""],"pg_database":["c","C",-1,"","ss",""],"pg_db_role_setting":["c","C",-1,"","ss",""],"pg_ddl_command":["p","P",4,"","ii",""],"pg_default_acl":["c","C",-1,"","ss",""],"pg_depend":["c","C",-1,"","ss",""],"pg_dependencies":["b","Z",-1,"","ii","bytea_ops"],"pg_description":["c","C",-1,"","ss",""],"pg_enum":["c","C",-1,"","ss",""],"pg_event_trigger":["c","C",-1,"","ss",""],"pg_extension":["c","C",-1,"","ss",""],"pg_file_settings":["c","C",-1,"","ss",""],"pg_foreign_data_wrapper":["c","C",-1,"","ss",""],"pg_foreign_server":["c","C",-1,"","ss",""],"pg_foreign_table":["c","C",-1,"","ss",""],"pg_group":["c","C",-1,"","ss",""],"pg_hba_file_rules":["c","C",-1,"","ss",""],"pg_ident_file_mappings":["c","C",-1,"","ss",""],"pg_index":["c","C",-1,"","ss",""],"pg_indexes":["c","C",-1,"","ss",""],"pg_inherits":["c","C",-1,"","ss",""],"pg_init_privs":["c","C",-1,"","ss",""],"pg_language":["c","C",-1,"","ss",""],"pg_largeobject":["c","C",-1,"","ss",""],"pg_largeobject_metadata":["c","C",-1,"","ss",""],"pg_locks":["c","C",-1,"","ss",""],"pg_lsn":["b","U",8,"","ii","pg_lsn_ops"],"pg_matviews":["c","C",-1,"","ss",""],"pg_mcv_list":["b","Z",-1,"","ii","bytea_ops"],"pg_namespace":["c","C",-1,"","ss",""],"pg_ndistinct":["b","Z",-1,"","ii","bytea_ops"],"pg_node_tree":["b","Z",-1,"","ii","text_ops"],"pg_opclass":["c","C",-1,"","ss",""],"pg_operator":["c","C",-1,"","ss",""],"pg_opfamily":["c","C",-1,"","ss",""],"pg_parameter_acl":["c","C",-1,"","ss",""],"pg_partitioned_table":["c","C",-1,"","ss",""],"pg_policies":["c","C",-1,"","ss",""],"pg_policy":["c","C",-1,"","ss",""],"pg_prepared_statements":["c","C",-1,"","ss",""],"pg_prepared_xacts":["c","C",-1,"","ss",""],"pg_proc":["c","C",-1,"","ss",""],"pg_publication":["c","C",-1,"","ss",""],"pg_publication_namespace":["c","C",-1,"","ss",""],"pg_publication_rel":["c","C",-1,"","ss",""],"pg_publication_tables":["c","C",-1,"","ss",""],"pg_range":["c","C",-1,"","ss",""],"pg_replication_origin":["c","C",-1,"","ss",""],"pg_replication_origin_status":["c","C",-1,"","ss",""],"pg_replication_slots":["c","C",-1,"","ss",""],"pg_rewrite":["c","C",-1,"","ss",""],"pg_roles":["c","C",-1,"","ss",""],"pg_rules":["c","C",-1,"","ss",""],"pg_seclabel":["c","C",-1,"","ss",""],"pg_seclabels":["c","C",-1,"","ss",""],"pg_sequence":["c","C",-1,"","ss",""],"pg_sequences":["c","C",-1,"","ss",""],"pg_settings":["c","C",-1,"","ss",""],"pg_shadow":["c","C",-1,"","ss",""],"pg_shdepend":["c","C",-1,"","ss",""],"pg_shdescription":["c","C",-1,"","ss",""],"pg_shmem_allocations":["c","C",-1,"","ss",""],"pg_shmem_allocations_numa":["c","C",-1,"","ss",""],"pg_shseclabel":["c","C",-1,"","ss",""],"pg_snapshot":["b","U",-1,"","ii",""],"pg_stat_activity":["c","C",-1,"","ss",""],"pg_stat_all_indexes":["c","C",-1,"","ss",""],"pg_stat_all_tables":["c","C",-1,"","ss",""],"pg_stat_archiver":["c","C",-1,"","ss",""],"pg_stat_bgwriter":["c","C",-1,"","ss",""],"pg_stat_checkpointer":["c","C",-1,"","ss",""],"pg_stat_database":["c","C",-1,"","ss",""],"pg_stat_database_conflicts":["c","C",-1,"","ss",""],"pg_stat_gssapi":["c","C",-1,"","ss",""],"pg_stat_io":["c","C",-1,"","ss",""],"pg_stat_progress_analyze":["c","C",-1,"","ss",""],"pg_stat_progress_basebackup":["c","C",-1,"","ss",""],"pg_stat_progress_cluster":["c","C",-1,"","ss",""],"pg_stat_progress_copy":["c","C",-1,"","ss",""],"pg_stat_progress_create_index":["c","C",-1,"","ss",""],"pg_stat_progress_vacuum":["c","C",-1,"","ss",""],"pg_stat_recovery_prefetch":["c","C",-1,"","ss",""],"pg_stat_replication":["c","C",-1,"","ss",""],"pg_stat_replication_slots":["c","C",-1,"","ss",""],"pg_stat_slru":["c","C",-1,"","ss",""],"pg_stat_ssl":["c","C",-1,"","ss",""],"pg_stat_subscription":["c","C",-1,"","ss",""],"pg_stat_subscription_stats":["c","C",-1,"","ss",""],"pg_stat_sys_indexes":["c","C",-1,"","ss",""],"pg_stat_sys_tables":["c","C",-1,"","ss",""],"pg_stat_user_functions":["c","C",-1,"","ss",""],"pg_stat_user_indexes":["c","C",-1,"","ss",""],"pg_stat_user_tables":["c","C",-1,"","ss",""],"pg_stat_wal":["c","C",-1,"","ss",""],"pg_stat_wal_receiver":["c","C",-1,"","ss",""],"pg_stat_xact_all_tables":["c","C",-1,"","ss",""],"pg_stat_xact_sys_tables":["c","C",-1,"","ss",""],"pg_stat_xact_user_functions":["c","C",-1,"","ss",""],"pg_stat_xact_user_tables":["c","C",-1,"","ss",""],"pg_statio_all_indexes":["c","C",-1,"","ss",""],"pg_statio_all_sequences":["c","C",-1,"","ss",""],"pg_statio_all_tables":["c","C",-1,"","ss",""],"pg_statio_sys_indexes":["c","C",-1,"","ss",""],"pg_statio_sys_sequences":["c","C",-1,"","ss",""],"pg_statio_sys_tables":["c","C",-1,"","ss",""],"pg_statio_user_indexes":["c","C",-1,"","ss",""],"pg_statio_user_sequences":["c","C",-1,"","ss",""],"pg_statio_user_tables":["c","C",-1,"","ss",""],"pg_statistic":["c","C",-1,"","ss",""],"pg_statistic_ext":["c","C",-1,"","ss",""],"pg_statistic_ext_data":["c","C",-1,"","ss",""],"pg_stats":["c","C",-1,"","ss",""],"pg_stats_ext":["c","C",-1,"","ss",""],"pg_stats_ext_exprs":["c","C",-1,"","ss",""],"pg_subscription":["c","C",-1,"","ss",""],"pg_subscription_rel":["c","C",-1,"","ss",""],"pg_tables":["c","C",-1,"","ss",""],"pg_tablespace":["c","C",-1,"","ss",""],"pg_timezone_abbrevs":["c","C",-1,"","ss",""],"pg_timezone_names":["c","C",-1,"","ss",""],"pg_transform":["c","C",-1,"","ss",""],"pg_trigger":["c","C",-1,"","ss",""],"pg_ts_config":["c","C",-1,"","ss",""],"pg_ts_config_map":["c","C",-1,"","ss",""],"pg_ts_dict":["c","C",-1,"","ss",""],"pg_ts_parser":["c","C",-1,"","ss",""],"pg_ts_template":["c","C",-1,"","ss",""],"pg_type":["c","C",-1,"","ss",""],"pg_user":["c","C",-1,"","ss",""],"pg_user_mapping":["c","C",-1,"","ss",""],"pg_user_mappings":["c","C",-1,"","ss",""],"pg_views":["c","C",-1,"","ss",""],"pg_wait_events":["c","C",-1,"","ss",""],"point":["b","G",16,"","ii",""],"polygon":["b","G",-1,"","ii",""],"record":["p","P",-1,"","ss","record_ops"],"refcursor":["b","U",-1,"","ii",""],"referential_constraints":["c","C",-1,"","ss",""],"regclass":["b","N",4,"","ss","oid_ops"],"regcollation":["b","N",4,"","ss","oid_ops"],"regconfig":["b","N",4,"","ss","oid_ops"],"regdictionary":["b","N",4,"","ss","oid_ops"],"regnamespace":["b","N",4,"","ss","oid_ops"],"regoper":["b","N",4,"","ss","oid_ops"],"regoperator":["b","N",4,"","ss","oid_ops"],"regproc":["b","N",4,"","ss","oid_ops"],"regprocedure":["b","N",4,"","ss","oid_ops"],"regrole":["b","N",4,"","ss","oid_ops"],"regtype":["b","N",4,"","ss","oid_ops"],"role_column_grants":["c","C",-1,"","ss",""],"role_routine_grants":["c","C",-1,"","ss",""],"role_table_grants":["c","C",-1,"","ss",""],"role_udt_grants":["c","C",-1,"","ss",""],"role_usage_grants":["c","C",-1,"","ss",""],"routine_column_usage":["c","C",-1,"","ss",""],"routine_privileges":["c","C",-1,"","ss",""],"routine_routine_usage":["c","C",-1,"","ss",""],"routine_sequence_usage":["c","C",-1,"","ss",""],"routine_table_usage":["c","C",-1,"","ss",""],"routines":["c","C",-1,"","ss",""],"schemata":["c","C",-1,"","ss",""],"sequences":["c","C",-1,"","ss",""],"sql_features":["c","C",-1,"","ss",""],"sql_identifier":["d","S",64,"name","si",""],"sql_implementation_info":["c","C",-1,"","ss",""],"sql_parts":["c","C",-1,"","ss",""],"sql_sizing":["c","C",-1,"","ss",""],"table_am_handler":["p","P",4,"","ii",""],"table_constraints":["c","C",-1,"","ss",""],"table_privileges":["c","C",-1,"","ss",""],"tables":["c","C",-1,"","ss",""],"text":["b","S",-1,"","ii","text_ops"],"tid":["b","U",6,"","ii","tid_ops"],"time":["b","D",8,"","si","time_ops"],"time_stamp":["d","D",8,"timestamptz","ss",""],"timestamp":["b","D",8,"","ss","timestamp_ops"],"timestamptz":["b","D",8,"","ss","timestamptz_ops"],"timetz":["b","D",12,"","si","timetz_ops"],"transforms":["c","C",-1,"","ss",""],"trigger":["p","P",4,"","ii",""],"triggered_update_columns":["c","C",-1,"","ss",""],"triggers":["c","C",-1,"","ss",""],"tsm_handler":["p","P",4,"","ii",""],"tsmultirange":["m","R",-1,"","ss",""],"tsquery":["b","U",-1,"","ii","tsquery_ops"],"tsrange":["r","R",-1,"","ss",""],"tstzmultirange":["m","R",-1,"","ss",""],"tstzrange":["r","R",-1,"","ss",""],"tsvector":["b","U",-1,"","ii","tsvector_ops"],"txid_snapshot":["b","U",-1,"","ii",""],"udt_privileges":["c","C",-1,"","ss",""],"unknown":["p","X",-2,"","ii",""],"usage_privileges":["c","C",-1,"","ss",""],"user_defined_types":["c","C",-1,"","ss",""],"user_mapping_options":["c","C",-1,"","ss",""],"user_mappings":["c","C",-1,"","ss",""],"uuid":["b","U",16,"","ii","uuid_ops"],"varbit":["b","V",-1,"","ii","varbit_ops"],"varchar":["b","S",-1,"","ii","text_ops"],"view_column_usage":["c","C",-1,"","ss",""],"view_routine_usage":["c","C",-1,"","ss",""],"view_table_usage":["c","C",-1,"","ss",""],"views":["c","C",-1,"","ss",""],"void":["p","P",4,"","ii",""],"xid":["b","U",4,"","ii",""],"xid8":["b","U",8,"","ii","xid8_ops"],"xml":["b","U",-1,"","si","text_ops"],"yes_or_no":["d","S",-1,"varchar","si",""]},"extensions":{"amcheck":{"functions":{"bt_index_check":{"regclass":"v","regclass,bool":"v","regclass,bool,bool":"v"},"bt_index_parent_check":{"regclass":"v","regclass,bool":"v","regclass,bool,bool":"v","regclass,bool,bool,bool":"v"},"gin_index_check":{"regclass":"v"},"verify_heapam":{"regclass,bool,bool,text,int8,int8":"v"}},"operators":{},"casts":{},"types":{}},"bloom":{"functions":{"blhandler":{"internal":"v"}},"operators":{},"casts":{},"types":{}},"btree_gin":{"functions":{"gin_btree_consistent":{"internal,int2,anyelement,int4,internal,internal":"i"},"gin_compare_prefix_anyenum":{"anyenum,anyenum,int2,internal":"i"},"gin_compare_prefix_bit":{"bit,bit,int2,internal":"i"},"gin_compare_prefix_bool":{"bool,bool,int2,internal":"i"},"gin_compare_prefix_bpchar":{"bpchar,bpchar,int2,internal":"i"},"gin_compare_prefix_bytea":{"bytea,bytea,int2,internal":"i"},"gin_compare_prefix_char":{"char,char,int2,internal":"i"},"gin_compare_prefix_cidr":{"cidr,cidr,int2,internal":"i"},"gin_compare_prefix_date":{"date,date,int2,internal":"i"},"gin_compare_prefix_float4":{"float4,float4,int2,internal":"i"},"gin_compare_prefix_float8":{"float8,float8,int2,internal":"i"},"gin_compare_prefix_inet":{"inet,inet,int2,internal":"i"},"gin_compare_prefix_int2":{"int2,int2,int2,internal":"i"},"gin_compare_prefix_int4":{"int4,int4,int2,internal":"i"},"gin_compare_prefix_int8":{"int8,int8,int2,internal":"i"},"gin_compare_prefix_interval":{"interval,interval,int2,internal":"i"},"gin_compare_prefix_macaddr":{"macaddr,macaddr,int2,internal":"i"},"gin_compare_prefix_macaddr8":{"macaddr8,macaddr8,int2,internal":"i"},"gin_compare_prefix_money":{"money,money,int2,internal":"i"},"gin_compare_prefix_name":{"name,name,int2,internal":"i"},"gin_compare_prefix_numeric":{"numeric,numeric,int2,internal":"i"},"gin_compare_prefix_oid":{"oid,oid,int2,internal":"i"},"gin_compare_prefix_text":{"text,text,int2,internal":"i"},"gin_compare_prefix_time":{"time,time,int2,internal":"i"},"gin_compare_prefix_timestamp":{"timestamp,timestamp,int2,internal":"i"},"gin_compare_prefix_timestamptz":{"timestamptz,timestamptz,int2,internal":"i"},"gin_compare_prefix_timetz":{"timetz,timetz,int2,internal":"i"},"gin_compare_prefix_uuid":{"uuid,uuid,int2,internal":"i"},"gin_compare_prefix_varbit":{"varbit,varbit,int2,internal":"i"},"gin_enum_cmp":{"anyenum,anyenum":"i"},"gin_extract_query_anyenum":{"anyenum,internal,int2,internal,internal":"i"},"gin_extract_query_bit":{"bit,internal,int2,internal,internal":"i"},"gin_extract_query_bool":{"bool,internal,int2,internal,internal":"i"},"gin_extract_query_bpchar":{"bpchar,internal,int2,internal,internal":"i"},"gin_extract_query_bytea":{"bytea,internal,int2,internal,internal":"i"},"gin_extract_query_char":{"char,internal,int2,internal,internal":"i"},"gin_extract_query_cidr":{"cidr,internal,int2,internal,internal":"i"},"gin_extract_query_date":{"date,internal,int2,internal,internal":"i"},"gin_extract_query_float4":{"float4,internal,int2,internal,internal":"i"},"gin_extract_query_float8":{"float8,internal,int2,internal,internal":"i"},"gin_extract_query_inet":{"inet,internal,int2,internal,internal":"i"},"gin_extract_query_int2":{"int2,internal,int2,internal,internal":"i"},"gin_extract_query_int4":{"int4,internal,int2,internal,internal":"i"},"gin_extract_query_int8":{"int8,internal,int2,internal,internal":"i"},"gin_extract_query_interval":{"interval,internal,int2,internal,internal":"i"},"gin_extract_query_macaddr":{"macaddr,internal,int2,internal,internal":"i"},"gin_extract_query_macaddr8":{"macaddr8,internal,int2,internal,internal":"i"},"gin_extract_query_money":{"money,internal,int2,internal,internal":"i"},"gin_extract_query_name":{"name,internal,int2,internal,internal":"i"},"gin_extract_query_numeric":{"numeric,internal,int2,internal,internal":"i"},"gin_extract_query_oid":{"oid,internal,int2,internal,internal":"i"},"gin_extract_query_text":{"text,internal,int2,internal,internal":"i"},"gin_extract_query_time":{"time,internal,int2,internal,internal":"i"},"gin_extract_query_timestamp":{"timestamp,internal,int2,internal,internal":"i"},"gin_extract_query_timestamptz":{"timestamptz,internal,int2,internal,internal":"i"},"gin_extract_query_timetz":{"timetz,internal,int2,internal,internal":"i"},"gin_extract_query_uuid":{"uuid,internal,int2,internal,internal":"i"},"gin_extract_query_varbit":{"varbit,internal,int2,internal,internal":"i"},"gin_extract_value_anyenum":{"anyenum,internal":"i"},"gin_extract_value_bit":{"bit,internal":"i"},"gin_extract_value_bool":{"bool,internal":"i"},"gin_extract_value_bpchar":{"bpchar,internal":"i"},"gin_extract_value_bytea":{"bytea,internal":"i"},"gin_extract_value_char":{"char,internal":"i"},"gin_extract_value_cidr":{"cidr,internal":"i"},"gin_extract_value_date":{"date,internal":"i"},"gin_extract_value_float4":{"float4,internal":"i"},"gin_extract_value_float8":{"float8,internal":"i"},"gin_extract_value_inet":{"inet,internal":"i"},"gin_extract_value_int2":{"int2,internal":"i"},"gin_extract_value_int4":{"int4,internal":"i"},"gin_extract_value_int8":{"int8,internal":"i"},"gin_extract_value_interval":{"interval,internal":"i"},"gin_extract_value_macaddr":{"macaddr,internal":"i"},"gin_extract_value_macaddr8":{"macaddr8,internal":"i"},"gin_extract_value_money":{"money,internal":"i"},"gin_extract_value_name":{"name,internal":"i"},"gin_extract_value_numeric":{"numeric,internal":"i"},"gin_extract_value_oid":{"oid,internal":"i"},"gin_extract_value_text":{"text,internal":"i"},"gin_extract_value_time":{"time,internal":"i"},"gin_extract_value_timestamp":{"timestamp,internal":"i"},"gin_extract_value_timestamptz":{"timestamptz,internal":"i"},"gin_extract_value_timetz":{"timetz,internal":"i"},"gin_extract_value_uuid":{"uuid,internal":"i"},"gin_extract_value_varbit":{"varbit,internal":"i"},"gin_numeric_cmp":{"numeric,numeric":"i"}},"operators":{},"casts":{},"types":{}},"btree_gist":{"functions":{"cash_dist":{"money,money":"i"},"date_dist":{"date,date":"i"},"float4_dist":{"float4,float4":"i"},"float8_dist":{"float8,float8":"i"},"gbt_bit_compress":{"internal":"i"},"gbt_bit_consistent":{"internal,bit,int2,oid,internal":"i"},"gbt_bit_penalty":{"internal,internal,internal":"i"},"gbt_bit_picksplit":{"internal,internal":"i"},"gbt_bit_same":{"gbtreekey_var,gbtreekey_var,internal":"i"},"gbt_bit_sortsupport":{"internal":"i"},"gbt_bit_union":{"internal,internal":"i"},"gbt_bool_compress":{"internal":"i"},"gbt_bool_consistent":{"internal,bool,int2,oid,internal":"i"},"gbt_bool_fetch":{"internal":"i"},"gbt_bool_penalty":{"internal,internal,internal":"i"},"gbt_bool_picksplit":{"internal,internal":"i"},"gbt_bool_same":{"gbtreekey2,gbtreekey2,internal":"i"},"gbt_bool_sortsupport":{"internal":"i"},"gbt_bool_union":{"internal,internal":"i"},"gbt_bpchar_compress":{"internal":"i"},"gbt_bpchar_consistent":{"internal,bpchar,int2,oid,internal":"i"},"gbt_bpchar_sortsupport":{"internal":"i"},"gbt_bytea_compress":{"internal":"i"},"gbt_bytea_consistent":{"internal,bytea,int2,oid,internal":"i"},"gbt_bytea_penalty":{"internal,internal,internal":"i"},"gbt_bytea_picksplit":{"internal,internal":"i"},"gbt_bytea_same":{"gbtreekey_var,gbtreekey_var,internal":"i"},"gbt_bytea_sortsupport":{"internal":"i"},"gbt_bytea_union":{"internal,internal":"i"},"gbt_cash_compress":{"internal":"i"},"gbt_cash_consistent":{"internal,money,int2,oid,internal":"i"},"gbt_cash_distance":{"internal,money,int2,oid,internal":"i"},"gbt_cash_fetch":{"internal":"i"},"gbt_cash_penalty":{"internal,internal,internal":"i"},"gbt_cash_picksplit":{"internal,internal":"i"},"gbt_cash_same":{"gbtreekey16,gbtreekey16,internal":"i"},"gbt_cash_sortsupport":{"internal":"i"},"gbt_cash_union":{"internal,internal":"i"},"gbt_date_compress":{"internal":"i"},"gbt_date_consistent":{"internal,date,int2,oid,internal":"i"},"gbt_date_distance":{"internal,date,int2,oid,internal":"i"},"gbt_date_fetch":{"internal":"i"},"gbt_date_penalty":{"internal,internal,internal":"i"},"gbt_date_picksplit":{"internal,internal":"i"},"gbt_date_same":{"gbtreekey8,gbtreekey8,internal":"i"},"gbt_date_sortsupport":{"internal":"i"},"gbt_date_union":{"internal,internal":"i"},"gbt_decompress":{"internal":"i"},"gbt_enum_compress":{"internal":"i"},"gbt_enum_consistent":{"internal,anyenum,int2,oid,internal":"i"},"gbt_enum_fetch":{"internal":"i"},"gbt_enum_penalty":{"internal,internal,internal":"i"},"gbt_enum_picksplit":{"internal,internal":"i"},"gbt_enum_same":{"gbtreekey8,gbtreekey8,internal":"i"},"gbt_enum_sortsupport":{"internal":"i"},"gbt_enum_union":{"internal,internal":"i"},"gbt_float4_compress":{"internal":"i"},"gbt_float4_consistent":{"internal,float4,int2,oid,internal":"i"},"gbt_float4_distance":{"internal,float4,int2,oid,internal":"i"},"gbt_float4_fetch":{"internal":"i"},"gbt_float4_penalty":{"internal,internal,internal":"i"},"gbt_float4_picksplit":{"internal,internal":"i"},"gbt_float4_same":{"gbtreekey8,gbtreekey8,internal":"i"},"gbt_float4_sortsupport":{"internal":"i"},"gbt_float4_union":{"internal,internal":"i"},"gbt_float8_compress":{"internal":"i"},"gbt_float8_consistent":{"internal,float8,int2,oid,internal":"i"},"gbt_float8_distance":{"internal,float8,int2,oid,internal":"i"},"gbt_float8_fetch":{"internal":"i"},"gbt_float8_penalty":{"internal,internal,internal":"i"},"gbt_float8_picksplit":{"internal,internal":"i"},"gbt_float8_same":{"gbtreekey16,gbtreekey16,internal":"i"},"gbt_float8_sortsupport":{"internal":"i"},"gbt_float8_union":{"internal,internal":"i"},"gbt_inet_compress":{"internal":"i"},"gbt_inet_consistent":{"internal,inet,int2,oid,internal":"i"},"gbt_inet_penalty":{"internal,internal,internal":"i"},"gbt_inet_picksplit":{"internal,internal":"i"},"gbt_inet_same":{"gbtreekey16,gbtreekey16,internal":"i"},"gbt_inet_sortsupport":{"internal":"i"},"gbt_inet_union":{"internal,internal":"i"},"gbt_int2_compress":{"internal":"i"},"gbt_int2_consistent":{"internal,int2,int2,oid,internal":"i"},"gbt_int2_distance":{"internal,int2,int2,oid,internal":"i"},"gbt_int2_fetch":{"internal":"i"},"gbt_int2_penalty":{"internal,internal,internal":"i"},"gbt_int2_picksplit":{"internal,internal":"i"},"gbt_int2_same":{"gbtreekey4,gbtreekey4,internal":"i"},"gbt_int2_sortsupport":{"internal":"i"},"gbt_int2_union":{"internal,internal":"i"},"gbt_int4_compress":{"internal":"i"},"gbt_int4_consistent":{"internal,int4,int2,oid,internal":"i"},"gbt_int4_distance":{"internal,int4,int2,oid,internal":"i"},"gbt_int4_fetch":{"internal":"i"},"gbt_int4_penalty":{"internal,internal,internal":"i"},"gbt_int4_picksplit":{"internal,internal":"i"},"gbt_int4_same":{"gbtreekey8,gbtreekey8,internal":"i"},"gbt_int4_sortsupport":{"internal":"i"},"gbt_int4_union":{"internal,internal":"i"},"gbt_int8_compress":{"internal":"i"},"gbt_int8_consistent":{"internal,int8,int2,oid,internal":"i"},"gbt_int8_distance":{"internal,int8,int2,oid,internal":"i"},"gbt_int8_fetch":{"internal":"i"},"gbt_int8_penalty":{"internal,internal,internal":"i"},"gbt_int8_picksplit":{"internal,internal":"i"},"gbt_int8_same":{"gbtreekey16,gbtreekey16,internal":"i"},"gbt_int8_sortsupport":{"internal":"i"},"gbt_int8_union":{"internal,internal":"i"},"gbt_intv_compress":{"internal":"i"},"gbt_intv_consistent":{"internal,interval,int2,oid,internal":"i"},"gbt_intv_decompress":{"internal":"i"},"gbt_intv_distance":{"internal,interval,int2,oid,internal":"i"},"gbt_intv_fetch":{"internal":"i"},"gbt_intv_penalty":{"internal,internal,internal":"i"},"gbt_intv_picksplit":{"internal,internal":"i"},"gbt_intv_same":{"gbtreekey32,gbtreekey32,internal":"i"},"gbt_intv_sortsupport":{"internal":"i"},"gbt_intv_union":{"internal,internal":"i"},"gbt_macad8_compress":{"internal":"i"},"gbt_macad8_consistent":{"internal,macaddr8,int2,oid,internal":"i"},"gbt_macad8_fetch":{"internal":"i"},"gbt_macad8_penalty":{"internal,internal,internal":"i"},"gbt_macad8_picksplit":{"internal,internal":"i"},"gbt_macad8_same":{"gbtreekey16,gbtreekey16,internal":"i"},"gbt_macad8_sortsupport":{"internal":"i"},"gbt_macad8_union":{"internal,internal":"i"},"gbt_macad_compress":{"internal":"i"},"gbt_macad_consistent":{"internal,macaddr,int2,oid,internal":"i"},"gbt_macad_fetch":{"internal":"i"},"gbt_macad_penalty":{"internal,internal,internal":"i"},"gbt_macad_picksplit":{"internal,internal":"i"},"gbt_macad_same":{"gbtreekey16,gbtreekey16,internal":"i"},"gbt_macad_union":{"internal,internal":"i"},"gbt_macaddr_sortsupport":{"internal":"i"},"gbt_numeric_compress":{"internal":"i"},"gbt_numeric_consistent":{"internal,numeric,int2,oid,internal":"i"},"gbt_numeric_penalty":{"internal,internal,internal":"i"},"gbt_numeric_picksplit":{"internal,internal":"i"},"gbt_numeric_same":{"gbtreekey_var,gbtreekey_var,internal":"i"},"gbt_numeric_sortsupport":{"internal":"i"},"gbt_numeric_union":{"internal,internal":"i"},"gbt_oid_compress":{"internal":"i"},"gbt_oid_consistent":{"internal,oid,int2,oid,internal":"i"},"gbt_oid_distance":{"internal,oid,int2,oid,internal":"i"},"gbt_oid_fetch":{"internal":"i"},"gbt_oid_penalty":{"internal,internal,internal":"i"},"gbt_oid_picksplit":{"internal,internal":"i"},"gbt_oid_same":{"gbtreekey8,gbtreekey8,internal":"i"},"gbt_oid_sortsupport":{"internal":"i"},"gbt_oid_union":{"internal,internal":"i"},"gbt_text_compress":{"internal":"i"},"gbt_text_consistent":{"internal,text,int2,oid,internal":"i"},"gbt_text_penalty":{"internal,internal,internal":"i"},"gbt_text_picksplit":{"internal,internal":"i"},"gbt_text_same":{"gbtreekey_var,gbtreekey_var,internal":"i"},"gbt_text_sortsupport":{"internal":"i"},"gbt_text_union":{"internal,internal":"i"},"gbt_time_compress":{"internal":"i"},"gbt_time_consistent":{"internal,time,int2,oid,internal":"i"},"gbt_time_distance":{"internal,time,int2,oid,internal":"i"},"gbt_time_fetch":{"internal":"i"},"gbt_time_penalty":{"internal,internal,internal":"i"},"gbt_time_picksplit":{"internal,internal":"i"},"gbt_time_same":{"gbtreekey16,gbtreekey16,internal":"i"},"gbt_time_sortsupport":{"internal":"i"},"gbt_time_union":{"internal,internal":"i"},"gbt_timetz_compress":{"internal":"i"},"gbt_timetz_consistent":{"internal,timetz,int2,oid,internal":"i"},"gbt_ts_compress":{"internal":"i"},"gbt_ts_consistent":{"internal,timestamp,int2,oid,internal":"i"},"gbt_ts_distance":{"internal,timestamp,int2,oid,internal":"i"},"gbt_ts_fetch":{"internal":"i"},"gbt_ts_penalty":{"internal,internal,internal":"i"},"gbt_ts_picksplit":{"internal,internal":"i"},"gbt_ts_same":{"gbtreekey16,gbtreekey16,internal":"i"},"gbt_ts_sortsupport":{"internal":"i"},"gbt_ts_union":{"internal,internal":"i"},"gbt_tstz_compress":{"internal":"i"},"gbt_tstz_consistent":{"internal,timestamptz,int2,oid,internal":"i"},"gbt_tstz_distance":{"internal,timestamptz,int2,oid,internal":"i"},"gbt_uuid_compress":{"internal":"i"},"gbt_uuid_consistent":{"internal,uuid,int2,oid,internal":"i"},"gbt_uuid_fetch":{"internal":"i"},"gbt_uuid_penalty":{"internal,internal,internal":"i"},"gbt_uuid_picksplit":{"internal,internal":"i"},"gbt_uuid_same":{"gbtreekey32,gbtreekey32,internal":"i"},"gbt_uuid_sortsupport":{"internal":"i"},"gbt_uuid_union":{"internal,internal":"i"},"gbt_var_decompress":{"internal":"i"},"gbt_var_fetch":{"internal":"i"},"gbt_varbit_sortsupport":{"internal":"i"},"gbtreekey16_in":{"cstring":"i"},"gbtreekey16_out":{"gbtreekey16":"i"},"gbtreekey2_in":{"cstring":"i"},"gbtreekey2_out":{"gbtreekey2":"i"},"gbtreekey32_in":{"cstring":"i"},"gbtreekey32_out":{"gbtreekey32":"i"},"gbtreekey4_in":{"cstring":"i"},"gbtreekey4_out":{"gbtreekey4":"i"},"gbtreekey8_in":{"cstring":"i"},"gbtreekey8_out":{"gbtreekey8":"i"},"gbtreekey_var_in":{"cstring":"i"},"gbtreekey_var_out":{"gbtreekey_var":"i"},"gist_translate_cmptype_btree":{"int4":"i"},"int2_dist":{"int2,int2":"i"},"int4_dist":{"int4,int4":"i"},"int8_dist":{"int8,int8":"i"},"interval_dist":{"interval,interval":"i"},"oid_dist":{"oid,oid":"i"},"time_dist":{"time,time":"i"},"ts_dist":{"timestamp,timestamp":"i"},"tstz_dist":{"timestamptz,timestamptz":"i"}},"operators":{"<->":{"date,date":"i","float4,float4":"i","float8,float8":"i","int2,int2":"i","int4,int4":"i","int8,int8":"i","interval,interval":"i","money,money":"i","oid,oid":"i","time,time":"i","timestamp,timestamp":"i","timestamptz,timestamptz":"i"}},"casts":{},"types":{"_gbtreekey16":["b","A",-1,"","ss",""],"_gbtreekey2":["b","A",-1,"","ss",""],"_gbtreekey32":["b","A",-1,"","ss",""],"_gbtreekey4":["b","A",-1,"","ss",""],"_gbtreekey8":["b","A",-1,"","ss",""],"_gbtreekey_var":["b","A",-1,"","ss",""],"gbtreekey16":["b","U",16,"","ii",""],"gbtreekey2":["b","U",2,"","ii",""],"gbtreekey32":["b","U",32,"","ii",""],"gbtreekey4":["b","U",4,"","ii",""],"gbtreekey8":["b","U",8,"","ii",""],"gbtreekey_var":["b","U",-1,"","ii",""]}},"citext":{"functions":{"citext":{"bool":"i","bpchar":"i","inet":"i"},"citext_cmp":{"citext,citext":"i"},"citext_eq":{"citext,citext":"i"},"citext_ge":{"citext,citext":"i"},"citext_gt":{"citext,citext":"i"},"citext_hash":{"citext":"i"},"citext_hash_extended":{"citext,int8":"i"},"citext_larger":{"citext,citext":"i"},"citext_le":{"citext,citext":"i"},"citext_lt":{"citext,citext":"i"},"citext_ne":{"citext,citext":"i"},"citext_pattern_cmp":{"citext,citext":"i"},"citext_pattern_ge":{"citext,citext":"i"},"citext_pattern_gt":{"citext,citext":"i"},"citext_pattern_le":{"citext,citext":"i"},"citext_pattern_lt":{"citext,citext":"i"},"citext_smaller":{"citext,citext":"i"},"citextin":{"cstring":"i"},"citextout":{"citext":"i"},"citextrecv":{"internal":"s"},"citextsend":{"citext":"s"},"regexp_match":{"citext,citext":"i","citext,citext,text":"i"},"regexp_matches":{"citext,citext":"i","citext,citext,text":"i"},"regexp_replace":{"citext,citext,text":"i","citext,citext,text,text":"i"},"regexp_split_to_array":{"citext,citext":"i","citext,citext,text":"i"},"regexp_split_to_table":{"citext,citext":"i","citext,citext,text":"i"},"replace":{"citext,citext,citext":"i"},"split_part":{"citext,citext,int4":"i"},"strpos":{"citext,citext":"i"},"texticlike":{"citext,citext":"i","citext,text":"i"},"texticnlike":{"citext,citext":"i","citext,text":"i"},"texticregexeq":{"citext,citext":"i","citext,text":"i"},"texticregexne":{"citext,citext":"i","citext,text":"i"},"translate":{"citext,citext,text":"i"}},"operators":{"!~":{"citext,citext":"i","citext,text":"i"},"!~*":{"citext,citext":"i","citext,text":"i"},"!~~":{"citext,citext":"i","citext,text":"i"},"!~~*":{"citext,citext":"i","citext,text":"i"},"<":{"citext,citext":"i"},"<=":{"citext,citext":"i"},"<>":{"citext,citext":"i"},"=":{"citext,citext":"i"},">":{"citext,citext":"i"},">=":{"citext,citext":"i"},"~":{"citext,citext":"i","citext,text":"i"},"~*":{"citext,citext":"i","citext,text":"i"},"~<=~":{"citext,citext":"i"},"~<~":{"citext,citext":"i"},"~>=~":{"citext,citext":"i"},"~>~":{"citext,citext":"i"},"~~":{"citext,citext":"i","citext,text":"i"},"~~*":{"citext,citext":"i","citext,text":"i"}},"casts":{"bool,citext":"fi","bpchar,citext":"fi","citext,bpchar":"b","citext,text":"b","citext,varchar":"b","inet,citext":"fi","text,citext":"b","varchar,citext":"b"},"types":{"_citext":["b","A",-1,"","ss",""],"citext":["b","S",-1,"","ii","citext_ops"]}},"cube":{"functions":{"cube":{"_float8":"i","_float8,_float8":"i","cube,float8":"i","cube,float8,float8":"i","float8":"i","float8,float8":"i"},"cube_cmp":{"cube,cube":"i"},"cube_contained":{"cube,cube":"i"},"cube_contains":{"cube,cube":"i"},"cube_coord":{"cube,int4":"i"},"cube_coord_llur":{"cube,int4":"i"},"cube_dim":{"cube":"i"},"cube_distance":{"cube,cube":"i"},"cube_enlarge":{"cube,float8,int4":"i"},"cube_eq":{"cube,cube":"i"},"cube_ge":{"cube,cube":"i"},"cube_gt":{"cube,cube":"i"},"cube_in":{"cstring":"i"},"cube_inter":{"cube,cube":"i"},"cube_is_point":{"cube":"i"},"cube_le":{"cube,cube":"i"},"cube_ll_coord":{"cube,int4":"i"},"cube_lt":{"cube,cube":"i"},"cube_ne":{"cube,cube":"i"},"cube_out":{"cube":"i"},"cube_overlap":{"cube,cube":"i"},"cube_recv":{"internal":"i"},"cube_send":{"cube":"i"},"cube_size":{"cube":"i"},"cube_subset":{"cube,_int4":"i"},"cube_union":{"cube,cube":"i"},"cube_ur_coord":{"cube,int4":"i"},"distance_chebyshev":{"cube,cube":"i"},"distance_taxicab":{"cube,cube":"i"},"g_cube_consistent":{"internal,cube,int2,oid,internal":"i"},"g_cube_distance":{"internal,cube,int2,oid,internal":"i"},"g_cube_penalty":{"internal,internal,internal":"i"},"g_cube_picksplit":{"internal,internal":"i"},"g_cube_same":{"cube,cube,internal":"i"},"g_cube_union":{"internal,internal":"i"}},"operators":{"&&":{"cube,cube":"i"},"->":{"cube,int4":"i"},"<":{"cube,cube":"i"},"<#>":{"cube,cube":"i"},"<->":{"cube,cube":"i"},"<=":{"cube,cube":"i"},"<=>":{"cube,cube":"i"},"<>":{"cube,cube":"i"},"<@":{"cube,cube":"i"},"=":{"cube,cube":"i"},">":{"cube,cube":"i"},">=":{"cube,cube":"i"},"@>":{"cube,cube":"i"},"~>":{"cube,int4":"i"}},"casts":{},"types":{"_cube":["b","A",-1,"","ss",""],"cube":["b","U",-1,"","ii","cube_ops"]}},"dict_int":{"functions":{"dintdict_init":{"internal":"v"},"dintdict_lexize":{"internal,internal,internal,internal":"v"}},"operators":{},"casts":{},"types":{}},"dict_xsyn":{"functions":{"dxsyn_init":{"internal":"v"},"dxsyn_lexize":{"internal,internal,internal,internal":"v"}},"operators":{},"casts":{},"types":{}},"earthdistance":{"functions":{"earth":{"":"i"},"earth_box":{"earth,float8":"i"},"earth_distance":{"earth,earth":"i"},"gc_to_sec":{"float8":"i"},"geo_distance":{"point,point":"i"},"latitude":{"earth":"i"},"ll_to_earth":{"float8,float8":"i"},"longitude":{"earth":"i"},"sec_to_gc":{"float8":"i"}},"operators":{"<@>":{"point,point":"i"}},"casts":{},"types":{"_earth":["b","A",-1,"","ss",""],"earth":["d","U",-1,"cube","si",""]}},"file_fdw":{"functions":{"file_fdw_handler":{"":"v"},"file_fdw_validator":{"_text,oid":"v"}},"operators":{},"casts":{},"types":{}},"fuzzystrmatch":{"functions":{"daitch_mokotoff":{"text":"i"},"difference":{"text,text":"i"},"dmetaphone":{"text":"i"},"dmetaphone_alt":{"text":"i"},"levenshtein":{"text,text":"i","text,text,int4,int4,int4":"i"},"levenshtein_less_equal":{"text,text,int4":"i","text,text,int4,int4,int4,int4":"i"},"metaphone":{"text,int4":"i"},"soundex":{"text":"i"},"text_soundex":{"text":"i"}},"operators":{},"casts":{},"types":{}},"hstore":{"functions":{"akeys":{"hstore":"i"},"avals":{"hstore":"i"},"defined":{"hstore,text":"i"},"delete":{"hstore,_text":"i","hstore,hstore":"i","hstore,text":"i"},"each":{"hstore":"i"},"exist":{"hstore,text":"i"},"exists_all":{"hstore,_text":"i"},"exists_any":{"hstore,_text":"i"},"fetchval":{"hstore,text":"i"},"ghstore_compress":{"internal":"i"},"ghstore_consistent":{"internal,hstore,int2,oid,internal":"i"},"ghstore_decompress":{"internal":"i"},"ghstore_in":{"cstring":"i"},"ghstore_options":{"internal":"i"},"ghstore_out":{"ghstore":"i"},"ghstore_penalty":{"internal,internal,internal":"i"},"ghstore_picksplit":{"internal,internal":"i"},"ghstore_same":{"ghstore,ghstore,internal":"i"},"ghstore_union":{"internal,internal":"i"},"gin_consistent_hstore":{"internal,int2,hstore,int4,internal,internal":"i"},"gin_extract_hstore":{"hstore,internal":"i"},"gin_extract_hstore_query":{"hstore,internal,int2,internal,internal":"i"},"hs_concat":{"hstore,hstore":"i"},"hs_contained":{"hstore,hstore":"i"},"hs_contains":{"hstore,hstore":"i"},"hstore":{"_text":"i","_text,_text":"i","record":"i","text,text":"i"},"hstore_cmp":{"hstore,hstore":"i"},"hstore_eq":{"hstore,hstore":"i"},"hstore_ge":{"hstore,hstore":"i"},"hstore_gt":{"hstore,hstore":"i"},"hstore_hash":{"hstore":"i"},"hstore_hash_extended":{"hstore,int8":"i"},"hstore_in":{"cstring":"i"},"hstore_le":{"hstore,hstore":"i"},"hstore_lt":{"hstore,hstore":"i"},"hstore_ne":{"hstore,hstore":"i"},"hstore_out":{"hstore":"i"},"hstore_recv":{"internal":"i"},"hstore_send":{"hstore":"i"},"hstore_subscript_handler":{"internal":"i"},"hstore_to_array":{"hstore":"i"},"hstore_to_json":{"hstore":"i"},"hstore_to_json_loose":{"hstore":"i"},"hstore_to_jsonb":{"hstore":"i"},"hstore_to_jsonb_loose":{"hstore":"i"},"hstore_to_matrix":{"hstore":"i"},"hstore_version_diag":{"hstore":"i"},"isdefined":{"hstore,text":"i"},"isexists":{"hstore,text":"i"},"populate_record":{"anyelement,hstore":"i"},"skeys":{"hstore":"i"},"slice":{"hstore,_text":"i"},"slice_array":{"hstore,_text":"i"},"svals":{"hstore":"i"},"tconvert":{"text,text":"i"}},"operators":{"#<#":{"hstore,hstore":"i"},"#<=#":{"hstore,hstore":"i"},"#=":{"anyelement,hstore":"i"},"#>#":{"hstore,hstore":"i"},"#>=#":{"hstore,hstore":"i"},"%#":{",hstore":"i"},"%%":{",hstore":"i"},"-":{"hstore,_text":"i","hstore,hstore":"i","hstore,text":"i"},"->":{"hstore,_text":"i","hstore,text":"i"},"<>":{"hstore,hstore":"i"},"<@":{"hstore,hstore":"i"},"=":{"hstore,hstore":"i"},"?":{"hstore,text":"i"},"?&":{"hstore,_text":"i"},"?|":{"hstore,_text":"i"},"@>":{"hstore,hstore":"i"},"||":{"hstore,hstore":"i"}},"casts":{"_text,hstore":"fi","hstore,json":"fi","hstore,jsonb":"fi"},"types":{"_ghstore":["b","A",-1,"","ss",""],"_hstore":["b","A",-1,"","ss",""],"ghstore":["b","U",-1,"","ii",""],"hstore":["b","U",-1,"","ii","btree_hstore_ops"]}},"intarray":{"functions":{"_int_contained":{"_int4,_int4":"i"},"_int_contained_joinsel":{"internal,oid,internal,int2,internal":"s"},"_int_contained_sel":{"internal,oid,internal,int4":"s"},"_int_contains":{"_int4,_int4":"i"},"_int_contains_joinsel":{"internal,oid,internal,int2,internal":"s"},"_int_contains_sel":{"internal,oid,internal,int4":"s"},"_int_different":{"_int4,_int4":"i"},"_int_inter":{"_int4,_int4":"i"},"_int_matchsel":{"internal,oid,internal,int4":"s"},"_int_overlap":{"_int4,_int4":"i"},"_int_overlap_joinsel":{"internal,oid,internal,int2,internal":"s"},"_int_overlap_sel":{"internal,oid,internal,int4":"s"},"_int_same":{"_int4,_int4":"i"},"_int_union":{"_int4,_int4":"i"},"_intbig_in":{"cstring":"i"},"_intbig_out":{"intbig_gkey":"i"},"boolop":{"_int4,query_int":"i"},"bqarr_in":{"cstring":"i"},"bqarr_out":{"query_int":"i"},"g_int_compress":{"internal":"i"},"g_int_consistent":{"internal,_int4,int2,oid,internal":"i"},"g_int_decompress":{"internal":"i"},"g_int_options":{"internal":"i"},"g_int_penalty":{"internal,internal,internal":"i"},"g_int_picksplit":{"internal,internal":"i"},"g_int_same":{"_int4,_int4,internal":"i"},"g_int_union":{"internal,internal":"i"},"g_intbig_compress":{"internal":"i"},"g_intbig_consistent":{"internal,_int4,int2,oid,internal":"i"},"g_intbig_decompress":{"internal":"i"},"g_intbig_options":{"internal":"i"},"g_intbig_penalty":{"internal,internal,internal":"i"},"g_intbig_picksplit":{"internal,internal":"i"},"g_intbig_same":{"intbig_gkey,intbig_gkey,internal":"i"},"g_intbig_union":{"internal,internal":"i"},"ginint4_consistent":{"internal,int2,_int4,int4,internal,internal,internal,internal":"i"},"ginint4_queryextract":{"_int4,internal,int2,internal,internal,internal,internal":"i"},"icount":{"_int4":"i"},"idx":{"_int4,int4":"i"},"intarray_del_elem":{"_int4,int4":"i"},"intarray_push_array":{"_int4,_int4":"i"},"intarray_push_elem":{"_int4,int4":"i"},"intset":{"int4":"i"},"intset_subtract":{"_int4,_int4":"i"},"intset_union_elem":{"_int4,int4":"i"},"querytree":{"query_int":"i"},"rboolop":{"query_int,_int4":"i"},"sort":{"_int4":"i","_int4,text":"i"},"sort_asc":{"_int4":"i"},"sort_desc":{"_int4":"i"},"subarray":{"_int4,int4":"i","_int4,int4,int4":"i"},"uniq":{"_int4":"i"}},"operators":{"#":{",_int4":"i","_int4,int4":"i"},"&":{"_int4,_int4":"i"},"&&":{"_int4,_int4":"i"},"+":{"_int4,_int4":"i","_int4,int4":"i"},"-":{"_int4,_int4":"i","_int4,int4":"i"},"<@":{"_int4,_int4":"i"},"@>":{"_int4,_int4":"i"},"@@":{"_int4,query_int":"i"},"|":{"_int4,_int4":"i","_int4,int4":"i"},"~~":{"query_int,_int4":"i"}},"casts":{},"types":{"_intbig_gkey":["b","A",-1,"","ss",""],"_query_int":["b","A",-1,"","ss",""],"intbig_gkey":["b","U",-1,"","ii",""],"query_int":["b","U",-1,"","ii",""]}},"isn":{"functions":{"btean13cmp":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i"},"btisbn13cmp":{"isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i"},"btisbncmp":{"isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i"},"btismn13cmp":{"ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i"},"btismncmp":{"ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i"},"btissn13cmp":{"issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i"},"btissncmp":{"issn,ean13":"i","issn,issn":"i","issn,issn13":"i"},"btupccmp":{"upc,ean13":"i","upc,upc":"i"},"ean13_in":{"cstring":"i"},"ean13_out":{"ean13":"i","isbn13":"i","ismn13":"i","issn13":"i"},"hashean13":{"ean13":"i"},"hashisbn":{"isbn":"i"},"hashisbn13":{"isbn13":"i"},"hashismn":{"ismn":"i"},"hashismn13":{"ismn13":"i"},"hashissn":{"issn":"i"},"hashissn13":{"issn13":"i"},"hashupc":{"upc":"i"},"is_valid":{"ean13":"i","isbn":"i","isbn13":"i","ismn":"i","ismn13":"i","issn":"i","issn13":"i","upc":"i"},"isbn":{"ean13":"i"},"isbn13":{"ean13":"i"},"isbn13_in":{"cstring":"i"},"isbn_in":{"cstring":"i"},"ismn":{"ean13":"i"},"ismn13":{"ean13":"i"},"ismn13_in":{"cstring":"i"},"ismn_in":{"cstring":"i"},"isn_out":{"isbn":"i","ismn":"i","issn":"i","upc":"i"},"isn_weak":{"":"s","bool":"v"},"isneq":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"isnge":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"isngt":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"isnle":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"isnlt":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"isnne":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"issn":{"ean13":"i"},"issn13":{"ean13":"i"},"issn13_in":{"cstring":"i"},"issn_in":{"cstring":"i"},"make_valid":{"ean13":"i","isbn":"i","isbn13":"i","ismn":"i","ismn13":"i","issn":"i","issn13":"i","upc":"i"},"upc":{"ean13":"i"},"upc_in":{"cstring":"i"}},"operators":{"<":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"<=":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"<>":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},"=":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},">":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"},">=":{"ean13,ean13":"i","ean13,isbn":"i","ean13,isbn13":"i","ean13,ismn":"i","ean13,ismn13":"i","ean13,issn":"i","ean13,issn13":"i","ean13,upc":"i","isbn,ean13":"i","isbn,isbn":"i","isbn,isbn13":"i","isbn13,ean13":"i","isbn13,isbn":"i","isbn13,isbn13":"i","ismn,ean13":"i","ismn,ismn":"i","ismn,ismn13":"i","ismn13,ean13":"i","ismn13,ismn":"i","ismn13,ismn13":"i","issn,ean13":"i","issn,issn":"i","issn,issn13":"i","issn13,ean13":"i","issn13,issn":"i","issn13,issn13":"i","upc,ean13":"i","upc,upc":"i"}},"casts":{"ean13,isbn":"fi","ean13,isbn13":"fi","ean13,ismn":"fi","ean13,ismn13":"fi","ean13,issn":"fi","ean13,issn13":"fi","ean13,upc":"fi","isbn,ean13":"b","isbn,isbn13":"b","isbn13,ean13":"b","isbn13,isbn":"b","ismn,ean13":"b","ismn,ismn13":"b","ismn13,ean13":"b","ismn13,ismn":"b","issn,ean13":"b","issn,issn13":"b","issn13,ean13":"b","issn13,issn":"b","upc,ean13":"b"},"types":{"_ean13":["b","A",-1,"","ss",""],"_isbn":["b","A",-1,"","ss",""],"_isbn13":["b","A",-1,"","ss",""],"_ismn":["b","A",-1,"","ss",""],"_ismn13":["b","A",-1,"","ss",""],"_issn":["b","A",-1,"","ss",""],"_issn13":["b","A",-1,"","ss",""],"_upc":["b","A",-1,"","ss",""],"ean13":["b","U",8,"","ii","ean13_ops"],"isbn":["b","U",8,"","ii","isbn_ops"],"isbn13":["b","U",8,"","ii","isbn13_ops"],"ismn":["b","U",8,"","ii","ismn_ops"],"ismn13":["b","U",8,"","ii","ismn13_ops"],"issn":["b","U",8,"","ii","issn_ops"],"issn13":["b","U",8,"","ii","issn13_ops"],"upc":["b","U",8,"","ii","upc_ops"]}},"lo":{"functions":{"lo_manage":{"":"v"},"lo_oid":{"lo":"i"}},"operators":{},"casts":{},"types":{"_lo":["b","A",-1,"","ss",""],"lo":["d","N",4,"oid","si",""]}},"ltree":{"functions":{"_lt_q_regex":{"_ltree,_lquery":"i"},"_lt_q_rregex":{"_lquery,_ltree":"i"},"_ltq_extract_regex":{"_ltree,lquery":"i"},"_ltq_regex":{"_ltree,lquery":"i"},"_ltq_rregex":{"lquery,_ltree":"i"},"_ltree_compress":{"internal":"i"},"_ltree_consistent":{"internal,_ltree,int2,oid,internal":"i"},"_ltree_extract_isparent":{"_ltree,ltree":"i"},"_ltree_extract_risparent":{"_ltree,ltree":"i"},"_ltree_gist_options":{"internal":"i"},"_ltree_isparent":{"_ltree,ltree":"i"},"_ltree_penalty":{"internal,internal,internal":"i"},"_ltree_picksplit":{"internal,internal":"i"},"_ltree_r_isparent":{"ltree,_ltree":"i"},"_ltree_r_risparent":{"ltree,_ltree":"i"},"_ltree_risparent":{"_ltree,ltree":"i"},"_ltree_same":{"ltree_gist,ltree_gist,internal":"i"},"_ltree_union":{"internal,internal":"i"},"_ltxtq_exec":{"_ltree,ltxtquery":"i"},"_ltxtq_extract_exec":{"_ltree,ltxtquery":"i"},"_ltxtq_rexec":{"ltxtquery,_ltree":"i"},"hash_ltree":{"ltree":"i"},"hash_ltree_extended":{"ltree,int8":"i"},"index":{"ltree,ltree":"i","ltree,ltree,int4":"i"},"lca":{"_ltree":"i","ltree,ltree":"i","ltree,ltree,ltree":"i","ltree,ltree,ltree,ltree":"i","ltree,ltree,ltree,ltree,ltree":"i","ltree,ltree,ltree,ltree,ltree,ltree":"i","ltree,ltree,ltree,ltree,ltree,ltree,ltree":"i","ltree,ltree,ltree,ltree,ltree,ltree,ltree,ltree":"i"},"lquery_in":{"cstring":"i"},"lquery_out":{"lquery":"i"},"lquery_recv":{"internal":"i"},"lquery_send":{"lquery":"i"},"lt_q_regex":{"ltree,_lquery":"i"},"lt_q_rregex":{"_lquery,ltree":"i"},"ltq_regex":{"ltree,lquery":"i"},"ltq_rregex":{"lquery,ltree":"i"},"ltree2text":{"ltree":"i"},"ltree_addltree":{"ltree,ltree":"i"},"ltree_addtext":{"ltree,text":"i"},"ltree_cmp":{"ltree,ltree":"i"},"ltree_compress":{"internal":"i"},"ltree_consistent":{"internal,ltree,int2,oid,internal":"i"},"ltree_decompress":{"internal":"i"},"ltree_eq":{"ltree,ltree":"i"},"ltree_ge":{"ltree,ltree":"i"},"ltree_gist_in":{"cstring":"i"},"ltree_gist_options":{"internal":"i"},"ltree_gist_out":{"ltree_gist":"i"},"ltree_gt":{"ltree,ltree":"i"},"ltree_in":{"cstring":"i"},"ltree_isparent":{"ltree,ltree":"i"},"ltree_le":{"ltree,ltree":"i"},"ltree_lt":{"ltree,ltree":"i"},"ltree_ne":{"ltree,ltree":"i"},"ltree_out":{"ltree":"i"},"ltree_penalty":{"internal,internal,internal":"i"},"ltree_picksplit":{"internal,internal":"i"},"ltree_recv":{"internal":"i"},"ltree_risparent":{"ltree,ltree":"i"},"ltree_same":{"ltree_gist,ltree_gist,internal":"i"},"ltree_send":{"ltree":"i"},"ltree_textadd":{"text,ltree":"i"},"ltree_union":{"internal,internal":"i"},"ltreeparentsel":{"internal,oid,internal,int4":"i"},"ltxtq_exec":{"ltree,ltxtquery":"i"},"ltxtq_in":{"cstring":"i"},"ltxtq_out":{"ltxtquery":"i"},"ltxtq_recv":{"internal":"i"},"ltxtq_rexec":{"ltxtquery,ltree":"i"},"ltxtq_send":{"ltxtquery":"i"},"nlevel":{"ltree":"i"},"subltree":{"ltree,int4,int4":"i"},"subpath":{"ltree,int4":"i","ltree,int4,int4":"i"},"text2ltree":{"text":"i"}},"operators":{"<":{"ltree,ltree":"i"},"<=":{"ltree,ltree":"i"},"<>":{"ltree,ltree":"i"},"<@":{"_ltree,ltree":"i","ltree,_ltree":"i","ltree,ltree":"i"},"=":{"ltree,ltree":"i"},">":{"ltree,ltree":"i"},">=":{"ltree,ltree":"i"},"?":{"_lquery,_ltree":"i","_lquery,ltree":"i","_ltree,_lquery":"i","ltree,_lquery":"i"},"?<@":{"_ltree,ltree":"i"},"?@":{"_ltree,ltxtquery":"i"},"?@>":{"_ltree,ltree":"i"},"?~":{"_ltree,lquery":"i"},"@":{"_ltree,ltxtquery":"i","ltree,ltxtquery":"i","ltxtquery,_ltree":"i","ltxtquery,ltree":"i"},"@>":{"_ltree,ltree":"i","ltree,_ltree":"i","ltree,ltree":"i"},"^<@":{"_ltree,ltree":"i","ltree,_ltree":"i","ltree,ltree":"i"},"^?":{"_lquery,_ltree":"i","_lquery,ltree":"i","_ltree,_lquery":"i","ltree,_lquery":"i"},"^@":{"_ltree,ltxtquery":"i","ltree,ltxtquery":"i","ltxtquery,_ltree":"i","ltxtquery,ltree":"i"},"^@>":{"_ltree,ltree":"i","ltree,_ltree":"i","ltree,ltree":"i"},"^~":{"_ltree,lquery":"i","lquery,_ltree":"i","lquery,ltree":"i","ltree,lquery":"i"},"||":{"ltree,ltree":"i","ltree,text":"i","text,ltree":"i"},"~":{"_ltree,lquery":"i","lquery,_ltree":"i","lquery,ltree":"i","ltree,lquery":"i"}},"casts":{},"types":{"_lquery":["b","A",-1,"","ss",""],"_ltree":["b","A",-1,"","ss",""],"_ltree_gist":["b","A",-1,"","ss",""],"_ltxtquery":["b","A",-1,"","ss",""],"lquery":["b","U",-1,"","ii",""],"ltree":["b","U",-1,"","ii","ltree_ops"],"ltree_gist":["b","U",-1,"","ii",""],"ltxtquery":["b","U",-1,"","ii",""]}},"pageinspect":{"functions":{"brin_metapage_info":{"bytea":"v"},"brin_page_items":{"bytea,regclass":"v"},"brin_page_type":{"bytea":"v"},"brin_revmap_data":{"bytea":"v"},"bt_metap":{"text":"v"},"bt_multi_page_stats":{"text,int8,int8":"v"},"bt_page_items":{"bytea":"v","text,int8":"v"},"bt_page_stats":{"text,int8":"v"},"fsm_page_contents":{"bytea":"v"},"get_raw_page":{"text,int8":"v","text,text,int8":"v"},"gin_leafpage_items":{"bytea":"v"},"gin_metapage_info":{"bytea":"v"},"gin_page_opaque_info":{"bytea":"v"},"gist_page_items":{"bytea,regclass":"v"},"gist_page_items_bytea":{"bytea":"v"},"gist_page_opaque_info":{"bytea":"v"},"hash_bitmap_info":{"regclass,int8":"v"},"hash_metapage_info":{"bytea":"v"},"hash_page_items":{"bytea":"v"},"hash_page_stats":{"bytea":"v"},"hash_page_type":{"bytea":"v"},"heap_page_item_attrs":{"bytea,regclass":"v","bytea,regclass,bool":"v"},"heap_page_items":{"bytea":"v"},"heap_tuple_infomask_flags":{"int4,int4":"v"},"page_checksum":{"bytea,int8":"v"},"page_header":{"bytea":"v"},"tuple_data_split":{"oid,bytea,int4,int4,text":"v","oid,bytea,int4,int4,text,bool":"v"}},"operators":{},"casts":{},"types":{}},"pg_buffercache":{"functions":{"pg_buffercache_evict":{"int4":"v"},"pg_buffercache_evict_all":{"":"v"},"pg_buffercache_evict_relation":{"regclass":"v"},"pg_buffercache_numa_pages":{"":"v"},"pg_buffercache_pages":{"":"v"},"pg_buffercache_summary":{"":"v"},"pg_buffercache_usage_counts":{"":"v"}},"operators":{},"casts":{},"types":{"_pg_buffercache":["b","A",-1,"","ss",""],"_pg_buffercache_numa":["b","A",-1,"","ss",""],"pg_buffercache":["c","C",-1,"","ss",""],"pg_buffercache_numa":["c","C",-1,"","ss",""]}},"pg_freespacemap":{"functions":{"pg_freespace":{"regclass":"v","regclass,int8":"v"}},"operators":{},"casts":{},"types":{}},"pg_logicalinspect":{"functions":{"pg_get_logical_snapshot_info":{"text":"v"},"pg_get_logical_snapshot_meta":{"text":"v"}},"operators":{},"casts":{},"types":{}},"pg_stat_statements":{"functions":{"pg_stat_statements":{"bool":"v"},"pg_stat_statements_info":{"":"v"},"pg_stat_statements_reset":{"oid,oid,int8,bool":"v"}},"operators":{},"casts":{},"types":{"_pg_stat_statements":["b","A",-1,"","ss",""],"_pg_stat_statements_info":["b","A",-1,"","ss",""],"pg_stat_statements":["c","C",-1,"","ss",""],"pg_stat_statements_info":["c","C",-1,"","ss",""]}},"pg_surgery":{"functions":{"heap_force_freeze":{"regclass,_tid":"v"},"heap_force_kill":{"regclass,_tid":"v"}},"operators":{},"casts":{},"types":{}},"pg_trgm":{"functions":{"gin_extract_query_trgm":{"text,internal,int2,internal,internal,internal,internal":"i"},"gin_extract_value_trgm":{"text,internal":"i"},"gin_trgm_consistent":{"internal,int2,text,int4,internal,internal,internal,internal":"i"},"gin_trgm_triconsistent":{"internal,int2,text,int4,internal,internal,internal":"i"},"gtrgm_compress":{"internal":"i"},"gtrgm_consistent":{"internal,text,int2,oid,internal":"i"},"gtrgm_decompress":{"internal":"i"},"gtrgm_distance":{"internal,text,int2,oid,internal":"i"},"gtrgm_in":{"cstring":"i"},"gtrgm_options":{"internal":"i"},"gtrgm_out":{"gtrgm":"i"},"gtrgm_penalty":{"internal,internal,internal":"i"},"gtrgm_picksplit":{"internal,internal":"i"},"gtrgm_same":{"gtrgm,gtrgm,internal":"i"},"gtrgm_union":{"internal,internal":"i"},"set_limit":{"float4":"v"},"show_limit":{"":"s"},"show_trgm":{"text":"i"},"similarity":{"text,text":"i"},"similarity_dist":{"text,text":"i"},"similarity_op":{"text,text":"s"},"strict_word_similarity":{"text,text":"i"},"strict_word_similarity_commutator_op":{"text,text":"s"},"strict_word_similarity_dist_commutator_op":{"text,text":"i"},"strict_word_similarity_dist_op":{"text,text":"i"},"strict_word_similarity_op":{"text,text":"s"},"word_similarity":{"text,text":"i"},"word_similarity_commutator_op":{"text,text":"s"},"word_similarity_dist_commutator_op":{"text,text":"i"},"word_similarity_dist_op":{"text,text":"i"},"word_similarity_op":{"text,text":"s"}},"operators":{"%":{"text,text":"s"},"%>":{"text,text":"s"},"%>>":{"text,text":"s"},"<%":{"text,text":"s"},"<->":{"text,text":"i"},"<->>":{"text,text":"i"},"<->>>":{"text,text":"i"},"<<%":{"text,text":"s"},"<<->":{"text,text":"i"},"<<<->":{"text,text":"i"}},"casts":{},"types":{"_gtrgm":["b","A",-1,"","ss",""],"gtrgm":["b","U",-1,"","ii",""]}},"pg_visibility":{"functions":{"pg_check_frozen":{"regclass":"v"},"pg_check_visible":{"regclass":"v"},"pg_truncate_visibility_map":{"regclass":"v"},"pg_visibility":{"regclass":"v","regclass,int8":"v"},"pg_visibility_map":{"regclass":"v","regclass,int8":"v"},"pg_visibility_map_summary":{"regclass":"v"}},"operators":{},"casts":{},"types":{}},"pg_walinspect":{"functions":{"pg_get_wal_block_info":{"pg_lsn,pg_lsn,bool":"v"},"pg_get_wal_record_info":{"pg_lsn":"v"},"pg_get_wal_records_info":{"pg_lsn,pg_lsn":"v"},"pg_get_wal_stats":{"pg_lsn,pg_lsn,bool":"v"}},"operators":{},"casts":{},"types":{}},"pgcrypto":{"functions":{"armor":{"bytea":"i","bytea,_text,_text":"i"},"crypt":{"text,text":"i"},"dearmor":{"text":"i"},"decrypt":{"bytea,bytea,text":"i"},"decrypt_iv":{"bytea,bytea,bytea,text":"i"},"digest":{"bytea,text":"i","text,text":"i"},"encrypt":{"bytea,bytea,text":"i"},"encrypt_iv":{"bytea,bytea,bytea,text":"i"},"fips_mode":{"":"v"},"gen_random_bytes":{"int4":"v"},"gen_random_uuid":{"":"v"},"gen_salt":{"text":"v","text,int4":"v"},"hmac":{"bytea,bytea,text":"i","text,text,text":"i"},"pgp_armor_headers":{"text":"i"},"pgp_key_id":{"bytea":"i"},"pgp_pub_decrypt":{"bytea,bytea":"i","bytea,bytea,text":"i","bytea,bytea,text,text":"i"},"pgp_pub_decrypt_bytea":{"bytea,bytea":"i","bytea,bytea,text":"i","bytea,bytea,text,text":"i"},"pgp_pub_encrypt":{"text,bytea":"v","text,bytea,text":"v"},"pgp_pub_encrypt_bytea":{"bytea,bytea":"v","bytea,bytea,text":"v"},"pgp_sym_decrypt":{"bytea,text":"i","bytea,text,text":"i"},"pgp_sym_decrypt_bytea":{"bytea,text":"i","bytea,text,text":"i"},"pgp_sym_encrypt":{"text,text":"v","text,text,text":"v"},"pgp_sym_encrypt_bytea":{"bytea,text":"v","bytea,text,text":"v"}},"operators":{},"casts":{},"types":{}},"seg":{"functions":{"gseg_consistent":{"internal,seg,int2,oid,internal":"i"},"gseg_penalty":{"internal,internal,internal":"i"},"gseg_picksplit":{"internal,internal":"i"},"gseg_same":{"seg,seg,internal":"i"},"gseg_union":{"internal,internal":"i"},"seg_center":{"seg":"i"},"seg_cmp":{"seg,seg":"i"},"seg_contained":{"seg,seg":"i"},"seg_contains":{"seg,seg":"i"},"seg_different":{"seg,seg":"i"},"seg_ge":{"seg,seg":"i"},"seg_gt":{"seg,seg":"i"},"seg_in":{"cstring":"i"},"seg_inter":{"seg,seg":"i"},"seg_le":{"seg,seg":"i"},"seg_left":{"seg,seg":"i"},"seg_lower":{"seg":"i"},"seg_lt":{"seg,seg":"i"},"seg_out":{"seg":"i"},"seg_over_left":{"seg,seg":"i"},"seg_over_right":{"seg,seg":"i"},"seg_overlap":{"seg,seg":"i"},"seg_right":{"seg,seg":"i"},"seg_same":{"seg,seg":"i"},"seg_size":{"seg":"i"},"seg_union":{"seg,seg":"i"},"seg_upper":{"seg":"i"}},"operators":{"&&":{"seg,seg":"i"},"&<":{"seg,seg":"i"},"&>":{"seg,seg":"i"},"<":{"seg,seg":"i"},"<<":{"seg,seg":"i"},"<=":{"seg,seg":"i"},"<>":{"seg,seg":"i"},"<@":{"seg,seg":"i"},"=":{"seg,seg":"i"},">":{"seg,seg":"i"},">=":{"seg,seg":"i"},">>":{"seg,seg":"i"},"@>":{"seg,seg":"i"}},"casts":{},"types":{"_seg":["b","A",-1,"","ss",""],"seg":["b","U",12,"","ii","seg_ops"]}},"tablefunc":{"functions":{"connectby":{"text,text,text,text,int4":"s","text,text,text,text,int4,text":"s","text,text,text,text,text,int4":"s","text,text,text,text,text,int4,text":"s"},"crosstab":{"text":"s","text,int4":"s","text,text":"s"},"crosstab2":{"text":"s"},"crosstab3":{"text":"s"},"crosstab4":{"text":"s"},"normal_rand":{"int4,float8,float8":"v"}},"operators":{},"casts":{},"types":{"_tablefunc_crosstab_2":["b","A",-1,"","ss",""],"_tablefunc_crosstab_3":["b","A",-1,"","ss",""],"_tablefunc_crosstab_4":["b","A",-1,"","ss",""],"tablefunc_crosstab_2":["c","C",-1,"","ss",""],"tablefunc_crosstab_3":["c","C",-1,"","ss",""],"tablefunc_crosstab_4":["c","C",-1,"","ss",""]}},"tcn":{"functions":{"triggered_change_notification":{"":"v"}},"operators":{},"casts":{},"types":{}},"tsm_system_rows":{"functions":{"system_rows":{"internal":"v"}},"operators":{},"casts":{},"types":{}},"tsm_system_time":{"functions":{"system_time":{"internal":"v"}},"operators":{},"casts":{},"types":{}},"unaccent":{"functions":{"unaccent":{"regdictionary,text":"s","text":"s"},"unaccent_init":{"internal":"v"},"unaccent_lexize":{"internal,internal,internal,internal":"v"}},"operators":{},"casts":{},"types":{}},"uuid-ossp":{"functions":{"uuid_generate_v1":{"":"v"},"uuid_generate_v1mc":{"":"v"},"uuid_generate_v3":{"uuid,text":"i"},"uuid_generate_v4":{"":"v"},"uuid_generate_v5":{"uuid,text":"i"},"uuid_nil":{"":"i"},"uuid_ns_dns":{"":"i"},"uuid_ns_oid":{"":"i"},"uuid_ns_url":{"":"i"},"uuid_ns_x500":{"":"i"}},"operators":{},"casts":{},"types":{}}}}');
;// CONCATENATED MODULE: ./src/model/catalog/pg-facts.ts
/**
 * What PostgreSQL's own catalogs say about its built-in objects and those of the contrib
 * extensions PGlite ships: pg-facts.json, generated from embedded PostgreSQL 18 by
 * scripts/gen-pg-facts.mjs (the shapes are described there; test/model/pg-facts.test.ts
 * regenerates it and fails on any difference).
 */

const facts = pg_facts_namespaceObject;
const sets = [facts, ...Object.values(facts.extensions)];
/** The PostgreSQL version the facts come from (server_version_num). */
const FACTS_VERSION = facts.postgres;
function overloads(kind, name, extensionsOnly = false) {
    const out = [];
    for (const s of extensionsOnly ? sets.slice(1) : sets) {
        const byArgs = Object.hasOwn(s[kind], name) ? s[kind][name] : undefined;
        for (const [args, vol] of Object.entries(byArgs ?? {})) {
            out.push({ args: kind === 'operators' ? args.split(',') : args === '' ? [] : args.split(','), volatility: (vol || 'i') });
        }
    }
    return out;
}
/**
 * Built-in (and contrib) functions of that name (pg_proc, prokind 'f'); [] when none. With
 * extensionsOnly, only the contrib extensions' (which live in whatever schema CREATE EXTENSION chose).
 */
function builtinFunctions(name, extensionsOnly = false) {
    return overloads('functions', name, extensionsOnly);
}
/** Built-in operators of that name: args are [left, right], "" for a prefix operator's left side. */
function builtinOperators(name) {
    return overloads('operators', name);
}
function castFact(source, target) {
    for (const s of sets) {
        const f = s.casts[`${source},${target}`];
        if (f)
            return { method: f[0], volatility: f[1] || undefined };
    }
    return undefined;
}
/** Every pg_cast row whose target is this type. */
function castsTo(target) {
    const out = [];
    for (const s of sets) {
        for (const [key, f] of Object.entries(s.casts)) {
            if (key.slice(key.indexOf(',') + 1) === target)
                out.push({ method: f[0], volatility: f[1] || undefined });
        }
    }
    return out;
}
function typeFact(name) {
    for (const s of sets) {
        const t = Object.hasOwn(s.types, name) ? s.types[name] : undefined;
        if (t) {
            const [typtype, category, length, base, io, btree] = t;
            return { typtype, category, length, base: base || undefined, input: (io[0] ?? 'v'), output: (io[1] ?? 'v'), btreeOpclass: btree || undefined };
        }
    }
    return undefined;
}
/** The extensions whose objects the facts hold. */
function factExtensions() {
    return Object.keys(facts.extensions);
}
/** pg_type.typname of a TypeName node: int4, varchar, _text (text[]); user types by their last name. */
function typnameOf(t) {
    const names = (t?.['names'] ?? []).map((n) => n.String?.sval ?? '');
    const last = names[names.length - 1];
    if (!last)
        return undefined;
    const base = ALIASES[last] && (names.length === 1 || names[0] === 'pg_catalog') ? ALIASES[last] : last;
    return t?.['arrayBounds'] ? `_${base}` : base;
}
/** Type names PostgreSQL accepts that are not pg_type.typname (parser.c leaves few of them). */
const ALIASES = { int: 'int4', integer: 'int4', smallint: 'int2', bigint: 'int8', real: 'float4', decimal: 'numeric', boolean: 'bool' };


/***/ }),

/***/ 2282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XK: () => (/* binding */ checksumMatches),
/* harmony export */   qp: () => (/* binding */ flywayChecksum),
/* harmony export */   zJ: () => (/* binding */ migrationChecksums)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Flyway's checksum of a migration: CRC32 over the UTF-8 bytes of its lines with the line
 * terminators (\n, \r\n, \r) removed and a leading BOM stripped, as a signed 32-bit integer.
 * `text` is the decoded file content (BOM already removed by decodeSql).
 */
function flywayChecksum(text) {
    const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // In chunks, chaining the CRC: removing the terminators of a 50 MB text at once costs two
    // more copies of it (a string and its UTF-8 bytes). Every \r and \n goes, so a \r\n split
    // between chunks is no problem; a surrogate pair must not be split (each half alone would
    // encode as U+FFFD).
    let crc = 0;
    for (let i = from; i < text.length;) {
        let end = Math.min(text.length, i + CHUNK);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end++;
        crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(text.slice(i, end).replace(/[\r\n]/g, ''), crc);
        i = end;
    }
    return crc | 0;
}
const CHUNK = 1 << 16;
/**
 * The checksums Flyway gives a SQL migration (SqlMigrationResolver.getChecksumForLoadableResource
 * and getEquivalentChecksumForLoadableResource, since Flyway 6.3.0, "Fix #2177: Repeatable
 * Migration not executed after changing Placeholder Value"; the native-connectors path, flyway-nc
 * MigrationScannerManager, applies the same rule):
 * - versioned: ChecksumCalculator over the file as written; placeholder values do not count.
 * - repeatable with placeholder replacement on: ChecksumCalculator over the text after placeholder
 *   replacement (a PlaceholderReplacingReader around the file, ${flyway:filename} set first), so a
 *   new value re-applies it; the checksum of the file as written is its equivalentChecksum.
 * - repeatable with placeholder replacement off: the file as written, and the same equivalentChecksum.
 * `written` is the decoded file, `replaced` the same text after substitutePlaceholders (or `written`
 * when replacement is off). Both are hashed by flywayChecksum: lines without terminators, BOM dropped.
 */
function migrationChecksums(repeatable, written, replaced) {
    const asWritten = flywayChecksum(written);
    if (!repeatable)
        return { checksum: asWritten };
    return { checksum: replaced === written ? asWritten : flywayChecksum(replaced), equivalentChecksum: asWritten };
}
/**
 * Whether a schema history checksum matches a migration: Flyway's ResolvedMigrationImpl.checksumMatches
 * (the checksum, or for a repeatable its equivalentChecksum: a row written before Flyway 6.3, or by
 * a tool that ignored placeholder values, still counts as applied).
 */
function checksumMatches(m, applied) {
    return applied === m.checksum || (m.equivalentChecksum !== undefined && applied === m.equivalentChecksum);
}


/***/ }),

/***/ 8692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ks: () => (/* binding */ NOT_PARSED),
  fT: () => (/* binding */ assemble),
  E2: () => (/* binding */ ghostFile),
  Mm: () => (/* binding */ inChangeSet),
  hs: () => (/* binding */ prepareProject)
});

// UNUSED EXPORTS: buildProject, compareMigrations

// EXTERNAL MODULE: ./src/load/naming.ts
var naming = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/load/placeholders.ts
var placeholders = __webpack_require__(5532);
// EXTERNAL MODULE: ./src/load/text.ts
var load_text = __webpack_require__(3497);
// EXTERNAL MODULE: ./src/load/version.ts
var version = __webpack_require__(8472);
// EXTERNAL MODULE: ./src/parse/parser.ts + 4 modules
var parser = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/model/checksum.ts
var checksum = __webpack_require__(2282);
;// CONCATENATED MODULE: ./src/load/layouts/envsub.ts
/**
 * goose's `-- +goose ENVSUB ON` … `OFF`: each SQL line in between is expanded from the
 * environment before it is sent (goose internal/sqlparser/parser.go, `interpolate.Interpolate`
 * with os.LookupEnv). The expansion is mfridman/interpolate's (parser.go, interpolate.go), read as
 * of its HEAD:
 * - `\\` stays `\\`; `\$` and `$$` become `$` (so a `$$` function body loses a dollar); `$(` stays;
 * - `$name` and `${name}`: the value, empty when unset; a name starts with a letter, then letters,
 *   digits, `_`; a `$` before anything else (`$1`) is an error ("Expected identifier to start with
 *   a letter") and goose refuses the file ("variable substitution failed");
 * - `${name:-word}` (word when unset or empty), `${name-word}` (when unset), `${name?word}` (an
 *   error when unset), `${name:offset[:length]}` (a substring).
 */

class LineParser {
    s;
    env;
    pos = 0;
    /** Variables expanded without a value (unset, no default), and whether a `$$` was halved. */
    unset = [];
    halved = false;
    constructor(s, env) {
        this.s = s;
        this.env = env;
    }
    peek() {
        return this.s[this.pos] ?? '';
    }
    /** An expression up to (not including) one of `stop`; returns its expansion. */
    expression(stop = '') {
        let out = '';
        while (this.pos < this.s.length && !stop.includes(this.peek())) {
            const rest = this.s.slice(this.pos);
            if (rest.startsWith('\\\\')) {
                out += '\\\\';
                this.pos += 2;
            }
            else if (rest.startsWith('\\$') || rest.startsWith('$$')) {
                if (rest.startsWith('$$'))
                    this.halved = true;
                out += '$';
                this.pos += 2;
            }
            else if (rest.startsWith('$(')) {
                out += '$(';
                this.pos += 2;
            }
            else if (rest[0] === '$' && this.pos < this.s.length - 1) {
                out += this.expansion();
            }
            else {
                out += rest[0];
                this.pos++;
            }
        }
        return out;
    }
    value(name) {
        const v = this.env[name];
        if (v === undefined)
            this.unset.push(name);
        return v ?? '';
    }
    identifier() {
        const m = /^[\p{L}][\p{L}\p{N}_]*/u.exec(this.s.slice(this.pos));
        if (!m)
            throw new Error(`"$" followed by ${JSON.stringify(this.peek() || 'the end of the line')}: goose's ENVSUB expects a variable name starting with a letter`);
        this.pos += m[0].length;
        return m[0];
    }
    expansion() {
        this.pos++; // $
        if (this.peek() !== '{')
            return this.value(this.identifier());
        this.pos++; // {
        const name = this.identifier();
        const value = this.env[name];
        const op = this.s[this.pos++];
        let out;
        if (op === '}')
            return this.value(name);
        if (op === ':' && this.peek() === '-') {
            this.pos++;
            const word = this.expression('}');
            out = value ? value : word;
        }
        else if (op === '-') {
            const word = this.expression('}');
            out = value !== undefined ? value : word;
        }
        else if (op === '?') {
            const word = this.expression('}');
            if (value === undefined)
                throw new Error(`$${name}: ${word || 'not set'} (\${${name}?…} requires it)`);
            out = value;
        }
        else if (op === ':') {
            const m = /^\s*(-?\d+)(?::(\d+))?/.exec(this.s.slice(this.pos));
            if (!m)
                throw new Error(`\${${name}:…} needs an offset`);
            this.pos += m[0].length;
            const v = value ?? '';
            const offset = Number(m[1]);
            const start = offset < 0 ? Math.max(v.length + offset, 0) : Math.min(offset, v.length);
            out = m[2] === undefined ? v.slice(start) : v.slice(start, start + Number(m[2]));
        }
        else {
            throw new Error(`\${${name}${op ?? ''}…}: goose's ENVSUB expects }, :-, -, ? or : after the name`);
        }
        if (this.s[this.pos++] !== '}')
            throw new Error(`\${${name}…} is not closed with }`);
        return out;
    }
}
/** `text` with each of `lines` ([start, end) offsets of whole lines) expanded as goose's ENVSUB expands it. */
function expandEnvsub(text, lines, env) {
    const replacements = [];
    const problems = [];
    let out = '';
    let at = 0;
    for (const [start, end] of lines) {
        const line = text.slice(start, end);
        if (!line.includes('$') && !line.includes('\\'))
            continue;
        let expanded;
        const parser = new LineParser(line, env);
        try {
            expanded = parser.expression();
            if (parser.halved)
                problems.push({ offset: start, message: 'goose\'s ENVSUB turns "$$" into "$" on this line, so a dollar-quoted body is sent broken', help: 'Put `-- +goose ENVSUB OFF` before the function or DO block, or write "$$$$" for "$$".' });
            for (const name of parser.unset)
                problems.push({ offset: start, message: `\${${name}} is not set in this environment: goose would send an empty string in its place`, help: `Set ${name} when running migration-guard, as it is set when goose runs, or give a default: \${${name}:-value}.` });
        }
        catch (e) {
            problems.push({ offset: start, message: `${e.message}; goose refuses the file ("variable substitution failed")` });
            continue;
        }
        if (expanded === line)
            continue;
        out += text.slice(at, start);
        const newStart = out.length;
        out += expanded;
        replacements.push({ origStart: start, origEnd: end, newStart, newEnd: out.length });
        at = end;
    }
    out += text.slice(at);
    return { text: out, problems, map: new placeholders/* OffsetMap */.cF(replacements) };
}

;// CONCATENATED MODULE: ./src/load/layouts/replace.ts
/**
 * A runner's own text replacements (`layout: { replace: … }`): each occurrence of a text as written,
 * left to right, replaced with the text the runner sends (river's `/* TEMPLATE: schema *\/`).
 */

function replaceTexts(text, pairs) {
    const replacements = [];
    let out = '';
    let at = 0;
    while (at < text.length) {
        // The earliest occurrence of any of the texts from here (the first listed on a tie).
        let best;
        for (const [from, to] of pairs) {
            const index = text.indexOf(from, at);
            if (index >= 0 && (!best || index < best.index))
                best = { index, from, to };
        }
        if (!best)
            break;
        out += text.slice(at, best.index);
        const newStart = out.length;
        out += best.to;
        replacements.push({ origStart: best.index, origEnd: best.index + best.from.length, newStart, newEnd: out.length });
        at = best.index + best.from.length;
    }
    out += text.slice(at);
    return { text: out, map: new placeholders/* OffsetMap */.cF(replacements) };
}

;// CONCATENATED MODULE: ./src/model/layout-project.ts






/** A text with everything outside `keep` turned into spaces (line breaks kept): offsets and lines stay the same. */
function blankOutside(text, keep) {
    let out = '';
    let at = 0;
    for (const [from, to] of [...keep].sort((a, b) => a[0] - b[0])) {
        if (from > at)
            out += text.slice(at, from).replace(/[^\r\n]/g, ' ');
        if (to > Math.max(from, at))
            out += text.slice(Math.max(from, at), to);
        at = Math.max(at, to);
    }
    return out + text.slice(at).replace(/[^\r\n]/g, ' ');
}
/**
 * Another runner's layout: the layout reads the decoded files (names, directives, sections) and
 * each unit it finds — a file, or one direction of a file — becomes a MigrationFile. No Flyway
 * placeholders: other runners send the file as written. Files under `seedsDir` stay seeds.
 */
function prepareLayout(root, sources, opts, layout, rollbackPattern) {
    const seedsPrefix = opts.seedsDir.endsWith('/') ? opts.seedsDir : `${opts.seedsDir}/`;
    const decode = (list) => list.map((s) => ({ s, decoded: (0,load_text/* decodeSql */.xM)(s.bytes, opts.encoding) }));
    const unitsOf = (list) => {
        const migrations = list.filter(({ s }) => !s.rel.startsWith(seedsPrefix));
        const units = layout.read(migrations.map(({ s, decoded }) => ({ rel: s.rel, text: decoded.problem ? '' : decoded.text })));
        const extra = new Set(layout.extraFiles);
        const isExtra = (rel) => extra.has(rel.slice(rel.lastIndexOf('/') + 1));
        return { units, seeds: list.filter(({ s }) => s.rel.startsWith(seedsPrefix) && !isExtra(s.rel)), isExtra };
    };
    let base;
    if (opts.base) {
        base = new Map();
        const decodedBase = decode(opts.base);
        const byRel = new Map(decodedBase.map((d) => [d.s.rel, d]));
        const { units, isExtra } = unitsOf(decodedBase);
        for (const u of units) {
            const d = byRel.get(u.rel);
            if (!d || isExtra(u.rel) || base.has(u.rel))
                continue;
            const companionText = companionsOf(u, byRel);
            base.set(u.rel, { rel: u.rel, path: d.s.path, bytes: d.s.bytes, kind: u.kind, version: u.version, description: u.description, text: d.decoded.text, checksum: (0,checksum/* flywayChecksum */.qp)(d.decoded.text), ...(companionText !== undefined ? { companionText } : {}) });
        }
    }
    const decoded = decode(sources);
    const byRel = new Map(decoded.map((d) => [d.s.rel, d]));
    const { units, seeds } = unitsOf(decoded);
    const seedUnits = seeds.map(({ s }) => ({ rel: s.rel, kind: 'seed' }));
    const byText = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    const files = [...units, ...seedUnits]
        .filter((u) => byRel.has(u.rel))
        .map((u) => {
        const f = layoutFile(byRel.get(u.rel).s, byRel.get(u.rel).decoded, u, root, base, opts.env ?? {}, layout.replace);
        const companionText = companionsOf(u, byRel);
        return companionText === undefined ? f : { ...f, companionText };
    })
        .sort((a, b) => byText(a.rel, b.rel) || (a.section === 'down' ? 1 : 0) - (b.section === 'down' ? 1 : 0));
    return {
        texts: files.map((f) => f.text),
        finish(parsed) {
            files.forEach((f, i) => (f.parsed = parsed[i]));
            return assemble(root, opts.locations?.length ? opts.locations : [root], rollbackPattern, files, base, opts);
        },
    };
}
/** The joined text of a unit's companion files (diesel's metadata.toml), or undefined when it has none. */
function companionsOf(u, byRel) {
    if (!u.companions?.length)
        return undefined;
    return u.companions.map((rel) => `${rel}\n${byRel.get(rel)?.decoded.text ?? ''}`).join('\n');
}
function layoutFile(s, decoded, u, root, base, env, replace) {
    const source = decoded.problem ? '' : decoded.text;
    const blanked = u.keep ? blankOutside(source, u.keep) : source;
    // goose's ENVSUB: the text goose sends, positions mapped back to the file as written.
    const expanded = u.envsub ? expandEnvsub(blanked, u.envsub, env) : undefined;
    // A runner's own replacements (layout replace:), on what goose's ENVSUB left.
    const replaced = replace?.length ? replaceTexts(expanded ? expanded.text : blanked, replace) : undefined;
    const text = replaced ? replaced.text : expanded ? expanded.text : blanked;
    const envMap = expanded?.map ?? placeholders/* OffsetMap */.cF.identity;
    const map = replaced ? { toOriginal: (o) => envMap.toOriginal(replaced.map.toOriginal(o)) } : envMap;
    const inText = (offset) => {
        const e = expanded ? expanded.map.toReplaced(offset) : offset;
        return replaced ? replaced.map.toReplaced(e) : e;
    };
    const chunks = u.chunks && (expanded || replaced) ? u.chunks.map(([a, b]) => [inText(a), inText(b)]) : u.chunks;
    const formatProblems = [...(u.formatProblems ?? []), ...(expanded?.problems ?? [])].map((p) => ({ ...p, offset: inText(p.offset) }));
    const lines = new load_text/* LineIndex */.rr(decoded.text);
    return {
        path: s.path,
        rel: s.rel,
        location: s.location ?? root,
        kind: u.kind,
        version: u.version,
        description: u.description,
        namingProblem: u.problem,
        decoded,
        text,
        parsed: NOT_PARSED,
        unknownPlaceholders: [],
        checksum: (0,checksum/* flywayChecksum */.qp)(decoded.text),
        isNew: base ? !base.has(s.rel) : true,
        position: (offset) => lines.position(map.toOriginal(offset)),
        lines,
        ...(u.execution ? { execution: u.execution } : {}),
        ...(u.section ? { section: u.section } : {}),
        ...(u.sectionStart !== undefined ? { sectionStart: inText(u.sectionStart) } : {}),
        ...(chunks ? { chunks } : {}),
        ...(formatProblems.length ? { formatProblems } : {}),
    };
}

;// CONCATENATED MODULE: ./src/model/project.ts
/**
 * The migration model: a migrations directory's files, classified (versioned, repeatable,
 * rollback, seed), decoded, placeholder-substituted and parsed, in Flyway's execution order.
 * Pure: files come in as bytes, nothing here touches the disk or git.
 */







function kindOrder(f) {
    return f.kind === 'versioned' ? 0 : f.kind === 'repeatable' ? 1 : 2;
}
/** Flyway's execution order: versions ascending, then repeatables by description. */
function compareMigrations(a, b) {
    const k = kindOrder(a) - kindOrder(b);
    if (k !== 0)
        return k;
    if (a.version && b.version) {
        const c = (0,version/* compareVersions */.Zy)(a.version, b.version);
        if (c !== 0)
            return c;
    }
    const d = (a.description ?? '').localeCompare(b.description ?? '');
    return d !== 0 ? d : a.rel.localeCompare(b.rel);
}
/**
 * Whether a migration is in the change set `check` verifies: new at the base (always, without
 * --base) and named (every one, without PATHs). check's database state cache caches the chain
 * before the first such migration, so both must agree.
 */
function inChangeSet(project, m) {
    return m.isNew && (!project.targets || project.targets.has(m.rel));
}
/** Parses in-process; see `prepareProject` to parse elsewhere (e.g. on worker threads). */
function buildProject(root, sources, opts) {
    const prepared = prepareProject(root, sources, opts);
    return prepared.finish(prepared.texts.map(parseSql));
}
/** Everything but parsing, which is left to the caller. */
function prepareProject(root, sources, opts) {
    const rollbackPattern = new naming/* RollbackPattern */.d(opts.rollbackPattern);
    if (opts.layout)
        return prepareLayout(root, sources, opts, opts.layout, rollbackPattern);
    let base;
    if (opts.base) {
        base = new Map();
        for (const b of opts.base) {
            const c = (0,naming/* classify */.L8)(b.rel, rollbackPattern, opts.seedsDir, opts.naming ?? naming/* DEFAULT_NAMING */.pF);
            const text = (0,load_text/* decodeSql */.xM)(b.bytes, opts.encoding).text;
            base.set(b.rel, {
                rel: b.rel,
                path: b.path,
                bytes: b.bytes,
                kind: c.kind,
                version: c.version,
                description: c.description,
                text,
                checksum: (0,checksum/* flywayChecksum */.qp)(text),
            });
        }
    }
    const byText = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    const files = sources
        .map((s) => loadFile(s, root, rollbackPattern, opts, base))
        .sort((a, b) => byText(a.rel, b.rel) || byText(a.path, b.path));
    return {
        texts: files.map((f) => f.text),
        finish(parsed) {
            files.forEach((f, i) => (f.parsed = parsed[i]));
            return assemble(root, opts.locations?.length ? opts.locations : [root], rollbackPattern, files, base, opts);
        },
    };
}
function assemble(root, locations, rollbackPattern, all, base, opts) {
    const files = withoutCopies(all);
    const rollbacks = new Map();
    // A rollback pairs with the migration of its version in any location (the first one found, by path).
    for (const f of files) {
        if (f.kind === 'rollback' && f.version && !rollbacks.has((0,version/* versionKey */._5)(f.version)))
            rollbacks.set((0,version/* versionKey */._5)(f.version), f);
    }
    for (const f of files) {
        if (f.kind === 'versioned' && f.version)
            f.rollback = rollbacks.get((0,version/* versionKey */._5)(f.version));
    }
    // dbmate runs its files in the order of their names (db.go FindMigrations: sort by FileName), not
    // of their versions: 100_b.sql before 10_a.sql ('0' < '_'), though version 10 < 100 as text.
    const fileName = (f) => f.rel.slice(f.rel.lastIndexOf('/') + 1);
    const order = opts.layout?.name === 'dbmate' ? (a, b) => (fileName(a) < fileName(b) ? -1 : fileName(a) > fileName(b) ? 1 : compareMigrations(a, b)) : compareMigrations;
    const migrations = files.filter((f) => f.kind === 'versioned' || f.kind === 'repeatable').sort(order);
    return { root, locations, rollbackPattern, naming: opts.naming ?? naming/* DEFAULT_NAMING */.pF, files, migrations, base, targets: opts.targets, ...(opts.layout ? { layout: opts.layout } : {}) };
}
/**
 * Flyway keeps one of two migrations found in different locations that are equal in version,
 * description, script (path relative to the location), checksum and type: its resolvers' results
 * are collected into a set of ResolvedMigrationImpl (CompositeMigrationResolver.collectMigrations,
 * ResolvedMigrationImpl.equals), so an identical copy is one migration, not a duplicate version.
 * The same here: a later identical copy (same `rel`, same text) is left out of the project.
 */
function withoutCopies(files) {
    // Keyed without the checksum, which is compared only when the rest is equal: a checksum is
    // computed when first read (loadFile), and most runs never need one.
    const seen = new Map();
    return files.filter((f) => {
        if (f.kind !== 'versioned' && f.kind !== 'repeatable')
            return true;
        const key = [f.kind, f.version ? (0,version/* versionKey */._5)(f.version) : '', f.description ?? '', f.rel].join('\0');
        const same = seen.get(key);
        if (!same) {
            seen.set(key, [f]);
            return true;
        }
        if (same.some((g) => g.checksum === f.checksum))
            return false;
        same.push(f);
        return true;
    });
}
const NOT_PARSED = Object.freeze({ statements: [], errors: [] });
function loadFile(s, root, rollback, opts, base) {
    const c = (0,naming/* classify */.L8)(s.rel, rollback, opts.seedsDir, opts.naming ?? naming/* DEFAULT_NAMING */.pF);
    const decoded = (0,load_text/* decodeSql */.xM)(s.bytes, opts.encoding);
    const filename = s.rel.slice(s.rel.lastIndexOf('/') + 1);
    // A file that is not valid text in its encoding is parsed as empty: nothing in it can be run.
    const source = decoded.problem ? '' : decoded.text;
    const sub = (0,placeholders/* substitutePlaceholders */.pr)(source, {
        values: opts.placeholders,
        builtins: { ...opts.builtins, filename },
        prefix: opts.placeholderPrefix,
        suffix: opts.placeholderSuffix,
        replacement: opts.placeholderReplacement,
    });
    const lines = new load_text/* LineIndex */.rr(decoded.text);
    const map = sub.map;
    let checksums;
    const checksumsOf = () => (checksums ??= (0,checksum/* migrationChecksums */.zJ)(c.kind === 'repeatable', decoded.text, decoded.problem ? decoded.text : sub.text));
    return {
        path: s.path,
        rel: s.rel,
        location: s.location ?? root,
        kind: c.kind,
        version: c.version,
        description: c.description,
        namingProblem: c.problem,
        ...(c.runByFlyway ? { runByFlyway: true } : {}),
        decoded,
        text: sub.text,
        parsed: NOT_PARSED,
        unknownPlaceholders: sub.unknown,
        // An undecodable file is never run: its checksum is of the text before the problem. Computed
        // when first read (validate, migrate, status…): a lint never reads it (~25 ms on 4,000 files).
        get checksum() {
            return checksumsOf().checksum;
        },
        get equivalentChecksum() {
            return checksumsOf().equivalentChecksum;
        },
        isNew: base ? !base.has(s.rel) : true,
        position: (offset) => lines.position(map.toOriginal(offset)),
        lines,
    };
}
/** A file that exists only at the base ref (deleted since): findings about it point at line 1. */
function ghostFile(path, rel, kind, location = '') {
    const lines = new load_text/* LineIndex */.rr('');
    return {
        path,
        rel,
        location,
        kind,
        decoded: { text: '', hadBom: false },
        text: '',
        parsed: { statements: [], errors: [] },
        unknownPlaceholders: [],
        checksum: 0,
        isNew: false,
        position: () => ({ line: 1, column: 1 }),
        lines,
    };
}


/***/ }),

/***/ 7043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ mayCreateRoutine),
/* harmony export */   DU: () => (/* binding */ rolesNamed),
/* harmony export */   FJ: () => (/* binding */ topLevelStatement),
/* harmony export */   GS: () => (/* binding */ isNeutral),
/* harmony export */   MO: () => (/* binding */ clusterWide),
/* harmony export */   T6: () => (/* binding */ rolesCreatedBy),
/* harmony export */   iU: () => (/* binding */ mustRunOutsideTransaction),
/* harmony export */   lG: () => (/* binding */ nonTransactional),
/* harmony export */   nF: () => (/* binding */ endsTransaction),
/* harmony export */   ze: () => (/* binding */ clauseOffset),
/* harmony export */   zz: () => (/* binding */ eachStatement)
/* harmony export */ });
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3293);

/**
 * Why a statement cannot run inside a transaction block (PostgreSQL raises
 * "… cannot run inside a transaction block", SQLSTATE 25001), or undefined when it can.
 */
function nonTransactional(stmt) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'IndexStmt':
            return n['concurrent'] ? 'CREATE INDEX CONCURRENTLY' : undefined;
        case 'DropStmt':
            return n['concurrent'] ? 'DROP INDEX CONCURRENTLY' : undefined;
        case 'ReindexStmt': {
            if ((0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOption */ .Kz)(n['params'], 'concurrently'))
                return 'REINDEX CONCURRENTLY';
            const kind = String(n['kind']);
            if (kind === 'REINDEX_OBJECT_DATABASE' || kind === 'REINDEX_OBJECT_SYSTEM' || kind === 'REINDEX_OBJECT_SCHEMA') {
                return `REINDEX ${kind.replace('REINDEX_OBJECT_', '')}`;
            }
            return undefined;
        }
        case 'AlterTableStmt': {
            for (const c of n['cmds'] ?? []) {
                const cmd = c['AlterTableCmd'];
                if (cmd?.subtype === 'AT_DetachPartition' && cmd.def?.['PartitionCmd']?.concurrent) {
                    return 'ALTER TABLE … DETACH PARTITION … CONCURRENTLY';
                }
            }
            return undefined;
        }
        case 'VacuumStmt':
            return n['is_vacuumcmd'] ? 'VACUUM' : undefined;
        case 'CreatedbStmt':
            return 'CREATE DATABASE';
        case 'DropdbStmt':
            return 'DROP DATABASE';
        case 'AlterSystemStmt':
            return 'ALTER SYSTEM';
        case 'CreateTableSpaceStmt':
            return 'CREATE TABLESPACE';
        case 'DropTableSpaceStmt':
            return 'DROP TABLESPACE';
        case 'ClusterStmt':
            return n['relation'] ? undefined : 'CLUSTER (of every table)';
        case 'CreateSubscriptionStmt':
            return hasOptionFalse(n['options'], 'create_slot') ? undefined : 'CREATE SUBSCRIPTION (creating a slot)';
        case 'DropSubscriptionStmt':
            return 'DROP SUBSCRIPTION (with a replication slot)';
        case 'AlterDatabaseStmt':
            return (n['options'] ?? []).some((o) => o.DefElem?.defname === 'tablespace')
                ? 'ALTER DATABASE … SET TABLESPACE'
                : undefined;
        case 'DiscardStmt':
            return n['target'] === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
        case 'TransactionStmt':
            if (n['kind'] === 'TRANS_STMT_COMMIT_PREPARED')
                return 'COMMIT PREPARED';
            if (n['kind'] === 'TRANS_STMT_ROLLBACK_PREPARED')
                return 'ROLLBACK PREPARED';
            return undefined;
        default:
            return undefined;
    }
}
function hasOptionFalse(options, name) {
    for (const o of (options ?? [])) {
        if (o.DefElem?.defname !== name)
            continue;
        const arg = o.DefElem.arg;
        const v = arg?.['String']?.['sval'] ?? arg?.['Boolean']?.['boolval'] ?? arg?.['Integer']?.['ival'];
        return v === false || v === 0 || /^(false|off|0)$/i.test(String(v));
    }
    return false;
}
/**
 * Why a statement ends the transaction it runs in (a DO block or a called procedure that
 * COMMITs or ROLLBACKs), or undefined. Inside a transaction block, or from a function, this fails
 * with "invalid transaction termination" (SQLSTATE 2D000); at top level, outside a block, it works.
 */
function endsTransaction(stmt, lookup, seen = new Set()) {
    if (stmt.kind === 'DoStmt') {
        if (stmt.body?.transactionControl)
            return 'a DO block that COMMITs or ROLLBACKs';
        for (const n of stmt.nested) {
            const inner = endsTransaction(n, lookup, seen);
            if (inner)
                return `a DO block that runs ${inner}`;
        }
        return undefined;
    }
    if (stmt.kind !== 'CallStmt' || !lookup)
        return undefined;
    const key = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .nameListKey */ .jZ)(stmt.node['funccall']?.['funcname']);
    if (!key || seen.has(key))
        return undefined;
    const proc = lookup(key);
    if (!proc)
        return undefined;
    const name = key.replace(/^public\./, '');
    if (proc.body?.transactionControl)
        return `CALL ${name}(), a procedure that COMMITs or ROLLBACKs`;
    seen.add(key);
    try {
        for (const n of proc.nested) {
            const inner = endsTransaction(n, lookup, seen);
            if (inner)
                return `CALL ${name}(), which runs ${inner}`;
        }
    }
    finally {
        seen.delete(key);
    }
    return undefined;
}
/** A statement that must run at top level outside a transaction block, and why. */
function mustRunOutsideTransaction(stmt, lookup) {
    return nonTransactional(stmt) ?? endsTransaction(stmt, lookup);
}
/** Statements that neither need nor break atomicity: session settings and ANALYZE. */
function isNeutral(stmt) {
    if (stmt.kind === 'VariableSetStmt' || stmt.kind === 'VariableShowStmt')
        return true;
    return stmt.kind === 'VacuumStmt' && !stmt.node['is_vacuumcmd'];
}
/** The top-level statement a nested one runs in (through DO blocks and called functions). */
function topLevelStatement(stmt) {
    let s = stmt;
    while (s.context.callSite || s.context.parent)
        s = s.context.callSite ?? s.context.parent;
    return s;
}
/** File offset of the first match of a global pattern inside the statement, at or after `from`. */
function clauseOffset(file, stmt, from, pattern) {
    pattern.lastIndex = Math.max(from, stmt.start);
    const m = pattern.exec(file.text.slice(0, stmt.end));
    return m ? m.index : undefined;
}
const RENAMED = { OBJECT_ROLE: 'role', OBJECT_DATABASE: 'database', OBJECT_TABLESPACE: 'tablespace' };
/**
 * A statement that acts on the whole PostgreSQL cluster rather than the database it runs in
 * (roles, databases, tablespaces and ALTER SYSTEM are shared by every database of a server:
 * PostgreSQL docs, "Database Roles", "Managing Databases", "Tablespaces"), with its verb, e.g.
 * { object: 'database', verb: 'DROP DATABASE' }; undefined for every other statement.
 */
function clusterWide(stmt) {
    const n = stmt.node;
    switch (stmt.kind) {
        case 'CreateRoleStmt':
            return { object: 'role', verb: 'CREATE ROLE' };
        case 'AlterRoleStmt':
        case 'AlterRoleSetStmt':
            return { object: 'role', verb: 'ALTER ROLE' };
        case 'DropRoleStmt':
            return { object: 'role', verb: 'DROP ROLE' };
        case 'GrantRoleStmt':
            return { object: 'role', verb: n['is_grant'] ? 'GRANT role membership' : 'REVOKE role membership' };
        case 'CreatedbStmt':
            return { object: 'database', verb: 'CREATE DATABASE' };
        case 'DropdbStmt':
            return { object: 'database', verb: 'DROP DATABASE' };
        case 'AlterDatabaseStmt':
        case 'AlterDatabaseSetStmt':
        case 'AlterDatabaseRefreshCollStmt':
            return { object: 'database', verb: 'ALTER DATABASE' };
        case 'CreateTableSpaceStmt':
            return { object: 'tablespace', verb: 'CREATE TABLESPACE' };
        case 'DropTableSpaceStmt':
            return { object: 'tablespace', verb: 'DROP TABLESPACE' };
        case 'AlterTableSpaceOptionsStmt':
            return { object: 'tablespace', verb: 'ALTER TABLESPACE' };
        case 'AlterSystemStmt':
            return { object: 'server configuration', verb: 'ALTER SYSTEM' };
        case 'RenameStmt': {
            const object = RENAMED[String(n['renameType'])];
            return object ? { object, verb: `ALTER ${object.toUpperCase()} … RENAME` } : undefined;
        }
        case 'AlterOwnerStmt': {
            const object = RENAMED[String(n['objectType'])];
            return object ? { object, verb: `ALTER ${object.toUpperCase()} … OWNER` } : undefined;
        }
        default:
            return undefined;
    }
}
/** Role names a role statement names (CREATE/ALTER/DROP ROLE, GRANT/REVOKE membership, RENAME). */
function rolesNamed(stmt) {
    const n = stmt.node;
    const spec = (r) => r?.RoleSpec?.rolename;
    const out = [];
    switch (stmt.kind) {
        case 'CreateRoleStmt':
            out.push(n['role']);
            break;
        case 'AlterRoleStmt':
        case 'AlterRoleSetStmt':
            out.push(n['role']?.rolename ?? spec(n['role']));
            break;
        case 'DropRoleStmt':
            for (const r of n['roles'] ?? [])
                out.push(spec(r));
            break;
        case 'GrantRoleStmt':
            for (const r of n['granted_roles'] ?? [])
                out.push(r?.AccessPriv?.priv_name);
            for (const r of n['grantee_roles'] ?? [])
                out.push(spec(r));
            break;
        case 'RenameStmt':
            out.push(n['subname'], n['newname']);
            break;
    }
    return out.filter((x) => typeof x === 'string');
}
/** Every statement of the files, top-level and nested (DO blocks, function bodies), in order. */
function eachStatement(files, fn) {
    const visit = (s) => {
        fn(s);
        for (const n of s.nested)
            visit(n);
    };
    for (const f of files)
        for (const s of f.parsed.statements)
            visit(s);
}
/** Roles the files create (CREATE ROLE/USER/GROUP, also inside DO blocks), by name. */
function rolesCreatedBy(files) {
    const names = new Set();
    eachStatement(files, (s) => {
        if (s.kind === 'CreateRoleStmt')
            for (const r of rolesNamed(s))
                names.add(r);
    });
    return [...names];
}
/**
 * Whether a text may hold CREATE FUNCTION / CREATE PROCEDURE: both keywords must be written out
 * (a keyword cannot be quoted or cut by a comment), so a text naming neither word holds none, and
 * need not be parsed to look for routines (check's state cache leaves such files unparsed).
 */
function mayCreateRoutine(text) {
    return /function|procedure/i.test(text);
}


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ transactionOf),
/* harmony export */   Em: () => (/* binding */ fileTransactions),
/* harmony export */   I5: () => (/* binding */ runnerWraps),
/* harmony export */   iH: () => (/* binding */ boundaryOf),
/* harmony export */   mB: () => (/* binding */ withFileRoutines),
/* harmony export */   my: () => (/* binding */ transactionControl),
/* harmony export */   tA: () => (/* binding */ mixedStatement)
/* harmony export */ });
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3293);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7043);


const KINDS = {
    TRANS_STMT_BEGIN: ['begin', 'BEGIN'],
    TRANS_STMT_START: ['begin', 'START TRANSACTION'],
    TRANS_STMT_COMMIT: ['commit', 'COMMIT'],
    TRANS_STMT_ROLLBACK: ['rollback', 'ROLLBACK'],
    TRANS_STMT_SAVEPOINT: ['savepoint', 'SAVEPOINT'],
    TRANS_STMT_RELEASE: ['release', 'RELEASE SAVEPOINT'],
    TRANS_STMT_ROLLBACK_TO: ['rollback-to', 'ROLLBACK TO SAVEPOINT'],
    TRANS_STMT_PREPARE: ['prepare', 'PREPARE TRANSACTION'],
    TRANS_STMT_COMMIT_PREPARED: ['commit-prepared', 'COMMIT PREPARED'],
    TRANS_STMT_ROLLBACK_PREPARED: ['rollback-prepared', 'ROLLBACK PREPARED'],
};
/** The boundary a statement is (libpg-query's TransactionStmt), or undefined. */
function boundaryOf(stmt) {
    if (stmt.kind !== 'TransactionStmt')
        return undefined;
    const k = KINDS[String(stmt.node['kind'])];
    if (!k)
        return undefined;
    const chain = Boolean(stmt.node['chain']);
    return { kind: k[0], chain, word: chain ? `${k[1]} AND CHAIN` : k[1] };
}
function transactionControl(stmt) {
    const b = boundaryOf(stmt);
    switch (b?.kind) {
        case undefined:
            return undefined;
        case 'begin':
            return 'begin';
        case 'commit':
            return b.chain ? 'commit-chain' : 'commit';
        case 'rollback':
            return b.chain ? 'rollback-chain' : 'rollback';
        case 'prepare':
        case 'commit-prepared':
        case 'rollback-prepared':
            return 'prepare';
        default:
            return 'savepoint';
    }
}
/**
 * Whether the runner wraps the file in its own transaction: the project says the runner wraps
 * migrations (`transactions: runner`), and the file is what plan.ts (modeOf) runs as one
 * transaction — no BEGIN / COMMIT of its own and no statement that must run outside a
 * transaction (CONCURRENTLY, VACUUM, a COMMITting DO block or CALL …).
 */
function runnerWraps(statements, transactions, lookup) {
    if (transactions !== 'runner')
        return false;
    return !statements.some((s) => {
        const b = boundaryOf(s);
        return b?.kind === 'begin' || b?.kind === 'commit' || (0,_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .mustRunOutsideTransaction */ .iU)(s, lookup) !== undefined;
    });
}
/**
 * Flyway's `mixed = false` rule (ParserSqlScript.parse), which the runner applies too: going
 * through a file's top-level statements in order, the first one at which the file has shown both
 * a statement that cannot run in a transaction (`outside` set: PostgreSQL's own list,
 * `mustRunOutsideTransaction` — CREATE/DROP INDEX CONCURRENTLY, VACUUM, CREATE DATABASE, ALTER
 * SYSTEM, …, a superset of Flyway's PostgreSQLParser list) and one that can (any other statement,
 * SET and BEGIN/COMMIT included: Flyway's parser deems a statement it does not recognise
 * transactional). Undefined when the file is not mixed. Used by the runner's plan (db/plan.ts)
 * and by transaction-wrapping, so that lint reports exactly the files migrate refuses.
 */
function mixedStatement(statements) {
    let inside = false;
    let outside = false;
    for (const s of statements) {
        if (s.outside)
            outside = true;
        else
            inside = true;
        if (inside && outside)
            return s;
    }
    return undefined;
}
const outsideBlock = (word) => ({ kind: 'fails', error: `${word} can only be used in transaction blocks`, sqlstate: '25P01' });
/**
 * The transactions of a file's top-level statements. `wrapped`: the runner sends BEGIN before the
 * file and COMMIT after it (see runnerWraps). `lookup` finds procedures a CALL runs.
 */
function fileTransactions(statements, options) {
    let next = 1;
    const start = (kind, opener) => ({ id: next++, kind, ...(opener ? { opener } : {}) });
    /** The open block (the runner's or the file's), if any. */
    let block = options.wrapped ? start('runner') : undefined;
    // The whole file is one simple query of several statements (PostgreSQL docs, "Multiple
    // Statements in a Simple Query"): statements outside any block run in an implicit block; a BEGIN
    // turns it into a regular one, retroactively including what ran before; SAVEPOINT is refused in
    // it. Measured in test/db/simple-query-facts.test.ts.
    const implicit = options.implicit === true && statements.length > 1;
    const implicitBlock = () => ({ ...start('runner'), implicit: true });
    let committedBefore = 0;
    let lastEnd;
    const out = [];
    statements.forEach((s, i) => {
        const boundary = boundaryOf(s);
        if (implicit && !block && boundary?.kind !== 'begin')
            block = implicitBlock();
        const here = (tx, effect) => ({
            tx,
            inBlock: tx.kind !== 'statement',
            committedBefore,
            ...(lastEnd ? { lastEnd } : {}),
            ...(boundary ? { boundary } : {}),
            ...(effect ? { effect } : {}),
        });
        const own = () => start('statement');
        if (!boundary) {
            if (block) {
                const ends = (0,_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .endsTransaction */ .nF)(s, options.lookup);
                out.push(here(block, ends ? { kind: 'fails', error: 'invalid transaction termination', sqlstate: '2D000' } : undefined));
            }
            else {
                out.push(here(own()));
                committedBefore = i + 1;
            }
            return;
        }
        switch (boundary.kind) {
            case 'begin':
                if (block?.implicit) {
                    // The implicit block becomes the file's own, the statements before included.
                    block.kind = 'block';
                    block.opener = s;
                    delete block.implicit;
                    out.push(here(block));
                }
                else if (block)
                    out.push(here(block, { kind: 'ignored', warning: 'there is already a transaction in progress' }));
                else {
                    block = start('block', s);
                    out.push(here(block));
                }
                return;
            case 'commit':
            case 'rollback':
            case 'prepare': {
                if (!block) {
                    out.push(here(own(), boundary.chain ? outsideBlock(boundary.word) : { kind: 'ignored', warning: 'there is no transaction in progress' }));
                    committedBefore = i + 1;
                    return;
                }
                out.push(here(block));
                const outcome = boundary.kind;
                block.end = { stmt: s, outcome };
                lastEnd = { stmt: s, outcome };
                committedBefore = i + 1;
                block = boundary.chain ? start('block', s) : undefined;
                return;
            }
            case 'savepoint':
            case 'release':
            case 'rollback-to':
                out.push(block && !block.implicit ? here(block) : here(block ?? own(), outsideBlock(boundary.word)));
                if (!block)
                    committedBefore = i + 1;
                return;
            default:
                // COMMIT / ROLLBACK PREPARED: not in a block (cannot-run-in-transaction reports it there).
                if (block)
                    out.push(here(block, { kind: 'fails', error: `${boundary.word} cannot run inside a transaction block`, sqlstate: '25001' }));
                else {
                    out.push(here(own()));
                    committedBefore = i + 1;
                }
        }
    });
    const index = new Map(statements.map((s, i) => [s, out[i]]));
    const open = block?.kind === 'block' ? block : undefined;
    // An implicit block ends with the query: PostgreSQL commits it.
    return { statements: out, ...(open ? { open } : {}), of: (s) => index.get(s) };
}
/**
 * The transaction a statement runs in — a nested one (DO block, called function) runs in its
 * top-level statement's — or undefined when a body on the way COMMITs or ROLLBACKs (each batch
 * is then its own transaction) or the statement is not one of the file's.
 */
/**
 * A lookup that also knows the routines the file itself defines (CREATE PROCEDURE / FUNCTION),
 * so a CALL of a COMMITting procedure defined earlier in the same file is seen before the file runs.
 */
function withFileRoutines(statements, lookup) {
    const own = new Map();
    for (const s of statements) {
        if (s.kind !== 'CreateFunctionStmt')
            continue;
        const key = (0,_ast_js__WEBPACK_IMPORTED_MODULE_1__/* .nameListKey */ .jZ)(s.node['funcname']);
        if (key)
            own.set(key, s);
    }
    return (key) => lookup?.(key) ?? own.get(key);
}
function transactionOf(model, stmt) {
    let s = stmt;
    while (s.context.callSite || s.context.parent) {
        if (s.context.parent?.body?.transactionControl || s.context.loopCommits)
            return undefined;
        s = s.context.callSite ?? s.context.parent;
    }
    return model.of(s);
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ statementBlocks),
/* harmony export */   iA: () => (/* binding */ findUnterminated),
/* harmony export */   qr: () => (/* binding */ lexSql)
/* harmony export */ });
/* unused harmony export lexEach */
/**
 * A small SQL lexer: the parser's tokenizer for splitting a text PostgreSQL rejects into
 * statements, finding function bodies and mapping PL/pgSQL queries back to the file. It knows
 * what those need — comments (nested), quoted strings and identifiers, E'' escapes, dollar
 * quotes, words, operators (cut as PostgreSQL cuts them) and other punctuation — and it never
 * gives up: an unterminated token runs to the end of the text, as it does for PostgreSQL. It
 * is an order of magnitude faster than libpg-query's scanner, whose tokens cross from WASM as
 * JSON (on a 4 MB corpus: ~40 ms against ~650 ms).
 */
const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
/** Tokens of `text` (whitespace dropped). Never throws. */
function lexSql(text) {
    const out = [];
    lexEach(text, (t) => out.push(t));
    return out;
}
/** Calls `onToken` for each token of `text` in order, without keeping them (for very large texts). */
function lexEach(text, onToken) {
    const n = text.length;
    const push = (kind, start, end) => onToken({ kind, start, end, text: text.slice(start, end) });
    let i = 0;
    while (i < n) {
        const c = text[i];
        const next = text[i + 1];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
            i++;
        }
        else if (c === '-' && next === '-') {
            const nl = text.indexOf('\n', i);
            const end = nl < 0 ? n : nl;
            push('comment', i, end);
            i = end;
        }
        else if (c === '/' && next === '*') {
            const start = i;
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text[i] === '/' && text[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else if (text[i] === '*' && text[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
            push(depth > 0 ? 'unterminated' : 'comment', start, Math.min(i, n));
        }
        else if (c === "'" || ((c === 'e' || c === 'E') && next === "'")) {
            const start = i;
            const escapes = c !== "'";
            i += escapes ? 2 : 1;
            let closed = false;
            while (i < n) {
                const d = text[i];
                if (escapes && d === '\\') {
                    i += 2;
                    continue;
                }
                i++;
                if (d === "'") {
                    if (text[i] === "'") {
                        i++;
                        continue;
                    }
                    closed = true;
                    break;
                }
            }
            push(closed ? 'string' : 'unterminated', start, Math.min(i, n));
        }
        else if (c === '"') {
            const start = i;
            let closed = false;
            i++;
            while (i < n) {
                const d = text[i++];
                if (d === '"') {
                    if (text[i] === '"') {
                        i++;
                        continue;
                    }
                    closed = true;
                    break;
                }
            }
            push(closed ? 'string' : 'unterminated', start, i);
        }
        else if (c === '$') {
            DOLLAR_TAG.lastIndex = i;
            const m = DOLLAR_TAG.exec(text);
            if (m) {
                const close = text.indexOf(m[0], i + m[0].length);
                const end = close < 0 ? n : close + m[0].length;
                push(close < 0 ? 'unterminated' : 'string', i, end);
                i = end;
            }
            else {
                // $1 parameter
                const start = i++;
                while (i < n && /[0-9]/.test(text[i]))
                    i++;
                push('word', start, i);
            }
        }
        else if (IDENT_START.test(c) || /[0-9]/.test(c)) {
            // Identifiers, keywords and numbers (B'..', X'..', U&'..' prefixes end up as a word
            // followed by a string, which is all the splitter needs).
            const start = i++;
            while (i < n && (IDENT.test(text[i]) || (text[i] === '.' && /[0-9]/.test(text[start]))))
                i++;
            push('word', start, i);
        }
        else if (OP_CHARS.includes(c)) {
            const start = i;
            i = operatorEnd(text, i);
            push('punct', start, i);
        }
        else if ((c === ':' && (next === ':' || next === '=')) || (c === '.' && next === '.')) {
            push('punct', i, i + 2);
            i += 2;
        }
        else {
            push('punct', i, i + 1);
            i++;
        }
    }
}
/** Characters PostgreSQL's scanner reads as one operator when they follow each other. */
const OP_CHARS = '~!@#^&|`?+-*/%<>=';
/**
 * End of the operator starting at `i`, as PostgreSQL's scanner cuts it: the run of operator
 * characters stops before a comment ("--" or "/*"), and a multi-character operator does not end
 * in "+" or "-" unless it holds one of ~ ! @ # % ^ & | ` ? (so "=-1" is "=" then "-1").
 */
function operatorEnd(text, i) {
    let end = i + 1;
    while (end < text.length && OP_CHARS.includes(text[end]) && !text.startsWith('--', end) && !text.startsWith('/*', end))
        end++;
    if (end - i > 1 && !/[~!@#^&|`?%]/.test(text.slice(i, end))) {
        while (end - i > 1 && (text[end - 1] === '+' || text[end - 1] === '-'))
            end--;
    }
    return end;
}
/**
 * Cuts a large text into blocks of whole statements, each about `target` characters or more
 * (a single statement longer than that is one block), so the parser never holds the whole text.
 * Cuts only at a ";" outside strings, comments, dollar quotes, parentheses and BEGIN ATOMIC
 * bodies; returns the start offsets of the blocks (the first is 0).
 */
function statementBlocks(text, target) {
    const starts = [0];
    let depth = 0;
    let atomic = 0;
    let prev = '';
    let words = [];
    lexEach(text, (t) => {
        if (t.kind === 'comment')
            return;
        const word = t.kind === 'word' ? t.text.toUpperCase() : '';
        if (words.length < 4)
            words.push(word);
        if (atomic > 0) {
            if (word === 'CASE')
                atomic++;
            else if (word === 'END')
                atomic--;
        }
        else if (word === 'ATOMIC' && prev === 'BEGIN')
            atomic = 1;
        else if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth = Math.max(0, depth - 1);
        else if (t.kind === 'punct' && t.text === ';') {
            // As splitStatements: parentheses hold a ";" only in CREATE RULE … DO (a; b).
            const isRule = words[0] === 'CREATE' && (words[1] === 'RULE' || (words[1] === 'OR' && words[3] === 'RULE'));
            if (depth === 0 || !isRule) {
                if (t.end - starts[starts.length - 1] >= target && t.end < text.length)
                    starts.push(t.end);
                depth = 0;
                words = [];
            }
        }
        prev = word;
    });
    return starts;
}
/** String offset where an unterminated token starts, or -1 when every token is closed. */
function findUnterminated(text) {
    for (const t of lexSql(text))
        if (t.kind === 'unterminated')
            return t.start;
    return -1;
}


/***/ }),

/***/ 8098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wW: () => (/* binding */ LazyParsed),
  VF: () => (/* binding */ MAX_PARSE_CHARS),
  mw: () => (/* binding */ addRawStatements),
  cd: () => (/* binding */ initParser),
  UT: () => (/* binding */ makeStatement),
  eg: () => (/* binding */ parseSql),
  eV: () => (/* binding */ parsedFromJson)
});

// UNUSED EXPORTS: parsedToJson, shortenMessage, splitStatements, withOffsetOf

// EXTERNAL MODULE: ./src/parse/wasm.ts
var wasm = __webpack_require__(9143);
// EXTERNAL MODULE: ./src/parse/lexer.ts
var lexer = __webpack_require__(7473);
// EXTERNAL MODULE: ./src/load/text.ts
var load_text = __webpack_require__(3497);
;// CONCATENATED MODULE: ./src/parse/source.ts
/**
 * Where the characters of a text handed to libpg-query sit in the file (a verbatim slice, a
 * string constant's content through its escapes, a PL/pgSQL query matched token by token), and
 * PostgreSQL's parse errors with their cursor.
 */


function sourceOf(text, map) {
    return { text, utf8: new load_text/* Utf8Offsets */.As(text), toFile: map.toFile, toFileEnd: map.toFileEnd, delta: map.delta };
}
/** A verbatim slice of the file starting at `base`. */
function sliceSource(text, base) {
    const toFile = (o) => base + o;
    return sourceOf(text, { toFile, toFileEnd: toFile, delta: base });
}
/** Every offset maps to one file offset (a text that could not be found in the file). */
function fixedMapping(at) {
    return { toFile: () => at, toFileEnd: () => at };
}
/** File offset of a byte offset (an AST location) in the source. */
function locate(src, byteOffset) {
    return src.toFile(src.utf8.toStringOffset(byteOffset));
}
/** File offset just past the character before `local` (for exclusive ends). */
function endOf(src, local, localStart) {
    return local > localStart ? src.toFileEnd(local) : src.toFile(localStart);
}
function sqlErrorOf(e) {
    if (e instanceof wasm/* PgSyntaxError */.dL)
        return { message: e.message, cursor: e.cursor };
    return undefined;
}
/** Errors PostgreSQL's parser raises without a cursor (e.g. "memory exhausted") still name a problem. */
function anyErrorOf(e) {
    const err = sqlErrorOf(e);
    if (err)
        return err;
    const message = e instanceof Error ? e.message : String(e);
    if (/not initialized/i.test(message))
        throw e;
    return { message, cursor: 0 };
}
/** "… at or near "<the rest of the file>"" after an unterminated token: keep the message short. */
function shortenMessage(message) {
    return message.replace(/( at or near ")([\s\S]*)"$/, (_m, lead, near) => {
        const firstLine = near.split(/\r?\n/)[0];
        const cut = firstLine.length > 40 ? firstLine.slice(0, 40) : firstLine;
        return `${lead}${cut}${cut.length < near.length ? '…' : ''}"`;
    });
}

;// CONCATENATED MODULE: ./src/parse/tokens.ts
/**
 * Tokens (from our lexer, string offsets) and the split of a text into statements at semicolons,
 * used when PostgreSQL rejects a text as a whole and to map PL/pgSQL queries back to the file.
 */

/** Tokens of a text PostgreSQL accepted (string offsets), or undefined when a token is unterminated. */
function tokensOf(text) {
    const tokens = (0,lexer/* lexSql */.qr)(text);
    for (const t of tokens)
        if (t.kind === 'unterminated')
            return undefined;
    return tokens.map(toTok);
}
function toTok(t) {
    return {
        start: t.start,
        end: t.end,
        text: t.text,
        comment: t.kind === 'comment',
        // Double quotes make an identifier, not a string constant.
        string: t.kind === 'string' && t.text[0] !== '"',
    };
}
/** Index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenFrom(tokens, offset) {
    let lo = 0;
    for (let hi = tokens.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start >= offset)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/**
 * Statement spans (string offsets), split at semicolons outside strings, comments and BEGIN
 * ATOMIC … END function bodies. Parentheses hold semicolons only in CREATE RULE … DO (a; b); in
 * any other statement a ";" inside parentheses is a syntax error there, and ending the
 * statement at it keeps an unbalanced "(" from swallowing the rest of the file.
 */
function splitStatements(text) {
    const tokens = (0,lexer/* lexSql */.qr)(text).map(toTok);
    const chunks = [];
    let current = { start: 0, end: text.length, first: -1 };
    let words = [];
    let isRule = false;
    let depth = 0;
    let atomic = 0;
    let prevWord = '';
    for (const t of tokens) {
        if (t.comment)
            continue;
        const word = t.string ? '' : t.text.toUpperCase();
        if (words.length < 4) {
            words.push(word);
            if (words[0] === 'CREATE' && (words[1] === 'RULE' || (words[1] === 'OR' && words[3] === 'RULE')))
                isRule = true;
        }
        if (atomic > 0) {
            if (word === 'CASE')
                atomic++;
            else if (word === 'END')
                atomic--;
        }
        else if (word === 'ATOMIC' && prevWord === 'BEGIN') {
            atomic = 1;
        }
        else if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth = Math.max(0, depth - 1);
        else if (t.text === ';' && (depth === 0 || !isRule)) {
            current.end = t.start;
            chunks.push(current);
            current = { start: t.start + 1, end: text.length, first: -1 };
            words = [];
            isRule = false;
            depth = 0;
            prevWord = '';
            continue;
        }
        if (current.first < 0)
            current.first = t.start;
        prevWord = word;
    }
    chunks.push(current);
    return chunks;
}

;// CONCATENATED MODULE: ./src/parse/plpgsql.ts
/**
 * PL/pgSQL bodies: the SQL a function or DO block runs (statements, PERFORM, FOR … IN query,
 * RETURN QUERY) as nested statements, mapped back to the file; and positions for PL/pgSQL's
 * position-less errors.
 */





const LOOPS = new Set([
    'PLpgSQL_stmt_loop',
    'PLpgSQL_stmt_while',
    'PLpgSQL_stmt_fori',
    'PLpgSQL_stmt_fors',
    'PLpgSQL_stmt_forc',
    'PLpgSQL_stmt_foreach_a',
    'PLpgSQL_stmt_dynfors',
]);
/**
 * Walks a PL/pgSQL function tree and turns the SQL it runs (statements, PERFORM, FOR … IN query,
 * RETURN QUERY) into nested statements. PL/pgSQL keeps each query's text verbatim except that
 * PERFORM reads as SELECT and an INTO clause is blanked out, so the query's tokens are matched
 * against the body's tokens to map every AST location back to the file.
 */
class PlpgsqlWalker {
    stmt;
    body;
    errors;
    content;
    lineStarts = [0];
    tokens = null;
    /** Content offset where the previous query ended (queries come in text order). */
    lastEnd = 0;
    constructor(stmt, body, bodyValue, errors) {
        this.stmt = stmt;
        this.body = body;
        this.errors = errors;
        this.content = body?.content ?? bodyValue;
        for (let i = this.content.indexOf('\n'); i >= 0; i = this.content.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1);
    }
    walk(n, ctx) {
        if (Array.isArray(n)) {
            for (const x of n)
                this.walk(x, ctx);
            return;
        }
        if (!n || typeof n !== 'object')
            return;
        const node = n;
        for (const key in node) {
            const value = node[key];
            if (key === 'PLpgSQL_stmt_execsql') {
                this.query(value?.['sqlstmt'], value?.['lineno'], ctx, false);
            }
            else if (key === 'PLpgSQL_stmt_call') {
                // CALL p() and DO $$ … $$ inside PL/pgSQL
                this.query(value?.['expr'], value?.['lineno'], ctx, false);
            }
            else if (key === 'PLpgSQL_stmt_perform') {
                this.query(value?.['expr'], value?.['lineno'], ctx, true);
            }
            else if (key === 'PLpgSQL_stmt_return_query') {
                this.query(value?.['query'], value?.['lineno'], ctx, false);
            }
            else if (key === 'PLpgSQL_stmt_commit' || key === 'PLpgSQL_stmt_rollback') {
                this.stmt.body.transactionControl = true;
            }
            else if (key === 'PLpgSQL_stmt_block' && value?.['exceptions']) {
                // The block's body runs under its handlers; the handlers' own statements do not.
                const names = [];
                for (const e of (value['exceptions']?.['PLpgSQL_exception_block']?.['exc_list'] ?? [])) {
                    for (const c of (e['PLpgSQL_exception']?.['conditions'] ?? [])) {
                        const name = c['PLpgSQL_condition']?.['condname'];
                        if (typeof name === 'string')
                            names.push(name.toLowerCase());
                    }
                }
                this.walk(value['body'], { ...ctx, handled: [...(ctx.handled ?? []), ...names] });
                this.walk(value['exceptions'], ctx);
            }
            else if (LOOPS.has(key)) {
                if (key !== 'PLpgSQL_stmt_dynfors')
                    this.query(value?.['query'], value?.['lineno'], ctx, false);
                const commits = hasKey(value?.['body'], 'PLpgSQL_stmt_commit');
                this.walk(value?.['body'], { ...ctx, inLoop: true, loopCommits: ctx.loopCommits || commits });
            }
            else if (value && typeof value === 'object') {
                this.walk(value, ctx);
            }
        }
    }
    query(expr, lineno, ctx, perform) {
        const query = expr?.['PLpgSQL_expr']?.['query'];
        if (typeof query !== 'string' || !/\S/.test(query))
            return;
        const lineIdx = Math.max(0, Math.min((lineno ?? 1) - 1, this.lineStarts.length - 1));
        const lineStart = this.lineStarts[lineIdx];
        const nextLine = this.lineStarts[lineIdx + 1] ?? this.content.length + 1;
        const from = this.lastEnd >= lineStart && this.lastEnd < nextLine ? this.lastEnd : lineStart;
        const found = this.verbatim(query, from, perform);
        const map = found?.map ?? this.align(query, from, perform) ?? (from !== lineStart ? this.align(query, lineStart, perform) : undefined);
        let mapping;
        if (map && this.body) {
            const body = this.body;
            mapping = {
                toFile: (o) => body.toFile(map(o)),
                toFileEnd: (o) => body.toFileEnd(map(o - 1) + 1),
                delta: found?.at !== undefined && body.delta !== undefined ? body.delta + found.at : undefined,
            };
            this.lastEnd = map(query.length - 1) + 1;
        }
        else {
            // Not found in the text: every location points at the statement's line.
            const indent = /^[ \t]*/.exec(this.content.slice(lineStart))[0].length;
            mapping = fixedMapping(this.body ? this.body.toFile(lineStart + indent) : this.stmt.start);
        }
        const qsrc = sourceOf(query, mapping);
        let parsed;
        try {
            parsed = (0,wasm/* parseQuery */.mA)(query);
        }
        catch (e) {
            const err = anyErrorOf(e);
            const offset = qsrc.toFile(qsrc.utf8.fromCodePoints(err.cursor));
            this.errors.push({ message: shortenMessage(err.message), offset, start: this.stmt.start, end: this.stmt.end });
            return;
        }
        addRawStatements(parsed.stmts ?? [], qsrc, this.stmt.nested, ctx, this.errors);
    }
    /**
     * The common case without tokens: the query is the body's text from some offset on, except
     * that PL/pgSQL blanked an INTO clause out with spaces (or cut a trailing one off) and, for
     * PERFORM, wrote SELECT over PERFORM. Tries the places from `from` on where the query's first
     * word could start, a few kilobytes at most (the query starts on its statement's line or soon
     * after: RETURN QUERY and FOR … IN put a keyword before it).
     */
    verbatim(query, from, perform) {
        const content = this.content;
        const lead = perform ? 6 : 0; // "SELECT" in the query stands for the 7 characters of "PERFORM"
        if (perform && !query.startsWith('SELECT'))
            return undefined;
        const first = perform ? 'p' : query[0];
        const limit = Math.min(content.length, from + 4096);
        for (let at = from; at < limit; at++) {
            const c = content[at];
            if (perform ? c.toLowerCase() !== first : c !== first)
                continue;
            if (perform && content.slice(at, at + 7).toLowerCase() !== 'perform')
                continue;
            const shift = perform ? 1 : 0;
            if (at + shift + query.length > content.length)
                return undefined;
            let ok = true;
            for (let q = lead; q < query.length; q++) {
                const ch = query.charCodeAt(q);
                // 32: a space PL/pgSQL wrote over an INTO clause
                if (ch !== content.charCodeAt(at + shift + q) && ch !== 32) {
                    ok = false;
                    break;
                }
            }
            if (ok)
                return perform ? { map: (o) => (o < lead ? at + o : at + shift + o) } : { map: (o) => at + o, at };
        }
        return undefined;
    }
    /**
     * The query's tokens (comments dropped). A query that is a verbatim run of whole content
     * tokens has exactly those tokens, so they are taken from the content's scan instead of
     * scanning the query again (a body can hold thousands of queries).
     */
    queryTokens(query) {
        const ctoks = this.tokens;
        const at = ctoks ? this.content.indexOf(query) : -1;
        if (ctoks && at >= 0) {
            const i = firstTokenFrom(ctoks, at);
            const end = at + query.length;
            if (i < ctoks.length && ctoks[i].start === at) {
                let j = i;
                while (j < ctoks.length && ctoks[j].end < end)
                    j++;
                if (j < ctoks.length && ctoks[j].end === end) {
                    return ctoks.slice(i, j + 1).map((t) => ({ ...t, start: t.start - at, end: t.end - at }));
                }
            }
        }
        return tokensOf(query)?.filter((t) => !t.comment);
    }
    /** Maps query offsets to content offsets by matching tokens, starting at content offset `from`. */
    align(query, from, perform) {
        if (this.tokens === null)
            this.tokens = tokensOf(this.content)?.filter((t) => !t.comment);
        const ctoks = this.tokens;
        const qtoks = this.queryTokens(query);
        if (!ctoks || !qtoks || qtoks.length === 0)
            return undefined;
        let k = firstTokenFrom(ctoks, from);
        if (k >= ctoks.length)
            return undefined;
        const pairs = [];
        let j = 0;
        if (perform && qtoks[0].text.toUpperCase() === 'SELECT') {
            while (k < ctoks.length && ctoks[k].text.toUpperCase() !== 'PERFORM')
                k++;
            if (k >= ctoks.length)
                return undefined;
            pairs.push([qtoks[0], ctoks[k]]);
            j = 1;
            k++;
        }
        else {
            while (k < ctoks.length && ctoks[k].text !== qtoks[0].text)
                k++;
            if (k >= ctoks.length)
                return undefined;
            pairs.push([qtoks[0], ctoks[k]]);
            j = 1;
            k++;
        }
        for (; j < qtoks.length; j++) {
            const q = qtoks[j];
            // An INTO target may sit between two query tokens; look a little ahead.
            for (let look = k; look < Math.min(ctoks.length, k + 64); look++) {
                if (ctoks[look].text === q.text) {
                    pairs.push([q, ctoks[look]]);
                    k = look + 1;
                    break;
                }
            }
        }
        return (o) => {
            let lo = 0;
            let hi = pairs.length - 1;
            if (o < pairs[0][0].start)
                return pairs[0][1].start;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (pairs[mid][0].start <= o)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            const [q, c] = pairs[lo];
            return c.start + Math.min(o - q.start, Math.max(0, c.end - c.start - 1));
        };
    }
}
/** Whether a key occurs anywhere in a tree. */
function hasKey(n, key) {
    if (Array.isArray(n))
        return n.some((x) => hasKey(x, key));
    if (!n || typeof n !== 'object')
        return false;
    const o = n;
    for (const k in o)
        if (k === key || hasKey(o[k], key))
            return true;
    return false;
}
/**
 * PL/pgSQL errors carry no position. Find the shortest prefix of the body that still fails with
 * the same message (a syntax error is raised when its token is read), then refine: a statement
 * whose embedded SQL fails is parsed alone to get PostgreSQL's cursor, and an error naming a
 * token ("at or near "x"") points at that token.
 */
function plpgsqlErrorOffset(stmtText, body, message) {
    const content = body.content;
    const firstToken = content.length - content.trimStart().length;
    const tokens = tokensOf(content)?.filter((t) => !t.comment);
    if (/at end of input/.test(message)) {
        const at = tokens ? incompleteExpressionEnd(stmtText, body, tokens, message) : undefined;
        return body.toFile(at ?? content.length);
    }
    const near = /at or near "(.*)"$/.exec(message)?.[1] ?? /"([^"]+)"/.exec(message)?.[1];
    if (!tokens || tokens.length === 0) {
        const at = near ? content.indexOf(near) : -1;
        return body.toFile(at >= 0 ? at : firstToken);
    }
    const fails = (upTo) => {
        const cut = body.toRaw(tokens[upTo].end);
        const truncated = stmtText.slice(0, cut) + stmtText.slice(body.rawEnd);
        return plpgsqlErrorOf(truncated) === message;
    };
    // Smallest token index whose prefix reproduces the error (the whole body does).
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fails(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    const r = lo;
    const same = (t) => near !== undefined && (t.text === near || t.text.toLowerCase() === near.toLowerCase());
    if (same(tokens[r]))
        return body.toFile(tokens[r].start);
    // Back to the start of the PL/pgSQL statement the error was found in.
    let s = r - 1;
    while (s >= 0 && !PLPGSQL_SEPARATOR.test(tokens[s].text))
        s--;
    const sqlStart = s >= 0 ? tokens[s].end : 0;
    const sqlEnd = tokens[r].text === ';' ? tokens[r].start : tokens[r].end;
    const sql = content.slice(sqlStart, sqlEnd);
    try {
        (0,wasm/* parseQuery */.mA)(sql);
    }
    catch (e) {
        const err = sqlErrorOf(e);
        if (err && message.endsWith(err.message)) {
            return body.toFile(sqlStart + new load_text/* Utf8Offsets */.As(sql).fromCodePoints(err.cursor));
        }
    }
    for (let i = s + 1; i <= r; i++)
        if (same(tokens[i]))
            return body.toFile(tokens[i].start);
    return body.toFile(tokens[Math.max(0, s + 1)].start);
}
/** PL/pgSQL statements whose expression follows a keyword: `RETURN 1 +`, `IF a = THEN`, `WHILE … LOOP`. */
const EXPRESSION_AFTER = /^(RETURN|PERFORM|IF|ELSIF|ELSEIF|WHILE|WHEN)$/i;
/** What ends a PL/pgSQL statement or the expression in one. */
const PLPGSQL_SEPARATOR = /^(;|BEGIN|THEN|ELSE|LOOP|DECLARE)$/i;
/**
 * "syntax error at end of input" raised for an expression or SQL statement inside the body:
 * PL/pgSQL cuts it at its terminator (`;`, THEN, LOOP) and PostgreSQL's parser finds it
 * incomplete (`RETURN 1 +;`, `IF a = THEN`, `UPDATE t SET a = ;`). PostgreSQL then points just
 * past its last character (measured: test/parse/plpgsql-positions.test.ts, on both engines); a
 * body that itself ends too early (a missing END IF) is not this case (undefined: the body's end).
 *
 * Each piece between separators is parsed as PL/pgSQL would check it ("SELECT expr" after RETURN,
 * PERFORM, IF, an assignment; the piece itself for a SQL statement); the first that is
 * incomplete is the error when putting NULL in place of every incomplete piece makes the body
 * compile, or fail differently.
 */
function incompleteExpressionEnd(stmtText, body, tokens, message) {
    const content = body.content;
    const pieces = [];
    let from = 0;
    for (let i = 0; i <= tokens.length; i++) {
        if (i < tokens.length && !PLPGSQL_SEPARATOR.test(tokens[i].text))
            continue;
        const piece = tokens.slice(from, i);
        from = i + 1;
        if (piece.length === 0)
            continue;
        // The expression: after the statement's keyword or the assignment's ":=" / "=", else the statement itself.
        let k = 0;
        if (EXPRESSION_AFTER.test(piece[0].text))
            k = 1;
        else if (piece.length > 2 && (piece[1].text === ':=' || piece[1].text === '='))
            k = 2;
        if (k >= piece.length)
            continue;
        const start = piece[k].start;
        const end = piece[piece.length - 1].end;
        const text = content.slice(start, end);
        try {
            (0,wasm/* parseQuery */.mA)(k > 0 ? `SELECT ${text}` : text);
        }
        catch (e) {
            if (sqlErrorOf(e)?.message === 'syntax error at end of input')
                pieces.push({ start, end });
        }
    }
    if (pieces.length === 0)
        return undefined;
    let fixed = stmtText.slice(0, body.rawStart);
    let at = 0;
    for (const p of pieces) {
        fixed += stmtText.slice(body.toRaw(at), body.toRaw(p.start)) + 'NULL';
        at = p.end;
    }
    fixed += stmtText.slice(body.toRaw(at));
    return plpgsqlErrorOf(fixed) === message ? undefined : pieces[0].end;
}
/** PL/pgSQL's error message for a CREATE FUNCTION / DO text, or undefined when it compiles. */
function plpgsqlErrorOf(stmtText) {
    try {
        (0,wasm/* parsePlpgsql */.Tu)(stmtText);
        return undefined;
    }
    catch (e) {
        return e instanceof Error ? e.message : String(e);
    }
}

;// CONCATENATED MODULE: ./src/parse/body.ts
/**
 * Bodies of DO blocks, functions and procedures: SQL-standard bodies (BEGIN ATOMIC, RETURN), LANGUAGE
 * sql bodies and PL/pgSQL (plpgsql.ts), located in the file so that the statements inside become
 * `nested` statements with exact offsets.
 */





function defElems(list) {
    const m = new Map();
    for (const item of list ?? []) {
        const d = item['DefElem'];
        if (d?.['defname'])
            m.set(String(d['defname']), d);
    }
    return m;
}
function stringValue(n) {
    if (!n)
        return undefined;
    if (n['String'])
        return String(n['String']['sval'] ?? '');
    return undefined;
}
function extractBody(stmt, span, src, errors) {
    const isDo = stmt.kind === 'DoStmt';
    const opts = defElems(isDo ? stmt.node['args'] : stmt.node['options']);
    const language = (stringValue(opts.get('language')?.['arg']) ?? (isDo ? 'plpgsql' : 'sql')).toLowerCase();
    const asArg = opts.get('as')?.['arg'];
    const bodyValue = isDo ? stringValue(asArg) : stringValue(asArg?.['List']?.['items']?.[0]);
    const variables = new Set();
    for (const p of stmt.node['parameters'] ?? []) {
        const name = p['FunctionParameter']?.['name'];
        if (typeof name === 'string')
            variables.add(name);
    }
    stmt.body = { language, transactionControl: false, variables: [...variables] };
    const stmtText = src.text.slice(span.localStart, span.localEnd);
    const stmtMap = {
        toFile: (o) => src.toFile(span.localStart + o),
        toFileEnd: (o) => src.toFileEnd(span.localStart + o),
        delta: src.delta === undefined ? undefined : src.delta + span.localStart,
    };
    // SQL-standard bodies (BEGIN ATOMIC … END, RETURN …) are already parsed with the statement.
    const sqlBody = stmt.node['sql_body'];
    if (sqlBody) {
        const items = flattenLists(sqlBody);
        const spans = atomicSpans(stmtText, items.length);
        items.forEach((item, k) => {
            const s = spans?.[k];
            const at = minLocation(item);
            const start = s ? stmtMap.toFile(s.start) : at === undefined ? stmt.start : stmt.offsetOf(at);
            const end = s ? stmtMap.toFileEnd(s.end) : start;
            stmt.nested.push(makeStatement(item, { localStart: span.localStart + (s?.start ?? 0), localEnd: span.localStart + (s?.end ?? 0), start, end }, src, { via: 'sql-body', parent: stmt, inLoop: false, loopCommits: false }, errors, true));
        });
        return;
    }
    if (bodyValue === undefined || (language !== 'plpgsql' && language !== 'sql'))
        return;
    const body = locateBody(stmtText, stmtMap, bodyValue);
    const ctx = (via) => ({ via, parent: stmt, inLoop: false, loopCommits: false });
    if (language === 'sql') {
        if (!/\S/.test(bodyValue))
            return;
        const bsrc = sourceOf(bodyValue, body ?? fixedMapping(stmt.start));
        let res;
        try {
            res = (0,wasm/* parseQuery */.mA)(bodyValue);
        }
        catch (e) {
            // With check_function_bodies on (the default), CREATE FUNCTION rejects a body that does not parse.
            const err = anyErrorOf(e);
            const offset = body ? body.toFile(bsrc.utf8.fromCodePoints(err.cursor)) : stmt.start;
            errors.push({ message: shortenMessage(err.message), offset, start: stmt.start, end: stmt.end });
            return;
        }
        addRawStatements(res.stmts ?? [], bsrc, stmt.nested, ctx('sql-body'), errors);
        return;
    }
    let funcs;
    try {
        funcs = (0,wasm/* parsePlpgsql */.Tu)(stmtText);
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (/not initialized/i.test(message))
            throw e;
        const offset = body ? plpgsqlErrorOffset(stmtText, body, message) : stmt.start;
        errors.push({ message: `PL/pgSQL: ${shortenMessage(message)}`, offset, start: stmt.start, end: stmt.end });
        return;
    }
    const fn = funcs['plpgsql_funcs']?.[0]?.['PLpgSQL_function'];
    for (const d of fn?.['datums'] ?? []) {
        const datum = Object.values(d)[0];
        const name = datum?.['refname'];
        if (typeof name === 'string' && !name.startsWith('(') && !name.startsWith('$'))
            variables.add(name);
    }
    stmt.body.variables = [...variables];
    if (!fn?.['action'])
        return;
    new PlpgsqlWalker(stmt, body, bodyValue, errors).walk(fn['action'], ctx('plpgsql'));
}
function flattenLists(n) {
    if (n['List'])
        return (n['List']['items'] ?? []).flatMap(flattenLists);
    return [n];
}
function minLocation(n) {
    let min;
    const visit = (x) => {
        if (Array.isArray(x))
            x.forEach(visit);
        else if (x && typeof x === 'object') {
            for (const [k, v] of Object.entries(x)) {
                if (k === 'location' && typeof v === 'number' && v >= 0)
                    min = min === undefined ? v : Math.min(min, v);
                else
                    visit(v);
            }
        }
    };
    visit(n);
    return min;
}
/**
 * Spans (statement-text offsets) of the statements of a SQL-standard body: the ones between
 * BEGIN ATOMIC and its END, or the RETURN clause. Undefined when they cannot be matched to `count`.
 */
function atomicSpans(stmtText, count) {
    const tokens = tokensOf(stmtText)?.filter((t) => !t.comment);
    if (!tokens)
        return undefined;
    const upper = tokens.map((t) => (t.string ? '' : t.text.toUpperCase()));
    const spans = [];
    let i = upper.findIndex((w, k) => w === 'BEGIN' && upper[k + 1] === 'ATOMIC');
    if (i < 0) {
        const ret = upper.lastIndexOf('RETURN');
        if (ret < 0 || count !== 1)
            return undefined;
        return [{ start: tokens[ret].start, end: tokens[tokens.length - 1].end }];
    }
    i += 2;
    let depth = 0;
    let begin = -1;
    for (; i < tokens.length; i++) {
        const w = upper[i];
        if (w === 'END' && depth === 0)
            break;
        if (w === 'CASE')
            depth++;
        else if (w === 'END')
            depth--;
        if (tokens[i].text === ';' && depth === 0) {
            if (begin >= 0)
                spans.push({ start: tokens[begin].start, end: tokens[i - 1].end });
            begin = -1;
        }
        else if (begin < 0)
            begin = i;
    }
    if (begin >= 0)
        spans.push({ start: tokens[begin].start, end: tokens[i - 1].end });
    return spans.length === count ? spans : undefined;
}
/**
 * Finds the string constant holding a body in a statement's text, and how its content maps to
 * the file: dollar quotes verbatim, '' and E'' strings through their escapes.
 */
function locateBody(stmtText, stmtMap, value) {
    const fast = dollarBodyToken(stmtText, value);
    const tokens = fast ? [fast] : tokensOf(stmtText);
    if (!tokens)
        return undefined;
    for (const t of tokens) {
        if (!t.string)
            continue;
        const decoded = decodeStringToken(t.text);
        if (!decoded || decoded.content !== value)
            continue;
        const rawIndex = decoded.rawIndex;
        const toRaw = (o) => t.start + rawIndex(Math.max(0, Math.min(o, value.length)));
        return {
            content: value,
            // Characters are contiguous in the token, so where one ends the next begins.
            toFile: (o) => stmtMap.toFile(toRaw(o)),
            toFileEnd: (o) => stmtMap.toFileEnd(toRaw(o)),
            delta: decoded.shift !== undefined && stmtMap.delta !== undefined ? stmtMap.delta + t.start + decoded.shift : undefined,
            toRaw,
            rawStart: toRaw(0),
            rawEnd: toRaw(value.length),
        };
    }
    return undefined;
}
/**
 * Fast path of locateBody for a long dollar-quoted body (scanning a large body token is slow):
 * the first occurrence of the value, between two equal dollar delimiters, is the token sought
 * when the text before it scans cleanly (not inside a string or comment, at a token boundary)
 * and holds no earlier string token with the same value. Undefined: do the full scan.
 */
function dollarBodyToken(stmtText, value) {
    if (!value)
        return undefined;
    const at = stmtText.indexOf(value);
    if (at < 0)
        return undefined;
    const delim = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z_0-9\u0080-\uffff]*)?\$$/.exec(stmtText.slice(Math.max(0, at - 100), at))?.[0];
    if (!delim || !stmtText.startsWith(delim, at + value.length) || value.includes(delim))
        return undefined;
    const start = at - delim.length;
    if (start > 0 && /[A-Za-z_0-9$\u0080-\uffff]/.test(stmtText[start - 1]))
        return undefined;
    const before = tokensOf(stmtText.slice(0, start));
    if (!before)
        return undefined;
    if (before.length && before[before.length - 1].comment)
        return undefined;
    for (const t of before)
        if (t.string && decodeStringToken(t.text)?.content === value)
            return undefined;
    const end = at + value.length + delim.length;
    return { start, end, text: stmtText.slice(start, end), comment: false, string: true };
}
/** The value of a string token and, for each content offset, its offset in the token's text. */
function decodeStringToken(raw) {
    const dollar = /^\$[^$]*\$/.exec(raw);
    if (dollar) {
        const p = dollar[0].length;
        return { content: raw.slice(p, raw.length - p), rawIndex: (o) => p + o, shift: p };
    }
    let i;
    let escapes;
    if (raw.startsWith("'")) {
        i = 1;
        escapes = false;
    }
    else if (/^[eE]'/.test(raw)) {
        i = 2;
        escapes = true;
    }
    else
        return undefined;
    const last = raw.length - 1; // the closing quote
    let content = '';
    const index = [];
    const emit = (s, at) => {
        for (let k = 0; k < s.length; k++)
            index.push(at);
        content += s;
    };
    while (i < last) {
        const c = raw[i];
        if (c === "'" && raw[i + 1] === "'") {
            emit("'", i);
            i += 2;
            continue;
        }
        if (escapes && c === '\\' && i + 1 < last) {
            const d = raw[i + 1];
            const simple = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
            let m;
            if (simple[d] !== undefined) {
                emit(simple[d], i);
                i += 2;
            }
            else if ((m = /^[0-7]{1,3}/.exec(raw.slice(i + 1, i + 4)))) {
                emit(String.fromCodePoint(parseInt(m[0], 8)), i);
                i += 1 + m[0].length;
            }
            else if ((m = /^x([0-9A-Fa-f]{1,2})/.exec(raw.slice(i + 1, i + 4)))) {
                emit(String.fromCodePoint(parseInt(m[1], 16)), i);
                i += 1 + m[0].length;
            }
            else if ((m = /^u([0-9A-Fa-f]{4})/.exec(raw.slice(i + 1, i + 6))) || (m = /^U([0-9A-Fa-f]{8})/.exec(raw.slice(i + 1, i + 10)))) {
                emit(String.fromCodePoint(parseInt(m[1], 16)), i);
                i += 1 + m[0].length;
            }
            else {
                emit(d, i);
                i += 2;
            }
            continue;
        }
        emit(c, i);
        i++;
    }
    index.push(last);
    return { content, rawIndex: (o) => index[o] ?? last };
}

;// CONCATENATED MODULE: ./src/parse/parser.ts
/**
 * SQL text → statements with exact offsets, using libpg-query (PostgreSQL's own parser, WASM).
 *
 * Fast path: the whole text is parsed once. When PostgreSQL rejects it, the text is split into
 * statements with our lexer (which knows dollar quotes, E'' strings and nested comments, and
 * never gives up on an unterminated one) and each statement is parsed alone, so one bad
 * statement yields one error and the rest is still linted. PL/pgSQL bodies (DO blocks,
 * functions, procedures) and SQL function bodies are parsed too; the statements inside become
 * `nested` statements whose AST locations map to offsets in the file.
 */






/** Loads the WASM module once (wasm.ts keeps it); every parse function below needs it. */
function initParser() {
    return (0,wasm/* loadParserModule */.Qc)();
}
const TOP = { via: 'top', inLoop: false, loopCommits: false };
// ---------------------------------------------------------------------------------------------
// Top level
/**
 * Texts longer than this are parsed in blocks of whole statements: the WASM heap grows with the
 * text parsed at once (and never shrinks), and a parse tree for megabytes of SQL fills it. With
 * 256 KiB blocks a file of 100,000 statements peaks at ~0.2 GB; with 1 MiB blocks, ~0.3 GB.
 */
const BLOCK_CHARS = 1 << 18;
/** Texts longer than this are not parsed (their parse trees alone would take gigabytes). */
const MAX_PARSE_CHARS = 10 * (1 << 20);
function parseSql(input) {
    const out = { statements: [], errors: [] };
    // PostgreSQL's parser reads C strings: a NUL byte ends the text.
    const nul = input.indexOf('\0');
    const text = nul >= 0 ? input.slice(0, nul) : input;
    if (!/\S/.test(text))
        return out;
    if (text.length > MAX_PARSE_CHARS) {
        out.errors.push({
            message: `the file is too large to check (${(text.length / (1 << 20)).toFixed(1)} MB of SQL; the limit is ${MAX_PARSE_CHARS / (1 << 20)} MB), so none of it was parsed`,
            offset: 0,
            start: 0,
            end: 0,
            tooLarge: true,
        });
        return out;
    }
    const blocks = text.length > BLOCK_CHARS ? (0,lexer/* statementBlocks */.YT)(text, BLOCK_CHARS) : [0];
    for (let b = 0; b < blocks.length; b++) {
        const from = blocks[b];
        const to = blocks[b + 1] ?? text.length;
        parseBlock(blocks.length === 1 ? text : text.slice(from, to), from, out);
    }
    out.statements.sort((a, b) => a.start - b.start);
    out.errors.sort((a, b) => a.offset - b.offset);
    return out;
}
/** Parses `text`, which starts at file offset `base`, into `out`. */
function parseBlock(text, base, out) {
    if (!/\S/.test(text))
        return;
    const whole = sliceSource(text, base);
    try {
        const res = (0,wasm/* parseQuery */.mA)(text);
        addRawStatements(res.stmts ?? [], whole, out.statements, TOP, out.errors);
        return;
    }
    catch (e) {
        anyErrorOf(e); // rethrows only when the parser is not loaded
    }
    for (const chunk of splitStatements(text)) {
        if (chunk.first < 0)
            continue; // only whitespace and comments
        // Parse the statement with its ";", as PostgreSQL receives it ("DEFAULT;" fails at ";", not at the end).
        const withSemicolon = text[chunk.end] === ';' ? 1 : 0;
        const chunkText = text.slice(chunk.start, chunk.end + withSemicolon);
        const src = sliceSource(chunkText, base + chunk.start);
        try {
            const res = (0,wasm/* parseQuery */.mA)(chunkText);
            addRawStatements(res.stmts ?? [], src, out.statements, TOP, out.errors);
        }
        catch (e) {
            const err = anyErrorOf(e);
            let end = chunk.end;
            while (end > chunk.first && /\s/.test(text[end - 1]))
                end--;
            out.errors.push({
                message: shortenMessage(err.message),
                offset: base + chunk.start + src.utf8.fromCodePoints(err.cursor),
                start: base + chunk.first,
                end: base + end,
            });
        }
    }
}
function addRawStatements(raws, src, into, context, errors) {
    for (const raw of raws) {
        if (!raw.stmt)
            continue;
        const loc = raw.stmt_location ?? 0;
        const localStart = src.utf8.toStringOffset(loc);
        let localEnd = raw.stmt_len ? src.utf8.toStringOffset(loc + raw.stmt_len) : src.text.length;
        localEnd = trimTrailing(src.text, localStart, localEnd);
        const span = { localStart, localEnd, start: src.toFile(localStart), end: endOf(src, localEnd, localStart) };
        into.push(makeStatement(raw.stmt, span, src, context, errors));
    }
}
/** End of the last token in text[start, end): trailing whitespace and comments are not part of a statement. */
function trimTrailing(text, start, end) {
    while (end > start && /\s/.test(text[end - 1]))
        end--;
    // Only a comment at the very end matters: a line comment starts on the last line (it runs to
    // the line's end), a block comment ends with its "*/". Without either, no scan is needed.
    let lastLine = end;
    while (lastLine > start && text[lastLine - 1] !== '\n' && text[lastLine - 1] !== '\r')
        lastLine--;
    if (!text.startsWith('*/', end - 2) && !text.slice(lastLine, end).includes('--'))
        return end;
    const slice = text.slice(start, end);
    if (!slice.includes('--') && !slice.includes('*/'))
        return end;
    const tokens = tokensOf(slice);
    if (!tokens)
        return end;
    for (let i = tokens.length - 1; i >= 0; i--) {
        if (!tokens[i].comment)
            return start + tokens[i].end;
    }
    return end;
}
function makeStatement(wrapper, span, src, context, errors, 
/** A subtree of a statement already made (a statement of a BEGIN ATOMIC body). */
subtree = false) {
    const kind = Object.keys(wrapper)[0] ?? 'Unknown';
    const node = (wrapper[kind] ?? {});
    // A byte offset in an ASCII text that is a verbatim piece of the file is a file offset plus a
    // shift; anything else is rewritten to file offsets now. (The statements of a BEGIN ATOMIC
    // body are subtrees of their CREATE FUNCTION, whose locations are already done.)
    const shifted = src.delta !== undefined && src.utf8.isAscii;
    if (!shifted && !subtree)
        rewriteLocations(node, src);
    const stmt = withOffsetOf({
        kind,
        node,
        start: span.start,
        end: span.end,
        locationDelta: shifted ? src.delta : 0,
        nested: [],
        context,
    });
    if (kind === 'DoStmt' || kind === 'CreateFunctionStmt')
        extractBody(stmt, span, src, errors);
    return stmt;
}
/** Gives a statement its `offsetOf`. */
function withOffsetOf(stmt) {
    const s = stmt;
    s.offsetOf = (location) => (location === undefined || location < 0 ? s.start : s.locationDelta + location);
    return s;
}
/**
 * A parse done when first read: `statements` or `errors` parse `text` (parseSql; the parser must be
 * loaded) the first time either is read. The lint cache (src/lint/cache.ts) gives files this, so
 * a file whose findings it holds is never parsed unless something reads its statements.
 * `pending` is true until then.
 */
class LazyParsed {
    text;
    done;
    constructor(text) {
        this.text = text;
    }
    get pending() {
        return this.done === undefined;
    }
    get statements() {
        return (this.done ??= parseSql(this.text)).statements;
    }
    get errors() {
        return (this.done ??= parseSql(this.text)).errors;
    }
}
/**
 * A parse as JSON text, to cross threads: JSON.stringify and JSON.parse of parse trees are
 * several times faster than a structured clone of them. The `offsetOf` functions and the
 * `context.parent` back-references (always the statement whose `nested` holds the statement)
 * are left out; `parsedFromJson` restores both.
 */
function parsedToJson(parsed) {
    return JSON.stringify(parsed, (key, value) => (key === 'parent' ? undefined : value));
}
function parsedFromJson(json) {
    const parsed = JSON.parse(json);
    const revive = (s, parent) => {
        if (parent)
            s.context.parent = parent;
        withOffsetOf(s);
        for (const n of s.nested)
            revive(n, s);
    };
    for (const s of parsed.statements)
        revive(s);
    return parsed;
}
/** Rewrites every `location` in a parse tree from a byte offset in `src` to a file offset. */
function rewriteLocations(n, src) {
    if (Array.isArray(n)) {
        for (const x of n)
            if (x && typeof x === 'object')
                rewriteLocations(x, src);
        return;
    }
    const o = n;
    for (const key in o) {
        const v = o[key];
        if (typeof v === 'number') {
            if ((key === 'location' || key === 'name_location') && v >= 0)
                o[key] = locate(src, v);
        }
        else if (v && typeof v === 'object')
            rewriteLocations(v, src);
    }
}


/***/ }),

/***/ 9143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qc: () => (/* binding */ loadParserModule),
/* harmony export */   Tu: () => (/* binding */ parsePlpgsql),
/* harmony export */   dL: () => (/* binding */ PgSyntaxError),
/* harmony export */   mA: () => (/* binding */ parseQuery),
/* harmony export */   we: () => (/* binding */ scanTokens)
/* harmony export */ });
/* harmony import */ var libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3995);
/* harmony import */ var libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Our own glue to libpg-query's WASM build of PostgreSQL's parser (libpg_query, PostgreSQL 18):
 * the same exported C functions libpg-query's JS wrapper calls (`wasm_parse_query_raw`,
 * `wasm_parse_plpgsql`, `wasm_scan`), with the text crossing the boundary through Node's native
 * UTF-8 code instead of Emscripten's JS loops.
 *
 * Why (issue #16 §3): libpg-query's wrapper copies a text into WASM memory with Emscripten's
 * `stringToUTF8` (a JS loop per character) and reads the result back with `UTF8ToString`, which
 * scans byte by byte in JS for the terminating NUL before decoding. On the bench corpus (4,005
 * files, 4.2 MB of SQL, 16.8 MB of JSON parse trees) those loops cost ~110 ms of a cold lint;
 * here `TextEncoder.encodeInto`, `Uint8Array.indexOf(0)` and `TextDecoder` do the same work in
 * native code. `JSON.parse` of the trees stays: the WASM build prints only JSON.
 *
 * The module instance is ours alone (libpg-query's own wrapper is never loaded, so its WASM is not
 * compiled twice). Layouts read from WASM memory: libpg_query's pg_query.h —
 * PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error } and
 * PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos;
 * char *context } (wasm32: 4-byte pointers and ints).
 */
// The Emscripten loader (CommonJS, no types): a factory resolving to the module instance.
// @ts-expect-error -- libpg-query ships no declarations for its loader

/** A syntax error as PostgreSQL's parser reports it. */
class PgSyntaxError extends Error {
    /**
     * 0-based character (code point) offset of PostgreSQL's error cursor in the parsed text (its
     * `cursorpos` is 1-based; 0 when the error has none).
     */
    cursor;
    constructor(message, cursor) {
        super(message);
        this.name = 'PgSyntaxError';
        this.cursor = cursor;
    }
}
let wasm;
let loading;
/** Compiles and instantiates the WASM module once; every function below needs it (else throws "not initialized"). */
function loadParserModule() {
    loading ??= libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0___default()().then((m) => {
        wasm = m;
    });
    return loading;
}
function module() {
    if (!wasm)
        throw new Error('the SQL parser is not initialized: call initParser() first');
    return wasm;
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Copies `text` into WASM memory as a NUL-terminated UTF-8 C string; the caller frees it. */
function toCString(m, text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    const ptr = m._malloc(bytes + 1);
    if (!ptr)
        throw new Error(`the SQL parser could not allocate ${bytes + 1} bytes`);
    const heap = m.HEAPU8;
    encoder.encodeInto(text, heap.subarray(ptr, ptr + bytes));
    heap[ptr + bytes] = 0;
    return ptr;
}
/** The NUL-terminated UTF-8 C string at `ptr` ('' for a null pointer). */
function fromCString(m, ptr) {
    if (!ptr)
        return '';
    const heap = m.HEAPU8;
    const end = heap.indexOf(0, ptr);
    return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}
/**
 * PostgreSQL's raw parse of `text` (one or more statements) as libpg_query's JSON parse tree,
 * parsed: `{ version, stmts: [{ stmt, stmt_location?, stmt_len? }] }` with byte offsets.
 * Throws PgSyntaxError when PostgreSQL rejects the text.
 */
function parseQuery(text) {
    const m = module();
    const input = toCString(m, text);
    let result = 0;
    try {
        result = m._wasm_parse_query_raw(input);
        if (!result)
            throw new Error('the SQL parser ran out of memory');
        const u32 = m.HEAPU32;
        const tree = u32[result >> 2];
        const error = u32[(result >> 2) + 2];
        if (error) {
            const message = fromCString(m, m.HEAPU32[error >> 2]) || 'unknown parser error';
            const cursorpos = m.HEAPU32[(error >> 2) + 4] | 0;
            throw new PgSyntaxError(message, cursorpos > 0 ? cursorpos - 1 : 0);
        }
        if (!tree)
            throw new Error('the SQL parser returned no parse tree');
        return JSON.parse(fromCString(m, tree));
    }
    finally {
        m._free(input);
        if (result)
            m._wasm_free_parse_result(result);
    }
}
/** Calls a libpg_query function that returns a malloc'd string (JSON, or an error message). */
function stringCall(fn, text) {
    const m = module();
    const input = toCString(m, text);
    let result = 0;
    try {
        result = fn(m, input);
        return fromCString(m, result);
    }
    finally {
        m._free(input);
        if (result)
            m._wasm_free_string(result);
    }
}
/**
 * PL/pgSQL's compile of a CREATE FUNCTION / DO statement's text (libpg_query's
 * pg_query_parse_plpgsql), parsed: `{ plpgsql_funcs: [{ PLpgSQL_function: … }] }`. Throws an
 * Error whose message is PL/pgSQL's (for example `syntax error at or near "x"`).
 */
function parsePlpgsql(text) {
    const out = stringCall((m, p) => m._wasm_parse_plpgsql(p), text);
    // Success is a JSON object; anything else is the error message.
    if (!out.startsWith('{'))
        throw new Error(out);
    return JSON.parse(out);
}
/** PostgreSQL's scanner over `text` (libpg_query's pg_query_scan). Throws when the text cannot be scanned. */
function scanTokens(text) {
    const out = stringCall((m, p) => m._wasm_scan(p), text);
    if (!out.startsWith('{'))
        throw new Error(out);
    return (JSON.parse(out).tokens ?? []);
}


/***/ })

};
