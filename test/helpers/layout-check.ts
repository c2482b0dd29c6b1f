/**
 * `check` on another runner's project (issue #15): the layout's config, the CLI's JSON output and
 * the bits of it the layout tests assert on.
 */
import { expect } from 'vitest';
import type { CheckResult } from '../../src/commands/check.js';
import type { TestEngine } from './db.js';
import { runCli } from './cli.js';

export interface Migration {
  file: string;
  applied: string;
  rollback: string;
  error?: { line: number; column: number; sqlstate: string; message: string };
}

export const config = (layout: string) => `layout: ${layout}\nrules:\n  migration-documented: off\n`;

/** `migration-guard check --format json` on the project: its migrations, schema changes and findings. */
export async function checkJson(dir: string, engine: TestEngine, paths = ['migrations']) {
  const run = await runCli(dir, ['check', ...paths, '--format', 'json', ...(engine.url ? ['--database-url', engine.url] : [])]);
  expect(run.stdout, run.stderr).toMatch(/^\{/);
  const json = JSON.parse(run.stdout) as {
    migrations: Migration[];
    findings: { rule: string; file: string; line: number; column: number; message: string }[];
    schemaDiff: { changes: { change: string; kind: string; name: string }[]; added: { name: string }[]; changed: { name: string }[]; dropped: { name: string }[] };
  };
  return { ...json, code: run.code };
}

export type Result = Awaited<ReturnType<typeof checkJson>> | CheckResult;
export const statuses = (r: Result) => r.migrations.map((m) => `${m.file} ${m.applied} ${m.rollback}`);
export const failure = (r: Result, file: string) => {
  const m = r.migrations.find((x) => x.file === file)!;
  return m.error && `${m.applied} ${m.error.sqlstate} ${m.error.line}:${m.error.column}`;
};
export const applyFailed = (r: Result) => r.findings.filter((f) => f.rule === 'apply-failed').map((f) => `${f.file}:${f.line}:${f.column}`);
/** Every object name of the schema diff (added, changed, dropped). */
export const diffNames = (r: { schemaDiff: unknown }) =>
  Object.values(r.schemaDiff as Record<string, unknown>)
    .filter(Array.isArray)
    .flat()
    .map((d) => (d as { name: string }).name);
