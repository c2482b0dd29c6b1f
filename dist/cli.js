#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _wasm_location_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5447);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8476);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2957);



(0,_interrupt_js__WEBPACK_IMPORTED_MODULE_1__/* .installInterruptHandlers */ .c)((s) => process.stderr.write(s));
// A stray promise rejection (a driver dying mid-run) must end in one line, not a stack trace.
process.on('unhandledRejection', (e) => {
    process.stderr.write(`migration-guard: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
});
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    readStdin: async () => {
        const chunks = [];
        for await (const chunk of process.stdin)
            chunks.push(chunk);
        return Buffer.concat(chunks);
    },
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8330);
/* harmony import */ var _db_url_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(879);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _lint_exit_code_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(971);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2969);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7485);
/**
 * argv → command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input
 * errors (one clear line on stderr, never a stack trace unless MIGRATION_GUARD_DEBUG is set).
 *
 * The commands live in lint-commands.ts (lint, check, rules) and db-commands.ts (the runner and
 * create); their help pages in usage.ts; shared options in options.ts. Those command modules are
 * loaded with import() by the command that needs them, so `--version` and `--help` load neither the
 * parser (libpg-query starts compiling its WASM when imported) nor the rest of the bundle: with
 * everything imported up front, `--version` took 159 ms where `node -e 0` took 65 ms; now 76 ms
 * (median of 9, issue #16, `npm run bench -- startup`).
 */







const DB_COMMANDS = ['status', 'migrate', 'validate', 'baseline', 'create', 'rollback', 'repair', 'reset'];
async function main(argv, io) {
    try {
        // Flyway's own order, `flyway -environment=dev info`: its -KEY=VALUE settings may come before
        // the command; they are read as if given after it.
        const leading = argv.findIndex((a) => !_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .FLYWAY_ARG */ .S$.test(a));
        if (leading > 0)
            argv = [argv[leading], ...argv.slice(0, leading), ...argv.slice(leading + 1)];
        const [typed, ...rest] = argv;
        const command = typed === undefined ? undefined : (_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .ALIASES */ .rY[typed] ?? typed);
        switch (command) {
            case 'lint':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(234), __nccwpck_require__.e(535)]).then(__nccwpck_require__.bind(__nccwpck_require__, 535))).lintCommand(rest, io);
            case 'rules':
                return (await Promise.all(/* import() */[__nccwpck_require__.e(234), __nccwpck_require__.e(535)]).then(__nccwpck_require__.bind(__nccwpck_require__, 535))).rulesCommand(rest, io);
            case 'check':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(234), __nccwpck_require__.e(535)]).then(__nccwpck_require__.bind(__nccwpck_require__, 535))).checkCommand(rest, io);
            case 'help':
            case '--help':
            case '-h':
                return help(rest, io);
            case 'version':
            case '--version':
            case '-v':
            case '-V':
                io.stdout(`${_package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE}\n`);
                return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
            case undefined:
                io.stderr(_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .USAGE */ .u_);
                return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_ERROR */ .SI;
            default:
                if (DB_COMMANDS.includes(command))
                    return await (await Promise.all(/* import() */[__nccwpck_require__.e(234), __nccwpck_require__.e(571), __nccwpck_require__.e(535), __nccwpck_require__.e(443), __nccwpck_require__.e(630)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4630))).dbCommand(command, rest, io, typed);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(command.startsWith('-')
                    ? `unknown option ${command} before the command (run \`migration-guard help\`)`
                    : `unknown command "${command}"${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .au)(command, [..._usage_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMANDS */ .Lo, ...Object.keys(_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .ALIASES */ .rY)])} (run \`migration-guard help\`)`);
        }
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL) {
            io.stderr(`migration-guard: error: ${(0,_db_url_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecrets */ .QU)(e.message)}\n`);
            return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_ERROR */ .SI;
        }
        const message = (0,_db_url_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecrets */ .QU)(e instanceof Error ? e.message : String(e));
        io.stderr(`migration-guard: internal error: ${message}\n`);
        if (io.env['MIGRATION_GUARD_DEBUG'] && e instanceof Error && e.stack)
            io.stderr(`${e.stack}\n`);
        else
            io.stderr('Set MIGRATION_GUARD_DEBUG=1 for details, and please report this.\n');
        return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_ERROR */ .SI;
    }
}
/** `help`, `help COMMAND` (also an alias such as info). */
function help(rest, io) {
    const [name, ...more] = rest;
    if (name === undefined) {
        io.stdout(_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .USAGE */ .u_);
        return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
    }
    if (more.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('help takes one command name');
    if (!(0,_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .isCommand */ .y9)(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`no help for "${name}": not a command${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .au)(name, [..._usage_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMANDS */ .Lo, ...Object.keys(_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .ALIASES */ .rY)])} (run \`migration-guard help\`)`);
    }
    io.stdout((0,_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .usageOf */ .Fs)(name));
    return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ usageOf),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   S$: () => (/* binding */ FLYWAY_ARG),
/* harmony export */   rY: () => (/* binding */ ALIASES),
/* harmony export */   u_: () => (/* binding */ USAGE),
/* harmony export */   y9: () => (/* binding */ isCommand)
/* harmony export */ });
/**
 * Help text: the global usage (`migration-guard help`) and one page per command
 * (`migration-guard COMMAND --help`, `migration-guard help COMMAND`). Flyway's command names that
 * mean the same thing are aliases (`info` = `status`, `undo` = `rollback`).
 */
