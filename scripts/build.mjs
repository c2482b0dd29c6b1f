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
const cli = readFileSync('dist/cli.js', 'utf8');
if (!cli.startsWith('#!')) writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`);
chmodSync('dist/cli.js', 0o755);
rmSync(tmp, { recursive: true, force: true });
