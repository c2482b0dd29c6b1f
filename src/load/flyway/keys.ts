/**
 * Flyway's configuration keys → our Settings. Every reader (flyway.conf, flyway.toml,
 * flyway.config.js, FLYWAY_* variables) turns its file into a list of entries named by Flyway's
 * own key (`locations`, `placeholders.region`, `url`, …: ClassicConfiguration's names without the
 * `flyway.` prefix); this module checks and maps them. Keys we do not use are collected, never
 * dropped silently, so the caller can name them in one warning.
 */
import { ConfigError } from '../../errors.js';
import { MIGRATION_PATTERN, type Settings } from '../settings.js';
import { encodingName } from '../text.js';

/** One setting as a reader found it. `value` is a string (conf, env) or a TOML / JavaScript value. */
export interface FlywayEntry {
  /** Flyway's key without the `flyway.` prefix, e.g. `locations`, `placeholders.region`, `url`. */
  key: string;
  /** How the user wrote it, for messages: `flyway.locations`, `[environments.dev] url`, `FLYWAY_URL`. */
  label: string;
  value: unknown;
  line?: number;
  column?: number;
}

/** The connection settings (url, user, password): secrets, never printed. */
export interface FlywayConnection {
  url?: string;
  user?: string;
  password?: string;
}

export interface MappedFlyway {
  settings: Partial<Settings>;
  connection: FlywayConnection;
  /** Labels of entries we do not use. */
  unsupported: string[];
  /** Other notes for the user (classpath: locations, several schemas). */
  warnings: string[];
}

type Coerce = (e: FlywayEntry, fail: (problem: string) => never) => unknown;

const text: Coerce = (e, fail) => {
  if (typeof e.value === 'number' || typeof e.value === 'boolean') return String(e.value);
  if (typeof e.value !== 'string' || e.value === '') fail('must be a non-empty string');
  return e.value;
};

/** Flyway reads booleans with ConfigUtils.getBooleanProp: "true" or "false". */
const bool: Coerce = (e, fail) => {
  if (typeof e.value === 'boolean') return e.value;
  const v = typeof e.value === 'string' ? e.value.trim().toLowerCase() : undefined;
  if (v !== 'true' && v !== 'false') fail(`must be true or false (got ${JSON.stringify(e.value)})`);
  return v === 'true';
};

const integer: Coerce = (e, fail) => {
  const v = typeof e.value === 'string' && /^\s*\d+\s*$/.test(e.value) ? Number(e.value) : e.value;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 2_147_483_647) fail(`must be a whole number ≥ 0 (got ${JSON.stringify(e.value)})`);
  return v;
};

/** A comma-separated string (conf, env, JS) or a list (TOML, JS), as Flyway's StringUtils.tokenizeToStringArray. */
const list: Coerce = (e, fail) => {
  const items = Array.isArray(e.value) ? e.value : typeof e.value === 'string' ? e.value.split(',') : fail('must be a list or a comma-separated string');
  return items.map((item) => {
    if (typeof item !== 'string') fail('must hold strings only');
    return (item as string).trim();
  }).filter((s) => s !== '');
};

const identifier: Coerce = (e, fail) => {
  const v = text(e, fail) as string;
  if (!/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(v)) fail(`must be a plain SQL identifier (got "${v}")`);
  return v;
};

const version: Coerce = (e, fail) => {
  const v = text(e, fail) as string;
  if (!/^\d+(?:[._]\d+)*$/.test(v)) fail(`must be a version such as 1 or 2.1 (got "${v}")`);
  return v;
};

const encoding: Coerce = (e, fail) => {
  const v = text(e, fail) as string;
  if (!encodingName(v)) fail(`must be an encoding such as UTF-8, UTF-16LE or windows-1252 (got "${v}")`);
  return v;
};

/** Flyway keys that map one-to-one onto a setting. */
const SIMPLE: Record<string, [keyof Settings, Coerce]> = {
  table: ['historyTable', identifier],
  placeholderPrefix: ['placeholderPrefix', text],
  placeholderSuffix: ['placeholderSuffix', text],
  placeholderReplacement: ['placeholderReplacement', bool],
  sqlMigrationPrefix: ['sqlMigrationPrefix', text],
  sqlMigrationSeparator: ['sqlMigrationSeparator', text],
  sqlMigrationSuffixes: ['sqlMigrationSuffixes', list],
  repeatableSqlMigrationPrefix: ['repeatableSqlMigrationPrefix', text],
  encoding: ['encoding', encoding],
  outOfOrder: ['outOfOrder', bool],
  validateOnMigrate: ['validateOnMigrate', bool],
  baselineOnMigrate: ['baselineOnMigrate', bool],
  baselineVersion: ['baselineVersion', version],
  cleanDisabled: ['cleanDisabled', bool],
  connectRetries: ['connectRetries', integer],
  group: ['group', bool],
  mixed: ['mixed', bool],
  target: ['target', text],
  ignoreMigrationPatterns: ['ignoreMigrationPatterns', (e, fail) => {
    const v = list(e, fail) as string[];
    const bad = v.find((x) => !MIGRATION_PATTERN.test(x));
    if (bad !== undefined) fail(`"${bad}" is not type:state (type *, versioned or repeatable; state *, pending, missing, ignored or future)`);
    return v;
  }],
};

