/**
 * The GitHub Action (first cut: lint with annotations, outputs and a job summary; the PR
 * comment, database check and deploy modes come with the Action issue).
 */
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLint, type LintResult } from '../commands/lint.js';
import { ConfigError, UsageError } from '../errors.js';
import { exitCodeFor } from '../cli/main.js';
import { formatJson } from '../report/json.js';
import { readFilesAtRef } from '../load/git.js';

function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

/** The PR's target branch as a local ref, when the checkout has it. */
function defaultBase(cwd: string): string | undefined {
  const baseRef = process.env['GITHUB_BASE_REF'];
  if (!baseRef) return undefined;
  const ref = `origin/${baseRef}`;
  try {
    readFilesAtRef(cwd, ref, cwd);
    return ref;
  } catch {
    core.warning(
      `The base branch ${ref} is not in the checkout, so applied-migration-modified and out-of-order-version are skipped. Use actions/checkout with fetch-depth: 0, or set the \`base\` input.`,
    );
    return undefined;
  }
}

export async function run(): Promise<void> {
  const cwd = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  try {
    const failOn = (input('fail-on') ?? 'error') as 'error' | 'warning' | 'never';
    if (!['error', 'warning', 'never'].includes(failOn)) throw new UsageError(`fail-on must be error, warning or never (got "${failOn}")`);
    const result: LintResult = await runLint({
      cwd,
      paths: (input('path') ?? '').split(/\s+/).filter(Boolean),
      base: input('base') ?? defaultBase(cwd),
      configPath: input('config'),
      environment: input('environment'),
    });
    for (const f of result.findings) {
      const props = { file: f.file, startLine: f.line, startColumn: f.column, title: f.rule };
      const text = `${f.message}\n${f.help}`;
      if (f.severity === 'error') core.error(text, props);
      else core.warning(text, props);
    }
    const reportPath = join(process.env['RUNNER_TEMP'] ?? cwd, 'migration-guard-report.json');
    writeFileSync(reportPath, formatJson(result.findings, result.summary));
    core.setOutput('errors', result.summary.errors);
    core.setOutput('warnings', result.summary.warnings);
    core.setOutput('report-json', reportPath);
    await core.summary
      .addHeading('migration-guard', 2)
      .addRaw(
        `${result.summary.errors} error(s), ${result.summary.warnings} warning(s) in ${result.summary.migrations} migration(s).`,
        true,
      )
      .addTable([
        [
          { data: 'File', header: true },
          { data: 'Line', header: true },
          { data: 'Rule', header: true },
          { data: 'Message', header: true },
        ],
        ...result.findings.map((f) => [f.file, String(f.line), f.rule, f.message]),
      ])
      .write();
    if (exitCodeFor(result.findings, failOn) !== 0) {
      core.setFailed(`migration-guard: ${result.summary.errors} error(s), ${result.summary.warnings} warning(s)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) core.setFailed(e.message);
    else core.setFailed(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
