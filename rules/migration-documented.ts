import { defineRule, type RuleContext } from '../src/lint/types.js';
import { DOCUMENTATION_FIELDS, type DocumentationField } from '../src/load/settings.js';
import { dateProblem, field, fieldText, readHeader, templatePlaceholder, type Header, type HeaderLine } from '../src/model/header.js';
import type { MigrationFile } from '../src/model/project.js';

/** Where a missing line goes, in the template's order (§3.2). */
const ORDER: DocumentationField[] = ['filename', 'author', 'date', 'description', 'rollback'];
const LABEL: Record<Exclude<DocumentationField, 'filename'>, string> = {
  author: 'Author',
  date: 'Date',
  description: 'Description',
  rollback: 'Rollback',
};

/** The file named by the first word of a header value, as written (quotes, backticks and `./` dropped). */
function writtenPath(value: string): string {
  const word = value.split(/\s+/)[0] ?? '';
  return word.replace(/^[`'"]+|[`'",;:.]+$/g, '').replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * Whether `written` names `f`: its path relative to its location (`rollback/V2__rollback.sql`),
 * its path as shown, or a path that ends in the location's folder and `rel` (relative to the
 * repository when the working directory is elsewhere: `db/migrations/rollback/V2__rollback.sql`).
 */
function names(f: MigrationFile, written: string): boolean {
  const shown = f.path.replace(/^(\.\.\/)+/, '');
  const folder = f.location.split('/').pop() ?? '';
  const inFolder = folder && folder !== '.' && folder !== '..' ? `${folder}/${f.rel}` : f.rel;
  return [f.rel, f.path].includes(written) || [shown, inFolder].some((c) => written === c || written.endsWith(`/${c}`));
}

const FIELD_HELP = "The header of the guide's template (§3.2) says who wrote the migration, when, and why, for the reviewer today and for whoever reads it during an incident.";

const baseName = (f: MigrationFile) => f.rel.slice(f.rel.lastIndexOf('/') + 1);
const looksLikeFile = (word: string) => /^[\w./\\{}-]+\.[A-Za-z]\w*$/.test(word);

export default defineRule({
  meta: {
    id: 'migration-documented',
    description: "A migration without the guide's header: its file name, Author, Date, Description and Rollback lines.",
    severity: 'warning',
    help: 'Start the file with the header of the migration template: -- V{version}__{description}.sql, -- Author:, -- Date: YYYY-MM-DD, -- Description:, -- Rollback: <its rollback file>.',
    appliesTo: ['versioned', 'repeatable', 'rollback'],
    reads: 'project',
  },
  create(context) {
    const required = new Set<DocumentationField>(context.settings.documentation?.required ?? DOCUMENTATION_FIELDS);
    return {
      file(file) {
        if (file.decoded.problem) return;
        // A goose/dbmate down section shares its file's header with the up section.
        if (file.section === 'down') return;
        const header = readHeader(file.decoded.text);
        if (file.kind === 'rollback') checkRollbackFor(context, file, header);
        else checkHeader(context, file, header, required);
      },
    };
  },
});

function checkHeader(context: RuleContext, file: MigrationFile, header: Header, required: Set<DocumentationField>): void {
  // The Rollback line names a rollback file: none where the rollback is a section of the file itself, or where the runner has none (Prisma).
  const separateRollbacks = !context.project.layout || context.project.layout.rollbacks === 'files';
  const wanted = ORDER.filter((f) => required.has(f) && (f !== 'rollback' || (file.kind === 'versioned' && separateRollbacks)));
  if (wanted.length === 0) return;
  const at = (l: HeaderLine | undefined) => ({ line: l?.line ?? 1, column: l?.column ?? 1 });
  const report = (l: HeaderLine | undefined, message: string, help: string) => context.report({ position: at(l), message, help });
  // diesel's and Prisma's files are named by their folder: the header names folder/file.
  const name = context.project.layout && file.rel.includes('/') ? file.rel : baseName(file);
  const rollback = rollbackLine(context, file);

  // The file-name line: the header's first comment that is not a migration-guard directive.
  const first = header.lines.find((l) => !/^migration-guard-/.test(l.text));
  const firstWord = first && !first.key ? first.text.split(/\s+/)[0]! : '';
  const present = new Map<DocumentationField, HeaderLine>();
  if (looksLikeFile(firstWord)) present.set('filename', first!);
  for (const f of ORDER.slice(1)) {
    const l = field(header, f);
    if (l) present.set(f, l);
  }
  const expected: Record<DocumentationField, string> = {
    filename: `-- ${name}`,
    author: '-- Author: <who wrote it>',
    date: '-- Date: YYYY-MM-DD',
    description: '-- Description: <what it changes and why>',
    rollback: `-- Rollback: ${rollback.expected}`,
  };

  if (!wanted.some((f) => present.has(f))) {
    report(
      undefined,
      `no documentation header: start the file with ${wanted.map((f) => expected[f]).join(', ')} (one per line)`,
      "Every migration starts with the header of the guide's template (§3.2), so a reader of the file, the pull request or an incident knows who wrote it, when, why, and how to undo it.",
    );
    return;
  }

  for (const f of wanted) {
    const l = present.get(f);
    if (!l) {
      report(...missing(f, expected[f], present, first));
      continue;
    }
    if (f === 'filename') {
      const ok = [name, file.rel, file.path].includes(firstWord.replace(/\\/g, '/').replace(/^\.\//, ''));
      const placeholder = templatePlaceholder(firstWord);
      const wrong = placeholder ? `line ${l.line} still holds the template's placeholder ${placeholder}` : `line ${l.line} names ${firstWord}, but this file is ${name}`;
      if (!ok) report(l, `${wrong}: write "-- ${name}"`, 'The first line of the header names the file itself, so a copy of a migration does not carry the name of the one it was copied from.');
      continue;
    }
    const label = LABEL[f];
    const value = f === 'description' ? fieldText(header, l) : l.value!;
    const placeholder = templatePlaceholder(value);
    if (placeholder) {
      report(l, `"-- ${label}:" still holds the template's placeholder ${placeholder}: write ${what(f, rollback.expected)}`, FIELD_HELP);
      continue;
    }
    if (value === '') {
      report(l, `"-- ${label}:" is empty: write ${what(f, rollback.expected)}`, FIELD_HELP);
      continue;
    }
    if (f === 'date') {
      const problem = dateProblem(value);
      if (problem) report(l, `${problem}: write the date the migration was written as YYYY-MM-DD, e.g. "-- Date: 2026-01-15"`, FIELD_HELP);
    }
    if (f === 'rollback') {
      const problem = rollback.judge(value);
      if (problem) report(l, problem, 'The Rollback line names the file that undoes this migration, as the project pairs them (rollbackPattern), so the way back is found in an emergency.');
    }
  }
}

/** A finding for a missing line, at the line it goes below (or above). */
function missing(
  f: DocumentationField,
  line: string,
  present: Map<DocumentationField, HeaderLine>,
  first: HeaderLine | undefined,
): [HeaderLine | undefined, string, string] {
  const help = "Every migration starts with the header of the guide's template (§3.2): the file's name, Author, Date, Description, Rollback.";
  if (f === 'filename') return [first, `the header does not start with the file's name: insert "${line}" as its first line`, help];
  const i = ORDER.indexOf(f);
  const before = ORDER.slice(0, i).reverse().map((g) => present.get(g)).find(Boolean);
  if (before) return [before, `the header has no ${LABEL[f as keyof typeof LABEL]} line: add "${line}" below line ${before.line}`, help];
  const after = ORDER.slice(i + 1).map((g) => present.get(g)).find(Boolean);
  return [after, `the header has no ${LABEL[f as keyof typeof LABEL]} line: add "${line}"${after ? ` above line ${after.line}` : ''}`, help];
}

function what(f: DocumentationField, rollback: string): string {
  switch (f) {
    case 'author':
      return 'who wrote the migration, e.g. "-- Author: Jane Doe"';
    case 'date':
      return 'the date it was written as YYYY-MM-DD, e.g. "-- Date: 2026-01-15"';
    case 'description':
      return 'what the migration changes and why, e.g. "-- Description: customer accounts, for sign-up"';
    default:
      return `"-- Rollback: ${rollback}"`;
  }
}

/**
 * What the Rollback line of a versioned migration must name: the rollback file the project pairs
 * with it (src/model/project.ts, by version under rollbackPattern), and the problem with a value.
 */
function rollbackLine(context: RuleContext, file: MigrationFile): { expected: string; judge: (value: string) => string | undefined } {
  const { project } = context;
  const pair = file.rollback;
  const inRoot = (rel: string) => (project.root && project.root !== '.' ? `${project.root}/${rel}` : rel);
  const expected = pair
    ? pair.path
    : file.version && project.layout
      ? ((m) => (m ? inRoot(m[1]!) : 'none'))(/^add (\S+)$/.exec(project.layout.expectedRollback({ rel: file.rel, version: file.version })))
    : file.version
      ? inRoot(project.rollbackPattern.pathFor(file.version.raw, file.description?.replace(/ /g, '_')))
      : '<its rollback file>';
  const judge = (value: string): string | undefined => {
    if (/^none\b/i.test(value)) {
      return pair ? `"-- Rollback: ${value}", but ${pair.path} is this migration's rollback: write "-- Rollback: ${pair.path}"` : undefined;
    }
    const written = writtenPath(value);
    if (pair && names(pair, written)) return undefined;
    const other = project.files.find((f) => f !== pair && names(f, written));
    const which = !other
      ? `${written}, which does not exist`
      : other.kind === 'rollback'
        ? `${written}, which is the rollback of version ${other.version?.raw ?? '?'}, not of this migration`
        : `${written}, which is not a rollback file`;
    return pair
      ? `"-- Rollback:" names ${which}: write "-- Rollback: ${pair.path}"`
      : `"-- Rollback:" names ${which}, and no rollback file pairs with version ${file.version?.raw}: add ${expected} (see rollback-missing) and write "-- Rollback: ${expected}", or write "-- Rollback: none, <why it cannot be undone>"`;
  };
  return { expected, judge };
}

/** A rollback's `-- Rollback for:` line (§7.1), when it has one, names the migration it pairs with. */
function checkRollbackFor(context: RuleContext, file: MigrationFile, header: Header): void {
  const l = field(header, 'rollback for');
  if (!l) return;
  const migration = context.project.files.find((f) => f.kind === 'versioned' && f.rollback === file);
  if (!migration) return;
  const written = writtenPath(l.value!);
  if (written === baseName(migration) || names(migration, written)) return;
  const placeholder = templatePlaceholder(written);
  context.report({
    position: { line: l.line, column: l.column },
    message: `"-- Rollback for:" ${placeholder ? `still holds the template's placeholder ${placeholder}` : `names ${written || 'nothing'}`}, but this file is the rollback of ${baseName(migration)}: write "-- Rollback for: ${baseName(migration)}"`,
    help: "The rollback template's header (§7.1) names the migration the file undoes.",
  });
}
