/**
 * The layouts by name, the `layout:` setting, and detection from the files (issue #15).
 */
import { dbmate } from './dbmate.js';
import { diesel } from './diesel.js';
import { goose } from './goose.js';
import { upDownLayout, type UpDownOptions } from './golang-migrate.js';
import { prisma } from './prisma.js';
import { sqlx } from './sqlx.js';
import { LAYOUT_NAMES, type Layout, type LayoutName, type LayoutSource } from './types.js';
import { baseName, isTopLevel } from './common.js';

export { LAYOUT_NAMES, type Execution, type Layout, type LayoutName, type LayoutUnit, type FormatProblem } from './types.js';

/** `layout:` in migration-guard.yml: a name, or golang-migrate with the project runner's own pattern/transactions. */
export type LayoutSetting = { name: LayoutName } & UpDownOptions;

/** The layout of a setting; undefined for Flyway (the project model's own naming). */
export function layoutFor(setting: LayoutSetting): Layout | undefined {
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
export const LAYOUT_EXTRA_FILES: string[] = [...diesel.extraFiles];

export function isLayoutName(s: string): s is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(s);
}

export interface Detection {
  name: LayoutName;
  /** Why, for the note a run prints: "42 folders with up.sql". */
  reason: string;
  /** How many files follow the chosen layout: 0 when no file follows any (Flyway's then, by default). */
  files: number;
}

/**
 * The layout the files are written for, by their names and directives: Prisma's
 * `{folder}/migration.sql`, diesel's `{folder}/up.sql`, goose's `-- +goose Up`, dbmate's
 * `-- migrate:up`, golang-migrate's `{n}_{title}.up.sql` (sqlx's when `sqlx` is a dependency of
 * the project: `usesSqlx`), Flyway's names (`isFlywayName`, the configured naming). The layout
 * most files follow wins; Flyway on a tie or when none matches.
 */
export function detectLayout(files: LayoutSource[], opts: { isFlywayName: (base: string) => boolean; usesSqlx: boolean }): Detection {
  const count = (pred: (f: LayoutSource) => boolean) => files.filter(pred).length;
  const top = (f: LayoutSource) => isTopLevel(f.rel);
  const upDown = count((f) => top(f) && /^\d+_.*\.(up|down)\.sql$/.test(baseName(f.rel)));
  // The directives' regexes scan a whole file; a plain search for their words first is ~3× cheaper.
  const gooseUp = (f: LayoutSource) => /\+goose/i.test(f.text) && /^--\s*\+goose\s+up\b/im.test(f.text);
  const dbmateUp = (f: LayoutSource) => f.text.includes('migrate:up') && /^--\s*migrate:up/m.test(f.text);
  const directive = (f: LayoutSource) => (/\+goose/i.test(f.text) || /migrate:/i.test(f.text)) && /^--\s*(\+goose|migrate:)/im.test(f.text);
  const simple = count((f) => top(f) && /^\d+_.*\.sql$/.test(baseName(f.rel)) && !/\.(up|down)\.sql$/.test(f.rel) && !directive(f));
  const scores: [LayoutName, number, string][] = [
    ['flyway', count((f) => opts.isFlywayName(baseName(f.rel))), 'files named as Flyway names them'],
    ['prisma', count((f) => /^[^/]+\/migration\.sql$/.test(f.rel)), 'folders with migration.sql (Prisma Migrate)'],
    ['diesel', count((f) => /^[^/]+\/up\.sql$/.test(f.rel)), 'folders with up.sql (diesel)'],
    ['goose', count((f) => top(f) && gooseUp(f)), 'files with `-- +goose Up`'],
    ['dbmate', count((f) => top(f) && dbmateUp(f)), 'files with `-- migrate:up`'],
    opts.usesSqlx ? ['sqlx', upDown + simple, 'files named {version}_{description}.sql in a project that depends on sqlx'] : ['golang-migrate', upDown, 'files named {version}_{title}.up.sql / .down.sql'],
  ];
  let best = scores[0]!;
  for (const s of scores.slice(1)) if (s[1] > best[1]) best = s;
  // "1 file with …", "2 files with …".
  const what = best[1] === 1 ? best[2].replace(/^(file|folder)s\b/, '$1') : best[2];
  return { name: best[0], reason: best[1] === 0 ? 'no migration files found' : `${best[1]} ${what}`, files: best[1] };
}
