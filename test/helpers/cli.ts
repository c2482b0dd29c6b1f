/**
 * The CLI in process, as a terminal-less shell runs it: main() with its output collected.
 */
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `migration-guard ARGV` in `cwd` (env: none unless given; stdin: the text `lint -` reads). */
export async function runCli(cwd: string, argv: string[], opts: { env?: NodeJS.ProcessEnv; isTTY?: boolean; stdin?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: opts.env ?? {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: opts.isTTY ?? false,
    ...(opts.stdin !== undefined ? { readStdin: async () => new TextEncoder().encode(opts.stdin) } : {}),
  });
  return { code, stdout, stderr };
}
