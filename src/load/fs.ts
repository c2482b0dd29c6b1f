/**
 * Reads migration files from disk (the I/O edge of loading). Directories are scanned
 * recursively, as Flyway scans a location; only *.sql files are read. Symlinks are followed
 * only while they stay inside the repository, and each directory is visited once, so a link
 * loop ends. Anything that cannot be read is an error, never silently skipped.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { SourceFile } from '../model/project.js';

const toPosix = (p: string) => p.split(sep).join('/');

export interface ReadOptions {
  cwd: string;
  /** Symlinks must resolve inside this directory (the repository). */
  boundary: string;
}

/** Every .sql file below `root` (any case of the suffix, so naming can flag ".SQL"). */
export function readSqlFiles(root: string, opts: ReadOptions): SourceFile[] {
  const out: SourceFile[] = [];
  const boundary = realpathSafe(opts.boundary);
  const seen = new Set<string>();
  const visit = (dir: string) => {
    const real = realpathSafe(dir);
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new UsageError(`cannot read directory ${shown(dir, opts)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = realpathSafe(full, true);
        if (target === undefined) {
          if (/\.sql$/i.test(entry.name)) throw new UsageError(`broken symlink: ${shown(full, opts)}`);
          continue;
        }
        const inside = relative(boundary, target);
        if (inside.startsWith('..') || inside.startsWith('/')) {
          throw new UsageError(`symlink ${shown(full, opts)} points outside the repository (to ${target}); refusing to read it`);
        }
        const st = statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) visit(full);
      else if (isFile && /\.sql$/i.test(entry.name)) {
        out.push({ path: shown(full, opts), rel: toPosix(relative(root, full)), bytes: readOne(full, opts) });
      }
    }
  };
  visit(root);
  return out;
}

export function readOne(file: string, opts: { cwd: string }): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${shown(file, opts)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function realpathSafe(p: string): string;
function realpathSafe(p: string, allowMissing: true): string | undefined;
function realpathSafe(p: string, allowMissing = false): string | undefined {
  try {
    return realpathSync(p);
  } catch (e) {
    if (allowMissing) return undefined;
    throw new UsageError(`cannot resolve ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function shown(p: string, opts: { cwd: string }): string {
  const r = relative(opts.cwd, p);
  return toPosix(r === '' ? '.' : r);
}

export function kindOfPath(p: string): 'dir' | 'file' | 'missing' {
  try {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) {
      const t = statSync(p);
      return t.isDirectory() ? 'dir' : 'file';
    }
    return st.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}
