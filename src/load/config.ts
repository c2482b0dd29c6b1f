/**
 * The configuration: migration-guard.yml (where migrations live, how rollbacks are named,
 * placeholders, the transaction convention, rule severities and per-environment overrides) over
 * Flyway's own configuration (flyway.toml, flyway.conf, flyway.config.js: src/load/flyway/), under
 * FLYWAY_* environment variables. Precedence: CLI flags > environment > migration-guard.yml >
 * Flyway config > defaults. Unknown keys (all of them, each with a suggestion), wrong types and
 * paths that leave the repository are errors (exit 2) naming file:line:column.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { maskUrl } from '../db/url.js';
import { ConfigError } from '../errors.js';
import { applyYaml, parseYaml } from './config-yaml.js';
import { findFlywayFiles, kindOfFile, KIND_NAMES, type FlywayConnection, type FoundFlywayFile } from './flyway/index.js';
import { applyLayer, connectionUrl, flywayArgsLayer, flywayEnvLayer, flywayFileLayer } from './flyway/layer.js';
import { isInside, realPathOf } from './fs.js';
import { FLYWAY_ROLLBACK_PATTERN } from './naming.js';
import { DEFAULTS, type Config, type ConfigSource, type Settings } from './settings.js';

export { DEFAULTS };
export type { Config, ConfigSource, Settings };
export { didYouMean } from './config-yaml.js';

export const CONFIG_FILES = ['migration-guard.yml', 'migration-guard.yaml'];

export interface LoadConfigOptions {
  cwd: string;
  /** --config FILE (migration-guard.yml, flyway.toml, flyway.conf or flyway.config.js); an explicit file must exist. */
  configPath?: string;
  /** --environment NAME. */
  environment?: string;
  knownRules: string[];
  /** The user's environment: FLYWAY_* variables, and what flyway.config.js and ${env.X} read (default: none). */
  env?: NodeJS.ProcessEnv;
  /**
   * Flyway's command-line settings (`-url=…` → { url: … }): above the environment. `-configFiles`
   * names the config file (as --config) and `-environment` the environment, when those are not given.
   */
  flywayArgs?: Record<string, string>;
}

/**
 * The files to read: migration-guard.yml and/or one Flyway file. --config names one of them and
 * replaces the discovery of its own kind only: `--config ci/migration-guard.yml` still reads the
 * project's flyway.conf, as the run without --config would (the precedence is the same either way).
 */
function findConfigFiles(opts: LoadConfigOptions): { yml?: string; flyway?: FoundFlywayFile; warnings: string[] } {
  let named: { yml?: string; flyway?: FoundFlywayFile } = {};
  if (opts.configPath) {
    const file = resolve(opts.cwd, opts.configPath);
    if (!existsSync(file)) throw new ConfigError(`config file not found: ${opts.configPath}`);
    const kind = kindOfFile(file, opts.configPath);
    named = kind === 'migration-guard' ? { yml: file } : { flyway: { file, kind } };
  }
  const yml = named.yml ?? CONFIG_FILES.map((f) => resolve(opts.cwd, f)).find((f) => existsSync(f));
  if (named.flyway) return { yml, flyway: named.flyway, warnings: [] };
  const [flyway, ...others] = findFlywayFiles(opts.cwd);
  const shown = (f: string) => relative(opts.cwd, f);
  const warnings = others.length && flyway ? [`${others.map((o) => shown(o.file)).join(', ')} not read: ${shown(flyway.file)} is (pass --config FILE to choose)`] : [];
  return { yml, flyway, warnings };
}

