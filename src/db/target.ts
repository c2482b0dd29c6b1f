/**
 * Flyway's `target` for migrate: which pending versioned migrations run. Pure.
 *
 * As Flyway reads it (MigrationVersion.fromVersion, ClassicConfiguration.getTarget,
 * MigrationInfoServiceImpl, ResolvedMigration.getState):
 * - `latest` (the default): every pending version;
 * - `current`: none above the version the schema is at (none at all on an empty history);
 * - `next`: only the first pending version;
 * - a version, e.g. `5` or `1.2`: pending versions up to it; the version must belong to a
 *   migration (a file, or a row of the history), else migrate fails with "No migration with a
 *   target version 5 could be found…" (failOnMissingTarget);
 * - a version followed by `?` (`5?`): up to it, whether a migration has it or not.
 * Versions above the target are "Above Target": left pending, not an error. The target limits
 * versioned migrations only; pending repeatables still run.
 */
import { UsageError } from '../errors.js';
import { compareVersions, parseVersion, type Version } from '../load/version.js';
import type { MigrationFile } from '../model/project.js';

export type Target = { kind: 'latest' } | { kind: 'current' } | { kind: 'next' } | { kind: 'version'; version: Version; mustExist: boolean };

/** Parses a target as written (`latest`, `current`, `next`, `5`, `1.2?`); a usage error otherwise. */
export function parseTarget(text: string): Target {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (lower === 'latest') return { kind: 'latest' };
  if (lower === 'current') return { kind: 'current' };
  if (lower === 'next') return { kind: 'next' };
  const mustExist = !t.endsWith('?');
  const version = parseVersion(mustExist ? t : t.slice(0, -1));
  if (!version) throw new UsageError(`target must be latest, current, next or a version such as 5 or 1.2 (got "${text}")`);
  return { kind: 'version', version, mustExist };
}

/**
 * The pending migrations (versioned in version order, then repeatables) that run under `target`.
 * `current` is the schema's version (undefined: nothing applied); `known` every version of a
 * migration file or history row. Throws a usage error for a missing target version without `?`.
 */
export function pendingUpToTarget(pending: MigrationFile[], target: Target, current: Version | undefined, known: Version[]): MigrationFile[] {
  if (target.kind === 'latest') return pending;
  const repeatables = pending.filter((f) => !f.version || f.kind !== 'versioned');
  const versioned = pending.filter((f) => f.version && f.kind === 'versioned');
  let limit: Version | undefined;
  if (target.kind === 'next') return [...versioned.slice(0, 1), ...repeatables];
  if (target.kind === 'current') limit = current;
  else {
    limit = target.version;
    if (target.mustExist && !known.some((v) => compareVersions(v, target.version) === 0)) {
      throw new UsageError(
        `no migration with the target version ${target.version.raw} could be found (Flyway's rule: the target must be the version of a migration); check the version, or write ${target.version.raw}? to migrate up to it anyway`,
      );
    }
  }
  const upTo = limit;
  return [...(upTo ? versioned.filter((f) => compareVersions(f.version!, upTo) <= 0) : []), ...repeatables];
}
