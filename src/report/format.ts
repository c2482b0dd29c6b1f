/** "1 migration", "3 migrations". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A runner's execution time in ms, as the deploy reports print it: "340 ms", "1.5 s", "61.0 s". */
export const secs = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

/** A duration for people: "340 ms", "1.5 s", "12 s" (empty when unknown). */
export function duration(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.max(0, Math.round(ms))} ms`;
}

/**
 * Which migrations a check did not apply and why, e.g. "not checked: V6__a.sql – V9__d.sql (4
 * migrations), because V5__x.sql failed to apply"; undefined when every one ran. Only a forward
 * failure stops check's chain, so the first failed migration is the reason.
 */
/**
 * A migration's name in tables and lines: its file name, or folder/file where the file name is
 * the same in every migration (diesel's up.sql, Prisma's migration.sql).
 */
export function migrationName(file: string): string {
  const parts = file.split('/');
  const base = parts[parts.length - 1]!;
  return /^(up|down|migration)\.sql$/i.test(base) && parts.length > 1 ? parts.slice(-2).join('/') : base;
}

export function notCheckedLine(migrations: { file: string; kind: string; applied: 'ok' | 'failed' | 'skipped' }[]): string | undefined {
  const base = migrationName;
  const skipped = migrations.filter((m) => m.kind !== 'seed' && m.applied === 'skipped');
  if (skipped.length === 0) return undefined;
  const failed = migrations.find((m) => m.applied === 'failed');
  const range = skipped.length === 1 ? base(skipped[0]!.file) : `${base(skipped[0]!.file)} – ${base(skipped[skipped.length - 1]!.file)} (${skipped.length} migrations)`;
  return `not checked: ${range}${failed ? `, because ${base(failed.file)} failed to apply` : ''}`;
}
