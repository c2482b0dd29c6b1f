/**
 * One small interface over the two engines: a PostgreSQL server (node-postgres) and embedded
 * PostgreSQL (PGlite, PostgreSQL 18 in WASM). Everything that touches a database goes through
 * `Db`, so the runner, `check` and the tests are the same code on both.
 */
// Loaded on first use: `lint` never needs a database, and loading pg alone costs ~20 ms.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { UsageError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { pgliteExtensions } from './extensions.js';
import { buildKey, createFromTemplate, SCRATCH_CONF } from './pglite-template.js';
import { clientConfig, maskSecrets, maskUrl, parseDbUrl, withDatabase } from './url.js';

// URL parsing and masking live in url.ts; these names are kept for the code that imports them here.
export { maskSecrets, maskUrl };

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Db {
  readonly engine: 'postgres' | 'pglite';
  /** Where it runs, safe to print: the URL with its password masked, or "embedded PGlite". */
  readonly label: string;
  /** A query with parameters (extended protocol). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** One SQL statement as written in a migration (simple protocol, like psql). */
  exec(sql: string): Promise<void>;
  /**
   * Another session on the same database (a server's second connection), or this one where the
   * engine has only one (embedded PGlite): the runner applies migrations on one session and keeps
   * its lock and the schema history on the other, as Flyway does.
   */
  sibling(): Promise<Db>;
  close(): Promise<void>;
}

/** The fields PostgreSQL sends with an error, whichever driver carried it. */
export interface DbError {
  code?: string;
  message: string;
  detail?: string;
  hint?: string;
  /** 1-based character position in the statement text, when PostgreSQL gives one. */
  position?: number;
  where?: string;
}

