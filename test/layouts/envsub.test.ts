/**
 * goose's ENVSUB (src/load/layouts/envsub.ts): the lines between `-- +goose ENVSUB ON` and OFF are
 * what goose sends after expanding them from the environment (mfridman/interpolate), so lint and
 * check read that text, with positions in the file as written.
 */
import { describe, expect, it } from 'vitest';
import { expandEnvsub } from '../../src/load/layouts/envsub.js';
import { lintSpec, makeProject } from '../helpers/rule-tester.js';

const expand = (line: string, env: Record<string, string> = {}) => {
  const e = expandEnvsub(line, [[0, line.length]], env);
  return { text: e.text, problems: e.problems.map((p) => p.message) };
};

describe('interpolate, as goose expands an ENVSUB line', () => {
  it('values, defaults and escapes', () => {
    const env = { ROLE: 'app', EMPTY: '' };
    expect(expand('GRANT SELECT ON t TO ${ROLE};', env).text).toBe('GRANT SELECT ON t TO app;');
    expect(expand('GRANT SELECT ON t TO $ROLE;', env).text).toBe('GRANT SELECT ON t TO app;');
    expect(expand('x ${MISSING:-fallback} ${EMPTY:-e} ${EMPTY-u} ${MISSING-u}', env).text).toBe('x fallback e  u');
    expect(expand('${ROLE:1} ${ROLE:0:2}', env).text).toBe('pp ap');
    expect(expand('a \\$b $(c) \\\\ d', env).text).toBe('a $b $(c) \\\\ d');
  });
  it('an unset variable is an empty string, and said', () => {
    const r = expand('CREATE ROLE ${APP_ROLE};');
    expect(r.text).toBe('CREATE ROLE ;');
    expect(r.problems).toEqual([expect.stringContaining('${APP_ROLE} is not set in this environment')]);
  });
  it('$$ becomes $, and $ before a digit is an error (goose refuses the file)', () => {
    const halved = expand('AS $$ SELECT 1 $$;');
    expect(halved.text).toBe('AS $ SELECT 1 $;');
    expect(halved.problems[0]).toMatch(/turns "\$\$" into "\$"/);
    const bad = expand('SELECT $1;');
    expect(bad.text).toBe('SELECT $1;');
    expect(bad.problems[0]).toMatch(/variable name starting with a letter.*variable substitution failed/);
    expect(expand('${ROLE?must be set}').problems[0]).toMatch(/must be set/);
  });
});

describe('a goose file with ENVSUB', () => {
  const file = [
    '-- +goose Up', // 1
    '-- +goose ENVSUB ON', // 2
    'CREATE ROLE ${APP_ROLE};', // 3
    'CREATE TABLE t (id int);', // 4
    '-- +goose ENVSUB OFF', // 5
    'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;', // 6
    'CREATE INDEX CONCURRENTLY i ON t (id);', // 7
    '-- +goose Down',
    'DROP TABLE t;',
    '',
  ].join('\n');

  it('is read as goose sends it, positions in the file as written', () => {
    const project = makeProject({ layout: { name: 'goose' }, env: { APP_ROLE: 'application_user_with_a_long_name' }, files: { '00001_a.sql': file } });
    const up = project.files.find((f) => f.section === 'up')!;
    expect(up.text).toContain('CREATE ROLE application_user_with_a_long_name;');
    expect(up.text).toContain('$$ SELECT 1 $$'); // outside ENVSUB: as written
    const stmts = up.parsed.statements.map((s) => up.position(s.start).line);
    expect(stmts).toEqual([3, 4, 6, 7]);
    const findings = lintSpec({ layout: { name: 'goose' }, env: { APP_ROLE: 'application_user_with_a_long_name' }, files: { '00001_a.sql': file } });
    expect(findings.filter((f) => f.rule === 'transaction-wrapping').map((f) => f.line)).toEqual([7]);
    expect(findings.filter((f) => f.rule === 'migration-format')).toEqual([]);
  });

  it('an unset variable: migration-format at its line (and what PostgreSQL makes of the empty name)', () => {
    const findings = lintSpec({ layout: { name: 'goose' }, files: { '00001_a.sql': file } });
    const format = findings.filter((f) => f.rule === 'migration-format');
    expect(format.map((f) => [f.line, f.message.slice(0, 40)])).toEqual([[3, '${APP_ROLE} is not set in this environme']]);
    expect(findings.find((f) => f.rule === 'parse-error')?.line).toBe(3);
  });
});
