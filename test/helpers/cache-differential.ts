/**
 * The lint cache's differential check (issue #16: output byte-identical with and without the
 * cache), applied to every project the rule tests lint: the same project linted through the
 * cache cold, warm, and resumed from the catalog checkpoint after each migration (a store that
 * hides the segments after it), each compared with the run without the cache. Files are parsed
 * lazily in the warm runs, as `lint` does, so an Origin restored from a checkpoint is resolved in
 * a file parsed only then.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { lintProject, type LintOptions } from '../../src/lint/engine.js';
import { DirectoryLintCache } from '../../src/lint/cache-store.js';
import type { LintCache, LintCacheStore, OtherEntry, Segment } from '../../src/lint/cache.js';
import type { Finding, RuleModule } from '../../src/lint/types.js';
import type { Project } from '../../src/model/project.js';

/** A store that shows only the segments ending at or before migration index `upTo`. */
class Truncated implements LintCacheStore {
  constructor(
    private readonly inner: LintCacheStore,
    private readonly upTo: number,
  ) {}
  hasSegment(end: string): boolean {
    return this.readSegment(end) !== undefined;
  }
  readSegment(end: string): Segment | undefined {
    const s = this.inner.readSegment(end);
    return s && s.start + s.files.length <= this.upTo ? s : undefined;
  }
  writeSegment(): void {}
  readCheckpoint(end: string): Uint8Array | undefined {
    return this.inner.readCheckpoint(end);
  }
  readOthers(scope: string): Map<string, OtherEntry> | undefined {
    return this.inner.readOthers(scope);
  }
  writeOthers(): void {}
}

/**
 * Lints `make()`'s project through the cache in every way above and expects each result to
 * equal `expected` (the findings without the cache). `make(lazy)` builds a new project.
 */
export function expectSameThroughCache(make: (lazy: boolean) => Project, rules: RuleModule[], options: LintOptions, expected: Finding[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'mg-lint-cache-'));
  try {
    const store = new DirectoryLintCache(dir);
    const through = (s: LintCacheStore, lazy: boolean) => lintProject(make(lazy), rules, options, { store: s, buildId: 'test', segment: 1 });
    expect(through(store, false), 'cold, through the cache').toEqual(expected);
    const n = make(true).migrations.length;
    for (let upTo = 0; upTo <= n; upTo++) {
      const cache: LintCache = { store: new Truncated(store, upTo), buildId: 'test', segment: 1 };
      const warm = lintProject(make(true), rules, options, cache);
      expect(warm, `resumed after migration ${upTo} of ${n}`).toEqual(expected);
      expect(cache.stats?.replayed).toBe(upTo);
    }
    expect(through(store, true), 'warm').toEqual(expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
