/**
 * The contrib extensions embedded PostgreSQL (PGlite) ships, each a tarball beside its runtime
 * (`<name>.tar.gz` in @electric-sql/pglite's dist; the build copies them to dist/pglite-ext/).
 * A PGlite instance can only CREATE EXTENSION what it was started with, and every extension
 * started with costs start-up time, so `check` and `pglite:DIR` start it with the extensions the
 * migrations ask for (CREATE EXTENSION anywhere in them), and what PGlite does not ship is named.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Project } from '../model/project.js';
import { eachStatement } from '../model/statements.js';

/**
 * Extensions whose control file `requires` another (contrib/earthdistance/earthdistance.control:
 * requires = 'cube'); CREATE EXTENSION … CASCADE needs the other one loaded too.
 */
const REQUIRES: Record<string, string[]> = { earthdistance: ['cube'] };

let dir: string | null | undefined;

/** Where the tarballs are: beside the bundle, else in the installed package; null when neither has them. */
export function extensionDir(): string | null {
  if (dir !== undefined) return dir;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'pglite-ext')];
  try {
    candidates.push(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
  } catch {
    /* a bundle without node_modules: only its own copy */
  }
  dir = candidates.find((d) => existsSync(join(d, 'pgcrypto.tar.gz'))) ?? null;
  return dir;
}

/** Names of the extensions PGlite ships (from the tarballs present), sorted. */
export function bundledExtensions(): string[] {
  const d = extensionDir();
  if (!d) return [];
  return readdirSync(d)
    .filter((f) => f.endsWith('.tar.gz'))
    .map((f) => f.slice(0, -'.tar.gz'.length))
    .sort();
}

/** PGlite's `extensions` option for these names (unknown names are left out), with what they require. */
export function pgliteExtensions(names: Iterable<string>): Record<string, { name: string; setup: () => Promise<{ bundlePath: URL }> }> {
  const d = extensionDir();
  const shipped = new Set(bundledExtensions());
  const out: Record<string, { name: string; setup: () => Promise<{ bundlePath: URL }> }> = {};
  const add = (name: string) => {
    if (!d || !shipped.has(name) || out[name]) return;
    const bundlePath = pathToFileURL(join(d, `${name}.tar.gz`));
    out[name] = { name, setup: async () => ({ bundlePath }) };
    for (const r of REQUIRES[name] ?? []) add(r);
  };
  for (const n of names) add(n);
  return out;
}

/** Extensions a project's files create (CREATE EXTENSION, also inside DO blocks; rollbacks too). */
export function requestedExtensions(project: Project): Set<string> {
  const names = new Set<string>();
  eachStatement(project.files, (s) => {
    if (s.kind === 'CreateExtensionStmt' && typeof s.node['extname'] === 'string') names.add(s.node['extname']);
  });
  return names;
}
