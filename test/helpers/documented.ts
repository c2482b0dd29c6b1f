/**
 * The guide's migration header (§3.2) for a test fixture, so that a test about something else
 * lints its file as a documented migration would be linted (rules/migration-documented.ts).
 */

/** Lines the header adds before the SQL: file name, Author, Date, Description, Rollback (versioned only). */
export const headerLines = (name: string): number => (/^R/.test(base(name)) ? 4 : 5);

const base = (name: string) => name.slice(name.lastIndexOf('/') + 1);

/**
 * `sql` under the header of `name` (a path relative to the migrations directory, or just the
 * file name). A versioned migration's Rollback line names `rollback/V{version}__rollback.sql`
 * (the default rollbackPattern) unless `rollback` says otherwise.
 */
export function documented(name: string, sql: string, rollback?: string): string {
  const file = base(name);
  const lines = [`-- ${file}`, '-- Author: Jane Doe', '-- Date: 2026-01-15', `-- Description: ${file.replace(/^[^_]*__|\.sql$/g, '').replace(/_/g, ' ')}, for the test.`];
  if (!file.startsWith('R')) lines.push(`-- Rollback: ${rollback ?? `rollback/${file.replace(/__.*$/, '')}__rollback.sql`}`);
  return `${lines.join('\n')}\n${sql}`;
}

/**
 * `files` (paths relative to the project) with every versioned and repeatable migration under
 * `root` documented; a Rollback line names the rollback in `files` that pairs by version, or says
 * "none" when the test has none.
 */
export function documentAll(files: Record<string, string>, root = 'migrations'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, sql] of Object.entries(files)) {
    const rel = path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
    const file = base(path);
    const version = /^V([^_]+)__.*\.sql$/.exec(file)?.[1];
    if (!rel || rel.startsWith('rollback/') || rel.startsWith('seeds/') || !(version || /^R__.*\.sql$/.test(file))) {
      out[path] = sql;
      continue;
    }
    const rollback = `rollback/V${version}__rollback.sql`;
    out[path] = documented(file, sql, `${root}/${rollback}` in files ? rollback : 'none, this test has no rollback');
  }
  return out;
}
