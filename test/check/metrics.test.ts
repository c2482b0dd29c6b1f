/**
 * `check` records the metrics of its scratch database (src/db/metrics.ts): tables, indexes and
 * size before the first migration and after the seeds, each applied migration's duration, and
 * the run-total warning against slowMigrationSeconds.
 */
import { expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { formatCheckJson, formatCheckText } from '../../src/report/check.js';
import { runCli } from '../helpers/cli.js';
import { describeEachEngine } from '../helpers/db.js';
import { documentAll } from '../helpers/documented.js';
import { tmpProject } from '../helpers/tmp.js';

describeEachEngine('check metrics', (engine) => {
  it('are of the scratch database: +2 tables, +1 index, the seed grows it, a duration per migration', async () => {
    const dir = tmpProject(documentAll({
      'migrations/V1__tables.sql': 'BEGIN;\nCREATE SCHEMA app;\nCREATE TABLE app.a (id bigint);\nCREATE TABLE b (id bigint, v int);\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE b;\nDROP TABLE app.a;\nDROP SCHEMA app;\nCOMMIT;\n',
      'migrations/V2__index.sql': 'CREATE INDEX CONCURRENTLY b_v ON b (v);\n',
      'migrations/rollback/V2__rollback.sql': 'DROP INDEX CONCURRENTLY b_v;\n',
      'migrations/seeds/test.sql': 'INSERT INTO b SELECT g, g FROM generate_series(1, 50000) g;\n',
    }));
    const r = await runCheck({ cwd: dir, paths: [], databaseUrl: engine.url });
    expect(r.findings).toEqual([]);
    const m = r.metrics!;
    expect(m).toMatchObject({ command: 'check', database: 'scratch', schemas: ['app', 'public'], slow: false, slowMigrationSeconds: 60 });
    expect(m.before).toMatchObject({ tables: 0, indexes: 0 });
    expect(m.after).toMatchObject({ tables: 2, indexes: 1 });
    // The seed's 50,000 rows and their index entries: over a megabyte.
    expect(m.after!.sizeBytes - m.before!.sizeBytes).toBeGreaterThan(1 << 20);
    expect(m.migrations.map((x) => [x.file, x.version])).toEqual([
      ['migrations/V1__tables.sql', '1'],
      ['migrations/V2__index.sql', '2'],
    ]);
    for (const x of m.migrations) expect(Number.isInteger(x.durationMs) && x.durationMs >= 0).toBe(true);
    expect(m.warning).toBeUndefined();

    expect(JSON.parse(formatCheckJson(r)).metrics).toEqual(m);
    expect(formatCheckText(r, false)).toMatch(
      /^Metrics \(of the scratch database, schemas app, public\): tables 0 → 2 \(\+2\), indexes 0 → 1 \(\+1\), size [\d.]+ \w+ → [\d.]+ \w+ \(\+[\d.]+ \w+\); 2 migrations, [\d.]+ m?s in total$/m,
    );
  });

  it('a check longer than slowMigrationSeconds, none of its migrations slow, warns on stderr', async () => {
    const files: Record<string, string> = { 'migration-guard.yml': 'slowMigrationSeconds: 0.3\n' };
    for (let i = 1; i <= 8; i++) files[`migrations/V${i}__sleep.sql`] = `BEGIN;\nCREATE TABLE t${i} (id int);\nSELECT pg_sleep(0.05);\nCOMMIT;\n`;
    const dir = tmpProject(files);
    const r = await runCli(dir, ['check', '--format', 'json', ...(engine.url ? ['--database-url', engine.url] : [])]);
    const j = JSON.parse(r.stdout);
    // No single migration reached 0.3 s: no slow-migration finding, so the total is the warning.
    expect(j.findings.filter((f: { rule: string }) => f.rule === 'slow-migration')).toEqual([]);
    expect(j.metrics.slow).toBe(true);
    expect(j.metrics.after.tables).toBe(8);
    // The run's duration is the migrations' own (what a deploy spends), not check's snapshots and rollbacks.
    const applying = (j.metrics.migrations as { durationMs: number }[]).reduce((sum, m) => sum + m.durationMs, 0);
    expect(Math.abs(j.metrics.durationMs - applying)).toBeLessThanOrEqual(1);
    expect(r.stderr).toMatch(/^migration-guard: warning: check on the scratch database took [\d.]+ s in total \(8 migrations\), more than slowMigrationSeconds \(0\.3 s\)/m);
  });
});
