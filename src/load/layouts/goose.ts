/**
 * goose (pressly/goose v3), as read in docs/design/runner-layouts.md §2 and goose's
 * internal/sqlparser/parser.go (ParseSQLMigration, extractAnnotation, endsWithSemicolon):
 * - names: `{version}_{name}.sql`, the version before the first "_" an int64 ≥ 1
 *   (migration.go NumericComponent); top level only; numeric order;
 * - one file holds both directions: `-- +goose Up` (required, first), `-- +goose Down`;
 *   annotations are lines starting with `--` that contain `+goose`, case-insensitive, and may not
 *   start with whitespace; `StatementBegin … StatementEnd` makes one statement of several lines;
 *   `NO TRANSACTION` (anywhere) applies to both directions; `ENVSUB ON/OFF`;
 * - goose splits each direction into statements itself: a statement ends at a line whose last
 *   word (before a `--` comment) ends with ";", outside StatementBegin/End; each statement is one
 *   Exec (one query), all in one transaction (BEGIN … the version row … COMMIT) unless NO
 *   TRANSACTION (migration_sql.go runSQLMigration).
 * - tracking: goose_db_version, created with a version-0 row.
 */
import type { Execution, FormatProblem, Layout, LayoutSource, LayoutUnit } from './types.js';
import { baseName, integerVersion, isTopLevel, linesOf, type Line } from './common.js';

const WRAPPED: Execution = {
  unit: 'statement',
  wrapped: true,
  why: 'goose runs each migration in a transaction',
  unwrap: 'add the line `-- +goose NO TRANSACTION` to the file',
};
const UNWRAPPED: Execution = { unit: 'statement', wrapped: false, why: 'with `-- +goose NO TRANSACTION` goose sends each statement on its own, committed as it runs' };

const ANNOTATIONS = ['Up', 'Down', 'StatementBegin', 'StatementEnd', 'NO TRANSACTION', 'ENVSUB ON', 'ENVSUB OFF'];

/** The annotation of a line, as extractAnnotation reads it; a string is an error message. */
function annotationOf(line: string): string | { error: string } | undefined {
  if (!(line.trim().startsWith('--') && line.includes('+goose'))) return undefined;
  if (/^[ \t]/.test(line)) return { error: `the goose annotation "${line.trim()}" starts with whitespace: goose refuses the file ("contains leading whitespace")` };
  let cmd = line.replaceAll('--', '').replace('+goose', '');
  if (cmd.includes('+goose')) return { error: 'two +goose annotations on one line: goose refuses the file' };
  cmd = cmd.trim();
  const known = ANNOTATIONS.find((a) => a.toLowerCase() === cmd.toLowerCase());
  return known ?? { error: `"${cmd}" is not a goose annotation (${ANNOTATIONS.join(', ')}): goose refuses the file` };
}

/** Goose's endsWithSemicolon: the last word before a `--` word ends with ";". */
function endsWithSemicolon(line: string): boolean {
  let prev = '';
  for (const word of line.split(/\s+/).filter(Boolean)) {
    if (word.startsWith('--')) break;
    prev = word;
  }
  return prev.endsWith(';');
}

export interface GooseFile {
  up?: number;
  down?: number;
  noTransaction: boolean;
  /** The statements goose sends, per direction: [start, end) offsets in the text. */
  chunks: { up: [number, number][]; down: [number, number][] };
  /** The lines goose expands from the environment (inside ENVSUB ON … OFF), per direction. */
  envsub: { up: [number, number][]; down: [number, number][] };
  problems: FormatProblem[];
}

