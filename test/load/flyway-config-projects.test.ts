/**
 * Three Flyway projects with no migration-guard.yml (test/fixtures/flyway-conf, flyway-toml,
 * flyway-js: a table, an index built CONCURRENTLY, a column added, a repeatable view with a
 * placeholder): lint, check, migrate, status and validate read Flyway's configuration and write
 * the schema history rows Flyway writes, on a scratch database of the PostgreSQL server.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openScratch, type Scratch } from '../../src/db/engine.js';
import { parseDbUrl } from '../../src/db/url.js';
import { flywayChecksum } from '../../src/model/checksum.js';
import { TEST_DATABASE_URL } from '../helpers/db.js';
import { runCli } from '../helpers/cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

const run = (cwd: string, argv: string[], env: NodeJS.ProcessEnv) => runCli(cwd, argv, { env });

const server = parseDbUrl(TEST_DATABASE_URL);
const hostPort = `${server.host || '127.0.0.1'}${server.port ? `:${server.port}` : ''}`;
/** The test server as a JDBC URL (what a Flyway user writes), user in the query as PgJDBC takes it. */
const jdbcUrl = (database: string) => `jdbc:postgresql://${hostPort}/${database}?user=${encodeURIComponent(server.user || 'postgres')}${server.password ? `&password=${encodeURIComponent(server.password)}` : ''}`;

let scratch: Scratch | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await scratch?.dispose();
  scratch = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the fixture, a scratch database, and the environment the fixture's config reads. */
async function project(fixture: string): Promise<{ dir: string; env: NodeJS.ProcessEnv; database: string }> {
  const dir = mkdtempSync(join(tmpdir(), `mg-${fixture}-`));
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  dirs.push(dir);
  scratch = await openScratch(TEST_DATABASE_URL);
  const database = (await scratch.db.query<{ d: string }>('SELECT current_database() AS d')).rows[0]!.d;
  const env: NodeJS.ProcessEnv =
    fixture === 'flyway-js'
      ? { DATABASE_URL: jdbcUrl(database), NODE_ENV: 'development' }
      : { MG_FIXTURE_HOST: hostPort, MG_FIXTURE_DB: database, MG_FIXTURE_USER: server.user || 'postgres', ...(server.password ? { PGPASSWORD: server.password } : {}) };
  return { dir, env, database };
}

// The migrations of the three fixtures (identical text).
const V1 = 'CREATE TABLE person (\n    id int PRIMARY KEY,\n    name text NOT NULL\n);\n';
const V1_1 = 'CREATE INDEX CONCURRENTLY person_name_idx ON person (name);\n';
const V2 = 'ALTER TABLE person ADD COLUMN email text;\n';
const R = "CREATE OR REPLACE VIEW person_view AS\nSELECT id, name, '${region}'::text AS region FROM person;\n";

describe("Flyway's checksum (ChecksumCalculator: CRC32 of the lines without terminators)", () => {
  it("matches the vector in Flyway's documentation (Tutorial - Dry Runs: V3__Couple.sql → -722651034)", () => {
    const couple = 'create table COUPLE (\n    ID int not null,\n    PERSON1 int not null references PERSON(ID), \n    PERSON2 int not null references PERSON(ID) \n);\n';
    expect(flywayChecksum(couple)).toBe(-722651034);
    expect(flywayChecksum(couple.replace(/\n/g, '\r\n'))).toBe(-722651034);
  });
});

/** The fixture migrations' history rows as Flyway writes them (version with dots, description with spaces, type SQL). */
const EXPECTED_ROWS = [
  { version: '1', description: 'Create person table', type: 'SQL', script: 'V1__Create_person_table.sql', checksum: flywayChecksum(V1), success: true },
  { version: '1.1', description: 'Index person name', type: 'SQL', script: 'V1_1__Index_person_name.sql', checksum: flywayChecksum(V1_1), success: true },
  { version: '2', description: 'Add person email', type: 'SQL', script: 'V2__Add_person_email.sql', checksum: flywayChecksum(V2), success: true },
  // A repeatable's checksum is taken after placeholder replacement (Flyway 6.3+, SqlMigrationResolver).
  { version: null, description: 'Person view', type: 'SQL', script: 'R__Person_view.sql', checksum: flywayChecksum(R.replace('${region}', 'eu-west')), success: true },
];

const CASES = [
  { fixture: 'flyway-conf', config: 'flyway.conf (Flyway properties)', dir: 'sql', table: 'flyway_schema_history' },
  { fixture: 'flyway-toml', config: 'flyway.toml (Flyway TOML)', dir: 'db/migration', table: 'schema_history' },
  { fixture: 'flyway-js', config: 'flyway.config.js (Flyway node config)', dir: 'migrations', table: 'flyway_schema_history' },
];

