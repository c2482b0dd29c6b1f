/**
 * PL/pgSQL bodies: the SQL a function or DO block runs (statements, PERFORM, FOR … IN query,
 * RETURN QUERY) as nested statements, mapped back to the file; and positions for PL/pgSQL's
 * position-less errors.
 */
import { parsePlpgsql, parseQuery } from './wasm.js';
import { Utf8Offsets } from '../load/text.js';
import type { BodyLocation } from './body.js';
import { addRawStatements, type AstNode, type NestedContext, type SqlParseError, type SqlStatement } from './parser.js';
import { anyErrorOf, fixedMapping, shortenMessage, sourceOf, sqlErrorOf, type Mapping } from './source.js';
import { firstTokenFrom, tokensOf, type Tok } from './tokens.js';

const LOOPS = new Set([
  'PLpgSQL_stmt_loop',
  'PLpgSQL_stmt_while',
  'PLpgSQL_stmt_fori',
  'PLpgSQL_stmt_fors',
  'PLpgSQL_stmt_forc',
  'PLpgSQL_stmt_foreach_a',
  'PLpgSQL_stmt_dynfors',
]);

/**
 * Walks a PL/pgSQL function tree and turns the SQL it runs (statements, PERFORM, FOR … IN query,
 * RETURN QUERY) into nested statements. PL/pgSQL keeps each query's text verbatim except that
 * PERFORM reads as SELECT and an INTO clause is blanked out, so the query's tokens are matched
 * against the body's tokens to map every AST location back to the file.
 */
export class PlpgsqlWalker {
  private readonly content: string;
  private readonly lineStarts: number[] = [0];
  private tokens: Tok[] | undefined | null = null;
  /** Content offset where the previous query ended (queries come in text order). */
  private lastEnd = 0;

