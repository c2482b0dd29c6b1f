/**
 * Issue #11, item 1: verifying a rollback never disturbs the forward chain. Whatever a rollback
 * does — nothing, too little, fail, fail half-way after a block committed — every later migration
 * is applied to the state its predecessors left, and its own rollback is verified.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { disagreements } from '../../src/check/run.js';
import { runCheck, type CheckResult } from '../../src/commands/check.js';
import { formatCheckJson, formatCheckText } from '../../src/report/check.js';
import { describeEachEngine } from '../helpers/db.js';
import { tmpProject } from '../helpers/tmp.js';
import { documentAll } from '../helpers/documented.js';

const tx = (...sql: string[]) => `BEGIN;\n${sql.join('\n')}\nCOMMIT;\n`;
const entry = (r: CheckResult, name: string) => r.migrations.find((m) => m.file.endsWith(name))!;

/** V1…V6, each with a good rollback, except V2 whose rollback is `down`. */
function chain(down: string, v2 = tx('CREATE TABLE b (id int);', 'INSERT INTO b VALUES (1);')): Record<string, string> {
  const files: Record<string, string> = {};
  for (const n of [1, 3, 4, 5, 6]) {
    files[`migrations/V${n}__t${n}.sql`] = tx(`CREATE TABLE t${n} (id int${n > 1 ? `, ref int` : ''});`);
    files[`migrations/rollback/V${n}__rollback.sql`] = tx(`DROP TABLE t${n};`);
  }
  files['migrations/V2__b.sql'] = v2;
  files['migrations/rollback/V2__rollback.sql'] = down;
  return documentAll(files);
}

const DOWNS: [string, string, 'incomplete' | 'failed'][] = [
  ['an irreversible down (comment only)', '-- Not reversible\n', 'incomplete'],
  ['a down that forgets the table', tx('SELECT 1;'), 'incomplete'],
  ['a down that raises', "DO $$ BEGIN RAISE EXCEPTION 'V2 cannot be undone'; END $$;\n", 'failed'],
  ['a down that fails after a block committed', 'BEGIN;\nDROP TABLE b;\nCOMMIT;\nBEGIN;\nDROP TABLE nope;\nCOMMIT;\n', 'failed'],
  ['a down that drops too much, outside a transaction', 'DROP TABLE b;\nDROP TABLE t1;\nCREATE INDEX CONCURRENTLY t1_id ON t1 (id);\n', 'failed'],
];

describeEachEngine('check: the forward chain', (engine) => {
  for (const [name, down, verdict] of DOWNS) {
    it(`${name}: V2 is reported, V3–V6 are applied and verified`, async () => {
      const r = await runCheck({ cwd: tmpProject(chain(down)), paths: ['migrations'], databaseUrl: engine.url });
      expect(entry(r, 'V2__b.sql')).toMatchObject({ applied: 'ok', rollback: verdict });
      for (const n of [1, 3, 4, 5, 6]) expect(entry(r, `V${n}__t${n}.sql`), `V${n}`).toMatchObject({ applied: 'ok', rollback: 'verified' });
      expect(r.complete).toBe(true);
      expect(r.summary).toMatchObject({ migrations: 6, applied: 6, failed: 0, skipped: 0, rollbacksVerified: 5, rollbacksBroken: 1 });
      // The chain's final schema has every table, and V2's data was not touched by its rollback.
      expect(r.schemaChanges.filter((l) => l.kind === 'table').map((l) => l.name).sort()).toEqual(
        ['public.b', 'public.t1', 'public.t3', 'public.t4', 'public.t5', 'public.t6'],
      );
    });
  }

  it('a suppressed broken rollback does not hide unchecked migrations: every one is applied and counted', async () => {
    const down = '-- migration-guard-ignore-file rollback-incomplete, rollback-empty: V2 is a one-way door, agreed with the team\n';
    const r = await runCheck({ cwd: tmpProject(chain(down)), paths: ['migrations'], databaseUrl: engine.url });
    expect(r.findings.filter((f) => f.rule !== 'rollback-empty')).toEqual([]);
    expect(r.summary).toMatchObject({ applied: 6, skipped: 0 });
    expect(formatCheckText(r, false)).toMatch(/6 migrations applied to a scratch database, 5 rollbacks verified/);
  });

  it('only a forward failure stops the chain, and the report says which migrations were not checked', async () => {
    const files = chain(tx('DROP TABLE b;'), tx('CREATE TABLE b (id int);', 'SELECT nope;'));
    const r = await runCheck({ cwd: tmpProject(files), paths: ['migrations'], databaseUrl: engine.url });
    expect(entry(r, 'V2__b.sql').applied).toBe('failed');
    for (const n of [3, 4, 5, 6]) expect(entry(r, `V${n}__t${n}.sql`).applied).toBe('skipped');
    expect(r.complete).toBe(false);
    const text = formatCheckText(r, false);
    expect(text).toMatch(/1 of 6 migrations applied \(1 failed, 4 not run\)/);
    expect(text).toContain('(incomplete: not checked: V3__t3.sql – V6__t6.sql (4 migrations), because V2__b.sql failed to apply)');
  });
});

