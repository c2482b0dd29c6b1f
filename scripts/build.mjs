// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with ncc, and copies
// libpg-query's WASM next to them (ncc does not pick it up).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const ncc = join(dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
// Each build works in directories of its own (.build/run-<pid>-<random>; dist/ is assembled in
// its dist/, then swapped in): two builds at once (an editor's watcher and a terminal)
// used to share .build/, and one deleted the other's bundles under it (ENOENT on rename).
// A build that was killed (Ctrl-C, a CI timeout) leaves its directory behind (~100 MB): those
// whose build process is gone are cleared first. The directory's name carries its build's pid.
mkdirSync('.build', { recursive: true });
for (const name of readdirSync('.build')) {
  const pid = Number(/^run-(\d+)-/.exec(name)?.[1]);
  if (pid && pid !== process.pid && isAlive(pid)) continue;
  rmSync(join('.build', name), { recursive: true, force: true });
}
const tmp = mkdtempSync(`.build/run-${process.pid}-`);
const out = `${tmp}/dist`;
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM'; // alive, another user's
  }
}
const bundle = (entry, out) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], { stdio: 'inherit' });
try {
  bundle('src/index.ts', `${tmp}/action`);
  bundle('src/cli/index.ts', `${tmp}/cli`);
  bundle('src/parse/worker.ts', `${tmp}/worker`);
} catch {
  // ncc printed the errors; leave neither a half-built directory nor a stack trace behind. dist/ is untouched.
  rmSync(tmp, { recursive: true, force: true });
  console.error('build failed: see the errors above (dist/ was left as it was)');
  process.exit(1);
}

