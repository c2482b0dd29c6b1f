/**
 * SQL text → statements with exact offsets, using libpg-query (PostgreSQL's own parser, WASM).
 *
 * Fast path: the whole text is parsed once. When PostgreSQL rejects it, the text is split into
 * statements with our lexer (which knows dollar quotes, E'' strings and nested comments, and
 * never gives up on an unterminated one) and each statement is parsed alone, so one bad
 * statement yields one error and the rest is still linted. PL/pgSQL bodies (DO blocks,
 * functions, procedures) and SQL function bodies are parsed too; the statements inside become
 * `nested` statements whose AST locations map to offsets in the file.
 */
import { loadModule, parsePlPgSQLSync, parseSync } from 'libpg-query';
import { Utf8Offsets } from '../load/text.js';
import { lexSql, statementBlocks, type LexToken } from './lexer.js';

/** A parse-tree node as libpg-query returns it: `{ TypeName: { ...fields } }` or a bare field object. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AstNode = Record<string, any>;

export interface NestedContext {
  /** How the statement is reached: directly, or from a PL/pgSQL or SQL body. */
  via: 'top' | 'plpgsql' | 'sql-body';
  /** The DO / CREATE FUNCTION statement that contains it. */
  parent?: SqlStatement;
  /** Inside a PL/pgSQL loop. */
  inLoop: boolean;
  /** The enclosing loop's body COMMITs, so each iteration is its own transaction (a batch). */
  loopCommits: boolean;
  /** Set by the lint engine when a function body runs because a statement calls the function. */
  callSite?: SqlStatement;
  callee?: { name: string; where: string; kind: 'function' | 'procedure' };
}

export interface SqlStatement {
  /** Node type, e.g. "IndexStmt", "AlterTableStmt", "TransactionStmt". */
  kind: string;
  /** The node's fields (the value under `kind`). */
  node: AstNode;
  /** String offsets of the statement in the file text: first token to the end of the last token. */
  start: number;
  end: number;
  /**
   * Maps an AST `location` in `node` to a file string offset (the statement's start when the
   * location is missing or -1). Locations are `locationDelta` + the file offset: the parser
   * rewrites them in place when the parsed text does not map to the file by a shift alone
   * (non-ASCII text, an escaped string body, PERFORM), so a statement is plain data apart from
   * this function (see `parsedToJson`).
   */
  offsetOf(location: number | undefined): number;
  locationDelta: number;
  /** Statements inside a PL/pgSQL or SQL body, in order. */
  nested: SqlStatement[];
  context: NestedContext;
  /**
   * For DO / functions / procedures: the body's language, whether it COMMITs or ROLLBACKs, and the
   * names of its parameters and PL/pgSQL variables (a column reference with such a name is a variable).
   */
  body?: { language: string; transactionControl: boolean; variables: string[] };
}

export interface SqlParseError {
  message: string;
  /** String offset of the error (where PostgreSQL's cursor points). */
  offset: number;
  /** The unparseable statement's span. */
  start: number;
  end: number;
  /** The text was too large to parse at all (the message is ours, not PostgreSQL's). */
  tooLarge?: boolean;
}

export interface ParsedSql {
  statements: SqlStatement[];
  errors: SqlParseError[];
}

