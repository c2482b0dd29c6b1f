import { describe, expect, it } from 'vitest';
import { tmpProject } from '../helpers/tmp.js';
import { runCli } from '../helpers/cli.js';

describe('lint: the detected layout is said on stderr', () => {
  it('names the layout, why, and the `layout:` setting that overrides it', async () => {
    const dir = tmpProject({ 'migrations/00001_users.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY);\n-- +goose Down\nDROP TABLE users;\n' });
    const r = await runCli(dir, ['lint', '--format', 'json']);
    expect(r.stderr).toBe('migration-guard: layout: goose (detected: 1 file with `-- +goose Up`; set `layout:` in migration-guard.yml to choose another)\n');
  });

  it('says nothing when `layout:` is set, or for Flyway names', async () => {
    const set = tmpProject({ 'migration-guard.yml': 'layout: goose\n', 'migrations/00001_users.sql': '-- +goose Up\nSELECT 1;\n' });
    expect((await runCli(set, ['lint', '--format', 'json'])).stderr).toBe('');
    const flyway = tmpProject({ 'migrations/V1__users.sql': 'BEGIN;\nSELECT 1;\nCOMMIT;\n' });
    expect((await runCli(flyway, ['lint', '--format', 'json'])).stderr).toBe('');
  });
});