describe.each(CASES)('$fixture with no migration-guard.yml', ({ fixture, config, dir: migrations, table }) => {
  it('lint judges the migrations as Flyway runs them, and says which config it read', async () => {
    const { dir, env } = await project(fixture);
    const r = await run(dir, ['lint', '--format', 'json'], env);
    expect(r.stderr).toContain(`migration-guard: config: ${config}\n`);
    const findings = JSON.parse(r.stdout).findings as { rule: string; file: string; line: number }[];
    // Flyway wraps each migration itself: no demand for BEGIN/COMMIT, and CREATE INDEX CONCURRENTLY alone in its file is fine.
    expect(findings.filter((f) => f.rule === 'transaction-wrapping' || f.rule === 'cannot-run-in-transaction')).toEqual([]);
    // Flyway sets no lock_timeout: the ALTER TABLE on an existing table is reported.
    expect(findings.filter((f) => f.rule === 'lock-timeout-missing').map((f) => f.file)).toContain(`${migrations}/V2__Add_person_email.sql`);
    expect(findings.filter((f) => f.rule === 'unknown-placeholder')).toEqual([]);
  });

  it('migrate, status and validate connect with the config\'s URL and write the history rows Flyway writes', async () => {
    const { dir, env } = await project(fixture);
    const migrate = await run(dir, ['migrate'], env);
    expect(migrate.stderr).toContain(`config: ${config}`);
    expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
    const rows = await scratch!.db.query(`SELECT version, description, type, script, checksum, success FROM public.${table} ORDER BY installed_rank`);
    expect(rows.rows).toEqual(EXPECTED_ROWS);
    const view = await scratch!.db.query<{ region: string }>('SELECT region FROM person_view');
    expect(view.rows).toEqual([]);
    const index = await scratch!.db.query("SELECT 1 FROM pg_indexes WHERE indexname = 'person_name_idx'");
    expect(index.rows).toHaveLength(1);

    const status = await run(dir, ['status', '--format', 'json'], env);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('V1_1__Index_person_name.sql');
    const validate = await run(dir, ['validate'], env);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    const again = await run(dir, ['migrate'], env);
    expect(again.code).toBe(0);
    expect((await scratch!.db.query(`SELECT count(*)::int AS n FROM public.${table}`)).rows).toEqual([{ n: 4 }]);
  });

  it('check applies every migration on a scratch database of a jdbc:postgresql --database-url', async () => {
    const { dir, env } = await project(fixture);
    const url = `${jdbcUrl(parseDbUrl(TEST_DATABASE_URL).database ?? 'postgres')}&socketTimeout=30`;
    const r = await run(dir, ['check', '--format', 'json', '--database-url', url], env);
    expect(r.code, r.stderr).not.toBe(2);
    expect(r.stderr).toContain('the JDBC property socketTimeout has no node-postgres equivalent and is not used');
    const report = JSON.parse(r.stdout) as { findings: { rule: string }[] };
    expect(report.findings.filter((f) => f.rule === 'apply-failed')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'transaction-wrapping')).toEqual([]);
  });
});

it('the fixture checksums are CRC32 of the lines (no zlib shortcut hides a terminator)', () => {
  expect(flywayChecksum(V1)).toBe(crc32('CREATE TABLE person (    id int PRIMARY KEY,    name text NOT NULL);') | 0);
});

describe('which database: --database-url > DATABASE_URL > FLYWAY_URL > the config file', () => {
  it('each level wins over the ones below it', async () => {
    const { dir, env, database } = await project('flyway-conf');
    const unreachable = 'jdbc:postgresql://127.0.0.1:1/nowhere?user=x';
    const ok = jdbcUrl(database);
    const status = (argv: string[], extra: NodeJS.ProcessEnv) => run(dir, ['status', '--format', 'json', ...argv], { ...env, ...extra });
    // the config file's url (fixture env) works; FLYWAY_URL over it
    expect((await status([], {})).code).toBe(0);
    expect((await status([], { FLYWAY_URL: unreachable, FLYWAY_CONNECT_RETRIES: '0' })).stderr).toContain('127.0.0.1:1');
    expect((await status([], { FLYWAY_URL: ok })).code).toBe(0);
    // DATABASE_URL over FLYWAY_URL, --database-url over DATABASE_URL
    expect((await status([], { FLYWAY_URL: unreachable, DATABASE_URL: ok })).code).toBe(0);
    const cli = await status(['--database-url', unreachable], { DATABASE_URL: ok, FLYWAY_CONNECT_RETRIES: '0' });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('127.0.0.1:1');
    // Flyway's -url on the command line is a command-line flag too: over DATABASE_URL
    expect((await status([`-url=${ok}`], { DATABASE_URL: unreachable })).code).toBe(0);
    expect((await status([`-url=${unreachable}`, '-connectRetries=0'], { DATABASE_URL: ok })).stderr).toContain('127.0.0.1:1');
  });
});

