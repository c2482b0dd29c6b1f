/**
 * File names read as Flyway reads them, with its naming settings (sqlMigrationPrefix,
 * sqlMigrationSeparator, sqlMigrationSuffixes, repeatableSqlMigrationPrefix). Vectors follow
 * flyway-core's ResourceNameParser / ResourceNameValidator / StringUtils.startsAndEndsWith
 * (Flyway 9.2 – 13, read from github:flyway/flyway).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCreate } from '../../src/commands/db.js';
import { loadProjects, runLint } from '../../src/commands/lint.js';
import { tmpProject } from '../helpers/tmp.js';
import { classify, classifyBaseName, DEFAULT_NAMING, DEFAULT_ROLLBACK_PATTERN, hasMigrationSuffix, namingOf, RollbackPattern, type Naming } from '../../src/load/naming.js';
import { versionKey } from '../../src/load/version.js';

const custom: Naming = { sqlMigrationPrefix: 'M', sqlMigrationSeparator: '-', sqlMigrationSuffixes: ['.sql', '.pgsql'], repeatableSqlMigrationPrefix: 'RR' };
const summary = (name: string, naming: Naming = DEFAULT_NAMING) => {
  const c = classifyBaseName(name, naming);
  return c.kind === 'invalid' ? { kind: c.kind, problem: c.problem } : { kind: c.kind, version: c.version && versionKey(c.version), description: c.description };
};

describe('Flyway naming, default settings', () => {
  it.each([
    // The suffix is compared case-insensitively (StringUtils.startsAndEndsWith, since Flyway 9.2).
    ['V1__init.SQL', { kind: 'versioned', version: '1', description: 'init' }],
    ['V1__init.Sql', { kind: 'versioned', version: '1', description: 'init' }],
    // No separator: everything after the prefix is the version, the description is empty.
    ['V1.sql', { kind: 'versioned', version: '1', description: '' }],
    ['V1_2.sql', { kind: 'versioned', version: '1.2', description: '' }],
    // Split at the FIRST separator; "_" in the description reads as a space.
    ['V2__a__b_c.sql', { kind: 'versioned', version: '2', description: 'a  b c' }],
    // A repeatable needs nothing before the separator; the description may be empty.
    ['R__.sql', { kind: 'repeatable', version: undefined, description: '' }],
    ['R__views.SQL', { kind: 'repeatable', version: undefined, description: 'views' }],
  ])('%s is a migration', (name, expected) => {
    expect(summary(name)).toEqual(expected);
  });

  it.each([
    // "Invalid versioned migration name format … could not recognise version number 1_init"
    ['V1_init.sql', 'missing the "__" (double underscore) between version and description'],
    // "It must contain a version"
    ['V__init.sql', 'missing version after "V"'],
    // "Invalid repeatable migration / callback name format … It cannot contain a version"
    ['R1__views.sql', 'a repeatable migration cannot have a version: R__{description}.sql (Flyway: "It cannot contain a version")'],
    // Prefixes are case-sensitive: "Unrecognised migration name format".
    ['v1__init.sql', 'the prefix must be an uppercase "V" (Flyway ignores "v" files)'],
    // Valid names for Flyway that migration-guard does not run.
    ['afterMigrate.sql', 'a Flyway callback script (the afterMigrate event), which migration-guard does not run'],
    ['beforeEachMigrate__log.sql', 'a Flyway callback script (the beforeEachMigrate event), which migration-guard does not run'],
    ['B5__baseline.sql', 'a Flyway baseline migration ("B" prefix), which migration-guard does not run'],
    // Not scanned at all: the suffix alone, or another suffix.
    ['.sql', 'not a migration name: expected V{version}__{description}.sql or R__{description}.sql'],
    ['V1__init.sql.bak', 'not a .sql file: Flyway only runs V{version}__{description}.sql and R__{description}.sql'],
    ['Backfill.sql', 'not a migration name: expected V{version}__{description}.sql or R__{description}.sql'],
  ])('%s is not run', (name, problem) => {
    expect(summary(name)).toEqual({ kind: 'invalid', problem });
  });
});

describe('Flyway naming, configured prefix M, separator "-", suffixes .sql,.pgsql, repeatable prefix RR', () => {
  it.each([
    ['M1-init.sql', { kind: 'versioned', version: '1', description: 'init' }],
    ['M1.2-add_users.pgsql', { kind: 'versioned', version: '1.2', description: 'add users' }],
    ['M003_1-x-y.PGSQL', { kind: 'versioned', version: '3.1', description: 'x-y' }],
    ['RR-views.pgsql', { kind: 'repeatable', version: undefined, description: 'views' }],
  ])('%s is a migration', (name, expected) => {
    expect(summary(name, custom)).toEqual(expected);
  });

  it.each([
    // The default prefixes mean nothing now.
    ['V1__init.sql', 'not a migration name: expected M{version}-{description}.sql or RR-{description}.sql'],
    // "R" is not the repeatable prefix; "RR" is longer than "R" and wins for RR files only.
    ['R__views.sql', 'not a migration name: expected M{version}-{description}.sql or RR-{description}.sql'],
    ['M-init.sql', 'missing version after "M"'],
    ['M1__init.sql', 'missing the "-" between version and description'],
    ['Minit.pgsql', 'missing the "-" between version and description'],
    ['M1-init.psql', 'not a migration file: Flyway reads only files ending in .sql, .pgsql (sqlMigrationSuffixes), so it never runs this one'],
  ])('%s is not run', (name, problem) => {
    expect(summary(name, custom)).toEqual({ kind: 'invalid', problem });
  });

  it('classify() applies the naming below the rollback pattern and seeds', () => {
    const rb = new RollbackPattern(DEFAULT_ROLLBACK_PATTERN);
    expect(classify('sub/M7-x.pgsql', rb, 'seeds', custom).kind).toBe('versioned');
    expect(classify('rollback/V7__rollback.sql', rb, 'seeds', custom).kind).toBe('rollback');
    expect(classify('seeds/test.sql', rb, 'seeds', custom).kind).toBe('seed');
  });

  it('hasMigrationSuffix: any configured suffix, any case, after at least one character', () => {
    expect(hasMigrationSuffix('a.PgSql', custom)).toBe(true);
    expect(hasMigrationSuffix('.pgsql', custom)).toBe(false);
    expect(hasMigrationSuffix('a.psql', custom)).toBe(false);
    expect(hasMigrationSuffix('a.sql')).toBe(true);
  });

  it('namingOf refuses empty settings (they would match every file)', () => {
    expect(() => namingOf({ ...custom, sqlMigrationSeparator: '' })).toThrow('sqlMigrationSeparator must not be empty');
    expect(() => namingOf({ ...custom, sqlMigrationSuffixes: [] })).toThrow('sqlMigrationSuffixes must not be empty');
    expect(namingOf(custom)).toEqual(custom);
  });
});

describe('names Flyway runs but migration-guard does not', () => {
  it('callbacks and baseline migrations are marked, and migration-naming says Flyway runs them', async () => {
    expect(classifyBaseName('afterMigrate.sql').runByFlyway).toBe(true);
    expect(classifyBaseName('B5__baseline.sql').runByFlyway).toBe(true);
    expect(classifyBaseName('v1__x.sql').runByFlyway).toBeUndefined();
    const cwd = tmpProject({ 'migrations/afterMigrate.sql': 'SELECT 1;\n', 'migrations/v1__x.sql': 'SELECT 1;\n' });
    const r = await runLint({ cwd, paths: [] });
    expect(r.findings.filter((f) => f.rule === 'migration-naming').map((f) => [f.file, f.message])).toEqual([
      ['migrations/afterMigrate.sql', 'a Flyway callback script (the afterMigrate event), which migration-guard does not run: Flyway runs it, so a database migrated by migration-guard will differ from one Flyway migrates'],
      ['migrations/v1__x.sql', 'the prefix must be an uppercase "V" (Flyway ignores "v" files): Flyway ignores or rejects this file, so it never runs'],
    ]);
  });
});

describe('the naming settings reach the project and create', () => {
  const config = 'sqlMigrationPrefix: M\nsqlMigrationSeparator: "-"\nsqlMigrationSuffixes: [.pgsql, .sql]\nrepeatableSqlMigrationPrefix: RR\n';

  it('lint classifies files with the configured naming', async () => {
    const cwd = tmpProject({
      'migration-guard.yml': config,
      'migrations/M1-users.pgsql': 'SELECT 1;\n',
      'migrations/RR-views.sql': 'SELECT 1;\n',
      'migrations/V2__orders.sql': 'SELECT 1;\n',
    });
    const { projects } = await loadProjects({ cwd, paths: [] });
    expect(projects[0]!.project.files.map((f) => [f.rel, f.kind])).toEqual([
      ['M1-users.pgsql', 'versioned'],
      ['RR-views.sql', 'repeatable'],
      ['V2__orders.sql', 'invalid'],
    ]);
  });

  it('create names the new migration with the configured prefix, separator and first suffix', async () => {
    const cwd = tmpProject({ 'migration-guard.yml': config, 'migrations/M007-users.pgsql': 'SELECT 1;\n' });
    const r = await runCreate({ cwd, paths: [], name: 'add_orders' });
    expect(r.migration).toBe('migrations/M008-add_orders.pgsql');
    expect(existsSync(join(cwd, r.migration))).toBe(true);
  });
});
