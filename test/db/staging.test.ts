/**
 * "Validate in staging first" (issue #14 §4): production's migrate and migrate --dry-run refuse
 * every pending migration staging's schema history does not record as applied successfully with
 * the same checksum. Two real databases on the server: staging's and production's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScratch, type Scratch } from '../../src/db/engine.js';
import { compareWithStaging, stagingProblem } from '../../src/db/staging.js';
import type { MigrationInfo } from '../../src/db/validator.js';
import { runCli } from '../helpers/cli.js';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject, writeFiles } from '../helpers/tmp.js';

const env = { PATH: process.env['PATH'] };
const YML = `connectRetries: 0
environments:
  development: {}
  staging:
    placeholders: { who: stg }
  production:
    production: true
    backup: { none: "the test server has no backups" }
    requireAppliedOn: staging
    placeholders: { who: prd }
`;
const V1 = 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY);\nCOMMIT;\n';
const V2 = 'BEGIN;\nCREATE TABLE orders (id bigint PRIMARY KEY);\nCOMMIT;\n';
// A repeatable whose text (and so its checksum) depends on each environment's placeholder.
const R = "CREATE OR REPLACE VIEW who AS SELECT '${who}'::text AS who;\n";

describe('requireAppliedOn: staging [postgres]', () => {
  let staging: Scratch;
  let production: Scratch;
  let stagingUrl: string;
  let productionUrl: string;
  let dir: string;
  const onStaging = (...args: string[]) => runCli(dir, [...args, '--environment', 'staging', '--database-url', stagingUrl], { env });
  const onProduction = (...args: string[]) => runCli(dir, [...args, '--environment', 'production', '--database-url', productionUrl, '--applied-on-database-url', stagingUrl], { env });
  const tables = async (db: Scratch) => (await db.db.query<{ t: string }>("SELECT string_agg(tablename, ',' ORDER BY tablename) AS t FROM pg_tables WHERE schemaname = 'public'")).rows[0]!.t;

  beforeAll(async () => {
    [staging, production] = await Promise.all([openScratch(TEST_DATABASE_URL), openScratch(TEST_DATABASE_URL)]);
    stagingUrl = await urlOf(staging.db);
    productionUrl = await urlOf(production.db);
    dir = tmpProject({
      'migration-guard.yml': YML,
      'migrations/V1__users.sql': V1,
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
      'migrations/V2__orders.sql': V2,
      'migrations/rollback/V2__rollback.sql': 'BEGIN;\nDROP TABLE orders;\nCOMMIT;\n',
      'migrations/R__who.sql': R,
    });
  });
  afterAll(async () => {
    await Promise.all([staging.dispose(), production.dispose()]);
  });

  it('without the staging URL: a usage error naming the flag and the variable, before connecting', async () => {
    const r = await runCli(dir, ['migrate', '--environment', 'production', '--database-url', 'postgres://u:pw@127.0.0.1:1/none'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('environment "production" applies only what "staging" has applied first (requireAppliedOn: staging): pass staging\'s database as --applied-on-database-url URL or MIGRATION_GUARD_APPLIED_ON_DATABASE_URL');
    expect(r.stderr).not.toContain('cannot connect');
  });

  it('staging has applied nothing: migrate and --dry-run refuse, naming each migration; production is untouched', async () => {
    for (const args of [['migrate'], ['migrate', '--dry-run']]) {
      const r = await onProduction(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toContain('Applied on staging first: ✖ 3 of 3 pending migrations not applied successfully on staging');
      expect(r.stdout).toContain('migrations/V1__users.sql:1:1: error not-applied-on: migration 1 (migrations/V1__users.sql) has not been applied successfully on staging first: its schema history has no row for it (staging is at version (none))');
      expect(r.stdout).toContain('migration 2 (migrations/V2__orders.sql)');
      expect(r.stdout).toContain('repeatable migration "who" (migrations/R__who.sql) as it is now');
    }
    expect(await tables(production)).toBeNull();
  });

  it('the same through MIGRATION_GUARD_APPLIED_ON_DATABASE_URL', async () => {
    const r = await runCli(dir, ['migrate', '--dry-run', '--environment', 'production', '--database-url', productionUrl], { env: { ...env, MIGRATION_GUARD_APPLIED_ON_DATABASE_URL: stagingUrl } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3 of 3 pending migrations not applied successfully on staging');
  });

  it("what staging applied (under its own placeholders) production may apply; the rest is refused", async () => {
    expect((await onStaging('migrate', '--target', '1')).code).toBe(0);
    // Production up to 1 (and the repeatable, applied on staging with staging's placeholder value).
    const ok = await onProduction('migrate', '--target', '1');
    expect(ok.stdout).toContain("Applied on staging first: ✔ all 2 pending migrations are recorded as successful in staging's \"public\".\"flyway_schema_history\"");
    expect(ok.stdout).toContain('Backup: none (backup.none: the test server has no backups)');
    expect(ok.code).toBe(0);
    expect(await tables(production)).toBe('flyway_schema_history,users');
    const refused = await onProduction('migrate');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Applied on staging first: ✖ 1 of 1 pending migrations');
    expect(refused.stdout).toContain('migration 2 (migrations/V2__orders.sql) has not been applied successfully on staging first: its schema history has no row for it (staging is at version 1)');
    expect(refused.stdout).toContain('✖ nothing applied');
    expect(await tables(production)).toBe('flyway_schema_history,users');
  });

  it('a file changed after staging applied it is refused with both checksums; once staging has it, production follows', async () => {
    writeFiles(dir, { 'migrations/V2__orders.sql': V2.replace('id bigint', 'id int') });
    expect((await onStaging('migrate')).code).toBe(0);
    writeFiles(dir, { 'migrations/V2__orders.sql': V2 });
    const r = await onProduction('migrate', '--dry-run');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/migration 2 \(migrations\/V2__orders\.sql\) has not been applied successfully on staging first: it ran there with checksum -?\d+ on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, but the file now has checksum -?\d+: the file changed since staging applied it \(staging is at version 2\)/);
    // Staging gets the file as it is now (by hand here: drop, repair the history row, migrate).
    await staging.db.exec("DROP TABLE orders; DELETE FROM flyway_schema_history WHERE version = '2'");
    expect((await onStaging('migrate')).code).toBe(0);
    const now = await onProduction('migrate');
    expect(now.code).toBe(0);
    expect(now.stdout).toContain('✔ the pending migration is recorded as successful');
    expect(await tables(production)).toBe('flyway_schema_history,orders,users');
  });

  it('a repeatable changed since staging ran it is refused until staging runs it', async () => {
    writeFiles(dir, { 'migrations/R__who.sql': R.replace('AS who', 'AS who, 2 AS v') });
    const r = await onProduction('migrate');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/repeatable migration "who" \(migrations\/R__who\.sql\) as it is now has not been applied successfully on staging first: it ran there with checksum/);
    expect((await onStaging('migrate')).code).toBe(0);
    expect((await onProduction('migrate')).code).toBe(0);
    expect((await production.db.query<{ who: string }>('SELECT who FROM who')).rows[0]!.who).toBe('prd');
  });

  it('nothing pending: nothing to check, staging is not even connected', async () => {
    const r = await runCli(dir, ['migrate', '--environment', 'production', '--database-url', productionUrl, '--applied-on-database-url', 'postgres://u:pw@127.0.0.1:1/none'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ schema is up to date');
  });

  it('staging unreachable: refused with one clear line, its password masked', async () => {
    writeFiles(dir, { 'migrations/V3__items.sql': 'BEGIN;\nCREATE TABLE items (id int);\nCOMMIT;\n', 'migrations/rollback/V3__rollback.sql': 'BEGIN;\nDROP TABLE items;\nCOMMIT;\n' });
    const r = await runCli(dir, ['migrate', '--environment', 'production', '--database-url', productionUrl, '--applied-on-database-url', 'postgres://stg:s3cret-staging@127.0.0.1:1/stg'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to deploy: cannot check that "staging" applied these migrations first (requireAppliedOn: staging): cannot connect to postgres://stg:***@127.0.0.1:1/stg');
    expect(r.stdout + r.stderr).not.toContain('s3cret-staging');
    expect(await tables(production)).toBe('flyway_schema_history,orders,users');
  });
});

describe('requireAppliedOn configuration', () => {
  const lint = (yml: string) => runCli(tmpProject({ 'migration-guard.yml': yml, 'migrations/V1__a.sql': 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n', 'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE a;\nCOMMIT;\n' }), ['lint'], { env });
  it('names an environment under environments:, not itself, and only there', async () => {
    expect((await lint('requireAppliedOn: staging\n')).stderr).toContain('migration-guard.yml:1:19: requireAppliedOn belongs under environments.NAME');
    expect((await lint('environments:\n  staging: {}\n  production:\n    requireAppliedOn: stagign\n')).stderr).toContain(
      'environments.production.requireAppliedOn: "stagign" is not an environment under environments: (configured: staging, production); did you mean "staging"?',
    );
    expect((await lint('environments:\n  production:\n    requireAppliedOn: production\n')).stderr).toContain('an environment cannot require itself');
    expect((await lint('environments:\n  staging: {}\n  production:\n    requireAppliedOn: staging\n')).code).toBe(0);
  });
});

describe('help', () => {
  it('migrate --help names the flag, its variable and the backup', async () => {
    const r = await runCli('.', ['migrate', '--help'], { env });
    expect(r.stdout).toContain('--applied-on-database-url URL');
    expect(r.stdout).toContain('$MIGRATION_GUARD_APPLIED_ON_DATABASE_URL');
    expect(r.stdout).toContain('backup: { none: "reason" }');
  });
});

describe('what staging has, in words', () => {
  const info = (over: Partial<MigrationInfo>): MigrationInfo => ({ kind: 'versioned', version: '2', description: 'orders', script: 'V2__orders.sql', state: 'applied', checksum: { file: 1, applied: 1, state: 'match' }, ...over });
  const m = { script: 'V2__orders.sql', path: 'migrations/V2__orders.sql', version: '2', description: 'orders' };
  it('applied with the same checksum passes; failed, below the baseline, pending or absent do not', () => {
    expect(stagingProblem(m, info({}))).toBeUndefined();
    expect(stagingProblem(m, info({ state: 'out-of-order' }))).toBeUndefined();
    expect(stagingProblem(m, info({ state: 'failed', installedOn: '2026-11-30T10:00:00.000Z' }))).toBe('it failed there on 2026-11-30 10:00:00 UTC (success = false)');
    expect(stagingProblem(m, info({ state: 'below-baseline' }))).toBe('it is at or below its baseline version: it never ran there');
    expect(stagingProblem(m, info({ state: 'pending' }))).toBe('its schema history has no row for it');
    expect(stagingProblem(m, undefined)).toBe('its schema history has no row for it');
    expect(compareWithStaging([m], [info({ state: 'failed' })], 'qa', '1')[0]).toMatchObject({ code: 'not-applied-on', version: '2', location: 'migrations/V2__orders.sql:1:1' });
  });
});