/**
 * Flyway's command-line settings, `-url=jdbc:…`, `-locations=filesystem:sql`, `-placeholders.region=eu`
 * (one dash). Here, not in options.ts, so that main.ts can reorder argv without loading the commands.
 */
const FLYWAY_ARG = /^-([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)=(.*)$/s;
/** Every command, as typed. */
const COMMANDS = [
    'lint',
    'check',
    'rules',
    'status',
    'migrate',
    'validate',
    'baseline',
    'create',
    'rollback',
    'repair',
    'reset',
    'help',
    'version',
];
/**
 * Flyway's names for our commands (Flyway CLI: `info`, `undo`). `undo` runs Flyway's undo
 * migrations, so it is accepted only when the rollback files are named as Flyway names them
 * (see db-commands.ts).
 */
const ALIASES = { info: 'status', undo: 'rollback' };
const LINT_OPTIONS = `  --base REF              Compare with a git ref (the PR's target branch) to know which
                          migrations are new, modified or deleted
  --format FORMAT         text (default), json, sarif (SARIF 2.1.0, as the Action uploads it) or
                          github (workflow commands: ::error file=…,line=…::message)
  --config FILE           Config file: migration-guard.yml, flyway.toml, flyway.conf or
                          flyway.config.js (default: those present in the working directory)
  --environment NAME      Environment for placeholders and per-environment config
  --placeholder NAME=VAL  Set a placeholder value (repeatable)
  -KEY=VALUE              A Flyway setting, as Flyway's CLI takes it (-locations=filesystem:sql)
  --rule ID=LEVEL         Set a rule's severity: off, warning or error (repeatable; overrides
                          the config)
  --exclude-rule ID       Turn a rule off (repeatable; same as --rule ID=off)
  --fail-on LEVEL         error (default), warning or never: when to exit with 1
  --color / --no-color    Force colours on or off (default: FORCE_COLOR, else off when
                          NO_COLOR is set, else on for a terminal)
  --no-cache              Neither read nor write the caches: lint's findings per file
                          (replayed for files unchanged since the last run, same output) and
                          check's database state
  --cache-dir DIR         Where the caches live: DIR/lint and DIR (default: the lint cache in
                          $MIGRATION_GUARD_CACHE_DIR/lint, else node_modules/.cache/migration-guard/
                          lint of the project, else ~/.cache/migration-guard/lint; check's state in
                          $MIGRATION_GUARD_CACHE_DIR, else ~/.cache/migration-guard)`;
const DB_OPTIONS = `  --database-url URL      postgres://user:password@host:5432/db or jdbc:postgresql://… (default:
                          $DATABASE_URL, else Flyway's url), or pglite:DIR for an embedded
                          database kept in DIR
  --format text|json      Output format (default text); progress goes to stderr
  --config FILE           Config file: migration-guard.yml, flyway.toml, flyway.conf or
                          flyway.config.js (default: those present in the working directory)
  --environment NAME      Environment for placeholders and per-environment config
  --placeholder NAME=VAL  Set a placeholder value (repeatable)
  -KEY=VALUE              A Flyway setting, as Flyway's CLI takes it (-url=jdbc:…, -user=…)`;
const EXIT = `Exit codes: 0 ok; 1 lint findings at or above --fail-on, or migrations that fail to
apply or validate; 2 usage, config or connection error.`;
const USAGE = `Usage: migration-guard <command> [options]

Commands:
  lint [PATH…]     Check migrations against the checklist (default PATH: the configured
                   migrations directory, "migrations"); "lint -" reads one file from stdin
  check [PATH…]    lint, then apply every migration to a scratch database (embedded PGlite,
                   or a temporary database next to --database-url), verify each new
                   migration's rollback (up → down → up), trace its locks and diff the schema
  rules [RULE]     List the rules with their default severity, or print one rule's page
  status [DIR]     Each migration's state in the database (Flyway: info)
  migrate [DIR]    Apply pending migrations (Flyway-compatible schema history);
                   --target VERSION, --dry-run
  validate [DIR]   Check applied migrations against the files
  baseline [DIR]   Mark an existing database as being at baselineVersion
  create --name N  New migration with the next version, plus its rollback file
  rollback [DIR]   Undo the newest applied version (--to VERSION: every one above it)
                   with its rollback file (Flyway: undo)
  repair [DIR]     Remove failed runs from the schema history (after cleaning up by hand)
  reset [DIR]      Drop everything in the schema and migrate again (development only)
  help [COMMAND]   Show this help, or one command's
  version          Print the version (also --version, -v)

Run "migration-guard COMMAND --help" for a command's options.

${EXIT}
`;
const PAGES = {
    lint: `Usage: migration-guard lint [PATH…] [options]
       migration-guard lint - --stdin-filepath PATH [options]

Checks migrations against the checklist, without a database. PATH is a migrations directory or
a file in one (default: the configured migrations directory). A file is checked within its
directory (rollback pairing, ordering, history replay) and only its findings are reported.
With "-", the SQL is read from stdin and checked as if it were the file at --stdin-filepath
(for editors and pre-commit hooks); the files before it are read from disk.

Options:
${LINT_OPTIONS}
  --stdin-filepath PATH   with "-": where the SQL on stdin belongs in its project

${EXIT}
`,
    check: `Usage: migration-guard check [PATH…] [options]

Lints, then applies every migration to a scratch database (embedded PGlite, or a temporary
database created next to --database-url and dropped afterwards), verifies each new migration's
rollback (up → down → up), traces the locks it takes and diffs the schema.

Options: those of lint (but not "-"), and
  --database-url URL      a server to create the temporary database on (default: embedded
                          PGlite; $DATABASE_URL is never used by check)
  (--no-cache also: with --base, do not start from or save the database as the merged
   migrations before the change set leave it; on PGlite it is kept in the cache directory,
   the newest 8)
  --cache-on-server       with --database-url: keep that cache as mg_cache_* databases on the
                          server (the newest 8); without it check leaves the server as it was

${EXIT}
`,
    rules: `Usage: migration-guard rules [RULE] [--format text|json]

Without RULE: every rule with its default severity and what it flags.
With RULE: that rule's page (the lock it takes or the failure it prevents, the safe pattern,
examples).

Options:
  --format text|json      Output format (default text)
`,
    status: `Usage: migration-guard status [DIR] [options]
       migration-guard info [DIR] [options]      (Flyway's name)

Each migration's state in the database: applied, pending, failed, missing, outdated, checksum
match; invalid indexes left by failed CONCURRENTLY builds.

Options:
${DB_OPTIONS}
`,
    migrate: `Usage: migration-guard migrate [DIR] [options]

Applies pending versioned migrations in version order, then repeatables whose checksum changed,
using Flyway's schema history table, checksums and advisory lock.

Options:
${DB_OPTIONS}
  --target VERSION        Apply pending versioned migrations up to VERSION only (Flyway's
                          target): a version that must exist (VERSION? : up to it even when no
                          migration has it), "latest" (default: every one), "current" (none
                          above the applied version), "next" (only the next one). Repeatables
                          still run.
  --dry-run               Print what would run, in order (version, description, statement
                          count, transaction mode), and apply nothing
  --trace-locks           Report locks that blocked reads or writes while further statements
                          ran (reads pg_locks after each statement)
  --applied-on-database-url URL
                          The database of the environment the config's requireAppliedOn names
                          (e.g. staging), default $MIGRATION_GUARD_APPLIED_ON_DATABASE_URL:
                          every pending migration must be recorded there as applied
                          successfully, with the same checksum, or nothing is applied

On an environment marked production, a backup is taken first (the config's backup: pg_dump
--format=custom to backups/DATABASE-YYYYMMDDTHHMMSSZ.dump by default, or backup.command, or
backup: { none: "reason" }); if it fails, nothing is applied. --dry-run says what would be
backed up and takes nothing.

${EXIT}
`,
    validate: `Usage: migration-guard validate [DIR] [options]

Checks applied migrations against the files: checksums, names, missing files, failed runs,
out-of-order versions — and, as Flyway's validate, that none is left to apply: a pending
migration (or an outdated repeatable) fails it unless ignoreMigrationPatterns has '*:pending'.

Options:
${DB_OPTIONS}

${EXIT}
`,
    baseline: `Usage: migration-guard baseline [DIR] [options]

Marks an existing database as being at a version (Flyway's baseline): creates the schema
history table with a BASELINE row, so that migrate applies only the versions above it. Refused
when the history already records migrations.

Options:
${DB_OPTIONS}
  --baseline-version V    The version (default: the config's baselineVersion, 1)
`,
    create: `Usage: migration-guard create --name NAME [DIR] [options]

Writes a new migration with the next version (keeping the zero-padding of the highest one) and
its rollback file, from templates.

Options:
  --name NAME             The description: lower-case letters, digits, single underscores
  --format text|json      Output format (default text)
  --config FILE, --environment NAME   as for lint
`,
    rollback: `Usage: migration-guard rollback [DIR] [options]
       migration-guard undo [DIR] [options]      (Flyway's name, for U{version}__ rollback files)

Undoes the newest applied version with its rollback file (with --to VERSION: every applied
version above VERSION, newest first). Each rollback removes its version's history rows and
those of repeatable migrations applied after it, so that the next migrate re-applies them
(they may depend on what the rollback removed).

Options:
${DB_OPTIONS}
  --to VERSION            Undo every applied version above VERSION
  --force-production      Allow it on an environment marked production (a backup is taken
                          first, as for migrate: the config's backup)

${EXIT}
`,
    repair: `Usage: migration-guard repair [DIR] [options]

Removes failed runs (success = false rows) from the schema history, after the half-applied
changes have been cleaned up by hand (Flyway's repair, for failed runs).

Options:
${DB_OPTIONS}
`,
    reset: `Usage: migration-guard reset [DIR] [options]

Drops everything in the schema (Flyway's clean, history table included) and migrates again.
Development only: refused while cleanDisabled is true (the default) or on production.

Options:
${DB_OPTIONS}

${EXIT}
`,
};
/** The help page of a command (or alias); the global usage for help/version or an unknown name. */
function usageOf(command) {
    const name = command === undefined ? undefined : (ALIASES[command] ?? command);
    if (name && name in PAGES)
        return PAGES[name];
    return USAGE;
}
/** True when `name` is a command or an alias. */
function isCommand(name) {
    return COMMANDS.includes(name) || name in ALIASES;
}


/***/ }),