describeEachEngine('check: verifying leaves no trace', (engine) => {
  // V3 applies only to the state V2 left: one row with id 1, the sequence not advanced since.
  const untouched = `DO $$ BEGIN
  IF (SELECT count(*) FROM b) <> 1 OR (SELECT max(id) FROM b) <> 1 OR (SELECT last_value FROM b_id_seq) <> 1 THEN
    RAISE EXCEPTION 'the state V2 left was changed';
  END IF;
END $$;
`;
  const v2 = "CREATE TABLE b (id serial PRIMARY KEY, v text);\nINSERT INTO b (v) VALUES ('x');\nCREATE INDEX CONCURRENTLY b_v ON b (v);\n";

  for (const [name, down] of [
    ['a non-atomic rollback that empties the table and re-applies', 'DROP INDEX CONCURRENTLY b_v;\nDELETE FROM b;\n'],
    ['a non-atomic rollback that works, so V2 runs twice', 'DROP INDEX CONCURRENTLY b_v;\nDROP TABLE b;\n'],
    ['an atomic rollback of a non-atomic migration', tx('DROP TABLE b;')],
  ] as const) {
    it(`${name}: the next migration sees V2's rows and sequence, not the verification's`, async () => {
      const files = {
        'migrations/V1__a.sql': tx('CREATE TABLE a (id int);'),
        'migrations/rollback/V1__rollback.sql': tx('DROP TABLE a;'),
        'migrations/V2__b.sql': v2,
        'migrations/rollback/V2__rollback.sql': down,
        'migrations/V3__check.sql': untouched,
        'migrations/rollback/V3__rollback.sql': 'SELECT 1;\n',
      };
      const r = await runCheck({ cwd: tmpProject(files), paths: ['migrations'], databaseUrl: engine.url });
      expect(entry(r, 'V3__check.sql'), JSON.stringify(entry(r, 'V3__check.sql').error)).toMatchObject({ applied: 'ok', rollback: 'verified' });
      expect(r.summary).toMatchObject({ applied: 3, failed: 0, skipped: 0 });
    });
  }

  it('what a migration SETs in its session reaches neither the next migration nor its own rollback, as with the runner', async () => {
    const leaked = (where: string) => `DO $$ BEGIN
  IF current_setting('application_name') = 'leaked' OR current_setting('search_path') = 'nowhere' THEN
    RAISE EXCEPTION 'a setting of V1 leaked into ${where}';
  END IF;
END $$;
`;
    const files = {
      'migrations/V1__set.sql': "SET application_name = 'leaked';\nSET search_path = nowhere;\nCREATE TABLE public.a (id int);\n",
      'migrations/rollback/V1__rollback.sql': `${leaked('its rollback')}DROP TABLE a;\n`,
      'migrations/V2__next.sql': `${leaked('V2')}CREATE TABLE b (id int);\n`,
      'migrations/rollback/V2__rollback.sql': 'DROP TABLE b;\n',
    };
    const r = await runCheck({ cwd: tmpProject(files), paths: ['migrations'], databaseUrl: engine.url });
    expect(entry(r, 'V1__set.sql'), JSON.stringify(r.findings.map((f) => f.message))).toMatchObject({ applied: 'ok', rollback: 'verified' });
    expect(entry(r, 'V2__next.sql')).toMatchObject({ applied: 'ok', rollback: 'verified' });
  });
});