mkdirSync(out);
renameSync(`${tmp}/action/index.js`, `${out}/index.js`);
renameSync(`${tmp}/cli/index.js`, `${out}/cli.js`);
renameSync(`${tmp}/worker/index.js`, `${out}/parse-worker.js`);
renameSync(`${tmp}/action/licenses.txt`, `${out}/licenses.txt`);
// The npm package ships the CLI, so it carries the CLI bundle's licences. ncc lists only the
// packages whose package.json it reads while bundling; the ones it misses, and the ones whose
// assets are copied beside the bundle below (libpg-query's WASM, PGlite's runtime and
// extensions, with PostgreSQL inside both), are added with their own LICENSE files.
{
  let text = readFileSync(`${tmp}/cli/licenses.txt`, 'utf8');
  for (const name of ['libpg-query', '@electric-sql/pglite', 'yaml', 'smol-toml', 'properties-file']) {
    if (text.split('\n').includes(name)) continue;
    const dir = join('node_modules', name); // some (smol-toml) export no ./package.json
    const license = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).license;
    text += `\n${name}\n${license}\n${readFileSync(join(dir, 'LICENSE'), 'utf8').trim()}\n`;
  }
  text += `\nPostgreSQL (its parser inside libpg-query's WASM, its server inside PGlite's)\nPostgreSQL\n${readFileSync('scripts/licenses/postgresql.txt', 'utf8').trim()}\n`;
  writeFileSync(`${out}/cli-licenses.txt`, text);
}
// Modules loaded with import() (pg, PGlite: `lint` never loads them) are emitted as chunks named
// "<id>.index.js" next to each bundle. Both bundles share dist/, so the CLI's are renamed
// "<id>.cli.js" (and the CLI's chunk loader patched to match) to keep equal ids apart.
const chunks = (dir) => readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f));
for (const f of chunks(`${tmp}/action`)) renameSync(`${tmp}/action/${f}`, `${out}/${f}`);
for (const f of chunks(`${tmp}/cli`)) renameSync(`${tmp}/cli/${f}`, `${out}/${f.replace(/\.index\.js$/, '.cli.js')}`);
{
  const code = readFileSync(`${out}/cli.js`, 'utf8');
  const loader = 'return "" + chunkId + ".index.js";';
  const found = code.split(loader).length - 1;
  if (found > 1) throw new Error('build: more than one chunk loader in the CLI bundle');
  if (found === 1) writeFileSync(`${out}/cli.js`, code.replace(loader, 'return "" + chunkId + ".cli.js";'));
}
writeFileSync(`${out}/package.json`, '{\n  "type": "module"\n}\n');
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm/libpg-query.wasm');
copyFileSync(wasm, `${out}/libpg-query.wasm`);
// Embedded PostgreSQL (PGlite) loads its runtime, initdb and data files next to the bundle.
const pglite = join(dirname(require.resolve('@electric-sql/pglite')), '.');
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) copyFileSync(join(pglite, asset), join(out, asset));
// Its contrib extensions, loaded when a migration asks for one (src/db/extensions.ts).
mkdirSync(`${out}/pglite-ext`, { recursive: true });
for (const f of readdirSync(pglite).filter((f) => f.endsWith('.tar.gz'))) copyFileSync(join(pglite, f), join(out, 'pglite-ext', f));
// ncc (webpack) turns `await import("module")` of a Node built-in into a namespace shim that
// only copies properties of objects; node:module exports a function, so PGlite's
// `const { createRequire } = await import("module")` came out undefined, and so did the
// `Writable` class of its `await import("stream")` (extension bundles). Use native import().
// A bundle and its chunks share module ids; inside a chunk the require function is called
// __webpack_require__.
for (const [main, chunkSuffix] of [['index.js', '.index.js'], ['cli.js', '.cli.js']]) {
  const family = [main, ...readdirSync(out).filter((f) => /^\d+\./.test(f) && f.endsWith(chunkSuffix))];
  const builtins = new Map();
  for (const f of family) {
    for (const m of readFileSync(`${out}/${f}`, 'utf8').matchAll(/\/\*\*\*\/ (\d+):\n\/\*\*\*\/ \(\(module\) => \{\n\nmodule\.exports = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("((?:node:)?[a-z_/]+)"\);/g)) {
      builtins.set(m[1], m[2]);
    }
  }
  for (const f of family) {
    const code = readFileSync(`${out}/${f}`, 'utf8');
    const patched = code.replace(
      /Promise\.resolve\(\/\* import\(\) \*\/\)\.then\((__nccwpck_require__|__webpack_require__)\.t\.bind\(\1, (\d+), 19\)\)/g,
      (whole, _req, id) => (builtins.has(id) ? `import(${JSON.stringify(builtins.get(id))})` : whole),
    );
    if (patched !== code) writeFileSync(`${out}/${f}`, patched);
  }
}
// ncc turns path.resolve(dir, 'name') into a path inside the bundle when a file of that name
// exists in the repository (asset relocation): the code then looks in the wrong place. Refuse it.
for (const f of readdirSync(out).filter((f) => f.endsWith('.js'))) {
  const at = readFileSync(`${out}/${f}`, 'utf8').indexOf('__nccwpck_require__.ab + "');
  if (at >= 0) {
    console.error(`build failed: ncc relocated a path in dist/${f} (near offset ${at}); build the path from a variable instead`);
    rmSync(tmp, { recursive: true, force: true });
    process.exit(1);
  }
}
const cli = readFileSync(`${out}/cli.js`, 'utf8');
if (!cli.startsWith('#!')) writeFileSync(`${out}/cli.js`, `#!/usr/bin/env node\n${cli}`);
chmodSync(`${out}/cli.js`, 0o755);
// The finished dist/ replaces the old one. A build finishing at the same moment may put its own
// (the same files) in between: then this one's is moved in after removing that.
for (let attempt = 0; ; attempt++) {
  rmSync('dist', { recursive: true, force: true });
  try {
    renameSync(out, 'dist');
    break;
  } catch (e) {
    if (attempt >= 5 || !['ENOTEMPTY', 'EEXIST'].includes(e.code)) throw e;
  }
}
rmSync(tmp, { recursive: true, force: true });
