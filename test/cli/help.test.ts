import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { closest, editDistance } from '../../src/suggest.js';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

const run = (argv: string[], cwd = process.cwd()) => runCli(cwd, argv);

describe('help', () => {
  it('COMMAND --help and -h print that command\'s usage, exit 0', async () => {
    for (const [cmd, first] of [
      ['lint', 'Usage: migration-guard lint [PATH…] [options]'],
      ['check', 'Usage: migration-guard check [PATH…] [options]'],
      ['rules', 'Usage: migration-guard rules [RULE]'],
      ['migrate', 'Usage: migration-guard migrate [DIR] [options]'],
      ['rollback', 'Usage: migration-guard rollback [DIR] [options]'],
      ['baseline', 'Usage: migration-guard baseline [DIR] [options]'],
      ['create', 'Usage: migration-guard create --name NAME'],
      ['status', 'Usage: migration-guard status [DIR] [options]'],
    ] as const) {
      for (const flag of ['--help', '-h']) {
        const r = await run([cmd, flag]);
        expect(r.code, `${cmd} ${flag}`).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout.startsWith(first), r.stdout.split('\n')[0]).toBe(true);
      }
    }
    expect((await run(['migrate', '--help'])).stdout).toContain('--dry-run');
    expect((await run(['lint', '--help'])).stdout).toContain('--stdin-filepath PATH');
    expect((await run(['lint', '--help'])).stdout).not.toContain('--trace-locks');
  });

  it('help COMMAND prints the same page; aliases have their command\'s page', async () => {
    expect((await run(['help', 'migrate'])).stdout).toBe((await run(['migrate', '--help'])).stdout);
    expect((await run(['help', 'info'])).stdout).toBe((await run(['status', '--help'])).stdout);
    expect((await run(['undo', '--help'])).stdout).toBe((await run(['rollback', '--help'])).stdout);
    const global = await run(['help']);
    expect(global.code).toBe(0);
    expect(global.stdout).toMatch(/^Usage: migration-guard <command> \[options\]/);
    expect((await run(['--help'])).stdout).toBe(global.stdout);
    const bad = await run(['help', 'migarte']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('migration-guard: error: no help for "migarte": not a command (did you mean "migrate"?) (run `migration-guard help`)\n');
  });

  it('--version, -v and version print the package version', async () => {
    for (const v of ['--version', '-v', 'version']) {
      const r = await run([v]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
    }
  });

  it('no command: the usage on stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: migration-guard/);
  });
});

describe('did you mean', () => {
  it('for a mistyped command', async () => {
    for (const [typed, meant] of [
      ['lnit', 'lint'],
      ['migarte', 'migrate'],
      ['stauts', 'status'],
      ['rollbak', 'rollback'],
      ['chek', 'check'],
    ]) {
      const r = await run([typed!]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`migration-guard: error: unknown command "${typed}" (did you mean "${meant}"?) (run \`migration-guard help\`)\n`);
    }
    const far = await run(['deploy']);
    expect(far.stderr).toBe('migration-guard: error: unknown command "deploy" (run `migration-guard help`)\n');
  });

  it('for a mistyped option (node:util parseArgs errors)', async () => {
    const dir = tmpProject({ 'migrations/V1__a.sql': 'SELECT 1;\n' });
    const r = await run(['lint', '--fromat', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('migration-guard: error: unknown option --fromat (did you mean "--format"?)\n');
    expect((await run(['migrate', '--dryrun'], dir)).stderr).toContain('unknown option --dryrun (did you mean "--dry-run"?)');
    expect((await run(['migrate', '--databse-url=x'], dir)).stderr).toContain('unknown option --databse-url (did you mean "--database-url"?)');
    // an option of another command is not suggested where it does not exist
    expect((await run(['lint', '--trace-locks'], dir)).stderr).toBe('migration-guard: error: unknown option --trace-locks\n');
    expect((await run(['lint', '--format', 'jsno'], dir)).stderr).toContain('--format must be one of text, json, sarif, github (got "jsno") (did you mean "json"?)');
  });

  it('for a mistyped rule id in rules RULE and --rule', async () => {
    const dir = tmpProject({ 'migrations/V1__a.sql': 'SELECT 1;\n' });
    const a = await run(['rules', 'require-concurent-index']);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe('migration-guard: error: unknown rule "require-concurent-index" (did you mean "require-concurrent-index"?) (`migration-guard rules` lists them)\n');
    const b = await run(['lint', '--rule', 'transaction-wraping=off'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--rule: unknown rule "transaction-wraping" (did you mean "transaction-wrapping"?)');
    const c = await run(['lint', '--exclude-rule', 'rollback-mising'], dir);
    expect(c.stderr).toContain('--exclude-rule: unknown rule "rollback-mising" (did you mean "rollback-missing"?)');
    const d = await run(['lint', '--rule', 'rollback-missing=warn'], dir);
    expect(d.stderr).toContain('--rule rollback-missing= must be off, warning or error (got "warn") (did you mean "warning"?)');
  });

  it('edit distance counts a transposition as one edit (Damerau-Levenshtein, optimal string alignment)', () => {
    expect(editDistance('lnit', 'lint')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3); // OSA, not unrestricted Damerau (2)
    expect(closest('--data', ['--database-url', '--format'])).toBe('--database-url');
    expect(closest('x', ['lint', 'check'])).toBeUndefined();
  });
});

describe('rules RULE', () => {
  it("prints the rule's page (rules/RULE.md)", async () => {
    const r = await run(['rules', 'require-concurrent-index']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# require-concurrent-index/);
    expect(r.stdout).toContain('CONCURRENTLY');
    const check = await run(['rules', 'dangerous-lock']);
    expect(check.stdout).toMatch(/^# dangerous-lock/);
  });

  it('a rule without a page (cluster-statement-skipped): its description, help and address', async () => {
    const r = await run(['rules', 'cluster-statement-skipped']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cluster-statement-skipped \(warning\): check did not run a statement/);
    expect(r.stdout).toContain('See https://github.com/migration-guard/migration-guard/blob/main/rules/cluster-statement-skipped.md');
  });

  it('rules --help exits 0; rules lists every rule', async () => {
    expect((await run(['rules', '--help'])).code).toBe(0);
    const list = await run(['rules']);
    expect(list.stdout).toMatch(/^parse-error +error +/m);
    expect(JSON.parse((await run(['rules', 'set-not-null', '--format', 'json'])).stdout)).toMatchObject({ id: 'set-not-null', severity: 'error' });
  });
});
