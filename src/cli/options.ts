/**
 * Command-line options: parsing (node:util parseArgs, strict) with "did you mean" for unknown
 * options, and the options several commands share — placeholders, rule severities, colour,
 * parser workers.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { knownRuleIds } from '../commands/lint.js';
import { UsageError } from '../errors.js';
import type { SeveritySetting } from '../lint/types.js';
import { didYouMean } from '../suggest.js';
import { FLYWAY_ARG } from './usage.js';

export { FLYWAY_ARG };

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stdout is a terminal. */
  isTTY: boolean;
  /** The whole of stdin, for `lint -` (absent: stdin cannot be read). */
  readStdin?: () => Promise<Uint8Array>;
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Options every command takes. */
export const HELP_OPTION: Options = { help: { type: 'boolean', short: 'h' } };

/**
 * argv against `options`. Unknown options and missing values are usage errors; an unknown option
 * close to a known one says which (`--fromat` → did you mean "--format"?).
 */
export function parse(argv: string[], options: Options): { values: Values; positionals: string[] } {
  const all = { ...HELP_OPTION, ...options };
  // Commands that read the configuration take Flyway's -key=value settings too (flywayArgsOf).
  const flyway = 'config' in options ? argv.filter((a) => FLYWAY_ARG.test(a)) : [];
  try {
    const { values, positionals } = parseArgs({ args: argv.filter((a) => !flyway.includes(a)), options: all, allowPositionals: true, strict: true });
    return { values: { ...(values as Values), ...(flyway.length ? { 'flyway-args': flyway } : {}) }, positionals };
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown) {
      const names = Object.entries(all).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
      throw new UsageError(`unknown option ${unknown}${didYouMean(unknown, names)}`);
    }
    throw new UsageError(message);
  }
}

export function choice<T extends string>(value: string | undefined, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")${didYouMean(value, allowed)}`);
  }
  return value as T;
}

/** The Flyway -key=value settings `parse` set aside, by key (a later one wins, as in Flyway). */
export function flywayArgsOf(values: Values): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of (values['flyway-args'] as string[] | undefined) ?? []) {
    const m = FLYWAY_ARG.exec(a)!;
    out[m[1]!] = m[2]!;
  }
  return out;
}

export function placeholderValues(values: Values): Record<string, string> {
  const placeholders: Record<string, string> = {};
  for (const p of (values['placeholder'] as string[] | undefined) ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`--placeholder takes NAME=VALUE (got "${p}")`);
    placeholders[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return placeholders;
}

const LEVELS = ['off', 'warning', 'error'] as const;

/**
 * `--rule ID=off|warning|error` and `--exclude-rule ID` (= off), in order; they override the
 * config's `rules:`. An unknown rule id is a usage error naming the closest known one.
 */
export function ruleOverrides(values: Values): Record<string, SeveritySetting> {
  const known = knownRuleIds();
  const check = (id: string, flag: string) => {
    if (!known.includes(id)) throw new UsageError(`${flag}: unknown rule "${id}"${didYouMean(id, known)} (\`migration-guard rules\` lists them)`);
  };
  const out: Record<string, SeveritySetting> = {};
  for (const r of (values['rule'] as string[] | undefined) ?? []) {
    const eq = r.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule takes ID=off|warning|error (got "${r}")`);
    const id = r.slice(0, eq);
    const level = r.slice(eq + 1);
    check(id, '--rule');
    if (!(LEVELS as readonly string[]).includes(level)) {
      throw new UsageError(`--rule ${id}= must be off, warning or error (got "${level}")${didYouMean(level, LEVELS)}`);
    }
    out[id] = level as SeveritySetting;
  }
  for (const id of (values['exclude-rule'] as string[] | undefined) ?? []) {
    check(id, '--exclude-rule');
    out[id] = 'off';
  }
  return out;
}

/**
 * Colour, by Node's own conventions (tty.WriteStream#getColorDepth, util.styleText): a flag
 * (`--color` / `--no-color`, the last one given wins) first; then FORCE_COLOR ("", 1, 2, 3, true:
 * on; anything else, e.g. 0 or false: off); then NO_COLOR (set and not empty: off, as
 * no-color.org says) and TERM=dumb (off); else on when stdout is a terminal.
 */
export function useColor(values: Values, argv: string[], io: Pick<Io, 'env' | 'isTTY'>): boolean {
  if (values['color'] || values['no-color']) {
    if (!values['no-color']) return true;
    if (!values['color']) return false;
    return argv.lastIndexOf('--color') > argv.lastIndexOf('--no-color');
  }
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force.trim().toLowerCase());
  if (io.env['NO_COLOR']) return false;
  if (io.env['TERM'] === 'dumb') return false;
  return io.isTTY;
}

/** MIGRATION_GUARD_WORKERS: parser worker threads; unset, empty or 0: parse in-process. */
export function workersFromEnv(env: Io['env']): number | undefined {
  const raw = env['MIGRATION_GUARD_WORKERS']?.trim();
  if (!raw) return undefined;
  if (!/^\d{1,2}$/.test(raw)) throw new UsageError(`MIGRATION_GUARD_WORKERS must be a whole number from 0 to 99 (got "${raw}")`);
  return Number(raw);
}