describeEachEngine('check: extensions', (engine) => {
  it('contrib extensions apply (PGlite loads the ones the migrations create, with what they require)', async () => {
    const files = {
      'migrations/V1__ext.sql': tx('CREATE EXTENSION IF NOT EXISTS pgcrypto;', 'CREATE EXTENSION IF NOT EXISTS "uuid-ossp";', 'CREATE EXTENSION IF NOT EXISTS citext;'),
      'migrations/rollback/V1__rollback.sql': tx('DROP EXTENSION citext;', 'DROP EXTENSION "uuid-ossp";', 'DROP EXTENSION pgcrypto;'),
      'migrations/V2__geo.sql': tx('CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE;', "CREATE TABLE places (id uuid DEFAULT gen_random_uuid(), name citext, at point);"),
      'migrations/rollback/V2__rollback.sql': tx('DROP TABLE places;', 'DROP EXTENSION earthdistance;', 'DROP EXTENSION cube;'),
    };
    const r = await runCheck({ cwd: tmpProject(documentAll(files)), paths: ['migrations'], databaseUrl: engine.url });
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ applied: 2, rollbacksVerified: 2 });
  });

  if (engine.name === 'pglite') {
    it('an extension PGlite does not ship is extension-unavailable (a warning naming it), not apply-failed', async () => {
      const files = {
        'migrations/V1__t.sql': tx('CREATE TABLE t (id int);'),
        'migrations/V2__gis.sql': '-- maps\nBEGIN;\nCREATE EXTENSION IF NOT EXISTS postgis;\nCOMMIT;\n',
        'migrations/V3__later.sql': tx('CREATE TABLE later (id int);'),
      };
      const r = await runCheck({ cwd: tmpProject(documentAll(files)), paths: ['migrations'] });
      const f = r.findings.filter((x) => x.rule !== 'rollback-missing');
      // line 3 of the SQL, below the 5-line header
      expect(f.map((x) => `${x.rule} ${x.severity} ${x.file}:${x.line}:${x.column}`)).toEqual(['extension-unavailable warning migrations/V2__gis.sql:8:1']);
      expect(f[0]!.message).toContain('does not ship the extension "postgis"');
      expect(f[0]!.help).toContain('--database-url');
      expect(formatCheckText(r, false)).toContain('not checked: V3__later.sql, because V2__gis.sql failed to apply');
    });
  }
});

describeEachEngine('check: a suppressed forward failure', (engine) => {
  it('never ends in "no problems" while migrations were not applied', async () => {
    const files = {
      'migrations/V1__t.sql': tx('CREATE TABLE t (id int);'),
      'migrations/V2__bad.sql': '-- migration-guard-ignore-file apply-failed, rollback-missing: known broken on a fresh database\nBEGIN;\nSELECT nope;\nCOMMIT;\n',
      'migrations/V3__later.sql': tx('CREATE TABLE later (id int);'),
      'migrations/rollback/V1__rollback.sql': tx('DROP TABLE t;'),
      'migrations/rollback/V3__rollback.sql': tx('DROP TABLE later;'),
    };
    const r = await runCheck({ cwd: tmpProject(documentAll(files)), paths: ['migrations'], databaseUrl: engine.url });
    expect(r.findings).toEqual([]);
    const text = formatCheckText(r, false);
    expect(text).not.toContain('no problems');
    expect(text).toContain('⚠ no findings, but not every migration was checked (not checked: V3__later.sql, because V2__bad.sql failed to apply): 1 of 3 migrations applied');
  });
});

