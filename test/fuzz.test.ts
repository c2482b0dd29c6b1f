/**
 * Property-based tests (fast-check): random mutations of valid migrations never crash or hang
 * the linter; every run prints valid JSON whose findings all name a rule, a severity, the file,
 * a position (line and column ≥ 1), a message and help.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

const VALID = [
  'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, "Quoted Name" int);\nCOMMIT;\n',
  'CREATE INDEX CONCURRENTLY users_email ON users (email);\n',
  "BEGIN;\nALTER TABLE users ADD COLUMN note text DEFAULT 'x';\nUPDATE users SET note = E'it\\'s' WHERE id < 100;\nCOMMIT;\n",
  "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM users) THEN\n    RAISE NOTICE 'empty';\n  END IF;\nEND $$;\n",
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpgsql AS $fn$\nBEGIN\n  RETURN a + 1; -- one\nEND;\n$fn$;\n',
  "BEGIN;\n/* block /* nested */ comment */\nCREATE TYPE mood AS ENUM ('sad', 'ok');\nCOMMIT;\n",
  'CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n',
];

/** A mutation of a valid migration. */
const mutated: fc.Arbitrary<string | Uint8Array> = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
        fc.record({
          op: fc.constant('insert' as const),
          at: fc.nat(),
          text: fc.oneof(
            fc.constantFrom("'", '"', '$$', '$x$', '/*', '*/', '--', '(', ')', ';', 'E\'\\', 'BEGIN', 'END', '\r\n', '\r', '\uFEFF', '\0', '${p}'),
            fc.string({ unit: 'binary', maxLength: 8 }),
            fc.integer({ min: 100, max: 5000 }).map((n) => 'x'.repeat(n)),
            fc.integer({ min: 10, max: 3000 }).map((n) => `${'('.repeat(n)}1${')'.repeat(n)}`),
            fc.integer({ min: 10, max: 500 }).map((n) => `${'/*'.repeat(n)}`),
          ),
        }),
        fc.record({ op: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
        fc.record({ op: fc.constant('crlf' as const), at: fc.nat() }),
        fc.record({ op: fc.constant('bom' as const), at: fc.nat() }),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([base, edits]) => {
    let bytes = Buffer.from(base);
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % (bytes.length + 1);
      if (e.op === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.len)]);
      else if (e.op === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.text), bytes.subarray(at)]);
      else if (e.op === 'bytes') bytes = Buffer.concat([bytes.subarray(0, at), e.bytes, bytes.subarray(at)]);
      else if (e.op === 'crlf') bytes = Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
      else bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    }
    return new Uint8Array(bytes);
  });

/** A small project around the file; removed after the test file. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-fuzz-'));
  dirs.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

interface Report {
  findings: Array<Record<string, unknown>>;
  summary: { errors: number; warnings: number; files: number; migrations: number };
}

function expectValidReport(stdout: string, files: string[]): Report {
  const report = JSON.parse(stdout) as Report;
  for (const f of report.findings) {
    expect(typeof f['rule']).toBe('string');
    expect(['error', 'warning']).toContain(f['severity']);
    expect(files).toContain(f['file']);
    expect(Number.isInteger(f['line']) && (f['line'] as number) >= 1).toBe(true);
    expect(Number.isInteger(f['column']) && (f['column'] as number) >= 1).toBe(true);
    expect(typeof f['message'] === 'string' && f['message'] !== '').toBe(true);
    expect(typeof f['help'] === 'string' && f['help'] !== '').toBe(true);
  }
  expect(report.summary.errors + report.summary.warnings).toBe(report.findings.length);
  return report;
}

async function lintInProcess(cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['lint', '--format', 'json'], { cwd, env: {}, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe('mutated migrations (in process)', () => {
  it('never crash: valid JSON findings at real positions, exit 0 or 1', { timeout: 40_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutated, mutated, async (a, b) => {
        const dir = project({ 'migrations/V1__a.sql': a, 'migrations/R__b.sql': b, 'migrations/rollback/V1__rollback.sql': b });
        const r = await lintInProcess(dir);
        expect(r.stderr).toBe('');
        expect([0, 1]).toContain(r.code);
        const report = expectValidReport(r.stdout, ['migrations/V1__a.sql', 'migrations/R__b.sql', 'migrations/rollback/V1__rollback.sql']);
        expect(report.summary.files).toBe(3);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('NUL bytes and invalid UTF-8 in a mutation are always reported as parse errors in its file', { timeout: 40_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (a) => {
        const dir = project({ 'migrations/V1__a.sql': a, 'migrations/rollback/V1__rollback.sql': 'SELECT 1;\n' });
        const r = await lintInProcess(dir);
        const report = expectValidReport(r.stdout, ['migrations/V1__a.sql', 'migrations/rollback/V1__rollback.sql']);
        const text = Buffer.from(a).toString('utf8');
        // NUL bytes and invalid UTF-8 are always findings
        if (text.includes('\0') || text.includes('\uFFFD')) {
          expect(report.findings.some((f) => f['rule'] === 'parse-error' && f['file'] === 'migrations/V1__a.sql')).toBe(true);
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe('mutated migrations (the built CLI as a process)', () => {
  const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
  it('prints valid JSON or one error line, never a stack trace', { timeout: 40_000 }, () => {
    fc.assert(
      fc.property(fc.array(mutated, { minLength: 1, maxLength: 4 }), (files) => {
        const rels = files.map((_, i) => `migrations/V${i + 1}__m.sql`);
        const dir = project(Object.fromEntries(files.map((f, i) => [rels[i]!, f])));
        const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
        expect(r.signal).toBeNull();
        expect(r.stderr).toBe('');
        expect([0, 1]).toContain(r.status);
        expectValidReport(r.stdout, rels);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 12, seed: 7 },
    );
  });
});
