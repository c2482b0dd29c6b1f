/**
 * Which runner's layout a migration set is written for (issue #15): `layout:` from the config, or
 * detected from the files (src/load/layouts detectLayout, with a look at the project's Cargo.toml),
 * and which files of a location belong to the project under it. I/O: reads Cargo.toml files.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from './config.js';
import { isInside } from './fs.js';
import { detectLayout, LAYOUT_EXTRA_FILES, layoutFor, type Layout } from './layouts/index.js';
import { classifyBaseName, type Naming } from './naming.js';
import { parseVersion, type Version } from './version.js';
import type { SourceFile } from '../model/project.js';

/**
 * Files other layouts read besides SQL (diesel's metadata.toml), and goose's Go migrations (named,
 * not read): read always, kept only for a layout that reads them.
 */
export const EXTRA_FILES = [...new Set(LAYOUT_EXTRA_FILES), '.go'];

/**
 * goose's Go migrations: `{version}_{name}.go` at the top level, not `_test.go` (goose
 * migration.go NumericComponent, provider_collect.go). migration-guard cannot run them.
 */
export function goMigrations(files: SourceFile[]): { rel: string; version: Version }[] {
  const out: { rel: string; version: Version }[] = [];
  for (const f of files) {
    const m = /^(\d+)_[^/]*\.go$/.exec(f.rel);
    if (!m || f.rel.endsWith('_test.go')) continue;
    const version = parseVersion(m[1]!);
    if (version) out.push({ rel: f.rel, version });
  }
  return out;
}

/** Which files of a location the project is made of: the layout's extra files only where it reads them. */
export function keepFor(layout: Layout | undefined, suffixes: string[]): (rel: string) => boolean {
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
export function chooseLayout(files: SourceFile[], config: Config, naming: Naming, root: string, onNote?: (line: string) => void): Layout | undefined {
  if (config.layout) return layoutFor(config.layout);
  // A Flyway configuration says whose files these are.
  if (config.runner === 'flyway') return undefined;
  const texts = files.map((f) => ({ rel: f.rel, text: Buffer.from(f.bytes.subarray(0, 4096)).toString('utf8') }));
  const found = detectLayout(texts, {
    isFlywayName: (b) => ['versioned', 'repeatable'].includes(classifyBaseName(b, naming).kind),
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
  return layoutFor({ name: found.name });
}

/** Whether a Cargo.toml in the migrations root or a directory above it (up to the repository) names sqlx. */
function dependsOnSqlx(root: string, top: string): boolean {
  for (let dir = root; ; dir = dirname(dir)) {
    try {
      if (/^\s*sqlx\b/m.test(readFileSync(join(dir, 'Cargo.toml'), 'utf8'))) return true;
    } catch {
      /* no Cargo.toml here */
    }
    if (dir === top || dirname(dir) === dir || !isInside(top, dir)) return false;
  }
}

