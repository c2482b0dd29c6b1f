/**
 * The migration model: a migrations directory's files, classified (versioned, repeatable,
 * rollback, seed), decoded, placeholder-substituted and parsed, in Flyway's execution order.
 * Pure: files come in as bytes, nothing here touches the disk or git.
 */
import { classify, DEFAULT_NAMING, RollbackPattern, type FileKind, type Naming } from '../load/naming.js';
import { OffsetMap, substitutePlaceholders, type UnknownPlaceholder } from '../load/placeholders.js';
import { decodeSql, LineIndex, type DecodedText, type Position } from '../load/text.js';
import { compareVersions, versionKey, type Version } from '../load/version.js';
import { parseSql, type ParsedSql } from '../parse/parser.js';
import { flywayChecksum, migrationChecksums, type MigrationChecksums } from './checksum.js';
import type { Execution, FormatProblem, Layout } from '../load/layouts/index.js';
import { prepareLayout } from './layout-project.js';

export interface SourceFile {
  /** Path shown to users (relative to the working directory, "/" separators). */
  path: string;
  /**
   * Path relative to the location (migrations directory) the file was found in, "/" separators:
   * Flyway's `script` in the schema history.
   */
  rel: string;
  bytes: Uint8Array;
  /** The location it was found in, as shown to users; absent: the project's root. */
  location?: string;
}

export interface MigrationFile {
  path: string;
  rel: string;
  /** The location (one of `Project.locations`) the file was found in. */
  location: string;
  kind: FileKind;
  version?: Version;
  description?: string;
  namingProblem?: string;
  /** The name is one Flyway runs but migration-guard does not (a callback, a baseline migration). */
  runByFlyway?: boolean;
  /** With `decoded.problem` the file is not valid text in its encoding: it has no statements and must not be run. */
  decoded: DecodedText;
  /** Text after placeholder substitution: what is parsed and what the offsets in `parsed` refer to. */
  text: string;
  parsed: ParsedSql;
  unknownPlaceholders: UnknownPlaceholder[];
  /**
   * Flyway's checksum, as written to the schema history: of the file as written, except for a
   * repeatable with placeholder replacement on, after replacement (see migrationChecksums).
   */
  checksum: number;
  /** Repeatables: the checksum of the file as written, which Flyway accepts too (checksumMatches). */
  equivalentChecksum?: number;
  /** Not present at the base ref (always true without a base). */
  isNew: boolean;
  /** For versioned migrations: the paired rollback file. */
  rollback?: MigrationFile;
  /** Line/column (in the file as written) of an offset in `text`. */
  position(offset: number): Position;
  /** Lines of the file as written (decoded). */
  lines: LineIndex;
  /**
   * Another runner's layout (Project.layout): how that runner sends this file (or section) to
   * PostgreSQL. Absent under Flyway's layout, where `transactions:`/Flyway's rules decide.
   */
  execution?: Execution;
  /**
   * One direction of a file that holds both (goose, dbmate): `text` is the file with the other
   * direction blanked out (spaces, line breaks kept), so offsets and lines stay the file's.
   */
  section?: 'up' | 'down';
  /** Offset in `text` of the section's directive line (`-- +goose Down`, `-- migrate:down`). */
  sectionStart?: number;
  /** The pieces the runner sends, one query each ([start, end) in `text`), when it splits the file itself (goose). */
  chunks?: [number, number][];
  /** Problems with the runner's directives in the file (migration-format). */
  formatProblems?: FormatProblem[];
  /** The text of the layout's other files that decide how this one runs (diesel's metadata.toml), joined: a change to them is a change of the migration. */
  companionText?: string;
}

export interface BaseFile {
  rel: string;
  path: string;
  bytes: Uint8Array;
  kind: FileKind;
  version?: Version;
  description?: string;
  /** The text as decoded in the configured encoding (what `checksum` is of). */
  text: string;
  checksum: number;
  /** See MigrationFile.companionText. */
  companionText?: string;
}

export interface Project {
  /** Migrations root as shown to users: the first location. */
  root: string;
  /** Another runner's layout (issue #15); undefined: Flyway's. */
  layout?: Layout;
  /** Migrations the runner runs that migration-guard cannot read (goose's Go migrations), in no particular order. */
  unread?: { rel: string; version: Version }[];
  /**
   * Every location of the migration set, as shown (Flyway's `locations`: `migrations` first,
   * then `locations:`), at least `root`. Their files are one set: one version order, one
   * duplicate check, one rollback pairing.
   */
  locations: string[];
  rollbackPattern: RollbackPattern;
  /** Flyway's naming settings the files were classified with. */
  naming: Naming;
  /** Every .sql file, sorted by path relative to its location, then by location. */
  files: MigrationFile[];
  /** Versioned migrations in version order, then repeatables by description: Flyway's order. */
  migrations: MigrationFile[];
  /** Files at the base ref, by path relative to the root; undefined without --base. */
  base?: Map<string, BaseFile>;
  /** Files to report on (paths relative to the root); undefined means all. */
  targets?: Set<string>;
}

