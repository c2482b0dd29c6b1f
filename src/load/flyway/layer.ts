/**
 * Flyway's configuration as one layer of ours: a Flyway file (or the FLYWAY_* variables) read,
 * checked and mapped onto Settings, with the warnings to show and the connection to use.
 */
import { toPostgresUrl } from '../../db/url.js';
import type { Settings } from '../settings.js';
import { readFlywayEnv } from './env.js';
import { readFlywayFile, type FoundFlywayFile } from './index.js';
import { mapFlywayEntries, type FlywayConnection, type FlywayEntry } from './keys.js';

export interface FlywayLayer {
  settings: Partial<Settings>;
  connection: FlywayConnection;
  /** The environment a file with environments was read for. */
  environment?: string;
  warnings: string[];
  /** Why the file's connection settings may be wrong: shown with a connection failure that used them. */
  connectionNotes?: string[];
}

/** A Flyway file as a layer; `shown` names a file in errors and warnings. */
export async function flywayFileLayer(found: FoundFlywayFile, shown: (file: string) => string, env: NodeJS.ProcessEnv, environment?: string): Promise<FlywayLayer> {
  const read = await readFlywayFile(found, shown, env, environment);
  const layer = layerOf(read.entries, [found.file, ...(found.overrides ? [found.overrides] : [])].map(shown).join(' + '));
  return { ...layer, environment: read.environment, warnings: [...read.warnings, ...layer.warnings], connectionNotes: read.connectionNotes ?? [] };
}

/** The FLYWAY_* variables as a layer (errors name the variable; warnings start with "environment:"). */
export function flywayEnvLayer(env: NodeJS.ProcessEnv): FlywayLayer {
  return layerOf(readFlywayEnv(env), undefined, 'environment');
}

/** Flyway's command-line settings (`-url=…`, by key without the dash) as a layer. */
export function flywayArgsLayer(args: Record<string, string>): FlywayLayer {
  return layerOf(Object.entries(args).map(([key, value]) => ({ key, label: `-${key}`, value })), undefined, 'command line');
}

function layerOf(entries: FlywayEntry[], shown: string | undefined, where = shown ?? ''): FlywayLayer {
  const mapped = mapFlywayEntries(entries, shown);
  const warnings = mapped.warnings.map((w) => `${where}: ${w}`);
  if (mapped.unsupported.length) warnings.push(`${where}: Flyway settings migration-guard does not use (ignored): ${mapped.unsupported.join(', ')}`);
  return { settings: mapped.settings, connection: mapped.connection, warnings };
}

/** A layer's settings over `settings`: placeholders merge, everything else replaces. */
export function applyLayer(settings: Settings, layer: FlywayLayer): void {
  const { placeholders, ...rest } = layer.settings;
  Object.assign(settings, rest);
  if (placeholders) Object.assign(settings.placeholders, placeholders);
}

/**
 * Flyway's url / user / password as one postgres:// URL (a jdbc:postgresql URL converted; user
 * and password fill what the URL does not name). A secret: print it only through maskUrl.
 */
export function connectionUrl(c: FlywayConnection): { url?: string; warnings: string[] } {
  if (!c.url) return { warnings: [] };
  const converted = toPostgresUrl(c.url, c);
  let url = converted.url;
  if (c.user && /^postgres(?:ql)?:\/\/(?![^/?#]*@)/i.test(url)) {
    const userinfo = `${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ''}@`;
    url = url.replace(/^(postgres(?:ql)?:\/\/)/i, `$1${userinfo}`);
  }
  return { url, warnings: converted.warnings };
}
