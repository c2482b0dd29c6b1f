/**
 * What cluster-wide-statement says of a CREATE ROLE inside `EXCEPTION WHEN duplicate_object`: with
 * the role already there, PostgreSQL raises 42710 (duplicate_object) and the handler catches it, so
 * the statement does not fail; a handler for another condition does not catch it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { describeEachEngine } from '../helpers/db.js';

describeEachEngine('CREATE ROLE under an exception handler', (engine) => {
  let s: Scratch;
  const role = `mg_role_fact_${process.pid}`;
  beforeAll(async () => {
    s = await engine.scratch();
    await s.db.exec(`CREATE ROLE ${role}`);
  });
  afterAll(async () => {
    await s.db.exec(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    await s.dispose();
  });

  it('an existing role: caught by duplicate_object (and OTHERS), not by another condition', async () => {
    await expect(s.db.exec(`CREATE ROLE ${role}`)).rejects.toMatchObject({ code: '42710' });
    await s.db.exec(`DO $$ BEGIN CREATE ROLE ${role}; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await s.db.exec(`DO $$ BEGIN CREATE ROLE ${role}; EXCEPTION WHEN OTHERS THEN NULL; END $$`);
    await expect(s.db.exec(`DO $$ BEGIN CREATE ROLE ${role}; EXCEPTION WHEN undefined_table THEN NULL; END $$`)).rejects.toMatchObject({ code: '42710' });
  });
});
