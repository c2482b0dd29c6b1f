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
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import findCacheDirectory from 'find-cache-dir';
import { cacheDir, removeQuietly, removeStaleTemporaries, writeAtomically } from '../db/pglite-template.js';
import type { LintCacheStore, OtherEntry, Segment } from './cache.js';

/** Bounds of the directory: entries beyond either are deleted, oldest written first. */
export const LINT_CACHE_LIMITS = { files: 512, bytes: 256 * 1024 * 1024 };

/** The lint cache's directory for a project at `cwd` (see the module comment). */
export function lintCacheDir(cwd: string, env: NodeJS.ProcessEnv, explicit?: string): string {
  if (explicit) return join(explicit, 'lint');
  if (env['MIGRATION_GUARD_CACHE_DIR']) return join(env['MIGRATION_GUARD_CACHE_DIR'], 'lint');
  const inProject = findCacheDirectory({ name: 'migration-guard', cwd });
  return join(inProject ?? cacheDir(env), 'lint');
}

export class DirectoryLintCache implements LintCacheStore {
  /** Problems writing (a read-only or full disk): the run goes on without saving. */
  readonly problems: string[] = [];
  private wrote = false;

  constructor(readonly dir: string) {}

  hasSegment(end: string): boolean {
    return existsSync(join(this.dir, `seg-${end}.bin`));
  }

  readSegment(end: string): Segment | undefined {
    const s = this.read(`seg-${end}.bin`) as { end?: string; segment?: Segment } | undefined;
    return s?.end === end ? s.segment : undefined;
  }

  writeSegment(end: string, segment: Segment, checkpoint: Uint8Array): void {
    // The checkpoint first: a segment found is one whose checkpoint was written.
    this.write(`cat-${end}.bin`, { end, checkpoint });
    this.write(`seg-${end}.bin`, { end, segment });
  }

  readCheckpoint(end: string): Uint8Array | undefined {
    const s = this.read(`cat-${end}.bin`) as { end?: string; checkpoint?: Uint8Array } | undefined;
    return s?.end === end && s.checkpoint instanceof Uint8Array ? s.checkpoint : undefined;
  }

  readOthers(scope: string): Map<string, OtherEntry> | undefined {
    const s = this.read(`others-${scope}.bin`) as { scope?: string; entries?: Map<string, OtherEntry> } | undefined;
    return s?.scope === scope && s.entries instanceof Map ? s.entries : undefined;
  }

  writeOthers(scope: string, entries: Map<string, OtherEntry>): void {
    this.write(`others-${scope}.bin`, { scope, entries });
  }

  /** Deletes the entries written longest ago while the directory is over LINT_CACHE_LIMITS. */
  prune(limits = LINT_CACHE_LIMITS): void {
    if (!this.wrote) return;
    let all: string[];
    try {
      all = readdirSync(this.dir);
    } catch {
      return;
    }
    removeStaleTemporaries(this.dir, all);
    const names = all.filter((n) => n.endsWith('.bin'));
    const entries = names
      .map((n) => {
        try {
          const st = statSync(join(this.dir, n));
          return { n, size: st.size, at: st.mtimeMs };
        } catch {
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
      if (files > limits.files || bytes > limits.bytes) removeQuietly(join(this.dir, e.n));
    }
  }

  private read(name: string): unknown {
    const file = join(this.dir, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    const body = bytes.subarray(32);
    if (bytes.length < 32 || !createHash('sha256').update(body).digest().equals(bytes.subarray(0, 32))) {
      removeQuietly(file); // truncated or altered: a miss, and rebuilt
      return undefined;
    }
    try {
      return deserialize(body);
    } catch {
      removeQuietly(file);
      return undefined;
    }
  }

  private write(name: string, value: unknown): void {
    const body = serialize(value);
    try {
      writeAtomically(join(this.dir, name), Buffer.concat([createHash('sha256').update(body).digest(), body]));
      this.wrote = true;
    } catch (e) {
      // Said once per run: the next entry would fail the same way.
      if (this.problems.length === 0) this.problems.push(`the lint cache could not be saved in ${this.dir}: ${(e as Error).message}`);
    }
  }
}

let build: string | undefined;

/**
 * What the running code is, for the cache's keys: a SHA-256 of the bundle's files (the running
 * entry's chunks in dist/ and the parser's WASM) when running from the bundle, else of src/ and rules/ (running from source,
 * as the tests do), with Node's version (the entries' serialization format is V8's).
 */
export function buildId(): string {
  if (build) return build;
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(process.version);
  const add = (dir: string, keep: (name: string) => boolean, recursive: boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir, { recursive, encoding: 'utf8' }).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (!keep(n)) continue;
      try {
        hash.update(n).update(readFileSync(join(dir, n)));
      } catch {
        /* a directory named like a file */
      }
    }
  };
  if (here.endsWith(join('src', 'lint'))) {
    const root = join(here, '..', '..');
    add(join(root, 'src'), (n) => n.endsWith('.ts'), true);
    add(join(root, 'rules'), (n) => n.endsWith('.ts'), true);
    try {
      hash.update(readFileSync(join(root, 'node_modules', 'libpg-query', 'package.json')));
    } catch {
      /* no parser package: the parse would fail anyway */
    }
  } else {
    // The bundle that runs: the CLI's chunks (cli.js, N.cli.js) or the Action's (index.js,
    // N.index.js) — hashing the other one too cost ~10 ms of every run.
    const entry = basename(fileURLToPath(import.meta.url)).replace(/^\d+\./, '');
    add(here, (n) => n === entry || n.endsWith(`.${entry}`) || n === 'libpg-query.wasm', false);
  }
  return (build = hash.digest('hex').slice(0, 24));
}