export function asDbError(e: unknown): DbError | undefined {
  if (!e || typeof e !== 'object' || !('message' in e)) return undefined;
  const x = e as Record<string, unknown>;
  if (typeof x['code'] !== 'string' || !/^[0-9A-Z]{5}$/.test(x['code'])) return undefined;
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

export interface ConnectOptions {
  /** Retries after the first failed attempt, waiting 1 s, 2 s, 4 s … (at most 30 s) between them. */
  connectRetries?: number;
  /** First wait in ms (tests use a shorter one). */
  retryDelayMs?: number;
  /** Extra session settings, e.g. application_name. */
  applicationName?: string;
  /** What `label` shows instead of the (masked) URL. */
  label?: string;
  /**
   * Called before each wait between attempts: retry `attempt` of `of`, after `delayMs`;
   * `message` says what failed, e.g. "connecting to postgres://u:***@h/db failed (ECONNREFUSED)".
   */
  onRetry?: (attempt: number, of: number, delayMs: number, message: string) => void;
}

const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', '57P03', '53300']);

class PgDb implements Db {
  readonly engine = 'postgres' as const;
  constructor(
    private client: pg.Client,
    readonly label: string,
    private readonly reopen: () => Promise<Db>,
  ) {}
  /**
   * Runs `fn` with this session disconnected, then connects again (session settings are reset):
   * CREATE DATABASE … TEMPLATE needs the template database to have no session at all.
   */
  async disconnectedFor<T>(fn: () => Promise<T>): Promise<T> {
    await this.client.end().catch(() => undefined);
    try {
      return await fn();
    } finally {
      const fresh = (await this.reopen()) as PgDb;
      this.client = fresh.client;
    }
  }
  sibling(): Promise<Db> {
    return this.reopen();
  }
  async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    const r = await this.client.query(sql, params as unknown[] | undefined);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }
  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

class PgliteDb implements Db {
  readonly engine = 'pglite' as const;
  readonly label = 'embedded PGlite';
  /**
   * @param db the running instance (replaced when a checkpoint is put back)
   * @param reopen a new instance from a data directory tarball, with this one's options; absent
   *   for a `pglite:DIR` database, which is never checkpointed
   */
  constructor(
    private db: PGlite,
    private readonly reopen?: (dataDir: Blob) => Promise<PGlite>,
  ) {}
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
  async dump(): Promise<Blob> {
    await this.db.exec('CHECKPOINT');
    return this.db.dumpDataDir('gzip');
  }
  async checkpoint(): Promise<() => Promise<void>> {
    const reopen = this.reopen;
    if (!reopen) throw new Error('only an in-memory PGlite database can be checkpointed');
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
  async sibling(): Promise<Db> {
    return { engine: this.engine, label: this.label, query: (q, p) => this.query(q, p), exec: (q) => this.exec(q), sibling: () => this.sibling(), close: async () => undefined };
  }
  async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    const r = await this.db.query<T>(sql, params as unknown[] | undefined);
    // PGlite reports affectedRows 0 for a SELECT: count its rows instead.
    return { rows: r.rows, rowCount: r.rows.length > 0 ? r.rows.length : (r.affectedRows ?? 0) };
  }
  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }
  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
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
export function compactWasm(): void {
  if (compacted) return;
  compacted = true;
  try {
    v8.setFlagsFromString('--wasm-lazy-compilation');
    v8.setFlagsFromString('--liftoff-only');
  } catch {
    /* a runtime that refuses: only memory is at stake */
  }
}

let gc: (() => void) | null | undefined;
/**
 * A full garbage collection now, where V8 allows it: a closed PGlite instance keeps its WASM
 * memory (~130 MB) until its objects are collected, and V8 does not count that memory as heap,
 * so without this the next instance is created beside the dead one. (`--expose-gc` set at run
 * time, as jest's leak detector does; without it, nothing happens.)
 */
function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

export async function connect(url: string, opts: ConnectOptions = {}): Promise<Db> {
  const retries = opts.connectRetries ?? 0;
  let delay = opts.retryDelayMs ?? 1000;
  // A malformed URL is a usage error naming the problem, before the driver reads "Invalid URL".
  const parsed = parseDbUrl(url);
  const { default: pgLib } = await import('pg');
  for (let attempt = 0; ; attempt++) {
    let client: pg.Client | undefined;
    try {
      // node-postgres's own parser misreads a raw "@", "#", "/" or space in a password: such a URL
      // goes as settings read by our parser, every other one as the string, as before.
      const settings = parsed.needsConfig ? clientConfig(parsed) : { connectionString: url };
      client = new pgLib.Client({ application_name: opts.applicationName ?? 'migration-guard', ...settings });
      client.on('error', () => undefined); // a dropped connection surfaces on the next query
      await client.connect();
      return new PgDb(client, opts.label ?? parsed.masked, () => connect(url, { ...opts, connectRetries: 0 }));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      await client?.end().catch(() => undefined);
      const code = (e as { code?: string }).code ?? '';
      const reason = maskSecrets((e as Error).message, url);
      if (attempt >= retries || !TRANSIENT.has(code)) {
        throw new UsageError(`cannot connect to ${parsed.masked}: ${reason}${attempt ? ` (after ${attempt + 1} attempts)` : ''}`);
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
export async function openPglite(dataDir?: string, extensions: Iterable<string> = [], from?: Blob, templateDir?: string): Promise<Db> {
  if (!dataDir) compactWasm();
  const { PGlite } = await import('@electric-sql/pglite');
  const opts = { extensions: pgliteExtensions(extensions) };
  if (dataDir) return new PgliteDb(await PGlite.create({ ...opts, dataDir }));
  // In memory (check's scratch database): from the cached fresh data directory (pglite-template.ts),
  // or the given tarball (check's database state cache), with the settings for a small scratch database.
  const scratch = { ...opts, postgresqlconf: SCRATCH_CONF };
  const reopen = (dump: Blob) => PGlite.create({ ...scratch, loadDataDir: dump });
  const db = await (from ? reopen(from) : createFromTemplate(PGlite, scratch, templateDir));
  collectGarbage(); // the tarball, unpacked: else held until V8 next collects
  return new PgliteDb(db, reopen);
}

/** The engine build a PGlite state belongs to (package version, initdb and server settings), for cache keys. */
export function pgliteBuild(): string {
  return `pglite-${buildKey()}-${SCRATCH_CONF.join(',')}`;
}

/** A PGlite scratch database's state now (PgliteDb.dump), or undefined for a server's. */
export function dumpState(db: Db): Promise<Blob> | undefined {
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
async function dropLeftovers(admin: Db): Promise<void> {
  const r = await admin.query<{ d: string }>(
    `SELECT d.datname AS d FROM pg_catalog.pg_database d
      WHERE d.datname ~ '^mg_check_[0-9]+_[0-9a-z]+_'
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.datname = d.datname)`,
  );
  for (const { d } of r.rows) {
    const [, pid, time, host] = /^mg_check_(\d+)_([0-9a-z]+)_(?:([0-9a-f]{6})_)?/.exec(d)!;
    const age = Date.now() - parseInt(time!, 36);
    const mine = host === HOST_TAG;
    if (age < 3_600_000 && (!mine || processAlive(Number(pid)))) continue;
    await admin.exec(`DROP DATABASE IF EXISTS "${d}"`).catch(() => undefined);
  }
}

/** This machine, in scratch database names: 6 hex digits of a hash of its hostname. */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Scratch {
  db: Db;
  /** Drops the temporary database (server) or closes the embedded one. */
  dispose(): Promise<void>;
  /**
   * A copy of the scratch database as it is now, to try something on and throw away: on a server
   * CREATE DATABASE … TEMPLATE (the scratch session is disconnected meanwhile); on PGlite the
   * scratch database itself, checkpointed, and put back as it was when the copy is disposed — so
   * the scratch database must not be used while its copy lives.
   */
  copy(): Promise<Scratch>;
  /** A server's scratch database created from `template` (check's database state cache); false when it had to start empty. */
  restored?: boolean;
  /** A server's: CREATE DATABASE `target` TEMPLATE the scratch database (disconnected meanwhile). */
  saveAs?(target: string): Promise<void>;
}

/**
 * A fresh, empty database for `check`: on a server, a temporary database created next to the
 * given one (from `template` when given and usable) and dropped afterwards; without a URL,
 * embedded PGlite — started from `from` (a PgliteDb.dump tarball) when given, which throws if
 * PGlite cannot load it, else from the fresh data directory cached in `cacheDir` (pglite-template.ts).
 */
export async function openScratch(url?: string, opts: ConnectOptions & { extensions?: Iterable<string>; roles?: string[]; from?: Blob; template?: string; cacheDir?: string } = {}): Promise<Scratch> {
  if (!url) {
    const db = (await openPglite(undefined, opts.extensions, opts.from, opts.cacheDir)) as PgliteDb;
    // The copy is the instance itself, checkpointed, and put back when the copy is disposed.
    const scratchOf = (d: PgliteDb, dispose: () => Promise<void>): Scratch => ({ db: d, dispose, copy: async () => scratchOf(d, await d.checkpoint()) });
    return scratchOf(db, () => db.close());
  }
  const admin = await connect(url, opts);
  await dropLeftovers(admin);
  // Roles are cluster-wide: those the migrations may create and that do not exist yet are
  // dropped with the scratch database, so the next check does not fail on them.
  const existing = new Set((await admin.query<{ r: string }>('SELECT rolname AS r FROM pg_catalog.pg_roles')).rows.map((x) => x.r));
  const roles = (opts.roles ?? []).filter((r) => !existing.has(r));
  const dropRoles = async () => {
    for (const r of roles) await admin.exec(`DROP ROLE IF EXISTS "${r.replace(/"/g, '""')}"`).catch(() => undefined);
  };
  const name = `mg_check_${process.pid}_${Date.now().toString(36)}_${HOST_TAG}_${Math.random().toString(36).slice(2, 6)}`;
  let restored = false;
  try {
    // From a cached state (a database no session uses), else empty: a template in use or gone is a miss.
    if (opts.template) restored = await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${opts.template}`).then(() => true, () => false);
    if (!restored) await admin.exec(`CREATE DATABASE ${name}`);
  } catch (e) {
    await admin.close();
    throw new UsageError(`cannot create a scratch database on ${maskUrl(url)}: ${maskSecrets(asDbError(e)?.message ?? (e as Error).message, url)}`);
  }
  let db: Db;
  try {
    // Reports name the server the user gave, not the throw-away database's name.
    db = await connect(withDatabase(url, name), { ...opts, label: maskUrl(url) });
  } catch (e) {
    await admin.exec(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
    await admin.close();
    throw e;
  }
  const drop = (n: string) => admin.exec(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`).catch(() => admin.exec(`DROP DATABASE IF EXISTS ${n}`));
  let copies = 0;
  const live = new Set<string>([name]);
  // Interrupted (Ctrl-C, a cancelled CI job): drop every database of this run, sessions and all.
  const unregister = onInterrupt(async () => {
    for (const n of [...live].reverse()) await drop(n);
    await dropRoles();
  });
  return {
    db,
    restored,
    saveAs: (target) => (db as PgDb).disconnectedFor(() => admin.exec(`CREATE DATABASE ${target} TEMPLATE ${name}`)),
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
      await (db as PgDb).disconnectedFor(() => admin.exec(`CREATE DATABASE ${copyName} TEMPLATE ${name}`));
      try {
        const cdb = await connect(withDatabase(url, copyName), { ...opts, label: maskUrl(url) });
        const copy: Scratch = {
          db: cdb,
          dispose: async () => {
            await cdb.close();
            await drop(copyName);
            live.delete(copyName);
          },
          copy: () => Promise.reject(new Error('a copy of a copy is not supported')),
        };
        return copy;
      } catch (e) {
        await drop(copyName);
        live.delete(copyName);
        throw e;
      }
    },
  };
}
