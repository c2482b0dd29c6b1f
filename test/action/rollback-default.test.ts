/**
 * The Action's rollback mode without target-version undoes the newest applied version, as the
 * CLI's rollback does (issue #13 §5). Runs the Action's source in-process (src/action/main.ts's
 * run(), as dist/index.js calls it) against the PostgreSQL server, with the runner's INPUT_*,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { main } from '../../src/cli/main.js';
import type { Scratch } from '../../src/db/engine.js';
import { engines } from '../helpers/db.js';
import { urlOf } from '../helpers/runner.js';
import { tmpProject } from '../helpers/tmp.js';

const server = engines.find((e) => e.name === 'postgres')!;

async function action(workspace: string, inputs: Record<string, string>) {
  const output = join(workspace, 'github-output.txt');
  const summary = join(workspace, 'step-summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  vi.stubEnv('GITHUB_ACTIONS', 'true');
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('GITHUB_OUTPUT', output);
  vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
  vi.stubEnv('GITHUB_EVENT_NAME', 'workflow_dispatch');
  for (const [k, v] of Object.entries(inputs)) vi.stubEnv(`INPUT_${k.toUpperCase()}`, v);
  let log = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((log += String(s)), true));
  const exitCode = process.exitCode;
  try {
    await run();
    return { failed: process.exitCode === 1, log, output: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') };
  } finally {
    write.mockRestore();
    process.exitCode = exitCode;
    vi.unstubAllEnvs();
  }
}

describe('the Action rollback mode [postgres]', () => {
  let scratch: Scratch;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    scratch = await server.scratch();
    url = await urlOf(scratch.db);
    dir = tmpProject({
      'migrations/V1__users.sql': 'BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY);\nCOMMIT;\n',
      'migrations/rollback/V1__rollback.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
      'migrations/V2__audit.sql': 'BEGIN;\nCREATE TABLE audit (id bigint);\nCOMMIT;\n',
      'migrations/rollback/V2__rollback.sql': 'BEGIN;\nDROP TABLE audit;\nCOMMIT;\n',
      'migrations/V3__orders.sql': 'BEGIN;\nCREATE TABLE orders (id bigint);\nCOMMIT;\n',
      'migrations/rollback/V3__rollback.sql': 'BEGIN;\nDROP TABLE orders;\nCOMMIT;\n',
    });
    const io = { cwd: dir, env: {}, stdout: () => undefined, stderr: () => undefined, isTTY: false };
    expect(await main(['migrate', '--database-url', url], io)).toBe(0);
  });
  afterAll(async () => {
    await scratch.dispose();
  });

  const applied = async () =>
    (await scratch.db.query<{ version: string }>('SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank')).rows.map((r) => r.version);

  it('without target-version undoes the newest applied version, as the CLI does', async () => {
    const r = await action(dir, { mode: 'rollback', 'database-url': url });
    expect(r.failed, r.log).toBe(false);
    expect(r.output).toMatch(/^rolled-back<<(.+)\n1\n\1$/m);
    expect(r.log).toContain('rolled back 3 orders with rollback/V3__rollback.sql');
    expect(r.summary).toContain('| 3 | orders | rollback/V3\\_\\_rollback.sql |');
    expect(await applied()).toEqual(['1', '2']);
  });

  it('with target-version undoes every version above it', async () => {
    const r = await action(dir, { mode: 'rollback', 'database-url': url, 'target-version': '0' });
    expect(r.failed, r.log).toBe(false);
    expect(r.output).toMatch(/^rolled-back<<(.+)\n2\n\1$/m);
    expect(await applied()).toEqual([]);
  });
});
