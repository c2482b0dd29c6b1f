/**
 * SQL text → statements with exact offsets, using libpg-query (PostgreSQL's own parser, WASM).
 *
 * Fast path: the whole text is parsed once. When PostgreSQL rejects it, the text is split into
 * statements with libpg-query's scanner (which knows dollar quotes, E'' strings and nested
 * comments) and each statement is parsed alone, so one bad statement yields one error and the
 * rest is still linted. PL/pgSQL bodies (DO blocks, functions, procedures) and SQL function bodies
 * are parsed too; the statements inside become `nested` statements with positions in the file.
 */
import { loadModule, parsePlPgSQLSync, parseSync, scanSync, type ScanToken } from 'libpg-query';
import { Utf8Offsets } from '../load/text.js';
import { findUnterminated } from './lexer.js';

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
  callee?: { name: string; where: string };
}

export interface SqlStatement {
  /** Node type, e.g. "IndexStmt", "AlterTableStmt", "TransactionStmt". */
  kind: string;
  /** The node's fields (the value under `kind`). */
  node: AstNode;
  /** String offsets of the statement in the file text: first token to last token. */
  start: number;
  end: number;
  /** Maps an AST `location` (a byte offset in the text libpg-query parsed) to a file string offset. */
  offsetOf(location: number | undefined): number;
  /** Statements inside a PL/pgSQL or SQL body, in order. */
  nested: SqlStatement[];
  context: NestedContext;
  /** For DO / functions / procedures: the body's language, and whether it COMMITs or ROLLBACKs. */
  body?: { language: string; transactionControl: boolean };
}

