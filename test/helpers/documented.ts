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