  constructor(
    private readonly stmt: SqlStatement,
    private readonly body: BodyLocation | undefined,
    bodyValue: string,
    private readonly errors: SqlParseError[],
  ) {
    this.content = body?.content ?? bodyValue;
    for (let i = this.content.indexOf('\n'); i >= 0; i = this.content.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  walk(n: unknown, ctx: NestedContext): void {
    if (Array.isArray(n)) {
      for (const x of n) this.walk(x, ctx);
      return;
    }
    if (!n || typeof n !== 'object') return;
    const node = n as AstNode;
    for (const key in node) {
      const value = node[key];
      if (key === 'PLpgSQL_stmt_execsql') {
        this.query(value?.['sqlstmt'], value?.['lineno'], ctx, false);
      } else if (key === 'PLpgSQL_stmt_call') {
        // CALL p() and DO $$ … $$ inside PL/pgSQL
        this.query(value?.['expr'], value?.['lineno'], ctx, false);
      } else if (key === 'PLpgSQL_stmt_perform') {
        this.query(value?.['expr'], value?.['lineno'], ctx, true);
      } else if (key === 'PLpgSQL_stmt_return_query') {
        this.query(value?.['query'], value?.['lineno'], ctx, false);
      } else if (key === 'PLpgSQL_stmt_commit' || key === 'PLpgSQL_stmt_rollback') {
        this.stmt.body!.transactionControl = true;
      } else if (key === 'PLpgSQL_stmt_block' && value?.['exceptions']) {
        // The block's body runs under its handlers; the handlers' own statements do not.
        const names: string[] = [];
        for (const e of (value['exceptions']?.['PLpgSQL_exception_block']?.['exc_list'] ?? []) as AstNode[]) {
          for (const c of (e['PLpgSQL_exception']?.['conditions'] ?? []) as AstNode[]) {
            const name = c['PLpgSQL_condition']?.['condname'];
            if (typeof name === 'string') names.push(name.toLowerCase());
          }
        }
        this.walk(value['body'], { ...ctx, handled: [...(ctx.handled ?? []), ...names] });
        this.walk(value['exceptions'], ctx);
      } else if (LOOPS.has(key)) {
        if (key !== 'PLpgSQL_stmt_dynfors') this.query(value?.['query'], value?.['lineno'], ctx, false);
        const commits = hasKey(value?.['body'], 'PLpgSQL_stmt_commit');
        this.walk(value?.['body'], { ...ctx, inLoop: true, loopCommits: ctx.loopCommits || commits });
      } else if (value && typeof value === 'object') {
        this.walk(value, ctx);
      }
    }
  }

  private query(expr: AstNode | undefined, lineno: number | undefined, ctx: NestedContext, perform: boolean): void {
    const query = expr?.['PLpgSQL_expr']?.['query'];
    if (typeof query !== 'string' || !/\S/.test(query)) return;
    const lineIdx = Math.max(0, Math.min((lineno ?? 1) - 1, this.lineStarts.length - 1));
    const lineStart = this.lineStarts[lineIdx]!;
    const nextLine = this.lineStarts[lineIdx + 1] ?? this.content.length + 1;
    const from = this.lastEnd >= lineStart && this.lastEnd < nextLine ? this.lastEnd : lineStart;
    const found = this.verbatim(query, from, perform);
    const map =
      found?.map ?? this.align(query, from, perform) ?? (from !== lineStart ? this.align(query, lineStart, perform) : undefined);
    let mapping: Mapping;
    if (map && this.body) {
      const body = this.body;
      mapping = {
        toFile: (o) => body.toFile(map(o)),
        toFileEnd: (o) => body.toFileEnd(map(o - 1) + 1),
        delta: found?.at !== undefined && body.delta !== undefined ? body.delta + found.at : undefined,
      };
      this.lastEnd = map(query.length - 1) + 1;
    } else {
      // Not found in the text: every location points at the statement's line.
      const indent = /^[ \t]*/.exec(this.content.slice(lineStart))![0].length;
      mapping = fixedMapping(this.body ? this.body.toFile(lineStart + indent) : this.stmt.start);
    }
    const qsrc = sourceOf(query, mapping);
    let parsed;
    try {
      parsed = parseQuery(query);
    } catch (e) {
      const err = anyErrorOf(e);
      const offset = qsrc.toFile(qsrc.utf8.fromCodePoints(err.cursor));
      this.errors.push({ message: shortenMessage(err.message), offset, start: this.stmt.start, end: this.stmt.end });
      return;
    }
    addRawStatements(parsed.stmts ?? [], qsrc, this.stmt.nested, ctx, this.errors);
  }

  /**
   * The common case without tokens: the query is the body's text from some offset on, except
   * that PL/pgSQL blanked an INTO clause out with spaces (or cut a trailing one off) and, for
   * PERFORM, wrote SELECT over PERFORM. Tries the places from `from` on where the query's first
   * word could start, a few kilobytes at most (the query starts on its statement's line or soon
   * after: RETURN QUERY and FOR … IN put a keyword before it).
   */
  private verbatim(query: string, from: number, perform: boolean): { map: (o: number) => number; at?: number } | undefined {
    const content = this.content;
    const lead = perform ? 6 : 0; // "SELECT" in the query stands for the 7 characters of "PERFORM"
    if (perform && !query.startsWith('SELECT')) return undefined;
    const first = perform ? 'p' : query[0]!;
    const limit = Math.min(content.length, from + 4096);
    for (let at = from; at < limit; at++) {
      const c = content[at]!;
      if (perform ? c.toLowerCase() !== first : c !== first) continue;
      if (perform && content.slice(at, at + 7).toLowerCase() !== 'perform') continue;
      const shift = perform ? 1 : 0;
      if (at + shift + query.length > content.length) return undefined;
      let ok = true;
      for (let q = lead; q < query.length; q++) {
        const ch = query.charCodeAt(q);
        // 32: a space PL/pgSQL wrote over an INTO clause
        if (ch !== content.charCodeAt(at + shift + q) && ch !== 32) {
          ok = false;
          break;
        }
      }
      if (ok) return perform ? { map: (o) => (o < lead ? at + o : at + shift + o) } : { map: (o) => at + o, at };
    }
    return undefined;
  }

  /**
   * The query's tokens (comments dropped). A query that is a verbatim run of whole content
   * tokens has exactly those tokens, so they are taken from the content's scan instead of
   * scanning the query again (a body can hold thousands of queries).
   */
  private queryTokens(query: string): Tok[] | undefined {
    const ctoks = this.tokens;
    const at = ctoks ? this.content.indexOf(query) : -1;
    if (ctoks && at >= 0) {
      const i = firstTokenFrom(ctoks, at);
      const end = at + query.length;
      if (i < ctoks.length && ctoks[i]!.start === at) {
        let j = i;
        while (j < ctoks.length && ctoks[j]!.end < end) j++;
        if (j < ctoks.length && ctoks[j]!.end === end) {
          return ctoks.slice(i, j + 1).map((t) => ({ ...t, start: t.start - at, end: t.end - at }));
        }
      }
    }
    return tokensOf(query)?.filter((t) => !t.comment);
  }

  /** Maps query offsets to content offsets by matching tokens, starting at content offset `from`. */
  private align(query: string, from: number, perform: boolean): ((o: number) => number) | undefined {
    if (this.tokens === null) this.tokens = tokensOf(this.content)?.filter((t) => !t.comment);
    const ctoks = this.tokens;
    const qtoks = this.queryTokens(query);
    if (!ctoks || !qtoks || qtoks.length === 0) return undefined;
    let k = firstTokenFrom(ctoks, from);
    if (k >= ctoks.length) return undefined;
    const pairs: Array<[Tok, Tok]> = [];
    let j = 0;
    if (perform && qtoks[0]!.text.toUpperCase() === 'SELECT') {
      while (k < ctoks.length && ctoks[k]!.text.toUpperCase() !== 'PERFORM') k++;
      if (k >= ctoks.length) return undefined;
      pairs.push([qtoks[0]!, ctoks[k]!]);
      j = 1;
      k++;
    } else {
      while (k < ctoks.length && ctoks[k]!.text !== qtoks[0]!.text) k++;
      if (k >= ctoks.length) return undefined;
      pairs.push([qtoks[0]!, ctoks[k]!]);
      j = 1;
      k++;
    }
    for (; j < qtoks.length; j++) {
      const q = qtoks[j]!;
      // An INTO target may sit between two query tokens; look a little ahead.
      for (let look = k; look < Math.min(ctoks.length, k + 64); look++) {
        if (ctoks[look]!.text === q.text) {
          pairs.push([q, ctoks[look]!]);
          k = look + 1;
          break;
        }
      }
    }
    return (o) => {
      let lo = 0;
      let hi = pairs.length - 1;
      if (o < pairs[0]![0].start) return pairs[0]![1].start;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pairs[mid]![0].start <= o) lo = mid;
        else hi = mid - 1;
      }
      const [q, c] = pairs[lo]!;
      return c.start + Math.min(o - q.start, Math.max(0, c.end - c.start - 1));
    };
  }
}

