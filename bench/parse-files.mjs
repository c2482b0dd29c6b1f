// One cold pass of libpg-query over every .sql file of a directory, in a fresh process: what any
// linter built on libpg-query pays before it looks at a single tree. Prints JSON:
// { startMs: loading the module and its WASM, parseMs: parsing every file once, files }.
// With GLUE (src/parse/wasm.ts bundled by bench/run.mjs), the same pass through our own glue to
// the same WASM instead of libpg-query's JS wrapper: the difference is the marshalling (#16 §3).
//
//   node bench/parse-files.mjs DIR [GLUE]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const glue = process.argv[3];
let parseSync;
if (glue) {
  // Emscripten's loader finds its .wasm beside __dirname, which ES modules lack (src/wasm-location.ts).
  globalThis.__dirname = dirname(glue);
  const m = await import(glue);
  await m.loadParserModule();
  parseSync = m.parseQuery;
} else {
  const m = await import('libpg-query');
  await m.loadModule();
  parseSync = m.parseSync;
}
const t1 = performance.now();
const texts = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(d, e.name));
    else if (e.name.endsWith('.sql')) texts.push(readFileSync(join(d, e.name), 'utf8'));
  }
};
walk(process.argv[2]);
const t2 = performance.now();
for (const t of texts) {
  if (!/\S/.test(t)) continue;
  try {
    parseSync(t);
  } catch {
    // a file PostgreSQL rejects still costs its parse
  }
}
const t3 = performance.now();
console.log(JSON.stringify({ startMs: t1 - t0, parseMs: t3 - t2, files: texts.length }));
