/**
 * Flyway file naming: V{version}__{description}.sql, R__{description}.sql, plus our layout's
 * rollback files (pattern configurable, default rollback/V{version}__rollback.sql) and seeds/.
 */
import { parseVersion, type Version } from './version.js';
import { escapeRegExp } from './text.js';

export type FileKind = 'versioned' | 'repeatable' | 'rollback' | 'seed' | 'invalid';

export interface ClassifiedName {
  kind: FileKind;
  version?: Version;
  /** Flyway's description: the name part with "_" read as spaces. */
  description?: string;
  /** Why the name is not valid (kind "invalid"). */
  problem?: string;
}

export interface Layout {
  rollbackPattern: string;
  seedsDir: string;
}

export const DEFAULT_ROLLBACK_PATTERN = 'rollback/V{version}__rollback.sql';

export class RollbackPattern {
  readonly regex: RegExp;
  /** Directory part of the pattern ("rollback/"), or "" when rollbacks sit next to migrations. */
  readonly dir: string;
  constructor(readonly pattern: string) {
    if (!pattern.includes('{version}')) {
      throw new Error(`rollback pattern "${pattern}" must contain {version}`);
    }
    const slash = pattern.lastIndexOf('/');
    this.dir = slash >= 0 ? pattern.slice(0, slash + 1) : '';
    const source = pattern
      .split(/(\{version\}|\{description\})/)
      .map((part) => {
        if (part === '{version}') return '(?<version>\\d+(?:[._]\\d+)*)';
        if (part === '{description}') return '(?<description>.*?)';
        return escapeRegExp(part);
      })
      .join('');
    this.regex = new RegExp(`^${source}$`);
  }
  /** Path of the rollback file for a version, relative to the migrations root. */
  pathFor(version: string, description = ''): string {
    return this.pattern.replace('{version}', () => version).replace('{description}', () => description);
  }
}

export function classify(rel: string, rollback: RollbackPattern, seedsDir: string): ClassifiedName {
  const m = rollback.regex.exec(rel);
  if (m) {
    const version = parseVersion(m.groups!['version']!);
    const description = m.groups!['description']?.replace(/_/g, ' ');
    if (version) return description === undefined ? { kind: 'rollback', version } : { kind: 'rollback', version, description };
  }
  const seedsPrefix = seedsDir.endsWith('/') ? seedsDir : `${seedsDir}/`;
  if (rel.startsWith(seedsPrefix)) return { kind: 'seed' };
  if (rollback.dir && rel.startsWith(rollback.dir)) {
    return {
      kind: 'invalid',
      problem: `rollback file name does not match the rollback pattern "${rollback.pattern}"`,
    };
  }
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  return classifyBaseName(base);
}

export function classifyBaseName(base: string): ClassifiedName {
  if (!base.endsWith('.sql')) {
    if (base.toLowerCase().endsWith('.sql')) {
      return { kind: 'invalid', problem: 'the suffix must be lowercase ".sql" (Flyway matches it exactly)' };
    }
    return { kind: 'invalid', problem: 'not a .sql file: Flyway only runs V{version}__{description}.sql and R__{description}.sql' };
  }
  const stem = base.slice(0, -4);
  if (stem.startsWith('R__')) {
    const description = stem.slice(3).replace(/_/g, ' ');
    if (!description.trim()) return { kind: 'invalid', problem: 'a repeatable migration needs a description: R__{description}.sql' };
    return { kind: 'repeatable', description };
  }
  if (stem.startsWith('V')) {
    const sep = stem.indexOf('__');
    if (sep < 0) {
      return { kind: 'invalid', problem: 'missing the "__" (double underscore) between version and description' };
    }
    const raw = stem.slice(1, sep);
    if (raw === '') return { kind: 'invalid', problem: 'missing version after "V"' };
    const version = parseVersion(raw);
    if (!version) {
      return { kind: 'invalid', problem: `"${raw}" is not a version: use digits separated by "." or "_"` };
    }
    return { kind: 'versioned', version, description: stem.slice(sep + 2).replace(/_/g, ' ') };
  }
  if (/^v\d/.test(stem)) return { kind: 'invalid', problem: 'the prefix must be an uppercase "V" (Flyway ignores "v" files)' };
  if (/^r__/.test(stem)) return { kind: 'invalid', problem: 'the prefix must be an uppercase "R__"' };
  if (/^R_[^_]/.test(stem)) return { kind: 'invalid', problem: 'a repeatable migration needs "R__" (double underscore)' };
  if (/^U\d/.test(stem)) {
    return { kind: 'invalid', problem: 'an undo migration ("U" prefix, Flyway Teams) is not run here: write the rollback as a rollback file instead' };
  }
  return {
    kind: 'invalid',
    problem: 'not a migration name: expected V{version}__{description}.sql or R__{description}.sql',
  };
}
