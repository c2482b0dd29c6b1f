// npm run bench: side-by-side timings, printed as ratios. Never asserted in tests (timings on
// shared machines are noisy); each pair runs alternately in one process, median of N runs.
//
//   runner: `migration-guard migrate` vs `psql -v ON_ERROR_STOP=1 -1 -f` per file on the same
//           server, for a chain of 300 generated migrations (goal ≤ 1.15×; with --trace-locks ≤ 2×)
//   check:  `migration-guard check` on embedded PGlite for 100 migrations, start-up included
//           (goal ≤ 10 s); for 300 migrations with rollbacks, the time to its first line of
//           output (goal ≤ 1 s) and its peak RSS (goal ≤ 400 MB)
//   pr:     `migration-guard check --base` on PGlite for a PR of 10 migrations on 300 merged ones:
//           cold (--no-cache), first run (cold + saving the state), warm (state restored); ratios
//           to cold and peak RSS (goal for lint + check warm ≤ 0.25× cold)
//
//   lint:   `migration-guard lint DIR --format json --fail-on never` vs `squawk 'DIR/**/*.sql'`
//           on a generated corpus of ~4,000 files / ~4 MB (bench/corpus.mjs), whole processes,
//           alternating; wall-time ratios and our peak RSS: --no-cache (goal ≤ 2.0×), through
//           the lint cache (issue #16 §1) from empty, warm (goal ≤ 1.0×), with the last 10 or 10
//           spread migrations changed (each checked once against --no-cache's output); also
//           lint with 2 parser worker threads, and start-up alone (an empty directory)
//   startup: `migration-guard --version`, `--help` and lint of an empty directory vs `node -e 0`
//           (commands load what they need with import(): --version loads neither the parser nor lint)
//   walk:   readLocations (src/load/fs.ts, bundled with ncc) on the corpus, in-process, vs a bare
//           recursive readdir + readFileSync of the same files: what the boundary and loop checks
//           and the paths cost over the I/O itself
//   parser: libpg-query vs pgsql-ast-parser, in-process, on every statement of the corpus:
//           % parsed and time; and one cold pass of libpg-query over every file in a fresh
//           process (bench/parse-files.mjs): the floor for any linter built on it — through
//           libpg-query's JS wrapper and through our own glue to its WASM (src/parse/wasm.ts),
//           alternating: what the marshalling costs (#16 §3)
//
// Run only some parts: `npm run bench -- lint parser` (default: all). The runner and check
// parts need the built CLI (npm run build), psql, and a server: BENCH_DATABASE_URL or
// TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); lint, startup and
// parser need only the build; walk needs neither (it bundles src/load/fs.ts itself).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateChain } from './chain.mjs';
import { generateCorpus } from './corpus.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const server = new URL(process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'mg-bench-'));

