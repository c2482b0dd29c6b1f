/**
 * Checking named files (`check migrations/V2__b.sql`): a migration and its rollback file are one
 * unit, and the counts are about the files named — the others only build the state they need.
 */
import { expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { formatCheckText } from '../../src/report/check.js';
import { describeEachEngine } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';

const files = {
  'migrations/V1__a.sql': 'CREATE TABLE a (id int);\n',
  'migrations/rollback/V1__rollback.sql': 'DROP TABLE a;\n',
  'migrations/V2__b.sql': 'CREATE TABLE b (id int);\nCREATE UNIQUE INDEX b_id ON b (id);\n',
  // Fails: the index goes with the table, so the second DROP finds nothing.
  'migrations/rollback/V2__rollback.sql': 'DROP TABLE b;\nDROP INDEX b_id;\n',
  'migrations/V3__c.sql': 'CREATE TABLE c (id int);\n',
  'migrations/rollback/V3__rollback.sql': 'DROP TABLE c;\n',
};

describeEachEngine('check: named files', (engine) => {
  for (const [what, path] of [
    ['the migration', 'migrations/V2__b.sql'],
    ['its rollback file', 'migrations/rollback/V2__rollback.sql'],
  ] as const) {
    it(`naming ${what} checks the pair: the broken rollback is a finding, and the counts are about V2 alone`, async () => {
      const r = await runCheck({ cwd: tmpProject(files), paths: [path], databaseUrl: engine.url });
      const failed = r.findings.filter((f) => f.rule === 'rollback-failed');
      expect(failed.map((f) => `${f.file}:${f.line}`)).toEqual(['migrations/rollback/V2__rollback.sql:2']);
      expect(r.summary).toMatchObject({ migrations: 1, applied: 1, failed: 0, skipped: 0, rollbacksVerified: 0, rollbacksBroken: 1 });
      const text = formatCheckText(r, false);
      expect(text).toMatch(/✖ .*: 1 migration applied to a scratch database, 0 rollbacks verified, 1 broken, in /);
      expect(text).not.toMatch(/no problems/);
    });
  }
});
