/**
 * migration-guard.yml: each key's check (type, range, known rule ids), every unknown key in one
 * error with the closest known key, and the file's settings (and its chosen environment's) laid
 * over others. Errors are ConfigErrors naming file:line:column.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { ConfigError } from '../errors.js';
import type { SeveritySetting } from '../lint/types.js';
import { DEFAULT_ROLLBACK_PATTERN } from './naming.js';
import { DEFAULTS, DEFAULT_COST_FACTOR, DOCUMENTATION_FIELDS, MIGRATION_PATTERN, type PerformanceSettings, type Settings } from './settings.js';
import { encodingName } from './text.js';
import { bool, didYouMean, fail, oneOf, str, type Check, type Ctx } from './config-checks.js';
import { layout } from './config-layout.js';






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

const BACKUP_KEYS = ['none', 'command', 'directory', 'pgDump'];

/** `backup: { none: "reason" }` or `backup: { command, directory, pgDump }` (src/db/backup.ts). */
const backup: Check = (node, at, ctx) => {
  if (isScalar(node) && node.value === 'none') fail(ctx, node, `${at}: none needs its reason: ${at}: { none: "why this environment takes no backup" }`);
  if (!isMap(node)) fail(ctx, node, `${at} must be a map: { none: "reason" }, or { command: …, directory: …, pgDump: … }`);
  const out: Settings['backup'] = { ...DEFAULTS.backup };
  const pairs = (node as YAMLMap).items as Pair<YamlNode, YamlNode>[];
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!BACKUP_KEYS.includes(key)) fail(ctx, pair.key, `unknown key "${key}" in ${at}${didYouMean(key, BACKUP_KEYS) ? ` (did you mean "${didYouMean(key, BACKUP_KEYS)}"?)` : ''}; allowed: ${BACKUP_KEYS.join(', ')}`);
    const value = str(pair.value, `${at}.${key}`, ctx) as string;
    if (value.trim() === '') fail(ctx, pair.value, `${at}.${key} must not be blank`);
    out[key as keyof Settings['backup']] = value;
  }
  if (out.none !== undefined && pairs.length > 1) fail(ctx, node, `${at}: none turns the backup off; it takes no other key`);
  return out;
};

/** Only under environments.NAME, naming another configured environment. */
const requireAppliedOn: Check = (node, at, ctx) => {
  const v = str(node, at, ctx) as string;
  const own = /^environments\.(.+)\.requireAppliedOn$/.exec(at)?.[1];
  if (own === undefined) fail(ctx, node, `${at} belongs under environments.NAME (the environment that requires it, e.g. environments.production.requireAppliedOn: staging)`);
  if (v === own) fail(ctx, node, `${at}: an environment cannot require itself`);
  const known = ctx.environments ?? [];
  if (!known.includes(v)) fail(ctx, node, `${at}: "${v}" is not an environment under environments: (configured: ${known.join(', ')})${didYouMean(v, known) ? `; did you mean "${didYouMean(v, known)}"?` : ''}`);
  return v;
};

const PERFORMANCE_KEYS = new Set(['queries', 'rows', 'costFactor', 'statistics']);

/** `performance: {queries, rows, costFactor, statistics}`: unknown keys with a did-you-mean, like the top level. */
const performance: Check = (node, at, ctx) => {
  if (node === null) return null;
  const unknown: UnknownKey[] = [];
  const keys = readMap(node, at, ctx, PERFORMANCE_KEYS, unknown);
  failUnknown(ctx, unknown);
  if (!keys.has('queries')) fail(ctx, node, `${at}.queries is required: the folder of the critical queries, one .sql file each (e.g. test/performance)`);
  const rows: Record<string, number> = {};
  const rowsNode = keys.get('rows') ?? null;
  if (rowsNode !== null && !isMap(rowsNode)) fail(ctx, rowsNode, `${at}.rows must be a map of table: number of rows`);
  for (const pair of rowsNode ? ((rowsNode as YAMLMap).items as Pair<YamlNode, YamlNode>[]) : []) {
    const table = String(isScalar(pair.key) ? pair.key.value : '');
    if (!/^([A-Za-z_][A-Za-z0-9_$]*\.)?[A-Za-z_][A-Za-z0-9_$]*$/.test(table)) fail(ctx, pair.key, `${at}.rows: "${table}" is not a table name (table or schema.table)`);
    rows[table] = count(1, 10_000_000)(pair.value, `${at}.rows.${table}`, ctx) as number;
  }
  const out: PerformanceSettings = {
    queries: str(keys.get('queries')!, `${at}.queries`, ctx) as string,
    rows,
    costFactor: keys.has('costFactor') ? (count(1.01, 1_000_000)(keys.get('costFactor')!, `${at}.costFactor`, ctx) as number) : DEFAULT_COST_FACTOR,
  };
  if (keys.has('statistics')) out.statistics = str(keys.get('statistics')!, `${at}.statistics`, ctx) as string;
  return out;
};

