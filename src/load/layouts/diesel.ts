/**
 * diesel (diesel_migrations + diesel_cli), as read in docs/design/runner-layouts.md §4 and
 * diesel_migrations/migrations_internals/src/lib.rs:
 * - a migration is a folder of the migrations directory holding `up.sql` (required), `down.sql`
 *   and `metadata.toml` (optional); top-level files are ignored; its version is the folder name up
 *   to the first "_" without "-" (version_from_string), a string: ordered as text;
 * - the file goes to PostgreSQL in one batch_execute (PQexec: one simple query); the harness wraps
 *   it and the `__diesel_schema_migrations` insert in a transaction when
 *   `metadata().run_in_transaction()`;
 * - metadata.toml is `TomlMetadata { #[serde(default)] run_in_transaction: bool }` read with
 *   `unwrap_or_default()` (Default: true): no file or a file that does not parse as that struct →
 *   true; a file that parses without the key → false (serde's bool default).
 */
import { parse } from 'smol-toml';
import { stringVersion } from '../version.js';
import type { Execution, FormatProblem, Layout, LayoutSource, LayoutUnit } from './types.js';

const WRAPPED: Execution = {
  unit: 'file',
  wrapped: true,
  why: 'diesel runs each migration in a transaction',
  unwrap: 'add metadata.toml with `run_in_transaction = false` to the migration folder',
};
const UNWRAPPED: Execution = { unit: 'file', wrapped: false, why: 'with `run_in_transaction = false` diesel sends the whole file to PostgreSQL as one query' };

/** What diesel reads from a metadata.toml: run_in_transaction, and what a user may not expect of it. */
export function dieselMetadata(text: string | undefined): { runInTransaction: boolean; problem?: FormatProblem } {
  if (text === undefined) return { runInTransaction: true };
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    return { runInTransaction: true, problem: { offset: 0, message: `metadata.toml is not valid TOML (${(e as Error).message.split('\n')[0]}): diesel ignores it and runs the migration in a transaction` } };
  }
  const setting = (value as Record<string, unknown>)['run_in_transaction'];
  if (setting === undefined) {
    return {
      runInTransaction: false,
      problem: {
        offset: 0,
        message: 'metadata.toml has no run_in_transaction: diesel then reads it as false (serde\'s default for a bool), so this migration runs WITHOUT a transaction',
        help: 'Write `run_in_transaction = true` or `run_in_transaction = false` in metadata.toml.',
      },
    };
  }
  if (typeof setting !== 'boolean') {
    return {
      runInTransaction: true,
      problem: {
        offset: 0,
        message: `run_in_transaction = ${JSON.stringify(setting)} is not a boolean: diesel fails to read metadata.toml, ignores it and runs the migration in a transaction`,
        help: 'Write run_in_transaction = false (no quotes).',
      },
    };
  }
  return { runInTransaction: setting };
}

function read(files: LayoutSource[]): LayoutUnit[] {
  const folders = new Map<string, Map<string, LayoutSource>>();
  const out: LayoutUnit[] = [];
  for (const f of files) {
    const parts = f.rel.split('/');
    if (parts.length !== 2) {
      if (!f.rel.endsWith('metadata.toml')) out.push({ rel: f.rel, kind: 'invalid', problem: 'diesel reads only {folder}/up.sql and down.sql in its migrations directory: it never runs this file' });
      continue;
    }
    const [folder, name] = parts as [string, string];
    if (!folders.has(folder)) folders.set(folder, new Map());
    folders.get(folder)!.set(name, f);
  }
  for (const [folder, entries] of folders) {
    const up = entries.get('up.sql');
    const version = stringVersion(folder.split('_')[0]!.replace(/-/g, ''), 'text');
    const description = folder.includes('_') ? folder.slice(folder.indexOf('_') + 1) : '';
    const meta = dieselMetadata(entries.get('metadata.toml')?.text);
    const execution = meta.runInTransaction ? WRAPPED : UNWRAPPED;
    for (const [name, f] of entries) {
      if (name === 'metadata.toml') continue;
      if (name === 'up.sql' || name === 'down.sql') {
        const kind = name === 'up.sql' ? 'versioned' : 'rollback';
        const companions = entries.has('metadata.toml') ? [`${folder}/metadata.toml`] : [];
        out.push({ rel: f.rel, kind, version, description, execution, companions, ...(kind === 'versioned' && meta.problem ? { formatProblems: [meta.problem] } : {}) });
      } else if (!up) {
        out.push({ rel: f.rel, kind: 'invalid', problem: `the folder ${folder} has no up.sql: diesel stops with "Invalid migration directory" (UnknownMigrationFormat) and runs no migration` });
      } else {
        out.push({ rel: f.rel, kind: 'invalid', problem: 'diesel runs only up.sql and down.sql of a migration folder: it never runs this file' });
      }
    }
  }
  return out;
}

export const diesel: Layout = {
  name: 'diesel',
  runner: 'diesel',
  extraFiles: ['metadata.toml'],
  rollbacks: 'files',
  duplicate: `diesel keeps only one of the two migrations of a version (the other never runs)`,
  outOfOrder: `diesel applies it after the newer ones, in a different order than a fresh database`,
  modified: `diesel does not notice (it keeps no checksum)`,
  read,
  expectedRollback: (up) => `add ${up.rel.replace(/up\.sql$/, 'down.sql')}`,
  tracking: {
    table: '__diesel_schema_migrations',
    create: ['CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)'],
    record: (version) => [{ sql: 'INSERT INTO __diesel_schema_migrations (version) VALUES ($1)', params: [version] }],
  },
};