/** Whether a key occurs anywhere in a tree. */
function hasKey(n: unknown, key: string): boolean {
  if (Array.isArray(n)) return n.some((x) => hasKey(x, key));
  if (!n || typeof n !== 'object') return false;
  const o = n as AstNode;
  for (const k in o) if (k === key || hasKey(o[k], key)) return true;
  return false;
}

/**
 * PL/pgSQL errors carry no position. Find the shortest prefix of the body that still fails with
 * the same message (a syntax error is raised when its token is read), then refine: a statement
 * whose embedded SQL fails is parsed alone to get PostgreSQL's cursor, and an error naming a
 * token ("at or near "x"") points at that token.
 */
export function plpgsqlErrorOffset(stmtText: string, body: BodyLocation, message: string): number {
  const content = body.content;
  const firstToken = content.length - content.trimStart().length;
  const tokens = tokensOf(content)?.filter((t) => !t.comment);
  if (/at end of input/.test(message)) {
    const at = tokens ? incompleteExpressionEnd(stmtText, body, tokens, message) : undefined;
    return body.toFile(at ?? content.length);
  }
  const near = /at or near "(.*)"$/.exec(message)?.[1] ?? /"([^"]+)"/.exec(message)?.[1];
  if (!tokens || tokens.length === 0) {
    const at = near ? content.indexOf(near) : -1;
    return body.toFile(at >= 0 ? at : firstToken);
  }
  const fails = (upTo: number): boolean => {
    const cut = body.toRaw(tokens[upTo]!.end);
    const truncated = stmtText.slice(0, cut) + stmtText.slice(body.rawEnd);
    return plpgsqlErrorOf(truncated) === message;
  };
  // Smallest token index whose prefix reproduces the error (the whole body does).
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  const r = lo;
  const same = (t: Tok) => near !== undefined && (t.text === near || t.text.toLowerCase() === near.toLowerCase());
  if (same(tokens[r]!)) return body.toFile(tokens[r]!.start);
  // Back to the start of the PL/pgSQL statement the error was found in.
  let s = r - 1;
  while (s >= 0 && !PLPGSQL_SEPARATOR.test(tokens[s]!.text)) s--;
  const sqlStart = s >= 0 ? tokens[s]!.end : 0;
  const sqlEnd = tokens[r]!.text === ';' ? tokens[r]!.start : tokens[r]!.end;
  const sql = content.slice(sqlStart, sqlEnd);
  try {
    parseQuery(sql);
  } catch (e) {
    const err = sqlErrorOf(e);
    if (err && message.endsWith(err.message)) {
      return body.toFile(sqlStart + new Utf8Offsets(sql).fromCodePoints(err.cursor));
    }
  }
  for (let i = s + 1; i <= r; i++) if (same(tokens[i]!)) return body.toFile(tokens[i]!.start);
  return body.toFile(tokens[Math.max(0, s + 1)]!.start);
}

