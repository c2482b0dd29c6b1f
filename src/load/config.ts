/**
 * The configuration: migration-guard.yml (where migrations live, how rollbacks are named,
 * placeholders, the transaction convention, rule severities and per-environment overrides) over
 * Flyway's own configuration (flyway.toml, flyway.conf, flyway.config.js: src/load/flyway/), under
 * FLYWAY_* environment variables. Precedence: CLI flags > environment > migration-guard.yml >
 * Flyway config > defaults. Unknown keys (all of them, each with a suggestion), wrong types and
 * paths that leave the repository are errors (exit 2) naming file:line:column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { closest } from '../cli/suggest.js';
import { maskUrl } from '../db/url.js';
import { ConfigError } from '../errors.js';
import type { SeveritySetting } from '../lint/types.js';
import { findFlywayFiles, kindOfFile, KIND_NAMES, type ConfigKind, type FlywayConnection, type FoundFlywayFile } from './flyway/index.js';
import { applyLayer, connectionUrl, flywayArgsLayer, flywayEnvLayer, flywayFileLayer } from './flyway/layer.js';
import { isInside, realPathOf } from './fs.js';
import { DEFAULT_ROLLBACK_PATTERN } from './naming.js';
import { DEFAULT_ENCODING, encodingName } from './text.js';

export const CONFIG_FILES = ['migration-guard.yml', 'migration-guard.yaml'];

export interface Settings {
  migrations: string;
  rollbackPattern: string;
  seeds: string;
  transactions: 'explicit' | 'runner';
  /**
   * Who applies the migrations in production: our runner, or Flyway itself (then lint judges each
   * file as Flyway runs it: in its own transaction, no lock_timeout set by a runner).
   */
  runner: 'migration-guard' | 'flyway';
  /** Further migration directories (Flyway `locations`), one migration set with `migrations`. */
  locations: string[];
  placeholders: Record<string, string>;
  /** Flyway's placeholderPrefix / placeholderSuffix / placeholderReplacement. */
  placeholderPrefix: string;
  placeholderSuffix: string;
  placeholderReplacement: boolean;
  /** Flyway's sqlMigrationPrefix / sqlMigrationSeparator / sqlMigrationSuffixes / repeatableSqlMigrationPrefix. */
  sqlMigrationPrefix: string;
  sqlMigrationSeparator: string;
  sqlMigrationSuffixes: string[];
  repeatableSqlMigrationPrefix: string;
  /** Flyway's target: the newest version migrate applies ("latest": all; "current": none beyond the applied). */
  target: string;
  /** Flyway's group: all pending migrations in one transaction. */
  group: boolean;
  /** Flyway's mixed: a migration may mix transactional and non-transactional statements. */
  mixed: boolean;
  /** The migrations' text encoding (Flyway's `encoding`): a TextDecoder label, decoded strictly. */
  encoding: string;
  rules: Record<string, SeveritySetting>;
  /** Runner (Flyway-compatible) settings. */
  historyTable: string;
  schema: string;
  outOfOrder: boolean;
  validateOnMigrate: boolean;
  baselineOnMigrate: boolean;
  baselineVersion: string;
  cleanDisabled: boolean;
  /** The environment is production: rollback and reset are refused without an explicit override. */
  production: boolean;
  connectRetries: number;
  /** PostgreSQL durations, e.g. "5s"; empty: not set. */
  lockTimeout: string;
  statementTimeout: string;
  /** Retries of a migration that failed on lock_timeout. */
  lockRetries: number;
  /** A migration slower than this is reported (seed: 60 s). */
  slowMigrationSeconds: number;
}

export interface ConfigSource {
  /** As shown to the user (relative to the working directory). */
  file: string;
  kind: ConfigKind;
}

export interface Config extends Settings {
  /** The config file, or undefined when none was found (defaults apply): migration-guard.yml when there is one, else Flyway's. */
  file?: string;
  /** The kind of `file` (undefined: none). */
  kind?: ConfigKind;
  /** Every file read, migration-guard.yml last (it wins). */
  sources: ConfigSource[];
  /**
   * The database from Flyway's url / user / password (config file, then FLYWAY_URL, FLYWAY_USER,
   * FLYWAY_PASSWORD), as a postgres:// URL. A secret: print it only through maskUrl.
   */
  databaseUrl?: string;
  /** Things the user should know (Flyway settings not used, classpath: locations): one line each, for stderr. */
  warnings: string[];
  /** The database URL came from Flyway's -url on the command line: it wins over DATABASE_URL. */
  databaseUrlFromCommandLine?: boolean;
  /** Directory paths in the config are relative to (the config file's, else the working directory). */
  baseDir: string;
  /** Absolute migrations directory. */
  migrationsDir: string;
  /** The environment in effect and its name for ${environment} / ${flyway:environment}. */
  environment: string;
}

