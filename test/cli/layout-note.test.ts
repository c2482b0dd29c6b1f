import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tmpProject } from '../helpers/tmp.js';

// A user of another runner must be told which layout was detected (and why), or they cannot tell
// whether their files were read as their runner reads them.
describe('the detected layout', () => {
  const files = {
    'migrations/2024-01-01-000000_users/up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    'migrations/2024-01-01-000000_users/down.sql': 'DROP TABLE users;\n',
  };

  it('is said on stderr by lint, in every format', async () => {
    const dir = tmpProject(files);
    for (const format of ['text', 'json']) {
      const r = await runCli(dir, ['lint', '--format', format]);
      expect(r.stderr).toContain('migration-guard: layout: diesel (detected: 1 folders with up.sql (diesel);');
    }
  });

  it('is not said when the config names the layout', async () => {
    const dir = tmpProject({ ...files, 'migration-guard.yml': 'layout: diesel\n' });
    const r = await runCli(dir, ['lint']);
    expect(r.stderr).not.toContain('layout:');
  });
});
