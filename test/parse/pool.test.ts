/**
 * Parsing on worker threads gives exactly what parsing in-process gives. The workers run the
 * built dist/parse-worker.js (committed, rebuilt by `npm run build`), as the bundles do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';
import { initParser, parsedToJson, parseSql, type ParsedSql, type SqlStatement } from '../../src/parse/parser.js';
import { parseAll } from '../../src/parse/pool.js';

const REPO = resolve(import.meta.dirname, '../..');
const WORKER = join(REPO, 'dist/parse-worker.js');
const CLI = join(REPO, 'dist/cli.js');

/** Texts that exercise every way a location is mapped to the file. */
const TRICKY = [
  'CREATE TABLE t (id bigint PRIMARY KEY, note text DEFAULT \'é\');\nCREATE INDEX i ON t (note);\n',
  "-- café\nALTER TABLE t ADD COLUMN x int NOT NULL DEFAULT 0;\n",
  "CREATE FUNCTION tag(x text) RETURNS text AS 'SELECT ''<'' || x || ''>'';' LANGUAGE sql;\n",
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n',
  `DO $$
DECLARE n int;
BEGIN
  PERFORM pg_sleep(0);
  SELECT count(*) INTO n FROM t;
  LOOP
    UPDATE t SET x = 1 WHERE id IN (SELECT id FROM t WHERE x = 0 LIMIT 100);
    EXIT WHEN NOT FOUND;
    COMMIT;
  END LOOP;
END $$;\n`,
  "DO E'BEGIN\\n  UPDATE t SET note = ''ü'';\\nEND';\n",
  'CREATE TABLE broken (id int,;\nCREATE TABLE fine (id int);\n',
  '',
  '   \n-- only a comment\n',
];

/** Every statement, depth first, with its parent as found in the tree. */
function* statements(parsed: ParsedSql): Generator<[SqlStatement, SqlStatement | undefined]> {
  function* each(s: SqlStatement, parent?: SqlStatement): Generator<[SqlStatement, SqlStatement | undefined]> {
    yield [s, parent];
    for (const n of s.nested) yield* each(n, s);
  }
  for (const s of parsed.statements) yield* each(s);
}

/** Every `location` in a tree. */
function locations(n: unknown, out: number[] = []): number[] {
  if (Array.isArray(n)) n.forEach((x) => locations(x, out));
  else if (n && typeof n === 'object') {
    for (const [k, v] of Object.entries(n)) {
      if (k === 'location' && typeof v === 'number') out.push(v);
      else locations(v, out);
    }
  }
  return out;
}

function expectSame(actual: ParsedSql[], expected: ParsedSql[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    expect(parsedToJson(a)).toBe(parsedToJson(e));
    const as = [...statements(a)];
    const es = [...statements(e)];
    as.forEach(([s, parent], k) => {
      const [t] = es[k]!;
      // The same file offset for every location, and the parent back-reference restored.
      expect(locations(s.node).map((l) => s.offsetOf(l))).toEqual(locations(t.node).map((l) => t.offsetOf(l)));
      expect(s.offsetOf(undefined)).toBe(t.offsetOf(undefined));
      expect(s.context.parent).toBe(parent);
    });
  });
}

let corpus: string[] = [];
let dir = '';

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error('dist/parse-worker.js is missing: run `npm run build` first');
  await initParser();
  dir = mkdtempSync(join(tmpdir(), 'mg-pool-'));
  generateCorpus(join(dir, 'migrations'), 120);
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  corpus = walk(join(dir, 'migrations')).sort().map((f) => readFileSync(f, 'utf8'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseAll', () => {
  it('parses on workers exactly as in-process: trees, locations mapped to the file, parents', async () => {
    const texts = [...TRICKY, ...corpus];
    const inProcess = texts.map(parseSql);
    expectSame(await parseAll(texts, { workers: 2, workerFile: WORKER }), inProcess);
    expectSame(await parseAll(texts, { workers: 0 }), inProcess);
    // Sanity: the inputs do reach every mapping (nested statements, non-ASCII, errors).
    expect(inProcess.some((p) => p.errors.length > 0)).toBe(true);
    expect(inProcess.flatMap((p) => [...statements(p)]).filter(([, parent]) => parent).length).toBeGreaterThan(50);
  });

  it('parses in-process when the worker script is missing, or when workers die or fail', async () => {
    const texts = [...TRICKY, ...corpus.slice(0, 60)];
    const expected = texts.map(parseSql);
    expectSame(await parseAll(texts, { workers: 2, workerFile: join(dir, 'no-such-worker.js') }), expected);

    const dies = join(dir, 'dies.mjs');
    writeFileSync(dies, 'process.exit(3);\n');
    expectSame(await parseAll(texts, { workers: 2, workerFile: dies }), expected);

    const fails = join(dir, 'fails.mjs');
    writeFileSync(
      fails,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => parentPort.postMessage({ error: 'boom' }));\nparentPort.postMessage({ ready: true });\n",
    );
    expectSame(await parseAll(texts, { workers: 2, workerFile: fails }), expected);
  });

  it('parses in-process unless workers are asked for', async () => {
    const texts = [...TRICKY, ...corpus.slice(0, 20)];
    // A worker that leaves a mark when it starts.
    const never = join(dir, 'never.mjs');
    const mark = join(dir, 'worker-started');
    writeFileSync(never, `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(mark)}, '');\n`);
    expectSame(await parseAll(texts, { workerFile: never }), texts.map(parseSql));
    expectSame(await parseAll(texts, { workers: 0, workerFile: never }), texts.map(parseSql));
    expect(existsSync(mark)).toBe(false);
    // (The mark works: a worker that is asked for leaves it.)
    expectSame(await parseAll(texts, { workers: 1, workerFile: never }), texts.map(parseSql));
    expect(existsSync(mark)).toBe(true);
  });
});

describe('MIGRATION_GUARD_WORKERS', () => {
  const lint = (workers: string) =>
    spawnSync(process.execPath, [CLI, 'lint', 'migrations', '--format', 'json', '--fail-on', 'never'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, MIGRATION_GUARD_WORKERS: workers },
    });

  it('the built CLI reports the same findings with and without workers', () => {
    const without = lint('0');
    const withWorkers = lint('2');
    expect(without.status).toBe(0);
    expect(withWorkers.status).toBe(0);
    expect(JSON.parse(without.stdout).findings.length).toBeGreaterThan(20);
    expect(withWorkers.stdout).toBe(without.stdout);
  });

  it('a value that is not a number is a usage error (exit 2), in one line', () => {
    const r = lint('many');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('migration-guard: error: MIGRATION_GUARD_WORKERS must be a whole number from 0 to 99 (got "many")\n');
  });
});
