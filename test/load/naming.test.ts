import { describe, expect, it } from 'vitest';
import { classify, classifyBaseName, DEFAULT_ROLLBACK_PATTERN, RollbackPattern } from '../../src/load/naming.js';
import { versionKey } from '../../src/load/version.js';

const defaultPattern = new RollbackPattern(DEFAULT_ROLLBACK_PATTERN);
const at = (rel: string, pattern = defaultPattern, seeds = 'seeds') => classify(rel, pattern, seeds);

describe('versioned and repeatable names', () => {
  it('reads version and description of V{version}__{description}.sql', () => {
    const c = classifyBaseName('V1_1__add_user_email.sql');
    expect(c.kind).toBe('versioned');
    expect(c.version?.raw).toBe('1_1');
    expect(versionKey(c.version!)).toBe('1.1');
    expect(c.description).toBe('add user email');
    expect(c.problem).toBeUndefined();
  });

  it('accepts dotted, zero-padded and long versions', () => {
    expect(versionKey(classifyBaseName('V1.2.3__x.sql').version!)).toBe('1.2.3');
    expect(versionKey(classifyBaseName('V007__orders.sql').version!)).toBe('7');
    expect(versionKey(classifyBaseName('V20240131093000__orders.sql').version!)).toBe('20240131093000');
  });

  it('splits version and description at the first "__"', () => {
    const c = classifyBaseName('V3__create__orders_table.sql');
    expect(c.version?.raw).toBe('3');
    expect(c.description).toBe('create  orders table');
  });

  it('reads R__{description}.sql as a repeatable with no version', () => {
    expect(classifyBaseName('R__refresh_reporting_views.sql')).toEqual({
      kind: 'repeatable',
      description: 'refresh reporting views',
    });
  });

  it('classifies files in nested directories by their base name', () => {
    const c = at('2024/q1/V12__add_orders.sql');
    expect(c.kind).toBe('versioned');
    expect(versionKey(c.version!)).toBe('12');
    expect(c.description).toBe('add orders');
    expect(at('views/R__order_totals.sql')).toEqual({ kind: 'repeatable', description: 'order totals' });
  });
});

describe('rollbacks and seeds', () => {
  it('recognises the default pattern rollback/V{version}__rollback.sql', () => {
    const c = at('rollback/V001_2__rollback.sql');
    expect(c.kind).toBe('rollback');
    expect(versionKey(c.version!)).toBe('1.2');
    expect(defaultPattern.dir).toBe('rollback/');
    expect(defaultPattern.pathFor('3')).toBe('rollback/V3__rollback.sql');
  });

  it('a rollback-like name outside the rollback directory is a migration (Flyway would run it)', () => {
    const c = at('V5__rollback.sql');
    expect(c.kind).toBe('versioned');
    expect(c.description).toBe('rollback');
  });

  it('flags a file in rollback/ that does not match the pattern', () => {
    for (const rel of ['rollback/V5__undo.sql', 'rollback/rollback_5.sql', 'rollback/V5_rollback.sql', 'rollback/Vx__rollback.sql']) {
      const c = at(rel);
      expect(c.kind, rel).toBe('invalid');
      expect(c.problem, rel).toBe('rollback file name does not match the rollback pattern "rollback/V{version}__rollback.sql"');
    }
  });

  it('supports a custom pattern with {description}', () => {
    const pattern = new RollbackPattern('undo/U{version}__{description}.sql');
    const c = at('undo/U2_1__add_orders.sql', pattern);
    expect(c.kind).toBe('rollback');
    expect(versionKey(c.version!)).toBe('2.1');
    expect(c.description).toBe('add orders');
    expect(pattern.dir).toBe('undo/');
    expect(pattern.pathFor('2_1', 'add_orders')).toBe('undo/U2_1__add_orders.sql');
    // The default rollback directory is an ordinary directory under this pattern.
    expect(at('rollback/V1__rollback.sql', pattern).kind).toBe('versioned');
    expect(at('undo/U2.sql', pattern).kind).toBe('invalid');
  });

  it('supports a pattern with no directory', () => {
    const pattern = new RollbackPattern('V{version}__rollback.down.sql');
    expect(pattern.dir).toBe('');
    expect(at('V4__rollback.down.sql', pattern).kind).toBe('rollback');
    expect(at('V4__add_x.sql', pattern).kind).toBe('versioned');
  });

  it('treats regex characters in the pattern literally', () => {
    const pattern = new RollbackPattern('rollback/V{version}+(undo).sql');
    expect(at('rollback/V4+(undo).sql', pattern).kind).toBe('rollback');
    expect(at('rollback/V4+undo.sql', pattern).kind).toBe('invalid');
  });

  it('fills in replacement-looking text literally in pathFor', () => {
    expect(new RollbackPattern('r/{description}/V{version}.sql').pathFor('1', "$&'")).toBe("r/$&'/V1.sql");
  });

  it('rejects a pattern without {version}', () => {
    expect(() => new RollbackPattern('rollback/{description}.sql')).toThrow(/must contain \{version\}/);
  });

  it('files under seeds/ are seeds, whatever their names', () => {
    expect(at('seeds/V1__users.sql')).toEqual({ kind: 'seed' });
    expect(at('seeds/demo data.sql')).toEqual({ kind: 'seed' });
    expect(at('fixtures/x.sql', defaultPattern, 'fixtures/')).toEqual({ kind: 'seed' });
    // Only the top-level directory: a nested "seeds" is just a directory.
    expect(at('app/seeds/V1__users.sql').kind).toBe('versioned');
    expect(at('seedsV1__x.sql').kind).toBe('invalid');
  });
});

describe('invalid names', () => {
  it.each([
    ['v1__add_users.sql', 'the prefix must be an uppercase "V" (Flyway ignores "v" files)'],
    ['V1_add_users.sql', 'missing the "__" (double underscore) between version and description'],
    ['V__add_users.sql', 'missing version after "V"'],
    ['V1.a__add_users.sql', '"1.a" is not a version: use digits separated by "." or "_"'],
    ['V1-2__add_users.sql', '"1-2" is not a version: use digits separated by "." or "_"'],
    ['Vone__add_users.sql', '"one" is not a version: use digits separated by "." or "_"'],
    ['V1__add_users.sql.bak', 'not a .sql file: Flyway only runs V{version}__{description}.sql and R__{description}.sql'],
    ['R_views.sql', 'a repeatable migration needs "R__" (double underscore)'],
    ['r__views.sql', 'the prefix must be an uppercase "R__"'],
    ['U1__add_users.sql', 'an undo migration ("U" prefix, Flyway Teams), named as no rollback file of this project: set rollbackPattern: U{version}__{description}.sql in migration-guard.yml to pair it with its migration (then `migration-guard undo` runs it)'],
    ['001_add_users.sql', 'not a migration name: expected V{version}__{description}.sql or R__{description}.sql'],
    ['add_users.sql', 'not a migration name: expected V{version}__{description}.sql or R__{description}.sql'],
    ['migration.sql', 'not a migration name: expected V{version}__{description}.sql or R__{description}.sql'],
    ['.sql', 'not a migration name: expected V{version}__{description}.sql or R__{description}.sql'],
  ])('%s', (name, problem) => {
    expect(classifyBaseName(name)).toEqual({ kind: 'invalid', problem });
    expect(at(`sub/${name}`)).toEqual({ kind: 'invalid', problem });
  });
});
