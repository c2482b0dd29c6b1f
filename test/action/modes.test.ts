/**
 * The deploy modes of the built Action (workflow_dispatch: plan, migrate, status, validate,
 * rollback) against a real PostgreSQL database, run as the runner runs the Action.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { engines } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';
import { runBuiltAction } from '../helpers/action.js';

const runAction = (workspace: string, inputs: Record<string, string>) => runBuiltAction(workspace, inputs, { GITHUB_EVENT_NAME: 'workflow_dispatch' });

const server = engines.find((e) => e.name === 'postgres')!;

describe('the Action deploy modes [postgres]', () => {
  let scratch: Scratch;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    scratch = await server.scratch();
    url = new URL(await urlOf(scratch.db)).toString();
    dir = tmpProject({
      'migration-guard.yml': 'slowMigrationSeconds: 0.01\n',
      'migrations/V1__users.sql': 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY);\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
      'migrations/V2__slow.sql': 'BEGIN;\nCREATE TABLE audit (id bigint);\nSELECT pg_sleep(0.05);\nCOMMIT;\n',
      'migrations/rollback/V2__rollback.sql': 'BEGIN;\nDROP TABLE audit;\nCOMMIT;\n',
    });
  });
  afterAll(async () => {
    await scratch.dispose();
  });

  it('plan lists what would run; migrate applies it and warns about a slow migration; status sees it applied', () => {
    const plan = runAction(dir, { mode: 'plan', 'database-url': url });
    expect(plan.status).toBe(0);
    expect(plan.outputOf('pending')).toBe('2');
    expect(plan.summary).toContain('### Would run, in order');
    expect(plan.summary).toContain('V2\\_\\_slow.sql');

    const migrate = runAction(dir, { mode: 'migrate', 'database-url': url });
    expect(migrate.status).toBe(0);
    expect(migrate.outputOf('applied')).toBe('2');
    expect(migrate.stdout).toMatch(/^::warning::migrations\/V2__slow\.sql took .* more than slowMigrationSeconds/m);

    const status = runAction(dir, { mode: 'status', 'database-url': url });
    expect(status.status).toBe(0);
    expect(status.outputOf('pending')).toBe('0');
    expect(status.outputOf('applied')).toBe('2');
  });

  it('validate catches an applied migration edited afterwards', () => {
    expect(runAction(dir, { mode: 'validate', 'database-url': url }).status).toBe(0);
    const edited = tmpProject({
      'migrations/V1__users.sql': 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, name text);\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
      'migrations/V2__slow.sql': 'BEGIN;\nCREATE TABLE audit (id bigint);\nSELECT pg_sleep(0.05);\nCOMMIT;\n',
      'migrations/rollback/V2__rollback.sql': 'BEGIN;\nDROP TABLE audit;\nCOMMIT;\n',
    });
    const r = runAction(edited, { mode: 'validate', 'database-url': url });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::migration-guard validate failed');
    expect(r.summary).toMatch(/checksum/i);
  });

  it('rollback is refused on production unless allowed, then rolls back to the target version', () => {
    const refused = runAction(dir, { mode: 'rollback', 'database-url': url, environment: 'production', 'target-version': '1' });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('allow-production-rollback: true');
    const done = runAction(dir, {
      mode: 'rollback',
      'database-url': url,
      environment: 'production',
      'target-version': '1',
      'allow-production-rollback': 'true',
      // No token here: the peer review check (review.test.ts) is turned off, visibly.
      'required-approvals': '0',
    });
    expect(done.stdout).toContain('::warning::The peer review check is off for environment "production"');
    expect(done.status).toBe(0);
    expect(done.outputOf('rolled-back')).toBe('1');
    expect(runAction(dir, { mode: 'status', 'database-url': url }).outputOf('pending')).toBe('1');
  });

  it('a database mode without database-url fails with one clear line, and the password is masked', () => {
    const r = runAction(dir, { mode: 'migrate' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::no database: pass --database-url URL (the Action: the database-url input) or set DATABASE_URL');
    const withPassword = new URL(url);
    withPassword.password = 'hunter2-secret';
    const s = runAction(dir, { mode: 'status', 'database-url': withPassword.toString() });
    expect(s.stdout).toContain('::add-mask::hunter2-secret');
    expect(s.stdout.replace('::add-mask::hunter2-secret', '')).not.toContain('hunter2-secret');
  });

  it("without database-url, Flyway's url from flyway.conf is used, and its password is masked", () => {
    const u = new URL(url);
    const flyway = tmpProject({
      'flyway.conf': `flyway.url=jdbc:postgresql://${u.host}${u.pathname}\nflyway.user=${u.username}\nflyway.password=hunter3-secret\nflyway.locations=filesystem:sql\nflyway.table=flyway_history_action_test\n`,
      'sql/V1__users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    });
    const r = runAction(flyway, { mode: 'status' });
    expect(r.status).toBe(0);
    expect(r.outputOf('pending')).toBe('1');
    expect(r.stdout).toContain('::add-mask::hunter3-secret');
    expect(r.stdout.replace('::add-mask::hunter3-secret', '')).not.toContain('hunter3-secret');
  });
});
