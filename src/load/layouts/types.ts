/**
 * Migration layouts other than Flyway's (issue #15): how another runner names, orders and pairs its
 * migration files, and what exactly it sends to PostgreSQL. Each fact is read from the runner's
 * source; docs/design/runner-layouts.md cites the file and function of each.
 */
import type { FileKind } from '../naming.js';
import type { Version } from '../version.js';

export const LAYOUT_NAMES = ['flyway', 'golang-migrate', 'goose', 'dbmate', 'diesel', 'sqlx', 'prisma'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/**
 * How the runner sends one migration (or one section of a file) to PostgreSQL.
 * - `unit: 'file'` — the whole text as ONE simple-protocol query (golang-migrate, dbmate, diesel,
 *   sqlx, Prisma). PostgreSQL runs a multi-statement query as one implicit transaction, refuses
 *   CONCURRENTLY/VACUUM beside any other statement in it, and a COMMIT inside commits what came
 *   before (measured: test/db/simple-query-facts.test.ts).
 * - `unit: 'statement'` — one query per statement (goose splits the file itself).
 * - `wrapped` — the runner sends BEGIN before and COMMIT after (with its tracking row inside).
 */
export interface Execution {
  unit: 'file' | 'statement';
  wrapped: boolean;
  /** Why, as a clause for messages: "goose runs each migration in a transaction". */
  why: string;
  /** When wrapped: how the file opts out, for help texts ("add the line `-- +goose NO TRANSACTION`"). */
  unwrap?: string;
}

/** One file of a migrations directory as a layout reads it (decoded text; path relative to the root). */
export interface LayoutSource {
  rel: string;
  text: string;
}

/** A problem in a file's runner directives (a goose annotation, a dbmate section, a diesel metadata.toml). */
export interface FormatProblem {
  /** Offset in the file's text; 0 for the whole file. */
  offset: number;
  message: string;
  help?: string;
}

/** What the runner makes of one file, or of one section of it. */
export interface LayoutUnit {
  /** The file (path relative to the root). */
  rel: string;
  kind: FileKind;
  version?: Version;
  description?: string;
  /** Kind `invalid`: why the runner never runs it (or refuses it). */
  problem?: string;
  /** The parts of the text that belong to this unit, as [start, end) offsets; absent: all of it. */
  keep?: [number, number][];
  /** Absent for invalid files. */
  execution?: Execution;
  /** Problems with the file's directives, reported by `migration-format`. */
  formatProblems?: FormatProblem[];
  /**
   * The section is a direction of a file that holds both (goose, dbmate): the rollback of the
   * migration in the same file.
   */
  section?: 'up' | 'down';
  /** Offset of the section's directive line (`-- +goose Down`, `-- migrate:down`): where findings about the section as a whole point. */
  sectionStart?: number;
  /**
   * The pieces the runner sends, one query each, as [start, end) offsets, when the runner splits
   * the text itself (goose); absent: as `execution.unit` says.
   */
  chunks?: [number, number][];
  /** Other files of the layout that change how the unit runs (diesel's metadata.toml), by path relative to the root. */
  companions?: string[];
  /** Lines ([start, end) offsets) the runner expands from the environment before sending (goose ENVSUB). */
  envsub?: [number, number][];
}

/** A layout: naming, ordering, pairing and transactions of one runner (see LayoutName). */
export interface Layout {
  name: LayoutName;
  /** The runner as its users call it: "goose", "golang-migrate", "Prisma Migrate". */
  runner: string;
  /**
   * Base names of files other than `.sql` the layout reads (diesel: metadata.toml); they are
   * settings, not migrations.
   */
  extraFiles: string[];
  /** Where rollbacks live: separate files, sections of the migration's own file, or nowhere (Prisma). */
  rollbacks: 'files' | 'sections' | 'none';
  /** Every unit of the directory's files (the layout may pair files of one folder: diesel). */
  read(files: LayoutSource[]): LayoutUnit[];
  /** What the runner does with two migrations of one version, as a clause: "goose stops with …". */
  duplicate: string;
  /** What the runner does with a new migration below the highest applied version, as a clause. */
  outOfOrder: string;
  /** Whether the runner compares applied migrations with the files (a clause for applied-migration-modified). */
  modified: string;
  /** Where the rollback of a migration without one goes, as an instruction: "add 3_users.down.sql". */
  expectedRollback(up: { rel: string; version: Version; description?: string }): string;
  /** Text the runner replaces in every file before sending it (as written, as sent), in this order. */
  replace?: [string, string][];
  /** The runner's own tracking table, created by `check` as the runner creates it (before any migration); absent: none known. */
  tracking?: TrackingTable;
}

export interface TrackingTable {
  /** Unqualified name: it lands in the first schema of the search_path, as the runner creates it. */
  table: string;
  /** DDL, in order, as the runner runs it (citations in runner-layouts.md §1–6). */
  create: string[];
  /**
   * The row the runner writes for an applied migration: SQL and its parameters. golang-migrate
   * keeps one row (the current version), the others one row per migration.
   */
  record(version: string, description: string, text: string): { sql: string; params: unknown[] }[];
}
