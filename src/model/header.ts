/**
 * A migration's documentation header: the leading comment block of the guide's template (§3.2),
 *
 *   -- V002__create_users.sql
 *   -- Author: Jane Doe
 *   -- Date: 2026-01-15
 *   -- Description: customer accounts
 *   -- Rollback: migrations/rollback/V002__rollback.sql
 *
 * and of its rollback template (§7.1: `-- Rollback for: V002__create_users.sql`). Pure text in,
 * lines out; what a header must hold is judged by rules/migration-documented.ts.
 */

/** One `--` comment line of the header. */
export interface HeaderLine {
  /** 1-based line in the file as written. */
  line: number;
  /** 1-based column of the `--`. */
  column: number;
  /** The comment's text after `--`, trimmed. */
  text: string;
  /** For `Key: value` lines of the template: the key, lower-case (`author`, `rollback for`, …). */
  key?: string;
  /** The value after the colon, trimmed (may be empty). */
  value?: string;
}

export interface Header {
  /** The comment lines before the first line that is neither blank nor a `--` comment. */
  lines: HeaderLine[];
}

/** Keys of the templates' `-- Key: value` lines. */
const FIELD = /^(author|date|description|rollback for|rollback)\s*:(.*)$/i;

/**
 * The leading `--` comment block of `text` (the file as written, decoded): blank lines and `--`
 * lines up to the first other line (the first statement, or a `/* … *\/` comment, which ends it).
 */
export function readHeader(text: string): Header {
  const lines: HeaderLine[] = [];
  // Line by line, up to the end of the header only: a file may be megabytes of statements.
  for (let start = 0, line = 1; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    const trimmed = raw.trimStart();
    if (trimmed === '') {
      if (nl < 0) break;
      continue;
    }
    if (!trimmed.startsWith('--')) break;
    const body = trimmed.slice(2).trim();
    const entry: HeaderLine = { line, column: raw.length - trimmed.length + 1, text: body };
    const m = FIELD.exec(body);
    if (m) {
      entry.key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      entry.value = m[2]!.trim();
    }
    lines.push(entry);
    if (nl < 0) break;
  }
  return { lines };
}

/** The first line of `header` with `key`, if any. */
export function field(header: Header, key: string): HeaderLine | undefined {
  return header.lines.find((l) => l.key === key);
}

/**
 * A `Description:` value with the comment lines that continue it (an empty `-- Description:`
 * followed by indented text, up to the next field or an empty `--`).
 */
export function fieldText(header: Header, at: HeaderLine): string {
  if (at.value) return at.value;
  const parts: string[] = [];
  let next = at.line + 1;
  for (const l of header.lines.slice(header.lines.indexOf(at) + 1)) {
    if (l.line !== next || l.key || l.text === '') break;
    parts.push(l.text);
    next++;
  }
  return parts.join(' ').trim();
}

/**
 * A `{NAME}` placeholder of the template left in a value, e.g. `{DETAILED_DESCRIPTION}`; not a
 * Flyway placeholder `${name}`, which Flyway fills in (comments included).
 */
export function templatePlaceholder(value: string): string | undefined {
  return /(?<!\$)\{[^{}\s]*\}/.exec(value)?.[0];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why `value` is not a calendar date in ISO 8601 form (YYYY-MM-DD, optionally followed by a time
 * after `T` or a space), or undefined when it is one. Leap years as in the Gregorian calendar.
 */
export function dateProblem(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (!m) return `"${value}" is not a date in the form YYYY-MM-DD`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${value.slice(0, 10)} has no month ${m[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${value.slice(0, 10)} is not a calendar date (${MONTHS[month - 1]} ${year} has ${days} days)`;
  return undefined;
}
