/**
 * The directory walk's paths (src/load/fs.ts readSqlFiles): `path` as shown from the working
 * directory and `rel` from the root, built from entry names (issue #16) and equal to what
 * path.relative gives, wherever the working directory is; a directory reached twice through
 * symlinks is read once. Real temporary directories and real symlinks.
 */
import { symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocations, readSqlFiles } from '../../src/load/fs.js';
import { tmpProject } from '../helpers/tmp.js';

const FILES = { 'migrations/V1__a.sql': 'SELECT 1;\n', 'migrations/sub/V2__b.sql': 'SELECT 2;\n', 'migrations/sub/deep/V3__c.SQL': 'SELECT 3;\n', 'migrations/notes.txt': 'x' };
const posix = (p: string) => p.split(sep).join('/') || '.';

describe('readSqlFiles paths', () => {
  const repo = tmpProject(FILES);
  const root = join(repo, 'migrations');
  const expected = (cwd: string) =>
    ['V1__a.sql', 'sub/V2__b.sql', 'sub/deep/V3__c.SQL'].map((rel) => ({ path: posix(relative(cwd, join(root, ...rel.split('/')))), rel }));

  it.each([
    ['the repository', repo],
    ['the root itself', root],
    ['a directory inside the root', join(root, 'sub')],
    ['two levels inside the root', join(root, 'sub', 'deep')],
    ['outside the repository', join(repo, '..')],
  ])('cwd in %s: path as path.relative gives it, rel from the root', (_, cwd) => {
    const files = readSqlFiles(root, { cwd, boundary: repo });
    expect(files.map(({ path, rel }) => ({ path, rel }))).toEqual(expected(cwd));
    expect(files.map((f) => Buffer.from(f.bytes).toString())).toEqual(['SELECT 1;\n', 'SELECT 2;\n', 'SELECT 3;\n']);
  });

  it('a root given relative to the process, or with a trailing separator, gives the same paths', () => {
    const files = readSqlFiles(relative(process.cwd(), root) + sep, { cwd: repo, boundary: repo });
    expect(files.map(({ path, rel }) => ({ path, rel }))).toEqual(expected(repo));
  });

  it('a directory reached again through a symlink (and a link to its parent) is read once', () => {
    const loop = tmpProject(FILES);
    symlinkSync(join(loop, 'migrations', 'sub'), join(loop, 'migrations', 'again'));
    symlinkSync(join(loop, 'migrations'), join(loop, 'migrations', 'sub', 'up'));
    const files = readLocations([join(loop, 'migrations')], { cwd: loop, boundaryOf: () => loop });
    // "again" sorts before "sub": the linked directory is read there, under the link's name.
    expect(files.map((f) => f.rel)).toEqual(['V1__a.sql', 'again/V2__b.sql', 'again/deep/V3__c.SQL']);
    expect(files.map((f) => f.path)).toEqual(['migrations/V1__a.sql', 'migrations/again/V2__b.sql', 'migrations/again/deep/V3__c.SQL']);
  });
});