let loaded = false;
/** Loads the WASM module once; every parse function below needs it. */
export async function initParser(): Promise<void> {
  if (!loaded) {
    await loadModule();
    loaded = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Sources: a text handed to libpg-query, and where its characters sit in the file

/** Where the characters of a text sit in the file. */
interface Mapping {
  /** File string offset of the character at string offset `o`. */
  toFile(o: number): number;
  /** File string offset just past the text that ends at (exclusive) string offset `o`. */
  toFileEnd(o: number): number;
  /** Set when both are `o + delta` for every offset: the text is a verbatim piece of the file. */
  delta?: number;
}

interface Source extends Mapping {
  /** The parsed text. */
  text: string;
  utf8: Utf8Offsets;
}

function sourceOf(text: string, map: Mapping): Source {
  return { text, utf8: new Utf8Offsets(text), toFile: map.toFile, toFileEnd: map.toFileEnd, delta: map.delta };
}

/** A verbatim slice of the file starting at `base`. */
function sliceSource(text: string, base: number): Source {
  const toFile = (o: number) => base + o;
  return sourceOf(text, { toFile, toFileEnd: toFile, delta: base });
}

/** Every offset maps to one file offset (a text that could not be found in the file). */
function fixedMapping(at: number): Mapping {
  return { toFile: () => at, toFileEnd: () => at };
}

/** File offset of a byte offset (an AST location) in the source. */
function locate(src: Source, byteOffset: number): number {
  return src.toFile(src.utf8.toStringOffset(byteOffset));
}

/** File offset just past the character before `local` (for exclusive ends). */
function endOf(src: Source, local: number, localStart: number): number {
  return local > localStart ? src.toFileEnd(local) : src.toFile(localStart);
}

const TOP: NestedContext = { via: 'top', inLoop: false, loopCommits: false };

interface PgError {
  message: string;
  /** 0-based character (code point) offset of PostgreSQL's error cursor. */
  cursor: number;
}

function sqlErrorOf(e: unknown): PgError | undefined {
  if (e && typeof e === 'object' && 'sqlDetails' in e) {
    const d = (e as { sqlDetails?: { message: string; cursorPosition: number } }).sqlDetails;
    if (d) return { message: d.message, cursor: Math.max(0, d.cursorPosition) };
  }
  return undefined;
}

/** Errors PostgreSQL's parser raises without a cursor (e.g. "memory exhausted") still name a problem. */
function anyErrorOf(e: unknown): PgError {
  const err = sqlErrorOf(e);
  if (err) return err;
  const message = e instanceof Error ? e.message : String(e);
  if (/not initialized/i.test(message)) throw e;
  return { message, cursor: 0 };
}

/** "… at or near "<the rest of the file>"" after an unterminated token: keep the message short. */
export function shortenMessage(message: string): string {
  return message.replace(/( at or near ")([\s\S]*)"$/, (_m, lead: string, near: string) => {
    const firstLine = near.split(/\r?\n/)[0]!;
    const cut = firstLine.length > 40 ? firstLine.slice(0, 40) : firstLine;
    return `${lead}${cut}${cut.length < near.length ? '…' : ''}"`;
  });
}

// ---------------------------------------------------------------------------------------------
// Top level

/**
 * Texts longer than this are parsed in blocks of whole statements: the WASM heap grows with the
 * text parsed at once (and never shrinks), and a parse tree for megabytes of SQL fills it. With
 * 256 KiB blocks a file of 100,000 statements peaks at ~0.2 GB; with 1 MiB blocks, ~0.3 GB.
 */
const BLOCK_CHARS = 1 << 18;
/** Texts longer than this are not parsed (their parse trees alone would take gigabytes). */
export const MAX_PARSE_CHARS = 10 * (1 << 20);

export function parseSql(input: string): ParsedSql {
  const out: ParsedSql = { statements: [], errors: [] };
  // PostgreSQL's parser reads C strings: a NUL byte ends the text.
  const nul = input.indexOf('\0');
  const text = nul >= 0 ? input.slice(0, nul) : input;
  if (!/\S/.test(text)) return out;
  if (text.length > MAX_PARSE_CHARS) {
    out.errors.push({
      message: `the file is too large to check (${(text.length / (1 << 20)).toFixed(1)} MB of SQL; the limit is ${MAX_PARSE_CHARS / (1 << 20)} MB), so none of it was parsed`,
      offset: 0,
      start: 0,
      end: 0,
      tooLarge: true,
    });
    return out;
  }
  const blocks = text.length > BLOCK_CHARS ? statementBlocks(text, BLOCK_CHARS) : [0];
  for (let b = 0; b < blocks.length; b++) {
    const from = blocks[b]!;
    const to = blocks[b + 1] ?? text.length;
    parseBlock(blocks.length === 1 ? text : text.slice(from, to), from, out);
  }
  out.statements.sort((a, b) => a.start - b.start);
  out.errors.sort((a, b) => a.offset - b.offset);
  return out;
}

/** Parses `text`, which starts at file offset `base`, into `out`. */
function parseBlock(text: string, base: number, out: ParsedSql): void {
  if (!/\S/.test(text)) return;
  const whole = sliceSource(text, base);
  try {
    const res = parseSync(text);
    addRawStatements(res.stmts ?? [], whole, out.statements, TOP, out.errors);
    return;
  } catch (e) {
    anyErrorOf(e); // rethrows only when the parser is not loaded
  }
  for (const chunk of splitStatements(text)) {
    if (chunk.first < 0) continue; // only whitespace and comments
    // Parse the statement with its ";", as PostgreSQL receives it ("DEFAULT;" fails at ";", not at the end).
    const withSemicolon = text[chunk.end] === ';' ? 1 : 0;
    const chunkText = text.slice(chunk.start, chunk.end + withSemicolon);
    const src = sliceSource(chunkText, base + chunk.start);
    try {
      const res = parseSync(chunkText);
      addRawStatements(res.stmts ?? [], src, out.statements, TOP, out.errors);
    } catch (e) {
      const err = anyErrorOf(e);
      let end = chunk.end;
      while (end > chunk.first && /\s/.test(text[end - 1]!)) end--;
      out.errors.push({
        message: shortenMessage(err.message),
        offset: base + chunk.start + src.utf8.fromCodePoints(err.cursor),
        start: base + chunk.first,
        end: base + end,
      });
    }
  }
}

interface RawStmtLike {
  stmt?: AstNode;
  stmt_location?: number;
  stmt_len?: number;
}

function addRawStatements(
  raws: RawStmtLike[],
  src: Source,
  into: SqlStatement[],
  context: NestedContext,
  errors: SqlParseError[],
): void {
  for (const raw of raws) {
    if (!raw.stmt) continue;
    const loc = raw.stmt_location ?? 0;
    const localStart = src.utf8.toStringOffset(loc);
    let localEnd = raw.stmt_len ? src.utf8.toStringOffset(loc + raw.stmt_len) : src.text.length;
    localEnd = trimTrailing(src.text, localStart, localEnd);
    const span = { localStart, localEnd, start: src.toFile(localStart), end: endOf(src, localEnd, localStart) };
    into.push(makeStatement(raw.stmt, span, src, context, errors));
  }
}

/** End of the last token in text[start, end): trailing whitespace and comments are not part of a statement. */
function trimTrailing(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // Only a comment at the very end matters: a line comment starts on the last line (it runs to
  // the line's end), a block comment ends with its "*/". Without either, no scan is needed.
  let lastLine = end;
  while (lastLine > start && text[lastLine - 1] !== '\n' && text[lastLine - 1] !== '\r') lastLine--;
  if (!text.startsWith('*/', end - 2) && !text.slice(lastLine, end).includes('--')) return end;
  const slice = text.slice(start, end);
  if (!slice.includes('--') && !slice.includes('*/')) return end;
  const tokens = tokensOf(slice);
  if (!tokens) return end;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!tokens[i]!.comment) return start + tokens[i]!.end;
  }
  return end;
}

interface Span {
  /** Offsets in the source text. */
  localStart: number;
  localEnd: number;
  /** Offsets in the file. */
  start: number;
  end: number;
}

function makeStatement(
  wrapper: AstNode,
  span: Span,
  src: Source,
  context: NestedContext,
  errors: SqlParseError[],
  /** A subtree of a statement already made (a statement of a BEGIN ATOMIC body). */
  subtree = false,
): SqlStatement {
  const kind = Object.keys(wrapper)[0] ?? 'Unknown';
  const node = (wrapper[kind] ?? {}) as AstNode;
  // A byte offset in an ASCII text that is a verbatim piece of the file is a file offset plus a
  // shift; anything else is rewritten to file offsets now. (The statements of a BEGIN ATOMIC
  // body are subtrees of their CREATE FUNCTION, whose locations are already done.)
  const shifted = src.delta !== undefined && src.utf8.isAscii;
  if (!shifted && !subtree) rewriteLocations(node, src);
  const stmt = withOffsetOf({
    kind,
    node,
    start: span.start,
    end: span.end,
    locationDelta: shifted ? src.delta! : 0,
    nested: [],
    context,
  });
  if (kind === 'DoStmt' || kind === 'CreateFunctionStmt') extractBody(stmt, span, src, errors);
  return stmt;
}

/** Gives a statement its `offsetOf`. */
export function withOffsetOf(stmt: Omit<SqlStatement, 'offsetOf'> & { offsetOf?: SqlStatement['offsetOf'] }): SqlStatement {
  const s = stmt as SqlStatement;
  s.offsetOf = (location) => (location === undefined || location < 0 ? s.start : s.locationDelta + location);
  return s;
}

/**
 * A parse as JSON text, to cross threads: JSON.stringify and JSON.parse of parse trees are
 * several times faster than a structured clone of them. The `offsetOf` functions and the
 * `context.parent` back-references (always the statement whose `nested` holds the statement)
 * are left out; `parsedFromJson` restores both.
 */
export function parsedToJson(parsed: ParsedSql): string {
  return JSON.stringify(parsed, (key, value) => (key === 'parent' ? undefined : value));
}

export function parsedFromJson(json: string): ParsedSql {
  const parsed = JSON.parse(json) as ParsedSql;
  const revive = (s: SqlStatement, parent?: SqlStatement) => {
    if (parent) s.context.parent = parent;
    withOffsetOf(s);
    for (const n of s.nested) revive(n, s);
  };
  for (const s of parsed.statements) revive(s);
  return parsed;
}

/** Rewrites every `location` in a parse tree from a byte offset in `src` to a file offset. */
function rewriteLocations(n: unknown, src: Source): void {
  if (Array.isArray(n)) {
    for (const x of n) if (x && typeof x === 'object') rewriteLocations(x, src);
    return;
  }
  const o = n as AstNode;
  for (const key in o) {
    const v = o[key];
    if (typeof v === 'number') {
      if ((key === 'location' || key === 'name_location') && v >= 0) o[key] = locate(src, v);
    } else if (v && typeof v === 'object') rewriteLocations(v, src);
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens and statement splitting

interface Tok {
  /** String offsets. */
  start: number;
  end: number;
  text: string;
  comment: boolean;
  /** A string constant (quoted or dollar-quoted). */
  string: boolean;
}

/** Tokens of a text PostgreSQL accepted (string offsets), or undefined when a token is unterminated. */
function tokensOf(text: string): Tok[] | undefined {
  const tokens = lexSql(text);
  for (const t of tokens) if (t.kind === 'unterminated') return undefined;
  return tokens.map(toTok);
}

function toTok(t: LexToken): Tok {
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    comment: t.kind === 'comment',
    // Double quotes make an identifier, not a string constant.
    string: t.kind === 'string' && t.text[0] !== '"',
  };
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenFrom(tokens: Tok[], offset: number): number {
  let lo = 0;
  for (let hi = tokens.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface Chunk {
  /** String offsets: from just after the previous ";" to the next ";" (exclusive) or the end. */
  start: number;
  end: number;
  /** Offset of the first token that is not a comment, or -1 when there is none. */
  first: number;
}

/**
 * Statement spans (string offsets), split at semicolons outside strings, comments and BEGIN
 * ATOMIC … END function bodies. Parentheses hold semicolons only in CREATE RULE … DO (a; b); in
 * any other statement a ";" inside parentheses is a syntax error there, and ending the
 * statement at it keeps an unbalanced "(" from swallowing the rest of the file.
 */
export function splitStatements(text: string): Chunk[] {
  const tokens = lexSql(text).map(toTok);
  const chunks: Chunk[] = [];
  let current: Chunk = { start: 0, end: text.length, first: -1 };
  let words: string[] = [];
  let isRule = false;
  let depth = 0;
  let atomic = 0;
  let prevWord = '';
  for (const t of tokens) {
    if (t.comment) continue;
    const word = t.string ? '' : t.text.toUpperCase();
    if (words.length < 4) {
      words.push(word);
      if (words[0] === 'CREATE' && (words[1] === 'RULE' || (words[1] === 'OR' && words[3] === 'RULE'))) isRule = true;
    }
    if (atomic > 0) {
      if (word === 'CASE') atomic++;
      else if (word === 'END') atomic--;
    } else if (word === 'ATOMIC' && prevWord === 'BEGIN') {
      atomic = 1;
    } else if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (t.text === ';' && (depth === 0 || !isRule)) {
      current.end = t.start;
      chunks.push(current);
      current = { start: t.start + 1, end: text.length, first: -1 };
      words = [];
      isRule = false;
      depth = 0;
      prevWord = '';
      continue;
    }
    if (current.first < 0) current.first = t.start;
    prevWord = word;
  }
  chunks.push(current);
  return chunks;
}

// ---------------------------------------------------------------------------------------------
// Bodies of DO blocks, functions and procedures

function defElems(list: AstNode[] | undefined): Map<string, AstNode> {
  const m = new Map<string, AstNode>();
  for (const item of list ?? []) {
    const d = item['DefElem'] as AstNode | undefined;
    if (d?.['defname']) m.set(String(d['defname']), d);
  }
  return m;
}

function stringValue(n: AstNode | undefined): string | undefined {
  if (!n) return undefined;
  if (n['String']) return String(n['String']['sval'] ?? '');
  return undefined;
}

/** A string constant holding a body, located in the file. */
interface BodyLocation extends Mapping {
  /** The body as PostgreSQL sees it (the constant's value, escapes resolved). */
  content: string;
  /** Offsets in the statement text of the raw content (between the quotes). */
  rawStart: number;
  rawEnd: number;
  /** Raw statement-text offset of a content offset. */
  toRaw(o: number): number;
}

function extractBody(stmt: SqlStatement, span: Span, src: Source, errors: SqlParseError[]): void {
  const isDo = stmt.kind === 'DoStmt';
  const opts = defElems(isDo ? stmt.node['args'] : stmt.node['options']);
  const language = (stringValue(opts.get('language')?.['arg']) ?? (isDo ? 'plpgsql' : 'sql')).toLowerCase();
  const asArg = opts.get('as')?.['arg'] as AstNode | undefined;
  const bodyValue = isDo ? stringValue(asArg) : stringValue(asArg?.['List']?.['items']?.[0]);
  const variables = new Set<string>();
  for (const p of (stmt.node['parameters'] as AstNode[] | undefined) ?? []) {
    const name = p['FunctionParameter']?.['name'];
    if (typeof name === 'string') variables.add(name);
  }
  stmt.body = { language, transactionControl: false, variables: [...variables] };

  const stmtText = src.text.slice(span.localStart, span.localEnd);
  const stmtMap: Mapping = {
    toFile: (o) => src.toFile(span.localStart + o),
    toFileEnd: (o) => src.toFileEnd(span.localStart + o),
    delta: src.delta === undefined ? undefined : src.delta + span.localStart,
  };

  // SQL-standard bodies (BEGIN ATOMIC … END, RETURN …) are already parsed with the statement.
  const sqlBody = stmt.node['sql_body'] as AstNode | undefined;
  if (sqlBody) {
    const items = flattenLists(sqlBody);
    const spans = atomicSpans(stmtText, items.length);
    items.forEach((item, k) => {
      const s = spans?.[k];
      const at = minLocation(item);
      const start = s ? stmtMap.toFile(s.start) : at === undefined ? stmt.start : stmt.offsetOf(at);
      const end = s ? stmtMap.toFileEnd(s.end) : start;
      stmt.nested.push(
        makeStatement(
          item,
          { localStart: span.localStart + (s?.start ?? 0), localEnd: span.localStart + (s?.end ?? 0), start, end },
          src,
          { via: 'sql-body', parent: stmt, inLoop: false, loopCommits: false },
          errors,
          true,
        ),
      );
    });
    return;
  }
  if (bodyValue === undefined || (language !== 'plpgsql' && language !== 'sql')) return;

  const body = locateBody(stmtText, stmtMap, bodyValue);
  const ctx = (via: 'plpgsql' | 'sql-body'): NestedContext => ({ via, parent: stmt, inLoop: false, loopCommits: false });

  if (language === 'sql') {
    if (!/\S/.test(bodyValue)) return;
    const bsrc = sourceOf(bodyValue, body ?? fixedMapping(stmt.start));
    let res;
    try {
      res = parseSync(bodyValue);
    } catch (e) {
      // With check_function_bodies on (the default), CREATE FUNCTION rejects a body that does not parse.
      const err = anyErrorOf(e);
      const offset = body ? body.toFile(bsrc.utf8.fromCodePoints(err.cursor)) : stmt.start;
      errors.push({ message: shortenMessage(err.message), offset, start: stmt.start, end: stmt.end });
      return;
    }
    addRawStatements(res.stmts ?? [], bsrc, stmt.nested, ctx('sql-body'), errors);
    return;
  }

  let funcs: AstNode;
  try {
    funcs = parsePlPgSQLSync(stmtText) as AstNode;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/not initialized/i.test(message)) throw e;
    const offset = body ? plpgsqlErrorOffset(stmtText, body, message) : stmt.start;
    errors.push({ message: `PL/pgSQL: ${shortenMessage(message)}`, offset, start: stmt.start, end: stmt.end });
    return;
  }
  const fn = funcs['plpgsql_funcs']?.[0]?.['PLpgSQL_function'] as AstNode | undefined;
  for (const d of (fn?.['datums'] as AstNode[] | undefined) ?? []) {
    const datum = Object.values(d)[0] as AstNode | undefined;
    const name = datum?.['refname'];
    if (typeof name === 'string' && !name.startsWith('(') && !name.startsWith('$')) variables.add(name);
  }
  stmt.body.variables = [...variables];
  if (!fn?.['action']) return;
  new PlpgsqlWalker(stmt, body, bodyValue, errors).walk(fn['action'], ctx('plpgsql'));
}

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
class PlpgsqlWalker {
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
      parsed = parseSync(query);
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
function plpgsqlErrorOffset(stmtText: string, body: BodyLocation, message: string): number {
  const content = body.content;
  const firstToken = content.length - content.trimStart().length;
  if (/at end of input/.test(message)) return body.toFile(content.length);
  const tokens = tokensOf(content)?.filter((t) => !t.comment);
  const near = /at or near "(.*)"$/.exec(message)?.[1] ?? /"([^"]+)"/.exec(message)?.[1];
  if (!tokens || tokens.length === 0) {
    const at = near ? content.indexOf(near) : -1;
    return body.toFile(at >= 0 ? at : firstToken);
  }
  const fails = (upTo: number): boolean => {
    const cut = body.toRaw(tokens[upTo]!.end);
    const truncated = stmtText.slice(0, cut) + stmtText.slice(body.rawEnd);
    try {
      parsePlPgSQLSync(truncated);
      return false;
    } catch (e) {
      return (e instanceof Error ? e.message : String(e)) === message;
    }
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
  while (s >= 0 && !/^(;|BEGIN|THEN|ELSE|LOOP|DECLARE)$/i.test(tokens[s]!.text)) s--;
  const sqlStart = s >= 0 ? tokens[s]!.end : 0;
  const sqlEnd = tokens[r]!.text === ';' ? tokens[r]!.start : tokens[r]!.end;
  const sql = content.slice(sqlStart, sqlEnd);
  try {
    parseSync(sql);
  } catch (e) {
    const err = sqlErrorOf(e);
    if (err && message.endsWith(err.message)) {
      return body.toFile(sqlStart + new Utf8Offsets(sql).fromCodePoints(err.cursor));
    }
  }
  for (let i = s + 1; i <= r; i++) if (same(tokens[i]!)) return body.toFile(tokens[i]!.start);
  return body.toFile(tokens[Math.max(0, s + 1)]!.start);
}

function flattenLists(n: AstNode): AstNode[] {
  if (n['List']) return ((n['List']['items'] as AstNode[] | undefined) ?? []).flatMap(flattenLists);
  return [n];
}

function minLocation(n: unknown): number | undefined {
  let min: number | undefined;
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        if (k === 'location' && typeof v === 'number' && v >= 0) min = min === undefined ? v : Math.min(min, v);
        else visit(v);
      }
    }
  };
  visit(n);
  return min;
}

/**
 * Spans (statement-text offsets) of the statements of a SQL-standard body: the ones between
 * BEGIN ATOMIC and its END, or the RETURN clause. Undefined when they cannot be matched to `count`.
 */
function atomicSpans(stmtText: string, count: number): Array<{ start: number; end: number }> | undefined {
  const tokens = tokensOf(stmtText)?.filter((t) => !t.comment);
  if (!tokens) return undefined;
  const upper = tokens.map((t) => (t.string ? '' : t.text.toUpperCase()));
  const spans: Array<{ start: number; end: number }> = [];
  let i = upper.findIndex((w, k) => w === 'BEGIN' && upper[k + 1] === 'ATOMIC');
  if (i < 0) {
    const ret = upper.lastIndexOf('RETURN');
    if (ret < 0 || count !== 1) return undefined;
    return [{ start: tokens[ret]!.start, end: tokens[tokens.length - 1]!.end }];
  }
  i += 2;
  let depth = 0;
  let begin = -1;
  for (; i < tokens.length; i++) {
    const w = upper[i]!;
    if (w === 'END' && depth === 0) break;
    if (w === 'CASE') depth++;
    else if (w === 'END') depth--;
    if (tokens[i]!.text === ';' && depth === 0) {
      if (begin >= 0) spans.push({ start: tokens[begin]!.start, end: tokens[i - 1]!.end });
      begin = -1;
    } else if (begin < 0) begin = i;
  }
  if (begin >= 0) spans.push({ start: tokens[begin]!.start, end: tokens[i - 1]!.end });
  return spans.length === count ? spans : undefined;
}

/**
 * Finds the string constant holding a body in a statement's text, and how its content maps to
 * the file: dollar quotes verbatim, '' and E'' strings through their escapes.
 */
function locateBody(stmtText: string, stmtMap: Mapping, value: string): BodyLocation | undefined {
  const fast = dollarBodyToken(stmtText, value);
  const tokens = fast ? [fast] : tokensOf(stmtText);
  if (!tokens) return undefined;
  for (const t of tokens) {
    if (!t.string) continue;
    const decoded = decodeStringToken(t.text);
    if (!decoded || decoded.content !== value) continue;
    const rawIndex = decoded.rawIndex;
    const toRaw = (o: number) => t.start + rawIndex(Math.max(0, Math.min(o, value.length)));
    return {
      content: value,
      // Characters are contiguous in the token, so where one ends the next begins.
      toFile: (o) => stmtMap.toFile(toRaw(o)),
      toFileEnd: (o) => stmtMap.toFileEnd(toRaw(o)),
      delta: decoded.shift !== undefined && stmtMap.delta !== undefined ? stmtMap.delta + t.start + decoded.shift : undefined,
      toRaw,
      rawStart: toRaw(0),
      rawEnd: toRaw(value.length),
    };
  }
  return undefined;
}

/**
 * Fast path of locateBody for a long dollar-quoted body (scanning a large body token is slow):
 * the first occurrence of the value, between two equal dollar delimiters, is the token sought
 * when the text before it scans cleanly (not inside a string or comment, at a token boundary)
 * and holds no earlier string token with the same value. Undefined: do the full scan.
 */
function dollarBodyToken(stmtText: string, value: string): Tok | undefined {
  if (!value) return undefined;
  const at = stmtText.indexOf(value);
  if (at < 0) return undefined;
  const delim = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z_0-9\u0080-\uffff]*)?\$$/.exec(stmtText.slice(Math.max(0, at - 100), at))?.[0];
  if (!delim || !stmtText.startsWith(delim, at + value.length) || value.includes(delim)) return undefined;
  const start = at - delim.length;
  if (start > 0 && /[A-Za-z_0-9$\u0080-\uffff]/.test(stmtText[start - 1]!)) return undefined;
  const before = tokensOf(stmtText.slice(0, start));
  if (!before) return undefined;
  if (before.length && before[before.length - 1]!.comment) return undefined;
  for (const t of before) if (t.string && decodeStringToken(t.text)?.content === value) return undefined;
  const end = at + value.length + delim.length;
  return { start, end, text: stmtText.slice(start, end), comment: false, string: true };
}

