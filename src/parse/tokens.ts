/**
 * Tokens (from our lexer, string offsets) and the split of a text into statements at semicolons,
 * used when PostgreSQL rejects a text as a whole and to map PL/pgSQL queries back to the file.
 */
import { lexSql, type LexToken } from './lexer.js';


export interface Tok {
  /** String offsets. */
  start: number;
  end: number;
  text: string;
  comment: boolean;
  /** A string constant (quoted or dollar-quoted). */
  string: boolean;
}

/** Tokens of a text PostgreSQL accepted (string offsets), or undefined when a token is unterminated. */
export function tokensOf(text: string): Tok[] | undefined {
  const tokens = lexSql(text);
  for (const t of tokens) if (t.kind === 'unterminated') return undefined;
  return tokens.map(toTok);
}

export function toTok(t: LexToken): Tok {
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
export function firstTokenFrom(tokens: Tok[], offset: number): number {
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
