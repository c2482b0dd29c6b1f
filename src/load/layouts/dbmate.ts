/**
 * dbmate (amacneil/dbmate), as read in docs/design/runner-layouts.md §3 and pkg/dbmate/migration.go:
 * - names: `^(\d+).*\.sql$` (db.go migrationFileRegexp), the version the leading digits kept as a
 *   string; top level only, others skipped; files sorted by name (text order);
 * - one file holds both directions: `-- migrate:up` and `-- migrate:down` (upRegExp/downRegExp:
 *   `^--\s*migrate:up(\s*$|\s+\S+)`), both required, up first, only comments before up;
 *   options on the directive line (`transaction:false`: Transaction() is `!= "false"`);
 * - each section is sent as ONE query (tx.Exec without arguments, lib/pq: a simple query),
 *   inside BEGIN … the version row … COMMIT unless `transaction:false`.
 * - tracking: `schema_migrations (version varchar primary key)`.
 */
import { stringVersion } from '../version.js';
import type { Execution, FormatProblem, Layout, LayoutSource, LayoutUnit } from './types.js';
import { baseName, isTopLevel, onlyComments } from './common.js';

const wrapped = (direction: string): Execution => ({
  unit: 'file',
  wrapped: true,
  why: `dbmate runs the ${direction} section in a transaction`,
  unwrap: `add \`transaction:false\` to its directive line (\`-- migrate:${direction} transaction:false\`)`,
});
const unwrapped = (direction: string): Execution => ({ unit: 'file', wrapped: false, why: `with \`transaction:false\` dbmate sends the ${direction} section to PostgreSQL as one query` });

const DIRECTIVE = /^--\s*migrate:(up|down)(\s*$|\s+\S+)/gm;

/** Options of a directive line (parseMigrationOptions): `key:value` words after the directive. */
function optionsOf(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  const rest = line.replace(/^--\s*migrate:(up|down)/, '').trim();
  for (const pair of rest ? rest.split(/\s+/) : []) {
    const parts = pair.split(':');
    if (parts.length === 2) out[parts[0]!] = parts[1]!;
  }
  return out;
}

export function readDbmate(text: string): { up?: number; down?: number; end: number; upTx: boolean; downTx: boolean; problems: FormatProblem[] } {
  const directives = [...text.matchAll(DIRECTIVE)].map((m) => ({ kind: m[1] as 'up' | 'down', at: m.index, line: text.slice(m.index, text.indexOf('\n', m.index) < 0 ? text.length : text.indexOf('\n', m.index)) }));
  const problems: FormatProblem[] = [];
  const up = directives.find((d) => d.kind === 'up');
  const down = directives.find((d) => d.kind === 'down' && (!up || d.at > up.at));
  if (!up) problems.push({ offset: 0, message: "no `-- migrate:up` line: dbmate refuses the file (\"dbmate requires each migration to define an up block with '-- migrate:up'\")", help: 'Start the migration with `-- migrate:up` and put its rollback after `-- migrate:down`.' });
  else if (!onlyComments(text.slice(0, up.at))) problems.push({ offset: 0, message: "SQL before `-- migrate:up`: dbmate refuses the file (\"dbmate does not support statements preceding the '-- migrate:up' block\")" });
  if (up && !down) problems.push({ offset: up.at, message: "no `-- migrate:down` after `-- migrate:up`: dbmate refuses the file (\"dbmate requires each migration to define a down block with '-- migrate:down'\"); the down block may be empty", help: 'Add a `-- migrate:down` section that reverses the migration.' });
  const extra = up ? directives.filter((d) => d.kind === 'up' && d.at > up.at) : [];
  if (extra.length) {
    problems.push({
      offset: extra[0]!.at,
      message: 'a second `-- migrate:up` section: dbmate runs each section on its own, and each one records the same version in schema_migrations, so the second fails on its primary key (amacneil/dbmate#820); migration-guard checks only the first section',
      help: 'Put each up/down pair in a migration file of its own.',
    });
  }
  const end = extra[0]?.at ?? text.length;
  return {
    ...(up ? { up: up.at } : {}),
    ...(down && down.at < end ? { down: down.at } : {}),
    end,
    upTx: !up || optionsOf(up.line)['transaction'] !== 'false',
    downTx: !down || optionsOf(down.line)['transaction'] !== 'false',
    problems,
  };
}

function read(files: LayoutSource[]): LayoutUnit[] {
  const out: LayoutUnit[] = [];
  for (const f of files) {
    const name = baseName(f.rel);
    const m = /^(\d+).*\.sql$/.exec(name);
    if (!isTopLevel(f.rel) || !m) {
      out.push({ rel: f.rel, kind: 'invalid', problem: isTopLevel(f.rel) ? 'not a dbmate name (it must start with the version digits and end in .sql): dbmate skips it, so it never runs' : 'dbmate reads only the top level of its directory: it never runs a file in a subdirectory' });
      continue;
    }
    const version = stringVersion(m[1]!, 'text');
    const description = name.slice(m[1]!.length).replace(/^[_-]/, '').replace(/\.sql$/, '');
    const d = readDbmate(f.text);
    const end = d.end;
    const preamble: [number, number] = [0, d.up ?? end];
    out.push({
      rel: f.rel,
      kind: 'versioned',
      version,
      description,
      execution: d.upTx ? wrapped('up') : unwrapped('up'),
      section: 'up',
      ...(d.up !== undefined ? { sectionStart: d.up } : {}),
      keep: [preamble, [d.up ?? end, d.down ?? end]],
      ...(d.problems.length ? { formatProblems: d.problems } : {}),
    });
    if (d.down !== undefined) {
      out.push({ rel: f.rel, kind: 'rollback', version, description, execution: d.downTx ? wrapped('down') : unwrapped('down'), section: 'down', sectionStart: d.down, keep: [preamble, [d.down, end]] });
    }
  }
  return out;
}

export const dbmate: Layout = {
  name: 'dbmate',
  runner: 'dbmate',
  extraFiles: [],
  rollbacks: 'sections',
  duplicate: `dbmate does not notice: the second file counts as applied once the first is, and never runs`,
  outOfOrder: `dbmate applies it after the newer ones (and refuses it with --strict)`,
  modified: `dbmate does not notice (it keeps no checksum)`,
  read,
  expectedRollback: (up) => `add a \`-- migrate:down\` section to ${up.rel} that reverses it`,
  tracking: {
    table: 'schema_migrations',
    create: ['CREATE TABLE IF NOT EXISTS schema_migrations (version varchar primary key)'],
    record: (version) => [{ sql: 'INSERT INTO schema_migrations (version) VALUES ($1)', params: [version] }],
  },
};