/** Every key this module reads (the readers use it to find the keys to warn about). */
export const FLYWAY_KEYS = new Set([...Object.keys(SIMPLE), 'locations', 'schemas', 'defaultSchema', 'placeholders', 'url', 'user', 'password', 'environment']);

/**
 * Checks and maps the entries (later entries win, as a later source does in Flyway). A value of
 * the wrong type is a ConfigError naming `file` and the entry's line:column when the reader knows
 * it. `environment` entries are not handled here (the readers choose the environment).
 */
export function mapFlywayEntries(entries: FlywayEntry[], file: string | undefined): MappedFlyway {
  const out: MappedFlyway = { settings: {}, connection: {}, unsupported: [], warnings: [] };
  let schemas: string[] | undefined;
  let defaultSchema: string | undefined;
  for (const e of entries) {
    if (e.value === undefined || e.value === null) continue; // process.env.X of an unset variable in flyway.config.js
    const fail = (problem: string): never => {
      throw new ConfigError(`${e.label} ${problem}`, file, e.line, e.column);
    };
    const simple = SIMPLE[e.key];
    if (simple) {
      (out.settings as Record<string, unknown>)[simple[0]] = simple[1](e, fail);
    } else if (e.key === 'locations') {
      locations(list(e, fail) as string[], out, e.label);
    } else if (e.key === 'schemas') {
      schemas = (list(e, fail) as string[]).map((s) => identifier({ ...e, value: s }, fail) as string);
    } else if (e.key === 'defaultSchema') {
      defaultSchema = identifier(e, fail) as string;
    } else if (e.key === 'placeholders') {
      if (typeof e.value !== 'object' || Array.isArray(e.value)) fail('must be a table of name = value');
      for (const [name, v] of Object.entries(e.value as Record<string, unknown>)) {
        if (v === undefined || v === null) continue;
        if (typeof v === 'object') fail(`.${name} must be a string, number or boolean`);
        out.settings.placeholders = { ...out.settings.placeholders, [name]: String(v) };
      }
    } else if (e.key.startsWith('placeholders.') && e.key.length > 'placeholders.'.length) {
      const v = e.value;
      if (typeof v === 'object') fail('must be a string, number or boolean');
      out.settings.placeholders = { ...out.settings.placeholders, [e.key.slice('placeholders.'.length)]: String(v) };
    } else if (e.key === 'url' || e.key === 'user' || e.key === 'password') {
      const v = e.key === 'url' ? (text(e, fail) as string) : typeof e.value === 'string' || typeof e.value === 'number' ? String(e.value) : fail('must be a string');
      out.connection[e.key] = v;
    } else if (e.key !== 'environment') {
      out.unsupported.push(e.label);
    }
  }
  // Flyway's default schema: defaultSchema, else the first of schemas (ClassicConfiguration / Flyway's docs, "Schemas").
  const schema = defaultSchema ?? schemas?.[0];
  if (schema) out.settings.schema = schema;
  const others = (schemas ?? []).filter((s) => s !== schema);
  if (others.length) {
    out.warnings.push(`schemas: only ${schema} (the default schema: history table and ${'${flyway:defaultSchema}'}) is used; ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} not created or cleaned by migration-guard`);
  }
  return out;
}

/**
 * Flyway locations: `filesystem:` paths (the prefix is optional), relative to the working
 * directory as Flyway's CLI resolves them (ConfigUtils.makeRelativeLocationsBasedOnWorkingDirectory).
 * The first becomes `migrations`, the rest `locations`; `classpath:` and other schemes (s3:, gcs:)
 * are left out with a warning.
 */
function locations(items: string[], out: MappedFlyway, label: string): void {
  const dirs: string[] = [];
  for (const item of items) {
    const m = /^([a-z][a-z0-9]*):(.*)$/i.exec(item);
    if (!m || m[1]!.length === 1) dirs.push(item); // "C:\…" is a Windows path, not a scheme
    else if (m[1]!.toLowerCase() === 'filesystem') dirs.push(m[2]!);
    else out.warnings.push(`${label}: ${item} is not read (migration-guard reads filesystem: locations only)`);
  }
  if (dirs.length === 0) return;
  out.settings.migrations = dirs[0]!;
  out.settings.locations = dirs.slice(1);
}
