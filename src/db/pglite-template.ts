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
export const SCRATCH_CONF = ['shared_buffers = 16MB', 'min_wal_size = 4MB', 'max_wal_size = 16MB'];
const SCRATCH_INITDB = ['--wal-segsize=1'];
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { PGlite, PGliteOptions } from '@electric-sql/pglite';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['MIGRATION_GUARD_CACHE_DIR'] || join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'migration-guard');
}

/** Which PGlite build and initdb options a tarball belongs to: the package version (else the size of the bundled runtime) and SCRATCH_INITDB. */
export function buildKey(): string {
  let id = '';
  try {
    id = String(createRequire(import.meta.url)('@electric-sql/pglite/package.json').version);
  } catch {
    const wasm = join(dirname(fileURLToPath(import.meta.url)), 'pglite.wasm');
    id = existsSync(wasm) ? `wasm-${statSync(wasm).size}` : 'unknown';
  }
  return createHash('sha256').update(id).update(JSON.stringify(SCRATCH_INITDB)).digest('hex').slice(0, 16);
}

/**
 * Writes a file of the cache directory whole or not at all: to `<file>.<pid>.<time>.tmp`, then
 * renamed over `file` (the directory is made first). Throws what the file system throws.
 */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Deletes a file of a cache directory; never throws (in a read-only cache it stays, and stays a miss). */
export function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    /* read-only, or gone meanwhile */
  }
}

/**
 * Deletes the temporary files writeAtomically left in `dir` (a run ended between writing one and
 * renaming it: Ctrl-C ends a lint at once) once they are an hour old. `names`: the directory's
 * entries, as read; only those starting with `prefix` are looked at. Never throws.
 */
export function removeStaleTemporaries(dir: string, names: string[], prefix = ''): void {
  for (const n of names) {
    if (!n.startsWith(prefix) || !n.endsWith('.tmp')) continue;
    try {
      if (Date.now() - statSync(join(dir, n)).mtimeMs > 3_600_000) removeQuietly(join(dir, n));
    } catch {
      /* gone meanwhile */
    }
  }
}

/**
 * A new in-memory PGlite: from the cached fresh data directory when there is one, else by initdb
 * (then the fresh data directory is cached for the next run). `dir`: the cache directory (check's
 * --cache-dir, the Action's restored one); default cacheDir().
 */
export async function createFromTemplate(Ctor: typeof PGlite, opts: PGliteOptions, dir: string = cacheDir()): Promise<PGlite> {
  const file = join(dir, `pglite-${buildKey()}-fresh.tar.gz`);
  if (existsSync(file)) {
    try {
      // Unpacked here first: PGlite reports a truncated gzip stream from where it cannot be caught.
      const tar = gunzipSync(readFileSync(file));
      return await Ctor.create({ ...opts, loadDataDir: new Blob([tar]) });
    } catch {
      removeQuietly(file); // a broken tarball: rebuilt below (in a read-only cache: initdb every time)
    }
  }
  const db = await Ctor.create({ ...opts, initDbStartParams: SCRATCH_INITDB });
  try {
    const dump = await db.dumpDataDir('gzip');
    writeAtomically(file, Buffer.from(await dump.arrayBuffer()));
  } catch {
    /* no cache this time (read-only home, full disk): the next run runs initdb again */
  }
  return db;
}
