/**
 * Flyway's configuration files: which one a directory has, and its settings as entries for
 * mapFlywayEntries. Discovery follows Flyway's CLI in the working directory (ConfigUtils:
 * `flyway.toml` with `flyway.user.toml` over it, `flyway.conf`, and `conf/flyway.conf` beside it)
 * and the node wrapper's `flyway.config.js` / `.cjs` / `.mjs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ConfigError } from '../../errors.js';
import { readFlywayConf } from './conf.js';
import { readFlywayJs } from './javascript.js';
import type { FlywayEntry } from './keys.js';
import { readFlywayToml } from './toml.js';

export type FlywayKind = 'flyway-toml' | 'flyway-conf' | 'flyway-js';
export type ConfigKind = 'migration-guard' | FlywayKind;

/** How a run names the kind of file it read: `config: flyway.toml (Flyway TOML)`. */
export const KIND_NAMES: Record<ConfigKind, string> = {
  'migration-guard': 'migration-guard YAML',
  'flyway-toml': 'Flyway TOML',
  'flyway-conf': 'Flyway properties',
  'flyway-js': 'Flyway node config',
};

/** Flyway's files, in the order they are looked for; the first found is read. */
export const FLYWAY_FILES: [string, FlywayKind][] = [
  ['flyway.toml', 'flyway-toml'],
  ['flyway.user.toml', 'flyway-toml'],
  ['flyway.conf', 'flyway-conf'],
  ['conf/flyway.conf', 'flyway-conf'],
  ['flyway.config.js', 'flyway-js'],
  ['flyway.config.cjs', 'flyway-js'],
  ['flyway.config.mjs', 'flyway-js'],
];

/** The kind of a file named by --config, from its name; anything else is a ConfigError. */
export function kindOfFile(file: string, shown: string): ConfigKind {
  if (/\.ya?ml$/i.test(file)) return 'migration-guard';
  if (/\.toml$/i.test(file)) return 'flyway-toml';
  if (/\.(conf|properties)$/i.test(file)) return 'flyway-conf';
  if (/\.[cm]?js$/i.test(file)) return 'flyway-js';
  throw new ConfigError('unknown kind of config file: name migration-guard.yml, flyway.toml, flyway.conf or flyway.config.js (by extension: .yml, .toml, .conf, .js)', shown);
}

export interface FoundFlywayFile {
  file: string;
  kind: FlywayKind;
  /** flyway.user.toml beside flyway.toml: read after it, its values win (absolute). */
  overrides?: string;
}

/** The Flyway files present in `dir`, in FLYWAY_FILES order (absolute paths); flyway.user.toml rides on flyway.toml. */
export function findFlywayFiles(dir: string): FoundFlywayFile[] {
  const found: FoundFlywayFile[] = FLYWAY_FILES.map(([name, kind]) => ({ file: resolve(dir, name), kind })).filter((f) => existsSync(f.file));
  const [first, second] = found;
  // By base name: ncc rewrites resolve(dir, '<a file name that exists in this repository>') into a
  // path inside the bundle, which never matched (scripts/build.mjs now refuses such a rewrite).
  if (first && second && basename(first.file) === 'flyway.toml' && basename(second.file) === 'flyway.user.toml') {
    return [{ ...first, overrides: second.file }, ...found.slice(2)];
  }
  return found;
}

export interface FlywayFileConfig {
  entries: FlywayEntry[];
  /** The environment the file's settings were read for, when the kind has environments. */
  environment?: string;
  warnings: string[];
  /** Why the file's url / user / password may be wrong (a ${NAME} not set): for a connection failure. */
  connectionNotes?: string[];
}

/** Reads one Flyway file of `kind` (and the TOML that overrides it); `shown` names a file in errors. */
export async function readFlywayFile(
  found: FoundFlywayFile,
  shown: (file: string) => string,
  env: NodeJS.ProcessEnv,
  environment?: string,
): Promise<FlywayFileConfig> {
  const { file, kind } = found;
  if (kind === 'flyway-js') return { ...(await readFlywayJs(file, shown(file), env, environment)), warnings: [] };
  const read = (f: string) => {
    try {
      return readFileSync(f, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read config: ${(e as Error).message}`, shown(f));
    }
  };
  if (kind === 'flyway-toml') {
    const texts = [file, ...(found.overrides ? [found.overrides] : [])].map((f) => ({ text: read(f), file: shown(f) }));
    return readFlywayToml(texts, shown(file), env, environment);
  }
  return readFlywayConf(read(file), env, shown(file));
}

export type { FlywayConnection } from './keys.js';