export interface ProjectOptions {
  rollbackPattern: string;
  seedsDir: string;
  /** Flyway's naming settings (prefixes, separator, suffixes); default V, __, .sql, R. */
  naming?: Naming;
  /** All locations as shown, when there are several (default: [root]). */
  locations?: string[];
  placeholders: Record<string, string>;
  /** The files' encoding (Flyway's `encoding`, a TextDecoder label); default UTF-8. */
  encoding?: string;
  /** ${flyway:…} values; `filename` is filled in per file. */
  builtins: Record<string, string>;
  /** Flyway's placeholderPrefix / placeholderSuffix / placeholderReplacement (defaults `${`, `}`, true). */
  placeholderPrefix?: string;
  placeholderSuffix?: string;
  placeholderReplacement?: boolean;
  base?: SourceFile[];
  targets?: Set<string>;
  /** Another runner's layout; undefined: Flyway's naming (classify). */
  layout?: Layout;
  /** The environment goose's ENVSUB expands from (default: none set). */
  env?: Record<string, string | undefined>;
}

function kindOrder(f: MigrationFile): number {
  return f.kind === 'versioned' ? 0 : f.kind === 'repeatable' ? 1 : 2;
}

/** Flyway's execution order: versions ascending, then repeatables by description. */
export function compareMigrations(a: MigrationFile, b: MigrationFile): number {
  const k = kindOrder(a) - kindOrder(b);
  if (k !== 0) return k;
  if (a.version && b.version) {
    const c = compareVersions(a.version, b.version);
    if (c !== 0) return c;
  }
  const d = (a.description ?? '').localeCompare(b.description ?? '');
  return d !== 0 ? d : a.rel.localeCompare(b.rel);
}

/**
 * Whether a migration is in the change set `check` verifies: new at the base (always, without
 * --base) and named (every one, without PATHs). check's database state cache caches the chain
 * before the first such migration, so both must agree.
 */
export function inChangeSet(project: Project, m: MigrationFile): boolean {
  return m.isNew && (!project.targets || project.targets.has(m.rel));
}

/** Parses in-process; see `prepareProject` to parse elsewhere (e.g. on worker threads). */
export function buildProject(root: string, sources: SourceFile[], opts: ProjectOptions): Project {
  const prepared = prepareProject(root, sources, opts);
  return prepared.finish(prepared.texts.map(parseSql));
}

export interface PreparedProject {
  /** The text of each file to parse (decoded, placeholders substituted). */
  texts: string[];
  /** The project, given the parse of each text in `texts` (same order). */
  finish(parsed: ParsedSql[]): Project;
}

/** Everything but parsing, which is left to the caller. */
export function prepareProject(root: string, sources: SourceFile[], opts: ProjectOptions): PreparedProject {
  const rollbackPattern = new RollbackPattern(opts.rollbackPattern);
  if (opts.layout) return prepareLayout(root, sources, opts, opts.layout, rollbackPattern);
  let base: Map<string, BaseFile> | undefined;
  if (opts.base) {
    base = new Map();
    for (const b of opts.base) {
      const c = classify(b.rel, rollbackPattern, opts.seedsDir, opts.naming ?? DEFAULT_NAMING);
      const text = decodeSql(b.bytes, opts.encoding).text;
      base.set(b.rel, {
        rel: b.rel,
        path: b.path,
        bytes: b.bytes,
        kind: c.kind,
        version: c.version,
        description: c.description,
        text,
        checksum: flywayChecksum(text),
      });
    }
  }
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const files = sources
    .map((s) => loadFile(s, root, rollbackPattern, opts, base))
    .sort((a, b) => byText(a.rel, b.rel) || byText(a.path, b.path));
  return {
    texts: files.map((f) => f.text),
    finish(parsed) {
      files.forEach((f, i) => (f.parsed = parsed[i]!));
      return assemble(root, opts.locations?.length ? opts.locations : [root], rollbackPattern, files, base, opts);
    },
  };
}

