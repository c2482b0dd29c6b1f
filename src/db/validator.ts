/**
 * The validator: compares the migrations on disk (resolved by the project model) with the rows
 * of the schema history, the way Flyway does. Pure: no database, no printing. It gives each
 * migration a state (what `status` shows), the validation issues (what `validate` and
 * validateOnMigrate report) and the pending migrations in the order `migrate` applies them.
 */
import { compareVersions, parseVersion, versionKey, type Version } from '../load/version.js';
import { flywayPlaceholderError } from '../load/placeholders.js';
import { checksumMatches } from '../model/checksum.js';
import { DEFAULTS } from '../load/settings.js';
import type { MigrationFile, Project } from '../model/project.js';
import { abbreviateDescription, type HistoryRow } from './history.js';

export type MigrationState =
  | 'applied'
  | 'out-of-order'
  | 'pending'
  | 'failed'
  | 'missing'
  | 'outdated'
  | 'ignored'
  | 'baseline'
  | 'below-baseline'
  | 'schema'
  | 'deleted';

export type ChecksumState = 'match' | 'mismatch' | 'n/a';

export interface MigrationInfo {
  kind: 'versioned' | 'repeatable' | 'baseline' | 'schema';
  /** As Flyway stores it ("_" read as "."), null for repeatables. */
  version: string | null;
  description: string;
  /** Path relative to the migrations root (the history's `script`). */
  script: string;
  /** Path shown to users, when the file exists. */
  path?: string;
  state: MigrationState;
  checksum: { file: number | null; applied: number | null; state: ChecksumState };
  installedRank?: number;
  installedOn?: string;
  installedBy?: string;
  executionTime?: number;
}

export type IssueCode =
  | 'checksum-mismatch'
  | 'description-mismatch'
  | 'missing'
  | 'failed'
  | 'ignored'
  | 'duplicate-version'
  | 'duplicate-repeatable'
  | 'unknown-placeholder'
  | 'non-empty-schema'
  | 'rollback-missing'
  | 'rollback-empty'
  | 'not-runnable'
  | 'invalid-index'
  | 'pending'
  /** A pending migration another environment (requireAppliedOn) has not applied first: staging.ts. */
  | 'not-applied-on';

export interface ValidationIssue {
  code: IssueCode;
  message: string;
  version?: string;
  script?: string;
  /** file:line:col of the file concerned, when there is one. */
  location?: string;
}

/**
 * Whether Flyway's ignoreMigrationPatterns let a migration of this kind in this state pass
 * validate (ValidatePattern: `type:state`, `*` for any; compared case-insensitively).
 */
export function ignoredByPatterns(patterns: readonly string[], kind: 'versioned' | 'repeatable', state: 'pending' | 'missing' | 'ignored' | 'future'): boolean {
  return patterns.some((p) => {
    const [type, st] = p.toLowerCase().split(':');
    return (type === '*' || type === kind) && (st === '*' || st === state);
  });
}

/**
 * Flyway's validate errors for migrations not applied yet (MigrationInfoImpl.validate): a pending
 * versioned or repeatable migration, and an outdated repeatable, unless ignoreMigrationPatterns
 * has `*:pending` (or the kind's own pattern). `migrate` validates with pending allowed.
 */
export function pendingIssues(infos: MigrationInfo[], patterns: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const i of infos) {
    if (i.state !== 'pending' && i.state !== 'outdated') continue;
    if (i.kind !== 'versioned' && i.kind !== 'repeatable') continue;
    if (ignoredByPatterns(patterns, i.kind, 'pending')) continue;
    const what =
      i.state === 'outdated'
        ? `Detected outdated resolved repeatable migration that should be re-applied to database: ${i.description}`
        : i.kind === 'versioned'
          ? `Detected resolved migration not applied to database: ${i.version}`
          : `Detected resolved repeatable migration not applied to database: ${i.description}`;
    issues.push({
      code: 'pending',
      ...(i.version !== null ? { version: i.version } : {}),
      script: i.script,
      message: `${what} (${i.script}). To fix this error, either run migrate, or set ignoreMigrationPatterns: ['*:pending']`,
    });
  }
  return issues;
}

