/**
 * Bodies of DO blocks, functions and procedures: SQL-standard bodies (BEGIN ATOMIC, RETURN), LANGUAGE
 * sql bodies and PL/pgSQL (plpgsql.ts), located in the file so that the statements inside become
 * `nested` statements with exact offsets.
 */
import { parsePlpgsql, parseQuery } from './wasm.js';
import { addRawStatements, makeStatement, type AstNode, type NestedContext, type Span, type SqlParseError, type SqlStatement } from './parser.js';
import { PlpgsqlWalker, plpgsqlErrorOffset } from './plpgsql.js';
import { anyErrorOf, fixedMapping, shortenMessage, sourceOf, type Mapping, type Source } from './source.js';
import { tokensOf, type Tok } from './tokens.js';

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
export interface BodyLocation extends Mapping {
  /** The body as PostgreSQL sees it (the constant's value, escapes resolved). */
  content: string;
  /** Offsets in the statement text of the raw content (between the quotes). */
  rawStart: number;
  rawEnd: number;
  /** Raw statement-text offset of a content offset. */
  toRaw(o: number): number;
}

export function extractBody(stmt: SqlStatement, span: Span, src: Source, errors: SqlParseError[]): void {
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
      res = parseQuery(bodyValue);
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
    funcs = parsePlpgsql(stmtText) as AstNode;
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
