/**
 * Thousands of files, some of them garbage: every input gives findings or a clear error,
 * never a crash.
 */
import { describe, expect, it } from 'vitest';
import { runLint } from '../src/commands/lint.js';
import { tmpProject } from './helpers/tmp.js';

/** Deterministic garbage bytes (a linear congruential generator), so a failure reproduces. */
function garbage(seed: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function corpus(n: number): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const kinds = [
    (i: number) => `BEGIN;\nCREATE TABLE t${i} (id bigint PRIMARY KEY, v text);\nCREATE INDEX t${i}_v ON t${i} (v);\nCOMMIT;\n`,
    (i: number) => `BEGIN;\nUPDATE t${i - 1} SET v = 'x' WHERE id BETWEEN 1 AND 1000;\nCOMMIT;\n`,
    (i: number) => `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM t${i - 2}) THEN RAISE NOTICE 'empty'; END IF; END $$;\n`,
    (i: number) => garbage(i, 200),
    () => `SELECT 'unterminated;\n`,
    () => `CREATE TABLE (;\n`,
    () => '',
    () => `SELECT ${'('.repeat(2000)}1${')'.repeat(2000)};\n`,
    (i: number) => `CREATE TABLE "${'x'.repeat(300)}${i}" (id int);\n`,
    () => '\uFEFFBEGIN;\r\nSELECT 1;\r\nCOMMIT;\r\n',
  ];
  for (let i = 1; i <= n; i++) files[`migrations/V${i}__m${i}.sql`] = kinds[i % kinds.length]!(i);
  return files;
}

describe('a directory of thousands of migrations', () => {
  it('lints every file without crashing', async () => {
    const dir = tmpProject(corpus(2000));
    const result = await runLint({ cwd: dir, paths: [] });
    expect(result.summary.files).toBe(2000);
    const byFile = new Map<string, string[]>();
    for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f.rule]);
    // every garbage file is reported, at a real position
    for (let i = 1; i <= 2000; i++) {
      const kind = i % 10;
      const rules = byFile.get(`migrations/V${i}__m${i}.sql`) ?? [];
      if (kind === 4 || kind === 5) expect(rules, `V${i}`).toContain('parse-error');
      if (kind === 6) expect(rules, `V${i}`).toContain('empty-migration');
      expect(rules, `V${i}`).toContain('rollback-missing');
    }
    for (const f of result.findings) {
      expect(f.line).toBeGreaterThan(0);
      expect(f.column).toBeGreaterThan(0);
    }
  });
});
