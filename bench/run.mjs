// npm run bench: side-by-side timings, printed as ratios. Never asserted in tests (timings on
// shared machines are noisy); each pair runs alternately in one process, median of N runs.
//
//   runner: `migration-guard migrate` vs `psql -v ON_ERROR_STOP=1 -1 -f` per file on the same
//           server, for a chain of 300 generated migrations (goal ≤ 1.15×; with --trace-locks ≤ 2×)
//   check:  `migration-guard check` on embedded PGlite for 100 migrations, start-up included
//           (goal ≤ 10 s)
//
// Needs the built CLI (npm run build), psql, and a server: BENCH_DATABASE_URL or
// TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateChain } from './chain.mjs';

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
  return [['check on PGlite (100, incl. start-up)', median(runs), median(runs) / 10_000, '≤ 10 s (ratio to 10 s)']];
}

try {
  const rows = [...runnerBench(), ...checkBench()];
  console.log(`median of ${RUNS} runs (check: ${Math.min(RUNS, 3)}), server ${server.host}\n`);
  console.log(`${'benchmark'.padEnd(40)} ${'ms'.padStart(9)} ${'ratio'.padStart(7)}  goal`);
  for (const [name, ms, ratio, goal] of rows) {
    console.log(`${name.padEnd(40)} ${ms.toFixed(0).padStart(9)} ${ratio.toFixed(2).padStart(6)}×  ${goal}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