export const DEFAULTS: Settings = {
  migrations: 'migrations',
  rollbackPattern: DEFAULT_ROLLBACK_PATTERN,
  seeds: 'seeds',
  transactions: 'explicit',
  runner: 'migration-guard',
  locations: [],
  placeholders: {},
  placeholderPrefix: '${',
  placeholderSuffix: '}',
  placeholderReplacement: true,
  sqlMigrationPrefix: 'V',
  sqlMigrationSeparator: '__',
  sqlMigrationSuffixes: ['.sql'],
  repeatableSqlMigrationPrefix: 'R',
  target: 'latest',
  group: false,
  mixed: false,
  encoding: DEFAULT_ENCODING,
  rules: {},
  historyTable: 'flyway_schema_history',
  schema: 'public',
  outOfOrder: false,
  validateOnMigrate: true,
  baselineOnMigrate: false,
  baselineVersion: '1',
  cleanDisabled: true,
  production: false,
  connectRetries: 3,
  lockTimeout: '5s',
  statementTimeout: '',
  lockRetries: 3,
  slowMigrationSeconds: 60,
};

type Check = (node: YamlNode | null, at: string, ctx: Ctx) => unknown;

interface Ctx {
  file: string;
  lines: LineCounter;
  knownRules: Set<string>;
}

function fail(ctx: Ctx, node: YamlNode | null | undefined, message: string): never {
  const offset = node?.range?.[0];
  const pos = offset === undefined ? undefined : ctx.lines.linePos(offset);
  throw new ConfigError(message, ctx.file, pos?.line, pos?.col);
}

const str: Check = (node, at, ctx) => {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') {
    fail(ctx, node, `${at} must be a non-empty string`);
  }
  return node.value;
};

const oneOf =
  (...values: string[]): Check =>
  (node, at, ctx) => {
    const v = str(node, at, ctx) as string;
    if (!values.includes(v)) fail(ctx, node, `${at} must be one of ${values.join(', ')} (got "${v}")`);
    return v;
  };

const placeholderMap: Check = (node, at, ctx) => {
  if (node === null) return {};
  if (!isMap(node)) fail(ctx, node, `${at} must be a map of name: value`);
  const out: Record<string, string> = {};
  for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode>[]) {
    const key = String(isScalar(pair.key) ? pair.key.value : '');
    const v = pair.value;
    if (!isScalar(v) || v.value === null || typeof v.value === 'object') {
      fail(ctx, v ?? pair.key, `${at}.${key} must be a string, number or boolean`);
    }
    out[key] = String(v.value);
  }
  return out;
};

const ruleMap: Check = (node, at, ctx) => {
  if (node === null) return {};
  if (!isMap(node)) fail(ctx, node, `${at} must be a map of rule-id: error|warning|off`);
  const out: Record<string, SeveritySetting> = {};
  for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode>[]) {
    const id = String(isScalar(pair.key) ? pair.key.value : '');
    if (!ctx.knownRules.has(id)) {
      fail(ctx, pair.key, `unknown rule "${id}" in ${at} (known: ${[...ctx.knownRules].sort().join(', ')})`);
    }
    out[id] = oneOf('error', 'warning', 'off')(pair.value, `${at}.${id}`, ctx) as SeveritySetting;
  }
  return out;
};

const bool: Check = (node, at, ctx) => {
  if (!isScalar(node) || typeof node.value !== 'boolean') fail(ctx, node, `${at} must be true or false`);
  return node.value;
};

const count =
  (min: number, max: number): Check =>
  (node, at, ctx) => {
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value) || node.value < min || node.value > max) {
      fail(ctx, node, `${at} must be a number from ${min} to ${max}`);
    }
    return node.value;
  };

const duration: Check = (node, at, ctx) => {
  if (isScalar(node) && typeof node.value === 'number') return `${node.value}ms`;
  if (isScalar(node) && node.value === '') return '';
  const v = str(node, at, ctx) as string;
  if (!/^\d+(\.\d+)?\s*(us|ms|s|min|h|d)?$/.test(v)) fail(ctx, node, `${at} must be a PostgreSQL duration such as 5s, 500ms or 2min (got "${v}")`);
  return v;
};

const identifier: Check = (node, at, ctx) => {
  const v = str(node, at, ctx) as string;
  if (!/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v)) fail(ctx, node, `${at} must be a plain SQL identifier (got "${v}")`);
  return v;
};

const encoding: Check = (node, at, ctx) => {
  const v = str(node, at, ctx) as string;
  if (!encodingName(v)) fail(ctx, node, `${at} must be an encoding such as UTF-8, UTF-16LE, UTF-16BE or windows-1252 (got "${v}")`);
  return v;
};

