/**
 * golang-migrate (github.com/golang-migrate/migrate, source/file + database/postgres), as read in
 * docs/design/runner-layouts.md §1:
 * - names: source/parse.go `^([0-9]+)_(.*)\.(down|up)\.(.*)$`, version strconv.ParseUint (uint64);
 *   only the directory's top level (source/iofs PartialDriver.Init); other names are skipped
 *   silently; the same version and direction twice is ErrDuplicateMigration; numeric order;
 * - the down file is optional (migrate.go newMigration: a nil body);
 * - postgres.go Run: the whole file in one Exec without arguments — one simple query, so one
 *   implicit transaction; the runner sends no BEGIN.
 * - tracking: `schema_migrations (version bigint not null primary key, dirty boolean not null)`,
 *   one row (TRUNCATE, INSERT) per SetVersion.
 */
import type { Execution, Layout, LayoutSource, LayoutUnit, TrackingTable } from './types.js';
import { baseName, integerVersion, isTopLevel } from './common.js';

/** golang-migrate's source/parse.go Regex: version, title, direction, extension. */
export const GOLANG_MIGRATE_PATTERN = /^(?<version>[0-9]+)_(?<description>.*)\.(?<direction>down|up)\.(?<extension>.*)$/;

export interface UpDownOptions {
  /**
   * The file-name grammar, when the project's runner reads golang-migrate-style up/down files by a
   * pattern of its own (authelia: `^V(?<version>\d{4})\.(?<description>[^.]+)\.(?<direction>up|down)\.sql$`):
   * named groups `version` (digits), `direction` (up|down), optionally `description`; positional
   * groups 1, 2, 3 are read as version, description, direction.
   */
  pattern?: RegExp;
  /**
   * The runner wraps each file in BEGIN … COMMIT (river's rivermigrate, authelia's one transaction
   * for the whole run); golang-migrate itself does not.
   */
  transaction?: boolean;
  /**
   * Text the runner replaces in each file before sending it, as written → as sent (river's
   * `/* TEMPLATE: schema *\/`, replaced with the schema or with nothing).
   */
  replace?: Record<string, string>;
}

/** golang-migrate's layout, or a runner that reads the same up/down files its own way (`layout: { name: golang-migrate, pattern, transaction }`). */
export function upDownLayout(options: UpDownOptions = {}): Layout {
  const pattern = options.pattern ?? GOLANG_MIGRATE_PATTERN;
  const custom = options.pattern !== undefined || options.transaction !== undefined || options.replace !== undefined;
  const runner = custom ? "the project's runner" : 'golang-migrate';
  const execution: Execution = options.transaction
    ? { unit: 'file', wrapped: true, why: `${runner} runs each migration in a transaction (layout transaction: true)`, unwrap: 'run it outside the transaction as your runner allows' }
    : { unit: 'file', wrapped: false, why: `${runner} sends the whole file to PostgreSQL as one query` };
  const read = (files: LayoutSource[]): LayoutUnit[] =>
    files.map((f): LayoutUnit => {
      if (!isTopLevel(f.rel)) return { rel: f.rel, kind: 'invalid', problem: `${runner} reads only the top level of its directory: it never runs a file in a subdirectory` };
      const m = pattern.exec(baseName(f.rel));
      const g = m?.groups;
      const digits = g?.['version'] ?? m?.[1];
      const direction = g?.['direction'] ?? m?.[3];
      if (!m || !digits || (direction !== 'up' && direction !== 'down')) {
        return { rel: f.rel, kind: 'invalid', problem: custom ? `the name does not match the layout's pattern ${pattern.source}: the runner does not read it` : 'not a golang-migrate name ({version}_{title}.up.sql or .down.sql): golang-migrate skips it without a word, so it never runs' };
      }
      const version = integerVersion(digits, 'u64');
      if (!version) return { rel: f.rel, kind: 'invalid', problem: `"${digits}" is not a version the runner reads (an unsigned 64-bit integer)` };
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

const GOLANG_MIGRATE_TRACKING: TrackingTable = {
  table: 'schema_migrations',
    create: ['CREATE TABLE IF NOT EXISTS schema_migrations (version bigint not null primary key, dirty boolean not null)'],
    record: (version) => [
      { sql: 'TRUNCATE schema_migrations', params: [] },
      { sql: 'INSERT INTO schema_migrations (version, dirty) VALUES ($1, false)', params: [version] },
    ],
};