export interface Analysis {
  infos: MigrationInfo[];
  issues: ValidationIssue[];
  /** Versioned migrations to apply (version order), then repeatables to (re)apply (by description). */
  pending: MigrationFile[];
  /** Pending versions below the highest applied one (applied only with outOfOrder). */
  ignored: MigrationFile[];
  /** The schema's current version: highest applied (or baseline) version. */
  current?: string;
  baseline?: string;
}

/** Flyway's text for a version: as written, "_" read as ".". */
export const versionText = (v: Version) => v.raw.replace(/_/g, '.');

const SYNTHETIC = new Set(['BASELINE', 'SCHEMA', 'DELETE']);

const isoOf = (d: Date) => (Number.isNaN(d.getTime()) ? undefined : d.toISOString());

function appliedFields(row: HistoryRow): Pick<MigrationInfo, 'installedRank' | 'installedOn' | 'installedBy' | 'executionTime'> {
  return { installedRank: row.installedRank, installedOn: isoOf(row.installedOn), installedBy: row.installedBy, executionTime: row.executionTime };
}

export function analyse(project: Project, rows: HistoryRow[], opts: { outOfOrder: boolean; ignoreMigrationPatterns?: readonly string[] }): Analysis {
  const patterns = opts.ignoreMigrationPatterns ?? DEFAULTS.ignoreMigrationPatterns;
  const issues: ValidationIssue[] = [];
  const infos: MigrationInfo[] = [];
  const versioned = project.migrations.filter((m) => m.kind === 'versioned' && m.version);
  const repeatables = project.migrations.filter((m) => m.kind === 'repeatable');

  // Resolver checks: one file per version and per repeatable description.
  const byVersion = new Map<string, MigrationFile>();
  for (const f of versioned) {
    const key = versionKey(f.version!);
    const other = byVersion.get(key);
    if (other) {
      issues.push({
        code: 'duplicate-version',
        version: versionText(f.version!),
        script: f.rel,
        location: `${f.path}:1:1`,
        message: `found more than one migration with version ${versionText(f.version!)}: ${other.path} and ${f.path}`,
      });
    } else byVersion.set(key, f);
  }
  const byDescription = new Map<string, MigrationFile>();
  for (const f of repeatables) {
    const d = f.description ?? '';
    const other = byDescription.get(d);
    if (other) {
      issues.push({ code: 'duplicate-repeatable', script: f.rel, location: `${f.path}:1:1`, message: `found more than one repeatable migration "${d}": ${other.path} and ${f.path}` });
    } else byDescription.set(d, f);
  }

  // History: the latest row per version and per repeatable description.
  const latestByVersion = new Map<string, HistoryRow>();
  const latestRepeatable = new Map<string, HistoryRow>();
  let baselineRow: HistoryRow | undefined;
  for (const r of rows) {
    if (r.type === 'SCHEMA') {
      infos.push({
        kind: 'schema',
        version: null,
        description: r.description,
        script: r.script,
        state: 'schema',
        checksum: { file: null, applied: null, state: 'n/a' },
        ...appliedFields(r),
      });
      continue;
    }
    if (r.type === 'BASELINE') {
      baselineRow = r;
      continue;
    }
    if (r.version !== null) {
      const v = parseVersion(r.version);
      if (v) latestByVersion.set(versionKey(v), r);
    } else if (!SYNTHETIC.has(r.type)) latestRepeatable.set(r.description, r);
  }
  const baseline = baselineRow?.version ? parseVersion(baselineRow.version) : undefined;
  if (baselineRow) {
    infos.push({
      kind: 'baseline',
      version: baselineRow.version,
      description: baselineRow.description,
      script: baselineRow.script,
      state: 'baseline',
      checksum: { file: null, applied: null, state: 'n/a' },
      ...appliedFields(baselineRow),
    });
  }

  // The highest version in effect, and the rank at which it was reached (for out-of-order).
  let highest: Version | undefined = baseline;
  const appliedVersions: { v: Version; rank: number }[] = [];
  for (const [, r] of latestByVersion) {
    if (!r.success || SYNTHETIC.has(r.type)) continue;
    const v = parseVersion(r.version!)!;
    appliedVersions.push({ v, rank: r.installedRank });
    if (!highest || compareVersions(v, highest) > 0) highest = v;
  }

  const pending: MigrationFile[] = [];
  const ignored: MigrationFile[] = [];
  const versionedInfos: MigrationInfo[] = [];
  for (const [key, f] of byVersion) {
    const v = f.version!;
    const text = versionText(v);
    const row = latestByVersion.get(key);
    const info: MigrationInfo = {
      kind: 'versioned',
      version: text,
      description: f.description ?? '',
      script: f.rel,
      path: f.path,
      state: 'pending',
      checksum: { file: f.checksum, applied: null, state: 'n/a' },
    };
    versionedInfos.push(info);
    if (row && row.type !== 'DELETE') {
      Object.assign(info, appliedFields(row));
      info.checksum = { file: f.checksum, applied: row.checksum, state: row.checksum === f.checksum ? 'match' : 'mismatch' };
      if (!row.success) {
        info.state = 'failed';
        issues.push({
          code: 'failed',
          version: text,
          script: f.rel,
          location: `${f.path}:1:1`,
          message: `migration ${text} (${row.description}) failed earlier and may be half-applied (${f.path}): remove its half-completed changes, then run \`migration-guard repair\` and migrate again`,
        });
        continue;
      }
      const laterLower = appliedVersions.some((a) => compareVersions(a.v, v) > 0 && a.rank < row.installedRank);
      info.state = laterLower ? 'out-of-order' : 'applied';
      if (info.checksum.state === 'mismatch') {
        issues.push({
          code: 'checksum-mismatch',
          version: text,
          script: f.rel,
          location: `${f.path}:1:1`,
          message: `migration ${text} was changed after it was applied: checksum in the schema history ${row.checksum}, ${f.path} now ${f.checksum}; revert the edit and put the change in a new migration`,
        });
      }
      const desc = abbreviateDescription(f.description ?? '');
      if (desc !== row.description) {
        issues.push({
          code: 'description-mismatch',
          version: text,
          script: f.rel,
          location: `${f.path}:1:1`,
          message: `migration ${text} was applied as "${row.description}" but ${f.path} now describes it as "${desc}"; rename the file back`,
        });
      }
      continue;
    }
    if (baseline && compareVersions(v, baseline) <= 0) {
      info.state = 'below-baseline';
      continue;
    }
    if (highest && compareVersions(v, highest) < 0 && !opts.outOfOrder) {
      info.state = 'ignored';
      ignored.push(f);
      if (ignoredByPatterns(patterns, 'versioned', 'ignored')) continue;
      issues.push({
        code: 'ignored',
        version: text,
        script: f.rel,
        location: `${f.path}:1:1`,
        message: `migration ${text} (${f.path}) is not applied but the database is already at version ${versionText(highest)}; give it a version above ${versionText(highest)}, or set outOfOrder: true to apply it anyway`,
      });
      continue;
    }
    pending.push(f);
  }

  // Applied versions with no file.
  const newestFile = versioned.map((f) => f.version!).sort(compareVersions).at(-1);
  for (const [key, r] of latestByVersion) {
    if (byVersion.has(key) || r.type === 'DELETE') continue;
    const info: MigrationInfo = {
      kind: 'versioned',
      version: r.version,
      description: r.description,
      script: r.script,
      state: 'missing',
      checksum: { file: null, applied: r.checksum, state: 'n/a' },
      ...appliedFields(r),
    };
    versionedInfos.push(info);
    if (baseline && compareVersions(parseVersion(r.version!)!, baseline) <= 0) continue;
    // Flyway's FUTURE: applied, above every version the files have (a newer release migrated the
    // database); MISSING otherwise. ignoreMigrationPatterns (default *:future) lets either pass.
    const future = !newestFile || compareVersions(parseVersion(r.version!)!, newestFile) > 0;
    if (r.success && ignoredByPatterns(patterns, 'versioned', future ? 'future' : 'missing')) continue;
    issues.push({
      code: r.success ? 'missing' : 'failed',
      version: r.version!,
      script: r.script,
      message: r.success
        ? `migration ${r.version} (${r.script}) is applied to the database but its file is missing from ${project.root}; restore it`
        : `migration ${r.version} (${r.script}) failed earlier and its file is missing from ${project.root}: remove its half-completed changes, then run \`migration-guard repair\``,
    });
  }
  versionedInfos.sort((a, b) => compareVersions(parseVersion(a.version!)!, parseVersion(b.version!)!));

  const repeatableInfos: MigrationInfo[] = [];
  const repeatablePending: MigrationFile[] = [];
  for (const [desc, f] of byDescription) {
    const row = latestRepeatable.get(abbreviateDescription(desc));
    const info: MigrationInfo = {
      kind: 'repeatable',
      version: null,
      description: desc,
      script: f.rel,
      path: f.path,
      state: 'pending',
      checksum: { file: f.checksum, applied: null, state: 'n/a' },
    };
    repeatableInfos.push(info);
    if (!row) {
      repeatablePending.push(f);
      continue;
    }
    Object.assign(info, appliedFields(row));
    // Flyway's checksumMatches: the checksum after placeholder replacement, or the file's as written.
    info.checksum = { file: f.checksum, applied: row.checksum, state: checksumMatches(f, row.checksum) ? 'match' : 'mismatch' };
    if (!row.success) {
      info.state = 'failed';
      issues.push({
        code: 'failed',
        script: f.rel,
        location: `${f.path}:1:1`,
        message: `repeatable migration "${desc}" (${f.path}) failed earlier and may be half-applied: remove its half-completed changes, then run \`migration-guard repair\` and migrate again`,
      });
    } else if (info.checksum.state === 'mismatch') {
      info.state = 'outdated';
      repeatablePending.push(f);
    } else info.state = 'applied';
  }
  for (const [desc, r] of latestRepeatable) {
    if ([...byDescription.keys()].some((d) => abbreviateDescription(d) === desc)) continue;
    repeatableInfos.push({
      kind: 'repeatable',
      version: null,
      description: desc,
      script: r.script,
      state: 'missing',
      checksum: { file: null, applied: r.checksum, state: 'n/a' },
      ...appliedFields(r),
    });
    if (r.success && ignoredByPatterns(patterns, 'repeatable', 'missing')) continue;
    issues.push({
      code: r.success ? 'missing' : 'failed',
      script: r.script,
      message: r.success
        ? `repeatable migration "${desc}" (${r.script}) is applied to the database but its file is missing from ${project.root}; restore it`
        : `repeatable migration "${desc}" (${r.script}) failed earlier and its file is missing: remove its half-completed changes, then run \`migration-guard repair\``,
    });
  }
  repeatableInfos.sort((a, b) => a.description.localeCompare(b.description));

  // Files about to run must have every placeholder defined; so must every repeatable, applied or
  // not: Flyway takes each repeatable's checksum after replacement when it resolves the migrations
  // (SqlMigrationResolver), so one unknown placeholder fails info, validate and migrate alike.
  for (const f of new Set([...pending, ...repeatablePending, ...byDescription.values()])) {
    for (const u of f.unknownPlaceholders) {
      const p = f.position(u.offset);
      issues.push({
        code: 'unknown-placeholder',
        script: f.rel,
        location: `${f.path}:${p.line}:${p.column}`,
        message: `${f.path}:${p.line}:${p.column}: ${flywayPlaceholderError(u)} (Flyway); set it under placeholders: in migration-guard.yml or with --placeholder`,
      });
    }
  }

  return {
    infos: [...infos, ...versionedInfos, ...repeatableInfos],
    issues,
    pending: [...pending, ...repeatablePending],
    ignored,
    current: highest ? versionText(highest) : undefined,
    baseline: baseline ? versionText(baseline) : undefined,
  };
}