const urlFor = (db) => Object.assign(new URL(server), { pathname: `/${db}` }).toString();
const admin = (sql) => execFileSync('psql', [server.toString(), '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: 'pipe' });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

function freshDb(name) {
  admin(`DROP DATABASE IF EXISTS ${name}`);
  admin(`CREATE DATABASE ${name}`);
  return urlFor(name);
}

function runnerBench() {
  const dir = generateChain(join(work, 'chain300', 'migrations'), 300);
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const results = { psql: [], migrate: [], traced: [] };
  for (let i = 0; i < RUNS; i++) {
    let url = freshDb('mg_bench_psql');
    results.psql.push(time(() => {
      for (const f of files) execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-f', join(dir, f)], { stdio: 'pipe' });
    }));
    url = freshDb('mg_bench_migrate');
    results.migrate.push(time(() => execFileSync(process.execPath, [cli, 'migrate', dir, '--database-url', url], { stdio: 'pipe' })));
    url = freshDb('mg_bench_traced');
    results.traced.push(time(() => execFileSync(process.execPath, [cli, 'migrate', dir, '--database-url', url, '--trace-locks'], { stdio: 'pipe' })));
  }
  for (const db of ['mg_bench_psql', 'mg_bench_migrate', 'mg_bench_traced']) admin(`DROP DATABASE IF EXISTS ${db}`);
  const psql = median(results.psql);
  return [
    ['psql -1 -f per file (300)', psql, 1, ''],
    ['migration-guard migrate (300)', median(results.migrate), median(results.migrate) / psql, '≤ 1.15×'],
    ['migrate --trace-locks (300)', median(results.traced), median(results.traced) / psql, '≤ 2×'],
  ];
}

function checkBench() {
  const dir = generateChain(join(work, 'chain100', 'migrations'), 100);
  const runs = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    runs.push(time(() => {
      try {
        execFileSync(process.execPath, [cli, 'check', dir, '--fail-on', 'never'], { stdio: 'pipe' });
      } catch (e) {
        throw new Error(`check failed: ${e.stderr}`);
      }
    }));
  }
  const rows = [['check on PGlite (100, incl. start-up)', median(runs), median(runs) / 10_000, '≤ 10 s (ratio to 10 s)']];
  // Issue #11: a 300-migration chain with rollbacks: when the first line reaches stderr, and peak RSS.
  const big = generateChain(join(work, 'chain300c', 'migrations'), 300);
  const first = [];
  const rss = [];
  const total = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const r = firstOutput(process.execPath, [cli, 'check', big, '--fail-on', 'never']);
    first.push(r.firstMs);
    rss.push(r.rssMb);
    total.push(r.totalMs);
  }
  rows.push(['check 300 with rollbacks on PGlite (whole run)', median(total), median(total) / 1000 / 60, 'no goal (ratio to 60 s)']);
  rows.push(['check 300 on PGlite: time to first output (ms)', median(first), median(first) / 1000, '≤ 1 s (ratio to 1 s)']);
  rows.push(['check 300 on PGlite: peak RSS (MB, in the ms column)', median(rss), median(rss) / 400, '≤ 400 MB (ratio to 400 MB)']);
  return rows;
}

