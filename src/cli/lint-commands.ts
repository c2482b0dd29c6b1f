/**
 * `lint`, `check` and `rules`: options → request → result → the chosen output format.
 */
import pkg from '../../package.json' with { type: 'json' };
import { rules } from '../../rules/index.js';
import { CHECK_RULES } from '../check/rules.js';
import { runLint, type LintRequest } from '../commands/lint.js';
import { UsageError } from '../errors.js';
import { toPostgresUrl } from '../db/url.js';
import { configNotes, type Config } from '../load/config.js';
import { exitCodeFor } from '../lint/exit-code.js';
import type { Finding } from '../lint/types.js';
import { formatGithub } from '../report/github.js';
import { formatJson } from '../report/json.js';
import { toSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { choice, flywayArgsOf, parse, placeholderValues, ruleOverrides, useColor, workersFromEnv, type Io, type Options, type Values } from './options.js';
import { ruleList, rulePage } from './rule-docs.js';
import { usageOf } from './usage.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;

export const LINT_OPTIONS: Options = {
  base: { type: 'string' },
  format: { type: 'string' },
  config: { type: 'string' },
  environment: { type: 'string' },
  placeholder: { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  'exclude-rule': { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  'cache-dir': { type: 'string' },
};

/** The SARIF 2.1.0 log the Action uploads, for these findings. */
export function sarifText(findings: Finding[]): string {
  return JSON.stringify(toSarif(findings, [...rules.map((r) => r.meta), ...CHECK_RULES], pkg.version), null, 2) + '\n';
}

export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...LINT_OPTIONS, 'stdin-filepath': { type: 'string' } });
  if (values['help']) {
    io.stdout(usageOf('lint'));
    return 0;
  }
  const format = choice(values['format'] as string | undefined, 'format', FORMATS, 'text');
  const failOn = choice(values['fail-on'] as string | undefined, 'fail-on', FAIL_ON, 'error');
  const req = lintRequest(values, positionals, io);
  const stdinPath = values['stdin-filepath'] as string | undefined;
  if (positionals.includes('-')) {
    if (positionals.length > 1) throw new UsageError('lint - reads one file from stdin: name no other path');
    if (!stdinPath) throw new UsageError('lint - needs --stdin-filepath PATH: where the file on stdin belongs in its project (e.g. migrations/V3__add_index.sql)');
    if (!io.readStdin) throw new UsageError('lint -: stdin cannot be read here');
    req.paths = [];
    req.stdin = { path: stdinPath, bytes: await io.readStdin() };
  } else if (stdinPath !== undefined) {
    throw new UsageError('--stdin-filepath goes with "-" (lint - --stdin-filepath PATH < file.sql)');
  }
  const result = await runLint(req);
  io.stdout(findingsIn(format, result.findings, () => formatJson(result.findings, result.summary), () => formatText(result.findings, result.summary, useColor(values, argv, io))));
  return exitCodeFor(result.findings, failOn);
}

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...LINT_OPTIONS, 'database-url': { type: 'string' }, 'cache-on-server': { type: 'boolean' } });
  if (values['help']) {
    io.stdout(usageOf('check'));
    return 0;
  }
  const format = choice(values['format'] as string | undefined, 'format', FORMATS, 'text');
  const failOn = choice(values['fail-on'] as string | undefined, 'fail-on', FAIL_ON, 'error');
  if (positionals.includes('-')) throw new UsageError('check applies files from disk; "-" (stdin) is for lint');
  // check's engine and reports are loaded here, not with lint (their modules are a third of lint's
  // chunk in the bundle, issue #16).
  const [{ runCheck }, { checkProgressPrinter, formatCheckJson, formatCheckText }, { formatConnectRetry }] = await Promise.all([
    import('../commands/check.js'),
    import('../report/check.js'),
    import('../report/db.js'),
  ]);
  const progress = checkProgressPrinter(io.stderr, io.isTTY);
  try {
    const result = await runCheck({
      ...lintRequest(values, positionals, io),
      databaseUrl: jdbcAware(values['database-url'] as string | undefined, io),
      cacheOnServer: values['cache-on-server'] === true,
      onProgress: progress.onProgress,
      onConnectRetry: (...retry) => io.stderr(formatConnectRetry(...retry)),
    });
    progress.stop();
    if (result.metrics?.warning) io.stderr(`migration-guard: warning: ${result.metrics.warning}\n`);
    io.stdout(findingsIn(format, result.findings, () => formatCheckJson(result), () => formatCheckText(result, useColor(values, argv, io))));
    return exitCodeFor(result.findings, failOn);
  } finally {
    progress.stop();
  }
}

function findingsIn(format: (typeof FORMATS)[number], findings: Finding[], json: () => string, text: () => string): string {
  switch (format) {
    case 'json':
      return json();
    case 'sarif':
      return sarifText(findings);
    case 'github':
      return formatGithub(findings);
    case 'text':
      return text();
  }
}

/** The options lint and check share, as a request. */
function lintRequest(values: Values, positionals: string[], io: Io): LintRequest {
  return {
    cwd: io.cwd,
    paths: positionals,
    base: values['base'] as string | undefined,
    configPath: values['config'] as string | undefined,
    environment: values['environment'] as string | undefined,
    placeholders: placeholderValues(values),
    rules: ruleOverrides(values),
    workers: workersFromEnv(io.env),
    noCache: values['no-cache'] === true,
    cacheDir: values['cache-dir'] as string | undefined,
    env: io.env,
    flywayArgs: flywayArgsOf(values),
    onConfig: (config) => printConfigNotes(config, io),
    // The layout detected from the files (another runner's): said once, on stderr.
    onNote: (line) => io.stderr(`migration-guard: ${line}\n`),
  };
}

/** A jdbc:postgresql URL as node-postgres takes it; what it cannot use is said on stderr. */
export function jdbcAware(url: string | undefined, io: Io): string | undefined {
  if (url === undefined) return undefined;
  const converted = toPostgresUrl(url);
  for (const w of converted.warnings) io.stderr(`migration-guard: warning: ${w}\n`);
  return converted.url;
}

/** What the configuration says about itself (files read, Flyway settings not used), on stderr. */
export function printConfigNotes(config: Config, io: Io): void {
  for (const line of configNotes(config)) io.stderr(`migration-guard: ${line}\n`);
}

/** `rules`: the list; `rules RULE`: that rule's page. */
export function rulesCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse(argv, { format: { type: 'string' } });
  if (values['help']) {
    io.stdout(usageOf('rules'));
    return 0;
  }
  const format = choice(values['format'] as string | undefined, 'format', ['text', 'json'] as const, 'text');
  if (positionals.length > 1) throw new UsageError('rules takes at most one rule id');
  const list = ruleList();
  if (positionals.length === 1) {
    const id = positionals[0]!;
    const page = rulePage(id);
    if (format === 'json') {
      const r = list.find((x) => x.id === id)!;
      io.stdout(JSON.stringify({ id: r.id, severity: r.severity, description: r.description, page }, null, 2) + '\n');
    } else io.stdout(page);
    return 0;
  }
  if (format === 'json') {
    io.stdout(JSON.stringify(list.map(({ id, severity, description }) => ({ id, severity, description })), null, 2) + '\n');
  } else {
    const width = Math.max(...list.map((r) => r.id.length));
    for (const r of list) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
  }
  return 0;
}
