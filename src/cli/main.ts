/**
 * argv → command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input
 * errors (one clear line on stderr, never a stack trace unless MIGRATION_GUARD_DEBUG is set).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { rules } from '../../rules/index.js';
import { runLint } from '../commands/lint.js';
import { ConfigError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { SUPPRESSION_RULE } from '../lint/engine.js';
import type { Finding } from '../lint/types.js';
import { formatJson } from '../report/json.js';
import { formatText } from '../report/text.js';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const USAGE = `Usage: migration-guard <command> [options]

Commands:
  lint [PATH…]     Check migrations against the checklist (default PATH: the configured
                   migrations directory, "migrations")
  rules            List the rules with their default severity
  help             Show this help

Options for lint:
  --base REF              Compare with a git ref (the PR's target branch) to know which
                          migrations are new, modified or deleted
  --format text|json      Output format (default text)
  --config FILE           Config file (default: migration-guard.yml if present)
  --environment NAME      Environment for placeholders and per-environment config
  --placeholder NAME=VAL  Set a placeholder value (repeatable)
  --fail-on LEVEL         error (default), warning or never: when to exit with 1
  --color / --no-color    Force colours on or off (default: on for a terminal)

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or config error.
`;

const LINT_OPTIONS: ParseArgsConfig['options'] = {
  base: { type: 'string' },
  format: { type: 'string' },
  config: { type: 'string' },
  environment: { type: 'string' },
  placeholder: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function choice<T extends string>(value: string | undefined, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parse(argv: string[], options: ParseArgsConfig['options']): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export function exitCodeFor(findings: Finding[], failOn: 'error' | 'warning' | 'never'): number {
  if (failOn === 'never') return EXIT_OK;
  const hit = findings.some((f) => f.severity === 'error' || failOn === 'warning');
  return hit ? EXIT_FINDINGS : EXIT_OK;
}

async function lintCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, LINT_OPTIONS);
  if (values['help']) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const format = choice(values['format'] as string | undefined, 'format', ['text', 'json'] as const, 'text');
  const failOn = choice(values['fail-on'] as string | undefined, 'fail-on', ['error', 'warning', 'never'] as const, 'error');
  const placeholders: Record<string, string> = {};
  for (const p of (values['placeholder'] as string[] | undefined) ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`--placeholder takes NAME=VALUE (got "${p}")`);
    placeholders[p.slice(0, eq)] = p.slice(eq + 1);
  }
  const result = await runLint({
    cwd: io.cwd,
    paths: positionals,
    base: values['base'] as string | undefined,
    configPath: values['config'] as string | undefined,
    environment: values['environment'] as string | undefined,
    placeholders,
  });
  if (format === 'json') io.stdout(formatJson(result.findings, result.summary));
  else {
    const color =
      values['no-color'] ? false : values['color'] ? true : io.isTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
    io.stdout(formatText(result.findings, result.summary, Boolean(color)));
  }
  return exitCodeFor(result.findings, failOn);
}

function rulesCommand(argv: string[], io: Io): number {
  const { values } = parse(argv, { format: { type: 'string' } });
  const format = choice(values['format'] as string | undefined, 'format', ['text', 'json'] as const, 'text');
  const list = [
    ...rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description })),
    { id: SUPPRESSION_RULE, severity: 'warning', description: 'A suppression comment without a reason, or naming an unknown rule.' },
  ];
  if (format === 'json') io.stdout(JSON.stringify(list, null, 2) + '\n');
  else {
    const width = Math.max(...list.map((r) => r.id.length));
    for (const r of list) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
  }
  return EXIT_OK;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return EXIT_OK;
      case '--version':
      case '-V':
        io.stdout(`${pkg.version}\n`);
        return EXIT_OK;
      case undefined:
        io.stderr(USAGE);
        return EXIT_ERROR;
      default:
        throw new UsageError(`unknown command "${command}" (run \`migration-guard help\`)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.stderr(`migration-guard: error: ${e.message}\n`);
      return EXIT_ERROR;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`migration-guard: internal error: ${message}\n`);
    if (io.env['MIGRATION_GUARD_DEBUG'] && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    else io.stderr('Set MIGRATION_GUARD_DEBUG=1 for details, and please report this.\n');
    return EXIT_ERROR;
  }
}
