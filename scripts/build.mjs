// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with ncc, and copies
// libpg-query's WASM next to them (ncc does not pick it up).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const ncc = join(dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
const tmp = '.build';
rmSync(tmp, { recursive: true, force: true });
const bundle = (entry, out) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], { stdio: 'inherit' });
bundle('src/index.ts', `${tmp}/action`);
bundle('src/cli/index.ts', `${tmp}/cli`);

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
renameSync(`${tmp}/action/index.js`, 'dist/index.js');
renameSync(`${tmp}/cli/index.js`, 'dist/cli.js');
renameSync(`${tmp}/action/licenses.txt`, 'dist/licenses.txt');
writeFileSync('dist/package.json', '{\n  "type": "module"\n}\n');
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm/libpg-query.wasm');
copyFileSync(wasm, 'dist/libpg-query.wasm');
// Embedded PostgreSQL (PGlite) loads its runtime, initdb and data files next to the bundle.
const pglite = join(dirname(require.resolve('@electric-sql/pglite')), '.');
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) copyFileSync(join(pglite, asset), join('dist', asset));
// ncc (webpack) turns `await import("module")` of a Node built-in into a namespace shim that
// only copies properties of objects; node:module exports a function, so PGlite's
// `const { createRequire } = await import("module")` came out undefined. Use native import().
for (const bundle of ['dist/index.js', 'dist/cli.js']) {
  let code = readFileSync(bundle, 'utf8');
  const builtins = new Map();
  for (const m of code.matchAll(/\/\*\*\*\/ (\d+):\n\/\*\*\*\/ \(\(module\) => \{\n\nmodule\.exports = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("(node:[a-z_/]+)"\);/g)) {
    builtins.set(m[1], m[2]);
  }
  code = code.replace(
    /Promise\.resolve\(\/\* import\(\) \*\/\)\.then\(__nccwpck_require__\.t\.bind\(__nccwpck_require__, (\d+), 19\)\)/g,
    (whole, id) => (builtins.has(id) ? `import(${JSON.stringify(builtins.get(id))})` : whole),
  );
  writeFileSync(bundle, code);
}
const cli = readFileSync('dist/cli.js', 'utf8');
if (!cli.startsWith('#!')) writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`);
chmodSync('dist/cli.js', 0o755);
rmSync(tmp, { recursive: true, force: true });
