/**
 * rollback-incomplete for a goose Down section: at the section's directive line, named as the
 * section of its file, and, for an enum value the rollback cannot remove, why.
 */
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tmpProject } from '../helpers/tmp.js';

it('a Down section that leaves an added enum value: at the -- +goose Down line, with what PostgreSQL cannot do', async () => {
  const dir = tmpProject({
    'migrations/00001_mood.sql': "-- +goose Up\nCREATE TYPE mood AS ENUM ('calm');\n-- +goose Down\nDROP TYPE mood;\n",
    'migrations/00002_tense.sql': "-- +goose Up\nALTER TYPE mood ADD VALUE 'tense';\n\n-- +goose Down\nSELECT 1;\n",
  });
  const r = await runCli(dir, ['check', '--format', 'json']);
  const json = JSON.parse(r.stdout) as { findings: { rule: string; file: string; line: number; message: string }[] };
  const f = json.findings.find((x) => x.rule === 'rollback-incomplete');
  expect(f).toMatchObject({ file: 'migrations/00002_tense.sql', line: 4 });
  expect(f!.message).toMatch(/^the down section of 00002_tense\.sql does not undo its up section: not restored: enum public\.mood/);
  expect(f!.message).toContain('PostgreSQL cannot drop an enum value (ALTER TYPE … DROP VALUE is refused)');
}, 60_000);
