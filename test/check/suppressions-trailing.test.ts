/**
 * Issue #12, item 6, on the `check` path: its findings (here dangerous-lock, which PostgreSQL's
 * pg_locks shows) go through the same statement-level suppressions as the lint's, so a directive
 * after a statement on the same line excuses that statement and not the next one.
 */
import { expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { describeEachEngine } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';

const tx = (...sql: string[]) => `BEGIN;\n${sql.join('\n')}\nCOMMIT;\n`;
const IGNORE = '-- migration-guard-ignore dangerous-lock: s has ten rows and no traffic';

describeEachEngine('check: a suppression after a statement on the same line', (engine) => {
  it('excuses the statement it follows, not the next one', async () => {
    const files = {
      'migrations/V1__base.sql': tx('CREATE TABLE s (id int PRIMARY KEY, v text);'),
      'migrations/rollback/V1__rollback.sql': tx('DROP TABLE s;'),
      // The lock holder carries the directive: excused.
      'migrations/V2__excused.sql': tx(`ALTER TABLE s ALTER COLUMN v SET DEFAULT 'x'; ${IGNORE}`, 'CREATE TABLE k (id int);'),
      'migrations/rollback/V2__rollback.sql': tx('DROP TABLE k;', 'ALTER TABLE s ALTER COLUMN v DROP DEFAULT;'),
      // The statement before the lock holder carries it: the lock holder is still reported.
      'migrations/V3__reported.sql': tx(`CREATE TABLE k2 (id int); ${IGNORE}`, "ALTER TABLE s ALTER COLUMN v SET DEFAULT 'y';", 'CREATE TABLE k3 (id int);'),
      'migrations/rollback/V3__rollback.sql': tx('DROP TABLE k3;', 'ALTER TABLE s ALTER COLUMN v DROP DEFAULT;', 'DROP TABLE k2;'),
    };
    const r = await runCheck({ cwd: tmpProject(files), paths: ['migrations'], databaseUrl: engine.url });
    expect(r.findings.filter((f) => f.rule === 'dangerous-lock').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      'migrations/V3__reported.sql:3:1',
    ]);
    // What PostgreSQL showed in both files: the ALTER's lock held while the next statement ran.
    for (const name of ['V2__excused.sql', 'V3__reported.sql']) {
      const m = r.migrations.find((x) => x.file.endsWith(name))!;
      expect(m.dangerousLocks).toBe(1);
      expect(m.locks.find((l) => l.relation === 'public.s')).toMatchObject({ mode: 'ACCESS EXCLUSIVE', dangerous: true });
    }
  });
});