/** Reads a goose file as goose's parser does (see the module comment). */
export function readGoose(text: string): GooseFile {
  const out: GooseFile = { noTransaction: false, chunks: { up: [], down: [] }, envsub: { up: [], down: [] }, problems: [] };
  let envsub = false;
  let direction: 'up' | 'down' | undefined;
  let inBlock: Line | undefined;
  let start: number | undefined;
  let last: Line | undefined;
  const problem = (l: Line, message: string, help?: string) => out.problems.push({ offset: l.start, message, ...(help ? { help } : {}) });
  const store = (end: number) => {
    if (start !== undefined && direction) out.chunks[direction].push([start, end]);
    start = undefined;
  };
  for (const l of linesOf(text)) {
    const a = annotationOf(l.text);
    if (typeof a === 'object') {
      problem(l, a.error);
      continue;
    }
    if (a) {
      if (a === 'Up') {
        if (direction) problem(l, 'a second `-- +goose Up`: goose refuses the file ("duplicate \'-- +goose Up\' annotations")');
        else {
          direction = 'up';
          out.up = l.start;
        }
      } else if (a === 'Down') {
        if (direction !== 'up' || inBlock) problem(l, direction ? 'a second `-- +goose Down`, or one inside StatementBegin … StatementEnd: goose refuses the file' : '`-- +goose Down` before `-- +goose Up`: goose refuses the file ("must start with \'-- +goose Up\' annotation")');
        else {
          if (start !== undefined) problem(last!, 'this statement does not end with ";" before `-- +goose Down`: goose refuses the file ("unexpected unfinished SQL query: missing semicolon?")', 'End the statement with ";" at the end of its line.');
          start = undefined;
          direction = 'down';
          out.down = l.start;
        }
      } else if (a === 'StatementBegin') {
        if (!direction || inBlock) problem(l, '`-- +goose StatementBegin` outside a direction or inside another block: goose refuses the file');
        else inBlock = l;
      } else if (a === 'StatementEnd') {
        if (!inBlock) problem(l, '`-- +goose StatementEnd` without StatementBegin: goose refuses the file');
        else {
          inBlock = undefined;
          if (last) store(last.end);
        }
      } else if (a === 'NO TRANSACTION') out.noTransaction = true;
      else if (a === 'ENVSUB ON') envsub = true;
      else if (a === 'ENVSUB OFF') envsub = false;
      continue;
    }
    if (start === undefined && (l.text.trim().startsWith('--') || l.text === '')) continue;
    if (!direction) {
      if (l.text.trim() !== '') problem(l, 'SQL before `-- +goose Up`: goose refuses the file ("must start with \'-- +goose Up\' annotation")', 'Start the file with the line `-- +goose Up`.');
      continue;
    }
    start ??= l.start;
    if (l.text.trim() !== '') last = l; // a problem names the last line with text, not a blank line after it
    if (envsub) out.envsub[direction].push([l.start, l.end]);
    if (!inBlock && endsWithSemicolon(l.text)) store(l.end);
  }
  if (!direction) out.problems.push({ offset: 0, message: 'no `-- +goose Up` line: goose refuses the file ("must start with \'-- +goose Up\' annotation")', help: 'Start the migration with the line `-- +goose Up` (and put its rollback after `-- +goose Down`).' });
  if (inBlock) problem(inBlock, '`-- +goose StatementBegin` without StatementEnd: goose refuses the file ("missing \'-- +goose StatementEnd\' annotation")');
  else if (start !== undefined && text.slice(start).trim()) problem(last!, 'the last statement does not end with ";": goose refuses the file ("unexpected unfinished SQL query: missing semicolon?")', 'End the statement with ";" at the end of its line.');
  return out;
}

function read(files: LayoutSource[]): LayoutUnit[] {
  const out: LayoutUnit[] = [];
  for (const f of files) {
    const name = baseName(f.rel);
    if (!isTopLevel(f.rel)) {
      out.push({ rel: f.rel, kind: 'invalid', problem: 'goose reads only the top level of its directory: it never runs a file in a subdirectory' });
      continue;
    }
    const at = name.indexOf('_');
    const version = at > 0 ? integerVersion(name.slice(0, at), 'i64') : undefined;
    if (!version || version.parts[0] === '0') {
      out.push({ rel: f.rel, kind: 'invalid', problem: 'not a goose name ({version}_{name}.sql, the version a positive integer): goose refuses it ("no filename separator \'_\' found" / "migration IDs must be greater than zero")' });
      continue;
    }
    const description = name.slice(at + 1).replace(/\.sql$/, '');
    const g = readGoose(f.text);
    const execution = g.noTransaction ? UNWRAPPED : WRAPPED;
    const end = f.text.length;
    const preamble: [number, number] = [0, g.up ?? end];
    out.push({
      rel: f.rel,
      kind: 'versioned',
      version,
      description,
      execution,
      section: 'up',
      ...(g.up !== undefined ? { sectionStart: g.up } : {}),
      keep: [preamble, [g.up ?? end, g.down ?? end]],
      chunks: g.chunks.up,
      ...(g.envsub.up.length ? { envsub: g.envsub.up } : {}),
      ...(g.problems.length ? { formatProblems: g.problems } : {}),
    });
    if (g.down !== undefined) {
      out.push({ rel: f.rel, kind: 'rollback', version, description, execution, section: 'down', sectionStart: g.down, keep: [preamble, [g.down, end]], chunks: g.chunks.down, ...(g.envsub.down.length ? { envsub: g.envsub.down } : {}) });
    }
  }
  return out;
}

export const goose: Layout = {
  name: 'goose',
  runner: 'goose',
  extraFiles: [],
  rollbacks: 'sections',
  duplicate: `goose stops with "found duplicate migration version"`,
  outOfOrder: `goose refuses to migrate a database that applied newer versions unless run with -allow-missing`,
  modified: `goose does not notice (it keeps no checksum)`,
  read,
  expectedRollback: (up) => `add a \`-- +goose Down\` section to ${up.rel} that reverses it`,
  tracking: {
    table: 'goose_db_version',
    create: [
      'CREATE TABLE goose_db_version (id integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp NOT NULL DEFAULT now())',
      'INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true)',
    ],
    record: (version) => [{ sql: 'INSERT INTO goose_db_version (version_id, is_applied) VALUES ($1, true)', params: [version] }],
  },
};
