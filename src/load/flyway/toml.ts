/**
 * flyway.toml (Flyway 10+), read with smol-toml. Its shape (Flyway's ConfigurationModel):
 * `[flyway]` holds the settings (`locations`, `mixed`, `[flyway.placeholders]`, and `environment`,
 * the environment to use, "default" when unset); `[environments.NAME]` holds a connection
 * (`url`, `user`, `password`, `schemas`, `connectRetries`, …) and may override settings in
 * `[environments.NAME.flyway]`. `${env.NAME}` in a value is the environment variable NAME
 * (Flyway's EnvironmentVariableResolver: an unset one is an error). Flyway reads `flyway.user.toml`
 * after `flyway.toml` (ConfigUtils): its tables merge into the first, its values win.
 */
import { parse, TomlError } from 'smol-toml';
import { ConfigError } from '../../errors.js';
import type { FlywayEntry } from './keys.js';

export interface FlywayTomlConfig {
  entries: FlywayEntry[];
  /** The environment whose connection was read. */
  environment: string;
  warnings: string[];
}

/** Keys of `[environments.NAME]` that are settings; the rest are connection details we do not use. */
const ENVIRONMENT_KEYS = new Set(['url', 'user', 'password', 'schemas', 'connectRetries']);

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** One TOML text, parsed; a syntax error is a ConfigError at file:line:column. */
function parseToml(text: string, file: string): Table {
  try {
    return parse(text) as Table;
  } catch (e) {
    if (e instanceof TomlError) {
      const message = e.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
      throw new ConfigError(`invalid TOML: ${message}`, file, e.line, e.column);
    }
    throw e;
  }
}

/** `over` merged into `base`: tables merge key by key, any other value of `over` replaces. */
function merge(base: Table, over: Table): Table {
  const out: Table = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isTable(v) && isTable(out[k]) ? merge(out[k] as Table, v) : v;
  return out;
}

/**
 * The entries of flyway.toml text(s) (later ones override: flyway.user.toml) for the environment
 * `requested` (--environment), else the one `[flyway] environment` names, else "default". A syntax
 * error is a ConfigError at line:column; a requested environment no file defines is a ConfigError
 * naming the first file.
 */
export function readFlywayToml(texts: string | { text: string; file: string }[], file: string, env: NodeJS.ProcessEnv, requested?: string): FlywayTomlConfig {
  const docs = typeof texts === 'string' ? [{ text: texts, file }] : texts;
  const doc = docs.map((d) => parseToml(d.text, d.file)).reduce(merge, {});
  const warnings: string[] = [];
  const resolve = (value: unknown, label: string): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\$\{([A-Za-z][\w-]*)\.([^}]+)\}/g, (whole, resolver: string, name: string) => {
        if (resolver !== 'env') {
          warnings.push(`${label}: the \${${resolver}.…} resolver is not supported by migration-guard; the value is used as written`);
          return whole;
        }
        const v = env[name];
        if (v === undefined) throw new ConfigError(`${label}: unable to resolve environment variable '${name}'`, file);
        return v;
      });
    }
    if (Array.isArray(value)) return value.map((v) => resolve(v, label));
    if (isTable(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, label)]));
    return value;
  };

  const entries: FlywayEntry[] = [];
  const settingsOf = (table: Table, prefix: string) => {
    for (const [key, value] of Object.entries(table)) {
      const label = `${prefix}.${key}`;
      if (key === 'environment') continue;
      // [flyway.placeholders] is a setting; any other sub-table is a plugin's (e.g. [flyway.postgresql]).
      if (isTable(value) && key !== 'placeholders') entries.push({ key: `(table) ${key}`, label, value });
      else entries.push({ key, label, value: resolve(value, label) });
    }
  };

  const flyway = doc['flyway'];
  if (flyway !== undefined && !isTable(flyway)) throw new ConfigError('flyway must be a table ([flyway])', file);
  const named = flyway?.['environment'];
  if (named !== undefined && typeof named !== 'string') throw new ConfigError('flyway.environment must be a string', file);
  const environment = requested ?? named ?? 'default';
  if (flyway) settingsOf(flyway, 'flyway');

  const environments = doc['environments'];
  if (environments !== undefined && !isTable(environments)) throw new ConfigError('environments must be a table ([environments.NAME])', file);
  const chosen = environments?.[environment];
  if (chosen === undefined && (requested !== undefined || named !== undefined)) {
    const known = Object.keys(environments ?? {});
    throw new ConfigError(`unknown environment "${environment}" (configured: ${known.length ? known.join(', ') : 'none'})`, file);
  }
  if (chosen !== undefined) {
    if (!isTable(chosen)) throw new ConfigError(`environments.${environment} must be a table`, file);
    for (const [key, value] of Object.entries(chosen)) {
      const label = `environments.${environment}.${key}`;
      if (key === 'flyway' && isTable(value)) settingsOf(value, label);
      else if (ENVIRONMENT_KEYS.has(key)) entries.push({ key, label, value: resolve(value, label) });
      else entries.push({ key: `(environment) ${key}`, label, value });
    }
  }
  for (const key of Object.keys(doc)) {
    if (key !== 'flyway' && key !== 'environments') entries.push({ key: `(top) ${key}`, label: key, value: doc[key] });
  }
  return { entries, environment, warnings };
}
