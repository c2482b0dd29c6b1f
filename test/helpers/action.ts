/**
 * Runs the committed Action bundle (dist/index.js) the way the runner does: INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the workspace as working directory.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function runBuiltAction(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const output = join(workspace, 'github-output.txt');
  const summary = join(workspace, 'step-summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const vars: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: workspace,
    ...env,
  };
  for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.toUpperCase()}`] = v;
  const bin = new URL('../../dist/index.js', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [bin], { cwd: workspace, env: vars, encoding: 'utf8', timeout: 60_000 });
  const out = readFileSync(output, 'utf8');
  /** The value of one output (the runner's `name<<delimiter` format). */
  const outputOf = (name: string) => new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(out)?.[2];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: out, summary: readFileSync(summary, 'utf8'), outputOf };
}