/** `documentation: { required: [author, date, …] }`: the header lines migration-documented requires. */
const documentation: Check = (node, at, ctx) => {
  if (!isMap(node)) fail(ctx, node, `${at} must be a map such as { required: [${DOCUMENTATION_FIELDS.join(', ')}] }`);
  const out = { required: [...DOCUMENTATION_FIELDS] as string[] };
  for (const pair of (node as YAMLMap).items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'required') {
      const guess = didYouMean(key, ['required']);
      fail(ctx, pair.key, `unknown key "${key}" in ${at}${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: required`);
    }
    const v = pair.value ?? null;
    if (v !== null && !isSeq(v)) fail(ctx, v, `${at}.required must be a list of ${DOCUMENTATION_FIELDS.join(', ')}`);
    const items = v === null ? [] : (v as YAMLSeq<YamlNode>).items;
    out.required = items.map((item, i) => {
      const field = str(item, `${at}.required[${i}]`, ctx) as string;
      if (!(DOCUMENTATION_FIELDS as readonly string[]).includes(field)) {
        const guess = didYouMean(field, [...DOCUMENTATION_FIELDS]);
        fail(ctx, item, `${at}.required[${i}]: unknown field "${field}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${DOCUMENTATION_FIELDS.join(', ')}`);
      }
      return field;
    });
  }
  return out;
};


const SETTINGS: Record<keyof Settings, Check> = {
  migrations: str,
  layout,
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
  ignoreMigrationPatterns: (node, at, ctx) => {
    const v = strList(node, at, ctx) as string[];
    const bad = v.find((x) => !MIGRATION_PATTERN.test(x));
    if (bad !== undefined) fail(ctx, node, `${at}: "${bad}" is not type:state (type *, versioned or repeatable; state *, pending, missing, ignored or future)`);
    return v;
  },
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
  backup,
  requireAppliedOn,
  requiredApprovals: count(0, 100),
  performance,
  documentation,
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
  'ignoreMigrationPatterns',
  'backup',
  'requireAppliedOn',
  'requiredApprovals',
]);

/** The keys of the settings that are maps of fixed keys (their checks read the values). */
const NESTED_KEYS: Record<string, Set<string>> = {
  backup: new Set(BACKUP_KEYS),
  performance: PERFORMANCE_KEYS,
  documentation: new Set(['required']),
};

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
export { didYouMean } from './config-checks.js';

export interface ParsedYaml {
  file: string;
  shown: string;
  ctx: Ctx;
  top: Map<string, YamlNode | null>;
  envs: Map<string, Map<string, YamlNode | null>>;
  environment?: string;
}

/** migration-guard.yml, its keys checked (all unknown ones in one error) before any value. */
export function parseYaml(file: string, shown: string, opts: { knownRules: string[] }): ParsedYaml {
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
  ctx.environments = [...envNodes.keys()];
  const envs = new Map<string, Map<string, YamlNode | null>>();
  for (const [name, node] of envNodes) envs.set(name, readMap(node, `environments.${name}`, ctx, ENV_KEYS as Set<string>, unknown));
  // The keys of the nested maps too, so that every unknown key is in the one error.
  for (const [at, map] of [['', top] as const, ...[...envs].map(([name, m]) => [`environments.${name}.`, m] as const)]) {
    for (const [key, allowed] of Object.entries(NESTED_KEYS)) {
      const node = map.get(key);
      if (node && isMap(node)) readMap(node, `${at}${key}`, ctx, allowed, unknown);
    }
  }
  failUnknown(ctx, unknown);
  const environment = top.has('environment') ? (str(top.get('environment')!, 'environment', ctx) as string) : undefined;
  return { file, shown, ctx, top, envs, environment };
}

/** The YAML's settings over `settings`; returns the keys it set and its `production`, if any. */
export function applyYaml(yml: ParsedYaml, settings: Settings, chosen: string, opts: { environment?: string | undefined }): { keys: Set<string>; production?: boolean } {
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