describeEachEngine('check: view definitions', (engine) => {
  it("a view with 'now'::timestamp re-created from the same text is verified: PostgreSQL's folded constant is not a difference", async () => {
    const view = "CREATE VIEW recent AS SELECT id, 'now'::timestamp AS loaded_at, 'today'::date AS day FROM t;";
    const files = {
      'migrations/V1__t.sql': tx('CREATE TABLE t (id int, a int);'),
      'migrations/rollback/V1__rollback.sql': tx('DROP TABLE t;'),
      'migrations/V2__view.sql': tx(view),
      'migrations/rollback/V2__rollback.sql': tx('DROP VIEW recent;'),
      'migrations/V3__change_view.sql': tx('DROP VIEW recent;', "CREATE VIEW recent AS SELECT id, a, 'now'::timestamp AS loaded_at FROM t;"),
      'migrations/rollback/V3__rollback.sql': tx('DROP VIEW recent;', 'SELECT pg_sleep(0.01);', view),
    };
    const r = await runCheck({ cwd: tmpProject(documentAll(files)), paths: ['migrations'], databaseUrl: engine.url });
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ rollbacksVerified: 3 });
  });

  it('a view whose rollback restores another definition: the message shows the lines that differ', async () => {
    const files = {
      'migrations/V1__t.sql': tx('CREATE TABLE t (id int, a int, b int);', 'CREATE VIEW v AS SELECT id, a FROM t;'),
      'migrations/rollback/V1__rollback.sql': tx('DROP VIEW v;', 'DROP TABLE t;'),
      'migrations/V2__view.sql': tx('CREATE OR REPLACE VIEW v AS SELECT id, a, b FROM t;'),
      'migrations/rollback/V2__rollback.sql': tx('DROP VIEW v;', 'CREATE VIEW v AS SELECT a, id FROM t;'),
    };
    const r = await runCheck({ cwd: tmpProject(files), paths: ['migrations'], databaseUrl: engine.url });
    const f = r.findings.find((x) => x.rule === 'rollback-incomplete')!;
    expect(f.message).toMatch(/not restored: view public\.v \(definition changed: - SELECT id, .*\+ SELECT a, .*\)/);
  });
});

describeEachEngine('check: what PostgreSQL showed becomes findings', (engine) => {
  const base = {
    'migrations/V1__t.sql': tx('CREATE TABLE shipments (id int PRIMARY KEY, weight int);', 'INSERT INTO shipments SELECT g, g FROM generate_series(1, 100) g;'),
    'migrations/rollback/V1__rollback.sql': tx('DROP TABLE shipments;'),
  };
  const run = async (files: Record<string, string>) => {
    const dir = tmpProject({ ...base, ...files });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', 'migrations/V1__t.sql', 'migrations/rollback/V1__rollback.sql'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base'], { cwd: dir });
    return runCheck({ cwd: dir, paths: ['migrations'], base: 'HEAD', databaseUrl: engine.url });
  };

  it('with a base, the text report is about the change: the new migrations as rows, the merged ones as one line', async () => {
    const changed = await run({
      'migrations/V2__weight.sql': tx('CREATE INDEX CONCURRENTLY IF NOT EXISTS shipments_weight ON shipments (weight);').replace(/BEGIN;\n|COMMIT;\n/g, ''),
      'migrations/rollback/V2__rollback.sql': 'DROP INDEX CONCURRENTLY shipments_weight;\n',
    });
    const text = formatCheckText(changed, false);
    expect(text).toMatch(/^Migration +Applied +Rollback +Locks\nV2__weight\.sql +✓ .*\n\(1 earlier migration applied first: ✓ all\)\n/m);
    expect(text).not.toMatch(/^V1__t\.sql/m);
    // Nothing new since the base: said so, not "0 migrations applied" under a table of applied ones.
    const same = await run({});
    const quiet = formatCheckText(same, false);
    expect(quiet).not.toMatch(/^Migration +Applied/m);
    expect(quiet).toMatch(/^\(1 earlier migration applied first: ✓ all\)$/m);
    expect(quiet).toMatch(/no migration is new or changed since the base; its 1 migration applied to a scratch database in /);
    expect(quiet).not.toContain('0 migrations applied');
  });

  it('a rewrite the lint does not predict (a domain with a CHECK, created by dynamic SQL) is a table-rewrite finding, observed on PostgreSQL', async () => {
    const r = await run({
      'migrations/V2__zone.sql': tx("DO $$ BEGIN EXECUTE 'CREATE DOMAIN zone_code AS text CHECK (VALUE <> '''')'; END $$;", 'ALTER TABLE shipments ADD COLUMN zone zone_code;'),
      'migrations/rollback/V2__rollback.sql': tx('ALTER TABLE shipments DROP COLUMN zone;', 'DROP DOMAIN zone_code;'),
    });
    const f = r.findings.filter((x) => x.rule === 'table-rewrite');
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['migrations/V2__zone.sql:3:1']);
    expect(f[0]!.message).toMatch(/^observed on PostgreSQL \d+\.\d+: this statement rewrote the existing table public\.shipments \(new relfilenode\) under ACCESS EXCLUSIVE lock/);
    expect(r.disagreements).toEqual([]);
  });

  it('a rewrite the lint already reports at the same statement is reported once', async () => {
    const r = await run({
      'migrations/V2__type.sql': tx('ALTER TABLE shipments ALTER COLUMN weight TYPE bigint;'),
      'migrations/rollback/V2__rollback.sql': tx('ALTER TABLE shipments ALTER COLUMN weight TYPE int;'),
    });
    expect(r.findings.filter((x) => x.file.endsWith('V2__type.sql') && /rewrit/.test(x.message)).map((x) => x.rule)).toEqual(['column-type-change']);
  });

  it('a lint rewrite claim that PostgreSQL contradicts is listed as a disagreement in the JSON', async () => {
    // timestamp → timestamptz rewrites unless the session TimeZone is UTC (PostgreSQL 12+): the lint
    // follows SET TimeZone in the file, not set_config(), so it states the condition; PostgreSQL
    // runs it in UTC, where only the index on the column is rebuilt.
    const r = await run({
      'migrations/V2__tz.sql': tx("SET TimeZone = 'UTC';", 'ALTER TABLE shipments ADD COLUMN at timestamp;', 'CREATE INDEX shipments_at ON shipments (at);'),
      'migrations/rollback/V2__rollback.sql': tx('ALTER TABLE shipments DROP COLUMN at;'),
      'migrations/V3__tz.sql': tx("SELECT pg_catalog.set_config('TimeZone', 'UTC', true);", 'ALTER TABLE shipments ALTER COLUMN at TYPE timestamptz;'),
      'migrations/rollback/V3__rollback.sql': tx("SELECT pg_catalog.set_config('TimeZone', 'UTC', true);", 'ALTER TABLE shipments ALTER COLUMN at TYPE timestamp;'),
    });
    const claims = r.findings.filter((x) => x.rule === 'column-type-change' && x.file.endsWith('V3__tz.sql'));
    expect(claims.map((c) => c.message)).toEqual([expect.stringMatching(/rewrites the whole table .*unless the session TimeZone is UTC/)]);
    expect(r.findings.filter((x) => x.rule === 'table-rewrite')).toEqual([]);
    expect(r.disagreements.map((d) => `${d.rule} ${d.file}:${d.line}`)).toEqual(claims.map((c) => `column-type-change ${c.file}:${c.line}`));
    expect(JSON.parse(formatCheckJson(r)).disagreements).toEqual(r.disagreements);
  });
});