/***/ 879:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ parseDbUrl),
/* harmony export */   Cm: () => (/* binding */ toPostgresUrl),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   kR: () => (/* binding */ withDatabase),
/* harmony export */   yO: () => (/* binding */ clientConfig),
/* harmony export */   yP: () => (/* binding */ maskUrl)
/* harmony export */ });
/* unused harmony export urlPasswords */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/**
 * Database URLs (postgres:// and postgresql://): read leniently, the way libpq takes a raw
 * password (the user info ends at the last "@" before the host, so a password may hold "@", "#",
 * "/", ":", "?", spaces and tabs unencoded), checked before connecting (a malformed URL is a usage
 * error naming the problem, never "Invalid URL"), and masked in one place wherever one is printed.
 */


const SCHEME = /^postgres(?:ql)?:\/\//i;
const MASK = '***';
/** host[:port] list, then an optional path and query: what may follow the user info's "@". */
const HOSTS = /^(?:\[[^\]\s]*\]|[^\s/?#@[\]]*)(?::[^\s/?#@[\]]*)?(?:,(?:\[[^\]\s]*\]|[^\s/?#@[\]]*)(?::[^\s/?#@[\]]*)?)*/;
/** Whether `rest` reads as what follows the user info: hosts, then /database (no "@") and ?key=value&…. */
function isRest(rest) {
    const hosts = HOSTS.exec(rest)[0];
    let tail = rest.slice(hosts.length);
    const hash = tail.indexOf('#');
    if (hash >= 0)
        tail = tail.slice(0, hash); // a fragment, dropped as node-postgres drops it
    const q = tail.indexOf('?');
    const path = q >= 0 ? tail.slice(0, q) : tail;
    if (path !== '' && (!path.startsWith('/') || path.includes('@') || /\s/.test(path)))
        return false;
    if (q < 0)
        return true;
    // An "@" may appear in a query value (application_name=a@b), but then it reads as key=value.
    return tail
        .slice(q + 1)
        .split('&')
        .every((kv) => kv === '' || /^[A-Za-z_][A-Za-z0-9_.-]*=/.test(kv));
}
/**
 * Scheme, user info and the rest, without validating. The user info ends at the first "@" after
 * which the URL reads as hosts/database?query; failing that, at the last "@".
 */
function split(url) {
    const m = SCHEME.exec(url);
    if (!m)
        return undefined;
    const scheme = m[0];
    const body = url.slice(scheme.length);
    const last = body.lastIndexOf('@');
    if (last < 0)
        return { scheme, rest: body };
    let at = last;
    for (let i = body.indexOf('@'); i >= 0 && i < last; i = body.indexOf('@', i + 1)) {
        if (isRest(body.slice(i + 1))) {
            at = i;
            break;
        }
    }
    return { scheme, userinfo: body.slice(0, at), rest: body.slice(at + 1) };
}
function maskedParts(p) {
    if (p.userinfo === undefined)
        return p.scheme + maskParams(p.rest);
    const colon = p.userinfo.indexOf(':');
    const user = colon >= 0 ? p.userinfo.slice(0, colon) : p.userinfo;
    return `${p.scheme}${user}${colon >= 0 ? `:${MASK}` : ''}@${maskParams(p.rest)}`;
}
const maskParams = (s) => s.replace(/(\b(?:ssl)?password=)('(?:[^'\\]|\\.)*'|[^&\s]*)/gi, `$1${MASK}`);
/**
 * The one masking function: every postgres URL in `text` (a URL alone, or a message that holds
 * some) with everything between the user name and the "@" before the host replaced by ***,
 * whatever it contains; `password=` values too (query parameters, key=value strings).
 */
function maskUrl(text) {
    const whole = split(text);
    if (whole && !/\s/.test(whole.rest))
        return maskedParts(whole);
    // Inside a message: each URL runs to the end of its line (or the next URL); the user info ends
    // at the last "@" followed by something like a host (masking too much is fine, too little not).
    const out = text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\n]*?(?=(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/|\n|$)/gi, (segment) => {
        const start = segment.indexOf('://') + 3;
        const colon = segment.indexOf(':', start);
        if (colon < 0 || segment.startsWith(`${MASK}@`, colon + 1))
            return segment; // no password, or masked already
        const afterUser = segment.slice(start, colon);
        if (/[\s/?#@]/.test(afterUser))
            return segment; // "host:port…": no user info before this colon
        const last = segment.lastIndexOf('@');
        if (last < colon)
            return segment;
        let at = last;
        while (at > colon && !/^(?:\[[^\]\s]*\]|[\w.%-]+)/.test(segment.slice(at + 1)))
            at = segment.lastIndexOf('@', at - 1);
        if (at <= colon)
            at = last;
        return `${segment.slice(0, colon + 1)}${MASK}${segment.slice(at)}`;
    });
    return maskParams(out);
}
/** The URL's password as written and decoded (each once, none when it has no password). */
function urlPasswords(url) {
    if (JDBC.test(url)) {
        // PgJDBC takes the password as a query parameter (…?user=u&password=p).
        const q = url.indexOf('?');
        const raw = q < 0 ? undefined : /(?:^|&)password=([^&#]*)/.exec(url.slice(q + 1))?.[1];
        if (!raw)
            return [];
        return [...new Set([raw, decode(raw.replace(/\+/g, ' ')), decode(raw)])].filter((pw) => pw !== '' && pw !== MASK);
    }
    const p = split(url);
    const colon = p?.userinfo?.indexOf(':') ?? -1;
    if (!p?.userinfo || colon < 0)
        return [];
    const raw = p.userinfo.slice(colon + 1);
    return [...new Set([raw, decode(raw)])].filter((pw) => pw !== '' && pw !== MASK);
}
/**
 * Removes a URL's password from any text (a driver's message may quote it): the URL itself, its
 * password as written and decoded wherever it appears, and any other URL's password.
 */
function maskSecrets(text, url) {
    if (!url)
        return maskUrl(text);
    const masked = maskUrl(url);
    const passwords = urlPasswords(url);
    const hide = (t) => maskUrl(passwords.reduce((acc, pw) => acc.split(pw).join(MASK), t));
    // The URL and its masked form stay readable even when the password is also a word in them.
    return text
        .split(url)
        .map((piece) => piece.split(masked).map(hide).join(masked))
        .join(masked);
}
/** Percent-decoding that never throws: a "%" not followed by two hex digits stays as it is. */
function decode(s) {
    if (!s.includes('%'))
        return s;
    const bytes = [];
    for (let i = 0; i < s.length;) {
        if (s[i] === '%' && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
            bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
            i += 3;
        }
        else {
            const cp = s.codePointAt(i);
            bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
            i += cp > 0xffff ? 2 : 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** What node-postgres's parser reads unchanged: RFC 3986 user info / path characters, "%" only as %XX. */
const SAFE_USERINFO = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*$/;
const SAFE_PATH = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;
const SSL_FILES = ['sslrootcert', 'sslcert', 'sslkey'];
/** Parses and checks a postgres:// URL; a malformed one is a UsageError naming the problem (password masked). */
function parseDbUrl(url) {
    const parts = split(url);
    const masked = parts ? maskedParts(parts) : maskUrl(url);
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid database URL ${masked}: ${problem}`);
    };
    if (!parts)
        fail('it must start with postgres:// or postgresql://');
    const { userinfo, rest } = parts;
    if (/[\r\n]/.test(url))
        fail('it contains a line break');
    let user = '';
    let password;
    if (userinfo !== undefined) {
        const colon = userinfo.indexOf(':');
        user = decode(colon >= 0 ? userinfo.slice(0, colon) : userinfo);
        if (colon >= 0)
            password = decode(userinfo.slice(colon + 1));
    }
    const hostEnd = HOSTS.exec(rest)[0].length;
    const hostList = rest.slice(0, hostEnd);
    let tail = rest.slice(hostEnd);
    const hash = tail.indexOf('#');
    if (hash >= 0)
        tail = tail.slice(0, hash);
    const q = tail.indexOf('?');
    const path = q >= 0 ? tail.slice(0, q) : tail;
    const query = q >= 0 ? tail.slice(q + 1) : '';
    if (path !== '' && !path.startsWith('/')) {
        const bad = /^[^/?#]*/.exec(rest.slice(hostEnd))[0];
        if (bad.startsWith('['))
            fail(`the IPv6 address "${bad}" has no closing "]" (write it as [::1])`);
        fail(`unexpected "${bad}" after the host "${hostList}"`);
    }
    const hosts = hostList.split(',');
    if (hosts.length > 1)
        fail(`it names ${hosts.length} hosts (${hosts.join(', ')}); node-postgres connects to one`);
    let host = hosts[0];
    let portText;
    if (host.startsWith('[')) {
        const close = host.indexOf(']');
        portText = host.slice(close + 1).startsWith(':') ? host.slice(close + 2) : undefined;
        if (host.slice(close + 1) !== '' && portText === undefined)
            fail(`unexpected "${host.slice(close + 1)}" after the IPv6 address ${host.slice(0, close + 1)}`);
        host = host.slice(1, close);
    }
    else {
        const colon = host.indexOf(':');
        if (colon >= 0) {
            portText = host.slice(colon + 1);
            host = host.slice(0, colon);
            if (portText.includes(':'))
                fail(`an IPv6 address needs brackets: [${host}:${portText}]`);
        }
    }
    const port = portText === undefined || portText === '' ? undefined : checkPort(portText, 'in the URL', fail);
    const params = {};
    for (const [k, v] of new URLSearchParams(query))
        params[k] = v;
    if (params['port'] !== undefined && params['port'] !== '')
        checkPort(params['port'], 'in the query (port=)', fail);
    for (const key of SSL_FILES) {
        const file = params[key];
        if (file === undefined || file === '')
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
                fail(`${key}=${file} is not a file`);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
                throw e;
            fail(`${key}=${file} cannot be read (${e.code ?? e.message})`);
        }
    }
    const database = path.length > 1 ? decode(path.slice(1)) : undefined;
    const needsConfig = /[\s]/.test(url) ||
        (userinfo !== undefined && !SAFE_USERINFO.test(userinfo)) ||
        !SAFE_PATH.test(path) ||
        /%(?![0-9A-Fa-f]{2})/.test(url);
    return { user, password, host: decode(host), port, database, params, masked, needsConfig };
}
function checkPort(text, where, fail) {
    if (!/^\d+$/.test(text))
        fail(`the port ${where} must be a number from 1 to 65535 (got "${text}")`);
    const n = Number(text);
    if (n < 1 || n > 65535)
        fail(`the port ${where} must be from 1 to 65535 (got ${text})`);
    return n;
}
/** The same URL naming another database on the same server (check's scratch database). */
function withDatabase(url, database) {
    const p = split(url);
    if (!p)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid database URL ${maskUrl(url)}: it must start with postgres:// or postgresql://`);
    const hostEnd = HOSTS.exec(p.rest)[0].length;
    const tail = p.rest.slice(hostEnd);
    const q = tail.search(/[?#]/);
    return `${p.scheme}${p.userinfo !== undefined ? `${p.userinfo}@` : ''}${p.rest.slice(0, hostEnd)}/${encodeURIComponent(database)}${q >= 0 ? tail.slice(q) : ''}`;
}
/**
 * node-postgres's client settings for a URL its own parser would misread: what
 * pg-connection-string makes of a URL (every query parameter as a setting, then user, password,
 * host, port, database, and the ssl options from ssl/sslmode/sslcert/sslkey/sslrootcert), built
 * from our reading of it.
 */
function clientConfig(u) {
    const c = { ...u.params };
    const set = (key, value) => {
        if (value === undefined || value === '')
            delete c[key];
        else
            c[key] = value;
    };
    set('user', u.params['user'] || u.user);
    set('password', u.params['password'] || u.password);
    set('host', u.params['host'] || u.host);
    set('port', u.params['port'] ? Number(u.params['port']) : u.port);
    set('database', u.database);
    const p = u.params;
    let ssl = p['ssl'];
    if (ssl === 'true' || ssl === '1')
        ssl = true;
    if (ssl === '0')
        ssl = false;
    if (p['sslcert'] || p['sslkey'] || p['sslrootcert'] || p['sslmode'])
        ssl = {};
    if (p['sslnegotiation'] === 'direct' && ssl === undefined)
        ssl = true;
    if (typeof ssl === 'object' && ssl !== null) {
        const o = ssl;
        if (p['sslcert'])
            o['cert'] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p['sslcert']).toString();
        if (p['sslkey'])
            o['key'] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p['sslkey']).toString();
        if (p['sslrootcert'])
            o['ca'] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p['sslrootcert']).toString();
        const mode = p['sslmode'];
        if (p['uselibpqcompat'] === 'true') {
            if (mode === 'disable')
                ssl = false;
            else if (mode === 'prefer')
                o['rejectUnauthorized'] = false;
            else if (mode === 'require') {
                if (p['sslrootcert'])
                    o['checkServerIdentity'] = () => undefined;
                else
                    o['rejectUnauthorized'] = false;
            }
            else if (mode === 'verify-ca') {
                if (!o['ca'])
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid database URL ${u.masked}: sslmode=verify-ca needs sslrootcert (the CA to verify against)`);
                o['checkServerIdentity'] = () => undefined;
            }
        }
        else if (mode === 'disable')
            ssl = false;
        else if (mode === 'no-verify')
            o['rejectUnauthorized'] = false;
    }
    set('ssl', ssl);
    return c;
}
const JDBC = /^jdbc:postgresql:/i;
/** PgJDBC connection properties and what node-postgres calls them (the rest are warned about). */
const JDBC_PARAMS = {
    sslmode: 'sslmode',
    ssl: 'ssl',
    sslrootcert: 'sslrootcert',
    sslcert: 'sslcert',
    sslkey: 'sslkey',
    ApplicationName: 'application_name',
    connectTimeout: 'connect_timeout',
    options: 'options',
};
/**
 * A database URL as node-postgres takes it. `jdbc:postgresql:` URLs (PgJDBC's forms, see its
 * Driver.parseURL: `jdbc:postgresql:db`, `jdbc:postgresql:/`, `jdbc:postgresql://host[:port]/[db]`,
 * `[::1]` for IPv6, properties as `?key=value&…`, values URL-decoded as java.net.URLDecoder does, so
 * `+` is a space) become postgres:// URLs: `user` / `password` go into the user info (encoded),
 * `ApplicationName` → `application_name`, `connectTimeout` → `connect_timeout` (both seconds),
 * `currentSchema` → `options=-c search_path=…`, sslmode/ssl/sslrootcert/sslcert/sslkey are kept
 * (`sslmode=allow` reads as `prefer`); other properties are left out with a warning.
 * `fallback` (Flyway's separate user / password settings) fills what the URL does not say: in
 * PgJDBC the URL's properties win over those given beside it.
 * Several hosts are a UsageError (node-postgres connects to one). Other URLs are returned as given.
 */
function toPostgresUrl(url, fallback = {}) {
    if (!JDBC.test(url))
        return { url, warnings: [] };
    const shown = maskUrl(url);
    const fail = (problem) => {
        // The URL last: masking it again (maskUrl runs on every message printed) then changes nothing.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid JDBC URL: ${problem}: ${shown}`);
    };
    let body = url.slice('jdbc:postgresql:'.length);
    const q = body.indexOf('?');
    const query = q >= 0 ? body.slice(q + 1) : '';
    if (q >= 0)
        body = body.slice(0, q);
    let hostPort = '';
    let database = body;
    if (body.startsWith('//')) {
        const slash = body.indexOf('/', 2);
        hostPort = slash >= 0 ? body.slice(2, slash) : body.slice(2);
        database = slash >= 0 ? body.slice(slash + 1) : '';
    }
    else if (body.startsWith('/'))
        database = body.slice(1);
    if (hostPort.includes('@'))
        fail('PgJDBC takes the user and password as the query parameters user and password, or Flyway\'s user and password settings, not before the host');
    if (hostPort.includes(','))
        fail(`it names several hosts (${hostPort}); node-postgres connects to one`);
    if (hostPort !== '' && !/^(?:\[[0-9A-Fa-f:.%\w]+\]|[^:[\]/]+)(?::\d*)?$/.test(hostPort))
        fail(`"${hostPort}" is not host[:port] (an IPv6 address is written [::1])`);
    const jdbcDecode = (s) => {
        try {
            return decodeURIComponent(s.replace(/\+/g, ' '));
        }
        catch {
            return fail(`"${s}" is not valid percent-encoding`);
        }
    };
    const params = new URLSearchParams(query);
    const user = params.get('user') ?? fallback.user;
    const password = params.get('password') ?? fallback.password;
    const out = new URLSearchParams();
    const warnings = [];
    for (const [key, value] of params) {
        if (key === 'user' || key === 'password')
            continue;
        if (key === 'currentSchema')
            out.set('options', `-c search_path=${value.replace(/([\\ ])/g, '\\$1')}`);
        else if (key === 'sslmode' && value === 'allow')
            out.set('sslmode', 'prefer');
        else if (JDBC_PARAMS[key])
            out.set(JDBC_PARAMS[key], value);
        else
            warnings.push(`the JDBC property ${key} has no node-postgres equivalent and is not used: ${shown}`);
    }
    const userinfo = user === undefined || user === '' ? '' : `${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ''}@`;
    // PgJDBC reads no PG* environment variables: a missing host is localhost, a missing port 5432,
    // and a missing database is sent as none, which PostgreSQL takes as the user's name. Written out
    // here, so that node-postgres does not fill them from PGHOST, PGPORT or PGDATABASE instead.
    const hasPort = /^(?:\[[^\]]*\]|[^:]*):\d+$/.test(hostPort);
    const authority = `${hostPort.replace(/:$/, '') || 'localhost'}${hasPort ? '' : ':5432'}`;
    const db = jdbcDecode(database) || (user ?? '');
    const search = out.toString();
    return { url: `postgres://${userinfo}${authority}/${encodeURIComponent(db)}${search ? `?${search}` : ''}`, warnings };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   SI: () => (/* binding */ EXIT_ERROR),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Errors that end a run with exit code 2 (usage, configuration, unreadable input): the message
 * is shown as is, never with a stack trace. Findings are not errors; they exit with 1.
 */
class UsageError extends Error {
    name = 'UsageError';
}
class ConfigError extends Error {
    file;
    line;
    column;
    name = 'ConfigError';
    constructor(message, file, line, column) {
        super(file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message}` : message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ installInterruptHandlers),
/* harmony export */   n: () => (/* binding */ onInterrupt)
/* harmony export */ });
/**
 * Clean-up on SIGINT (Ctrl-C), SIGTERM (what a runner sends to a cancelled CI job), SIGHUP and a
 * closed output pipe: the
 * scratch databases `check` creates on a server are dropped on every exit path, not left behind.
 * I/O at the edge: the CLI and the Action install the handlers; openScratch registers its task.
 */
const tasks = new Set();
/** Listens for the signals while a task is registered (installInterruptHandlers sets it). */
let arm;
/** Runs `task` if the process is interrupted; returns the function that unregisters it. */
function onInterrupt(task) {
    tasks.add(task);
    arm?.(true);
    return () => {
        tasks.delete(task);
        if (tasks.size === 0)
            arm?.(false);
    };
}
/**
 * On SIGINT / SIGTERM / SIGHUP (a closed terminal), and when standard output or error is closed
 * under us (EPIPE: `check … | head`): runs every registered task (each given at most `timeoutMs`),
 * writes one line where it still can, and exits with 128 + the signal number (130, 143, 129; 141
 * for SIGPIPE), as a shell reports it.
 *
 * The signals are listened for only while a task is registered. A listener runs only when the
 * event loop gets a turn, and a lint (synchronous from parse to report) gives it none: with a
 * listener, Ctrl-C during a lint was ignored until it had printed everything and exited 0. With
 * none, Node's default applies: the process ends at once, by the signal (a shell shows 130).
 */
function installInterruptHandlers(write, timeoutMs = 10_000) {
    let stopping = false;
    const stop = (reason, code) => {
        if (stopping)
            return;
        stopping = true;
        const pending = tasks.size;
        const all = [...tasks].map((t) => Promise.race([t().catch(() => undefined), new Promise((r) => setTimeout(r, timeoutMs))]));
        void Promise.allSettled(all).then(() => {
            try {
                // Only what happened: a lint, or a check before its scratch database, had nothing to drop.
                write(`migration-guard: interrupted (${reason})${pending > 0 ? '; scratch databases dropped' : ''}\n`);
            }
            catch {
                /* the stream is gone */
            }
            process.exit(code);
        });
    };
    const listeners = [
        ['SIGINT', 130],
        ['SIGTERM', 143],
        ['SIGHUP', 129],
    ].map(([signal, code]) => [signal, () => stop(signal, code)]);
    let armed = false;
    arm = (on) => {
        if (on === armed)
            return;
        armed = on;
        for (const [signal, listener] of listeners) {
            if (on)
                process.on(signal, listener);
            else
                process.off(signal, listener);
        }
    };
    if (tasks.size > 0)
        arm(true);
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (e) => {
            if (e.code === 'EPIPE')
                stop(`${stream === process.stdout ? 'standard output' : 'standard error'} closed`, 141);
            else
                throw e;
        });
    }
}


/***/ }),

/***/ 971:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * The exit code for a set of findings, shared by the front ends (CLI and Action): 1 when a finding
 * is at or above `failOn`, else 0.
 */

function exitCodeFor(findings, failOn) {
    if (failOn === 'never')
        return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_OK */ .Ij;
    const hit = findings.some((f) => f.severity === 'error' || failOn === 'warning');
    return hit ? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_FINDINGS */ .cB : _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 2969:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean …?" for mistyped commands, options and rule ids.
 *
 * Distance is Damerau-Levenshtein in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of two adjacent characters each cost 1. Transpositions are
 * the commonest typo (`lnit`, `--fromat`), which plain Levenshtein (what fastest-levenshtein
 * computes) counts as 2; candidates are a few dozen short words, so speed does not matter and
 * fifteen lines beat a dependency.
 */
/** Edit distance between `a` and `b` (optimal string alignment; cost 1 per edit). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The closest candidate to `input`, when it is close enough to be a typo: at most a third of its
 * length (at least 1, at most 3) edits away, compared without case. A candidate that starts with
 * the input (`--data` → `--database-url`) counts as close when the input has 3 or more characters.
 * Ties go to the earlier candidate.
 */
function closest(input, candidates) {
    const list = [...candidates];
    const needle = input.toLowerCase();
    const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
    let best;
    let bestDistance = Infinity;
    for (const c of list) {
        const hay = c.toLowerCase();
        const dist = hay === needle ? 0 : editDistance(needle, hay);
        if (dist < bestDistance && dist <= limit) {
            best = c;
            bestDistance = dist;
        }
    }
    if (best !== undefined)
        return best;
    if (needle.replace(/^-+/, '').length >= 3) {
        const prefixed = list.filter((c) => c.toLowerCase().startsWith(needle));
        if (prefixed.length === 1)
            return prefixed[0];
    }
    return undefined;
}
/** ` (did you mean "X"?)`, or '' when nothing is close. */
function didYouMean(input, candidates) {
    const match = closest(input, candidates);
    return match === undefined ? '' : ` (did you mean "${match}"?)`;
}


/***/ }),

/***/ 5447:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * In the ncc bundle, libpg-query's Emscripten loader looks for libpg-query.wasm next to
 * `__dirname`, which ES modules do not define. Point it at the bundle's directory, where the
 * build copies the .wasm. Must be imported before anything that loads libpg-query.
 */


const g = globalThis;
g.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9786:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