const strList: Check = (node, at, ctx) => {
  if (isScalar(node)) return [str(node, at, ctx) as string];
  if (!isSeq(node)) fail(ctx, node, `${at} must be a string or a list of strings`);
  return (node as YAMLSeq<YamlNode>).items.map((item, i) => str(item, `${at}[${i}]`, ctx) as string);
};

const SETTINGS: Record<keyof Settings, Check> = {
  migrations: str,
  rollbackPattern: (node, at, ctx) => {
    const v = str(node, at, ctx) as string;
    if (!v.includes('{version}')) fail(ctx, node, `${at} must contain {version} (e.g. ${DEFAULT_ROLLBACK_PATTERN})`);
    if (!v.endsWith('.sql')) fail(ctx, node, `${at} must end with .sql`);
    return v;
  },
  seeds: str,
  transactions: oneOf('explicit', 'runner'),
  runner: oneOf('migration-guard', 'flyway'),
  locations: strList,
  placeholders: placeholderMap,
  placeholderPrefix: str,
  placeholderSuffix: str,
  placeholderReplacement: bool,
  sqlMigrationPrefix: str,
  sqlMigrationSeparator: str,
  sqlMigrationSuffixes: strList,
  repeatableSqlMigrationPrefix: str,
  target: (node, at, ctx) => (isScalar(node) && typeof node.value === 'number' ? String(node.value) : str(node, at, ctx)),
  group: bool,
  mixed: bool,
  encoding,
  rules: ruleMap,
  historyTable: identifier,
  schema: identifier,
  outOfOrder: bool,
  validateOnMigrate: bool,
  baselineOnMigrate: bool,
  baselineVersion: (node, at, ctx) => {
    const v = isScalar(node) && typeof node.value === 'number' ? String(node.value) : (str(node, at, ctx) as string);
    if (!/^\d+(?:[._]\d+)*$/.test(v)) fail(ctx, node, `${at} must be a version such as 1 or 2.1 (got "${v}")`);
    return v;
  },
  cleanDisabled: bool,
  production: bool,
  connectRetries: count(0, 20),
  lockTimeout: duration,
  statementTimeout: duration,
  lockRetries: count(0, 20),
  slowMigrationSeconds: count(0, 86_400),
};

/** Settings an environment may override. */
const ENV_KEYS = new Set<keyof Settings>([
  'placeholders',
  'rules',
  'transactions',
  'rollbackPattern',
  'outOfOrder',
  'validateOnMigrate',
  'baselineOnMigrate',
  'baselineVersion',
  'cleanDisabled',
  'production',
  'connectRetries',
  'lockTimeout',
  'statementTimeout',
  'lockRetries',
  'slowMigrationSeconds',
]);

interface UnknownKey {
  key: string;
  node: YamlNode;
  at: string;
  allowed: Set<string>;
}

function readMap(node: YamlNode | null, at: string, ctx: Ctx, allowed: Set<string>, unknown: UnknownKey[]): Map<string, YamlNode | null> {
  if (node === null) return new Map();
  if (!isMap(node)) fail(ctx, node, `${at} must be a map`);
  const out = new Map<string, YamlNode | null>();
  for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!allowed.has(key)) {
      unknown.push({ key, node: pair.key, at, allowed });
      continue;
    }
    if (out.has(key)) fail(ctx, pair.key, `duplicate key "${key}"`);
    out.set(key, pair.value ?? null);
  }
  return out;
}

/** All unknown keys in one error, each at its line:column with the closest allowed key. */
function failUnknown(ctx: Ctx, unknown: UnknownKey[]): void {
  if (unknown.length === 0) return;
  const where = (u: UnknownKey) => {
    const pos = u.node.range ? ctx.lines.linePos(u.node.range[0]) : undefined;
    return pos ? `${pos.line}:${pos.col}` : '';
  };
  const describe = (u: UnknownKey) => {
    const guess = didYouMean(u.key, [...u.allowed]);
    return `"${u.key}"${u.at ? ` in ${u.at}` : ''}${guess ? ` (did you mean "${guess}"?)` : ''}`;
  };
  if (unknown.length === 1) {
    const u = unknown[0]!;
    fail(ctx, u.node, `unknown key ${describe(u)}; allowed: ${[...u.allowed].join(', ')}`);
  }
  fail(ctx, unknown[0]!.node, `${unknown.length} unknown keys: ${unknown.map((u) => `${describe(u)} at ${where(u)}`).join(', ')}`);
}

/** The allowed key closest to a mistyped one (the CLI's did-you-mean: src/cli/suggest.ts). */
export const didYouMean = (word: string, known: string[]): string | undefined => closest(word, known);

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