it('disagreements: a rewrite claim at a traced statement that rewrote nothing, and only those', () => {
  const f = (rule: string, line: number, message: string) => ({ rule, severity: 'error' as const, file: 'm/V2.sql', line, column: 1, message, help: '' });
  const lint = [
    f('volatile-default', 2, 'rewrites the whole table'),
    f('column-type-change', 3, 'rewrites the whole table'),
    f('volatile-default', 9, 'rewrites it'),
    f('lock-timeout-missing', 2, 'no lock_timeout'),
    // Not rewrite claims: an index-only change, a hedged default.
    f('column-type-change', 2, "keeps the table's data file (the type change needs no rewrite) but rebuilds the indexes on v"),
    f('volatile-default', 2, 'may be volatile: if it is, PostgreSQL evaluates it for every row'),
  ];
  const m = { file: 'm/V2.sql', kind: 'versioned' as const, isNew: true, applied: 'ok' as const, rollback: 'none' as const, locks: [], rewritten: [], dangerousLocks: 0 };
  const statements = [
    { line: 2, column: 1, rewrote: [] },
    { line: 3, column: 1, rewrote: ['public.t'] },
  ];
  expect(disagreements(lint, [{ ...m, statements }]).map((d) => `${d.rule}:${d.line}`)).toEqual(['volatile-default:2']);
  expect(disagreements(lint, [{ ...m, statements, applied: 'failed' as const }])).toEqual([]);
});

