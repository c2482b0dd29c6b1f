/**
 * Suppression comments:
 *   -- migration-guard-ignore RULE[, RULE]: reason        (a statement: see `targetOf`)
 *   -- migration-guard-ignore-file RULE[, RULE]: reason   (the whole file)
 * Only real `--` comments count: libpg-query's scanner finds them, so the same text inside a
 * string literal, a quoted identifier or a block comment is not a directive. A statement-level
 * directive excuses the statement it is inside, else the statements it trails on its line, else
 * the next statement; in the body of a DO block or a function the same holds for the body's
 * statements.
 */
import { scanTokens } from '../parse/wasm.js';
import { Utf8Offsets } from '../load/text.js';
import type { MigrationFile } from '../model/project.js';
import { findUnterminated } from '../parse/lexer.js';
import type { SqlStatement } from '../parse/parser.js';

export interface Suppression {
  scope: 'statement' | 'file';
  rules: string[];
  reason: string;
  /** Offset (in file.text) of the comment. */
  at: number;
  /** Offsets covered (statement scope); end < start when no statement follows. */
  start: number;
  end: number;
  used?: boolean;
}

const DIRECTIVE = /^--[ \t]*migration-guard-ignore(-file)?(?![\w-])(.*)$/s;

interface Span {
  start: number;
  end: number;
}

interface Token {
  kind: 'comment' | 'string';
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  text: string;
}

/** Comments and string constants of a text, with string offsets; [] when it cannot be scanned. */
function tokensOf(text: string): Token[] {
  const scan = (t: string) => {
    try {
      return scanTokens(t);
    } catch {
      return undefined;
    }
  };
  let scanned = text;
  let tokens = scan(text);
  if (!tokens) {
    // An unterminated string or comment swallows the rest: no directive can follow it.
    const bad = findUnterminated(text);
    if (bad <= 0) return [];
    scanned = text.slice(0, bad);
    tokens = scan(scanned);
    if (!tokens) return [];
  }
  const utf8 = new Utf8Offsets(scanned);
  const out: Token[] = [];
  for (const t of tokens) {
    const kind = t.tokenName === 'SQL_COMMENT' ? 'comment' : t.tokenName === 'SCONST' ? 'string' : undefined;
    if (!kind) continue;
    const start = utf8.toStringOffset(t.start);
    const end = utf8.toStringOffset(t.end);
    out.push({ kind, start, end, text: scanned.slice(start, end) });
  }
  return out;
}

/** The content of a string constant that may hold a body: $tag$…$tag$ or '…'. */
function stringContent(raw: string): { offset: number; text: string } | undefined {
  const dollar = /^\$[^$]*\$/.exec(raw);
  if (dollar && raw.endsWith(dollar[0]) && raw.length >= 2 * dollar[0].length) {
    return { offset: dollar[0].length, text: raw.slice(dollar[0].length, raw.length - dollar[0].length) };
  }
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return { offset: 1, text: raw.slice(1, -1) };
  return undefined;
}

/** Statements whose string constants hold code that can carry directives. */
function hasBody(stmt: SqlStatement): boolean {
  return stmt.kind === 'DoStmt' || stmt.kind === 'CreateFunctionStmt';
}

/**
 * The statements a statement-level directive at `at` excuses, as one span; undefined when there
 * are none (a directive on its own line with no statement after it). `spans` are sorted by start.
 *  1. Inside a statement, between its clauses: that statement.
 *  2. After a statement on the same line (`ALTER TABLE a …; -- migration-guard-ignore …`): every
 *     statement whose last token is on the directive's line, before it — with
 *     `SELECT 1; CREATE INDEX …; -- …` both, with `CREATE INDEX …\n  ON t (a); -- …` the index —
 *     and never the statement after it.
 *  3. On a line of its own (only comments before it on the line): the next statement.
 */
function targetOf(text: string, spans: Span[], at: number): Span | undefined {
  const inside = spans.find((s) => at >= s.start && at < s.end);
  if (inside) return inside;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const trailed = spans.filter((s) => s.end <= at && s.end > lineStart);
  if (trailed.length > 0) return { start: trailed[0]!.start, end: Math.max(...trailed.map((s) => s.end)) };
  return spans.find((s) => s.start > at);
}

/** Every suppression comment holds this; a text without it has none (and is not parsed to look). */
export const SUPPRESSION_DIRECTIVE = 'migration-guard-ignore';

export function parseSuppressions(file: MigrationFile): Suppression[] {
  const text = file.text;
  if (!text.includes(SUPPRESSION_DIRECTIVE)) return [];
  const statements = file.parsed.statements;
  const spans: Span[] = [...statements, ...file.parsed.errors]
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start);

  const out: Suppression[] = [];
  const add = (comment: string, at: number, target: Span | undefined) => {
    const m = DIRECTIVE.exec(comment.replace(/\r$/, ''));
    if (!m) return;
    const body = m[2] ?? '';
    const colon = body.indexOf(':');
    const list = colon >= 0 ? body.slice(0, colon) : body;
    const reason = colon >= 0 ? body.slice(colon + 1).trim() : '';
    const rules = list
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    out.push({
      scope: m[1] ? 'file' : 'statement',
      rules,
      reason,
      at,
      start: target?.start ?? 0,
      end: target ? Math.max(target.end, target.start) : -1,
    });
  };

  for (const token of tokensOf(text)) {
    if (token.kind === 'comment') {
      add(token.text, token.start, targetOf(text, spans, token.start));
      continue;
    }
    // A string constant that is the body of a DO block or function: its own comments.
    if (!token.text.includes('migration-guard-ignore')) continue;
    const owner = statements.find((s) => hasBody(s) && token.start >= s.start && token.start < s.end);
    const content = owner && stringContent(token.text);
    if (!owner || !content) continue;
    const base = token.start + content.offset;
    const inBody = owner.nested.map((n) => ({ start: n.start, end: n.end })).sort((a, b) => a.start - b.start);
    for (const inner of tokensOf(content.text)) {
      if (inner.kind !== 'comment') continue;
      const at = base + inner.start;
      add(inner.text, at, targetOf(text, inBody, at));
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
