/**
 * The committed Action bundle, run as the runner runs it: INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, the workspace as working directory.
 */
import { describe, expect, it } from 'vitest';
import { tmpProject } from '../helpers/tmp.js';
import { runBuiltAction } from '../helpers/action.js';

const runAction = (workspace: string, inputs: Record<string, string>) => runBuiltAction(workspace, inputs);

describe('the Action bundle (dist/index.js)', () => {
  it('annotates findings, writes outputs and the summary, and fails the step on errors', () => {
    const dir = tmpProject({
      // The Action now also applies the migrations (check), so the table must exist.
      'migrations/V1__users.sql': 'BEGIN;\nCREATE TABLE users (email text);\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
      'migrations/V2__x.sql': 'BEGIN;\nCREATE INDEX i ON users (email);\nCOMMIT;\n',
      'migrations/rollback/V2__rollback.sql': 'BEGIN;\nDROP INDEX i;\nCOMMIT;\n',
    });
    const r = runAction(dir, { 'fail-on': 'error' });
    expect(r.stdout).toContain('::error title=require-concurrent-index,file=migrations/V2__x.sql,line=2,col=19::CREATE INDEX on existing table users');
    expect(r.output).toMatch(/^errors<<.*\n1\n/m);
    expect(r.output).toMatch(/^report-json<<.*\n.*migration-guard-report\.json\n/m);
    expect(r.summary).toContain('require-concurrent-index');
    expect(r.status).toBe(1);
  });

  it('passes on a clean project and never prints a stack trace on bad input', () => {
    const dir = tmpProject({ 'migrations/V1__x.sql': 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\n', 'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE t;\nCOMMIT;\n' });
    expect(runAction(dir, {}).status).toBe(0);
    const bad = runAction(dir, { 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error::fail-on must be error, warning or never');
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);
  });
});
