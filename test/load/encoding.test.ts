/**
 * The `encoding` setting of migration-guard.yml: validated when the config is loaded (exit 2 at
 * file:line:column), and used by lint (and so by check and the runner) to decode every file strictly.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadConfig } from '../../src/load/config.js';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';
import { documented } from '../helpers/documented.js';

const lint = (cwd: string) => runCli(cwd, ['lint', '--format', 'json']);

const config = (cwd: string) => loadConfig({ cwd, knownRules: [] });

// "café" and a euro sign in windows-1252: 0xE9 and 0x80 are not UTF-8 (after the 5-line header).
const CP1252 = Buffer.concat([
  Buffer.from(documented('V1__create.sql', 'BEGIN;\n-- price in ')),
  Buffer.from([0x80]),
  Buffer.from("\nCREATE TABLE caf"),
  Buffer.from([0xe9]),
  Buffer.from(' (id int);\nCOMMIT;\n'),
]);
const ROLLBACK = { 'migrations/rollback/V1__rollback.sql': 'SELECT 1;\n' };

describe('encoding in migration-guard.yml', () => {
  it('defaults to UTF-8 and takes any encoding TextDecoder knows', async () => {
    expect((await config(tmpProject({ 'migration-guard.yml': 'migrations: migrations\n' }))).encoding).toBe('UTF-8');
    expect((await config(tmpProject({ 'migration-guard.yml': 'encoding: windows-1252\n' }))).encoding).toBe('windows-1252');
    expect((await config(tmpProject({ 'migration-guard.yml': 'encoding: UTF-16BE\n' }))).encoding).toBe('UTF-16BE');
  });

  it.each([
    ['an unknown encoding', 'encoding: UTF-7\n', 'migration-guard.yml:1:11: encoding must be an encoding such as UTF-8, UTF-16LE, UTF-16BE or windows-1252 (got "UTF-7")'],
    ['UTF-32 (not supported by TextDecoder)', 'rules: {}\nencoding: UTF-32\n', 'migration-guard.yml:2:11: encoding must be an encoding such as'],
    ['a number', 'encoding: 1252\n', 'migration-guard.yml:1:11: encoding must be a non-empty string'],
  ])('refuses %s at file:line:column', async (_name, yaml, message) => {
    const dir = tmpProject({ 'migration-guard.yml': yaml });
    await expect(config(dir)).rejects.toThrow(ConfigError);
    await expect(config(dir)).rejects.toThrow(message);
  });

  it('is not an environment override (every environment reads the same files)', async () => {
    const dir = tmpProject({ 'migration-guard.yml': 'environments:\n  production:\n    encoding: windows-1252\n' });
    await expect(config(dir)).rejects.toThrow('migration-guard.yml:3:5: unknown key "encoding" in environments.production');
  });

  it('lint decodes the files in the configured encoding', async () => {
    const dir = tmpProject({ 'migration-guard.yml': 'encoding: windows-1252\n', 'migrations/V1__create.sql': CP1252, ...ROLLBACK });
    const r = await lint(dir);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('lint refuses the same file under the default UTF-8 at the first bad byte, exit 1', async () => {
    const dir = tmpProject({ 'migrations/V1__create.sql': CP1252, ...ROLLBACK });
    const r = await lint(dir);
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; file: string; line: number; column: number; message: string }>;
    expect(findings.filter((f) => f.rule === 'parse-error')).toMatchObject([
      {
        file: 'migrations/V1__create.sql',
        line: 7,
        column: 13,
        message: 'invalid UTF-8 byte sequence 0x80 (the file is not valid UTF-8; set encoding if it is another encoding); nothing in the file was checked',
      },
    ]);
    expect(r.code).toBe(1);
  });

  it('lint refuses a UTF-16 file unless the encoding says UTF-16', async () => {
    const utf16 = Buffer.from(documented('V1__create.sql', 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n'), 'utf16le');
    const refused = await lint(tmpProject({ 'migrations/V1__create.sql': utf16, ...ROLLBACK }));
    expect(JSON.parse(refused.stdout).findings.filter((f: { rule: string }) => f.rule === 'parse-error')).toMatchObject([
      { line: 1, column: 1, message: expect.stringContaining('the file looks like UTF-16LE without a byte order mark') },
    ]);
    // The encoding is every file's: the rollback script is UTF-16LE too.
    const rollback = { 'migrations/rollback/V1__rollback.sql': Buffer.from('DROP TABLE t;\n', 'utf16le') };
    const ok = await lint(tmpProject({ 'migration-guard.yml': 'encoding: UTF-16LE\n', 'migrations/V1__create.sql': utf16, ...rollback }));
    expect(JSON.parse(ok.stdout).findings).toEqual([]);
    expect(ok.code).toBe(0);
  });
});