export interface SqlParseError {
  message: string;
  /** String offset of the error (where PostgreSQL's cursor points). */
  offset: number;
  /** The unparseable statement's span. */
  start: number;
  end: number;
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

interface Source {
  /** File string offset where the parsed text starts. */
  base: number;
  /** The parsed text. */
  text: string;
  utf8: Utf8Offsets;
  /** When the parsed text is not a verbatim slice of the file, every location maps here. */
  fixed?: number;
}

function sourceOf(text: string, base: number, fixed?: number): Source {
  return { base, text, utf8: new Utf8Offsets(text), fixed };
}

function locate(src: Source, byteOffset: number): number {
  if (src.fixed !== undefined) return src.fixed;
  return src.base + src.utf8.toStringOffset(byteOffset);
}

const TOP: NestedContext = { via: 'top', inLoop: false, loopCommits: false };

function sqlErrorOf(e: unknown): { message: string; cursor: number } | undefined {
  if (e && typeof e === 'object' && 'sqlDetails' in e) {
    const d = (e as { sqlDetails?: { message: string; cursorPosition: number } }).sqlDetails;
    if (d) return { message: d.message, cursor: d.cursorPosition };
  }
  return undefined;
}

export function parseSql(text: string): ParsedSql {
  const out: ParsedSql = { statements: [], errors: [] };
  if (!/\S/.test(text)) return out;
  const whole = sourceOf(text, 0);
  try {
    const res = parseSync(text);
    addRawStatements(res.stmts ?? [], whole, out.statements, TOP, out.errors);
    return out;
  } catch (e) {
    if (!sqlErrorOf(e)) throw e;
  }
  for (const chunk of splitStatements(text, whole.utf8)) {
    const chunkText = text.slice(chunk.start, chunk.end);
    if (!/\S/.test(chunkText)) continue;
    const src = sourceOf(chunkText, chunk.start);
    try {
      const res = parseSync(chunkText);
      addRawStatements(res.stmts ?? [], src, out.statements, TOP, out.errors);
    } catch (e) {
      const err = sqlErrorOf(e);
      if (!err) throw e;
      out.errors.push({
        message: err.message,
        offset: locate(src, err.cursor),
        start: chunk.start + firstTokenOffset(chunkText),
        end: chunk.end,
      });
    }
  }
  return out;
}

function firstTokenOffset(chunk: string): number {
  // skip whitespace and comments to the first token (good enough for error spans)
  let i = 0;
  for (;;) {
    while (i < chunk.length && /\s/.test(chunk[i]!)) i++;
    if (chunk.startsWith('--', i)) {
      const nl = chunk.indexOf('\n', i);
      if (nl < 0) return i;
      i = nl + 1;
    } else if (chunk.startsWith('/*', i)) {
      const close = chunk.indexOf('*/', i + 2);
      if (close < 0) return i;
      i = close + 2;
    } else return i;
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
    const start = locate(src, loc);
    let end = start;
    if (src.fixed === undefined) {
      let local = raw.stmt_len ? src.utf8.toStringOffset(loc + raw.stmt_len) : src.text.length;
      const localStart = start - src.base;
      while (local > localStart && /\s/.test(src.text[local - 1]!)) local--;
      end = src.base + local;
    }
    into.push(makeStatement(raw.stmt, start, end, src, context, errors));
  }
}

function makeStatement(
  wrapper: AstNode,
  start: number,
  end: number,
  src: Source,
  context: NestedContext,
  errors: SqlParseError[],
): SqlStatement {
  const kind = Object.keys(wrapper)[0] ?? 'Unknown';
  const node = (wrapper[kind] ?? {}) as AstNode;
  const stmt: SqlStatement = {
    kind,
    node,
    start,
    end,
    offsetOf: (location) => (location === undefined || location < 0 ? start : locate(src, location)),
    nested: [],
    context,
  };
  if (kind === 'DoStmt' || kind === 'CreateFunctionStmt') extractBody(stmt, src, errors);
  return stmt;
}

// ---------------------------------------------------------------------------------------------
// Splitting with the scanner (error path only)

interface Chunk {
  start: number;
  end: number;
}

function scanTokens(text: string): ScanToken[] | undefined {
  try {
    return scanSync(text).tokens;
  } catch {
    return undefined;
  }
}

/** Statement spans (string offsets), split at top-level semicolons. */
export function splitStatements(text: string, utf8 = new Utf8Offsets(text)): Chunk[] {
  let tokens = scanTokens(text);
  if (!tokens) {
    // An unterminated string/comment/dollar quote swallows the rest of the file: split what
    // comes before it, and let the statement that contains it run to the end.
    const bad = findUnterminated(text);
    if (bad < 0) return [{ start: 0, end: text.length }];
    tokens = scanTokens(text.slice(0, bad));
    if (!tokens) return [{ start: 0, end: text.length }];
  }
  const chunks: Chunk[] = [];
  let depth = 0;
  let atomic = 0;
  let chunkStart = 0;
  let prevWord = '';
  for (const t of tokens) {
    if (t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT') continue;
    const word = t.text.toUpperCase();
    if (atomic > 0) {
      if (word === 'CASE') atomic++;
      else if (word === 'END') atomic--;
    } else if (word === 'ATOMIC' && prevWord === 'BEGIN') {
      atomic = 1;
    } else if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (t.text === ';' && depth === 0) {
      const semicolon = utf8.toStringOffset(t.start);
      chunks.push({ start: chunkStart, end: semicolon });
      chunkStart = semicolon + 1;
    }
    prevWord = word;
  }
  chunks.push({ start: chunkStart, end: text.length });
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

function extractBody(stmt: SqlStatement, src: Source, errors: SqlParseError[]): void {
  const isDo = stmt.kind === 'DoStmt';
  const opts = defElems(isDo ? stmt.node['args'] : stmt.node['options']);
  const language = (stringValue(opts.get('language')?.['arg']) ?? (isDo ? 'plpgsql' : 'sql')).toLowerCase();
  const asArg = opts.get('as')?.['arg'] as AstNode | undefined;
  const bodyValue = isDo ? stringValue(asArg) : stringValue(asArg?.['List']?.['items']?.[0]);
  stmt.body = { language, transactionControl: false };

  // SQL-standard bodies (BEGIN ATOMIC … END, RETURN …) are already parsed with the statement.
  const sqlBody = stmt.node['sql_body'] as AstNode | undefined;
  if (sqlBody) {
    const items = flattenLists(sqlBody);
    for (const item of items) {
      const at = minLocation(item);
      const s = at === undefined ? stmt.start : stmt.offsetOf(at);
      stmt.nested.push(
        makeStatement(item, s, s, src, { via: 'sql-body', parent: stmt, inLoop: false, loopCommits: false }, errors),
      );
    }
    return;
  }
  if (bodyValue === undefined || (language !== 'plpgsql' && language !== 'sql')) return;

  const stmtText = src.text.slice(stmt.start - src.base, stmt.end - src.base);
  const body = locateBody(stmtText, stmt.start, bodyValue);

  if (language === 'sql') {
    if (!/\S/.test(bodyValue)) return;
    let res;
    try {
      res = parseSync(bodyValue);
    } catch {
      return; // PostgreSQL reports SQL body errors when the function is created; the apply step shows them
    }
    const bsrc = sourceOf(bodyValue, body?.start ?? stmt.start, body ? undefined : stmt.start);
    addRawStatements(res.stmts ?? [], bsrc, stmt.nested, { via: 'sql-body', parent: stmt, inLoop: false, loopCommits: false }, errors);
    return;
  }

  let funcs: AstNode;
  try {
    funcs = parsePlPgSQLSync(stmtText) as AstNode;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // PL/pgSQL errors carry no position; point at the token they name, else at the body.
    const near = /at or near "(.*)"$/.exec(message)?.[1];
    const at = body && near ? body.text.indexOf(near) : -1;
    const offset = body ? body.start + Math.max(0, at) : stmt.start;
    errors.push({ message: `PL/pgSQL: ${message}`, offset, start: stmt.start, end: stmt.end });
    return;
  }
  const fn = funcs['plpgsql_funcs']?.[0]?.['PLpgSQL_function'] as AstNode | undefined;
  if (!fn?.['action']) return;
  const bodyText = body?.text ?? bodyValue;
  const bodyStart = body?.start;
  const lineStarts = [0];
  for (let i = bodyText.indexOf('\n'); i >= 0; i = bodyText.indexOf('\n', i + 1)) lineStarts.push(i + 1);

  const visitQuery = (query: string, lineno: number | undefined, ctx: NestedContext, prefix: string) => {
    let parsed;
    try {
      parsed = parseSync(prefix + query);
    } catch {
      return;
    }
    const lineOff = lineStarts[Math.max(0, Math.min((lineno ?? 1) - 1, lineStarts.length - 1))]!;
    const idx = bodyStart === undefined ? -1 : bodyText.indexOf(query, lineOff);
    let qsrc: Source;
    if (bodyStart !== undefined && idx >= 0 && !prefix) {
      qsrc = sourceOf(query, bodyStart + idx);
    } else {
      const lineText = bodyText.slice(lineOff);
      const indent = lineText.length - lineText.trimStart().length;
      const at = bodyStart === undefined ? stmt.start : bodyStart + (idx >= 0 ? idx : lineOff + indent);
      qsrc = sourceOf(prefix + query, at, at);
    }
    addRawStatements(parsed.stmts ?? [], qsrc, stmt.nested, ctx, errors);
  };

  const walk = (n: unknown, ctx: NestedContext): void => {
    if (Array.isArray(n)) {
      for (const x of n) walk(x, ctx);
      return;
    }
    if (!n || typeof n !== 'object') return;
    for (const [key, value] of Object.entries(n as AstNode)) {
      if (key === 'PLpgSQL_stmt_execsql') {
        const q = value?.['sqlstmt']?.['PLpgSQL_expr']?.['query'];
        if (typeof q === 'string') visitQuery(q, value['lineno'], ctx, '');
      } else if (key === 'PLpgSQL_stmt_perform') {
        const q = value?.['expr']?.['PLpgSQL_expr']?.['query'];
        if (typeof q === 'string') visitQuery(q.replace(/^SELECT\s+/i, ''), value['lineno'], ctx, 'SELECT ');
      } else if (key === 'PLpgSQL_stmt_commit' || key === 'PLpgSQL_stmt_rollback') {
        stmt.body!.transactionControl = true;
      } else if (LOOPS.has(key)) {
        const q = value?.['query']?.['PLpgSQL_expr']?.['query'];
        if (typeof q === 'string' && key !== 'PLpgSQL_stmt_dynfors') visitQuery(q, value['lineno'], ctx, '');
        const commits = JSON.stringify(value['body'] ?? []).includes('"PLpgSQL_stmt_commit"');
        walk(value['body'], { ...ctx, inLoop: true, loopCommits: ctx.loopCommits || commits });
      } else if (typeof value === 'object') {
        walk(value, ctx);
      }
    }
  };
  walk(fn['action'], { via: 'plpgsql', parent: stmt, inLoop: false, loopCommits: false });
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

function flattenLists(n: AstNode): AstNode[] {
  if (n['List']) return (n['List']['items'] as AstNode[] ?? []).flatMap(flattenLists);
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

/** Finds the string constant holding a body in a statement's text; returns its content's file offset. */
function locateBody(stmtText: string, stmtStart: number, value: string): { start: number; text: string } | undefined {
  const tokens = scanTokens(stmtText);
  if (!tokens) return undefined;
  const utf8 = new Utf8Offsets(stmtText);
  for (const t of tokens) {
    if (t.tokenName !== 'SCONST') continue;
    const raw = t.text;
    let prefix = 0;
    let content: string | undefined;
    const dollar = /^\$[^$]*\$/.exec(raw);
    if (dollar) {
      prefix = dollar[0].length;
      content = raw.slice(prefix, raw.length - prefix);
    } else if (raw.startsWith("'")) {
      prefix = 1;
      content = raw.slice(1, -1).replace(/''/g, "'");
    }
    if (content === value) {
      const tokenStart = utf8.toStringOffset(t.start);
      return { start: stmtStart + tokenStart + prefix, text: dollar ? content : raw.slice(1, -1) };
    }
  }
  return undefined;
}