export function assemble(
  root: string,
  locations: string[],
  rollbackPattern: RollbackPattern,
  all: MigrationFile[],
  base: Map<string, BaseFile> | undefined,
  opts: ProjectOptions,
): Project {
  const files = withoutCopies(all);
  const rollbacks = new Map<string, MigrationFile>();
  // A rollback pairs with the migration of its version in any location (the first one found, by path).
  for (const f of files) {
    if (f.kind === 'rollback' && f.version && !rollbacks.has(versionKey(f.version))) rollbacks.set(versionKey(f.version), f);
  }
  for (const f of files) {
    if (f.kind === 'versioned' && f.version) f.rollback = rollbacks.get(versionKey(f.version));
  }
  // dbmate runs its files in the order of their names (db.go FindMigrations: sort by FileName), not
  // of their versions: 100_b.sql before 10_a.sql ('0' < '_'), though version 10 < 100 as text.
  const fileName = (f: MigrationFile) => f.rel.slice(f.rel.lastIndexOf('/') + 1);
  const order = opts.layout?.name === 'dbmate' ? (a: MigrationFile, b: MigrationFile) => (fileName(a) < fileName(b) ? -1 : fileName(a) > fileName(b) ? 1 : compareMigrations(a, b)) : compareMigrations;
  const migrations = files.filter((f) => f.kind === 'versioned' || f.kind === 'repeatable').sort(order);
  return { root, locations, rollbackPattern, naming: opts.naming ?? DEFAULT_NAMING, files, migrations, base, targets: opts.targets, ...(opts.layout ? { layout: opts.layout } : {}) };
}

/**
 * Flyway keeps one of two migrations found in different locations that are equal in version,
 * description, script (path relative to the location), checksum and type: its resolvers' results
 * are collected into a set of ResolvedMigrationImpl (CompositeMigrationResolver.collectMigrations,
 * ResolvedMigrationImpl.equals), so an identical copy is one migration, not a duplicate version.
 * The same here: a later identical copy (same `rel`, same text) is left out of the project.
 */
function withoutCopies(files: MigrationFile[]): MigrationFile[] {
  // Keyed without the checksum, which is compared only when the rest is equal: a checksum is
  // computed when first read (loadFile), and most runs never need one.
  const seen = new Map<string, MigrationFile[]>();
  return files.filter((f) => {
    if (f.kind !== 'versioned' && f.kind !== 'repeatable') return true;
    const key = [f.kind, f.version ? versionKey(f.version) : '', f.description ?? '', f.rel].join('\0');
    const same = seen.get(key);
    if (!same) {
      seen.set(key, [f]);
      return true;
    }
    if (same.some((g) => g.checksum === f.checksum)) return false;
    same.push(f);
    return true;
  });
}

export const NOT_PARSED: ParsedSql = Object.freeze({ statements: [], errors: [] }) as ParsedSql;

function loadFile(
  s: SourceFile,
  root: string,
  rollback: RollbackPattern,
  opts: ProjectOptions,
  base: Map<string, BaseFile> | undefined,
): MigrationFile {
  const c = classify(s.rel, rollback, opts.seedsDir, opts.naming ?? DEFAULT_NAMING);
  const decoded = decodeSql(s.bytes, opts.encoding);
  const filename = s.rel.slice(s.rel.lastIndexOf('/') + 1);
  // A file that is not valid text in its encoding is parsed as empty: nothing in it can be run.
  const source = decoded.problem ? '' : decoded.text;
  const sub = substitutePlaceholders(source, {
    values: opts.placeholders,
    builtins: { ...opts.builtins, filename },
    prefix: opts.placeholderPrefix,
    suffix: opts.placeholderSuffix,
    replacement: opts.placeholderReplacement,
  });
  const lines = new LineIndex(decoded.text);
  const map: OffsetMap = sub.map;
  let checksums: MigrationChecksums | undefined;
  const checksumsOf = () => (checksums ??= migrationChecksums(c.kind === 'repeatable', decoded.text, decoded.problem ? decoded.text : sub.text));
  return {
    path: s.path,
    rel: s.rel,
    location: s.location ?? root,
    kind: c.kind,
    version: c.version,
    description: c.description,
    namingProblem: c.problem,
    ...(c.runByFlyway ? { runByFlyway: true } : {}),
    decoded,
    text: sub.text,
    parsed: NOT_PARSED,
    unknownPlaceholders: sub.unknown,
    // An undecodable file is never run: its checksum is of the text before the problem. Computed
    // when first read (validate, migrate, status…): a lint never reads it (~25 ms on 4,000 files).
    get checksum() {
      return checksumsOf().checksum;
    },
    get equivalentChecksum() {
      return checksumsOf().equivalentChecksum;
    },
    isNew: base ? !base.has(s.rel) : true,
    position: (offset) => lines.position(map.toOriginal(offset)),
    lines,
  };
}

/** A file that exists only at the base ref (deleted since): findings about it point at line 1. */
export function ghostFile(path: string, rel: string, kind: FileKind, location = ''): MigrationFile {
  const lines = new LineIndex('');
  return {
    path,
    rel,
    location,
    kind,
    decoded: { text: '', hadBom: false },
    text: '',
    parsed: { statements: [], errors: [] },
    unknownPlaceholders: [],
    checksum: 0,
    isNew: false,
    position: () => ({ line: 1, column: 1 }),
    lines,
  };
}
