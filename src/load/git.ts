/**
 * The migrations as they are at a git ref (--base): which files exist there and their bytes.
 * One `git ls-tree` and one `git cat-file --batch`, whatever the number of files. And who the
 * author of a new migration is (`git config user.name`).
 */
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { SourceFile } from '../model/project.js';

function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd,
    input,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function gitText(cwd: string, args: string[]): string {
  return git(cwd, args).toString('utf8').trim();
}

/**
 * Files under `rootAbs` at `ref`, with `rel` relative to the root and `path` relative to `cwd`
 * (as if the files were checked out): `.sql` files and those ending in one of `suffixes`
 * (Flyway's sqlMigrationSuffixes), in any case.
 */
export function readFilesAtRef(rootAbs: string, ref: string, cwd: string, suffixes: string[] = []): SourceFile[] {
  const wanted = ['.sql', ...suffixes].map((x) => x.toLowerCase());
  let top: string;
  try {
    top = gitText(rootAbs, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new UsageError(`--base ${ref} needs a git repository, and ${relative(cwd, rootAbs) || '.'} is not in one`);
  }
  let commit: string;
  try {
    commit = gitText(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(
      `--base: unknown git ref "${ref}" (in a shallow clone fetch it first, e.g. \`git fetch --depth=1 origin ${ref.replace(/^origin\//, '')}\`)`,
    );
  }
  const prefix = relative(top, rootAbs).split(sep).join('/');
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix]).toString('utf8');
  const entries: { sha: string; path: string }[] = [];
  for (const line of listing.split('\0')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const [mode, type, sha] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    if (type === 'blob' && mode !== '120000' && sha && wanted.some((x) => path.toLowerCase().endsWith(x))) entries.push({ sha, path });
  }
  if (entries.length === 0) return [];
  const out = git(top, ['cat-file', '--batch'], entries.map((e) => e.sha).join('\n') + '\n');
  const files: SourceFile[] = [];
  let pos = 0;
  for (const e of entries) {
    const nl = out.indexOf(0x0a, pos);
    const header = out.subarray(pos, nl).toString('utf8').split(' ');
    const size = Number(header[2]);
    const bytes = out.subarray(nl + 1, nl + 1 + size);
    pos = nl + 1 + size + 1;
    const abs = `${top}/${e.path}`;
    files.push({
      rel: prefix === '' ? e.path : e.path.slice(prefix.length + 1),
      path: relative(cwd, abs).split(sep).join('/'),
      bytes: new Uint8Array(bytes),
    });
  }
  return files;
}

/**
 * Who writes a new migration (the Author line of `create`'s header): `git config user.name` run in
 * `dir` (so a repository's own setting wins over the global one), else the operating system's user
 * name (os.userInfo, then USER / LOGNAME / USERNAME); never empty ("unknown" when nothing says).
 */
export function authorName(dir: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 })
      .toString('utf8')
      .trim();
    if (name) return name;
  } catch {
    // No git, no repository setting and no global one: the system's user name below.
  }
  let user = '';
  try {
    user = userInfo().username.trim();
  } catch {
    // No passwd entry for the uid (a container): the environment below.
  }
  return user || (env['USER'] ?? env['LOGNAME'] ?? env['USERNAME'] ?? '').trim() || 'unknown';
}