/** The value of a string token and, for each content offset, its offset in the token's text. */
function decodeStringToken(raw: string): { content: string; rawIndex: (o: number) => number; shift?: number } | undefined {
  const dollar = /^\$[^$]*\$/.exec(raw);
  if (dollar) {
    const p = dollar[0].length;
    return { content: raw.slice(p, raw.length - p), rawIndex: (o) => p + o, shift: p };
  }
  let i: number;
  let escapes: boolean;
  if (raw.startsWith("'")) { i = 1; escapes = false; }
  else if (/^[eE]'/.test(raw)) { i = 2; escapes = true; }
  else return undefined;
  const last = raw.length - 1; // the closing quote
  let content = '';
  const index: number[] = [];
  const emit = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) index.push(at);
    content += s;
  };
  while (i < last) {
    const c = raw[i]!;
    if (c === "'" && raw[i + 1] === "'") { emit("'", i); i += 2; continue; }
    if (escapes && c === '\\' && i + 1 < last) {
      const d = raw[i + 1]!;
      const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      let m: RegExpExecArray | null;
      if (simple[d] !== undefined) { emit(simple[d], i); i += 2; }
      else if ((m = /^[0-7]{1,3}/.exec(raw.slice(i + 1, i + 4)))) { emit(String.fromCodePoint(parseInt(m[0], 8)), i); i += 1 + m[0].length; }
      else if ((m = /^x([0-9A-Fa-f]{1,2})/.exec(raw.slice(i + 1, i + 4)))) { emit(String.fromCodePoint(parseInt(m[1]!, 16)), i); i += 1 + m[0].length; }
      else if ((m = /^u([0-9A-Fa-f]{4})/.exec(raw.slice(i + 1, i + 6))) || (m = /^U([0-9A-Fa-f]{8})/.exec(raw.slice(i + 1, i + 10)))) {
        emit(String.fromCodePoint(parseInt(m[1]!, 16)), i);
        i += 1 + m[0].length;
      } else { emit(d, i); i += 2; }
      continue;
    }
    emit(c, i);
    i++;
  }
  index.push(last);
  return { content, rawIndex: (o) => index[o] ?? last };
}
