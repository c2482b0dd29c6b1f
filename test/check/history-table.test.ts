/**
 * Flyway creates its schema history table before the first migration runs, so a migration may
 * use it (the trial on a real Flyway project: `REVOKE ALL PRIVILEGES ON TABLE
 * flyway_schema_history FROM crud;` in V0). check's scratch database has the table too — under
 * the configured name — and it never shows in the schema diff.
 */
import { expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { describeEachEngine } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';

describeEachEngine('check: the schema history table exists before the first migration', (engine) => {
  it('a migration that grants on it, a view over it, and its rollback apply; the diff leaves it out', async () => {
    const r = await runCheck({
      cwd: tmpProject({
        'migrations/V1__history_access.sql':
          'BEGIN;\nCREATE ROLE mg_history_reader;\nGRANT SELECT ON TABLE flyway_schema_history TO mg_history_reader;\nCREATE VIEW last_migration AS SELECT max(installed_rank) AS rank FROM flyway_schema_history;\nCOMMIT;\n',
        'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP VIEW last_migration;\nREVOKE ALL ON TABLE flyway_schema_history FROM mg_history_reader;\nDROP ROLE mg_history_reader;\nCOMMIT;\n',
      }),
      paths: ['migrations'],
      databaseUrl: engine.url,
    });
    expect(r.migrations.map((m) => [m.file, m.applied, m.rollback])).toEqual([['migrations/V1__history_access.sql', 'ok', 'verified']]);
    expect(r.findings.filter((f) => f.rule === 'apply-failed' || f.rule === 'rollback-failed')).toEqual([]);
    const names = Object.values(r.schemaDiff as unknown as Record<string, Array<{ name: string }>>).flat().map((d) => d.name);
    expect(names).toContain('public.last_migration');
    expect(names.filter((n) => n.includes('flyway_schema_history'))).toEqual([]);
  });

  it('under its configured name (table: in the config)', async () => {
    const r = await runCheck({
      cwd: tmpProject({
        'migration-guard.yml': 'historyTable: schema_version\n',
        'migrations/V1__grant.sql': 'BEGIN;\nCOMMENT ON TABLE schema_version IS $$Flyway history$$;\nCOMMIT;\n',
      }),
      paths: ['migrations'],
      databaseUrl: engine.url,
    });
    expect(r.migrations.map((m) => m.applied)).toEqual(['ok']);
  });
});