/**
 * Reads the configuration (see the module comment for precedence). The environment in effect is
 * --environment, else migration-guard.yml's `environment`, else the Flyway file's (TOML
 * `[flyway] environment`, "default"; for flyway.config.js NODE_ENV), else "development".
 * When a Flyway file is read and migration-guard.yml does not set `runner`, Flyway applies the
 * migrations (`runner: flyway`): each in its own transaction (`transactions: runner`) and no
 * lock_timeout of ours (`lockTimeout: ''`), and rollbacks named as Flyway's undo migrations
 * (`rollbackPattern: U{version}__{description}.sql`), unless migration-guard.yml sets them.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<Config> {
  const { configFiles, environment: argEnvironment, ...args } = options.flywayArgs ?? {};
  const configPaths = configFiles?.split(',').map((f) => f.trim()).filter(Boolean) ?? [];
  const opts = { ...options, configPath: options.configPath ?? configPaths[0], environment: options.environment ?? argEnvironment };
  const env = opts.env ?? {};
  const found = findConfigFiles(opts);
  const show = (f: string) => relative(opts.cwd, f) || f;
  const warnings = [...found.warnings];
  if (!options.configPath && configPaths.length > 1) warnings.push(`-configFiles: only ${configPaths[0]} is read (migration-guard reads one config file)`);
  const sources: ConfigSource[] = [];
  const settings: Settings = { ...DEFAULTS, placeholders: {}, rules: {}, locations: [], sqlMigrationSuffixes: [...DEFAULTS.sqlMigrationSuffixes] };
  const yml = found.yml ? parseYaml(found.yml, show(found.yml), opts) : undefined;
  let environment = opts.environment ?? yml?.environment;
  let connection: FlywayConnection = {};
  let connectionNotes: string[] = [];

  if (found.flyway) {
    for (const f of [found.flyway.file, ...(found.flyway.overrides ? [found.flyway.overrides] : [])]) sources.push({ file: show(f), kind: found.flyway.kind });
    const layer = await flywayFileLayer(found.flyway, show, env, environment);
    environment ??= layer.environment;
    applyLayer(settings, layer);
    connection = layer.connection;
    connectionNotes = layer.connectionNotes ?? [];
    warnings.push(...layer.warnings);
    settings.runner = 'flyway';
  }

  let explicit = new Set<string>();
  let explicitProduction: boolean | undefined;
  if (yml) {
    sources.push({ file: yml.shown, kind: 'migration-guard' });
    const applied = applyYaml(yml, settings, environment ?? 'development', opts);
    explicit = applied.keys;
    explicitProduction = applied.production;
  }

  // The environment, then the command line, over the files.
  const fromEnv = flywayEnvLayer(env);
  const fromArgs = flywayArgsLayer(args);
  for (const layer of [fromEnv, fromArgs]) {
    // A url from the environment or the command line replaces the file's: its notes no longer apply.
    if (layer.connection.url !== undefined) connectionNotes = [];
    applyLayer(settings, layer);
    connection = { ...connection, ...layer.connection };
    warnings.push(...layer.warnings);
  }

  if (settings.runner === 'flyway') {
    // Flyway runs each migration in its own transaction and sets no lock_timeout (DbMigrate).
    if (!explicit.has('transactions')) settings.transactions = 'runner';
    if (!explicit.has('lockTimeout')) settings.lockTimeout = '';
    // Flyway scans its locations recursively: rollback/V1__rollback.sql would be a second
    // version 1. Rollbacks take Flyway's undo naming, which Flyway Community skips.
    if (!explicit.has('rollbackPattern')) settings.rollbackPattern = FLYWAY_ROLLBACK_PATTERN;
  }
  let databaseUrl: string | undefined;
  try {
    const converted = connectionUrl(connection);
    databaseUrl = converted.url;
    warnings.push(...converted.warnings);
  } catch (e) {
    // lint and check do not need it: a warning here, "no database" for the database commands.
    warnings.push(`Flyway's url is not used: ${(e as Error).message}`);
  }

  const main = yml ? yml.file : found.flyway?.file;
  // Flyway resolves relative locations against the working directory; ours are relative to migration-guard.yml.
  const baseDir = yml ? dirname(yml.file) : opts.cwd;
  const migrationsDir = resolve(baseDir, settings.migrations);
  // Real paths, so a migrations directory that is a symlink to elsewhere is caught too.
  const realMigrations = realPathOf(migrationsDir);
  if (!isInside(realPathOf(baseDir), realMigrations)) {
    throw new ConfigError(
      `migrations path "${settings.migrations}" leaves the repository (${baseDir})${realMigrations !== migrationsDir ? `: it resolves to ${realMigrations}` : ''}; point it at a directory inside it`,
      main ? show(main) : undefined,
    );
  }
  const envName = environment ?? 'development';
  // An environment named "production" is production unless the config says otherwise.
  const production = explicitProduction ?? envName === 'production';
  return {
    ...settings,
    production,
    file: main,
    kind: yml ? 'migration-guard' : found.flyway?.kind,
    sources,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(databaseUrl && connectionNotes.length ? { databaseUrlNotes: connectionNotes } : {}),
    ...(fromArgs.connection.url ? { databaseUrlFromCommandLine: true } : {}),
    warnings,
    baseDir,
    migrationsDir,
    environment: envName,
  };
}

/**
 * The effective configuration as JSON, for the caches' keys (check's state cache, the Action's
 * cache): functions left out, Sets and Maps as arrays of their entries.
 */
export function configJson(config: Config): string {
  return JSON.stringify(config, (_k, v: unknown) => (typeof v === 'function' ? undefined : v instanceof Set || v instanceof Map ? [...v] : v));
}

/** `config: flyway.toml (Flyway TOML)`: what a run read. */
export function describeSources(config: Config): string {
  return `config: ${config.sources.map((s) => `${s.file} (${KIND_NAMES[s.kind]})`).join(', ')}`;
}

/**
 * The lines a run prints on stderr about its configuration: which files it read when one is
 * Flyway's (so a user knows migration-guard follows their Flyway setup), then each warning.
 * Passwords are masked.
 */
export function configNotes(config: Config): string[] {
  const notes = config.sources.some((s) => s.kind !== 'migration-guard') ? [describeSources(config)] : [];
  return [...notes, ...config.warnings.map((w) => `warning: ${maskUrl(w)}`)];
}
