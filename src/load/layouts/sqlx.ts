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
import { createHash } from 'node:crypto';
import type { Execution, Layout, LayoutSource, LayoutUnit } from './types.js';
import { baseName, integerVersion, isTopLevel } from './common.js';

const WRAPPED: Execution = {
  unit: 'file',
  wrapped: true,
  why: 'sqlx runs each migration in a transaction',
  unwrap: 'start the file with the line `-- no-transaction` (the very first bytes of the file)',
};
const UNWRAPPED: Execution = { unit: 'file', wrapped: false, why: 'with `-- no-transaction` sqlx sends the whole file to PostgreSQL as one query' };

function read(files: LayoutSource[]): LayoutUnit[] {
  return files.map((f): LayoutUnit => {
    const name = baseName(f.rel);
    if (!isTopLevel(f.rel)) return { rel: f.rel, kind: 'invalid', problem: 'sqlx reads only the top level of its directory: it never runs a file in a subdirectory' };
    const at = name.indexOf('_');
    if (at < 0 || !name.endsWith('.sql')) return { rel: f.rel, kind: 'invalid', problem: 'not a sqlx name ({version}_{description}.sql, or .up.sql and .down.sql): sqlx skips it, so it never runs' };
    const version = integerVersion(name.slice(0, at), 'i64');
    if (!version) return { rel: f.rel, kind: 'invalid', problem: `"${name.slice(0, at)}" is not a sqlx version (an i64): sqlx stops with "expected integer version prefix"` };
    const rest = name.slice(at + 1);
    const down = rest.endsWith('.down.sql');
    const description = rest.replace(/(\.up|\.down)?\.sql$/, '').replace(/_/g, ' ');
    const execution = f.text.startsWith('-- no-transaction') ? UNWRAPPED : WRAPPED;
    return { rel: f.rel, kind: down ? 'rollback' : 'versioned', version, description, execution };
  });
}

export const sqlx: Layout = {
  name: 'sqlx',
  runner: 'sqlx',
  extraFiles: [],
  rollbacks: 'files',
  duplicate: `sqlx fails on its tracking table's primary key when it applies the second`,
  outOfOrder: `sqlx applies it after the newer ones, in a different order than a fresh database`,
  modified: `sqlx refuses to run (VersionMismatch: it compares a SHA-384 of each applied file with the file)`,
  read,
  expectedRollback: (up) =>
    up.rel.endsWith('.up.sql')
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
        params: [version, description, createHash('sha384').update(text).digest()],
      },
    ],
  },
};
