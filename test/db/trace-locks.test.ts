import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Scratch } from '../../src/db/engine.js';
import { Runner } from '../../src/db/runner.js';
import { describeEachEngine } from '../helpers/db.js';
import { makeProject } from '../helpers/rule-tester.js';
import { settings } from '../helpers/runner.js';

describeEachEngine('migrate --trace-locks', (engine) => {
  let s: Scratch;
  beforeAll(async () => {
    s = await engine.scratch();
  });
  afterAll(async () => {
    await s.dispose();
  });

  it('reports a lock that blocks reads and writes while further statements run', async () => {
    const project = makeProject({
      files: {
        'V1__t.sql': 'CREATE TABLE t (id int);\n',
        'V2__alter.sql': 'ALTER TABLE t ADD COLUMN note text;\nCREATE TABLE other (id int);\nCREATE TABLE third (id int);\n',
        'V3__quiet.sql': 'CREATE TABLE fourth (id int);\n',
      },
    });
    const r = await new Runner(s.db, project, settings(), { traceLocks: true }).migrate();
    expect(r.ok).toBe(true);
    const byScript = Object.fromEntries(r.applied.map((a) => [a.script, a.dangerousLocks]));
    // V1 creates t: no lock on a relation that existed before it.
    expect(byScript['V1__t.sql']).toEqual([]);
    expect(byScript['V2__alter.sql']).toHaveLength(1);
    expect(byScript['V2__alter.sql']![0]).toMatchObject({
      relation: 'public.t',
      mode: 'ACCESS EXCLUSIVE',
      blocks: 'reads and writes',
      statement: { line: 1 },
    });
    expect(byScript['V2__alter.sql']![0]!.heldWhile.map((x) => x.line)).toEqual([2, 3]);
    expect(byScript['V3__quiet.sql']).toEqual([]);
  });

  it('without the option nothing is traced', async () => {
    const project = makeProject({ files: { 'V1__x.sql': 'CREATE TABLE x (id int);\n' } });
    const r = await new Runner(s.db, project, settings({ schema: 'untraced' })).migrate();
    expect(r.issues, JSON.stringify(r.issues)).toEqual([]);
    expect(r.applied[0]!.dangerousLocks).toBeUndefined();
  });
});