/** Runs a process to its end: ms until its first byte on stderr or stdout, ms to its end, and its peak RSS (GNU time). */
function firstOutput(cmd, args) {
  const script = `
    const { spawn } = require('node:child_process');
    const t = process.hrtime.bigint();
    let first;
    const c = spawn(${JSON.stringify(hasGnuTime ? '/usr/bin/time' : cmd)}, ${JSON.stringify(hasGnuTime ? ['-f', '__PEAK_RSS_KB=%M', cmd, ...args] : args)});
    let err = '';
    const seen = () => { first ??= Number(process.hrtime.bigint() - t) / 1e6; };
    c.stdout.on('data', seen);
    c.stderr.on('data', (d) => { if (!String(d).startsWith('__PEAK')) seen(); err += d; });
    c.on('exit', () => { const m = /__PEAK_RSS_KB=(\\d+)/.exec(err); console.log(JSON.stringify({ firstMs: first, totalMs: Number(process.hrtime.bigint() - t) / 1e6, rssMb: m ? Number(m[1]) / 1024 : NaN })); });
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
}

/** The squawk binary from its npm platform package (the `squawk` wrapper only spawns it). */
function squawkBinary() {
  const require = createRequire(import.meta.url);
  const pkg = `@squawk-cli/${process.platform}-${process.arch}`;
  try {
    const bin = join(dirname(require.resolve(`${pkg}/package.json`)), 'bin', 'squawk');
    if (existsSync(bin)) return bin;
  } catch {
    // fall through
  }
  return join(dirname(require.resolve('squawk-cli/package.json')), 'js', 'bin', 'squawk');
}

const hasGnuTime = existsSync('/usr/bin/time');

/** Runs a whole process; wall time (ms) and peak RSS (MB, with GNU time). Exit codes in `ok` pass. */
function runProcess(cmd, args, { cwd, ok = [0], env }) {
  const argv = hasGnuTime ? ['/usr/bin/time', ['-f', '__PEAK_RSS_KB=%M', cmd, ...args]] : [cmd, args];
  const t = performance.now();
  const r = spawnSync(argv[0], argv[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const ms = performance.now() - t;
  if (r.error) throw r.error;
  if (!ok.includes(r.status ?? -1)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  if (!r.stdout.trim()) throw new Error(`${cmd} printed nothing`);
  const m = /__PEAK_RSS_KB=(\d+)/.exec(r.stderr ?? '');
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, stdout: r.stdout };
}

function corpusDir() {
  const dir = join(work, 'corpus', 'migrations');
  if (!existsSync(dir)) {
    const { files, bytes } = generateCorpus(dir);
    corpusInfo = `${files} files, ${(bytes / 1e6).toFixed(2)} MB`;
  }
  return dir;
}
let corpusInfo = '';
/** squawk's median time, when the lint part ran (the parser part relates its floor to it). */
let squawkMs = 0;

function lintBench() {
  const dir = corpusDir();
  const cwd = dirname(dir);
  const squawk = squawkBinary();
  const row = () => ({ ms: [], rss: [] });
  const r = { ours: row(), theirs: row(), workers: row(), empty: row(), saving: row(), warm: row(), last10: row(), spread10: row() };
  const push = (k, x) => (r[k].ms.push(x.ms), r[k].rss.push(x.rssMb));
  const emptyDir = join(work, 'empty');
  mkdirSync(join(emptyDir, 'migrations'), { recursive: true });
  let findings = { ours: 0, squawk: 0 };
  const lintArgs = [cli, 'lint', 'migrations', '--format', 'json', '--fail-on', 'never'];
  const cold = [...lintArgs, '--no-cache'];
  const cache = join(work, 'lint-cache');
  const cached = [...lintArgs, '--cache-dir', cache];
  // Issue #16 §1: ten files changed, as a pull request changes them: the last ten versioned
  // migrations, or ten spread over the history (the cache resumes before the first).
  const versioned = readdirSync(dir).filter((f) => f.startsWith('V')).sort();
  const last10 = versioned.slice(-10);
  const spread10 = versioned.filter((_, i) => i % Math.floor(versioned.length / 10) === 5).slice(0, 10);
  const originals = new Map([...last10, ...spread10].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const change = (files) => files.forEach((f) => writeFileSync(join(dir, f), `${originals.get(f)}\nALTER TABLE bench_changed ADD COLUMN c${f.length} int;\n`));
  const restore = () => originals.forEach((text, f) => writeFileSync(join(dir, f), text));
  // One warm-up of each (file cache), then alternate.
  for (let i = -1; i < RUNS; i++) {
    const a = runProcess(process.execPath, cold, { cwd });
    // squawk exits 1 when it reports findings; that is not a failure here.
    const b = runProcess(squawk, ['migrations/**/*.sql', '--reporter', 'json'], { cwd, ok: [0, 1] });
    // The same run parsing on two worker threads (by default only machines with 4+ CPUs use them).
    const c = runProcess(process.execPath, [...cold], { cwd, env: { MIGRATION_GUARD_WORKERS: '2' } });
    // Start-up alone: Node, the bundle and the parser's WASM, on an empty directory.
    const d = runProcess(process.execPath, cold, { cwd: emptyDir });
    // The lint cache: an empty one (cold + saving), then warm, then ten files changed.
    rmSync(cache, { recursive: true, force: true });
    const e = runProcess(process.execPath, cached, { cwd });
    const f = runProcess(process.execPath, cached, { cwd });
    change(last10);
    const g = runProcess(process.execPath, cached, { cwd });
    const gRef = i < 0 ? runProcess(process.execPath, cold, { cwd }) : undefined;
    restore();
    runProcess(process.execPath, cached, { cwd }); // warm again for the original history
    change(spread10);
    const h = runProcess(process.execPath, cached, { cwd });
    const hRef = i < 0 ? runProcess(process.execPath, cold, { cwd }) : undefined;
    restore();
    if (i < 0) {
      findings = { ours: JSON.parse(a.stdout).findings.length, squawk: JSON.parse(b.stdout).length };
      if (c.stdout !== a.stdout) throw new Error('lint with worker threads printed something else than without');
      if (e.stdout !== a.stdout || f.stdout !== a.stdout) throw new Error('lint through the cache printed something else than --no-cache');
      if (g.stdout !== gRef.stdout || h.stdout !== hRef.stdout) throw new Error('lint through the cache, ten files changed, printed something else than --no-cache');
      continue;
    }
    push('ours', a);
    push('theirs', b);
    push('workers', c);
    push('empty', d);
    push('saving', e);
    push('warm', f);
    push('last10', g);
    push('spread10', h);
  }
  const sq = median(r.theirs.ms);
  squawkMs = sq;
  const at = (k) => median(r[k].ms);
  const rss = (k) => `peak RSS ${Math.max(...r[k].rss).toFixed(0)} MB`;
  const peak = Math.max(...r.ours.rss);
  return [
    [`squawk lint (${findings.squawk} findings)`, sq, 1, `peak RSS ${median(r.theirs.rss).toFixed(0)} MB`],
    [`migration-guard lint --no-cache (${findings.ours} findings)`, at('ours'), at('ours') / sq, '≤ 2.0× squawk (cold)'],
    ['migration-guard lint, 2 parser workers', at('workers'), at('workers') / sq, rss('workers')],
    ['migration-guard lint, empty cache (cold + saving)', at('saving'), at('saving') / sq, rss('saving')],
    ['migration-guard lint, warm cache', at('warm'), at('warm') / sq, `≤ 1.0× squawk; ${rss('warm')}`],
    ['migration-guard lint, last 10 migrations changed', at('last10'), at('last10') / sq, rss('last10')],
    ['migration-guard lint, 10 changed across history', at('spread10'), at('spread10') / sq, rss('spread10')],
    ['migration-guard start-up (empty directory)', at('empty'), at('empty') / sq, 'Node + bundle + WASM'],
    ['migration-guard lint: peak RSS (MB)', peak, peak / 300, '≤ 300 MB (ratio to 300 MB)'],
  ];
}

function startupBench() {
  const emptyDir = join(work, 'empty');
  mkdirSync(join(emptyDir, 'migrations'), { recursive: true });
  const cases = [
    ['node -e 0', ['-e', 'console.log(0)']],
    ['migration-guard --version', [cli, '--version']],
    ['migration-guard --help', [cli, '--help']],
    ['migration-guard lint (empty directory)', [cli, 'lint', 'migrations', '--format', 'json', '--fail-on', 'never']],
  ];
  const ms = cases.map(() => []);
  const runs = Math.max(RUNS, 9);
  // One warm-up of each, then alternate.
  for (let i = -1; i < runs; i++) {
    cases.forEach(([, args], k) => {
      const r = runProcess(process.execPath, args, { cwd: emptyDir });
      if (i >= 0) ms[k].push(r.ms);
    });
  }
  const node = median(ms[0]);
  return cases.map(([name], k) => [`start-up: ${name}`, median(ms[k]), median(ms[k]) / node, k === 0 ? `median of ${runs}` : 'ratio to node -e 0']);
}

async function walkBench() {
  const dir = corpusDir();
  const cwd = dirname(dir);
  const out = join(work, 'walk');
  const ncc = join(dirname(createRequire(import.meta.url).resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
  execFileSync(process.execPath, [ncc, 'build', new URL('../src/load/fs.ts', import.meta.url).pathname, '-o', out, '-q'], { stdio: 'inherit' });
  const { readLocations } = await import(join(out, 'index.js'));
  // The floor: the same files found and read, with no boundary, loop or path bookkeeping.
  const bare = (d, acc) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) bare(full, acc);
      else if (e.name.endsWith('.sql')) acc.push(readFileSync(full));
    }
    return acc;
  };
  const runs = { ours: [], bare: [] };
  let files = 0;
  for (let i = -1; i < Math.max(RUNS, 7); i++) {
    const a = time(() => (files = readLocations([dir], { cwd, suffixes: ['.sql'], boundaryOf: () => cwd }).length));
    const b = time(() => bare(dir, []));
    if (i < 0) continue;
    runs.ours.push(a);
    runs.bare.push(b);
  }
  const floor = median(runs.bare);
  return [
    [`walk: readdir + readFileSync only (${files} files)`, floor, 1, 'in-process'],
    ['walk: readLocations (boundary, loops, paths)', median(runs.ours), median(runs.ours) / floor, 'ratio to the bare walk'],
  ];
}

async function parserBench() {
  const dir = corpusDir();
  const require = createRequire(import.meta.url);
  const { loadModule, parseSync } = await import('libpg-query');
  const { parse: astParse } = require('pgsql-ast-parser');
  await loadModule();
  // The corpus's statements, as PostgreSQL splits them (only files PostgreSQL parses whole).
  const statements = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.sql')) {
        const bytes = readFileSync(join(d, e.name));
        let stmts;
        try {
          stmts = parseSync(bytes.toString('utf8')).stmts ?? [];
        } catch {
          continue;
        }
        for (const s of stmts) {
          const from = s.stmt_location ?? 0;
          const to = s.stmt_len ? from + s.stmt_len : bytes.length;
          const text = bytes.subarray(from, to).toString('utf8').trim();
          if (text) statements.push(text);
        }
      }
    }
  };
  walk(dir);
  const measure = (fn) => {
    let parsed = 0;
    const t = performance.now();
    for (const s of statements) {
      try {
        fn(s);
        parsed++;
      } catch {
        // counted as not parsed
      }
    }
    return { ms: performance.now() - t, parsed };
  };
  const runs = { pg: [], ast: [] };
  let pgParsed = 0;
  let astParsed = 0;
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const a = measure((s) => parseSync(s));
    const b = measure((s) => astParse(s));
    runs.pg.push(a.ms);
    runs.ast.push(b.ms);
    pgParsed = a.parsed;
    astParsed = b.parsed;
  }
  const pg = median(runs.pg);
  const ast = median(runs.ast);
  const pct = (n) => `${((100 * n) / statements.length).toFixed(1)}% of ${statements.length} statements parsed`;
  // A cold pass over whole files in a fresh process: the floor for any linter on libpg-query.
  // And the same pass through our glue to the same WASM (src/parse/wasm.ts, bundled as the CLI
  // bundles it, the .wasm beside it): what the marshalling costs (#16 §3). Alternating.
  const glueDir = join(work, 'glue');
  const ncc = join(dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
  execFileSync(process.execPath, [ncc, 'build', new URL('../src/parse/wasm.ts', import.meta.url).pathname, '-o', glueDir, '-q'], { stdio: 'inherit' });
  copyFileSync(join(dirname(require.resolve('libpg-query/package.json')), 'wasm/libpg-query.wasm'), join(glueDir, 'libpg-query.wasm'));
  const parseFiles = new URL('./parse-files.mjs', import.meta.url).pathname;
  const cold = [];
  const coldGlue = [];
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    cold.push(JSON.parse(execFileSync(process.execPath, [parseFiles, dir], { encoding: 'utf8' })).parseMs);
    coldGlue.push(JSON.parse(execFileSync(process.execPath, [parseFiles, dir, join(glueDir, 'index.js')], { encoding: 'utf8' })).parseMs);
  }
  return [
    ['parser: our glue to the same WASM, each file once, cold', median(coldGlue), median(coldGlue) / median(cold), "ratio to libpg-query's wrapper (the marshalling, #16 §3)"],
    [
      'parser: libpg-query, each file once, cold',
      median(cold),
      median(cold) / pg,
      `parse only, no linting${squawkMs ? `: ${(median(cold) / squawkMs).toFixed(2)}× squawk's whole lint` : ''}`,
    ],
    ['parser: libpg-query (in-process)', pg, 1, pct(pgParsed)],
    ['parser: pgsql-ast-parser (in-process)', ast, ast / pg, pct(astParsed)],
  ];
}

/**
 * Issue #16 §2: a PR of 10 new migrations on 300 merged ones (git base = HEAD), `check --base` on
 * PGlite, whole processes: cold (--no-cache), the first run on an empty cache (cold + saving the
 * state) and warm (the state restored), alternating; wall time and peak RSS.
 */
function prBench() {
  const root = join(work, 'pr');
  const dir = generateChain(join(root, 'migrations'), 310);
  const later = readdirSync(dir).filter((f) => /^V03(0[1-9]|10)__/.test(f));
  const git = (...args) => execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  for (const f of later) git('rm', '-q', '--cached', join('migrations', f), join('migrations', 'rollback', f.replace(/__.*/, '__rollback.sql')));
  git('commit', '-qm', 'base: 300 migrations');
  const args = [cli, 'check', 'migrations', '--base', 'HEAD', '--fail-on', 'never', '--format', 'json'];
  const r = { cold: { ms: [], rss: [] }, save: { ms: [], rss: [] }, warm: { ms: [], rss: [] } };
  const cache = join(work, 'pr-cache');
  const push = (k, x) => (r[k].ms.push(x.ms), r[k].rss.push(x.rssMb));
  const env = { MIGRATION_GUARD_CACHE_DIR: cache };
  // A warm-up: the cached fresh data directory (pglite-template.ts), which every run uses, is made once.
  runProcess(process.execPath, [...args, '--no-cache'], { cwd: root, env });
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    for (const f of readdirSync(cache)) if (f.startsWith('check-')) rmSync(join(cache, f));
    push('cold', runProcess(process.execPath, [...args, '--no-cache'], { cwd: root, env }));
    const saved = runProcess(process.execPath, args, { cwd: root, env });
    if (JSON.parse(saved.stdout).cache?.[0]?.status !== 'saved') throw new Error('the first run did not save the state');
    push('save', saved);
    const warm = runProcess(process.execPath, args, { cwd: root, env });
    if (JSON.parse(warm.stdout).cache?.[0]?.status !== 'restored') throw new Error('the warm run did not restore the state');
    push('warm', warm);
  }
  const cold = median(r.cold.ms);
  const mb = (k) => `peak RSS ${median(r[k].rss).toFixed(0)} MB`;
  return [
    ['PR check 300+10 on PGlite, cold (--no-cache)', cold, 1, mb('cold')],
    ['PR check, first run: cold + state saved', median(r.save.ms), median(r.save.ms) / cold, mb('save')],
    ['PR check, warm: state restored', median(r.warm.ms), median(r.warm.ms) / cold, `${mb('warm')}; goal (lint + check) ≤ 0.25× cold`],
  ];
}

const PARTS = ['runner', 'check', 'pr', 'lint', 'startup', 'walk', 'parser'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const w of wanted) if (!PARTS.includes(w)) throw new Error(`unknown part ${w}; choose from ${PARTS.join(', ')}`);
const parts = wanted.length ? wanted : PARTS;

try {
  const rows = [];
  if (parts.includes('runner')) rows.push(...runnerBench());
  if (parts.includes('check')) rows.push(...checkBench());
  if (parts.includes('pr')) rows.push(...prBench());
  if (parts.includes('lint')) rows.push(...lintBench());
  if (parts.includes('startup')) rows.push(...startupBench());
  if (parts.includes('walk')) rows.push(...(await walkBench()));
  if (parts.includes('parser')) rows.push(...(await parserBench()));
  const notes = [`median of ${RUNS} runs`];
  if (parts.includes('check') || parts.includes('pr')) notes.push(`check, pr: ${Math.min(RUNS, 3)}`);
  if (parts.includes('parser')) notes.push(`parser: ${Math.min(RUNS, 3)}`);
  if (parts.includes('runner') || parts.includes('check')) notes.push(`server ${server.host}`);
  if (corpusInfo) notes.push(`corpus ${corpusInfo}`);
  console.log(`${notes.join(', ')}\n`);
  const width = Math.max(46, ...rows.map(([name]) => name.length));
  console.log(`${'benchmark'.padEnd(width)} ${'ms'.padStart(9)} ${'ratio'.padStart(7)}  goal`);
  for (const [name, ms, ratio, goal] of rows) {
    console.log(`${name.padEnd(width)} ${ms.toFixed(0).padStart(9)} ${ratio.toFixed(2).padStart(6)}×  ${goal}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
