/**
 * "Validate in staging first" (the guide's §1.2 and §9.2): an environment with
 * `requireAppliedOn: staging` applies only what staging's schema history records as applied
 * successfully (success = true) with the same checksum. Pure: it compares the migrations about to
 * run with staging's analysis (validator.ts's `analyse` of staging's rows against the files as
 * staging's configuration reads them); connecting is the caller's (src/commands/deploy.ts).
 */
import type { Db } from './engine.js';
import { SchemaHistory, type HistoryRow } from './history.js';
import type { MigrationInfo, ValidationIssue } from './validator.js';

/** A migration the target would apply: a pending version, or a repeatable to (re)apply. */
export interface PendingMigration {
  script: string;
  path: string;
  version: string | null;
  description: string;
}

export interface AppliedOnReport {
  /** The environment named by requireAppliedOn. */
  environment: string;
  /** Its database, password masked. */
  database: string;
  history: string;
  /** Staging's current version. */
  currentVersion?: string;
  /** Migrations checked (those the target would apply). */
  checked: number;
  /** One issue (code not-applied-on) per migration staging has not applied as it is now. */
  issues: ValidationIssue[];
}

const when = (i: MigrationInfo) => (i.installedOn ? ` on ${i.installedOn.replace('T', ' ').slice(0, 19)} UTC` : '');

/**
 * What staging has of one migration, when that is not "applied successfully, same checksum";
 * undefined when it is. `info` is staging's analysis of the same file (by version, or by
 * description for a repeatable); absent when staging's history has no row for it.
 */
export function stagingProblem(m: PendingMigration, info: MigrationInfo | undefined): string | undefined {
  if (!info || info.state === 'pending' || info.state === 'ignored') return 'its schema history has no row for it';
  if (info.state === 'failed') return `it failed there${when(info)} (success = false)`;
  if (info.state === 'below-baseline') return 'it is at or below its baseline version: it never ran there';
  if (info.checksum.state === 'mismatch' || info.state === 'outdated') {
    return `it ran there with checksum ${info.checksum.applied}${when(info)}, but the file now has checksum ${info.checksum.file}: the file changed since staging applied it`;
  }
  if (info.state === 'applied' || info.state === 'out-of-order') return undefined;
  return `its state there is ${info.state}`;
}

/**
 * One not-applied-on issue per pending migration staging has not applied successfully as it
 * is now, naming what staging has.
 */
export function compareWithStaging(pending: PendingMigration[], stagingInfos: MigrationInfo[], environment: string, stagingVersion: string | undefined): ValidationIssue[] {
  const byVersion = new Map(stagingInfos.filter((i) => i.kind === 'versioned' && i.version !== null).map((i) => [i.version!, i]));
  const byDescription = new Map(stagingInfos.filter((i) => i.kind === 'repeatable').map((i) => [i.description, i]));
  const issues: ValidationIssue[] = [];
  for (const m of pending) {
    const info = m.version !== null ? byVersion.get(m.version) : byDescription.get(m.description);
    const problem = stagingProblem(m, info);
    if (!problem) continue;
    const what = m.version !== null ? `migration ${m.version} (${m.path})` : `repeatable migration "${m.description}" (${m.path}) as it is now`;
    issues.push({
      code: 'not-applied-on',
      ...(m.version !== null ? { version: m.version } : {}),
      script: m.script,
      location: `${m.path}:1:1`,
      message: `${what} has not been applied successfully on ${environment} first: ${problem} (${environment} is at version ${stagingVersion ?? '(none)'}). Deploy it to ${environment}, then here`,
    });
  }
  return issues;
}

/** Staging's schema history rows (none when the table does not exist). */
export async function stagingRows(db: Db, schema: string, table: string): Promise<{ rows: HistoryRow[]; history: string; exists: boolean }> {
  const history = new SchemaHistory(db, schema, table);
  const exists = await history.exists();
  return { rows: exists ? await history.rows() : [], history: history.qualified, exists };
}
