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
import { loadParserModule, parseQuery } from './wasm.js';
import { statementBlocks } from './lexer.js';
import { extractBody } from './body.js';
import { anyErrorOf, endOf, locate, shortenMessage, sliceSource, type Source } from './source.js';
import { splitStatements, tokensOf } from './tokens.js';

export { shortenMessage, splitStatements };
export type { Chunk } from './tokens.js';

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
  /**
   * Condition names (lower case) of the PL/pgSQL `EXCEPTION WHEN …` handlers of the blocks around
   * the statement: an error it raises under one of them (or `others`) is caught there.
   */
  handled?: string[];
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

/** Loads the WASM module once (wasm.ts keeps it); every parse function below needs it. */
export function initParser(): Promise<void> {
  return loadParserModule();
}

const TOP: NestedContext = { via: 'top', inLoop: false, loopCommits: false };

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
    const res = parseQuery(text);
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
      const res = parseQuery(chunkText);
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

export function addRawStatements(
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

export interface Span {
  /** Offsets in the source text. */
  localStart: number;
  localEnd: number;
  /** Offsets in the file. */
  start: number;
  end: number;
}

export function makeStatement(
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
 * A parse done when first read: `statements` or `errors` parse `text` (parseSql; the parser must be
 * loaded) the first time either is read. The lint cache (src/lint/cache.ts) gives files this, so
 * a file whose findings it holds is never parsed unless something reads its statements.
 * `pending` is true until then.
 */
export class LazyParsed implements ParsedSql {
  private done?: ParsedSql;
  constructor(private readonly text: string) {}
  get pending(): boolean {
    return this.done === undefined;
  }
  get statements(): SqlStatement[] {
    return (this.done ??= parseSql(this.text)).statements;
  }
  get errors(): SqlParseError[] {
    return (this.done ??= parseSql(this.text)).errors;
  }
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
