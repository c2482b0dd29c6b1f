/**
 * Runs the committed Action bundle (dist/index.js) the way the runner does: INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the workspace as working directory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';

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

export interface SpawnedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
  summary: string;
  /** The run's own directory (RUNNER_TEMP; event.json, output.txt, summary.md). */
  dir: string;
}

/**
 * Runs dist/index.js asynchronously, so that a fake GitHub API in this process (GITHUB_API_URL)
 * can answer it: the event as GITHUB_EVENT_PATH's JSON, the runner's GITHUB_* variables, the
 * inputs as INPUT_*, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files in a fresh directory under `root`.
 */
export async function spawnBuiltAction(
  workspace: string,
  opts: { root: string; apiUrl: string; repository: string; eventName: string; event: object; sha: string; inputs?: Record<string, string>; env?: NodeJS.ProcessEnv },
): Promise<SpawnedRun> {
  const dir = mkdtempSync(join(opts.root, 'run-'));
  const output = join(dir, 'output.txt');
  const summary = join(dir, 'summary.md');
  const eventPath = join(dir, 'event.json');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(eventPath, JSON.stringify(opts.event));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SHA: opts.sha,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  const bin = new URL('../../dist/index.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr, output: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8'), dir };
}

/**
 * Runs the Action's source in-process (src/action/main.ts's run(), as dist/index.js calls it), so
 * a fake GitHub API in this process can answer: the runner's INPUT_* and GITHUB_* variables (as
 * given), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. @actions/core keeps the summary file's path
 * from its first use, so every run of a test file writes one file, emptied before each run.
 */
const summaryFile = join(mkdtempSync(join(tmpdir(), 'mg-summary-')), 'step-summary.md');

export async function runActionInProcess(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const { run } = await import('../../src/action/main.js');
  const output = join(dirname(summaryFile), 'github-output.txt');
  writeFileSync(output, '');
  writeFileSync(summaryFile, '');
  // Nothing of a surrounding CI job leaks in: what a run sees is what the test gives.
  const cleared = ['GITHUB_SHA', 'GITHUB_REPOSITORY', 'GITHUB_EVENT_PATH', 'GITHUB_TOKEN', 'GITHUB_API_URL', 'GITHUB_SERVER_URL', 'GITHUB_ACTION_REPOSITORY', 'GITHUB_ACTION_REF', 'GITHUB_BASE_REF'];
  const vars: Record<string, string> = {
    ...Object.fromEntries(cleared.map((k) => [k, ''])),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dirname(summaryFile),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    ...env,
  };
  for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  let log = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((log += String(s)), true));
  const exitCode = process.exitCode;
  try {
    await run();
    const out = readFileSync(output, 'utf8');
    const outputOf = (name: string) => new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(out)?.[2];
    return { failed: process.exitCode === 1, log, output: out, outputOf, summary: readFileSync(summaryFile, 'utf8') };
  } finally {
    write.mockRestore();
    process.exitCode = exitCode;
    vi.unstubAllEnvs();
  }
}
