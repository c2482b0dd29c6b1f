/**
 * A repeatable migration is re-applied when a placeholder value it uses changes, and the history
 * holds the checksums Flyway writes: for a repeatable, of the text after placeholder replacement
 * (SqlMigrationResolver.getChecksumForLoadableResource, Flyway ≥ 6.3.0); for a versioned migration,
 * of the file as written. A history row with the repeatable's checksum as written (its
 * equivalentChecksum) still counts as applied (ResolvedMigrationImpl.checksumMatches).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadProjects } from '../../src/commands/lint.js';
import type { Db, Scratch } from '../../src/db/engine.js';
import { SchemaHistory } from '../../src/db/history.js';
import { Runner } from '../../src/db/runner.js';
import { describeEachEngine } from '../helpers/db.js';
import { settings } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

/*
 * Vectors: java.util.zip.CRC32 (zlib's CRC-32) over the UTF-8 bytes of the lines without their
 * terminators, as a signed Java int (ChecksumCalculator). Computed with Python's zlib.crc32 over the
 * one-line texts in the comments, then made signed (c - 2**32 when c >= 2**31); the same integers
 * are pinned against the model in test/load/placeholders-flyway.test.ts.
 */
const VECTORS = {
  /** R__region_view.sql as written: "CREATE OR REPLACE VIEW deployment_region AS SELECT '${region}'::text AS region;" */
  viewAsWritten: 922119360,
  /** "CREATE OR REPLACE VIEW deployment_region AS SELECT 'eu-west'::text AS region;" */
  viewEuWest: -1006054461,
  /** "CREATE OR REPLACE VIEW deployment_region AS SELECT 'us-east'::text AS region;" */
  viewUsEast: -1183047289,
  /** V1__deployment_log.sql as written, whatever the value: "CREATE TABLE deployment_log (region text DEFAULT '${region}');" */
  versioned: -1560096005,
};

const FILES = {
  'migrations/V1__deployment_log.sql': "CREATE TABLE deployment_log (region text DEFAULT '${region}');\n",
  'migrations/R__region_view.sql': "CREATE OR REPLACE VIEW deployment_region AS SELECT '${region}'::text AS region;\n",
};

describeEachEngine('a placeholder value change re-applies a repeatable, with the checksums Flyway writes', (engine) => {
  let s: Scratch;
  let dir: string;
  let noReplacement: string;
  beforeAll(async () => {
    s = await engine.scratch();
    dir = tmpProject(FILES);
    noReplacement = tmpProject({ ...FILES, 'migration-guard.yml': 'placeholderReplacement: false\n' });
  });
  afterAll(async () => {
    await s.dispose();
  });

  const runner = async (cwd: string, region?: string) => {
    const { projects } = await loadProjects({ cwd, paths: [], placeholders: region === undefined ? {} : { region } });
    return new Runner(s.db, projects[0]!.project, settings());
  };
  const history = async (db: Db) =>
    (await new SchemaHistory(db, 'public', 'flyway_schema_history').rows()).map((r) => [r.installedRank, r.script, r.checksum]);
  const view = async (db: Db) => (await db.query<{ region: string }>('SELECT region FROM deployment_region')).rows[0]!.region;

  it('region: eu-west applies both, the repeatable with the checksum of its replaced text', async () => {
    const r = await (await runner(dir, 'eu-west')).migrate();
    expect(r.failure).toBeUndefined();
    expect(r.issues).toEqual([]);
    expect(r.applied.map((a) => a.script)).toEqual(['V1__deployment_log.sql', 'R__region_view.sql']);
    expect(await view(s.db)).toBe('eu-west');
    expect(await history(s.db)).toEqual([
      [1, 'V1__deployment_log.sql', VECTORS.versioned],
      [2, 'R__region_view.sql', VECTORS.viewEuWest],
    ]);
  });

  it('the same value again: up to date', async () => {
    const r = await (await runner(dir, 'eu-west')).migrate();
    expect(r.applied).toEqual([]);
    expect(r.issues).toEqual([]);
  });

  it('region: us-east re-applies the repeatable only; the versioned checksum does not change', async () => {
    const run = await runner(dir, 'us-east');
    const before = await run.status();
    expect(before.migrations.map((m) => [m.script, m.state, m.checksum.state])).toEqual([
      ['V1__deployment_log.sql', 'applied', 'match'],
      ['R__region_view.sql', 'outdated', 'mismatch'],
    ]);
    const r = await run.migrate();
    expect(r.failure).toBeUndefined();
    expect(r.issues).toEqual([]);
    expect(r.applied.map((a) => a.script)).toEqual(['R__region_view.sql']);
    expect(await view(s.db)).toBe('us-east');
    expect(await history(s.db)).toEqual([
      [1, 'V1__deployment_log.sql', VECTORS.versioned],
      [2, 'R__region_view.sql', VECTORS.viewEuWest],
      [3, 'R__region_view.sql', VECTORS.viewUsEast],
    ]);
    const after = await run.status();
    expect(after.migrations.map((m) => [m.state, m.checksum.state])).toEqual([
      ['applied', 'match'],
      ['applied', 'match'],
    ]);
  });

  it('placeholderReplacement false: run as written, with the checksum as written', async () => {
    const r = await (await runner(noReplacement)).migrate();
    expect(r.issues).toEqual([]);
    expect(r.applied.map((a) => a.script)).toEqual(['R__region_view.sql']);
    expect(await view(s.db)).toBe('${region}');
    expect((await history(s.db)).at(-1)).toEqual([4, 'R__region_view.sql', VECTORS.viewAsWritten]);
  });

  it('a row with the checksum as written (the equivalentChecksum) counts as applied once replacement is on again', async () => {
    const run = await runner(dir, 'eu-west');
    const st = await run.status();
    expect(st.migrations.map((m) => [m.script, m.state, m.checksum])).toEqual([
      ['V1__deployment_log.sql', 'applied', { file: VECTORS.versioned, applied: VECTORS.versioned, state: 'match' }],
      ['R__region_view.sql', 'applied', { file: VECTORS.viewEuWest, applied: VECTORS.viewAsWritten, state: 'match' }],
    ]);
    expect((await run.migrate()).applied).toEqual([]);
    expect(await view(s.db)).toBe('${region}');
  });

  it('no value for a placeholder of an applied repeatable: every command reports it and migrate runs nothing, as Flyway fails resolving it', async () => {
    const run = await runner(dir);
    const expected = [
      {
        code: 'unknown-placeholder',
        location: 'migrations/R__region_view.sql:1:53',
        message: expect.stringContaining('No value provided for placeholder: ${region}.  Check your configuration!'),
      },
    ];
    expect((await run.status()).issues).toMatchObject(expected);
    const r = await run.migrate();
    expect(r.issues).toMatchObject(expected);
    expect(r.applied).toEqual([]);
    expect(await history(s.db)).toHaveLength(4);
  });
});
