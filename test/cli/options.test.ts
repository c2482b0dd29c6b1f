import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { useColor } from '../../src/cli/options.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';
import { documented } from '../helpers/documented.js';

const run = (cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}, isTTY = false) => runCli(cwd, argv, { env, isTTY });

type Report = { findings: { rule: string; file: string; line: number; severity: string }[] };

describe('--rule and --exclude-rule', () => {
  const files = {
    'migrations/V1__x.sql': documented('V1__x.sql', 'UPDATE users SET a = 1;\n', 'none, a test'),
    'migration-guard.yml': 'rules:\n  unbatched-data-change: error\n',
  };

  it('override the config, in both directions', async () => {
    const dir = tmpProject(files);
    const before = JSON.parse((await run(dir, ['lint', '--format', 'json'])).stdout) as Report;
    expect(before.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['rollback-missing', 'error'],
      ['transaction-wrapping', 'error'],
      ['unbatched-data-change', 'error'],
    ]);
    const r = await run(dir, ['lint', '--format', 'json', '--rule', 'unbatched-data-change=warning', '--exclude-rule', 'rollback-missing', '--rule', 'transaction-wrapping=off']);
    expect((JSON.parse(r.stdout) as Report).findings.map((f) => [f.rule, f.severity])).toEqual([['unbatched-data-change', 'warning']]);
    expect(r.code).toBe(0);
    expect((await run(dir, ['lint', '--rule', 'unbatched-data-change=warning', '--exclude-rule', 'rollback-missing', '--rule', 'transaction-wrapping=off', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('--rule needs ID=LEVEL', async () => {
    const dir = tmpProject(files);
    const r = await run(dir, ['lint', '--rule', 'unbatched-data-change']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('migration-guard: error: --rule takes ID=off|warning|error (got "unbatched-data-change")\n');
  });
});

describe('findings in migration order', () => {
  it('versions as Flyway sorts them (V2 before V10), each rollback after its migration, repeatables after versioned, in every format', async () => {
    const dir = tmpProject({
      'migrations/V10__ten.sql': 'UPDATE t SET a = 1;\n',
      'migrations/V2__two.sql': 'UPDATE t SET a = 1;\n',
      'migrations/V1_5__one_five.sql': 'CREATE TABLE t (a int);\n',
      'migrations/rollback/V2__rollback.sql': '',
      'migrations/rollback/V10__rollback.sql': '',
      'migrations/R__a_view.sql': 'UPDATE t SET a = 2;\n',
      'migrations/A__not_a_migration.sql': 'SELECT 1;\n',
    });
    const files = (list: string[]) => [...new Set(list)];
    const expected = [
      'migrations/V1_5__one_five.sql',
      'migrations/V2__two.sql',
      'migrations/rollback/V2__rollback.sql',
      'migrations/V10__ten.sql',
      'migrations/rollback/V10__rollback.sql',
      'migrations/R__a_view.sql',
      'migrations/A__not_a_migration.sql',
    ];
    const json = JSON.parse((await run(dir, ['lint', '--format', 'json'])).stdout) as Report;
    expect(files(json.findings.map((f) => f.file))).toEqual(expected);
    const text = (await run(dir, ['lint'])).stdout;
    expect(files([...text.matchAll(/^(migrations\/\S+?):\d+:\d+ /gm)].map((m) => m[1]!))).toEqual(expected);
    const sarif = JSON.parse((await run(dir, ['lint', '--format', 'sarif'])).stdout);
    expect(files(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(expected);
    // check lists its own findings and the lint's in the same order
    const check = JSON.parse((await run(dir, ['check', '--format', 'json'])).stdout) as Report;
    expect(files(check.findings.map((f) => f.file))).toEqual(expected);
  }, 60_000);
});

describe('--format sarif and github', () => {
  const files = { 'migrations/V1__x.sql': documented('V1__x.sql', 'UPDATE users SET a = 1;\n', 'none, a test') };

  it('sarif: the SARIF 2.1.0 log the Action writes, valid against the schema', async () => {
    const dir = tmpProject(files);
    const r = await run(dir, ['lint', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.name).toBe('migration-guard');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['rollback-missing', 'transaction-wrapping', 'unbatched-data-change']);
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(join(dirname(require.resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('github: one workflow command per finding, escaped as the Actions toolkit escapes', async () => {
    const dir = tmpProject(files);
    const r = await run(dir, ['lint', '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=migrations\/V1__x\.sql,line=1,col=1,title=rollback-missing::[^\n]+%0A%0Ahelp: /);
    expect(lines[2]).toMatch(/^::warning file=migrations\/V1__x\.sql,line=6,col=8,title=unbatched-data-change::UPDATE on existing table users/);
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('colour (flag > FORCE_COLOR > NO_COLOR > TTY, as Node)', () => {
  const none = {} as Record<string, boolean>;
  it('follows the precedence', () => {
    const c = (values: Record<string, boolean>, env: NodeJS.ProcessEnv, isTTY: boolean, argv: string[] = []) => useColor(values, argv, { env, isTTY });
    expect(c(none, {}, true)).toBe(true);
    expect(c(none, {}, false)).toBe(false);
    expect(c(none, { NO_COLOR: '1' }, true)).toBe(false);
    expect(c(none, { NO_COLOR: '' }, true)).toBe(true); // no-color.org: present and not empty
    expect(c(none, { TERM: 'dumb' }, true)).toBe(false);
    for (const on of ['1', '2', '3', 'true', '']) expect(c(none, { FORCE_COLOR: on, NO_COLOR: '1' }, false), on).toBe(true);
    for (const off of ['0', 'false']) expect(c(none, { FORCE_COLOR: off }, true), off).toBe(false);
    expect(c({ 'no-color': true }, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(c({ color: true }, { FORCE_COLOR: '0', NO_COLOR: '1' }, false)).toBe(true);
    expect(c({ color: true, 'no-color': true }, {}, false, ['--no-color', '--color'])).toBe(true);
    expect(c({ color: true, 'no-color': true }, {}, false, ['--color', '--no-color'])).toBe(false);
  });

  it('reaches the lint output', async () => {
    const dir = tmpProject({ 'migrations/V1__x.sql': 'UPDATE users SET a = 1;\n' });
    expect((await run(dir, ['lint'], { FORCE_COLOR: '1' })).stdout).toContain('\x1b[');
    expect((await run(dir, ['lint'], { NO_COLOR: '1' }, true)).stdout).not.toContain('\x1b[');
    expect((await run(dir, ['lint', '--color'], { NO_COLOR: '1' })).stdout).toContain('\x1b[');
    expect((await run(dir, ['lint', '--no-color'], { FORCE_COLOR: '3' }, true)).stdout).not.toContain('\x1b[');
  });
});

describe("Flyway's order and the database commands' options", () => {
  it('-KEY=VALUE settings before the command are read as after it (flyway -environment=dev info)', async () => {
    const dir = tmpProject({ 'flyway.toml': '[flyway]\nlocations = ["filesystem:sql"]\n[environments.dev]\nurl = "jdbc:postgresql://127.0.0.1:1/none"\n', 'sql/V1__a.sql': 'SELECT 1;\n' });
    let err = '';
    const code = await main(['-environment=dev', 'info', '--no-color'], { cwd: dir, env: {}, stdout: () => undefined, stderr: (s) => (err += s), isTTY: false });
    // The dev environment's url was used (port 1: refused), so -environment reached the command.
    expect(err).toContain('127.0.0.1:1');
    expect(err).not.toMatch(/unknown option/);
    expect(code).toBe(2);
  });
});
