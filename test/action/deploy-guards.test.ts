/**
 * The built Action's deploy guards (issue #14 §3, §4) on two real databases: plan and migrate on
 * production refuse what staging has not applied (applied-on-database-url, masked); migrate on
 * production takes a pg_dump backup first and names it in the output backup-file.
 */
import { parseGfm, textOf } from '../helpers/gfm.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScratch, type Scratch } from '../../src/db/engine.js';
import { runBuiltAction } from '../helpers/action.js';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

/** The summary's text as GitHub renders it (escapes resolved). */
const rendered = (markdown: string) => textOf(parseGfm(markdown));
const runAction = (workspace: string, inputs: Record<string, string>) => runBuiltAction(workspace, inputs, { GITHUB_EVENT_NAME: 'workflow_dispatch' });

describe('the Action on production: staging first, backup first [postgres]', () => {
  let staging: Scratch;
  let production: Scratch;
  let stagingUrl: string;
  let productionUrl: string;
  let dir: string;
  // Peer review (§5) is tested in review.test.ts; here it is off, as a workflow would set required-approvals: 0.
  const prod = (inputs: Record<string, string>) =>
    runAction(dir, { environment: 'production', 'database-url': productionUrl, 'applied-on-database-url': stagingUrl, 'required-approvals': '0', ...inputs });

  beforeAll(async () => {
    [staging, production] = await Promise.all([openScratch(TEST_DATABASE_URL), openScratch(TEST_DATABASE_URL)]);
    stagingUrl = await urlOf(staging.db);
    productionUrl = await urlOf(production.db);
    dir = tmpProject({
      'migration-guard.yml': 'connectRetries: 0\nenvironments:\n  staging: {}\n  production:\n    production: true\n    requireAppliedOn: staging\n    backup: { directory: backups }\n',
      'migrations/V1__users.sql': 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY);\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
      'migrations/V2__orders.sql': 'BEGIN;\nCREATE TABLE orders (id bigint PRIMARY KEY);\nCOMMIT;\n',
      'migrations/rollback/V2__rollback.sql': 'BEGIN;\nDROP TABLE orders;\nCOMMIT;\n',
    });
  });
  afterAll(async () => {
    await Promise.all([staging.dispose(), production.dispose()]);
  });

  it('without applied-on-database-url: fails naming the input', () => {
    const r = runAction(dir, { mode: 'plan', environment: 'production', 'database-url': productionUrl });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::environment "production" applies only what "staging" has applied first');
    expect(r.stdout).toContain('the input applied-on-database-url');
  });

  it('plan and migrate refuse what staging has not applied, naming it; the staging password is masked', () => {
    const secret = new URL(stagingUrl);
    secret.password = 'staging-hunter2';
    const plan = prod({ mode: 'plan', 'applied-on-database-url': secret.toString() });
    expect(plan.status).toBe(1);
    expect(plan.stdout).toContain('::add-mask::staging-hunter2');
    expect(plan.stdout.replace('::add-mask::staging-hunter2', '')).not.toContain('staging-hunter2');
    expect(rendered(plan.summary)).toContain('Applied on staging first: ✖ 2 of 2 pending migrations not applied successfully on staging');
    expect(rendered(plan.summary)).toContain('error not-applied-on: migration 2 (migrations/V2__orders.sql) has not been applied successfully on staging first');
    expect(plan.summary).toMatch(/^## ❌ migration-guard plan: 2 not applied on staging first$/m);
    expect(plan.stdout).toContain('error not-applied-on: migration 2 (migrations/V2__orders.sql)');
    expect(plan.stdout).toContain('::error::migration-guard plan failed');
    const migrate = prod({ mode: 'migrate' });
    expect(migrate.status).toBe(1);
    expect(migrate.outputOf('applied')).toBe('0');
    expect(migrate.outputOf('backup-file')).toBeUndefined();
    expect(existsSync(`${dir}/backups`)).toBe(false);
  });

  it('once staging has them: plan says what would be backed up, migrate backs up then applies, and names the file', () => {
    expect(runAction(dir, { mode: 'migrate', environment: 'staging', 'database-url': stagingUrl }).status).toBe(0);
    const plan = prod({ mode: 'plan' });
    expect(plan.status).toBe(0);
    expect(rendered(plan.summary)).toContain("Applied on staging first: ✔ all 2 pending migrations are recorded as successful in staging's");
    expect(rendered(plan.summary)).toMatch(/Backup: would run pg_dump 15\.\d+ \(pg_dump\) --format=custom of database "mg_check_\w+" to backups\/mg_check_\w+-\d{8}T\d{6}Z\.dump/);
    const migrate = prod({ mode: 'migrate' });
    expect(migrate.status).toBe(0);
    expect(migrate.outputOf('applied')).toBe('2');
    const file = migrate.outputOf('backup-file')!;
    expect(file).toMatch(new RegExp(`^${dir}/backups/mg_check_\\w+-\\d{8}T\\d{6}Z\\.dump$`));
    expect(spawnSync('pg_restore', ['--list', file], { encoding: 'utf8' }).status).toBe(0);
    expect(rendered(migrate.summary)).toContain('Backup: backups/');
  });

  it('rollback on production (allowed) backs up first, into a file of its own', () => {
    const before = prod({ mode: 'status' }).outputOf('applied');
    expect(before).toBe('2');
    const r = prod({ mode: 'rollback', 'allow-production-rollback': 'true' });
    expect(r.status).toBe(0);
    expect(r.outputOf('rolled-back')).toBe('1');
    const file = r.outputOf('backup-file')!;
    expect(file).toMatch(new RegExp(`^${dir}/backups/mg_check_\\w+-\\d{8}T\\d{6}Z(-2)?\\.dump$`));
    const list = spawnSync('pg_restore', ['--list', file], { encoding: 'utf8' });
    expect(list.stdout).toMatch(/TABLE public orders /); // taken before the rollback dropped it
    expect(readdirSync(`${dir}/backups`)).toHaveLength(2);
  });
});