describeEachEngine("check: the PR's view of the schema", (engine) => {
  it('the schema diff holds only what the change set did, not what unchanged repeatables re-created', async () => {
    const dir = tmpProject({
      'migrations/V1__t.sql': tx('CREATE TABLE t (id int);'),
      'migrations/rollback/V1__rollback.sql': tx('DROP TABLE t;'),
      'migrations/R__views.sql': 'CREATE OR REPLACE VIEW t_ids AS SELECT id FROM t;\nCREATE OR REPLACE FUNCTION t_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM t $$;\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base'], { cwd: dir });
    writeFileSync(join(dir, 'migrations/V2__u.sql'), tx('CREATE TABLE u (id int);'));
    writeFileSync(join(dir, 'migrations/rollback/V2__rollback.sql'), tx('DROP TABLE u;'));
    const r = await runCheck({ cwd: dir, paths: ['migrations'], base: 'HEAD', databaseUrl: engine.url });
    expect(r.schemaChanges.map((l) => `${l.change} ${l.kind} ${l.name}`)).toEqual(['added table public.u']);
    expect(r.migrations.find((m) => m.file.endsWith('R__views.sql'))!.applied).toBe('ok');
  });
});

it('disagreements: a finding on a later line of a multi-line statement belongs to that statement', () => {
  const lint = [{ rule: 'column-type-change', severity: 'error' as const, file: 'm/V3.sql', line: 4, column: 3, message: 'rewrites the whole table', help: '' }];
  const m = { file: 'm/V3.sql', kind: 'versioned' as const, isNew: true, applied: 'ok' as const, rollback: 'none' as const, locks: [], rewritten: [], dangerousLocks: 0 };
  const quiet = [{ line: 1, column: 1, rewrote: [] }, { line: 2, column: 1, rewrote: [] }, { line: 6, column: 1, rewrote: ['public.x'] }];
  expect(disagreements(lint, [{ ...m, statements: quiet }]).map((d) => d.line)).toEqual([4]);
  const loud = [{ line: 1, column: 1, rewrote: [] }, { line: 2, column: 1, rewrote: ['public.t'] }];
  expect(disagreements(lint, [{ ...m, statements: loud }])).toEqual([]);
});

describeEachEngine('check: no double counts, no whitespace differences', (engine) => {
  it('an empty rollback is rollback-empty once, not also rollback-incomplete', async () => {
    const r = await runCheck({ cwd: tmpProject(chain('-- irreversible\n')), paths: ['migrations'], databaseUrl: engine.url });
    expect(r.findings.filter((f) => f.file.endsWith('rollback/V2__rollback.sql')).map((f) => f.rule)).toEqual(['rollback-empty']);
    expect(formatCheckText(r, false)).toMatch(/5 rollbacks verified, 1 broken/);
  });

  it('a function re-created by its rollback with other indentation is verified', async () => {
    const body = (indent: string) => `CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n${indent}RETURN 1;\nEND $$;`;
    const files = {
      'migrations/V1__f.sql': tx(body('  ')),
      'migrations/rollback/V1__rollback.sql': tx('DROP FUNCTION f();'),
      'migrations/V2__f.sql': tx(body('    ').replace('RETURN 1', 'RETURN 2')),
      'migrations/rollback/V2__rollback.sql': tx(body('\t\t')),
    };
    const r = await runCheck({ cwd: tmpProject(documentAll(files)), paths: ['migrations'], databaseUrl: engine.url });
    expect(r.findings).toEqual([]);
    expect(r.summary.rollbacksVerified).toBe(2);
  });

  it('a multi-line ALTER whose clause the lint flags: PostgreSQL\'s observed rewrite is not reported twice', async () => {
    const dir = tmpProject({
      'migrations/V1__t.sql': tx('CREATE TABLE s (id int PRIMARY KEY, w int);', 'INSERT INTO s SELECT g, g FROM generate_series(1, 50) g;'),
      'migrations/rollback/V1__rollback.sql': tx('DROP TABLE s;'),
    });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base'], { cwd: dir });
    writeFileSync(join(dir, 'migrations/V2__w.sql'), 'BEGIN;\nALTER TABLE s\n  ALTER COLUMN w TYPE bigint;\nCOMMIT;\n');
    writeFileSync(join(dir, 'migrations/rollback/V2__rollback.sql'), tx('ALTER TABLE s ALTER COLUMN w TYPE int;'));
    const r = await runCheck({ cwd: dir, paths: ['migrations'], base: 'HEAD', databaseUrl: engine.url });
    expect(r.findings.filter((f) => f.file.endsWith('V2__w.sql') && /rewr/.test(f.message)).map((f) => `${f.rule}:${f.line}`)).toEqual(['column-type-change:3']);
  });
});