/** PL/pgSQL statements whose expression follows a keyword: `RETURN 1 +`, `IF a = THEN`, `WHILE … LOOP`. */
const EXPRESSION_AFTER = /^(RETURN|PERFORM|IF|ELSIF|ELSEIF|WHILE|WHEN)$/i;
/** What ends a PL/pgSQL statement or the expression in one. */
const PLPGSQL_SEPARATOR = /^(;|BEGIN|THEN|ELSE|LOOP|DECLARE)$/i;

/**
 * "syntax error at end of input" raised for an expression or SQL statement inside the body:
 * PL/pgSQL cuts it at its terminator (`;`, THEN, LOOP) and PostgreSQL's parser finds it
 * incomplete (`RETURN 1 +;`, `IF a = THEN`, `UPDATE t SET a = ;`). PostgreSQL then points just
 * past its last character (measured: test/parse/plpgsql-positions.test.ts, on both engines); a
 * body that itself ends too early (a missing END IF) is not this case (undefined: the body's end).
 *
 * Each piece between separators is parsed as PL/pgSQL would check it ("SELECT expr" after RETURN,
 * PERFORM, IF, an assignment; the piece itself for a SQL statement); the first that is
 * incomplete is the error when putting NULL in place of every incomplete piece makes the body
 * compile, or fail differently.
 */
function incompleteExpressionEnd(stmtText: string, body: BodyLocation, tokens: Tok[], message: string): number | undefined {
  const content = body.content;
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !PLPGSQL_SEPARATOR.test(tokens[i]!.text)) continue;
    const piece = tokens.slice(from, i);
    from = i + 1;
    if (piece.length === 0) continue;
    // The expression: after the statement's keyword or the assignment's ":=" / "=", else the statement itself.
    let k = 0;
    if (EXPRESSION_AFTER.test(piece[0]!.text)) k = 1;
    else if (piece.length > 2 && (piece[1]!.text === ':=' || piece[1]!.text === '=')) k = 2;
    if (k >= piece.length) continue;
    const start = piece[k]!.start;
    const end = piece[piece.length - 1]!.end;
    const text = content.slice(start, end);
    try {
      parseQuery(k > 0 ? `SELECT ${text}` : text);
    } catch (e) {
      if (sqlErrorOf(e)?.message === 'syntax error at end of input') pieces.push({ start, end });
    }
  }
  if (pieces.length === 0) return undefined;
  let fixed = stmtText.slice(0, body.rawStart);
  let at = 0;
  for (const p of pieces) {
    fixed += stmtText.slice(body.toRaw(at), body.toRaw(p.start)) + 'NULL';
    at = p.end;
  }
  fixed += stmtText.slice(body.toRaw(at));
  return plpgsqlErrorOf(fixed) === message ? undefined : pieces[0]!.end;
}

/** PL/pgSQL's error message for a CREATE FUNCTION / DO text, or undefined when it compiles. */
function plpgsqlErrorOf(stmtText: string): string | undefined {
  try {
    parsePlpgsql(stmtText);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
