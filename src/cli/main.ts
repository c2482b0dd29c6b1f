/**
 * argv → command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input
 * errors (one clear line on stderr, never a stack trace unless MIGRATION_GUARD_DEBUG is set).
 *
 * The commands live in lint-commands.ts (lint, check, rules) and db-commands.ts (the runner and
 * create); their help pages in usage.ts; shared options in options.ts. Those command modules are
 * loaded with import() by the command that needs them, so `--version` and `--help` load neither the
 * parser (libpg-query starts compiling its WASM when imported) nor the rest of the bundle: with
 * everything imported up front, `--version` took 159 ms where `node -e 0` took 65 ms; now 76 ms
 * (median of 9, issue #16, `npm run bench -- startup`).
 */
import pkg from '../../package.json' with { type: 'json' };
import { maskSecrets } from '../db/url.js';
import { ConfigError, EXIT_ERROR, EXIT_OK, UsageError } from '../errors.js';
import { exitCodeFor } from '../lint/exit-code.js';
import type { DbCommand } from './db-commands.js';
import type { Io } from './options.js';
import { didYouMean } from '../suggest.js';
import { ALIASES, COMMANDS, FLYWAY_ARG, isCommand, USAGE, usageOf } from './usage.js';

export { exitCodeFor };
export type { Io };

const DB_COMMANDS: readonly string[] = ['status', 'migrate', 'validate', 'baseline', 'create', 'rollback', 'repair', 'reset'] satisfies DbCommand[];

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    // Flyway's own order, `flyway -environment=dev info`: its -KEY=VALUE settings may come before
    // the command; they are read as if given after it.
    const leading = argv.findIndex((a) => !FLYWAY_ARG.test(a));
    if (leading > 0) argv = [argv[leading]!, ...argv.slice(0, leading), ...argv.slice(leading + 1)];
    const [typed, ...rest] = argv;
    const command = typed === undefined ? undefined : (ALIASES[typed] ?? typed);
    switch (command) {
      case 'lint':
        return await (await import('./lint-commands.js')).lintCommand(rest, io);
      case 'rules':
        return (await import('./lint-commands.js')).rulesCommand(rest, io);
      case 'check':
        return await (await import('./lint-commands.js')).checkCommand(rest, io);
      case 'help':
      case '--help':
      case '-h':
        return help(rest, io);
      case 'version':
      case '--version':
      case '-v':
      case '-V':
        io.stdout(`${pkg.version}\n`);
        return EXIT_OK;
      case undefined:
        io.stderr(USAGE);
        return EXIT_ERROR;
      default:
        if (DB_COMMANDS.includes(command)) return await (await import('./db-commands.js')).dbCommand(command as DbCommand, rest, io, typed);
        throw new UsageError(
          command.startsWith('-')
            ? `unknown option ${command} before the command (run \`migration-guard help\`)`
            : `unknown command "${command}"${didYouMean(command, [...COMMANDS, ...Object.keys(ALIASES)])} (run \`migration-guard help\`)`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.stderr(`migration-guard: error: ${maskSecrets(e.message)}\n`);
      return EXIT_ERROR;
    }
    const message = maskSecrets(e instanceof Error ? e.message : String(e));
    io.stderr(`migration-guard: internal error: ${message}\n`);
    if (io.env['MIGRATION_GUARD_DEBUG'] && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    else io.stderr('Set MIGRATION_GUARD_DEBUG=1 for details, and please report this.\n');
    return EXIT_ERROR;
  }
}

/** `help`, `help COMMAND` (also an alias such as info). */
function help(rest: string[], io: Io): number {
  const [name, ...more] = rest;
  if (name === undefined) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (more.length > 0) throw new UsageError('help takes one command name');
  if (!isCommand(name)) {
    throw new UsageError(`no help for "${name}": not a command${didYouMean(name, [...COMMANDS, ...Object.keys(ALIASES)])} (run \`migration-guard help\`)`);
  }
  io.stdout(usageOf(name));
  return EXIT_OK;
}