/** The files to read: migration-guard.yml and/or one Flyway file (discovered), or the one --config names. */
function findConfigFiles(opts: LoadConfigOptions): { yml?: string; flyway?: FoundFlywayFile; warnings: string[] } {
  if (opts.configPath) {
    const file = resolve(opts.cwd, opts.configPath);
    if (!existsSync(file)) throw new ConfigError(`config file not found: ${opts.configPath}`);
    const kind = kindOfFile(file, opts.configPath);
    return kind === 'migration-guard' ? { yml: file, warnings: [] } : { flyway: { file, kind }, warnings: [] };
  }
  const yml = CONFIG_FILES.map((f) => resolve(opts.cwd, f)).find((f) => existsSync(f));
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
 * lock_timeout of ours (`lockTimeout: ''`) unless migration-guard.yml sets them.
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

  if (found.flyway) {
    for (const f of [found.flyway.file, ...(found.flyway.overrides ? [found.flyway.overrides] : [])]) sources.push({ file: show(f), kind: found.flyway.kind });
    const layer = await flywayFileLayer(found.flyway, show, env, environment);
    environment ??= layer.environment;
    applyLayer(settings, layer);
    connection = layer.connection;
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
    applyLayer(settings, layer);
    connection = { ...connection, ...layer.connection };
    warnings.push(...layer.warnings);
  }

  if (settings.runner === 'flyway') {
    // Flyway runs each migration in its own transaction and sets no lock_timeout (DbMigrate).
    if (!explicit.has('transactions')) settings.transactions = 'runner';
    if (!explicit.has('lockTimeout')) settings.lockTimeout = '';
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
    ...(fromArgs.connection.url ? { databaseUrlFromCommandLine: true } : {}),
    warnings,
    baseDir,
    migrationsDir,
    environment: envName,
  };
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

interface ParsedYaml {
  file: string;
  shown: string;
  ctx: Ctx;
  top: Map<string, YamlNode | null>;
  envs: Map<string, Map<string, YamlNode | null>>;
  environment?: string;
}

/** migration-guard.yml, its keys checked (all unknown ones in one error) before any value. */
function parseYaml(file: string, shown: string, opts: LoadConfigOptions): ParsedYaml {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config: ${(e as Error).message}`, shown);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const ctx: Ctx = { file: shown, lines, knownRules: new Set(opts.knownRules) };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lines.linePos(e.pos[0]);
    throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, shown, pos.line, pos.col);
  }
  const unknown: UnknownKey[] = [];
  const top = readMap(doc.contents as YamlNode | null, '', ctx, new Set([...Object.keys(SETTINGS), 'environment', 'environments']), unknown);
  const envNodes = readMap(top.get('environments') ?? null, 'environments', ctx, new Set(anyKey(top.get('environments'))), unknown);
  const envs = new Map<string, Map<string, YamlNode | null>>();
  for (const [name, node] of envNodes) envs.set(name, readMap(node, `environments.${name}`, ctx, ENV_KEYS as Set<string>, unknown));
  failUnknown(ctx, unknown);
  const environment = top.has('environment') ? (str(top.get('environment')!, 'environment', ctx) as string) : undefined;
  return { file, shown, ctx, top, envs, environment };
}

/** The YAML's settings over `settings`; returns the keys it set and its `production`, if any. */
function applyYaml(yml: ParsedYaml, settings: Settings, chosen: string, opts: LoadConfigOptions): { keys: Set<string>; production?: boolean } {
  const { ctx, top, envs } = yml;
  const keys = new Set<string>();
  let production: boolean | undefined;
  for (const [key, node] of top) {
    if (key === 'environment' || key === 'environments') continue;
    const value = SETTINGS[key as keyof Settings](node, key, ctx);
    if (key === 'placeholders' || key === 'rules') Object.assign((settings as unknown as Record<string, object>)[key]!, value);
    else (settings as unknown as Record<string, unknown>)[key] = value;
    keys.add(key);
  }
  for (const [name, overrides] of envs) {
    for (const [key, v] of overrides) {
      const value = SETTINGS[key as keyof Settings](v, `environments.${name}.${key}`, ctx);
      if (name !== chosen) continue;
      if (key === 'placeholders' || key === 'rules') Object.assign((settings as unknown as Record<string, object>)[key]!, value);
      else (settings as unknown as Record<string, unknown>)[key] = value;
      if (key === 'production') production = value as boolean;
      keys.add(key);
    }
  }
  if (production === undefined && top.has('production')) production = settings.production;
  if (opts.environment && envs.size > 0 && !envs.has(opts.environment)) {
    throw new ConfigError(`unknown environment "${opts.environment}" (configured: ${[...envs.keys()].join(', ')})`, yml.shown);
  }
  return { keys, production };
}

function anyKey(node: YamlNode | null | undefined): string[] {
  if (!node || !isMap(node)) return [];
  return (node.items as Pair<YamlNode, YamlNode>[]).map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
}
