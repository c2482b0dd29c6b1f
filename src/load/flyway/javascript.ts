/**
 * flyway.config.js / .cjs / .mjs, the configuration of the node Flyway wrapper (node-flywaydb):
 * `module.exports = { flywayArgs: { url, schemas, locations, placeholders: {…}, … },
 * environments: { development: {…}, production: {…} } }` (the shape of our guide, §2.1), or the
 * same object as an ES module's default export. Loaded as ESLint loads eslint.config.js: a dynamic
 * import of the file's URL (with its modification time, so an edited file is read again), with
 * `process.env` being the user's environment. `environments[NAME]` overrides `flywayArgs`.
 */
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../../errors.js';
import type { FlywayEntry } from './keys.js';

export interface FlywayJsConfig {
  entries: FlywayEntry[];
  /** The environment whose overrides were applied (undefined: none requested and none configured). */
  environment?: string;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);

let loads = 0;

/**
 * Imports `path` (absolute) and reads its settings for `requested` (--environment), else
 * `flywayArgs.environment`, else NODE_ENV, else "development" when the file defines that
 * environment. An error thrown by the file, or an export that is not an object, is a ConfigError
 * naming `shown` (and the line:column in it when the error's stack says).
 */
export async function readFlywayJs(path: string, shown: string, env: NodeJS.ProcessEnv, requested?: string): Promise<FlywayJsConfig> {
  const url = `${pathToFileURL(path).href}?mtime=${statSync(path).mtimeMs}&load=${++loads}`;
  const saved = process.env;
  let exported: unknown;
  try {
    if (env !== saved) process.env = env;
    // webpackIgnore: the bundled CLI (ncc) must keep a real import() of the user's file.
    const mod = (await import(/* webpackIgnore: true */ url)) as { default?: unknown };
    exported = await (mod.default ?? mod);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    // The stack names the file by URL (ES module) or by path (CommonJS).
    const at = new RegExp(`(?:${escape(pathToFileURL(path).href)}|${escape(path)})(?:\\?[^:\\s)]*)?:(\\d+):(\\d+)`).exec(err.stack ?? '');
    throw new ConfigError(`loading it failed: ${err.message.split('\n')[0]}`, shown, at ? Number(at[1]) : undefined, at ? Number(at[2]) : undefined);
  } finally {
    process.env = saved;
  }
  if (!isTable(exported)) throw new ConfigError('must export an object ({ flywayArgs: {…}, environments: {…} })', shown);

  const entries: FlywayEntry[] = [];
  const args = exported['flywayArgs'] ?? {};
  if (!isTable(args)) throw new ConfigError('flywayArgs must be an object', shown);
  for (const [key, value] of Object.entries(args)) entries.push({ key, label: `flywayArgs.${key}`, value });

  const environments = exported['environments'] ?? {};
  if (!isTable(environments)) throw new ConfigError('environments must be an object of NAME: {…}', shown);
  const named = typeof args['environment'] === 'string' ? args['environment'] : undefined;
  const environment = requested ?? named ?? env['NODE_ENV'] ?? (environments['development'] ? 'development' : undefined);
  const chosen = environment === undefined ? undefined : environments[environment];
  if (chosen === undefined && requested !== undefined && Object.keys(environments).length > 0) {
    throw new ConfigError(`unknown environment "${requested}" (configured: ${Object.keys(environments).join(', ')})`, shown);
  }
  if (chosen !== undefined) {
    if (!isTable(chosen)) throw new ConfigError(`environments.${environment} must be an object`, shown);
    for (const [key, value] of Object.entries(chosen)) entries.push({ key, label: `environments.${environment}.${key}`, value });
  }
  for (const key of Object.keys(exported)) {
    if (key !== 'flywayArgs' && key !== 'environments') entries.push({ key: `(top) ${key}`, label: key, value: exported[key] });
  }
  return { entries, environment };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
