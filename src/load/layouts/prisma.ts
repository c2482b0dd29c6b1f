/**
 * Prisma Migrate (`prisma migrate deploy`), as read in docs/design/runner-layouts.md §6:
 * - every subdirectory of the migrations directory is a migration named by the directory, its SQL
 *   in `migration.sql` (packages/migrate listMigrations.ts); folders sorted with localeCompare;
 *   no down migrations;
 * - the script is sent with tokio-postgres simple_query, no BEGIN (sql-schema-connector
 *   apply_migration_script): one implicit transaction;
 * - tracking: `_prisma_migrations`, a row per migration (id, checksum SHA-256, finished_at …).
 */
import { createHash, randomUUID } from 'node:crypto';
import { stringVersion } from '../version.js';
import type { Layout, LayoutSource, LayoutUnit } from './types.js';

const EXECUTION = { unit: 'file', wrapped: false, why: 'Prisma Migrate sends migration.sql to PostgreSQL as one query' } as const;

function read(files: LayoutSource[]): LayoutUnit[] {
  return files.map((f): LayoutUnit => {
    const parts = f.rel.split('/');
    if (parts.length === 2 && parts[1] === 'migration.sql') {
      return { rel: f.rel, kind: 'versioned', version: stringVersion(parts[0]!, 'locale'), description: parts[0]!.replace(/^\d+_/, ''), execution: EXECUTION };
    }
    return { rel: f.rel, kind: 'invalid', problem: 'Prisma Migrate runs only {folder}/migration.sql: it never runs this file' };
  });
}

export const prisma: Layout = {
  name: 'prisma',
  runner: 'Prisma Migrate',
  extraFiles: [],
  rollbacks: 'none',
  duplicate: `Prisma Migrate runs each folder once`,
  outOfOrder: `Prisma Migrate applies it after the newer ones, in a different order than a fresh database`,
  modified: "`prisma migrate deploy` does not notice (it records a checksum, which `migrate dev` compares)",
  read,
  expectedRollback: () => 'Prisma Migrate has no down migrations',
  tracking: {
    table: '_prisma_migrations',
    create: [
      'CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)',
    ],
    record: (version, _d, text) => [
      {
        sql: 'INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)',
        params: [randomUUID(), createHash('sha256').update(text).digest('hex'), version],
      },
    ],
  },
};
